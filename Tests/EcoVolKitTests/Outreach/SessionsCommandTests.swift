import Foundation
import Testing

@testable import EcoVolKit

/// `/sessions`: which sessions each range and filter lists, in what order, and what the
/// listing says when the other range holds the ones asked for.
@MainActor
@Suite struct SessionsCommandTests {
    /// Five sessions around fixedNow (29 May 2026), named by their title.
    static let fixture: [String] = [
        "title=四月 type=education city=贵阳 audience=school start=\"2026-04-10 09:00\" duration=2h",
        "title=五月 type=education city=贵阳 audience=community start=\"2026-05-20 09:00\" duration=2h",
        "title=六月 type=supervision city=黔东南 audience=village start=\"2026-06-05 09:30\" duration=3h",
        "title=培训 type=training city=贵阳 audience=school start=\"2026-06-10 14:00\" duration=2h",
        "title=七月 type=practice city=遵义 audience=family start=\"2026-07-01 09:00\" duration=2h project=qingqing",
    ]

    /// A store holding the fixture: 四月 done, 七月 cancelled, 张三 and 李四 logged for 六月.
    static func store() async throws -> (dir: String, ids: [String: String]) {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        var ids: [String: String] = [:]
        for line in fixture {
            let json = await succeededJSON(c, "/schedule \(line) --json")
            let session = try #require(json["sessions"]?.arrayValue?.first)
            ids[session["title"]?.stringValue ?? ""] = session["id"]?.stringValue
        }
        #expect(await run(c, "/done \(ids["四月"] ?? "")").status == .succeeded)
        #expect(await run(c, "/cancel \(ids["七月"] ?? "") reason=暴雨").status == .succeeded)
        #expect(await run(c, "/log \(ids["六月"] ?? "") 张三 李四").status == .succeeded)
        return (dir, ids)
    }

    struct Listing: CustomTestStringConvertible, Sendable {
        var line: String
        /// Titles in the order listed.
        var titles: [String]
        var testDescription: String { line }
    }

    nonisolated static let listings: [Listing] = [
        // Upcoming: not ended and not cancelled, soonest first.
        Listing(line: "/sessions", titles: ["六月", "培训"]),
        Listing(line: "/sessions upcoming", titles: ["六月", "培训"]),
        // Past: ended or done, latest first.
        Listing(line: "/sessions past", titles: ["五月", "四月"]),
        Listing(line: "/活动 以往", titles: ["五月", "四月"]),
        Listing(line: "/sessions all", titles: ["四月", "五月", "六月", "培训", "七月"]),
        Listing(line: "/sessions 全部 city=贵阳", titles: ["四月", "五月", "培训"]),
        Listing(line: "/sessions all city=Guiyang", titles: ["四月", "五月", "培训"]),
        Listing(line: "/sessions all 城市=黔东南", titles: ["六月"]),
        Listing(line: "/sessions all city=qdn", titles: ["六月"]),
        Listing(line: "/sessions all city=遵义市", titles: ["七月"]),
        Listing(line: "/sessions all city=", titles: ["四月", "五月", "六月", "培训", "七月"]),
        Listing(line: "/sessions all type=supervision", titles: ["六月"]),
        Listing(line: "/sessions all 类型=training", titles: ["培训"]),
        Listing(line: "/sessions all audience=school", titles: ["四月", "培训"]),
        Listing(line: "/sessions all 对象=家庭", titles: ["七月"]),
        Listing(line: "/sessions all project=qingqing", titles: ["七月"]),
        Listing(line: "/sessions all city=贵阳 audience=school type=education", titles: ["四月"]),
        // from and to are both inclusive days.
        Listing(line: "/sessions all from=2026-05-20 to=2026-06-05", titles: ["五月", "六月"]),
        Listing(line: "/sessions all from=2026-06-06", titles: ["培训", "七月"]),
        Listing(line: "/sessions all to=2026-05-19", titles: ["四月"]),
        Listing(line: "/sessions past from=2026-05-01", titles: ["五月"]),
        Listing(line: "/sessions upcoming to=2026-06-30", titles: ["六月", "培训"]),
    ]

