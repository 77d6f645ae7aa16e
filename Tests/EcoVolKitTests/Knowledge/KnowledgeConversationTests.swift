import Foundation
import Testing

@testable import EcoVolKit

/// The thread a question leaves behind, as a user continues it: `/more` and its words,
/// numbers that open what the last list showed, audience follow-ups, small talk in between,
/// and the answer's `--json` form a caller reads.
@MainActor
@Suite("Knowledge conversation")
struct KnowledgeConversationTests {
    private func ids(_ outcome: LineOutcome, _ key: String = "results") -> [String] {
        outcome.output?.json[key]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    // MARK: - /more

    @Test(arguments: ["更多", "more", "下一页", "next", "再来", "还有吗", "继续", "更多。", "  MORE  "])
    func everyMoreWordContinuesTheLastQuestion(_ word: String) async throws {
        let runner = CommandRunner(
            context: try KnowledgeFixtures.context(knowledge: KnowledgeFixtures.repositoryKnowledge))
        #expect(await runner.execute("垃圾分类").status == .succeeded)
        let page = await runner.execute(word)
        #expect(page.status == .succeeded, "\(word)")
        #expect(page.output?.json["question"] == .string("垃圾分类"), "\(word)")
        #expect(page.output?.json["results"]?.arrayValue != nil, "\(word)")
    }

    @Test func pagesHoldAtMostFiveAndNumbersOpenTheLatestPage() async throws {
        let runner = CommandRunner(
            context: try KnowledgeFixtures.context(knowledge: KnowledgeFixtures.repositoryKnowledge))
        _ = await runner.execute("垃圾分类")
        let page = await runner.execute("/more")
        let listed = ids(page)
        #expect((1...KnowledgeConversation.pageSize).contains(listed.count))
        let text = KnowledgeFixtures.text(page)
        #expect(text.contains("“垃圾分类”的更多结果："))
        // Each listed entry is shown with its number and id, and the number opens that entry.
        for (k, id) in listed.enumerated() { #expect(text.contains("\(k + 1). "), "\(id)") }
        for (k, id) in listed.enumerated() {
            let opened = await runner.execute(String(k + 1))
            #expect(opened.output?.json["entry"]?["id"] == .string(id))
            // Opening one replaces the list with its related entries, so go back to the page.
            _ = await runner.execute("垃圾分类")
            _ = await runner.execute("/more")
        }
    }

    @Test func anExhaustedThreadSaysSoInTheAskersLanguage() async throws {
        for (language, said) in [(Language.zh, "“湿地”没有更多结果了。"), (.en, "No more results for \"wetland\".")] {
            let runner = CommandRunner(context: try KnowledgeFixtures.context(language))
            let question = language == .zh ? "湿地" : "wetland"
            let answer = await runner.execute(question)
            #expect(answer.output?.json["answer"]?["id"] == .string("fact-wetlands"))
            var last = await runner.execute("/more")
            for _ in 0..<5 where !ids(last).isEmpty { last = await runner.execute("/more") }
            #expect(last.status == .succeeded)
            #expect(last.output?.json["results"] == .array([]))
            #expect(KnowledgeFixtures.text(last).contains(said), "\(KnowledgeFixtures.text(last))")
        }
    }

    @Test func moreWithoutAQuestionIsRefusedInBothLanguages() async throws {
        let outcome = await CommandRunner(context: try KnowledgeFixtures.context()).execute("更多")
        #expect(outcome.status == .failed)
        #expect(outcome.error?.code == "knowledge.noThread")
        #expect(outcome.error?.message.zh == "还没有提问。先输入一个问题，再输入“更多”。")
        #expect(outcome.error?.message.en == "There is no question yet. Ask one first, then type \"more\".")
        // A list without a question (/tips) numbers entries but has nothing to continue.
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        _ = await runner.execute("/tips")
        #expect(await runner.execute("/more").error?.code == "knowledge.noThread")
    }

    // MARK: - Numbers

    @Test func numbersOpenTheRelatedEntriesOfTheAnswerInTheirOrder() async throws {
        let runner = CommandRunner(
            context: try KnowledgeFixtures.context(knowledge: KnowledgeFixtures.repositoryKnowledge))
        let answer = await runner.execute("垃圾分类怎么分")
        let results = ids(answer)
        let best = try #require(answer.output?.json["answer"]?["id"]?.stringValue)
        #expect(results.first == best, "the first result is the answer")
        let numbered = try #require(runner.context[KnowledgeThreadKey.self]?.numbered)
        #expect(!numbered.contains(best))
        #expect(numbered.count <= KnowledgeConversation.relatedCount)
        // The related list is the results after the answer, in order.
        #expect(Array(results.dropFirst().prefix(numbered.count)) == numbered)
        let text = KnowledgeFixtures.text(answer)
        #expect(text.contains("相关条目："))
        #expect(text.contains("输入序号打开，输入“更多”看更多结果。"))
        let second = try #require(numbered.dropFirst().first)
        for form in ["2", "２", "#2", "/show 2", "/看 2"] {
            _ = await runner.execute("垃圾分类怎么分")
            #expect(await runner.execute(form).output?.json["entry"]?["id"] == .string(second), "\(form)")
        }
    }

    @Test func aNumberBeyondTheListNamesTheRangeInBothLanguages() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        _ = await runner.execute("/tips")
        let beyond = await runner.execute("3")
        #expect(beyond.status == .failed)
        #expect(beyond.error?.field == "number")
        #expect(beyond.error?.message.zh.contains("应为 1 到 2 之间的整数。") == true)
        #expect(beyond.error?.message.en.contains("Expected a whole number from 1 to 2.") == true)
        // Without any list a number is refused as such, saying what to do first.
        let fresh = await CommandRunner(context: try KnowledgeFixtures.context(.en)).execute("1")
        #expect(fresh.error?.code == "knowledge.noList")
        #expect(
            fresh.error?.message.en == "There is no numbered list to open from. Ask a question or type /tips first.")
        #expect(fresh.error?.message.zh == "没有可以按序号打开的列表。先提问或输入 /tips。")
    }

