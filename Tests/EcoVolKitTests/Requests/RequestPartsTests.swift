import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The pieces under the interpreter: numerals, slots, quoting of the proposed line, the
/// county table.
@MainActor
@Suite struct RequestPartsTests {
    @Test func countingNumeralsBecomeDigitsAndWordsStay() {
        #expect(RequestText("下午两点半").text == "下午2点半")
        #expect(RequestText("四十五分钟").text == "45分钟")
        #expect(RequestText("来了一百二十人").text == "来了120人")
        #expect(RequestText("十二月五日").text == "12月5日")
        #expect(RequestText("三十多人").text == "30多人")
        #expect(RequestText("下周一和星期三").text == "下周一和星期三")
        #expect(RequestText("七星关区").text == "七星关区")
        #expect(RequestText("十分感谢").text == "十分感谢")
        #expect(RequestText("一起去").text == "一起去")
        #expect(RequestText("on December 15 at 2pm").text == "on 12月15日 at 2pm")
        #expect(RequestText("two hours, forty-five minutes").text == "2 hours, 45 minutes")
    }

    /// 1–9999 written the way people write them (三百零五, 一千二百, 十五) reads back.
    @Test func chineseNumeralsRoundTrip() async {
        await propertyCheck(input: Gen.int(in: 1...9999)) { n in
            #expect(RequestText.value(ofNumeral: Array(Self.chinese(n))) == n, "\(Self.chinese(n))")
            #expect(RequestText(Self.chinese(n) + "人").text == "\(n)人")
        }
    }

    static func chinese(_ n: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        let units = ["", "十", "百", "千"]
        var out = ""
        let s = Array(String(n)).compactMap { $0.wholeNumberValue }
        var zero = false
        for (i, d) in s.enumerated() {
            let place = s.count - 1 - i
            if d == 0 {
                zero = true
                continue
            }
            if zero, !out.isEmpty { out.append("零") }
            zero = false
            if !(d == 1 && place == 1 && out.isEmpty) { out.append(digits[d]) }
            out += units[place]
        }
        return out
    }

    @Test func slotsReadPlacesSettingsLengthsAndCounts() {
        let parser = DateTimeParser(now: RequestFixture.now, timeZone: RequestFixture.zone)
        var t = RequestText("后天下午两点到四点在凯里给村民讲秸秆禁烧，大约40人")
        let s = RequestSlots(&t, parser: parser)
        #expect(s.day == CalendarDate(year: 2026, month: 12, day: 3))
        #expect(s.time?.hour == 14 && s.endTime?.hour == 16)
        #expect(s.county?.name == "凯里市" && s.city?.name == "黔东南苗族侗族自治州")
        #expect(s.audience == .village && s.type == .lecture && s.headcount == 40)
        var e = RequestText("an hour and a half with 30 residents in Yunyan")
        let es = RequestSlots(&e, parser: parser)
        #expect(es.hours == 1.5 && es.headcount == 30 && es.county?.name == "云岩区" && es.city?.name == "贵阳市")
        var p = RequestText("上个月遵义的报告")
        #expect(RequestSlots(&p, parser: parser).span?.code == "2026-11")
    }

