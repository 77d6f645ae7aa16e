import Foundation
import Testing

@testable import EcoVolKit

/// A scripted prompter: answers in order, nil means Ctrl-C.
@MainActor final class ScriptedPrompter: UserPrompter {
    var answers: [String?]
    var shown: [String] = []
    init(_ answers: [String?]) { self.answers = answers }
    func ask(_ question: String, defaultValue: String?) async -> String? {
        guard !answers.isEmpty else { return nil }
        return answers.removeFirst()
    }
    func show(_ text: String) { shown.append(text) }
}

@MainActor
func makeContext(_ dir: String, language: Language = .zh, now: Date = fixedNow) -> CommandContext {
    CommandContext(language: language, dataDirectory: DataDirectory(path: dir), now: { now })
}

@MainActor
func run(_ context: CommandContext, _ line: String) async -> LineOutcome {
    await CommandRunner(context: context).execute(line)
}

/// Schedules one education session in 贵阳 with `arguments` added and returns its id; fails
/// the test when scheduling fails.
@MainActor
func scheduleSession(_ c: CommandContext, _ arguments: String) async throws -> String {
    let s = await run(c, "/schedule title=湿地保护 type=education city=贵阳 audience=community \(arguments) --json")
    #expect(s.status == .succeeded, "\(String(describing: s.error?.message.zh))")
    return try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
}

/// What a user reads of an outcome: its blocks laid out at `width`, without styles.
func plainText(_ outcome: LineOutcome, width: Int = 200) -> String {
    TextLayout(width: width).lines(for: outcome.output?.blocks ?? []).map(\.plainText).joined(separator: "\n")
}

/// A three-hour session at 09:30 on 29 May (five hours after fixedNow) with 张三 logged for
/// it; returns the session's id and 张三's row key.
@MainActor
func sessionWithZhangSanLogged(_ c: CommandContext) async throws -> (id: String, key: ParticipationKey) {
    let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=3h")
    #expect(await run(c, "/log \(id) 张三").status == .succeeded)
    let person = try #require(try await c.outreachStore().state.people.values.first { $0.name == "张三" })
    return (id, ParticipationKey(session: id, person: person.id))
}

