import Foundation
import Testing

@testable import EcoVolKit

/// The commands that list or open knowledge without a question — `/dates`, `/topics`,
/// `/tips`, `/points`, `/tip`, `/show` and `/kb` — on the fixture folder, whose six entries
/// make every count and order certain (see `KnowledgeFixtures.makeBase`).
@MainActor
@Suite("Knowledge listings")
struct KnowledgeListingCommandTests {
    private func run(_ line: String, _ language: Language = .zh, day: (Int, Int, Int) = (2026, 6, 1))
        async throws -> LineOutcome
    {
        await CommandRunner(context: try KnowledgeFixtures.context(language, day: day)).execute(line)
    }

    private func ids(_ json: JSONValue?, _ key: String) -> [String] {
        json?[key]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    // MARK: - /dates

    @Test func datesListTheNextDaysSoonestFirstWithTheDaysLeft() async throws {
        let outcome = try await run("/dates --json")
        let json = try #require(outcome.output?.json)
        #expect(json["today"] == .string("2026-06-01"))
        let dates = try #require(json["dates"]?.arrayValue)
        #expect(dates.compactMap { $0["id"]?.stringValue } == ["date-environment-day", "date-low-carbon-day"])
        #expect(dates.compactMap { $0["date"]?.stringValue } == ["2026-06-05", "2026-07-08"])
        #expect(dates.compactMap { $0["days"]?.intValue } == [4, 37])
        #expect(dates.first?["title_en"] == .string("World Environment Day (5 June)"))
        #expect(json["notRecorded"] == .array([]))
        let text = KnowledgeFixtures.text(outcome)
        #expect(text.contains("即将到来的环境纪念日（今天 2026-06-01）"))
        #expect(text.contains("4 天"))
        let english = KnowledgeFixtures.text(try await run("/dates", .en))
        #expect(english.contains("Upcoming environmental days (today 2026-06-01)"))
        #expect(english.contains("4 days") && english.contains("World Environment Day (5 June)"))
    }

    @Test func aDayThatIsTodaySaysSo() async throws {
        let outcome = try await run("/dates 1", day: (2026, 6, 5))
        #expect(outcome.output?.json["dates"]?.arrayValue?.first?["days"] == .int(0))
        #expect(KnowledgeFixtures.text(outcome).contains("就是今天"))
        #expect(KnowledgeFixtures.text(try await run("/dates 1", .en, day: (2026, 6, 5))).contains("today"))
    }

    @Test func aYearlyAnnouncedDayPastItsLastRecordedDateIsNamedNotDropped() async throws {
        // After 2026-07-08 the low-carbon day of 2027 is not recorded yet.
        let outcome = try await run("/dates", day: (2026, 7, 9))
        let json = try #require(outcome.output?.json)
        #expect(ids(json, "dates") == ["date-environment-day"])
        #expect(json["dates"]?.arrayValue?.first?["date"] == .string("2027-06-05"))
        let missing = try #require(json["notRecorded"]?.arrayValue)
        #expect(missing.count == 1)
        #expect(missing.first?["id"] == .string("date-low-carbon-day"))
        #expect(missing.first?["lastRecorded"] == .string("2026-07-08"))
        #expect(KnowledgeFixtures.text(outcome).contains("date-low-carbon-day"))
    }

    @Test(arguments: ["0", "51", "-1", "五"])
    func aCountOutsideOneToFiftyIsRefused(_ count: String) async throws {
        let outcome = try await run("/dates \(count)")
        #expect(outcome.status == .failed)
        #expect(outcome.error?.field == "count")
        #expect(outcome.error?.message.zh.contains("应为 1 到 50 之间的整数。") == true)
        #expect(outcome.error?.message.en.contains("Expected a whole number from 1 to 50.") == true)
    }

    @Test func numbersOpenTheListedDays() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        _ = await runner.execute("/dates")
        #expect(await runner.execute("2").output?.json["entry"]?["id"] == .string("date-low-carbon-day"))
    }

    // MARK: - /topics

    @Test func topicsListEveryTopicWithItsEntryCount() async throws {
        let outcome = try await run("/topics --json")
        let topics = try #require(outcome.output?.json["topics"]?.arrayValue)
        #expect(topics.compactMap { $0["slug"]?.stringValue } == ["waste", "energy", "water", "days"])
        #expect(topics.compactMap { $0["entries"]?.intValue } == [2, 2, 1, 2])
        #expect(topics.first?["zh"] == .string("垃圾分类") && topics.first?["en"] == .string("waste sorting"))
        #expect(KnowledgeFixtures.text(outcome).hasPrefix("知识库主题"))
        #expect(KnowledgeFixtures.text(try await run("/topics", .en)).hasPrefix("Knowledge topics"))
    }

    // MARK: - /tips and /points

    @Test(arguments: ["energy", "节能节电", "saving energy", "ENERGY"])
    func tipsOfOneTopicByItsSlugOrEitherName(_ topic: String) async throws {
        let outcome = try await run("/tips \(topic) --json")
        #expect(outcome.output?.json["topic"] == .string("energy"), "\(topic)")
        #expect(ids(outcome.output?.json, "results") == ["tip-lights-off"], "\(topic)")
        #expect(outcome.output?.json["kind"] == .string("tip"))
    }

