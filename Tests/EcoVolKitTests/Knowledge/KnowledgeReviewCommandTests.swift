import Foundation
import Testing

@testable import EcoVolKit

/// `reviewed:` and `replaces:` as people meet them: the parser's messages, `/show OLD-ID`
/// opening the entry that replaced it, `/kb review` and `/kb check` listing what the
/// register says is out of date, and the 2026 Code questions answered by the shipped base.
@MainActor
@Suite("Knowledge review")
struct KnowledgeReviewCommandTests {
    private func context(_ dir: String, _ language: Language = .zh, today: (Int, Int, Int) = (2026, 12, 1))
        -> CommandContext
    {
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (today.0, today.1, today.2, 9)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let now = calendar.date(from: components)!
        return CommandContext(
            language: language, dataDirectory: DataDirectory(path: NSTemporaryDirectory()),
            knowledgeDirectories: [dir], now: { now }, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
    }

    private func text(_ outcome: LineOutcome) -> String {
        TextLayout(width: 100).lines(for: outcome.output?.blocks ?? []).map(\.plainText).joined(separator: "\n")
    }

    @Test func parserChecksReviewedAndReplaces() throws {
        let parser = EntryParser(knownTopics: nil)
        let missing = KnowledgeFixtures.entry(id: "tip-a", title: "标题").replacingOccurrences(
            of: "reviewed: 2026-11-29\n", with: "")
        let (entry, issues) = parser.parse(text: missing, path: "tip-a.md")
        #expect(entry != nil && entry?.reviewed == nil)
        #expect(issues.contains { $0.severity == .warning && $0.field == "reviewed" })
        let bad = KnowledgeFixtures.entry(id: "tip-a", title: "标题", extra: "replaces: [Tip_Old, tip-a]")
            .replacingOccurrences(of: "reviewed: 2026-11-29", with: "reviewed: 2026-02-30")
        let (none, problems) = parser.parse(text: bad, path: "tip-a.md")
        #expect(none == nil)
        let messages = problems.map { $0.formatted(.en) }
        #expect(messages.contains { $0.contains("reviewed") && $0.contains("2026-02-30") })
        #expect(messages.contains { $0.contains("Tip_Old") })
        #expect(messages.contains { $0.contains("cannot replace itself") })
        let good = KnowledgeFixtures.entry(id: "tip-a", title: "标题", extra: "replaces: [tip-old, tip-older]")
        #expect(parser.parse(text: good, path: "tip-a.md").0?.replaces == ["tip-old", "tip-older"])
    }

    @Test func showOldIDOpensTheEntryThatReplacedIt() async throws {
        let dir = try KnowledgeFixtures.makeBase()
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(
                id: "tip-merged", title: "合并后的条目", extra: "replaces: [tip-old-one]", body: "合并后的正文。"),
            to: dir + "/tip/tip-merged.md")
        let runner = CommandRunner(context: context(dir))
        let outcome = await runner.execute("/show tip-old-one")
        #expect(outcome.status == .succeeded)
        #expect(outcome.output?.json["entry"]?["id"] == .string("tip-merged"))
        #expect(outcome.output?.json["replaced"] == .string("tip-old-one"))
        #expect(outcome.output?.json["entry"]?["replaces"] == .array(["tip-old-one"]))
        #expect(outcome.output?.json["entry"]?["reviewed"] == .string("2026-11-29"))
        #expect(text(outcome).contains("核对日期  2026-11-29"))
        #expect(text(outcome).contains("tip-old-one 已并入 tip-merged"))
        #expect(await runner.execute("/show tip-never-existed").status != .succeeded)
        let english = await CommandRunner(context: context(dir, .en)).execute("/show tip-old-one")
        #expect(text(english).contains("The entry tip-old-one was merged into tip-merged"))
    }

