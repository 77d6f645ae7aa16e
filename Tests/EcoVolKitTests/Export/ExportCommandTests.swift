import Foundation
import JSONTestSupport
import Testing

@testable import EcoVolKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Checks an HTML export: well-formed XML (parsed by Foundation's XMLParser), and
/// self-contained (no scripts, no external resources of any kind).
final class HTMLCheck: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var text = ""
    var attributes: [String] = []

    static func parse(_ html: String) -> (ok: Bool, check: HTMLCheck, error: String?) {
        let check = HTMLCheck()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = check
        let ok = parser.parse()
        return (ok, check, parser.parserError.map { String(describing: $0) })
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.append(elementName)
        attributes += attributeDict.map { $0.key + "=" + $0.value }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    var isSelfContained: Bool {
        !elements.contains { ["script", "link", "img", "iframe", "object", "embed", "image", "use"].contains($0) }
            && !attributes.contains { $0.hasPrefix("src=") || $0.hasPrefix("href=") || $0.contains("://") }
            && !text.contains("url(") && !text.contains("@import")
    }
}

@MainActor
@Suite struct ExportCommandTests {
    @Test func csvExportsReadBackStrictlyAndMaskPhones() async throws {
        let f = try await ReportFixture()
        let dir = try f.exportDirectory()
        let out = try await f.json("/export people \(dir)/人员.csv")
        #expect(out["rows"]?.intValue == (try await f.state.livePeople.count))
        let records = try StrictCSVReader.read(try Data(contentsOf: URL(fileURLWithPath: dir + "/人员.csv")))
        #expect(records[0].contains("电话"))
        let phoneColumn = try #require(records[0].firstIndex(of: "电话"))
        let qian = try #require(records.first { $0.contains("钱七") })
        #expect(qian[phoneColumn] == "139****1111")
        #expect(!qian.contains("520102199003071236"))
        try await f.expectSuccess("/export people \(dir)/full.csv full=yes")
        let full = try StrictCSVReader.read(try Data(contentsOf: URL(fileURLWithPath: dir + "/full.csv")))
        #expect(full.first { $0.contains("钱七") }?[phoneColumn] == "13900001111")
        // The formula title is neutralised; the comma title stays one cell.
        try await f.expectSuccess("/export sessions \(dir)/活动.csv")
        let sessions = try StrictCSVReader.read(try Data(contentsOf: URL(fileURLWithPath: dir + "/活动.csv")))
        #expect(sessions.count == 1 + (try await f.state.sessions.count))
        #expect(sessions.contains { $0[1] == "'=1+1" })
        #expect(sessions.contains { $0[1] == "河湖巡护, 青清河" })
    }

    @Test func exportsUseTheListingFilters() async throws {
        let f = try await ReportFixture()
        let dir = try f.exportDirectory()
        let listed = try await f.json("/sessions all city=贵阳 type=education")["sessions"]?.arrayValue?.count
        try await f.expectSuccess("/export sessions \(dir)/a.json city=贵阳 type=education")
        let exported = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: dir + "/a.json")))
        #expect(exported["rows"]?.arrayValue?.count == listed)
        #expect(exported["filter"]?["city"]?.stringValue == "贵阳市")
        try await f.expectSuccess("/export hours \(dir)/h.csv period=2026-05")
        let hours = try StrictCSVReader.read(try Data(contentsOf: URL(fileURLWithPath: dir + "/h.csv")))
        let zhang = try #require(hours.first { $0[1] == "张三" })
        #expect(zhang[4] == "3" && zhang[5] == "5")  // s1 2 h, s2 3 h, s6's 1 h lies inside s1
        try await f.expectSuccess("/export participation \(dir)/p.md project=qingqing")
        let md = try String(contentsOfFile: dir + "/p.md", encoding: .utf8)
        // header, rule, three rows
        #expect(md.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.count == 2 + 3)
        #expect(md.contains("河湖巡护, 青清河"))
        let people = try await f.json("/export people \(dir)/q.json query=张")
        #expect(people["rows"]?.intValue == 1)
    }

    @Test func filesAreWrittenAtomicallyAndNeverReplacedWithoutForce() async throws {
        let f = try await ReportFixture(language: .en)
        let dir = try f.exportDirectory()
        try await f.expectSuccess("/export sessions \(dir)/s.csv")
        let first = try Data(contentsOf: URL(fileURLWithPath: dir + "/s.csv"))
        let again = await f.run("/export sessions \(dir)/s.csv city=贵阳")
        #expect(again.status == .failed)
        #expect(again.error?.code == "export.exists")
        #expect(again.error?.message.en.contains("force=yes") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/s.csv")) == first)
        try await f.expectSuccess("/export sessions \(dir)/s.csv city=贵阳 force=yes")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/s.csv")) != first)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["s.csv"])
        let noDir = await f.run("/export sessions \(dir)/missing/s.csv")
        #expect(noDir.error?.field == "file" && noDir.error?.code == "export.noDirectory")
        let ext = await f.run("/export sessions \(dir)/s.xlsx")
        #expect(ext.status == .failed && ext.error?.field == "file")
        #expect(ext.error?.message.en.contains(".csv") == true)
        let kind = await f.run("/export everything \(dir)/s.csv")
        #expect(kind.status == .failed && kind.error?.field == "what")
        let folder = await f.run("/export sessions \(dir)")
        #expect(folder.error?.field == "file")
    }

    @Test func htmlReportIsWellFormedSelfContainedAndHasSVGCharts() async throws {
        let f = try await ReportFixture()
        let dir = try f.exportDirectory()
        try await f.expectSuccess("/export report \(dir)/报告.html period=2026")
        let html = try String(contentsOfFile: dir + "/报告.html", encoding: .utf8)
        let (ok, check, error) = HTMLCheck.parse(html)
        #expect(ok, "\(error ?? "")")
        #expect(check.isSelfContained)
        #expect(check.elements.filter { $0 == "svg" }.count == 2)
        #expect(check.elements.contains("rect"))
        #expect(check.text.contains("生态环境志愿服务活动报告"))
        #expect(!html.contains("http"))
        // The same report as Markdown, CSV and JSON.
        try await f.expectSuccess("/report 2026 file=\(dir)/r.md")
        #expect(try String(contentsOfFile: dir + "/r.md", encoding: .utf8).contains("| 贵阳市 |"))
        try await f.expectSuccess("/export report \(dir)/r.csv period=2026")
        let rows = try StrictCSVReader.read(try Data(contentsOf: URL(fileURLWithPath: dir + "/r.csv")))
        #expect(rows[0] == ["部分", "项目", "指标", "数值"])
        #expect(rows.contains { $0[1] == "2026-05" && $0[2] == "场次" && $0[3] == "3" })
        try await f.expectSuccess("/export report \(dir)/r.json period=2026")
        #expect(
            try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: dir + "/r.json")))["hours"]?.doubleValue == 18
        )
    }

    @Test func markupInRecordsIsEscapedEverywhere() throws {
        let nasty = "<script>alert(1)</script> & \"x\" | *y* ,\u{300} \u{7}"
        let table = DataTable(
            columns: [.init("a", "A|B"), .init("n", "N", numeric: true)], rows: [[.text(nasty), .number(1)]])
        let doc = ReportDocument(
            title: nasty, subtitle: nasty, language: .en,
            blocks: [
                .warning(nasty), .pairs([(nasty, nasty)]), .dataTable(title: nasty, table, flagged: [0]),
                .chart(title: nasty, items: [(nasty, 2, "2")]), .items([nasty]),
                .seal(label: nasty, lines: [nasty]),
            ])
        let html = HTMLRenderer.render(doc)
        let (ok, check, error) = HTMLCheck.parse(html)
        #expect(ok, "\(error ?? "")")
        #expect(!check.elements.contains("script"))
        #expect(check.isSelfContained)
        let md = MarkdownRenderer.render(doc)
        #expect(!md.contains("<script>"))
        let rows = md.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.allSatisfy { $0.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 3 })
    }
}
