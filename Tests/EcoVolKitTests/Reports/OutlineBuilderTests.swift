import Foundation
import Testing

@testable import EcoVolKit

/// What a lecturer gets from `/outline`: on the fixture folder, whose one fact, one activity
/// and no tips for schools make every line of the outline certain; on the shipped knowledge,
/// how many points and tips a length gets, that every entry used suits the audience and
/// is listed among the sources; and the refusals, naming the field in both languages.
@MainActor
@Suite("Talk outline builder")
struct OutlineBuilderTests {
    private func fixtureOutline(
        _ audience: Audience = .school, minutes: Int = 20, topic: String? = nil, on day: CalendarDate,
        _ language: Language = .zh
    ) throws -> TalkOutline {
        let (base, _) = KnowledgeBase.load(directories: [try KnowledgeFixtures.makeBase()])
        let builder = OutlineBuilder(base: base, index: SearchIndex(entries: base.entries, synonyms: base.synonyms))
        return try builder.build(
            .init(audience: audience, minutes: minutes, topic: topic, day: day), language: language)
    }

    private static let june1 = CalendarDate(year: 2026, month: 6, day: 1)

    private func context(_ language: Language = .zh) -> CommandContext {
        CommandContext(
            language: language, dataDirectory: DataDirectory(path: temporaryStoreDirectory()),
            knowledgeDirectories: [KnowledgeFixtures.repositoryKnowledge], now: { fixedNow })
    }

    private func outline(_ c: CommandContext, _ line: String) async throws -> JSONValue {
        let outcome = await CommandRunner(context: c).execute(line + " --json")
        #expect(outcome.status == .succeeded, "\(line): \(String(describing: outcome.error?.message.zh))")
        return try #require(outcome.output?.json)
    }

    // MARK: - Every line, on the fixture

