import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// `PhraseMatcher`, which finds question words, audience words and synonyms in a question:
/// leftmost-longest, no overlaps, separators and joiners folded, Latin phrases whole words only.
@Suite("Phrase matcher")
struct PhraseMatcherTests {
    private func matcher(_ phrases: [String]) -> PhraseMatcher<String> {
        var m = PhraseMatcher<String>()
        for p in phrases { m.add(p, p) }
        return m
    }

    /// (matched text, payloads) for each match of `text`.
    private func found(_ phrases: [String], in text: String) -> [(String, [String])] {
        let scalars = Array(text.unicodeScalars)
        return matcher(phrases).matches(in: TextNormalizer.normalize(text)).map { m in
            (String(String.UnicodeScalarView(scalars[m.start..<m.end])), m.payloads)
        }
    }

    private func payloads(_ phrases: [String], in text: String) -> [String] {
        found(phrases, in: text).flatMap(\.1)
    }

    @Test func theLongestPhraseAtAPositionWins() {
        let phrases = ["垃圾", "垃圾分类", "分类", "厨余垃圾"]
        #expect(payloads(phrases, in: "垃圾分类怎么做") == ["垃圾分类"])
        #expect(payloads(phrases, in: "厨余垃圾分类") == ["厨余垃圾", "分类"])
        #expect(payloads(phrases, in: "垃圾和分类") == ["垃圾", "分类"])
    }

    @Test func theLeftmostMatchIsTakenEvenWhenALongerOneStartsInsideIt() {
        // 小学 starts first, so 学生家长 (which would be longer) is not found inside it.
        #expect(payloads(["小学", "学生家长"], in: "小学生家长") == ["小学"])
        #expect(payloads(["ab", "bcd"], in: "abcd") == [], "Latin: neither is a whole word of abcd")
        #expect(payloads(["ab", "bcd"], in: "ab cd") == ["ab"])
    }

    @Test func latinPhrasesMatchWholeWordsOnly() {
        #expect(payloads(["ev"], in: "every ev") == ["ev"])
        #expect(found(["ev"], in: "every ev").map(\.0) == ["ev"])
        #expect(payloads(["kids"], in: "forkids") == [])
        #expect(payloads(["kids"], in: "for kids?") == ["kids"])
        #expect(payloads(["co2"], in: "co2排放") == ["co2"], "a Chinese character ends a Latin word")
        #expect(payloads(["pm2"], in: "pm2.5") == ["pm2"], "a full stop is not a letter")
        #expect(payloads(["pm2"], in: "pm25") == [])
    }

    @Test func separatorsAndJoinersFold() {
        #expect(found(["waste sorting"], in: "waste   sorting").map(\.0) == ["waste   sorting"])
        #expect(payloads(["low carbon"], in: "a low-carbon day") == ["low carbon"])
        #expect(payloads(["low-carbon"], in: "low carbon") == ["low-carbon"])
        #expect(payloads(["6/5"], in: "6 5") == ["6/5"])
        #expect(payloads(["waste sorting"], in: "wastesorting") == [])
        // A phrase written with spaces around it is the same phrase.
        #expect(payloads(["  湿地 "], in: "湿地保护") == ["  湿地 "])
    }

    @Test func caseFullWidthTraditionalAndCombiningMarksFold() {
        #expect(payloads(["waste"], in: "ＷＡＳＴＥ") == ["waste"])
        #expect(payloads(["垃圾分类"], in: "垃圾分類") == ["垃圾分类"])
        #expect(payloads(["cafe"], in: "Cafe\u{301} menu") == ["cafe"])
        #expect(payloads(["湿地"], in: "湿\u{200D}地") == ["湿地"], "a joiner inside a phrase is skipped")
    }

    @Test func aPhraseAddedTwiceCarriesBothPayloadsAndEmptyPhrasesAreIgnored() {
        var m = PhraseMatcher<String>()
        #expect(m.isEmpty)
        m.add("   ", "blank")
        m.add("", "empty")
        #expect(m.isEmpty)
        m.add("小学生", "school")
        m.add("小学生", "pupil")
        #expect(!m.isEmpty)
        let matches = m.matches(in: TextNormalizer.normalize("给小学生讲"))
        #expect(matches.count == 1)
        #expect(matches.first?.payloads == ["school", "pupil"])
        #expect(matches.first?.start == 1 && matches.first?.end == 4)
    }

    // MARK: - Properties

    /// A handful of Chinese characters and two Latin letters, so random phrases overlap often.
    private static let alphabet: [Character] = ["垃", "圾", "分", "类", "湿", "地", "a", "b", " "]
    private static let letter = Gen.int(in: 0...(alphabet.count - 1)).map { alphabet[$0] }
    private static let phrase = letter.string(of: 1...4)
    private static let text = letter.string(of: 0...24)

    /// Normalized scalars of a phrase as the matcher reads it: separators collapsed and trimmed.
    private static func canonical(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        for v in TextNormalizer.normalize(s) {
            if v == TextNormalizer.separator, out.isEmpty || out.last == TextNormalizer.separator { continue }
            out.append(v)
        }
        while out.last == TextNormalizer.separator { out.removeLast() }
        return out
    }

    private static func isLetter(_ v: UInt32) -> Bool { TextNormalizer.isLatinOrDigit(v) }

    @Test func matchesAreOrderedDisjointAndEachSpellsOneOfItsPayloads() async {
        await propertyCheck(input: Self.phrase.array(of: 1...6), Self.text) { phrases, text in
            var m = PhraseMatcher<String>()
            for p in phrases { m.add(p, p) }
            let s = TextNormalizer.normalize(text)
            let scalars = Array(text.unicodeScalars)
            let matches = m.matches(in: s)
            var previousEnd = 0
            for match in matches {
                #expect(match.start >= previousEnd && match.end > match.start && match.end <= s.count)
                previousEnd = match.end
                let span = Self.canonical(String(String.UnicodeScalarView(scalars[match.start..<match.end])))
                #expect(!match.payloads.isEmpty)
                #expect(match.payloads.allSatisfy { Self.canonical($0) == span }, "\(match.payloads) vs \(text)")
                // Latin phrases begin and end at word boundaries.
                #expect(match.start == 0 || !(Self.isLetter(s[match.start]) && Self.isLetter(s[match.start - 1])))
                #expect(match.end == s.count || !(Self.isLetter(s[match.end - 1]) && Self.isLetter(s[match.end])))
            }
        }
    }

    /// On Chinese text alone (no separators, no word boundaries) the matcher is exactly the
    /// textbook leftmost-longest scan: at each position the longest phrase that starts
    /// there, else the next position.
    @Test func onChineseTextItIsTheLeftmostLongestScan() async {
        let han: [Character] = ["垃", "圾", "分", "类"]
        let hanLetter = Gen.int(in: 0...(han.count - 1)).map { han[$0] }
        await propertyCheck(input: hanLetter.string(of: 1...4).array(of: 1...6), hanLetter.string(of: 0...24)) {
            phrases, text in
            let chars = Array(text)
            var expected: [String] = []
            var i = 0
            while i < chars.count {
                let rest = String(chars[i...])
                if let longest = phrases.filter({ rest.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
                    expected.append(longest)
                    i += longest.count
                } else {
                    i += 1
                }
            }
            var m = PhraseMatcher<String>()
            for p in Set(phrases) { m.add(p, p) }
            let got = m.matches(in: TextNormalizer.normalize(text)).map { $0.payloads.first ?? "" }
            #expect(got == expected, "\(phrases) in \(text)")
        }
    }
}