    @Test(arguments: listings)
    func listsTheSessionsOfTheRangeAndFilterInOrder(_ listing: Listing) async throws {
        let (dir, ids) = try await Self.store()
        let json = await succeededJSON(makeContext(dir, language: .en), listing.line + " --json")
        let listed = json["sessions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        #expect(listed == listing.titles.compactMap { ids[$0] }, "\(listing.line)")
    }

    @Test func eachListedSessionCarriesItsRecordAndHowManyHoldAPlace() async throws {
        let (dir, ids) = try await Self.store()
        let json = await succeededJSON(makeContext(dir), "/sessions all type=supervision --json")
        let s = try #require(json["sessions"]?.arrayValue?.first)
        #expect(s["id"]?.stringValue == ids["六月"] && s["title"]?.stringValue == "六月")
        #expect(s["type"]?.stringValue == "supervision" && s["audience"]?.stringValue == "village")
        #expect(s["city"]?.stringValue == "黔东南苗族侗族自治州" && s["hours"]?.doubleValue == 3)
        #expect(s["status"]?.stringValue == "planned")
        #expect(s["signed_up"]?.intValue == 2 && s["waitlisted"]?.intValue == 0)
        let cancelled = await succeededJSON(makeContext(dir), "/sessions all project=qingqing --json")
        #expect(cancelled["sessions"]?.arrayValue?.first?["cancel_reason"]?.stringValue == "暴雨")
    }

    /// Nothing in the range asked for, some in the other: the listing says how many, and the
    /// line that lists them, filters kept.
    @Test func anEmptyRangePointsToTheOtherOneWithTheSameFilters() async throws {
        let (dir, _) = try await Self.store()
        for language in [Language.zh, .en] {
            let outcome = await run(makeContext(dir, language: language), "/sessions past city=黔东南")
            #expect(outcome.status == .succeeded)
            let text = plainText(outcome)
            let said = L(
                .outreachNoSessionsElsewhere,
                [
                    "range": SessionRange.past.label.text(language),
                    "other": SessionRange.upcoming.label.text(language),
                    "count": "1", "line": "/sessions upcoming city=黔东南",
                ])
            #expect(text.contains(said.text(language)), "\(text)")
            #expect(outcome.output?.json["sessions"]?.arrayValue?.isEmpty == true)
        }
        // Nowhere at all: the plain "no sessions".
        let none = await run(makeContext(dir, language: .en), "/sessions all city=遵义 type=training")
        #expect(plainText(none).contains(L(.outreachNoSessions).en))
    }

    /// A session marked done before its planned end (the river patrol finished early) is past
    /// only: it leaves the upcoming list and the start-up greeting, and is not listed twice.
    @Test func aSessionDoneBeforeItsEndIsPastOnly() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        // fixedNow is 04:26 on 29 May in Shanghai: the patrol began at 03:30 and is planned until 06:30.
        let start = "2026-05-29 03:30"
        let json = await succeededJSON(
            c, "/schedule title=巡河 type=supervision city=贵阳 audience=village start=\"\(start)\" duration=3h --json")
        let id = try #require(json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        func listed(_ range: String) async -> [String] {
            let json = await succeededJSON(makeContext(dir), "/sessions \(range) --json")
            return json["sessions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
        }
        #expect(await listed("upcoming") == [id])
        #expect(await listed("past").isEmpty)
        #expect(await run(c, "/done \(id) reached=20").status == .succeeded)
        #expect(await listed("upcoming").isEmpty)
        #expect(await listed("past") == [id])
        #expect(await listed("all") == [id])
        let greeting = await OutreachGreeting.upcomingSessions(context: makeContext(dir))
        #expect(greeting.isEmpty)
    }

    typealias Bad = BadLine

    nonisolated static let bad: [Bad] = [
        Bad(line: "/sessions tomorrow", field: "range", shown: ["tomorrow", "upcoming", "past", "all"]),
        Bad(line: "/sessions all from=2026-06-10 to=2026-06-01", field: "to", shown: ["2026-06-01", "2026-06-10"]),
        Bad(line: "/sessions all project=nosuch", field: "project", shown: ["nosuch", "qianxing", "qingqing"]),
        Bad(line: "/sessions all audience=外星人", field: "audience", shown: ["外星人", "village"]),
        Bad(line: "/sessions all to=soon", field: "to", shown: ["soon"]),
    ]

    @Test(arguments: bad)
    func aBadFilterIsRefusedNamingTheFieldInBothLanguages(_ bad: Bad) async throws {
        let (dir, _) = try await Self.store()
        try await expectRefusal(bad, in: dir)
    }
}

/// `SessionFilter`: one reading of period, city, type, audience and project for listings,
/// reports and exports alike.
@Suite struct SessionFilterTests {
    static let today = CalendarDate(year: 2026, month: 5, day: 29)

    static func session(_ id: String, _ day: Int, city: String = "贵阳市", type: ServiceType = .education)
        -> Session
    {
        var s = sampleSession(id, city: city)
        s.type = type
        s.start = fixedNow.addingTimeInterval(Double(day) * 86400)
        s.end = s.start.addingTimeInterval(7200)
        return s
    }

