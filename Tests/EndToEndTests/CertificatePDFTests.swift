import EcoVolKit
import Foundation
import JSONTestSupport
import Testing

/// The certificate and the service record as the office prints them: built by the binary
/// from a store made through its own commands, printed by headless Chromium to PDF, read
/// back with pdftotext. A 101-session volunteer must get one certificate page and numbered
/// attachment pages ("第 N 页 共 M 页" on every page), the figure on the paper must be the
/// store's, no row may be lost at a page break and no date or time may be split.
@Suite(
    "Certificates printed to PDF", .enabled(if: EcoVolBinary.exists, "build the binary first: swift build"),
    .enabled(if: PDFPrinter.available || PDFPrinter.required, "\(PDFPrinter.missing ?? "")"))
struct CertificatePDFTests {
    /// A store with one volunteer (张三) at `count` done sessions on consecutive days from
    /// 2026-01-05, with durations cycling through 1.5, 2, 2.25, 1.75 and 1 hours, and the
    /// titles and venues that wrap in a narrow column. Returns HOME and the hours scheduled.
    static func store(sessions count: Int, volunteer: String = "张三") throws -> (home: String, hours: Double) {
        let home = EcoVolBinary.temporaryDirectory()
        let durations = [("90min", 1.5), ("2h", 2.0), ("2h15m", 2.25), ("1h45m", 1.75), ("1h", 1.0)]
        let titles = ["河湖巡护", "习近平生态文明思想进校园宣讲", "垃圾分类进社区", "六五环境日主题宣传活动暨生态环境保护知识有奖问答", "湿地保护"]
        let venues = ["云岩区文化站", "观山湖区世纪城社区新时代文明实践站二楼多功能厅", "南明区甲秀楼广场"]
        var start = CalendarDate(year: 2026, month: 1, day: 5)
        var lines: [String] = []
        var hours = 0.0
        for i in 0..<count {
            let (duration, h) = durations[i % durations.count]
            hours += h
            let type = ["supervision", "lecture", "education", "practice", "education"][i % 5]
            lines.append(
                "/schedule title=\"\(titles[i % titles.count])\" type=\(type) start=\"\(start.iso) \(9 + i % 3 * 2):30\" duration=\(duration) city=贵阳 audience=community venue=\(venues[i % venues.count])"
            )
            start = start.adding(days: 1)
        }
        let scheduled = try runScript(lines, home: home)
        let ids = try scheduled.split(separator: "\n").map { line -> String in
            guard let id = try JSONValue.parse(Data(line.utf8))["sessions"]?.arrayValue?.first?["id"]?.stringValue
            else { throw PDFPrinter.Failure(description: "no id in \(line)") }
            return id
        }
        #expect(ids.count == count)
        _ = try runScript(ids.flatMap { ["/log \($0) \"\(volunteer)\"", "/done \($0)"] }, home: home)
        return (home, hours)
    }

    /// An issuer name as long as real ones get; the seal block must still fit on page 1.
    static let longIssuer = "共青团贵阳市委员会贵阳市生态环境志愿服务总队观山湖区分队"

    static func runScript(_ lines: [String], home: String) throws -> String {
        let script = home + "/script-\(UUID().uuidString.prefix(6)).txt"
        try (lines.joined(separator: "\n") + "\n").write(toFile: script, atomically: true, encoding: .utf8)
        let result = try EcoVolBinary.run(["--lang", "zh", "--json", "--script", script], home: home)
        #expect(result.status == 0, "\(result.stderr.prefix(2000))")
        return result.stdout
    }

    /// Runs `line` (its `FILE` replaced by `name`.html in `home`) and prints that page to PDF.
    static func printed(_ name: String, language: String, line: String, home: String) throws -> PDFPrinter.Document {
        let html = home + "/" + name + ".html"
        let written = try EcoVolBinary.run(
            ["--lang", language, "-c", line.replacingOccurrences(of: "file=FILE", with: "file=" + html)], home: home)
        #expect(written.status == 0, "\(written.stderr)")
        return try PDFPrinter.print(html, to: home + "/" + name + ".pdf")
    }