    @Test func showingAnEntryNumbersItsRelatedEntriesNext() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        // Entries sharing a topic with the low-carbon day (days, energy): each shares one,
        // so they come in id order.
        let shown = await runner.execute("/show date-low-carbon-day")
        let related = try #require(shown.output?.json["related"]?.arrayValue).compactMap(\.stringValue)
        #expect(related == ["date-environment-day", "tip-lights-off"])
        #expect(await runner.execute("2").output?.json["entry"]?["id"] == .string("tip-lights-off"))
    }

    @Test func aRefusalWithoutSuggestionsForgetsTheOldList() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context(.en))
        _ = await runner.execute("/tips")
        let refused = await runner.execute("how to bake sourdough bread")
        #expect(refused.output?.json["answered"] == .bool(false))
        #expect(refused.output?.json["suggestions"] == .array([]))
        // "1" would otherwise open a tip the user no longer sees.
        #expect(await runner.execute("1").error?.code == "knowledge.noList")
        #expect(await runner.execute("more").error?.code == "knowledge.noThread")
    }

    // MARK: - Follow-ups

    @Test func anEnglishFollowUpReRanksForTheAudienceAndSaysSo() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context(.en))
        let first = await runner.execute("waste sorting")
        #expect(first.output?.json["answer"]?["id"] == .string("tip-four-bins"))
        let followUp = await runner.execute("for kids?")
        let json = try #require(followUp.output?.json)
        #expect(json["answered"] == .bool(true))
        #expect(json["question"] == .string("waste sorting"), "the follow-up answers the last question")
        // No entry for schools answers the English words confidently (the relay's English keywords
        // are "sorting game" and "pupils"), so the re-ranking keeps the best answer rather than
        // swapping in a weak one.
        #expect(json["answer"]?["id"] == .string("tip-four-bins"))
        #expect(json["audiences"] == .array(["school"]))
        let text = KnowledgeFixtures.text(followUp)
        #expect(text.hasPrefix("Results for \"waste sorting\" re-ranked for school:"), "\(text)")
        // The re-ranked results stay the follow-up's: more continues them, not a new search.
        #expect(await runner.execute("more").output?.json["question"] == .string("waste sorting"))
    }

    @Test func aChineseFollowUpNamesTheAudienceInChineseAndSwapsInTheEntryForIt() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        #expect(await runner.execute("垃圾分类").output?.json["answer"]?["id"] == .string("tip-four-bins"))
        let followUp = await runner.execute("适合小学生吗")
        #expect(followUp.output?.json["answer"]?["id"] == .string("activity-sorting-game"))
        let text = KnowledgeFixtures.text(followUp)
        #expect(text.hasPrefix("按“学校”重新排序“垃圾分类”的结果："), "\(text)")
        #expect(followUp.output?.json["question"] == .string("垃圾分类"))
    }

    @Test func anAudienceAloneWithoutAnEarlierQuestionIsNotAFollowUp() async throws {
        let outcome = await CommandRunner(context: try KnowledgeFixtures.context()).execute("适合小学生吗")
        #expect(outcome.status == .succeeded)
        #expect(outcome.output?.json["question"] == .string("适合小学生吗"))
        #expect(!KnowledgeFixtures.text(outcome).contains("重新排序"))
    }

    // MARK: - Small talk

    @Test func smallTalkIsAnsweredAndKeepsTheThread() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        _ = await runner.execute("湿地")
        let thanks = await runner.execute("谢谢！")
        #expect(thanks.output?.json["answered"] == .bool(false))
        #expect(thanks.output?.json["reply"] == .string("不客气！还有想问的，直接输入就行。"))
        #expect(thanks.output?.json["results"] == nil, "small talk is never searched")
        let ok = await runner.execute("好的")
        #expect(ok.output?.json["reply"] == .string("好的。还有想问的，直接输入。"))
        // The question before the small talk is still the one /more continues.
        #expect(await runner.execute("更多").output?.json["question"] == .string("湿地"))
    }

    @Test func anEnglishGreetingIsAnsweredInEnglishInAChineseSession() async throws {
        let outcome = await CommandRunner(context: try KnowledgeFixtures.context()).execute("hello")
        let reply = try #require(outcome.output?.json["reply"]?.stringValue)
        #expect(reply.hasPrefix("Hello! Ask about the environment in your own words"))
    }

    // MARK: - What an answer holds

    @Test func theAnswerJSONCarriesTheWholeEntryAndTheResultsTheirSnippets() async throws {
        let outcome = await CommandRunner(context: try KnowledgeFixtures.context()).execute("/ask 湿地 --json")
        let json = try #require(outcome.output?.json)
        let answer = try #require(json["answer"])
        #expect(answer["id"] == .string("fact-wetlands"))
        #expect(answer["kind"] == .string("fact"))
        #expect(answer["title"] == .string("湿地为什么被称为“地球之肾”"))
        #expect(answer["title_en"] == .string("Why wetlands are the kidneys of the earth"))
        #expect(answer["topics"] == .array(["water"]))
        #expect(answer["audiences"] == .array(["school", "village"]))
        #expect(answer["keywords"] == .array(["湿地", "地球之肾", "wetland", "kidneys of the earth"]))
        #expect(answer["source"] == .string("常识性建议，无具体数据"))
        #expect(answer["reviewed"] == .string("2026-11-29"))
        #expect(answer["body"] == .string("湿地能净化水质、调蓄洪水，是很多鸟类的家。"))
        #expect(answer["score"]?.doubleValue.map { $0 > 0 } == true)
        let first = try #require(json["results"]?.arrayValue?.first)
        #expect(first["id"] == .string("fact-wetlands"))
        #expect(first["snippet"]?.stringValue?.contains("湿地") == true)
        #expect(first["body"] == nil, "results are short; /show gives the body")
        #expect(json["outline"] == nil, "not a lecturer's request")
    }

    @Test func anEnglishQuestionInAChineseSessionIsAnsweredInEnglish() async throws {
        let outcome = await CommandRunner(context: try KnowledgeFixtures.context()).execute(
            "why are wetlands called the kidneys of the earth")
        #expect(outcome.output?.json["answer"]?["id"] == .string("fact-wetlands"))
        let text = KnowledgeFixtures.text(outcome)
        #expect(text.hasPrefix("Why wetlands are the kidneys of the earth"), "\(text)")
        #expect(text.contains("Source"))
        // Once the user picks a language, answers keep to it.
        let chosen = try KnowledgeFixtures.context()
        let runner = CommandRunner(context: chosen)
        _ = await runner.execute("/lang zh")
        let kept = await runner.execute("why are wetlands called the kidneys of the earth")
        #expect(KnowledgeFixtures.text(kept).hasPrefix("湿地为什么被称为“地球之肾”"))
    }

    @Test func kindAndAudienceKeysNarrowWhatIsSearched() async throws {
        let runner = CommandRunner(context: try KnowledgeFixtures.context())
        let activities = await runner.execute("/ask 垃圾分类 kind=activity --json")
        #expect(ids(activities) == ["activity-sorting-game"])
        let family = await runner.execute("/ask 垃圾分类 audience=family --json")
        #expect(ids(family).allSatisfy { $0 != "activity-sorting-game" }, "the game is for schools only")
        #expect(family.output?.json["answer"]?["id"] == .string("tip-four-bins"))
        let bad = await runner.execute("/ask 垃圾 kind=poem")
        #expect(bad.error?.field == "kind")
        let empty = await runner.execute("/ask")
        #expect(empty.status == .failed && empty.error?.field == "question")
    }
}
