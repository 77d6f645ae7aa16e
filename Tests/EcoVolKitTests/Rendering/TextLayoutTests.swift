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

    @Test func theWidthIsNeverBelowTwentyColumns() {
        #expect(TextLayout(width: 5).width == 20)
        #expect(TextLayout(width: -1).width == 20)
        #expect(TextLayout(width: 132).width == 132)
    }

    @Test func aHeadingIsOneLineInTheHeadingStyle() {
        let lines = TextLayout(width: 20).lines(for: .heading("贵阳市\n2026 年\u{1B}[2J报表"))
        #expect(lines == [StyledText("贵阳市 2026 年报表", .heading)])
        #expect(TextLayout(width: 20).lines(for: .blank) == [StyledText("")])
    }

    @Test func fieldsAlignTheirValuesAfterTheWidestLabel() {
        let lines = TextLayout(width: 40).lines(for: .fields([("姓名", "张三"), ("Phone", "138****5678")]))
        #expect(lines.map(\.plainText) == ["姓名   张三", "Phone  138****5678"])
        // The label is dim, the value keeps its own style.
        #expect(lines[0].spans == [StyledSpan("姓名   ", .dim), StyledSpan("张三")])
    }

    @Test func aLongFieldValueWrapsUnderItself() {
        let lines = TextLayout(width: 20).lines(for: .fields([("说明", "一二三四五六七八九十壹贰叁肆伍")])).map(\.plainText)
        #expect(lines == ["说明  一二三四五六七", "      八九十壹贰叁肆", "      伍"])
        // A label wider than a third of the width does not push the values off the screen.
        let wide = TextLayout(width: 30).lines(for: .fields([("一个非常非常长的标签名称", "值")])).map(\.plainText)
        #expect(wide == ["一个非常非常长的标签名称  值"])
        let short = TextLayout(width: 30).lines(for: .fields([("一个非常非常长的标签名称", "值"), ("a", "b")]))
        #expect(short.last?.plainText == "a           b")
    }

    @Test func anIndentedParagraphKeepsItsIndentOnEveryLine() {
        let lines = TextLayout(width: 20).lines(for: .paragraph("绿水青山就是金山银山，冰天雪地也是金山银山。", indent: 4))
            .map(\.plainText)
        #expect(lines == ["    绿水青山就是金山", "    银山，冰天雪地也", "    是金山银山。"])
    }

    @Test func listItemsHangUnderTheirBullet() {
        let lines = TextLayout(width: 20).lines(for: .list(["第一条", "垃圾分类从我做起，人人有责共建美丽家园"]))
            .map(\.plainText)
        #expect(lines == ["• 第一条", "• 垃圾分类从我做起，", "  人人有责共建美丽家", "  园"])
    }

    @Test func preformattedLinesAreNotWrappedButAreMadeSafe() {
        let chart = String(repeating: "█", count: 30)
        let lines = TextLayout(width: 20).lines(for: .preformatted([StyledText(chart), "a\tb\u{1B}[31m\n"]))
        #expect(lines.map(\.plainText) == [chart, "a b "])
    }

    /// With colour the highlighted term keeps its style and no brackets; without colour
    /// (`NO_COLOR`, a pipe) it is bracketed and still styled, so either output shows the match.
    @Test func highlightsAreStyledWithColourAndBracketedWithout() {
        let text = StyledText([StyledSpan("有害"), StyledSpan("垃圾", .highlight), StyledSpan("要单独投放")])
        let coloured = TextLayout(width: 40).lines(for: .paragraph(text))
        #expect(coloured == [StyledText([StyledSpan("有害"), StyledSpan("垃圾", .highlight), StyledSpan("要单独投放")])])
        let plain = TextLayout(width: 40, highlightMarkers: true).lines(for: .paragraph(text))
        #expect(
            plain == [StyledText([StyledSpan("有害"), StyledSpan("【垃圾】", .highlight), StyledSpan("要单独投放")])])
        // An empty highlight gets no empty brackets; other styles are never bracketed.
        let other = StyledText([StyledSpan("", .highlight), StyledSpan("s7k2m9qa", .accent)])
        #expect(
            TextLayout(width: 40, highlightMarkers: true).lines(for: .paragraph(other)).map(\.plainText) == ["s7k2m9qa"]
        )
    }

    @Test func stylesFollowTheirCharactersOntoTheNextLine() {
        let text = StyledText([StyledSpan("活动 "), StyledSpan("s7k2m9qa", .accent), StyledSpan(" 已签到完成", .success)])
        let lines = TextLayout(width: 20).wrap(text, width: 20)
        #expect(lines.map(\.plainText) == ["活动 s7k2m9qa 已签到", "完成"])
        #expect(lines[0].spans == [StyledSpan("活动 "), StyledSpan("s7k2m9qa", .accent), StyledSpan(" 已签到", .success)])
        #expect(lines[1].spans == [StyledSpan("完成", .success)])
    }

    /// A word that ends exactly at the edge stays on its line: only the space after it goes.
    @Test func aWordThatFillsTheLineExactlyStaysOnIt() {
        let lines = TextLayout(width: 20).wrap(StyledText("Lucid waters and lush mountains"), width: 16).map(
            \.plainText)
        #expect(lines == ["Lucid waters and", "lush mountains"])
        let bullets = TextLayout(width: 20).lines(for: .list(["lush mountains are invaluable"])).map(\.plainText)
        #expect(bullets == ["• lush mountains are", "  invaluable"])
    }

    @Test func aBarChartScalesBarsToTheLargestValueInEighths() {
        let chart = BarChart(title: "每月\n活动", items: [("一月", 2, "2"), ("二月", 4, "4"), ("三月", 0, "0")])
        let lines = TextLayout(width: 40).lines(for: .barChart(chart))
        #expect(lines[0] == StyledText("每月 活动", .bold))
        // 40 columns less the label (4), the figure (1) and the spaces leave 31 for the bar.
        #expect(lines[2].plainText == "二月 " + String(repeating: "█", count: 31) + " 4")
        #expect(
            lines[1].plainText == "一月 " + String(repeating: "█", count: 15) + "▌" + String(repeating: " ", count: 15)
                + " 2")
        #expect(lines[3].plainText == "三月 " + String(repeating: " ", count: 31) + " 0")
        #expect(lines[2].spans.map(\.style) == [.plain, .accent, .plain])
        // Nothing to scale against: no bars at all, and no division by zero.
        let empty = TextLayout(width: 40).lines(for: .barChart(BarChart(title: "空", items: [("a", 0, "0")])))
        #expect(empty.map(\.plainText) == ["空", "a " + String(repeating: " ", count: 34) + " 0"])
    }

    @Test func aOneLineMessageIsAParagraphWithItsJSONEcho() {
        let output = CommandOutput.message(StyledText([StyledSpan("已保存 "), StyledSpan("s7k2m9qa", .accent)]))
        #expect(output.json.serialized() == #"{"message":"已保存 s7k2m9qa"}"#)
        #expect(output.warnings.isEmpty && output.proposedLine == nil && !output.clearsScreen)
        guard case .paragraph(let text, let indent) = output.blocks.first else {
            Issue.record("\(output.blocks)")
            return
        }
        #expect(text.plainText == "已保存 s7k2m9qa" && indent == 0 && output.blocks.count == 1)
        #expect(CommandOutput.message("ok", json: .obj([("id", "x")])).json.serialized() == #"{"id":"x"}"#)
    }
}