    static func json(_ line: String, home: String) throws -> JSONValue {
        let result = try EcoVolBinary.run(["--json", "-c", line], home: home)
        #expect(result.status == 0, "\(line): \(result.stderr)")
        return try JSONValue.parse(Data(result.stdout.utf8))
    }

    static func number(_ value: JSONValue?) -> Double? {
        switch value {
        case .int(let i)?: return Double(i)
        case .number(let n)?: return n
        default: return nil
        }
    }

    /// Page text without the spaces pdftotext puts (or drops) between CJK glyphs.
    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// The attachment rows as pdftotext lays them out: number, date, start–end, … hours.
    static func rows(_ text: String) -> [(no: Int, date: String, hours: Double)] {
        text.split(separator: "\n").compactMap { line in
            let fields = line.split(whereSeparator: { $0 == " " })
            guard fields.count >= 4, let no = Int(fields[0]), let hours = Double(fields[fields.count - 1]) else {
                return nil
            }
            let date = String(fields[1])
            let time = String(fields[2])
            guard date.count == 10, date.hasPrefix("2026-"), time.count == 11, time.contains("–") else { return nil }
            return (no, date, hours)
        }
    }

    @Test func aVolunteerWith101SessionsGetsOneCertificatePageAndNumberedAttachmentPages() throws {
        let (home, scheduled) = try Self.store(sessions: 101)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let certificate = try Self.json("/certificate 张三", home: home)
        let storeHours = try #require(Self.number(certificate["hours"]))
        #expect(storeHours == scheduled)
        #expect(Self.number(try Self.json("/record 张三", home: home)["hours"]) == scheduled)
        let number = try #require(certificate["number"]?.stringValue)
        // The issue date as official documents write it, 2026年12月1日.
        let isoIssued = try #require(certificate["issued"]?.stringValue).split(separator: "-").compactMap { Int($0) }
        let issued = "\(isoIssued[0])年\(isoIssued[1])月\(isoIssued[2])日"

        let document = try Self.printed(
            "证明", language: "zh",
            line: "/certificate 张三 file=FILE issuer=\(Self.longIssuer) head=王主任 handler=李四 contact=0851-12345678",
            home: home)

        #expect(document.pageSize.contains("(A4)"), "\(document.pageSize)")
        #expect(document.pages >= 3, "\(document.pages) pages")
        for (index, text) in document.text.enumerated() {
            #expect(
                Self.squeezed(text).contains("第\(index + 1)页共\(document.pages)页"),
                "page \(index + 1) has no page number")
        }
        // No browser header or footer (date, title, file path) printed over the margins.
        for text in document.text {
            #expect(!text.contains("file:") && !text.contains(".html"), "browser footer on the page")
        }
        let firstLine = document.text[0].split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map {
            Self.squeezed(String($0))
        }
        #expect(firstLine == "志愿服务证明", "browser header above the title: \(firstLine ?? "")")
        // Page 1 is the whole certificate: the four blocks, the figure, the seal and the date.
        let first = Self.squeezed(document.text[0])
        let figure = DataTable.format(storeHours)
        for part in [
            "志愿服务证明", "一、志愿者身份信息", "二、志愿服务信息", "三、出具单位信息", "四、其他信息", "（单位公章）", "单位负责人（签字）",
            "于2026年1月5日至2026年4月15日期间参加生态环境志愿服务101次", "累计志愿服务时长\(figure)小时", "\(figure)小时（实际服务时间", "见附表（共101条）", number,
            Self.longIssuer, issued,
        ] {
            #expect(first.contains(part), "page 1 lacks \(part)")
        }
        #expect(!first.contains("附表：志愿服务明细"))
        // Every following page is the attachment, headed with the certificate it belongs to.
        var rows: [(no: Int, date: String, hours: Double)] = []
        for text in document.text.dropFirst() {
            #expect(Self.squeezed(text).contains("附表：志愿服务明细"))
            #expect(Self.squeezed(text).contains(number))
            let onPage = Self.rows(text)
            // Pages are filled: even with long titles and venues, at least ten rows a page.
            if text != document.text.last { #expect(onPage.count >= 10, "only \(onPage.count) rows on a page") }
            rows += onPage
        }
        // No row lost or split at a page break, dates and times whole, the total is the sum.
        #expect(rows.map(\.no) == Array(1...101))
        #expect(rows.first?.date == "2026-01-05" && rows.last?.date == "2026-04-15")
        #expect(rows.reduce(0) { $0 + $1.hours } == storeHours)
        let last = Self.squeezed(document.text[document.pages - 1])
        #expect(last.contains("合计共101次\(figure)"), "total row")
        // The total stands in the hours column: right-aligned where the rows' hours end.
        let words = document.words[document.pages - 1]
        let totalLabel = try #require(words.first { $0.text == "合计" })
        let totalFigure = try #require(words.first { abs($0.top - totalLabel.top) < 2 && $0.text == figure })
        let hoursColumn = try #require(
            words.filter { Double($0.text) != nil && $0.top < totalLabel.top - 2 }.map(\.right).max())
        #expect(
            abs(totalFigure.right - hoursColumn) < 1,
            "total at x=\(totalFigure.right), hours column ends at x=\(hoursColumn)")
    }

    @Test func englishCertificateOfOneSessionIsOnePagePlusItsAttachment() throws {
        let (home, scheduled) = try Self.store(sessions: 1, volunteer: "Li Lei")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let document = try Self.printed(
            "certificate", language: "en",
            line:
                "/certificate \"Li Lei\" file=FILE issuer=\"Guiyang Municipal Eco-Environment Volunteer Service Team of the Communist Youth League\"",
            home: home)
        #expect(document.pages == 2)
        for (index, text) in document.text.enumerated() {
            #expect(Self.squeezed(text).contains("Page\(index + 1)of2"), "page \(index + 1) has no page number")
        }
        let first = Self.squeezed(document.text[0])
        for part in [
            "CertificateofVolunteerService", "1.Volunteeridentity", "4.Other", "(officialseal)", "Handler(signature)",
            "oftheCommunistYouthLeague", "volunteerserviceonceon5January2026,for1.5hoursofservice",
            "supervision:once,1.5h", "Serviceperiod5January2026Servicehours", "Seetheattachedlist(1entry)",
        ] {
            #expect(first.contains(part), "page 1 lacks \(part)")
        }
        #expect(scheduled == 1.5)
        #expect(Self.rows(document.text[1]).map(\.hours) == [1.5])
        #expect(Self.squeezed(document.text[1]).contains("Total1session1.5"))
        #expect(
            !document.text.joined().unicodeScalars.contains {
                (0x4E00...0x9FFF).contains($0.value) && !"贵阳市云岩区文化站河湖巡护".unicodeScalars.contains($0)
            },
            "English certificate has Chinese outside the session's own city, title and venue")
    }

    @Test func serviceRecordPrintsOnLandscapePagesWithNumbersAndWholeDates() throws {
        let (home, _) = try Self.store(sessions: 40)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let document = try Self.printed("记录", language: "zh", line: "/record 张三 file=FILE", home: home)
        #expect(
            document.pageSize.contains("841.") && document.pageSize.hasPrefix("841"),
            "landscape A4: \(document.pageSize)")
        #expect(document.pages >= 2)
        for (index, text) in document.text.enumerated() {
            #expect(
                Self.squeezed(text).contains("第\(index + 1)页共\(document.pages)页"),
                "page \(index + 1) has no page number")
        }
        // Every service row shows its whole date on one line.
        let dates = Set(
            document.text.joined().split(separator: "\n").compactMap { line -> String? in
                line.split(separator: " ").first { $0.count == 10 && $0.hasPrefix("2026-") }.map(String.init)
            })
        let expected = (0..<40).map { CalendarDate(year: 2026, month: 1, day: 5).adding(days: $0).iso }
        #expect(expected.filter { !dates.contains($0) } == [], "dates split or missing")
    }
}
