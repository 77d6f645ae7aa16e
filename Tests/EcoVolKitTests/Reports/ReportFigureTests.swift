import Foundation
import Testing

@testable import EcoVolKit

/// `/report`, `/stars`, `/nominate` and `/check` against the fixture store built through
/// the commands. What the fixture did, and so what the figures must be:
///   s1 education 贵阳 community 05-10, done, reached 100, rating 5, insured: 张三 2 h, 李四 2 h
///   s2 supervision 黔东南 village 05-20, done, reached 40, rating 3: 张三 3, 赵六 3, 王五 2
///   s3 training 贵阳 03-10, done, reached 20: 张三 3
///   s4 education 遵义 school 06-05 (future, 六五环境日): 李四 and "赵 六" signed up
///   s5 practice 贵阳 04-22, cancelled
///   s6 lecture 贵阳 agency 05-10 10:00–11:00, still planned: 张三 1, 钱七 3 (above the length)
@MainActor
@Suite struct ReportFigureTests {
    @Test func yearReportFigures() async throws {
        let f = try await ReportFixture()
        let r = try await f.json("/report 2026")
        #expect(r["sessions"]?.intValue == 5)
        #expect(r["done"]?.intValue == 3)
        #expect(r["planned"]?.intValue == 2)
        #expect(r["cancelled"]?.intValue == 1)
        #expect(r["reached"]?.intValue == 160)
        #expect(r["volunteers"]?.intValue == 5)
        // 19 h recorded, but 张三's hour at s6 (10:00–11:00) lies inside s1 (09:30–11:30): counted once.
        #expect(r["hours"]?.doubleValue == 18)
        #expect(r["average_rating"]?.doubleValue == 4)
        #expect(r["rated_sessions"]?.intValue == 2)
        // The hours agree with the per-person totals /person reports.
        var perPerson = 0.0
        for name in ["张三", "李四", "赵六", "王五", "钱七"] {
            perPerson += try await f.json("/person \(name)")["hours"]?.doubleValue ?? -100
        }
        #expect(perPerson == 18)
        let byType = try #require(r["by_type"]?.arrayValue)
        let types = Dictionary(
            uniqueKeysWithValues: byType.map {
                ($0["key"]!.stringValue!, ($0["sessions"]!.intValue!, $0["hours"]!.doubleValue!))
            })
        #expect(types["education"]?.0 == 2 && types["education"]?.1 == 4)
        #expect(types["supervision"]?.0 == 1 && types["supervision"]?.1 == 8)
        #expect(types["training"]?.0 == 1 && types["training"]?.1 == 3)
        #expect(types["lecture"]?.0 == 1 && types["lecture"]?.1 == 3)
        #expect(types["practice"] == nil)
        let cities = try #require(r["by_city"]?.arrayValue).map { ($0["key"]!.stringValue!, $0["sessions"]!.intValue!) }
        #expect(cities.map(\.0) == ["贵阳市", "遵义市", "黔东南苗族侗族自治州"])
        #expect(cities.map(\.1) == [3, 1, 1])
        let audiences = try #require(r["by_audience"]?.arrayValue).map { $0["key"]!.stringValue! }
        #expect(audiences == ["community", "school", "agency", "village", "none"])
        let months = try #require(r["by_month"]?.arrayValue)
        #expect(months.count == 12)
        #expect(months[2]["sessions"]?.intValue == 1 && months[2]["hours"]?.doubleValue == 3)
        #expect(months[3]["sessions"]?.intValue == 0)
        #expect(months[4]["sessions"]?.intValue == 3 && months[4]["hours"]?.doubleValue == 15)
        #expect(months[5]["sessions"]?.intValue == 1 && months[5]["hours"]?.doubleValue == 0)
        // Trainings: only 贵阳 held one; the other nine units are flagged.
        let trainings = try #require(r["trainings"]?.arrayValue)
        #expect(trainings.count == City.all.count)
        #expect(trainings.filter { $0["below_quota"] == .bool(true) }.count == City.all.count - 1)
        #expect(trainings.first { $0["city"]?.stringValue == "贵阳市" }?["held"]?.intValue == 1)
        // Insurance: every session that took people along except the insured s1.
        let uninsured = try #require(r["uninsured_sessions"]?.arrayValue).compactMap(\.stringValue)
        #expect(Set(uninsured) == Set(["s2", "s3", "s4", "s6"].map { f.ids[$0]! }))
        // Environmental days from the fixture knowledge: 6-05 has s4 on it; the low-carbon day (07-08) has nothing.
        let days = try #require(r["environmental_days"]?.arrayValue)
        #expect(
            days.first { $0["id"]?.stringValue == "date-environment-day" }?["sessions"]
                == .array([.string(f.ids["s4"]!)]))
        #expect(days.first { $0["id"]?.stringValue == "date-low-carbon-day" }?["from"]?.stringValue == "2026-07-08")
    }

    @Test func filtersNarrowTheReport() async throws {
        let f = try await ReportFixture()
        let may = try await f.json("/report 2026-05 city=贵阳")
        #expect(may["sessions"]?.intValue == 2)  // s1, s6 (s5 was April and cancelled)
        #expect(may["hours"]?.doubleValue == 7)  // 4 + 4, less 张三's overlapping hour at s6
        #expect(may["filter"]?["from"]?.stringValue == "2026-05-01")
        #expect(may["filter"]?["to"]?.stringValue == "2026-05-31")
        let training = try await f.json("/report 2026 type=training")
        #expect(training["sessions"]?.intValue == 1)
        let q2 = try await f.json("/report 2026-Q2")
        #expect(q2["sessions"]?.intValue == 4)  // s1 s2 s4 s6
        let range = try await f.json("/report from=2026-05-15 to=2026-06-30")
        #expect(range["sessions"]?.intValue == 2)  // s2 s4
        let project = try await f.json("/report all project=qingqing")
        #expect(project["sessions"]?.intValue == 1)
        let lastMonth = try await f.json("/report last-month")  // April 2026: only the cancelled s5
        #expect(lastMonth["sessions"]?.intValue == 0 && lastMonth["cancelled"]?.intValue == 1)
    }

    @Test func badPeriodNamesTheFieldAndTheAcceptedForms() async throws {
        let f = try await ReportFixture()
        let bad = await f.run("/report 2026-13")
        #expect(bad.status == .failed)
        #expect(bad.error?.field == "period")
        #expect(bad.error?.message.zh.contains("2026-Q2") == true)
        let reversed = await f.run("/report from=2026-06-01 to=2026-05-01")
        #expect(reversed.status == .failed)
        #expect(reversed.error?.field == "to")
        let city = await f.run("/report type=party")
        #expect(city.error?.field == "type")
    }

    @Test func terminalReportHasChartsAndVisibleFlags() async throws {
        let f = try await ReportFixture(language: .en)
        let output = try await f.expectSuccess("/report 2026")
        let lines = TextLayout(width: 80).lines(for: output.blocks).map(\.plainText)
        #expect(lines.contains { $0.contains("Sessions per month") })
        let may = try #require(lines.first { $0.hasPrefix("2026-05 ") && $0.contains("█") })
        #expect(may.hasSuffix(" 3"))
        // Flags read without colour: a marker on each city below its training quota.
        #expect(lines.filter { $0.hasPrefix(TextTable.flagMarker) }.count >= City.all.count - 1)
        // Bars of one chart end in the same display column.
        let bars = lines.filter { $0.hasPrefix("2026-") && ($0.contains("█") || $0.hasSuffix(" 0")) }.prefix(12)
        #expect(Set(bars.map { DisplayWidth.of($0) }).count == 1)
    }

    @Test func starsAndCrossings() async throws {
        let f = try await ReportFixture()
        let s = try await f.json("/stars 2026-05 thresholds=2,4,6,8,10")
        let people = try #require(s["people"]?.arrayValue)
        let zhang = try #require(people.first { $0["name"]?.stringValue == "张三" })
        #expect(zhang["hours"]?.doubleValue == 8)  // 3 (March) + 2 + 3; s6's hour overlaps s1
        #expect(zhang["stars"]?.intValue == 4)
        #expect(zhang["stars_before"]?.intValue == 1)  // 3 h by the end of April
        #expect(zhang["crossed"] == .bool(true))
        #expect(people.first?["name"]?.stringValue == "张三")
        let guiyang = try await f.json("/stars 2026 city=黔东南 thresholds=2,4,6,8,10")
        #expect(
            Set(try #require(guiyang["people"]?.arrayValue).compactMap { $0["name"]?.stringValue }) == [
                "张三", "赵六", "王五",
            ])
        let standard = try await f.json("/stars")
        #expect(standard["thresholds"] == .array([100, 300, 600, 1000, 1500].map { .number($0) }))
        let bad = await f.run("/stars thresholds=1,2,3")
        #expect(bad.status == .failed && bad.error?.field == "thresholds")
    }

    @Test func nominationsRankByTheRecord() async throws {
        let f = try await ReportFixture()
        let n = try await f.json("/nominate 2026")
        let volunteers = try #require(n["volunteers"]?.arrayValue)
        #expect(volunteers.first?["name"]?.stringValue == "张三")
        #expect(volunteers.first?["sessions"]?.intValue == 4)
        #expect(volunteers.first?["hours"]?.doubleValue == 8)
        let cases = try #require(n["cases"]?.arrayValue).compactMap { $0["id"]?.stringValue }
        #expect(cases == ["s1", "s2", "s3"].map { f.ids[$0]! })
        let empty = try await f.json("/nominate 2025")
        #expect(empty["volunteers"] == .array([]))
        #expect(await f.run("/nominate 20x6").error?.field == "year")
    }

    @Test func checkFindsEachProblemAndNamesTheFix() async throws {
        let f = try await ReportFixture()
        let c = try await f.json("/check")
        let findings = try #require(c["findings"]?.arrayValue)
        func of(_ kind: RecordCheck.Kind) -> [JSONValue] {
            findings.filter { $0["kind"]?.stringValue == kind.rawValue }
        }
        let s = f.ids
        #expect(
            Set(of(.missingLeader).compactMap { $0["records"]?.arrayValue?.first?.stringValue })
                == Set([s["s2"]!, s["s3"]!, s["s6"]!]))
        #expect(of(.missingRecorder).count == 3)
        #expect(of(.missingLeader).allSatisfy { $0["fix"]?.stringValue?.hasPrefix("/edit ") == true })
        let above = try #require(of(.hoursAboveLength).first)
        #expect(above["records"]?.arrayValue?.first?.stringValue == s["s6"])
        let overlap = try #require(of(.overlapping).first)
        #expect(Set(overlap["records"]!.arrayValue!.dropFirst().compactMap(\.stringValue)) == [s["s1"]!, s["s6"]!])
        #expect(of(.pastPlanned).map { $0["records"]?.arrayValue?.first?.stringValue } == [s["s6"]])
        let duplicate = try #require(of(.duplicatePeople).first)
        #expect(duplicate["records"]?.arrayValue?.count == 2)
        #expect(duplicate["fix"]?.stringValue?.hasPrefix("/merge ") == true)
        #expect(of(.uninsured).count == 4)
        // Fixing what /check says makes the finding go away.
        try await f.expectSuccess("/edit \(s["s2"]!) leader=张主任 recorder=刘记录 support=insurance")
        let after = try await f.json("/check")["findings"]!.arrayValue!
        #expect(!after.contains { $0["records"]?.arrayValue?.first?.stringValue == s["s2"] })
    }
}
