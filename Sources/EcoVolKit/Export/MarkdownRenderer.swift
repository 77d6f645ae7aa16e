/// Writes a `ReportDocument` as GitHub-flavoured Markdown: what lecturers paste into a
/// chat group or open in any editor. Table cells are escaped so a `|` or a line break in a
/// title cannot break the table.
package enum MarkdownRenderer {
    package static func render(_ document: ReportDocument) -> String {
        var lines: [String] = ["# " + inline(document.title)]
        if let subtitle = document.subtitle { lines += ["", "*" + inline(subtitle) + "*"] }
        let colon = document.language == .zh ? "：" : ": "
        for block in document.blocks {
            if case .blank = block { continue }
            lines.append("")
            switch block {
            case .heading(let text), .section(let text):
                lines.append("## " + inline(text))
            case .paragraph(let text, _):
                switch ParagraphEmphasis(text) {
                case .plain: lines.append(styled(text))
                case .note: lines.append("> " + inline(text.plainText))
                case .warning: lines.append("> **" + TextTable.flagMarker + "** " + inline(text.plainText))
                }
            case .preformatted(let text):
                // An indented code block: kept as it is, with no fence to escape.
                lines += text.map { "    " + $0.plainText }
            case .fields(let pairs):
                lines += pairs.map { "- **" + inline($0.0) + "**" + colon + styled($0.1) }
            case .table(let table):
                lines += Self.table(DataTable(table), flagged: [])
            case .dataTable(let title, let table, let flagged):
                if let title { lines += ["**" + inline(title) + "**", ""] }
                lines += Self.table(table, flagged: flagged)
            case .barChart(let chart):
                lines += ["**" + inline(chart.title) + "**", ""]
                let table = DataTable(
                    columns: [.init("label", ""), .init("value", "", numeric: true)],
                    rows: chart.items.map { [.text($0.label), .text($0.display)] })
                lines += Self.table(table, flagged: [])
            case .list(let items):
                lines += items.map { "- " + styled($0) }
            case .seal(let label, let sealLines, let signatures):
                lines += signatures.map { inline($0) + colon + inline(signatureBlank) + "  " }
                if !signatures.isEmpty { lines.append("") }
                lines.append("**" + inline(label) + "**")
                lines += sealLines.map { "" + inline($0) + "  " }
            case .attachment(let attachment):
                lines.append("## " + inline(attachment.title))
                if let reference = attachment.reference { lines += ["", "*" + inline(reference) + "*"] }
                lines.append("")
                lines += Self.table(attachment.tableWithTotal, flagged: attachment.flagged)
            case .blank:
                continue
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Where a signature goes by hand (escaped, so the underscores print as a line).
    static let signatureBlank = "________________"

    static func table(_ table: DataTable, flagged: Set<Int>) -> [String] {
        var lines = ["| " + table.headers.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
        for (index, row) in table.textRows.enumerated() {
            var cells = row.map(cell)
            if flagged.contains(index), !cells.isEmpty {
                cells[0] = TextTable.flagMarker + " " + cells[0]
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// Running text whose bold and heading spans stay bold; other styles are the screen's.
    static func styled(_ text: StyledText) -> String {
        text.markup(escape: { inline($0) }, strong: { "**" + $0 + "**" })
    }

    /// A table cell: pipes escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        inline(text, pipes: true)
    }

    /// Running text on one line, with Markdown's own markers and raw HTML made literal.
    /// Works on scalars: a marker followed by a combining mark is still a marker.
    static func inline(_ text: String, pipes: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\n" where previousCR: continue
            case "\n", "\r": out.append(contentsOf: "<br>".unicodeScalars)
            case "\\", "*", "_", "`", "[", "]", "#":
                out.append("\\")
                out.append(scalar)
            case "|" where pipes:
                out.append("\\")
                out.append(scalar)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}
