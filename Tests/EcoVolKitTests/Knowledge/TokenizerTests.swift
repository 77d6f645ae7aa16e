import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Tokenizer")
struct TokenizerTests {
    private func values(_ text: String, _ mode: Tokenizer.Mode = .query) -> [UInt64] {
        Tokenizer.tokenize(text, mode: mode).map(\.value)
    }

    @Test func chineseRunsBecomeOverlappingBigrams() {
        let tokens = Tokenizer.tokenize("垃圾分类", mode: .query)
        #expect(tokens.map(\.kind) == [.cjkBigram, .cjkBigram, .cjkBigram])
        #expect(tokens.map { Int($0.start) } == [0, 1, 2])
        let indexed = Tokenizer.tokenize("垃圾分类", mode: .index)
        #expect(indexed.filter { $0.kind == .cjkUnigram }.count == 4)
    }

    @Test func aLoneCharacterIsAUnigramInQueries() {
        #expect(Tokenizer.tokenize("霾", mode: .query).map(\.kind) == [.cjkUnigram])
    }

    @Test func latinWordsAreFoldedAndStemmed() {
        #expect(values("Batteries") == values("battery"))
        #expect(values("ＢＡＧＳ") == values("bag"))
        #expect(values("Café") == values("cafe"))
        #expect(values("PM2.5") == values("pm2.5"))
    }

    @Test func traditionalCharactersFoldToSimplified() {
        #expect(values("環境保護") == values("环境保护"))
    }

    @Test func datesWrittenAnyWayShareOneToken() {
        func date(_ s: String) -> [UInt64] {
            Tokenizer.tokenize(s, mode: .query).filter { $0.kind == .date }.map(\.value)
        }
        let june5 = date("6月5日")
        #expect(june5.count == 1)
        for form in ["六月五日", "June 5", "5 June", "6/5", "06-05", "2024-06-05", "jun 5th"] {
            #expect(date(form) == june5, "\(form)")
        }
        #expect(date("十二月二十五日") == date("12月25日"))
        #expect(date("2.5次").isEmpty)
    }

    /// Any input: no crash, and every character that is not a separator is inside a token.
    @Test func neverCrashesAndKeepsEveryCharacter() async {
        let scalar = Gen<UInt32>.value(in: 0...0x10FFFF).compactMap { Unicode.Scalar($0) }
        await propertyCheck(input: scalar.array(of: 0...40)) { scalars in
            Self.checkEveryCharacterIsKept(scalars)
        }
    }

    static func checkEveryCharacterIsKept(_ scalars: [Unicode.Scalar]) {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let normalized = TextNormalizer.normalize(text)
        #expect(normalized.count == text.unicodeScalars.count)
        let tokens = Tokenizer.tokenize(text, mode: .index)
        var covered = [Bool](repeating: false, count: normalized.count)
        for token in tokens {
            #expect(token.start >= 0 && token.end <= Int32(normalized.count) && token.start <= token.end)
            for k in Int(token.start)..<Int(token.end) { covered[k] = true }
        }
        for (k, v) in normalized.enumerated()
        where v != TextNormalizer.separator && v != TextNormalizer.ignorable
            && v != 0x2E && v != 0x2F && v != 0x2D
        {
            #expect(covered[k], "scalar U+\(String(v, radix: 16)) at \(k) not in any token")
        }
    }

    @Test func handlesEmojiCombiningMarksAndControls() {
        let text = "👩‍👩‍👧 e\u{301}\u{0}\u{7}\u{1B}[31m 垃圾🌏分类"
        let tokens = Tokenizer.tokenize(text, mode: .index)
        #expect(tokens.contains { $0.kind == .symbol })
        #expect(tokens.contains { $0.kind == .cjkBigram })
    }

    @Test func aOneMegabyteLineIsFine() {
        let line = String(repeating: "垃圾分类abc 6月5日 ", count: 1_000_000 / 14)
        let tokens = Tokenizer.tokenize(line, mode: .index)
        #expect(tokens.count > 100_000)
    }
}

@Suite("Pinyin")
struct PinyinTests {
    @Test func readingsWithDomainOverrides() {
        #expect(Pinyin.latin("垃圾分类") == "la ji fen lei")
        #expect(Pinyin.latin("湿地") == "shi di")
        #expect(Pinyin.latin("银行") == "yin hang")
        #expect(Pinyin.latin("重庆长城") == "chong qing chang cheng")
        #expect(Pinyin.latin("河长制") == "he zhang zhi")
    }

    @Test func typedPinyinIsSegmented() {
        let parts = Pinyin.segment(Array("lajifenlei".utf8))?.map { String(decoding: $0, as: UTF8.self) }
        #expect(parts == ["la", "ji", "fen", "lei"])
        #expect(Pinyin.segment(Array("lvse".utf8))?.count == 2)
        #expect(Pinyin.segment(Array("xyz".utf8)) == nil)
    }
}
