import Foundation
import Testing

@testable import EcoVolKit

@MainActor
@Suite("Knowledge commands")
struct KnowledgeCommandTests {
    private func context(_ language: Language = .zh, repository: Bool = false) throws -> CommandContext {
        let dir = repository ? KnowledgeFixtures.repositoryKnowledge : try KnowledgeFixtures.makeBase()
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (2026, 6, 1, 9)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let now = calendar.date(from: components)!
        return CommandContext(
            language: language, dataDirectory: DataDirectory(path: NSTemporaryDirectory()),
            knowledgeDirectories: [dir], now: { now })
    }

    @Test func freeTextAnswersAndKeepsTheThread() async throws {
        let context = try context()
        let runner = CommandRunner(context: context)
        let answer = await runner.execute("垃圾分类怎么分")
        #expect(answer.status == .succeeded)
        let json = try #require(answer.output?.json)
        #expect(json["answered"] == .bool(true))
        let results = try #require(json["results"]?.arrayValue)
        for key in ["id", "kind", "title", "title_en", "score"] { #expect(results.first?[key] != nil, "\(key)") }
        let text = TextLayout(width: 60).lines(for: answer.output!.blocks).map(\.plainText).joined(separator: "\n")
        #expect(text.contains("来源"))
        let highlighted = answer.output!.blocks.contains { block in
            if case .paragraph(let styled, _) = block { return styled.spans.contains { $0.style == .highlight } }
            return false
        }
        #expect(highlighted)
        // A bare number opens the first related entry.
        let opened = await runner.execute("1")
        #expect(opened.status == .succeeded)
        #expect(opened.output?.json["entry"]?["id"] != nil)
        // /more continues (or says there is nothing more) without failing.
        _ = await runner.execute("垃圾")
        #expect(await runner.execute("更多").status == .succeeded)
        #expect(await runner.execute("/more --json").status == .succeeded)
    }

    /// Further results never repeat the answer or an entry already listed with it, and every
    /// entry of the ranking is reached in the end.
    @Test func moreNeverRepeatsWhatWasShown() async throws {
        let runner = CommandRunner(context: try context(repository: true))
        let answer = await runner.execute("垃圾分类要怎么做呀，我家老是分不清")
        let json = try #require(answer.output?.json)
        var seen = [try #require(json["answer"]?["id"]?.stringValue)]
        seen += try #require(runner.context[KnowledgeThreadKey.self]?.numbered)
        let ranked = try #require(runner.context[KnowledgeThreadKey.self]?.hits).filter { $0.coverage >= 0.3 }.map(\.id)
        for _ in 0..<20 {
            let page = await runner.execute("/more --json")
            let ids = try #require(page.output?.json["results"]?.arrayValue).compactMap { $0["id"]?.stringValue }
            if ids.isEmpty { break }
            #expect(Set(ids).isDisjoint(with: seen), "\(ids) repeats \(seen)")
            seen += ids
        }
        #expect(Set(ranked).isSubset(of: Set(seen)))
    }

    @Test func moreAndNumbersNeedAQuestionAndANumberFromTheList() async throws {
        let runner = CommandRunner(context: try context(.en))
        let more = await runner.execute("/more")
        #expect(more.status == .failed && more.error?.code == "knowledge.noThread")
        let open = await runner.execute("/show 1")
        #expect(open.status == .failed && open.error?.code == "knowledge.noList")
        #expect(await runner.execute("垃圾分类怎么分").status == .succeeded)
        let listed = try #require(runner.context[KnowledgeThreadKey.self]?.numbered.count)
        #expect(listed > 0)
        let beyond = await runner.execute("/show 99")
        #expect(beyond.status == .failed && beyond.error?.field == "number")
        #expect(beyond.error?.message.en.contains("from 1 to \(listed)") == true)
        // #2 and a full-width digit are numbers from the list; 0 and 100 are not, so they are ids.
        #expect(await runner.execute("/show #1").output?.json["entry"]?["id"] != nil)
        #expect(await runner.execute("/show １").output?.json["entry"]?["id"] != nil)
        #expect(await runner.execute("/show 100").error?.code == "knowledge.unknownID")
        #expect(await runner.execute("/show 0").error?.code == "knowledge.unknownID")
    }

    @Test func anUnknownEntryIdSuggestsTheClosestAndPointsAtTheWord() async throws {
        let runner = CommandRunner(context: try context(.en))
        let typo = await runner.execute("/show fact-wetland")
        #expect(typo.status == .failed)
        #expect(typo.error?.code == "knowledge.unknownID" && typo.error?.field == "id")
        #expect(typo.error?.message.en.contains("fact-wetlands") == true)
        #expect(typo.error?.column == 6)
        let far = await runner.execute("/show zzzzzzzzzzzz")
        #expect(far.error?.message.en.contains("fact-wetlands") == false)
        #expect(far.error?.message == L(.kbShowUnknown, ["id": "zzzzzzzzzzzz"]).joined(with: L(.kbShowAccepted)))
    }

    @Test func followUpReRanksForTheAudience() async throws {
        let context = try context()
        let runner = CommandRunner(context: context)
        _ = await runner.execute("垃圾分类")
        let followUp = await runner.execute("适合小学生吗")
        #expect(followUp.output?.json["answer"]?["id"] == .string("activity-sorting-game"))
        #expect(followUp.output?.json["audiences"] == .array(["school"]))
    }

    @Test func noGoodMatchSaysSoAndSuggests() async throws {
        let context = try context(.en)
        let outcome = await CommandRunner(context: context).execute("how to bake sourdough bread")
        #expect(outcome.output?.json["answered"] == .bool(false))
        let text = TextLayout(width: 80).lines(for: outcome.output!.blocks).map(\.plainText).joined()
        #expect(text.contains("Nothing in the knowledge base"))
        #expect(text.contains("Topics covered"))
    }

    @Test func anHonestRefusalSaysWhatWasUnderstoodAndOffersSuggestions() async throws {
        let context = try context()
        let runner = CommandRunner(context: context)
        let outcome = await runner.execute("我想问一下电动车补贴到底怎么申请啊")
        let json = try #require(outcome.output?.json)
        #expect(json["answered"] == .bool(false))
        #expect(json["understood"] == .string("电动车补贴申请"))
        #expect(json["answer"] == nil)
        let text = TextLayout(width: 80).lines(for: outcome.output!.blocks).map(\.plainText).joined()
        #expect(text.contains("没有找到关于“电动车补贴申请”的内容"))
        // Suggestions, when there are any, are marked as such, never as the answer.
        if let suggestions = json["suggestions"]?.arrayValue, !suggestions.isEmpty {
            #expect(text.contains("不是这个问题的答案"))
        }
    }

    @Test func aLecturersRequestOffersAnOutlineLine() async throws {
        let context = try context()
        let outcome = await CommandRunner(context: context).execute("给小学生讲垃圾分类")
        let json = try #require(outcome.output?.json)
        #expect(json["answered"] == .bool(true))
        let line = try #require(json["outline"]?.stringValue)
        #expect(line.hasPrefix("/outline audience=school"))
        // The topic is the one asked about, in the asker's words, without the frame or audience.
        #expect(line.hasSuffix("topic=垃圾分类"), "\(line)")
        // On the real knowledge base, which has the entries such a request needs.
        let framed = await CommandRunner(context: try self.context(repository: true)).execute(
            "帮我准备一个给初中生讲垃圾分类的主题班会")
        let framedJSON = try #require(framed.output?.json)
        #expect(framedJSON["answered"] == .bool(true), "the frame (主题班会) and audience (初中生) are not content")
        let framedLine = try #require(framedJSON["outline"]?.stringValue)
        #expect(framedLine == "/outline audience=school minutes=40 topic=垃圾分类", "\(framedLine)")
    }

    @Test func listsDatesTipsTopicsAndStats() async throws {
        let context = try context()
        let runner = CommandRunner(context: context)
        let dates = await runner.execute("/dates 2 --json")
        let list = try #require(dates.output?.json["dates"]?.arrayValue)
        #expect(list.first?["id"] == .string("date-environment-day"))
        #expect(list.first?["days"] == .int(4))
        #expect(list.count == 2)
        #expect(await runner.execute("/tips 垃圾分类").output?.json["results"]?.arrayValue?.count == 1)
        #expect(await runner.execute("/tips nosuch").status == .failed)
        #expect(await runner.execute("/points").status == .succeeded)
        #expect(await runner.execute("/topics").output?.json["topics"]?.arrayValue?.count == 4)
        #expect(await runner.execute("/kb stats").output?.json["entries"] == .int(6))
        #expect(await runner.execute("/kb check").status == .succeeded)
        #expect(await runner.execute("/show fact-wetlnds").status == .failed)
        #expect(await runner.execute("/show fact-wetlands").output?.json["entry"]?["id"] == .string("fact-wetlands"))
        #expect(await runner.execute("/ask 垃圾 kind=poem").status == .failed)
        #expect(await runner.execute("/ask 垃圾 audience=school").status == .succeeded)
    }

    @Test func tipOfTheDayIsStableForADate() async throws {
        let context = try context()
        let runner = CommandRunner(context: context)
        let first = await runner.execute("/tip")
        let second = await runner.execute("/tip")
        #expect(first.output?.json["tip"]?["id"] != nil)
        #expect(first.output?.json["tip"]?["id"] == second.output?.json["tip"]?["id"])
        let greeting = KnowledgeGreeting.blocks(context: context)
        #expect(greeting.count == 2)
    }

    @Test func completionOffersIdsTopicsAndVocabulary() throws {
        let context = try context()
        KnowledgeService.installCompletion(in: context)
        let completer = Completer(context: context)
        #expect(completer.complete(line: "/show fact-w", cursor: 12).insertion == "etlands ")
        #expect(completer.complete(line: "/tips wa", cursor: 8).candidates.contains { $0.value == "waste" })
        #expect(completer.complete(line: "地球之", cursor: 3).candidates.contains { $0.value == "地球之肾" })
    }

    @Test func everyKnowledgeMessageHasBothLanguagesAndTheSamePlaceholders() {
        for key in MessageKey.allCases where key.rawValue.hasPrefix("kb.") {
            let text = key.text
            #expect(!text.zh.isEmpty && !text.en.isEmpty, "\(key.rawValue)")
            #expect(
                LocalizedText.placeholders(in: text.zh) == LocalizedText.placeholders(in: text.en), "\(key.rawValue)")
        }
    }
}
