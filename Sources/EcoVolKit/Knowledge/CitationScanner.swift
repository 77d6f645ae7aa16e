import Foundation

/// Finds what a text cites: every 《…》 title, every standard number (`GB 3095—2026`,
/// `HJ 633-2012`, `GB/T 19095-2019`) and, for laws in the register, their names in running
/// text without 《》 (people write 环境保护法第五十七条 too). Each mention carries what is
/// around it, which the audit reads to tell a historical mention (原《环境保护法》) from a
/// current one.
package enum CitationScanner {
    /// One place where a text names an instrument.
    package struct Mention: Sendable, Hashable {
        /// The matched text (a title without 《》, a name, or a number as written).
        package var text: String
        /// Up to eight characters before the mention (before the 《 when there is one).
        package var before: String
        /// The rest of the sentence after the mention (after the 》).
        package var after: String
        /// The whole sentence (up to 。！？；or a line break).
        package var sentence: String
        /// Whether the sentence ends with a question mark: a question names a law, it does not cite it.
        package var isQuestion: Bool = false
    }

    /// Every 《…》 title in `text`, without the brackets, in order (titles nested as 〈〉 stay inside).
    package static func titles(in text: String) -> [String] {
        var result: [String] = []
        var current: String?
        for c in text {
            if c == "《" {
                current = ""
            } else if c == "》" {
                if let title = current, !title.isEmpty, title.count <= 80 { result.append(title) }
                current = nil
            } else if c == "\n" {
                current = nil
            } else if current != nil {
                current?.append(c)
            }
        }
        return result
    }

    private static let numberPattern: NSRegularExpression? = try? NSRegularExpression(
        pattern:
            "(?<![A-Za-z])(?:GB/T|GB/Z|GBZ|GB|HJ/T|HJ|WS/T|WS|CJJ|CJ/T|DB[0-9]{2}(?:/T)?)\\s?[0-9]+(?:\\.[0-9]+)?\\s?[-—–‐－―]\\s?[0-9]{4}"
    )

    /// Every standard number in `text`, as written, in order.
    package static func standardNumbers(in text: String) -> [String] {
        matches(of: numberPattern, in: text).map { String(text[$0]) }
    }

    private static func matches(of pattern: NSRegularExpression?, in text: String) -> [Range<String.Index>] {
        guard let pattern else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: whole).compactMap { Range($0.range, in: text) }
    }

    static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "\n", "!", "?", ";"]
    /// A bare law name followed by one of these is part of another word (法律, 法规, 法典, 法治).
    static let bareNameBlockers: Set<Character> = ["律", "规", "典", "治", "学", "院", "官", "庭"]

    /// Every place `text` names an instrument of `register`, as (index in
    /// `register.instruments`, mention): titles in 《》 (for a standard title without number,
    /// only an instrument registered without number), standard numbers, and law names in
    /// running text (the longest name ending at a place wins, so 海洋环境保护法 is not read
    /// as 环境保护法). One pass over the characters, so checking the whole base stays fast.
    package static func scan(_ text: String, register: InstrumentRegister) -> [(index: Int, mention: Mention)] {
        let chars = Array(text)
        var found: [(Int, Mention)] = []
        var open: Int?  // index of the last unclosed 《
        for (i, c) in chars.enumerated() {
            if c == "《" {
                open = i
                continue
            }
            if c == "\n" {
                open = nil
                continue
            }
            if c == "》", let start = open {
                open = nil
                let title = String(chars[(start + 1)..<i])
                for k in register.unnumberedIndices(titled: title) {
                    found.append((k, mention(chars, from: start + 1, to: i, outerFrom: start, outerTo: i + 1)))
                }
                continue
            }
            guard open == nil, let candidates = register.bareLawNames[c] else { continue }
            guard
                let best = candidates.first(where: { name in
                    name.characters.count <= i + 1
                        && chars[(i + 1 - name.characters.count)...i].elementsEqual(name.characters)
                })
            else { continue }
            let from = i + 1 - best.characters.count
            if from > 0, chars[from - 1] == "《" { continue }  // a title; handled at its 》
            if i + 1 < chars.count, bareNameBlockers.contains(chars[i + 1]) { continue }
            found.append((best.index, mention(chars, from: from, to: i + 1, outerFrom: from, outerTo: i + 1)))
        }
        for range in matches(of: numberPattern, in: text) {
            let written = String(text[range])
            guard let normalized = InstrumentRegister.normalizedNumber(written),
                let k = register.index(ofNumber: normalized)
            else { continue }
            let from = text.distance(from: text.startIndex, to: range.lowerBound)
            let to = from + written.count
            found.append((k, mention(chars, from: from, to: to, outerFrom: from, outerTo: to)))
        }
        return found
    }

    static let englishSentenceEnds: Set<Character> = [".", ";", "?", "!", "\n"]

    /// Where English `text` uses an instrument's English names (`name_en`, `aliases_en`),
    /// longest first, each place once; "before" holds up to twelve characters.
    package static func scanEnglish(_ text: String, register: InstrumentRegister) -> [(index: Int, mention: Mention)] {
        let chars = Array(text)
        var taken: [Range<Int>] = []
        var found: [(Int, Mention)] = []
        let names = register.instruments.enumerated().flatMap { k, instrument in
            instrument.namesEn.map { (Array($0), k) }
        }
        .sorted { $0.0.count > $1.0.count }
        for (name, k) in names where !name.isEmpty && name.count <= chars.count {
            var i = 0
            while i + name.count <= chars.count {
                let range = i..<(i + name.count)
                if chars[range].elementsEqual(name), !taken.contains(where: { $0.overlaps(range) }) {
                    taken.append(range)
                    var start = range.lowerBound
                    while start > 0, !englishSentenceEnds.contains(chars[start - 1]) { start -= 1 }
                    var end = range.upperBound
                    while end < chars.count, !englishSentenceEnds.contains(chars[end]) { end += 1 }
                    found.append(
                        (
                            k,
                            Mention(
                                text: String(name),
                                before: String(chars[max(start, range.lowerBound - 12)..<range.lowerBound]),
                                after: String(chars[range.upperBound..<end]), sentence: String(chars[start..<end]),
                                isQuestion: end < chars.count && chars[end] == "?"
                            )
                        ))
                    i = range.upperBound
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    private static func mention(_ chars: [Character], from: Int, to: Int, outerFrom: Int, outerTo: Int) -> Mention {
        var sentenceStart = outerFrom
        while sentenceStart > 0, !sentenceEnds.contains(chars[sentenceStart - 1]) { sentenceStart -= 1 }
        var sentenceEnd = outerTo
        while sentenceEnd < chars.count, !sentenceEnds.contains(chars[sentenceEnd]) { sentenceEnd += 1 }
        return Mention(
            text: String(chars[from..<to]), before: String(chars[max(sentenceStart, outerFrom - 8)..<outerFrom]),
            after: String(chars[outerTo..<sentenceEnd]), sentence: String(chars[sentenceStart..<sentenceEnd]),
            isQuestion: sentenceEnd < chars.count && (chars[sentenceEnd] == "？" || chars[sentenceEnd] == "?")
        )
    }
}
