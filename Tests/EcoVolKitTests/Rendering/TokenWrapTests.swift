import Testing

@testable import EcoVolKit

/// Table cells wrapped between tokens: words, numbers, dates and short Chinese words stay
/// whole; only a long Chinese run parts between characters, never before closing punctuation.
@Suite struct TokenWrapTests {
    private func lines(_ text: String, _ width: Int) -> [String] {
        TokenWrap.lines(StyledText(text), width: width).map { $0.spans.map(\.text).joined() }
    }

    @Test func wordsWrapBetweenTokensAndAnOverWideTokenKeepsALineToItself() {
        #expect(lines("ecovol is a tool", 9) == ["ecovol is", "a tool"])
        #expect(lines("活动名称 2026-06-05 09:30", 10) == ["活动名称", "2026-06-05", "09:30"])
        #expect(lines("s7k2m9qa", 3) == ["s7k2m9qa"])
        // Runs of spaces and ideographic spaces are one separator.
        #expect(lines("a  \u{3000}b", 10) == ["a b"])
        #expect(lines("", 5) == [""])
    }

    @Test func aLongChineseRunPartsBetweenCharactersAndAShortOneStaysWhole() {
        #expect(lines("垃圾分类从我做起人人有责共建美丽家园", 10) == ["垃圾分类从", "我做起人人", "有责共建美", "丽家园"])
        // Eight characters (16 columns) are a word: kept whole although wider than the column.
        #expect(lines("生态环境志愿服务", 10) == ["生态环境志愿服务"])
        // Latin inside a long run stays whole.
        #expect(lines("请在每年的六月五日参加world环境日的活动", 12).contains { $0.contains("world") })
    }

    @Test func noLineStartsWithClosingPunctuationOrEndsWithAnOpeningOne() {
        let text = "我们一起保护湿地，保护环境。人人有责（共建美丽家园）守护绿水青山，“从我做起”！"
        for width in 4...24 {
            let wrapped = lines(text, width)
            #expect(wrapped.joined() == text, "width \(width)")
            for line in wrapped {
                #expect(!(line.first.map(TextLayout.noLineStart.contains) ?? false), "width \(width): \(line)")
                #expect(!(line.last.map(TextLayout.noLineEnd.contains) ?? false), "width \(width): \(line)")
                // A line wider than the width is one piece that cannot part.
                let used = DisplayWidth.of(line)
                #expect(used <= width || TokenWrap.longestUnit(StyledText(line)) == used, "width \(width): \(line)")
            }
        }
    }

    @Test func stylesStayWithTheirCharactersAcrossLines() {
        let text = StyledText([
            StyledSpan("s7k2m9qa", .accent), StyledSpan(" 张三 ", .plain), StyledSpan("已签到", .success),
        ])
        let wrapped = TokenWrap.lines(text, width: 11)
        #expect(
            wrapped.map(\.spans) == [
                [StyledSpan("s7k2m9qa", .accent)], [StyledSpan("张三 ", .plain), StyledSpan("已签到", .success)],
            ])
    }

    @Test func theNarrowestColumnIsTheWidestUnbreakablePiece() {
        #expect(TokenWrap.longestUnit(StyledText("活动名称 2026-06-05")) == 10)
        #expect(TokenWrap.longestUnit(StyledText("垃圾分类从我做起人人有责共建美丽家园")) == 2)
        #expect(TokenWrap.longestUnit(StyledText("保护湿地，")) == 10)
        #expect(TokenWrap.longestUnit(StyledText("")) == 0)
    }
}
