import Foundation
import Testing

@testable import EcoVolKit

/// One document model: a command's screen output and a report are the same `OutputBlock`s, so
/// every renderer takes every block — what a command shows can be written to a file, and a
/// file says what the screen says (a note is a note, a warning a warning, a flagged row flagged).
@MainActor
@Suite struct OneDocumentModelTests {
    /// Every kind of block, each with a word of its own to look for.
    static func everyBlock() -> ReportDocument {
        let typed = DataTable(
            columns: [.init("city", "市州"), .init("hours", "时长", numeric: true)],
            rows: [[.text("贵阳市"), .number(12.5)], [.text("遵义市"), .number(3)]])
        let styled = TextTable(
            headers: ["编号", "标题"], rows: [[StyledText("s1abc", .accent), StyledText("湿地讲座")]],
            alignments: [.left, .left])
        return ReportDocument(
            title: "总标题", subtitle: "副标题", language: .zh,
            blocks: [
                .heading("命令标题"), .section("小节标题"),
                .paragraph(StyledText("普通") + StyledText("加粗", .bold) + StyledText("句子")),
                .note("说明文字"), .warning("警告文字"),
                .preformatted([StyledText("预排版一行"), StyledText("预排版二行")]),
                .pairs([("标签", "取值")]), .table(styled), .dataTable(title: "城市表", typed, flagged: [1]),
                .items(["条目一", "条目二"]), .chart(title: "图表", items: [("一月", 4, "4"), ("二月", 2, "2")]),
                .seal(label: "（公章）", lines: ["签发单位", "2026年12月7日"], signatures: ["经办人"]), .blank,
                .attachment(
                    .init(title: "附表", reference: "编号 EV1", table: typed, total: [.text("合计"), .number(15.5)])),
            ])
    }

    static let words = [
        "命令标题", "小节标题", "加粗", "说明文字", "警告文字", "预排版一行", "预排版二行", "标签", "取值", "s1abc", "湿地讲座", "城市表",
        "贵阳市", "遵义市", "12.5", "条目一", "条目二", "图表", "一月", "（公章）", "签发单位", "附表", "合计", "15.5",
    ]

    @Test func everyRendererShowsEveryBlock() throws {
        let document = Self.everyBlock()
        let screen = TextLayout(width: 100).lines(for: document.screenBlocks).map(\.plainText).joined(separator: "\n")
        let markdown = MarkdownRenderer.render(document)
        let html = HTMLRenderer.render(document)
        let (ok, check, error) = HTMLCheck.parse(html)
        #expect(ok, "\(String(describing: error))")
        for word in Self.words {
            #expect(screen.contains(word), "screen lacks \(word)")
            #expect(markdown.contains(word), "Markdown lacks \(word)")
            #expect(check.text.contains(word), "HTML lacks \(word)")
        }
        // The attachment's reference is for paper and files; the screen shows it too.
        #expect(screen.contains("编号 EV1") && markdown.contains("编号 EV1") && check.text.contains("编号 EV1"))
    }

    @Test func aNoteAndAWarningReadTheSameInEveryFormat() {
        let markdown = MarkdownRenderer.render(Self.everyBlock())
        #expect(markdown.contains("> 说明文字"))
        #expect(markdown.contains("> **\(TextTable.flagMarker)** 警告文字"))
        #expect(markdown.contains("普通**加粗**句子"))
        let html = HTMLRenderer.render(Self.everyBlock())
        #expect(html.contains("<p class=\"note\">说明文字</p>"))
        #expect(html.contains("<p class=\"warning\">\(TextTable.flagMarker) 警告文字</p>"))
        #expect(html.contains("普通<strong>加粗</strong>句子"))
        #expect(html.contains("<pre>预排版一行\n预排版二行</pre>"))
        // A paragraph mixing styles is running text, not a note.
        #expect(ParagraphEmphasis(StyledText("a", .dim) + StyledText("b")) == .plain)
        #expect(ParagraphEmphasis(StyledText("", .plain) + StyledText("b", .dim)) == .note)
        #expect(ParagraphEmphasis(StyledText("x", .error)) == .warning)
    }

    @Test func aFlaggedRowIsMarkedOnScreenAndInFiles() {
        let document = Self.everyBlock()
        let screen = TextLayout(width: 100).lines(for: document.screenBlocks).map(\.plainText)
        #expect(screen.contains { $0.hasPrefix(TextTable.flagMarker + " 遵义市") })
        #expect(!screen.contains { $0.hasPrefix(TextTable.flagMarker + " 贵阳市") })
        #expect(MarkdownRenderer.render(document).contains("| \(TextTable.flagMarker) 遵义市 | 3 |"))
    }

    @Test func typedTablesKeepTheirNumbersInCSVAndStyledOnesTheirWords() throws {
        let document = Self.everyBlock()
        #expect(document.tables.map(\.title) == [nil, "城市表", "附表"])
        let csv = String(decoding: try SpreadsheetCSV.data(document, headers: ["节", "项", "指标", "值"]), as: UTF8.self)
        #expect(csv.contains("城市表,遵义市,时长,3"))
        #expect(csv.contains("总标题,s1abc,标题,湿地讲座"))
        #expect(csv.contains("图表,一月,,4"))
        #expect(csv.contains("总标题,标签,,取值"))
        let back = DataTable(TextTable(document.tables[1].table, flagged: []))
        #expect(back.headers == ["市州", "时长"] && back.columns.map(\.numeric) == [false, true])
        #expect(back.textRows == [["贵阳市", "12.5"], ["遵义市", "3"]])
    }

    /// A command's own output (not a report) written as a file: the listing of `/sessions`.
    @Test func aCommandsScreenOutputBecomesAFile() async throws {
        let context = makeContext(temporaryStoreDirectory())
        let id = try await scheduleSession(context, "start=\"2026-06-20 09:00\" duration=2h")
        let listed = await run(context, "/sessions all")
        let blocks = try #require(listed.output?.blocks)
        let document = ReportDocument(title: "活动", language: .zh, blocks: blocks)
        let html = HTMLRenderer.render(document)
        let (ok, check, _) = HTMLCheck.parse(html)
        #expect(ok && check.isSelfContained)
        #expect(check.text.contains(id) && check.text.contains("湿地保护"))
        #expect(MarkdownRenderer.render(document).contains(id))
    }
}