    @Test func allTipsInIdOrderWithTheirCountInTheHeading() async throws {
        let outcome = try await run("/tips --json")
        #expect(ids(outcome.output?.json, "results") == ["tip-four-bins", "tip-lights-off"])
        #expect(outcome.output?.json["topic"] == .null)
        #expect(KnowledgeFixtures.text(outcome).hasPrefix("低碳小贴士：2 条"))
        let english = KnowledgeFixtures.text(try await run("/tips energy", .en))
        #expect(english.hasPrefix("low-carbon tips (saving energy): 1"), "\(english)")
        #expect(english.contains("Turn lights off"))
    }

    @Test func aTopicWithoutTipsSaysThereAreNone() async throws {
        let outcome = try await run("/tips water")
        #expect(outcome.status == .succeeded)
        #expect(outcome.output?.json["results"] == .array([]))
        #expect(KnowledgeFixtures.text(outcome).contains("没有符合的条目。"))
    }

    @Test func anUnknownTopicIsRefusedWithTheTopicsThatExist() async throws {
        for command in ["/tips", "/points"] {
            let outcome = try await run("\(command) 天文学")
            #expect(outcome.status == .failed)
            #expect(outcome.error?.field == "topic")
            #expect(outcome.error?.column == command.count + 1)
            #expect(outcome.error?.message.zh.contains("waste energy water days") == true, "\(command)")
            #expect(outcome.error?.message.en.contains("waste energy water days") == true, "\(command)")
        }
    }

    @Test func pointsListOnlyTalkingPoints() async throws {
        let outcome = try await run("/points --json")
        #expect(outcome.output?.json["kind"] == .string("point"))
        #expect(outcome.output?.json["results"] == .array([]), "the fixture has no talking points")
        let shipped = await CommandRunner(
            context: try KnowledgeFixtures.context(knowledge: KnowledgeFixtures.repositoryKnowledge)
        ).execute("/points --json")
        let kinds = try #require(shipped.output?.json["results"]?.arrayValue).compactMap { $0["kind"]?.stringValue }
        #expect(!kinds.isEmpty && Set(kinds) == ["point"])
    }

    // MARK: - /tip