    @Test func noPeriodWordsGiveTheDefaultPeriodAndAnyWordReplacesIt() throws {
        let fallback = ReportPeriod(first: Self.today, last: Self.today, label: "today")
        let none = try SessionFilter.resolve(
            .init(), today: Self.today, state: OutreachState(), defaultPeriod: fallback)
        #expect(none.period == fallback)
        let all = try SessionFilter.resolve(
            .init(period: "all"), today: Self.today, state: OutreachState(), defaultPeriod: fallback)
        #expect(all.period == nil)
        let quarter = try SessionFilter.resolve(.init(period: "2026-Q2"), today: Self.today, state: OutreachState())
        #expect(quarter.period?.first == CalendarDate(year: 2026, month: 4, day: 1))
        #expect(quarter.period?.last == CalendarDate(year: 2026, month: 6, day: 30))
        // from= narrows a named period's start and keeps its end.
        let narrowed = try SessionFilter.resolve(
            .init(period: "2026-Q2", from: CalendarDate(year: 2026, month: 5, day: 1)), today: Self.today,
            state: OutreachState())
        #expect(narrowed.period?.first == CalendarDate(year: 2026, month: 5, day: 1))
        #expect(narrowed.period?.last == CalendarDate(year: 2026, month: 6, day: 30))
    }

    @Test func refusalsSayWhichPartOfTheRequestIsWrong() {
        let state = OutreachState()
        #expect(throws: SessionFilterError.unknownPeriod("someday")) {
            try SessionFilter.resolve(.init(period: "someday"), today: Self.today, state: state)
        }
        let from = CalendarDate(year: 2026, month: 6, day: 10)
        let to = CalendarDate(year: 2026, month: 6, day: 1)
        #expect(throws: SessionFilterError.toBeforeFrom(from: from, to: to)) {
            try SessionFilter.resolve(.init(from: from, to: to), today: Self.today, state: state)
        }
        #expect(throws: SessionFilterError.unknownProject("nosuch", known: state.projects.map(\.id))) {
            try SessionFilter.resolve(.init(project: "nosuch"), today: Self.today, state: state)
        }
    }

    @Test func aProjectIsFoundByIdOrByItsFullName() throws {
        let state = OutreachState()
        let project = try #require(state.projects.first)
        for text in [project.id, project.name, " \(project.id) "] {
            let filter = try SessionFilter.resolve(.init(project: text), today: Self.today, state: state)
            #expect(filter.project == project.id, "\(text)")
        }
        // An empty project is no filter at all.
        #expect(try SessionFilter.resolve(.init(project: " "), today: Self.today, state: state).project == nil)
    }

    @Test func everyGivenPartMustMatchAndSessionsComeEarliestFirst() {
        let june = ReportPeriod(
            first: CalendarDate(year: 2026, month: 6, day: 1), last: CalendarDate(year: 2026, month: 6, day: 30),
            label: "2026-06")
        let inJune = Self.session("a", 10)
        #expect(SessionFilter(period: june, city: "贵阳市", type: .education).matches(inJune))
        #expect(!SessionFilter(period: june, city: "遵义市").matches(inJune))
        #expect(!SessionFilter(type: .training).matches(inJune))
        #expect(!SessionFilter(audience: .school).matches(inJune))
        #expect(SessionFilter(audience: .community).matches(inJune))
        #expect(!SessionFilter(project: "qingqing").matches(inJune))
        #expect(!SessionFilter(period: june).matches(Self.session("b", 0)))
        var state = OutreachState()
        for s in [Self.session("c", 12), Self.session("b", 10), Self.session("a", 10)] {
            state.apply(.putSession(s))
        }
        #expect(SessionFilter().sessions(in: state).map(\.id) == ["a", "b", "c"])
    }

    @Test func theHeadingNamesEachPartInTheReadersLanguage() {
        let state = OutreachState()
        let filter = SessionFilter(
            period: ReportPeriod(
                first: CalendarDate(year: 2026, month: 4, day: 1), last: CalendarDate(year: 2026, month: 6, day: 30),
                label: "2026-Q2"), city: "贵阳市", type: .education)
        #expect(filter.describe(.zh, state: state) == "2026-Q2 · 贵阳市 · 宣传教育")
        #expect(filter.describe(.en, state: state) == "2026-Q2 · Guiyang · education")
        // A prefecture goes by its short name in Chinese.
        let prefecture = SessionFilter(city: "黔东南苗族侗族自治州", audience: .village)
        #expect(prefecture.describe(.zh, state: state) == L(.reportsAllTime).zh + " · 黔东南州 · 乡村")
        #expect(SessionFilter().describe(.en, state: state) == L(.reportsAllTime).en)
    }
}
