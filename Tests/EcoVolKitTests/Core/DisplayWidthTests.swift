import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Display width")
struct DisplayWidthTests {
    @Test func chineseAndFullWidthTakeTwoColumns() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("志愿者") == 6)
        #expect(DisplayWidth.of("贵阳 Guiyang") == 12)
        #expect(DisplayWidth.of("，。！") == 6)
        #expect(DisplayWidth.of("ＡＢＣ") == 6)
        #expect(DisplayWidth.of("한국") == 4)
        #expect(DisplayWidth.of("にほん") == 6)
    }

    @Test func combiningMarksAndJoinersTakeNone() {
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of("🌱") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("\u{1B}") == 0)
    }

    @Test func paddingAndTruncationAreByColumns() {
        #expect(DisplayWidth.padRight("贵阳", to: 6) == "贵阳  ")
        #expect(DisplayWidth.padLeft("12", to: 4) == "  12")
        #expect(DisplayWidth.truncate("黔东南苗族侗族自治州", to: 7) == "黔东南…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("黔东南苗族侗族自治州", to: 8)) <= 8)
        #expect(DisplayWidth.truncate("short", to: 10) == "short")
    }

    @Test func truncationNeverExceedsTheWidth() async {
        await propertyCheck(input: TestGen.text(0...40), Gen.int(in: 1...30)) { text, width in
            #expect(DisplayWidth.of(DisplayWidth.truncate(text, to: width)) <= width)
        }
    }

    @Test func eachScalarHasItsColumns() {
        let widths: [(Unicode.Scalar, Int)] = [
            ("\u{09}", 0), ("\u{0A}", 0), ("\u{7F}", 0), ("\u{9F}", 0), ("\u{A0}", 1), ("a", 1), ("é", 1),
            ("\u{300}", 0), ("\u{200D}", 0), ("\u{FEFF}", 0), ("\u{FE0F}", 0), ("\u{1F3FB}", 0), ("一", 2),
            ("\u{3000}", 2), ("ｱ", 1), ("Ａ", 2), ("\u{20000}", 2), ("\u{1F331}", 2), ("☺", 1), ("✅", 2),
        ]
        for (scalar, width) in widths {
            #expect(DisplayWidth.of(scalar) == width, "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    @Test func aClusterTakesTheWidthOfItsBase() {
        // A family joined by zero-width joiners, a keycap, and a symbol asked to show as emoji.
        #expect(DisplayWidth.of("👨\u{200D}👩\u{200D}👧") == 2)
        #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)
        #expect(DisplayWidth.of("☺") == 1 && DisplayWidth.of("☺\u{FE0F}") == 2)
        // A Hangul syllable spelt with conjoining jamo takes two columns, like the composed one.
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == DisplayWidth.of("각"))
        // Combining marks on a Chinese character do not widen it.
        #expect(DisplayWidth.of("中\u{301}\u{302}") == 2)
        #expect(DisplayWidth.of("张三\u{3000}Li") == 8)
        #expect(DisplayWidth.of("贵阳 Guiyang".dropFirst(3)) == 7)
    }

    @Test func paddingCountsColumnsAndNeverCuts() {
        #expect(DisplayWidth.padLeft("贵阳", to: 5) == " 贵阳")
        #expect(DisplayWidth.padRight("🌱", to: 4) == "🌱  ")
        #expect(DisplayWidth.padRight("黔东南州", to: 4) == "黔东南州")
        #expect(DisplayWidth.padLeft("100", to: 2) == "100")
        #expect(DisplayWidth.padRight("", to: 3) == "   ")
    }

    @Test func truncationCutsWholeCharactersAndMarksTheCut() {
        #expect(DisplayWidth.truncate("贵阳市", to: 4) == "贵…")
        #expect(DisplayWidth.truncate("贵阳", to: 4) == "贵阳")
        #expect(DisplayWidth.truncate("abcdef", to: 3) == "ab…")
        #expect(DisplayWidth.truncate("🌱🌱🌱", to: 4) == "🌱…")
        #expect(DisplayWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(DisplayWidth.truncate("贵阳", to: 1) == "…")
        #expect(DisplayWidth.truncate("贵阳", to: 0) == "")
        #expect(DisplayWidth.truncate("贵阳", to: -2) == "")
    }
}
