import Foundation
import Testing

@testable import EcoVolKit

/// The activity report's figures add up whichever way it is cut, and read the same in the
/// written report (zh and en) and in the exported listings. The fixture's records are in
/// `ReportFixture` and summed up at the top of `ReportFigureTests`.
@MainActor
@Suite("Activity report")
struct ActivityReportTests {
    private func sum(_ rows: JSONValue?, _ key: String) -> Double {
        (rows?.arrayValue ?? []).compactMap { $0[key]?.doubleValue }.reduce(0, +)
    }

    @Test func everyBreakdownAddsUpToTheTotals() async throws {
        let f = try await ReportFixture()
        for line in [
            "/report 2026", "/report 2026-05", "/report 2026 city=贵阳", "/report all", "/report 2026-Q2",
            "/report from=2026-05-15 to=2026-06-30", "/report 2026 type=education", "/report 2025",
        ] {
            let r = try await f.json(line)
            let sessions = try #require(r["sessions"]?.doubleValue, "\(line)")
            let hours = try #require(r["hours"]?.doubleValue, "\(line)")
            #expect(
                Double((r["done"]?.intValue ?? -1) + (r["planned"]?.intValue ?? -1)) == sessions,
                "\(line): counted sessions are done or planned")
            for key in ["by_type", "by_audience", "by_city"] {
                #expect(sum(r[key], "sessions") == sessions, "\(line) \(key)")
                #expect(abs(sum(r[key], "hours") - hours) < 0.001, "\(line) \(key)")
            }
            #expect(sum(r["by_month"], "sessions") == sessions, "\(line) by_month")
            #expect(abs(sum(r["by_month"], "hours") - hours) < 0.001, "\(line) by_month")
        }
    }

    @Test func aPeriodWithoutSessionsSaysSoInBothLanguages() async throws {
        let zh = try await ReportFixture()
        let empty = try await zh.json("/report 2025")
        #expect(empty["sessions"]?.intValue == 0 && empty["hours"]?.doubleValue == 0)
        #expect(empty["volunteers"]?.intValue == 0 && empty["reached"]?.intValue == 0)
        #expect(empty["by_type"] == .array([]))
        let zhText = try await text(zh, "/report 2025")
        #expect(zhText.contains("这一期间没有符合条件的活动。"))
        let en = try await ReportFixture(language: .en)
        #expect(try await text(en, "/report 2025").contains("No sessions match in this period."))
    }

    private func text(_ f: ReportFixture, _ line: String) async throws -> String {
        let output = try await f.expectSuccess(line)
        return TextLayout(width: 100).lines(for: output.blocks).map(\.plainText).joined(separator: "\n")
    }

    @Test func theWrittenReportStatesTheFiguresInEachLanguage() async throws {
        let zh = try await ReportFixture()
        let dir = try zh.exportDirectory()
        try await zh.expectSuccess("/report 2026 file=\(dir)/报告.md")
        let md = try String(contentsOfFile: dir + "/报告.md", encoding: .utf8)
        #expect(md.contains("活动场次"))
        #expect(md.contains("5 场（已完成 3，计划中 2；另有取消 1）"))
        #expect(md.contains("覆盖群众") && md.contains("160"))
        #expect(md.contains("4.0 / 5（2 场有评价）"))
        #expect(md.contains("按服务类型") && md.contains(L(.reportsByCity).zh))
        let en = try await ReportFixture(language: .en)
        let enDir = try en.exportDirectory()
        try await en.expectSuccess("/report 2026 file=\(enDir)/report.md")
        let enMD = try String(contentsOfFile: enDir + "/report.md", encoding: .utf8)
        #expect(enMD.contains("5 (3 done, 2 planned; 1 cancelled besides)"))
        #expect(enMD.contains("People reached") && enMD.contains("4.0 / 5 (2 rated)"))
        #expect(enMD.contains("By service type"))
    }

    @Test func aCitysReportChecksOnlyThatCitysTrainings() async throws {
        let f = try await ReportFixture()
        let zunyi = try await f.json("/report 2026 city=遵义")
        let trainings = try #require(zunyi["trainings"]?.arrayValue)
        #expect(trainings.count == 1)
        #expect(trainings.first?["city"] == .string("遵义市"))
        #expect(trainings.first?["held"]?.intValue == 0)
        #expect(trainings.first?["below_quota"] == .bool(true))
        let guiyang = try await f.json("/report 2026 city=贵阳")
        #expect(guiyang["trainings"]?.arrayValue?.first?["held"]?.intValue == 1)
        #expect(guiyang["trainings"]?.arrayValue?.first?["below_quota"] == .bool(false))
    }

    @Test func theAverageRatingIsOfRatedSessionsOnly() async throws {
        let f = try await ReportFixture()
        // May: s1 rated 5, s2 rated 3, s6 unrated.
        let may = try await f.json("/report 2026-05")
        #expect(may["average_rating"]?.doubleValue == 4 && may["rated_sessions"]?.intValue == 2)
        // March: the training was not rated, so there is no average rather than zero.
        let march = try await f.json("/report 2026-03")
        #expect(march["rated_sessions"]?.intValue == 0)
        #expect(march["average_rating"] == nil || march["average_rating"] == .null)
    }

    // MARK: - Listings

    private func csv(_ f: ReportFixture, _ what: String, _ extra: String = "") async throws -> [[String]] {
        let dir = try f.exportDirectory()
        try await f.expectSuccess("/export \(what) \(dir)/\(what).csv \(extra)")
        return try StrictCSVReader.read(try Data(contentsOf: URL(fileURLWithPath: "\(dir)/\(what).csv")))
    }

    private func column(_ records: [[String]], _ key: MessageKey, _ lang: Language) throws -> Int {
        try #require(records.first?.firstIndex(of: L(key).text(lang)), "\(key.rawValue)")
    }

    @Test func theSessionListingCountsWhoAttendedAndTheirHours() async throws {
        let f = try await ReportFixture()
        let rows = try await csv(f, "sessions")
        let id = try column(rows, .fieldId, .zh)
        let attended = try column(rows, .exportColAttended, .zh)
        let hours = try column(rows, .reportsColHours, .zh)
        let status = try column(rows, .fieldStatus, .zh)
        func row(_ name: String) throws -> [String] { try #require(rows.first { $0[id] == f.ids[name] }, "\(name)") }
        let (s1, s2, s5) = (try row("s1"), try row("s2"), try row("s5"))
        #expect(Double(s1[attended]) == 2 && Double(s1[hours]) == 4)
        #expect(Double(s2[attended]) == 3 && Double(s2[hours]) == 8)
        #expect(Double(s5[attended]) == 0)
        #expect(s5[status] == SessionStatus.cancelled.label.zh)
        #expect(s1[status] == SessionStatus.done.label.zh)
    }

    @Test func listingHeadersAreInTheUsersLanguage() async throws {
        let en = try await ReportFixture(language: .en)
        let rows = try await csv(en, "sessions")
        #expect(rows.first?.first == L(.fieldId).en)
        #expect(rows.first?.contains(L(.exportColAttended).en) == true)
        #expect(rows.first?.contains(L(.exportColAttended).zh) == false)
    }

    @Test func theHoursListingAddsUpToTheReportsHours() async throws {
        let f = try await ReportFixture()
        let report = try await f.json("/report 2026")
        let rows = try await csv(f, "hours", "period=2026")
        let name = try column(rows, .fieldName, .zh)
        let hours = try column(rows, .reportsColHours, .zh)
        let byName = Dictionary(rows.dropFirst().map { ($0[name], Double($0[hours]) ?? -1) }) { a, _ in a }
        #expect(byName["张三"] == 8 && byName["钱七"] == 3)
        #expect(byName.values.reduce(0, +) == report["hours"]?.doubleValue)
    }

    @Test func theParticipationListingHasARowPerPersonAndSession() async throws {
        let f = try await ReportFixture()
        let rows = try await csv(f, "participation")
        let session = try column(rows, .exportColSession, .zh)
        let name = try column(rows, .fieldName, .zh)
        let actual = try column(rows, .exportColActualHours, .zh)
        let s2 = rows.filter { $0[session] == f.ids["s2"] }
        #expect(Set(s2.map { $0[name] }) == ["张三", "赵六", "王五"])
        #expect(Double(s2.first { $0[name] == "王五" }?[actual] ?? "") == 2)
        #expect(Double(s2.first { $0[name] == "张三" }?[actual] ?? "") == 3)
    }
}
