import PropertyBased
import Testing

@testable import EcoVolKit

/// Tables never split a token (word, number, date, time, id): they shrink, wrap between
/// tokens, or fall back to one block per record.
@Suite("Table layout")
struct TableLayoutTests {
    /// Tokens as the commands print them: dates, times, ids, figures, English and Chinese words.
    static let tokens = [
        "2026-01-02", "09:30", "s6vkra7q", "1.5", "12", "community", "volunteers", "Qiandongnan",
        "活动名称", "贵阳市", "黔东南州", "理论宣讲", "张三", "2026-12-09T09:30", "point-dual-carbon-household",
    ]

    static func cell(_ picks: [Int]) -> String {
        picks.map { tokens[$0 % tokens.count] }.joined(separator: " ")
    }

    /// Every token of every cell appears whole on one output line.
    static func expectNoTokenSplit(_ table: TextTable, width: Int) {
        let lines = TextLayout(width: width).lines(for: .table(table)).map(\.plainText)
        let cells = table.headers + table.rows.flatMap { $0.map(\.plainText) }
        for cell in cells {
            for token in cell.split(separator: " ") {
                #expect(lines.contains { $0.contains(token) }, "\(token) split at width \(width): \(lines)")
            }
        }
    }

    static func nominateLikeTable() -> TextTable {
        TextTable(
            headers: ["姓名", "活动名称", "日期", "编号", "服务时长", "市州", "说明"],
            rows: (0..<4).map { i in
                [
                    StyledText("张三\(i)"), StyledText("世界环境日社区宣讲"), StyledText("2026-01-0\(i + 1)"),
                    StyledText("s6vkra7\(i)"), StyledText("1.5"), StyledText("黔东南州"),
                    StyledText("community outreach with volunteers from Qiandongnan"),
                ]
            }
        )
    }

    @Test(arguments: [60, 80, 100, 140])
    func aWideTableNeverSplitsATokenAndFits(width: Int) {
        let table = Self.nominateLikeTable()
        Self.expectNoTokenSplit(table, width: width)
        let lines = TextLayout(width: width).lines(for: .table(table)).map(\.plainText)
        for line in lines {
            #expect(DisplayWidth.of(line) <= width, "\(line)")
        }
    }

    @Test func aTableThatCannotFitBecomesOneBlockPerRecord() {
        let lines = TextLayout(width: 60).lines(for: .table(Self.nominateLikeTable())).map(\.plainText)
        #expect(lines.first?.hasPrefix("─[ 1 ]") == true, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("日期") && $0.hasSuffix("2026-01-01") })
        #expect(lines.filter { $0.hasPrefix("─[ ") }.count == 4)
    }

    @Test func aTableThatFitsStaysATable() {
        let table = TextTable(
            headers: ["ID", "Date", "Hours"],
            rows: [[StyledText("s6vkra7q"), StyledText("2026-01-02"), StyledText("1.5")]])
        let lines = TextLayout(width: 60).lines(for: .table(table)).map(\.plainText)
        #expect(lines == ["ID        Date        Hours", "────────  ──────────  ─────", "s6vkra7q  2026-01-02  1.5"])
    }

    @Test func textColumnsShrinkBetweenWordsBeforeFallingBack() {
        let table = TextTable(
            headers: ["Date", "Note"],
            rows: [
                [
                    StyledText("2026-01-02"),
                    StyledText("community outreach with volunteers from Qiandongnan prefecture"),
                ]
            ]
        )
        let lines = TextLayout(width: 40).lines(for: .table(table)).map(\.plainText)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines[2].hasPrefix("2026-01-02  community"))
        Self.expectNoTokenSplit(table, width: 40)
    }

    @Test func noTokenIsEverSplitAtAnyWidth() async {
        let pick = Gen.int(in: 0...1000).array(of: 1...4)
        await propertyCheck(input: pick.array(of: 1...6), Gen.int(in: 1...5), Gen.int(in: 20...160)) {
            cellPicks, rowCount, width in
            let columns = cellPicks.count
            let headers = (0..<columns).map { Self.tokens[(cellPicks[$0].first ?? 0) % Self.tokens.count] }
            let rows = (0..<rowCount).map { r in
                (0..<columns).map { c in StyledText(Self.cell(cellPicks[c].map { $0 + r })) }
            }
            Self.expectNoTokenSplit(TextTable(headers: headers, rows: rows), width: width)
        }
    }

    @Test func headersAreBoldTheRuleDimAndCellsKeepTheirStyles() {
        let table = TextTable(
            headers: ["编号", "姓名"], rows: [[StyledText("s7k2m9qa", .accent), StyledText("张三", .success)]])
        let lines = TextLayout(width: 40).lines(for: .table(table))
        #expect(lines.map(\.plainText) == ["编号      姓名", "────────  ────", "s7k2m9qa  张三"])
        #expect(
            lines[0].spans.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }.map(\.style) == [
                .bold, .bold,
            ])
        #expect(lines[1].spans.map(\.style) == [.dim])
        #expect(lines[2].spans.map(\.style) == [.accent, .plain, .success])
    }

    @Test func chineseCellsWrapByColumnsInsideTheirColumn() {
        let table = TextTable(
            headers: ["日期", "内容"],
            rows: [[StyledText("06-05"), StyledText("世界环境日进社区宣讲垃圾分类和节约用水的知识")]])
        let lines = TextLayout(width: 30).lines(for: .table(table)).map(\.plainText)
        // The column has 23 columns: eleven characters fit, a twelfth would not.
        #expect(lines == ["日期   内容", "─────  ───────────────────────", "06-05  世界环境日进社区宣讲垃", "       圾分类和节约用水的知识"])
        for line in lines { #expect(DisplayWidth.of(line) <= 30, "\(line)") }
    }

    @Test func rightAlignedFiguresLineUpUnderWideHeaders() {
        let table = TextTable(
            headers: ["市州", "服务时长"],
            rows: [[StyledText("黔东南州"), StyledText("1.5")], [StyledText("贵阳"), StyledText("120")]],
            alignments: [.left, .right])
        let lines = TextLayout(width: 40).lines(for: .table(table)).map(\.plainText)
        #expect(lines == ["市州      服务时长", "────────  ────────", "黔东南州       1.5", "贵阳           120"])
    }

    @Test func shortRowsAreFilledAndAnEmptyTableIsNothing() {
        let table = TextTable(headers: ["a", "b", "c"], rows: [[StyledText("1")], []])
        let lines = TextLayout(width: 40).lines(for: .table(table)).map(\.plainText)
        #expect(lines.map { String($0.reversed().drop { $0 == " " }.reversed()) } == ["a  b  c", "─  ─  ─", "1", ""])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 7 })
        #expect(TextLayout(width: 40).lines(for: .table(TextTable(headers: [], rows: [[StyledText("x")]]))).isEmpty)
    }

    @Test func aRecordBlockSkipsEmptyCellsAndWrapsLongValues() {
        let lines = TextLayout(width: 20).recordLines(
            headers: ["编号", "备注", "城市"],
            rows: [[StyledText("s7k2m9qa"), StyledText(" "), StyledText("黔东南苗族侗族自治州黔东南苗族侗族自治州")]]
        ).map(\.plainText)
        #expect(
            lines == [
                "─[ 1 ]" + String(repeating: "─", count: 14), "编号  s7k2m9qa", "城市  黔东南苗族侗族", "      自治州黔东南苗",
                "      族侗族自治州",
            ])
    }
}
