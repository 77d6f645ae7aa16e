/// Turns an entry's Markdown body into output blocks for reading in a terminal: paragraphs
/// (lines joined, wrapped later by display width), bullet and numbered lists, headings,
/// and `**bold**`, with the question's terms highlighted. Only the Markdown the content
/// uses is understood; anything else is shown as written.
enum MarkdownBlocks {
    static func blocks(_ markdown: String, terms: Set<UInt64>) -> [OutputBlock] {
        var blocks: [OutputBlock] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(inline(join(paragraph), terms)))
            paragraph.removeAll()
        }
        func flushList() {
            guard !items.isEmpty else { return }
            blocks.append(.list(items.map { inline($0, terms) }))
            items.removeAll()
        }
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flushParagraph()
                flushList()
                continue
            }
            if let item = listItem(line) {
                flushParagraph()
                items.append(item)
                continue
            }
            if line.hasPrefix("#") {
                flushParagraph()
                flushList()
                let title = String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                blocks.append(.paragraph(StyledText(Highlighter.spans(strip(title), terms: terms, base: .bold))))
                continue
            }
            if !items.isEmpty, raw.hasPrefix("  ") {
                // A continuation of a list item joins it as the lines of a paragraph do.
                items[items.count - 1] = join([items[items.count - 1], line])
                continue
            }
            flushList()
            paragraph.append(line)
        }
        flushParagraph()
        flushList()
        // A blank line between blocks reads better in a terminal.
        var spaced: [OutputBlock] = []
        for (k, block) in blocks.enumerated() {
            if k > 0 { spaced.append(.blank) }
            spaced.append(block)
        }
        return spaced
    }

    /// `- x`, `* x`, `1. x`, `1、x` → the item text.
    private static func listItem(_ line: String) -> String? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") {
            return String(line.dropFirst(2)).trimmingCharacters(in: .whitespaces)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix("、") || rest.hasPrefix("）") {
                return digits + ". " + rest.dropFirst(rest.hasPrefix(". ") ? 2 : 1).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }

    /// Lines of one paragraph: Chinese joins without a space, Latin with one.
    private static func join(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            if let last = out.unicodeScalars.last, let first = line.unicodeScalars.first,
                last.isASCII, first.isASCII
            {
                out += " "
            }
            out += line
        }
        return out
    }

    /// `**bold**` as bold spans, highlights inside; backticks dropped.
    static func inline(_ text: String, _ terms: Set<UInt64>) -> StyledText {
        var spans: [StyledSpan] = []
        var bold = false
        for (k, part) in text.components(separatedBy: "**").enumerated() {
            if k > 0 { bold.toggle() }
            guard !part.isEmpty else { continue }
            spans += Highlighter.spans(
                part.replacingOccurrences(of: "`", with: ""), terms: terms, base: bold ? .bold : .plain)
        }
        return StyledText(spans)
    }

    static func strip(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
    }
}