    @Test func theTipOfTheDayChangesDailyThroughEveryTip() async throws {
        var seen: [String] = []
        for day in 1...4 {
            let outcome = try await run("/tip --json", day: (2026, 6, day))
            #expect(outcome.output?.json["date"] == .string(String(format: "2026-06-%02d", day)))
            seen.append(try #require(outcome.output?.json["tip"]?["id"]?.stringValue))
        }
        #expect(Set(seen) == ["tip-four-bins", "tip-lights-off"])
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0 != $1 }, "\(seen)")
        let text = KnowledgeFixtures.text(try await run("/tip", .en))
        #expect(text.hasPrefix("Tip of the day (2026-06-01)"))
    }

    @Test func withoutTipsTheTipSaysSo() async throws {
        let dir = try KnowledgeFixtures.temporaryDirectory()
        try KnowledgeFixtures.write(KnowledgeFixtures.topics, to: dir + "/topics.yaml")
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "fact-only", kind: "fact", title: "只有一条科普"), to: dir + "/fact/fact-only.md")
        for (language, said) in [(Language.zh, "知识库里还没有低碳小贴士。"), (.en, "The knowledge base has no tips yet.")] {
            let outcome = await CommandRunner(context: try KnowledgeFixtures.context(language, knowledge: dir))
                .execute("/tip")
            #expect(outcome.status == .succeeded)
            #expect(outcome.output?.json["tip"] == .null)
            #expect(KnowledgeFixtures.text(outcome) == said)
        }
    }

    // MARK: - /show

    @Test func showReadsAnActivityWithItsMaterialsAndLength() async throws {
        let zh = KnowledgeFixtures.text(try await run("/show activity-sorting-game"))
        #expect(zh.hasPrefix("垃圾分类接力赛（小学生版）"))
        #expect(zh.contains("活动创意 · activity-sorting-game · 垃圾分类"))
        #expect(zh.contains("四色垃圾桶"))
        #expect(zh.contains("约 40 分钟"))
        let outcome = try await run("/show activity-sorting-game", .en)
        let en = KnowledgeFixtures.text(outcome)
        #expect(en.hasPrefix("Sorting relay for pupils"))
        #expect(en.contains("about 40 minutes"))
        #expect(en.contains("One or two English sentences."), "the English summary comes before the Chinese body")
        #expect(outcome.output?.json["entry"]?["minutes"] == .int(40))
        #expect(outcome.output?.json["entry"]?["materials"] == .string("四色垃圾桶"))
    }

    @Test func showingADayGivesItsNextDateAndTheDaysLeft() async throws {
        let zh = KnowledgeFixtures.text(try await run("/show date-environment-day"))
        #expect(zh.contains("下一次：2026-06-05，还有 4 天"), "\(zh)")
        let en = KnowledgeFixtures.text(try await run("/show date-environment-day", .en))
        #expect(en.contains("next: 2026-06-05, in 4 days"), "\(en)")
    }

    // MARK: - /kb

    @Test func statsCountEntriesByKindAndReportNoProblems() async throws {
        let dir = try KnowledgeFixtures.makeBase()
        let outcome = await CommandRunner(context: try KnowledgeFixtures.context(knowledge: dir)).execute("/kb --json")
        let json = try #require(outcome.output?.json)
        #expect(json["entries"] == .int(6))
        #expect(json["kinds"]?["tip"] == .int(2) && json["kinds"]?["date"] == .int(2))
        #expect(json["kinds"]?["fact"] == .int(1) && json["kinds"]?["activity"] == .int(1))
        #expect(json["kinds"]?["point"] == .int(0))
        #expect(json["topics"] == .int(4))
        #expect(json["directories"] == .array([.string(dir)]))
        #expect(json["errors"] == .int(0))
        #expect((json["tokens"]?.intValue ?? 0) > 0 && (json["postings"]?.intValue ?? 0) > 0)
        let english = KnowledgeFixtures.text(try await run("/kb stats", .en))
        #expect(english.hasPrefix("Knowledge base statistics"))
        #expect(english.contains("Entries"))
    }

    @Test func checkListsWarningsWithTheirFileLineAndFieldAndStatsCountThem() async throws {
        // On 2026-12-01 the fixture's review dates are past; its bodies are short for speaking.
        let zh = try await run("/kb check --json", day: (2026, 12, 1))
        let issues = try #require(zh.output?.json["issues"]?.arrayValue)
        #expect(!issues.isEmpty && issues.allSatisfy { $0["severity"] == .string("warning") })
        let wetlands = try #require(
            issues.first { $0["file"]?.stringValue?.hasSuffix("fact/fact-wetlands.md") == true })
        #expect(wetlands["field"] == .string("body") && wetlands["line"] == .int(16))
        #expect(wetlands["message"] == .string("正文有 18 个汉字；fact 条目应为 150–400 个汉字（便于口头讲述）。"))
        #expect(KnowledgeFixtures.text(zh).contains("fact-wetlands.md:16: 提示: 正文有 18 个汉字"))
        let en = try await run("/kb check --json", .en, day: (2026, 12, 1))
        let enWetlands = en.output?.json["issues"]?.arrayValue?.first {
            $0["file"]?.stringValue?.hasSuffix("fact/fact-wetlands.md") == true
        }
        #expect(
            enWetlands?["message"]
                == .string(
                    "The body has 18 Chinese characters; a fact entry should have 150–400 (so it can be spoken)."))
        // Warnings do not stop an entry loading, and /kb stats counts the same problems.
        let stats = try await run("/kb stats --json", day: (2026, 12, 1))
        #expect(stats.output?.json["entries"] == .int(6))
        #expect(stats.output?.json["errors"] == .int(0))
        #expect(stats.output?.json["warnings"] == .int(issues.count))
    }

    @Test func checkNamesTheFileAndFieldOfABrokenEntryWhichIsNotLoaded() async throws {
        let dir = try KnowledgeFixtures.makeBase()
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-broken", title: "坏条目", audiences: "[martians]"),
            to: dir + "/tip/tip-broken.md")
        let runner = CommandRunner(context: try KnowledgeFixtures.context(.en, knowledge: dir))
        let check = await runner.execute("/kb check --json")
        let issues = try #require(check.output?.json["issues"]?.arrayValue)
        let issue = try #require(issues.first { $0["file"]?.stringValue?.hasSuffix("tip-broken.md") == true })
        #expect(issue["severity"] == .string("error"))
        #expect(issue["field"] == .string("audiences"))
        #expect(issue["message"]?.stringValue?.contains("martians") == true)
        #expect(KnowledgeFixtures.text(check).contains("Entries with errors are not loaded"))
        #expect(await runner.execute("/kb stats").output?.json["entries"] == .int(6))
        #expect((await runner.execute("/kb stats").output?.json["errors"]?.intValue ?? 0) >= 1)
        #expect(await runner.execute("/show tip-broken").error?.code == "knowledge.unknownID")
    }

    @Test func kbRefusesAnUnknownActionScopeOrAMissingLawName() async throws {
        let action = try await run("/kb tidy")
        #expect(action.status == .failed && action.error?.field == "action")
        let scope = try await run("/kb review everything")
        #expect(scope.error?.field == "scope")
        #expect(scope.error?.column == 11)
        let law = try await run("/kb law")
        #expect(law.error?.code == "value.missing" && law.error?.field == "name")
        #expect(law.error?.message.zh.isEmpty == false && law.error?.message.en.isEmpty == false)
        #expect(try await run("/kb review all").status == .succeeded)
        #expect(try await run("/kb 复核 全部").status == .succeeded)
    }
}
