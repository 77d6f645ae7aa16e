import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Text layout")
struct TextLayoutTests {
    @Test func tableColumnsAlignByDisplayWidth() {
        let table = TextTable(
            headers: ["城市", "Sessions"],
            rows: [[StyledText("贵阳市"), StyledText("12")], [StyledText("Zunyi"), StyledText("3")]],
            alignments: [.left, .right]
        )
        let lines = TextLayout(width: 80).lines(for: .table(table)).map(\.plainText)
        #expect(lines[0] == "城市    Sessions")
        #expect(lines[2] == "贵阳市        12")
        #expect(lines[3] == "Zunyi          3")
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1)
    }

    @Test func wideTablesWrapCellsWithinTheWidth() {
        let long = String(repeating: "生态", count: 40)
        let table = TextTable(headers: ["a", "b"], rows: [[StyledText(long), StyledText("short")]])
        let lines = TextLayout(width: 40).lines(for: .table(table))
        for line in lines {
            #expect(DisplayWidth.of(line.plainText) <= 40)
        }
        // Nothing is cut: every character of the long cell is still there (a row that
        // would take many lines is laid out as a record block instead).
        let text = lines.map(\.plainText).joined()
        #expect(text.filter { $0 == "生" }.count == 40)
        #expect(lines.contains { $0.plainText.hasSuffix("short") })
    }

    @Test func chineseWrapsByColumnsAndKeepsPunctuationOffLineStarts() {
        let text = StyledText("绿水青山就是金山银山，良好生态环境是最普惠的民生福祉。")
        let lines = TextLayout(width: 20).wrap(text, width: 20).map(\.plainText)
        #expect(lines.count > 1)
        for line in lines {
            #expect(DisplayWidth.of(line) <= 20)
            #expect(!(line.first.map { TextLayout.noLineStart.contains($0) } ?? false))
        }
        #expect(lines.joined() == text.plainText)
    }

    @Test func englishWrapsAtSpaces() {
        let lines = TextLayout(width: 20).wrap(
            StyledText("Lucid waters and lush mountains are invaluable assets"), width: 20
        ).map(\.plainText)
        #expect(lines == ["Lucid waters and", "lush mountains are", "invaluable assets"])
    }

    /// "accepted formats:" at the edge: the colon may not start a line, and the word before it
    /// goes down whole — never "format" / "s:". Chinese still carries just one character.
    @Test func aWordBeforePunctuationAtTheEdgeGoesDownWhole() {
        for width in 20...40 {
            for tail in [":", ".", ",", ")", "，", "。"] {
                let text = StyledText("Accepted values for this field are the formats\(tail) csv json")
                let lines = TextLayout(width: width).wrap(text, width: width).map(\.plainText)
                let words = Set(text.plainText.split(separator: " ").map { String($0) })
                for line in lines {
                    #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
                    for word in line.split(separator: " ") {
                        #expect(words.contains(String(word)), "width \(width): \(lines)")
                    }
                }
            }
        }
        let chinese = TextLayout(width: 20).wrap(StyledText("一二三四五六七八九十一二三四五六七八九十。好"), width: 20)
        #expect(chinese.map(\.plainText) == ["一二三四五六七八九十", "一二三四五六七八九", "十。好"])
    }

    @Test func wrappingKeepsEveryCharacterAndFits() async {
        await propertyCheck(input: TestGen.text(0...120), Gen.int(in: 20...60)) { raw, width in
            let text = TerminalSafeText.singleLine(raw)
            let lines = TextLayout(width: width).wrap(StyledText(text), width: width).map(\.plainText)
            for line in lines {
                #expect(DisplayWidth.of(line) <= width || line.count == 1)
            }
            let kept = lines.joined().filter { $0 != " " }
            #expect(kept == text.filter { $0 != " " })
        }
    }

    @Test func highlightMarkersAreLaidOutWithTheText() {
        let text = StyledText([
            StyledSpan("有的车是分时段收不同类别，有害"), StyledSpan("垃圾", .highlight), StyledSpan("和可回收物是另外的车或者定期单独收走。"),
        ])
        let lines = TextLayout(width: 30, highlightMarkers: true).lines(for: .paragraph(text)).map(\.plainText)
        #expect(lines.joined().contains("【垃圾】"))
        for line in lines { #expect(DisplayWidth.of(line) <= 30, "\(line)") }
    }

    @Test func barChartIsReadableWithoutColour() {
        let chart = BarChart(title: "月度活动", items: [("1月", 4, "4"), ("二月", 8, "8"), ("March", 0, "0")])
        let lines = TextLayout(width: 40).lines(for: .barChart(chart)).map(\.plainText)
        #expect(lines.count == 4)
        #expect(lines[2].contains("████"))
        #expect(lines[1].hasSuffix("4") && lines[2].hasSuffix("8"))
        #expect(Set(lines.dropFirst().map { DisplayWidth.of($0) }).count == 1)
    }
}