    @Test func everyCountyBelongsToAKnownCityAndShortNamesAreUnique() {
        #expect(County.all.count >= 85)
        for c in County.all { #expect(City.find(c.city) != nil, "\(c.name)") }
        let shorts = County.all.flatMap(\.shortNames)
        #expect(Set(shorts).count == shorts.count)
        #expect(County.find("云岩")?.city == "贵阳市")
        #expect(County.find("大方") == nil && County.find("大方县")?.city == "毕节市")
    }

    /// Whatever a value holds (spaces, quotes, =, backslashes), the proposed line parses back
    /// into the same positionals and arguments.
    @Test func proposedLineParsesBackToTheSameArguments() async throws {
        let pieces = ["下暴雨", "a b", "\"", "'", "=", "x=y", "\\", "“引号”", " ", "--json", "", "「」", "路 口"]
        await propertyCheck(
            input: Gen.int(in: 0...(pieces.count - 1)), Gen.int(in: 0...(pieces.count - 1)),
            Gen.int(in: 0...(pieces.count - 1))
        ) { a, b, c in
            let value = pieces[a] + pieces[b] + pieces[c]
            guard !value.isEmpty else { return }
            let p = RequestProposal(
                command: "cancel", positionals: ["s1", value], arguments: [RequestArgument("reason", value)])
            let parsed = try? CommandLineParser.parse(p.line)
            let tokens = parsed?.tokens ?? []
            #expect(tokens.map(\.text) == ["s1", value, value], "\(p.line)")
            #expect(tokens.last?.key == "reason")
            #expect(parsed?.flags.isEmpty == true)
        }
    }

    @Test func proposalJSONHasTheDocumentedShape() {
        let p = RequestProposal(
            command: "done", positionals: ["s1"], arguments: [RequestArgument("reached", "50")], missing: [])
        let json = p.json
        #expect(json["command"] == "done")
        #expect(json["line"] == "/done s1 reached=50")
        #expect(json["arguments"]?["reached"] == "50")
        #expect(json["missing"] == .array([]))
        #expect(json["changes"] == .bool(true))
    }

    @Test func emptyOverlongAndSlashLinesAreNotRequests() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("").decision == .question)
        #expect(i.interpret("/cancel s1").decision == .question)
        #expect(i.interpret(String(repeating: "取消周六的讲座", count: 40)).decision == .question)
        #expect(i.interpret("2").decision == .question)
        #expect(i.interpret("更多").decision == .question)
    }

    /// No store (a fresh install): requests still get a proposal, with the session missing.
    @Test func withoutAStoreTheSessionIsListedAsMissing() {
        let i = RequestInterpreter(now: RequestFixture.now, timeZone: RequestFixture.zone, state: nil)
        let r = i.interpret("取消周六的讲座，下暴雨")
        #expect(r.decision == .request)
        #expect(r.best?.command == "cancel" && r.best?.missing == ["id"] && r.best?.value("reason") == "下暴雨")
        // The names are there, in their own places; the session's place says what to write.
        let log = i.interpret("把王五李四登记到周六的讲座")
        #expect(log.best?.command == "log" && log.best?.missing == ["id"])
        #expect(log.best?.positionals == ["ID", "王五", "李四"] && log.best?.line == "/log ID 王五 李四")
        // A person with no session named: never in the session's place, each field missing once.
        let absent = i.interpret("张三今天没来巡河")
        #expect(absent.best?.command == "mark" && absent.best?.missing == ["id", "person"])
    }

    /// Leaving a session names the person; the session is the one they are in, found among theirs.
    @Test func leavingLooksAmongThePersonsOwnSessions() {
        var state = RequestFixture.state()
        // 陈静 signed up for the water-saving talk at a school on 4 December.
        state.apply(
            .putParticipation(
                Participation(
                    session: "swater04", person: "pchenj", status: .signedUp, scheduledHours: 2,
                    logged: RequestFixture.now)))
        let i = RequestFixture.interpreter(state)
        for line in ["陈静不去了", "陈静说她来不了那个活动了", "陈静不参加周五的活动了"] {
            let r = i.interpret(line)
            #expect(r.best?.command == "unlog", "\(line)")
            #expect(r.best?.positionals == ["swater04", "pchenj"], "\(line): \(r.best?.line ?? "-")")
        }
    }

    /// Someone who "is not going" is leaving a session still to come: when they are in one that
    /// has begun and one that has not, the one to come is meant, unless the words name the other.
    @Test func leavingPrefersTheSessionStillToCome() {
        var state = RequestFixture.state()
        // 李四 patrolled the river on 30 November and signed up for Saturday's talk.
        for (session, status) in [("sriver01", ParticipationStatus.attended), ("stalk005", .signedUp)] {
            state.apply(
                .putParticipation(
                    Participation(
                        session: session, person: "pli4", status: status, scheduledHours: 2,
                        logged: RequestFixture.now)))
        }
        let i = RequestFixture.interpreter(state)
        for line in ["李四不去了", "李四说他去不了了", "Li Si can't make it"] {
            let r = i.interpret(line)
            #expect(r.best?.command == "unlog", "\(line)")
            #expect(r.best?.positionals == ["stalk005", "pli4"], "\(line): \(r.best?.line ?? "-")")
        }
        let named = i.interpret("李四不参加南明河河道巡护了")
        #expect(
            named.best?.command == "unlog" && named.best?.positionals.first == "sriver01", "\(named.best?.line ?? "-")")
    }

    /// 一下 is "a little": its 下 does not begin 下周六, so 登记一下周六的讲座 is this Saturday's.
    @Test func yiXiaIsNotNextWeek() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("给张三登记一下周六的讲座").best?.line == "/log stalk005 pzhang3")
        #expect(i.interpret("列一下下周的活动").best?.line == "/sessions from=2026-12-07 to=2026-12-13")
        // The week's (or month's, or a day's) 活动 asks for the list.
        #expect(i.interpret("看一下下周的活动").best?.line == "/sessions from=2026-12-07 to=2026-12-13")
        #expect(i.interpret("给张三登记下周六的讲座").best?.line == "/log swet1212 pzhang3")
    }

    /// A change put as a suggestion about a session in the calendar is offered and asked about;
    /// one that names no session, or a new session, stays a question.
    @Test func aSuggestedChangeIsOfferedAndAskedAbout() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        for (line, proposed) in [
            ("我觉得应该把周六的讲座取消吧", "/cancel stalk005"),
            ("建议你把培训推迟两天", "/edit strain09 start=\"2026-12-11 09:30\""),
            ("是不是应该给张三登记一下周六的讲座", "/log stalk005 pzhang3"),
        ] {
            let r = i.interpret(line)
            #expect(r.decision == .unsure, "\(line): \(r.decision)")
            #expect(r.best?.line == proposed, "\(line): \(r.best?.line ?? "-")")
        }
        for question in ["要不要给大家买保险", "应该把电池扔进哪个垃圾桶", "我觉得应该把垃圾分类讲得更有趣，怎么讲"] {
            #expect(i.interpret(question).decision == .question, "\(question)")
        }
    }

    /// Where or when a session the words name is held is that session's details, though 哪里
    /// and "where" open knowledge questions too; with no session named they stay questions.
    @Test func whereASessionIsHeldShowsTheSession() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        for line in [
            "周六的讲座在哪里举行", "where is Saturday's talk held", "培训几点开始", "what time does the induction training start",
        ] {
            let r = i.interpret(line)
            #expect(r.decision == .request, "\(line): \(r.decision)")
            #expect(
                ["/session stalk005", "/session strain09"].contains(r.best?.line ?? ""),
                "\(line): \(r.best?.line ?? "-")")
        }
        for question in ["草海在哪里", "where is the nearest recycling point", "垃圾焚烧厂一般建在哪里"] {
            #expect(i.interpret(question).decision == .question, "\(question)")
        }
    }

    /// Sessions are titled in Chinese; an English request names them by what they are about.
    @Test(arguments: [
        ("add Zhang San to the wetland talk", "/log swet1212 pzhang3"),
        ("sign up Li Na for the water saving event", "/log swater04 plina"),
        ("move the waste sorting talk to Sunday", "/edit stalk005 start=\"2026-12-06 14:00\""),
        ("push the wetland lecture back by a day", "/edit swet1212 start=\"2026-12-13 10:00\""),
        ("how many people signed up for the water-saving campus event", "/session swater04"),
        (
            "please cancel the wetland protection lecture, the speaker is ill",
            "/cancel swet1212 reason=\"the speaker is ill\""
        ),
    ])
    func englishWordsFindChineseTitles(line: String, expected: String) {
        let r = RequestFixture.interpreter(RequestFixture.state()).interpret(line)
        #expect(r.best?.line == expected, "\(line): \(r.best?.line ?? "-")")
    }

    @Test func englishTitleWordsTakeTheirEndingsOff() {
        #expect(EnglishTitleWords.lookup("patrols") == ["巡护", "巡河", "巡查"])
        #expect(EnglishTitleWords.lookup("planting") == ["植树"])
        #expect(EnglishTitleWords.lookup("cleaned") == ["清洁", "净滩", "清理"])
        #expect(EnglishTitleWords.lookup("is") == nil && EnglishTitleWords.lookup("things") == nil)
        #expect(
            EnglishTitleWords.grams("Water-Saving at SCHOOL") == ["用水", "节水", "水资", "水源", "节约", "节能", "校园", "学校", "进校"])
    }

    /// Requests read against the fixture as a request, with the line each proposes. The
    /// fixture's today is Tuesday 1 December.
    @Test(arguments: [
        // A move by an amount (推迟一周, "bring … forward 2 days") keeps the clock and moves the day.
        ("把节约用水进校园推迟一周", "/edit swater04 start=\"2026-12-11 10:00\""),
        ("志愿者岗前培训提前两天", "/edit strain09 start=\"2026-12-07 09:30\""),
        ("湿地保护讲座往后推三天吧", "/edit swet1212 start=\"2026-12-15 10:00\""),
        ("push Saturday's talk back a week", "/edit stalk005 start=\"2026-12-12 14:00\""),
        ("bring the training on the 9th forward 2 days", "/edit strain09 start=\"2026-12-07 09:30\""),
        // Who is signed up asks about one session; "record NAME at …" puts a person on one.
        ("周六的讲座都有谁报名了", "/session stalk005"),
        ("who's signed up for Saturday's talk", "/session stalk005"),
        ("record Li Na at Saturday's talk", "/log stalk005 plina"),
        // What is left of a span that has begun: its sessions not over yet; else the whole span.
        ("这周还有啥活动", "/sessions upcoming from=2026-11-30 to=2026-12-06"),
        ("what sessions are left this week", "/sessions upcoming from=2026-11-30 to=2026-12-06"),
        ("这周有哪些活动", "/sessions all from=2026-11-30 to=2026-12-06"),
        ("下周还有哪些活动", "/sessions from=2026-12-07 to=2026-12-13"),
    ])
    func readsAsTheRequestItMeans(_ line: String, _ expected: String) {
        let r = RequestFixture.interpreter(RequestFixture.state()).interpret(line)
        #expect(r.decision == .request && r.best?.line == expected, "\(line): \(r.best?.line ?? "question")")
    }

    @Test func shiftAmountsAreReadInBothLanguages() {
        let cases: [(String, Int?)] = [
            ("推迟一周", 7), ("推迟两天", 2), ("提前一天", -1), ("往后推3天", 3), ("延期两个星期", 14), ("顺延一天", 1),
            ("postpone it by a week", 7), ("push the talk back 2 days", 2), ("move it up a day", -1),
            // Hours are a new time, not a day; 推迟到 names the day itself; no amount, no move.
            ("推迟两个小时", nil), ("推迟到下周一", nil), ("推迟", nil), ("提前说一下，报名两天内截止", nil),
        ]
        for (line, days) in cases {
            #expect(RequestSlots.shiftDays(in: RequestText(line)) == days, "\(line)")
        }
    }

    @Test func namesakesAndSameDaySessionsGiveTwoReadings() throws {
        var state = RequestFixture.state()
        var twin = try #require(state.sessions["stalk005"])
        twin.id = "stalk006"
        twin.title = "垃圾分类进小区讲座"
        twin.start = twin.start.addingTimeInterval(3 * 3600)
        twin.end = twin.end.addingTimeInterval(3 * 3600)
        state.apply(.putSession(twin))
        let r = RequestFixture.interpreter(state).interpret("取消周六的讲座")
        #expect(r.proposals.map { $0.positionals.first ?? "" }.sorted() == ["stalk005", "stalk006"])
        let named = RequestFixture.interpreter(state).interpret("王芳今年服务了多少小时")
        #expect(named.best?.positionals == ["王芳"])
    }

    /// One spelling, two registered names (Huang Lei: 黄磊 and 黄蕾): both readings are offered,
    /// each saying how the name was read, in the same order every time — the volunteer with
    /// more service first — never one taken silently.
    @Test func aSpellingOfTwoNamesOffersBothReadings() throws {
        var state = RequestFixture.state()
        let at = RequestFixture.now.addingTimeInterval(-86400 * 30)
        state.apply(.putPerson(Person(id: "phuang1", name: "黄蕾", registered: at)))
        state.apply(.putPerson(Person(id: "phuang2", name: "黄磊", registered: at)))
        state.apply(
            .putParticipation(
                Participation(
                    session: "sriver01", person: "phuang2", status: .attended, scheduledHours: 3, logged: at)))
        for _ in 0..<3 {
            let r = RequestFixture.interpreter(state).interpret("how many hours has Huang Lei done this year")
            #expect(r.decision == .request)
            #expect(r.proposals.map(\.command) == ["person", "person"])
            #expect(r.proposals.map(\.positionals) == [["phuang2"], ["phuang1"]])
            #expect(r.proposals.map { $0.notes.first?.en ?? "" } == ["huang lei read as 黄磊", "huang lei read as 黄蕾"])
        }
        // Same name twice is one reading: the command asks which 王芳 when it runs.
        #expect(
            RequestFixture.interpreter(state).interpret("sign up Wang Fang for Saturday's talk").proposals.count == 1)
    }

    /// 周六 / "Tuesday's" with no week is the coming one to the date parser; marking a session
    /// done or a no-show means the one just past, and falls back to the coming one only when
    /// that day had none.
    @Test func aPastTenseWeekdayIsTheOneJustPast() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("星期六的净滩结束了，来了90人").best?.line == "/done sclean28 reached=90")
        #expect(i.interpret("周六的净滩李四其实没到").best?.line == "/mark sclean28 pli4 status=no-show")
        #expect(
            i.interpret("Monday's river patrol is done, reached 60 people").best?.line == "/done sriver01 reached=60")
        // No session last Saturday matches a talk: the coming one.
        #expect(i.interpret("周六的讲座结束了，来了45个居民").best?.positionals == ["stalk005"])
        // Scheduling and cancelling still look ahead.
        #expect(i.interpret("取消周六的讲座").best?.positionals == ["stalk005"])
    }

    /// Cancelling or moving a session the words name when it is already over: no other
    /// session is proposed in its place (the one upcoming practice session shares no word of
    /// 锦江净滩), and the note says which session the words name and why it cannot be changed.
    @Test func aNamedSessionThatIsOverIsNotSwappedForAnother() throws {
        let i = RequestFixture.interpreter(RequestFixture.state())
        for line in ["取消锦江的净滩活动", "cancel the clean-up on the Jinjiang river", "把锦江净滩推迟一周"] {
            let best = try #require(i.interpret(line).best, "\(line)")
            #expect(best.positionals.allSatisfy { !$0.hasPrefix("s") }, "\(line): \(best.positionals)")
            #expect(best.missing.first == "id", "\(line)")
            let note = best.notes.map(\.en).joined(separator: " ")
            #expect(note.contains("锦江净滩清洁") && note.contains("already taken place"), "\(line): \(note)")
            #expect(best.notes.contains { $0.zh.contains("已经过去") })
        }
        // Named by its own words, the upcoming one is still found.
        #expect(i.interpret("取消植树活动").best?.positionals == ["splant02"])
        #expect(i.interpret("cancel the tree planting").best?.positionals == ["splant02"])
    }

    /// "When is" a session the words name is that session's details; when a day is, or when
    /// something is best done, stays a question for the knowledge base.
    @Test func whenIsASessionLooksItUpButWhenIsADayStaysAQuestion() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("when is the wetland talk").best?.line == "/session swet1212")
        #expect(i.interpret("when's the next training?").best?.line == "/session strain09")
        #expect(i.interpret("what time is Saturday's talk").best?.line == "/session stalk005")
        for question in [
            "when is World Wetlands Day", "when is the best time to plant trees", "when is Earth Hour this year",
            "what time of year is best for tree planting",
        ] {
            #expect(i.interpret(question).decision == .question, "\(question)")
        }
    }

    /// A registered name in Latin letters is read before dates: Sun Yue is not a Sunday.
    @Test func latinNamesAreNotDates() throws {
        var state = RequestFixture.state()
        let at = RequestFixture.now.addingTimeInterval(-86400 * 30)
        state.apply(.putPerson(Person(id: "psuny", name: "孙悦", registered: at)))
        let r = RequestFixture.interpreter(state).interpret("Sun Yue didn't come to the beach clean-up last Saturday")
        #expect(r.best?.line == "/mark sclean28 psuny status=no-show")
    }

    /// A name two registered people share, said as a duplicate, is merged by both ids.
    @Test func aSharedNameMergesBothRecords() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("两个王芳是同一个人，合并一下").best?.positionals == ["pwangf1", "pwangf2"])
        #expect(
            i.interpret("the two Wang Fang entries are the same person, merge them").best?.positionals == [
                "pwangf1", "pwangf2",
            ])
    }

    /// Someone leaving a session is /unlog, not /cancel; "check X in" splits its verb.
    @Test func leavingAndSplitCheckInAreRead() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("周六的讲座王五去不了了，帮他取消报名").best?.line == "/unlog stalk005 pwang5")
        #expect(i.interpret("check Chen Jing in at today's lecture").best?.line == "/checkin sagency1 pchenj")
        #expect(i.interpret("check her out of today's lecture").best?.command == "checkout")
    }
}