    @Test func aSchoolTalkOnTheFixtureReadsAsDesigned() throws {
        let o = try fixtureOutline(on: Self.june1)
        #expect(o.title == "面向学校的宣讲提纲")
        #expect(o.parts.map(\.kind) == [.opening, .point, .tips, .activity, .closing])
        #expect(o.totalMinutes == 20)
        // Opening: the environmental day four days on, then the hook from the one point.
        #expect(
            o.parts[0].lines == [
                "再过 4 天就是六五环境日（6月5日），从这个日子说起。", "从身边的事引出主题：湿地为什么被称为“地球之肾”。",
            ])
        #expect(o.parts[1].title == "要点1：湿地为什么被称为“地球之肾”")
        #expect(o.parts[1].lines == ["事实：湿地能净化水质、调蓄洪水，是很多鸟类的家。"])
        #expect(o.parts[1].entryIDs == ["fact-wetlands"])
        // No tip is for schools: the audience is asked for one instead.
        #expect(o.parts[2].lines == ["结合本地情况，请大家说一件明天就能做的小事。"] && o.parts[2].entryIDs.isEmpty)
        // The 40-minute relay is cut to the minutes the part has, with what to prepare.
        let activity = o.parts[3]
        #expect(activity.title == "互动活动" && activity.entryIDs == ["activity-sorting-game"])
        #expect(activity.lines.first == "垃圾分类接力赛（小学生版）：把学生分成四组，比赛投放垃圾分类卡片。")
        #expect(activity.lines.contains("原活动约需 40 分钟，这里压缩到 \(activity.minutes) 分钟：只做一轮。"))
        #expect(activity.lines.last == "准备：四色垃圾桶")
        #expect(
            o.parts[4].lines == ["回顾要点：湿地为什么被称为“地球之肾”。", "感谢大家参与，欢迎加入生态环境志愿服务队伍。"])
        #expect(o.sources.map(\.id) == ["fact-wetlands", "activity-sorting-game", "date-environment-day"])
        #expect(o.sources.allSatisfy { $0.source == "常识性建议，无具体数据" })
    }

    @Test func theSameTalkInEnglishUsesEnglishTitlesAndSummaries() throws {
        let o = try fixtureOutline(on: Self.june1, .en)
        #expect(o.title == "Talk outline for a school audience")
        #expect(
            o.parts.map(\.title) == [
                "Opening", "Point 1: Why wetlands are the kidneys of the earth", "Things to do right away", "Activity",
                "Closing",
            ])
        #expect(o.parts[0].lines.first == "World Environment Day (5 June) is 4 days away: start from the day.")
        #expect(o.parts[1].lines == ["Fact: One or two English sentences."])
        #expect(o.parts[2].lines == ["Ask each person for one small thing they can do tomorrow."])
        #expect(o.parts[3].lines.first == "Sorting relay for pupils: One or two English sentences.")
        #expect(o.parts[3].lines.last == "Materials: 四色垃圾桶")
        #expect(o.parts[4].lines.last == "Thank everyone, and invite them to join eco-environment volunteering.")
    }

    @Test func theOpeningStartsFromADayOnlyWhenOneIsWithinAMonth() throws {
        let today = try fixtureOutline(on: CalendarDate(year: 2026, month: 6, day: 5))
        #expect(today.parts[0].lines.first == "今天是六五环境日（6月5日），从这个日子说起。")
        let month = try fixtureOutline(on: CalendarDate(year: 2026, month: 5, day: 6))
        #expect(month.parts[0].lines.first?.hasPrefix("再过 30 天就是六五环境日") == true)
        let far = try fixtureOutline(on: CalendarDate(year: 2026, month: 5, day: 5))
        #expect(far.parts[0].lines.first == "从身边的事引出主题：湿地为什么被称为“地球之肾”。")
        #expect(!far.sources.contains { $0.id == "date-environment-day" })
        // A day announced year by year (the low-carbon day) is never the opening.
        let july = try fixtureOutline(on: CalendarDate(year: 2026, month: 7, day: 1))
        #expect(!july.parts[0].lines.contains { $0.contains("低碳日") })
    }

    @Test func aTopicIsTitledByItsNameInTheOutlinesLanguage() throws {
        #expect(try fixtureOutline(topic: "water", on: Self.june1).title == "水资源与河湖——面向学校的宣讲提纲")
        #expect(try fixtureOutline(topic: "湿地", on: Self.june1).title == "湿地——面向学校的宣讲提纲")
        #expect(
            try fixtureOutline(topic: "水资源与河湖", on: Self.june1, .en).title
                == "water: talk outline for a school audience")
    }

    @Test func noPointsForTheAudienceIsRefusedNamingAudienceAndTopic() throws {
        // The fixture's only fact is for schools and villages.
        #expect(throws: ReportError.noContent(audience: "家庭", topic: "湿地")) {
            try fixtureOutline(.family, topic: "湿地", on: Self.june1)
        }
        let error = ReportError.noContent(audience: "family", topic: nil)
        #expect(error.code == "outline.noContent" && error.field == "topic")
        #expect(error.message.zh.hasPrefix("知识库里没有适合family、主题“—”的宣讲要点。"))
        #expect(error.message.en.hasPrefix("The knowledge base has no talking points for family on “—”."))
    }

    @Test(arguments: [9, 241, 0, -30])
    func aLengthOutsideTenToTwoHundredFortyIsRefused(_ minutes: Int) throws {
        #expect(throws: ReportError.minutes(minutes)) { try fixtureOutline(minutes: minutes, on: Self.june1) }
        let message = ReportError.minutes(minutes).message
        #expect(message.zh.contains("应为 10 到 240 之间的整数。") && message.zh.contains("minutes"))
        #expect(message.en.contains("Expected a whole number from 10 to 240.") && message.en.contains("minutes"))
    }

    @Test(arguments: [10, 240])
    func theEdgesOfTheRangeAreAccepted(_ minutes: Int) throws {
        #expect(try fixtureOutline(minutes: minutes, on: Self.june1).totalMinutes == minutes)
    }

    // MARK: - The shipped knowledge

    @Test func aLongerTalkHasMorePointsAndTips() async throws {
        let c = context()
        for (minutes, points, tips) in [(20, 3, 2), (29, 3, 2), (30, 4, 3), (59, 4, 3), (60, 5, 3), (120, 5, 3)] {
            let o = try await outline(c, "/outline audience=community minutes=\(minutes) topic=垃圾分类")
            let parts = try #require(o["parts"]?.arrayValue)
            #expect(parts.filter { $0["kind"] == .string("point") }.count == points, "\(minutes)")
            let tipLines = parts.first { $0["kind"] == .string("tips") }?["entries"]?.arrayValue?.count
            #expect(tipLines == tips, "\(minutes)")
            // Points carry the talk: none is shorter than the opening or the closing.
            let minutesOf = { (kind: String) in
                parts.filter { $0["kind"] == .string(kind) }.compactMap { $0["minutes"]?.intValue }
            }
            let opening = try #require(minutesOf("opening").first)
            let closing = try #require(minutesOf("closing").first)
            #expect(minutesOf("point").allSatisfy { $0 >= opening && $0 >= closing }, "\(minutes)")
        }
    }

    @Test(arguments: Audience.allCases)
    func everyEntryUsedSuitsTheAudienceAndIsASource(_ audience: Audience) async throws {
        let c = context()
        let service = KnowledgeService.shared(in: c)
        let o = try await outline(c, "/outline audience=\(audience.rawValue) minutes=45")
        let parts = try #require(o["parts"]?.arrayValue)
        let used = parts.flatMap { $0["entries"]?.arrayValue ?? [] }.compactMap(\.stringValue)
        #expect(!used.isEmpty)
        #expect(Set(used).count == used.count, "no entry is used twice: \(used)")
        for id in used {
            let entry = try #require(service.base.entry(id: id))
            #expect(entry.audiences.contains(audience.rawValue), "\(id) is not for \(audience)")
        }
        let sources = try #require(o["sources"]?.arrayValue)
        let sourceIDs = sources.compactMap { $0["id"]?.stringValue }
        #expect(Set(used).isSubset(of: Set(sourceIDs)))
        #expect(Set(sourceIDs).count == sourceIDs.count)
        for source in sources {
            let entry = try #require(service.base.entry(id: source["id"]?.stringValue ?? ""))
            #expect(source["source"] == .string(entry.source))
        }
    }

    @Test func theJSONSaysWhatWasAsked() async throws {
        let o = try await outline(context(), "/outline audience=乡村 minutes=30 topic=垃圾分类 type=education vary=3")
        #expect(o["audience"] == .string("village") && o["minutes"] == .int(30))
        #expect(o["topic"] == .string("垃圾分类") && o["type"] == .string("education"))
        #expect(o["vary"] == .int(3))
        #expect(o["title"] == .string("垃圾分类——面向乡村的宣讲提纲"))
        #expect(o["session"] == nil)
        let plain = try await outline(context(), "/outline audience=village minutes=30")
        #expect(plain["topic"] == nil && plain["type"] == nil && plain["vary"] == nil)
    }

    @Test func theTerminalOutlineShowsEachPartWithItsMinutes() async throws {
        let output = await CommandRunner(context: context(.en)).execute("/outline audience=school minutes=40")
        let text = TextLayout(width: 300).lines(for: output.output?.blocks ?? []).map(\.plainText)
        let headings = text.filter { $0.range(of: #"^\d+\. .+ \(\d+ min\)$"#, options: .regularExpression) != nil }
        #expect(headings.first?.hasPrefix("1. Opening (") == true, "\(headings)")
        #expect(headings.count == 8, "opening, four points, tips, activity and closing: \(headings)")
        let total = headings.compactMap { line -> Int? in
            guard let open = line.lastIndex(of: "(") else { return nil }
            return Int(line[line.index(after: open)...].prefix { $0.isNumber })
        }.reduce(0, +)
        #expect(total == 40)
        #expect(text.contains("Sources"))
    }

    // MARK: - Refusals through the command

    @Test func missingOrBadFieldsAreNamedInBothLanguages() async throws {
        let runner = CommandRunner(context: context())
        let noAudience = await runner.execute("/outline minutes=30")
        #expect(noAudience.error?.code == "value.missing" && noAudience.error?.field == "audience")
        #expect(noAudience.error?.message.zh.contains("audience") == true)
        #expect(noAudience.error?.message.en.contains("audience") == true)
        let noMinutes = await runner.execute("/outline audience=school")
        #expect(noMinutes.error?.code == "value.missing" && noMinutes.error?.field == "minutes")
        #expect(noMinutes.error?.message.zh.contains("应为 10 到 240 之间的整数。") == true)
        #expect(noMinutes.error?.message.en.contains("Expected a whole number from 10 to 240.") == true)
        for bad in ["minutes=241", "minutes=半小时", "minutes=9"] {
            let outcome = await runner.execute("/outline audience=school \(bad)")
            #expect(outcome.status == .failed && outcome.error?.field == "minutes", "\(bad)")
            #expect(outcome.error?.message.en.contains("Expected a whole number from 10 to 240.") == true, "\(bad)")
        }
        let martians = await runner.execute("/outline audience=martians minutes=30")
        #expect(martians.error?.field == "audience")
        #expect(martians.error?.message.zh.contains("martians") == true)
        #expect(martians.error?.message.en.contains("martians") == true)
        let tooLong = await runner.execute(
            "/outline audience=school minutes=30 topic=" + String(repeating: "垃", count: 61))
        #expect(tooLong.error?.field == "topic")
        let unknown = await runner.execute("/outline zzzzzzzz")
        #expect(unknown.status == .failed && unknown.error?.field == "session")
    }

    @Test func aSessionLongerThanTheRangeIsOutlinedAtTheLongestWithAWarning() async throws {
        let c = context()
        let scheduled = await CommandRunner(context: c).execute(
            "/schedule title=湿地保护日 type=lecture start=\"2026-06-10 09:00\" duration=5h city=贵阳 audience=school --json")
        let id = try #require(scheduled.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        let outcome = await CommandRunner(context: c).execute("/outline \(id) --json")
        #expect(outcome.output?.json["minutes"] == .int(240))
        #expect(outcome.output?.json["topic"] == .string("湿地保护日"), "the session's title is the topic")
        #expect(outcome.output?.warnings == [L(.outlineLengthClamped, ["length": "300", "minutes": "240"])])
        #expect(outcome.output?.warnings.first?.zh == "活动时长 300 分钟，提纲按 240 分钟编排。")
        // A length or audience given with the session wins over the session's.
        let shorter = try await outline(c, "/outline \(id) minutes=45 audience=family")
        #expect(shorter["minutes"] == .int(45) && shorter["audience"] == .string("family"))
        #expect(shorter["session"] == .string(id))
    }
}