    @Test func replacingAnIDThatStillExistsIsReported() throws {
        let dir = try KnowledgeFixtures.makeBase()
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-merged", title: "合并", extra: "replaces: [tip-lights-off]"),
            to: dir + "/tip/tip-merged.md")
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-merged-two", title: "合并二", extra: "replaces: [tip-lights-off]"),
            to: dir + "/tip/tip-merged-two.md")
        let (base, issues) = KnowledgeBase.load(directories: [dir])
        let messages = issues.map { $0.formatted(.en) }
        #expect(messages.contains { $0.contains("tip-lights-off is still an entry") })
        #expect(messages.contains { $0.contains("replaced by both") })
        #expect(base.replacement(for: "tip-lights-off") == nil)
    }

    @Test func kbReviewListsDueEntriesAndChangedInstruments() async throws {
        let dir = try InstrumentRegisterTests.folder([
            ("tip-old-law", "tip", "", "《环境保护法》规定了举报。"),
            ("tip-fine", "tip", "", "原《环境保护法》规定了举报，这部法律已编入《生态环境法典》。"),
        ])
        let runner = CommandRunner(context: context(dir))
        let outcome = await runner.execute("/kb review")
        #expect(outcome.status == .succeeded)
        let shown = text(outcome)
        #expect(shown.contains("tip-old-law"))
        #expect(!shown.contains("tip-fine "))
        #expect(shown.contains("2026-08-15"))
        #expect(shown.contains("2031-01-01"))
        let due = try #require(outcome.output?.json["due"]?.arrayValue)
        #expect(due.contains { $0["id"] == .string("tip-old-law") })
        #expect(await runner.execute("/kb review all").status == .succeeded)
        let wrong = await runner.execute("/kb review everything")
        #expect(wrong.status != .succeeded)
        let check = await runner.execute("/kb check")
        #expect(text(check).contains("tip-old-law"))
        let stats = await runner.execute("/kb stats")
        #expect(stats.output?.json["dueForReview"] != nil)
        let english = await CommandRunner(context: context(dir, .en)).execute("/kb review")
        #expect(text(english).contains("Entries due for review"))
    }

    @Test func kbLawShowsOneInstrumentsStatus() async throws {
        let dir = try InstrumentRegisterTests.folder([("tip-old-law", "tip", "", "原《环境保护法》规定了举报，这部法律已编入《生态环境法典》。")])
        let runner = CommandRunner(context: context(dir))
        let old = await runner.execute("/kb law 环保法")
        #expect(old.status == .succeeded)
        #expect(text(old).contains("已于 2026-08-15 被《中华人民共和国生态环境法典》取代"))
        #expect(old.output?.json["citing"] == .array(["tip-old-law"]))
        let standard = await runner.execute("/kb law GB3095—2026")
        #expect(standard.output?.json["events"]?.arrayValue?.count == 2)
        let typo = await runner.execute("/kb law 环境保户法")
        #expect(typo.status != .succeeded)
        #expect(await runner.execute("/kb law").status != .succeeded)
    }

    @Test func datesSayWhenAMovableDayIsNotYetKnown() async throws {
        let dir = try KnowledgeFixtures.makeBase()
        let before = await CommandRunner(context: context(dir, today: (2026, 6, 1))).execute("/dates 10")
        #expect(before.output?.json["notRecorded"] == .array([]))
        let after = await CommandRunner(context: context(dir, today: (2026, 12, 1))).execute("/dates 10")
        #expect(text(after).contains("date-low-carbon-day）：最近记录的是 2026-07-08，2027 年起的日期未记录"))
        #expect(after.output?.json["notRecorded"]?.arrayValue?.first?["id"] == .string("date-low-carbon-day"))
    }

    /// The shipped base on the day it was checked: the Code questions people ask get the
    /// Code entries, and the movable days whose 2026 dates are not recorded are listed as due.
    @Test func shippedBaseAnswersTheCodeQuestions() async throws {
        let runner = CommandRunner(context: context(KnowledgeFixtures.repositoryKnowledge))
        let expected: [(String, String)] = [
            ("法典和以前的环保法是什么关系？", "qa-eco-code-vs-old-laws"),
            ("还能引用环境保护法吗？", "qa-can-i-still-cite-env-protection-law"),
            ("举报奖励怎么领？", "qa-report-reward-how-to-claim"),
            ("生态环境法典有几编", "fact-eco-code-structure"),
            ("法典知识竞答", "activity-eco-code-quiz"),
            ("按日连续处罚", "fact-eco-code-daily-penalty"),
        ]
        for (question, id) in expected {
            let outcome = await runner.execute(question)
            #expect(outcome.output?.json["answer"]?["id"] == .string(id), "\(question)")
        }
        let review = await runner.execute("/kb review all")
        let due = Set(try #require(review.output?.json["due"]?.arrayValue).compactMap { $0["id"]?.stringValue })
        // Exactly the movable days with no date recorded for 2026 or later: everything else was
        // reviewed after the last change to what it cites.
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        let unannounced = Set(
            base.entries.filter { entry in
                guard case .perYear(let dates, _)? = entry.day else { return false }
                return !dates.contains { $0.year >= 2026 }
            }.map(\.id))
        #expect(!unannounced.isEmpty)
        #expect(due == unannounced)
    }
}