/// Names typed without separators, beside days and little words.
@MainActor
@Suite struct RequestNamesTests {
    @Test(arguments: [
        ("李四王五", ["李四", "王五"]), ("张三李四王五", ["张三", "李四", "王五"]), ("王小明李小红", ["王小明", "李小红"]),
        ("王五李小明", ["王五", "李小明"]), ("李四王五周六", ["李四", "王五"]), ("王五周六来", ["王五"]), ("王五来", ["王五"]),
        ("明天张三", ["张三"]), ("张三李四都", ["张三", "李四"]), ("新志愿者罗娟", ["罗娟"]), ("王来", ["王来"]),
        ("李娜周六不", ["李娜"]), ("王五没", ["王五"]),
        ("周六", []), ("下雨天", []), ("河道巡护", []),
    ])
    func aRunOfHanIsSplitIntoNames(run: String, names: [String]) {
        #expect(RequestInterpreter.splitNames(run) == names)
    }

    /// Said as what happened (张三李四都来参加了…): the people named came, so they are logged —
    /// whether they are registered or new; asked (参加了几次) it stays a question about them.
    @Test func peopleWhoCameAreLoggedToTheSession() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        let registered = i.interpret("张三李四王五都来参加了昨天的河道巡护")
        #expect(registered.best?.command == "log")
        #expect(registered.best?.positionals == ["sriver01", "pzhang3", "pli4", "pwang5"])
        let new = i.interpret("罗娟田甜周六来参加了讲座")
        #expect(new.best?.command == "log")
        #expect(new.best?.positionals == ["stalk005", "罗娟", "田甜"])
        let run = i.interpret("把李四王五周六登记到讲座")
        #expect(run.best?.positionals == ["stalk005", "pli4", "pwang5"])
        #expect(i.interpret("王五参加了几次活动").best?.command != "log")
        #expect(i.interpret("周六的讲座来了不少人").best?.command != "log")
    }

    /// An English request's outing keeps an English title, from its own words.
    @Test func anEnglishRequestGetsAnEnglishTitle() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        let cases = [
            ("next Saturday 9am river cleanup in Nanming district Guiyang for the community, 2 hours", "River cleanup"),
            (
                "organise a waste sorting workshop at a primary school in Zunyi next Friday 2pm, 1 hour",
                "Waste sorting workshop"
            ),
            ("next Tuesday at 3pm, talk for villagers in Kaili, 1 hour, about straw burning", "Straw burning talk"),
        ]
        for (line, title) in cases {
            let r = i.interpret(line)
            #expect(r.best?.command == "schedule" && r.best?.value("title") == title, "\(line): \(r.best?.line ?? "-")")
        }
        // A bare "event" names nothing: the title is asked for.
        let bare = i.interpret("schedule an event next Monday 9am in Guiyang")
        #expect(bare.best?.value("title") == nil && bare.best?.missing.contains("title") == true)
    }

    /// 给王五开个证明 asks for someone's certificate. The line is first read before the store is
    /// open (no one is known yet), so the name in the words must carry it; with the store, a
    /// registered name becomes its id.
    @Test func aCertificateIsAskedForSomeoneByName() {
        let storeless = RequestInterpreter(now: RequestFixture.now, timeZone: RequestFixture.zone, state: nil)
        let cases = [
            ("给王五开个证明", "王五"), ("帮我给李四出一份志愿服务证明", "李四"), ("麻烦为罗娟开具服务时长证明", "罗娟"),
            ("王五需要一份志愿服务证明", "王五"), ("please make a certificate for li na", "Li Na"),
            ("print wang wu's certificate", "Wang Wu"),
        ]
        for (line, name) in cases {
            let r = storeless.interpret(line)
            #expect(r.decision != .question && r.best?.command == "certificate", "\(line)")
            #expect(r.best?.positionals == [name], "\(line): \(r.best?.line ?? "-")")
        }
        let known = RequestFixture.interpreter(RequestFixture.state()).interpret("给王五开个证明")
        #expect(known.best?.command == "certificate" && known.best?.positionals == ["pwang5"])
        // Asking how certificates work, or for whom, names no one.
        for line in ["志愿服务证明怎么开", "谁来开志愿服务证明", "certificate for volunteers, how does it work?"] {
            #expect(storeless.interpret(line).best?.command != "certificate", "\(line)")
        }
    }

    /// 打个5分 and 给个4分 are ratings as much as 打5分: said of a named volunteer, their mark.
    @Test func aRatingWithAMeasureWordIsStillARating() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        for (line, rating) in [("给李四打个5分", "5"), ("李四昨天表现不错，给个4分", "4"), ("王五评了个3星", "3")] {
            let r = i.interpret(line)
            #expect(r.best?.command == "mark" && r.best?.value("rating") == rating, "\(line): \(r.best?.line ?? "-")")
        }
    }

    /// "Li Na can't make it on Saturday" is Li Na leaving the session, as 李娜周六不去了 is: the
    /// session stays, she comes off it.
    @Test func someoneWhoCannotComeIsTakenOffTheSession() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        for (line, id) in [
            ("Li Na can't make it to Saturday's talk", "plina"),
            ("Li Na won't be coming to the talk on Saturday", "plina"),
            ("王五周六的讲座来不了了", "pwang5"),
        ] {
            let r = i.interpret(line)
            #expect(r.best?.command == "unlog" && r.best?.positionals.last == id, "\(line): \(r.best?.line ?? "-")")
        }
        #expect(i.interpret("Li Na can't make it to Saturday's talk").best?.command != "cancel")
    }

    /// Undoing and merging change records, so their proposals say so and wait for a yes.
    @Test func undoAndMergeProposalsChangeRecords() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        #expect(i.interpret("撤销刚才的操作").best.map { $0.command == "undo" && $0.changesRecords } == true)
        #expect(RequestProposal(command: "merge").changesRecords)
        #expect(!RequestProposal(command: "report").changesRecords)
    }

    @Test func aWeekdayAfterANameIsNotACountOfWeeks() {
        #expect(RequestText("王五周六来").text == "王五周六来")
        #expect(RequestText("李四周日").text == "李四周日")
        #expect(RequestText("五周以后").text == "5周以后")
        #expect(RequestText("王五来了").text == "王五来了")
        #expect(RequestText("三十来人").text == "30来人")
    }
}
