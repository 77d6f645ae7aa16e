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
}
