import Foundation
import Testing

@testable import EcoVolKit

/// Free text through the runner: a request comes back as a proposal and changes nothing
/// until its line is run; a question is answered exactly as `/ask` answers it.
@MainActor
@Suite struct DoCommandTests {
    func context(_ dir: String, prompter: ScriptedPrompter? = nil, language: Language = .zh) -> CommandContext {
        let now = RequestFixture.now
        let c = CommandContext(
            language: language, dataDirectory: DataDirectory(path: dir), now: { now }, timeZone: RequestFixture.zone)
        c.prompter = prompter
        return c
    }

    func scheduleSaturdayTalk(_ c: CommandContext) async throws -> String {
        let s = await run(
            c,
            "/schedule title=垃圾分类进社区讲座 type=lecture start=\"2026-12-05 14:00\" duration=2h city=贵阳 county=云岩区 audience=community --json"
        )
        return try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
    }

    @Test func aRequestIsProposedNotRunAndItsLineRunsIt() async throws {
        let dir = temporaryStoreDirectory()
        let c = context(dir)
        let id = try await scheduleSaturdayTalk(c)
        let outcome = await run(c, "取消周六的讲座，下暴雨")
        #expect(outcome.status == .succeeded)
        let proposal = try #require(outcome.output?.json["proposal"])
        #expect(proposal["command"] == "cancel")
        #expect(proposal["line"]?.stringValue == "/cancel \(id) reason=下暴雨")
        #expect(proposal["missing"] == .array([]))
        #expect(try await c.outreachStore().state.sessions[id]?.status == .planned)
        let line = try #require(outcome.output?.proposedLine)
        #expect(await run(c, line).status == .succeeded)
        #expect(try await c.outreachStore().state.sessions[id]?.status == .cancelled)
    }

    @Test func aLecturersRequestIsAnsweredAndItsOutlineLineOffered() async throws {
        let c = context(temporaryStoreDirectory())
        let outcome = await run(c, "给村民讲二十分钟垃圾分类，帮我准备个提纲")
        #expect(outcome.status == .succeeded)
        let json = try #require(outcome.output?.json)
        // The question's answer (or refusal) and the read-only proposal, in one document.
        #expect(json["question"] != nil && json["answered"] != nil)
        let line = try #require(json["proposal"]?["line"]?.stringValue)
        #expect(line == "/outline audience=village minutes=20 topic=垃圾分类")
        #expect(outcome.output?.proposedLine == line)
        // The line is shown once, where the answer offers an outline (or, refused, on its own).
        let text = (outcome.output?.blocks ?? []).map { block -> String in
            switch block {
            case .paragraph(let styled, _): return styled.plainText
            case .list(let items): return items.map(\.plainText).joined(separator: "\n")
            default: return ""
            }
        }.joined(separator: "\n")
        #expect(text.components(separatedBy: line).count == 2, "\(text)")
    }

    /// Framed in English, the whole line finds nothing, but the request read its topic: the
    /// answer is about that topic, and the outline line is still offered once.
    @Test func anEnglishOutlineRequestIsAnsweredByItsTopic() async throws {
        let c = context(temporaryStoreDirectory(), language: .en)
        let outcome = await run(c, "make me a 30-minute talk outline on plastics for a community meeting")
        let json = try #require(outcome.output?.json)
        #expect(json["answered"] == .bool(true))
        let first = try #require(json["results"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(first.contains("plastic"), "\(first)")
        #expect(json["proposal"]?["line"]?.stringValue == "/outline audience=community minutes=30 topic=plastics")
    }

    /// The texts of the proposal's notes (its list block).
    private func notes(_ c: CommandContext, _ text: String) async -> [String] {
        let outcome = await run(c, text)
        return (outcome.output?.blocks ?? []).flatMap { block -> [String] in
            if case .list(let items) = block { return items.map { $0.spans.map(\.text).joined() } }
            return []
        }
    }

    @Test func theNotesSayWhatIsMissingAndHowToRunItForTheWayEcovolIsUsed() async throws {
        let request = "明天下午三点在花溪区给小学生讲节约用水"
        let batch = await notes(context(temporaryStoreDirectory()), request)
        #expect(batch.contains(L(.requestMissingBatch, ["fields": "duration="]).zh))
        #expect(batch.contains(L(.requestNotRun).zh) && !batch.contains(L(.requestConfirm).zh))
        // With --yes the batch runs the proposal next, and says so instead of how to run it.
        let runs = context(temporaryStoreDirectory())
        runs[RunsProposalsKey.self] = true
        let running = await notes(runs, request)
        #expect(running.contains(L(.requestRunning).zh) && !running.contains(L(.requestNotRun).zh))
        let prompter = ScriptedPrompter([])  // held here: the context keeps it weakly
        let now = RequestFixture.now
        let interactive = CommandContext(
            language: .zh, dataDirectory: DataDirectory(path: temporaryStoreDirectory()), isInteractive: true,
            now: { now }, timeZone: RequestFixture.zone)
        interactive.prompter = prompter
        let asked = await notes(interactive, request)
        #expect(asked.contains(L(.requestMissing, ["fields": "duration="]).zh))
        #expect(asked.contains(L(.requestConfirm).zh) && !asked.contains(L(.requestNotRun).zh))
        // A request that only reads records says so.
        let reading = await notes(context(temporaryStoreDirectory()), "看看下周有哪些活动")
        #expect(reading.contains(L(.requestReadOnly).zh), "\(reading)")
    }

