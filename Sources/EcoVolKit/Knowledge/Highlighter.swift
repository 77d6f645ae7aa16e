/// Marks the words of a question in an entry's text, the way search engines highlight
/// matches: the text is tokenized exactly as the index does, so what is highlighted is
/// what matched (bigrams of 垃圾分类 light up as one run, synonyms too).
package enum Highlighter {
    /// `text` as spans, matched tokens in `.highlight`, the rest in `base`.
    package static func spans(_ text: String, terms: Set<UInt64>, base: TextStyle = .plain) -> [StyledSpan] {
        let scalars = Array(text.unicodeScalars)
        guard !terms.isEmpty, !scalars.isEmpty else { return text.isEmpty ? [] : [StyledSpan(text, base)] }
        let marks = marks(scalars, terms: terms)
        return spans(scalars, marks, 0, scalars.count, base: base)
    }

    /// The best passage of about `length` characters: the window with the most matched
    /// characters, started at a sentence boundary when one is near, with `…` where cut.
    package static func snippet(_ text: String, terms: Set<UInt64>, length: Int = 80) -> StyledText {
        let flat = text.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .map { $0.hasPrefix("- ") || $0.hasPrefix("* ") ? String($0.dropFirst(2)) : $0 }
            .joined(separator: " ")
            .replacingOccurrences(of: "**", with: "")
        let scalars = Array(flat.unicodeScalars)
        guard scalars.count > length else { return StyledText(spans(flat, terms: terms)) }
        let marks = marks(scalars, terms: terms)
        // Sliding window maximizing marked scalars.
        var best = 0
        var bestStart = 0
        var current = marks[0..<length].filter { $0 }.count
        best = current
        for start in 1...(scalars.count - length) {
            if marks[start - 1] { current -= 1 }
            if marks[start + length - 1] { current += 1 }
            if current > best {
                best = current
                bestStart = start
            }
        }
        // Start a little before the first match, at a sentence start when one is near.
        var start = 0
        if best > 0, let first = (bestStart..<scalars.count).first(where: { marks[$0] }) {
            let lead = length / 4
            start = max(0, first - lead)
            let stops: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x2E, 0x21, 0x3F, 0x20]
            for k in stride(from: first, to: max(0, first - lead), by: -1) where stops.contains(scalars[k - 1].value) {
                start = k
                break
            }
        }
        let end = min(scalars.count, start + length)
        var out: [StyledSpan] = []
        if start > 0 { out.append(StyledSpan("…", .dim)) }
        out += spans(scalars, marks, start, end, base: .plain)
        if end < scalars.count { out.append(StyledSpan("…", .dim)) }
        return StyledText(out)
    }

    static func marks(_ scalars: [Unicode.Scalar], terms: Set<UInt64>) -> [Bool] {
        let normalized = scalars.map { TextNormalizer.fold($0.value) }
        var tokens: [Token] = []
        Tokenizer.tokenize(normalized: normalized, mode: .index, into: &tokens)
        var marks = [Bool](repeating: false, count: scalars.count)
        // A lone Chinese character (分 left over from 怎么分) lights up every 分 in a text:
        // highlight single characters only when nothing longer matched.
        let matched = tokens.filter { terms.contains($0.value) }
        let isLoneHan = { (token: Token) in
            token.end - token.start == 1 && scalars[Int(token.start)].properties.isIdeographic
        }
        let hasLonger = matched.contains { !isLoneHan($0) }
        for token in matched where !(hasLonger && isLoneHan(token)) {
            for k in Int(token.start)..<Int(token.end) { marks[k] = true }
        }
        return marks
    }

    private static func spans(_ scalars: [Unicode.Scalar], _ marks: [Bool], _ start: Int, _ end: Int, base: TextStyle)
        -> [StyledSpan]
    {
        var out: [StyledSpan] = []
        var current = String.UnicodeScalarView()
        var currentMark = false
        for k in start..<end {
            if marks[k] != currentMark, !current.isEmpty {
                out.append(StyledSpan(String(current), currentMark ? .highlight : base))
                current = String.UnicodeScalarView()
            }
            currentMark = marks[k]
            current.append(scalars[k])
        }
        if !current.isEmpty { out.append(StyledSpan(String(current), currentMark ? .highlight : base)) }
        return out
    }
}