@MainActor
@Suite struct OutreachTranscriptTests {
    @Test func scheduleLogDoneRestart() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let s = await run(
            c,
            "/schedule title=垃圾分类进社区 type=education start=\"明天 14:00\" duration=2h city=贵阳 audience=community venue=文化站 capacity=2 --json"
        )
        #expect(s.status == .succeeded, "\(String(describing: s.error?.message.zh))")
        let id = try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        let log = await run(c, "/log \(id) 张三 李四 王五")
        #expect(log.status == .succeeded, "\(String(describing: log.error?.message.zh))")
        let state = try await c.outreachStore().state
        #expect(state.participations(session: id).filter { $0.status == .waitlisted }.count == 1)
        let unlog = await run(c, "/unlog \(id) 张三")
        #expect(unlog.status == .succeeded)
        #expect(try await c.outreachStore().state.participations(session: id).allSatisfy { $0.status == .signedUp })
        // Not before it has begun: hours are credited only for what happened.
        let early = await run(c, "/done \(id) reached=120 rating=5")
        #expect(early.status == .failed && early.error?.field == "id")
        let tomorrowEvening = makeContext(dir, now: fixedNow.addingTimeInterval(36 * 3600))
        let done = await run(tomorrowEvening, "/done \(id) reached=120 rating=5")
        #expect(done.status == .succeeded, "\(String(describing: done.error?.message.zh))")
        // Restart: a new context on the same directory sees everything.
        let c2 = makeContext(dir, language: .en)
        let show = await run(c2, "/session \(id) --json")
        #expect(show.status == .succeeded)
        #expect(show.output?.json["status"]?.stringValue == "done")
        #expect(show.output?.json["reached"] == .int(120))
        let person = await run(c2, "/person 李四 --json")
        #expect(person.output?.json["hours"] == .number(2))
        #expect(person.output?.json["phone"] == nil)
        let sessions = await run(c2, "/sessions all")
        #expect(sessions.status == .succeeded)
    }

    /// An empty list says when the other range has sessions, and gives the line that lists
    /// them with the same filters; an empty store or filter says only that nothing matches.
    @Test func anEmptyListPointsToTheOtherRange() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let none = await run(c, "/sessions")
        #expect(none.output?.blocks.first.map(Self.text) == "没有符合条件的活动。")
        _ = try await scheduleSession(c, "start=\"2026-05-20 14:00\" duration=1h")
        let upcoming = await run(c, "/sessions city=贵阳")
        #expect(upcoming.status == .succeeded)
        #expect(upcoming.output?.blocks.first.map(Self.text) == "没有即将的活动；以往的有 1 场：/sessions past city=贵阳")
        #expect(upcoming.output?.json["sessions"]?.arrayValue?.isEmpty == true)
        let past = await run(c, "/sessions past city=贵阳")
        #expect(past.output?.json["sessions"]?.arrayValue?.count == 1)
        // The hint only counts what the same filters would list.
        let elsewhere = await run(c, "/sessions city=遵义")
        #expect(elsewhere.output?.blocks.first.map(Self.text) == "没有符合条件的活动。")
        c.language = .en
        let english = await run(c, "/sessions past type=training")
        #expect(english.output?.blocks.first.map(Self.text) == "No sessions match.")
        _ = try await scheduleSession(c, "start=\"2026-06-20 14:00\" duration=1h")
        // With one session on each side, each range lists its own.
        #expect(await run(c, "/sessions past --json").output?.json["sessions"]?.arrayValue?.count == 1)
        #expect(await run(c, "/sessions --json").output?.json["sessions"]?.arrayValue?.count == 1)
    }

    static func text(_ block: OutputBlock) -> String {
        if case .paragraph(let styled, _) = block { return styled.plainText }
        return ""
    }

    @Test func undoRecordsACompensatingChange() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let s = await run(
            c,
            "/schedule title=河湖巡护 type=supervision start=\"2026-06-05 09:30\" end=11:30 city=黔东南 audience=village project=qingqing --json"
        )
        let id = try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        _ = await run(c, "/log \(id) 赵六")
        #expect(try await c.outreachStore().state.participations(session: id).count == 1)
        let undo = await run(c, "/undo")
        #expect(undo.status == .succeeded)
        let store = try await c.outreachStore()
        #expect(store.state.participations(session: id).isEmpty)
        #expect(store.seq == 3)
    }

    @Test func dialogueAsksForMissingFieldsAndCtrlCSavesNothing() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let prompter = ScriptedPrompter(["education", "2026-02-30 9:00", "下周三 9:30", "", "黔南", "school"])
        c.prompter = prompter
        let ok = await run(c, "/schedule title=校园宣讲")
        #expect(ok.status == .succeeded, "\(prompter.shown)")
        #expect(prompter.shown.contains { $0.contains("2026-02-30") }, "\(prompter.shown)")
        #expect(try await c.outreachStore().state.sessions.values.first?.city == "黔南布依族苗族自治州")
        let cancelling = ScriptedPrompter(["lecture", nil])
        c.prompter = cancelling
        let cancelled = await run(c, "/schedule title=中途放弃")
        #expect(cancelled.status == .cancelled)
        #expect(try await c.outreachStore().state.sessions.count == 1)
        c.prompter = nil
        let missing = await run(c, "/schedule title=没人回答")
        #expect(missing.status == .failed)
        #expect(missing.error?.message.en.contains("start=") == true)
    }

    @Test func badInputIsRefusedWithTheFieldNamed() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        for (line, field) in [
            ("/schedule title=x type=lecture start=\"2026-02-30 09:00\" duration=2h city=gy audience=school", "start"),
            ("/schedule title=x type=party start=\"明天 9:00\" duration=2h city=gy audience=school", "type"),
            ("/schedule title=x type=lecture start=\"明天 9:00\" duration=-2h city=gy audience=school", "duration"),
            (
                "/schedule title=x type=lecture start=\"明天 9:00\" end=\"2026-01-01 08:00\" city=gy audience=school",
                "end"
            ),
            ("/schedule title=x type=lecture start=\"明天 9:00\" duration=2h city=gy audience=moon", "audience"),
            (
                "/schedule title=\"\(String(repeating: "长", count: 100_000))\" type=lecture start=\"明天 9:00\" duration=2h city=gy audience=school",
                "title"
            ),
            (
                "/schedule title=\"a\u{1B}[2Jb\" type=lecture start=\"明天 9:00\" duration=2h city=gy audience=school",
                "title"
            ),
            ("/session nosuch", "id"),
        ] {
            let o = await run(c, line)
            #expect(o.status == .usageError || o.status == .failed, "\(line.prefix(60))")
            #expect(o.error?.field == field, "\(line.prefix(60)): \(String(describing: o.error?.field))")
        }
        #expect(try await c.outreachStore().state.sessions.isEmpty)
        let unknownCity = await run(
            c, "/schedule title=x type=lecture start=\"明天 9:00\" duration=2h city=上海 audience=school")
        #expect(unknownCity.status == .succeeded)
        #expect(unknownCity.output?.warnings.isEmpty == false)
    }

    @Test func doubleBookingWarnsAndSeriesRepeats() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let series = await run(
            c,
            "/schedule title=培训 type=training level=basic start=\"2026-06-03 09:30\" duration=3h city=gy venue=会议室 lecturer=刘老师 repeat=weekly count=4 --json"
        )
        #expect(series.status == .succeeded, "\(String(describing: series.error?.message.zh))")
        #expect(series.output?.json["sessions"]?.arrayValue?.count == 4)
        let clash = await run(
            c,
            "/schedule title=另一场 type=lecture start=\"2026-06-10 10:00\" duration=1h city=gy audience=agency venue=会议室")
        #expect(clash.status == .succeeded)
        #expect(clash.output?.warnings.count == 1)
        #expect(!(await OutreachGreeting.upcomingSessions(context: c)).isEmpty)
    }

    @Test func mergeKeepsHistory() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let s = await run(
            c, "/schedule title=a type=practice start=\"2026-05-20 09:00\" duration=2h city=gy audience=family --json")
        let id = try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        _ = await run(c, "/log \(id) name=张三 phone=13812345678")
        _ = await run(c, "/log \(id) name=张三丰")
        let state = try await c.outreachStore().state
        let a = try #require(state.people.values.first { $0.name == "张三" })
        let b = try #require(state.people.values.first { $0.name == "张三丰" })
        // The names differ: nothing is dropped without a yes.
        let unconfirmed = await run(c, "/merge \(a.id) \(b.id)")
        #expect(unconfirmed.status == .failed && unconfirmed.error?.field == "confirm")
        #expect(unconfirmed.error?.message.zh.contains("张三丰") == true)
        #expect(try await c.outreachStore().state.people[b.id]?.mergedInto == nil)
        let merged = await run(c, "/merge \(a.id) \(b.id) confirm=yes")
        #expect(merged.status == .succeeded, "\(String(describing: merged.error?.message.zh))")
        let after = try await c.outreachStore().state
        #expect(after.people[b.id]?.mergedInto == a.id)
        #expect(after.participations(person: a.id).count == 1)
    }

    @Test func importRefusesBadRowsAndImportsGoodFiles() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let csv = (dir as NSString).deletingLastPathComponent + "/people.csv"
        try "\u{FEFF}姓名,电话,单位\n王一,13900001111,贵州大学\n,13900002222,x\n王三,12345,y\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let refused = await run(c, "/import people \(csv)")
        #expect(refused.status == .failed)
        #expect(try await c.outreachStore().state.people.isEmpty)
        let preview = await run(c, "/import people \(csv) dry-run=yes --json")
        #expect(preview.output?.json["would_import"] == .int(1))
        let skipped = await run(c, "/import people \(csv) skip-bad=yes")
        #expect(skipped.status == .succeeded)
        #expect(try await c.outreachStore().state.people.count == 1)
    }
}