    @Test func missingFieldsAreListedAndTheGuidedDialogueTakesThem() async throws {
        let dir = temporaryStoreDirectory()
        let prompter = ScriptedPrompter(["90分钟"])  // held here: the context keeps it weakly
        let c = context(dir, prompter: prompter)
        let outcome = await run(c, "明天下午三点在花溪区给小学生讲节约用水")
        let proposal = try #require(outcome.output?.json["proposal"])
        #expect(proposal["missing"] == .array(["duration"]))
        let line = try #require(outcome.output?.proposedLine)
        #expect(
            line == "/schedule title=节约用水宣讲 type=lecture start=\"2026-12-02 15:00\" city=贵阳市 county=花溪区 audience=school"
        )
        let ran = await run(c, line)
        #expect(
            ran.status == .succeeded,
            "\(String(describing: ran.error?.message.zh)) \(String(describing: ran.error?.code))")
        let s = try #require(try await c.outreachStore().state.sessions.values.first)
        #expect(s.hours == 1.5 && s.county == "花溪区" && s.audience == .school)
    }

    @Test func questionsAreAnsweredExactlyAsAsk() async throws {
        for q in ["垃圾分类怎么分", "怎么取消一个活动", "what is carbon neutrality"] {
            let asked = await run(context(temporaryStoreDirectory("ask-" + q)), "/ask " + q)
            let typed = await run(context(temporaryStoreDirectory("typed-" + q)), q)
            #expect(typed.status == asked.status)
            #expect(typed.output?.json == asked.output?.json, "\(q)")
            #expect(typed.output?.proposedLine == nil)
        }
    }

    @Test func unsureWithNoOneToAskIsAnsweredWithTheCommandMentioned() async throws {
        let dir = temporaryStoreDirectory()
        let c = context(dir)
        let id = try await scheduleSaturdayTalk(c)
        let outcome = await run(c, "周六的讲座能取消吗")
        #expect(outcome.output?.proposedLine == nil)
        #expect(outcome.output?.warnings.contains { $0.zh.contains("/cancel \(id)") } == true)
        #expect(try await c.outreachStore().state.sessions[id]?.status == .planned)
    }

    @Test func unsureAtTheKeyboardAsksWhichWasMeant() async throws {
        let dir = temporaryStoreDirectory()
        let prompter = ScriptedPrompter(["1"])
        let c = context(dir, prompter: prompter)
        let id = try await scheduleSaturdayTalk(c)
        let outcome = await run(c, "周六的讲座能取消吗")
        #expect(outcome.output?.proposedLine == "/cancel \(id)")
        #expect(outcome.output?.json["proposal"]?["missing"] == .array(["reason"]))
        let second = ScriptedPrompter(["2"])
        let third = ScriptedPrompter([nil])
        let asked = context(temporaryStoreDirectory("q2"), prompter: second)
        _ = try await scheduleSaturdayTalk(asked)
        #expect(await run(asked, "周六的讲座能取消吗").output?.proposedLine == nil)
        let dropped = context(temporaryStoreDirectory("q3"), prompter: third)
        _ = try await scheduleSaturdayTalk(dropped)
        let d = await run(dropped, "周六的讲座能取消吗")
        #expect(d.status == .cancelled, "\(d.status) \(String(describing: d.output?.json.serialized()))")
    }

    @Test func twoReadingsAreOfferedAndTheChoiceIsProposed() async throws {
        let dir = temporaryStoreDirectory()
        let prompter = ScriptedPrompter(["3", "2"])
        let c = context(dir, prompter: prompter)
        _ = try await scheduleSaturdayTalk(c)
        let second = await run(
            c,
            "/schedule title=垃圾分类进小区讲座 type=lecture start=\"2026-12-05 17:00\" duration=1h city=贵阳 audience=community --json"
        )
        let secondID = try #require(second.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        let outcome = await run(c, "取消周六的讲座，下暴雨")
        #expect(prompter.shown.filter { $0.contains("/cancel") }.count == 2)
        #expect(prompter.shown.contains { $0.contains("1 或 2") })
        let line = try #require(outcome.output?.proposedLine)
        #expect(line.contains("reason=下暴雨"))
        // Either reading may come first; the one chosen is the one proposed.
        let listed = prompter.shown.filter { $0.contains("/cancel") }
        #expect(listed[1].contains(line))
        #expect(listed.contains { $0.contains(secondID) })
        // Each reading names its session, not only its id.
        #expect(listed.allSatisfy { $0.contains("活动：") })
        // Without a keyboard both readings are printed, the best as the proposal.
        let batch = context(dir)
        let printed = await run(batch, "取消周六的讲座，下暴雨")
        #expect(printed.output?.json["alternatives"]?.arrayValue?.count == 1)
    }

    @Test func englishRequestsAndTheExplicitCommand() async throws {
        let dir = temporaryStoreDirectory()
        let c = context(dir, language: .en)
        let id = try await scheduleSaturdayTalk(c)
        let outcome = await run(c, "cancel Saturday's talk because of heavy rain")
        #expect(outcome.output?.proposedLine == "/cancel \(id) reason=\"heavy rain\"")
        let explicit = await run(c, "/do 周六的讲座结束了，来了45个居民，评分5")
        #expect(explicit.output?.proposedLine == "/done \(id) reached=45 rating=5")
        let notUnderstood = await run(c, "/do 垃圾分类")
        #expect(notUnderstood.output?.proposedLine == nil)
        #expect(notUnderstood.output?.warnings.contains { $0.en.contains("answered as a question") } == true)
        #expect(await run(c, "/do").status == .failed)  // a missing value is a refusal (exit 1), not a malformed line
    }
}
