import Foundation
import Testing

@testable import EcoVolKit

/// The record rules, each as a coordinator would meet it: through the commands on a fresh
/// store at `fixedNow` (Friday 2026-05-29 04:26 in Shanghai). Every refusal must name the
/// field in both languages and save nothing.
@MainActor
@Suite struct RecordRulesTests {
    func schedule(_ c: CommandContext, _ fields: String) async throws -> String {
        let s = await run(c, "/schedule title=T type=education city=贵阳 audience=community \(fields) --json")
        #expect(s.status == .succeeded, "\(fields): \(String(describing: s.error?.message.zh))")
        return try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
    }

    func expectRefused(
        _ c: CommandContext, _ line: String, field: String, code: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try await c.outreachStore().state
        let (sessions, people, rows) = (before.sessions, before.people, before.allParticipations)
        let outcome = await run(c, line)
        #expect(outcome.status != .succeeded, "\(line)", sourceLocation: sourceLocation)
        #expect(
            outcome.error?.field == field, "\(line): \(String(describing: outcome.error))",
            sourceLocation: sourceLocation)
        if let code { #expect(outcome.error?.code == code, sourceLocation: sourceLocation) }
        let message = try #require(outcome.error?.message, sourceLocation: sourceLocation)
        #expect(message.zh.contains(field) && message.en.contains(field), "\(message)", sourceLocation: sourceLocation)
        let after = try await c.outreachStore().state
        #expect(
            after.sessions == sessions && after.people == people && after.allParticipations == rows,
            "saved something: \(line)", sourceLocation: sourceLocation)
    }

    // MARK: 1. Dates without a year

    @Test func yearlessDatesAreUpcomingAndPastStartsAreDeliberate() async throws {
        let c = makeContext(temporaryStoreDirectory())
        // 5 May has passed on 29 May, so it is next year's 5 May, echoed as such.
        let id = try await schedule(c, "start=\"5月5日 上午9点半\" duration=2h")
        let s = try #require(try await c.outreachStore().state.sessions[id])
        #expect(CalendarDate(s.start, in: s.zone).iso == "2027-05-05" && s.status == .planned)
        let echoed = await run(c, "/session \(id)")
        let echoedText: String = TextLayout(width: 120).lines(for: echoed.output?.blocks ?? []).map(\.plainText)
            .joined()
        #expect(echoedText.contains("2027-05-05"))
        // Yesterday is refused unless it is a deliberate back-filled record.
        try await expectRefused(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"昨天 9:00\" duration=2h",
            field: "start", code: "session.pastStart")
        let back = await run(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"昨天 9:00\" duration=2h past=yes")
        #expect(back.status == .succeeded)
        #expect(
            back.output?.warnings.contains {
                $0.zh.contains("补录") && $0.en.contains("Back-filled") && $0.en.contains("2026-05-28 09:00")
            } == true)
        let withYear = await run(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"2026-05-20 9:00\" duration=2h")
        #expect(withYear.status == .succeeded && withYear.output?.warnings.isEmpty == false)
        try await expectRefused(
            c,
            "/schedule title=T type=education city=贵阳 audience=community start=\"2026-05-20 9:00\" duration=2h past=maybe",
            field: "past")
        // In a filter a yearless date is this year: from=5月1日 includes the back-filled May sessions.
        let listed = await run(c, "/sessions all from=5月1日 to=5月31日 --json")
        #expect(listed.output?.json["sessions"]?.arrayValue?.count == 2)
    }

    // MARK: 2. Times of day

    @Test func endBeforeStartAndLongSessionsNeedConfirmation() async throws {
        let c = makeContext(temporaryStoreDirectory())
        try await expectRefused(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"明天 14:00\" end=13:00", field: "end",
            code: "session.endBeforeStart")
        let night = try await schedule(c, "start=\"明天 22:00\" end=01:30 overnight=yes")
        let s = try #require(try await c.outreachStore().state.sessions[night])
        #expect(s.end.timeIntervalSince(s.start) == 3.5 * 3600)
        try await expectRefused(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"明天 6:00\" duration=14h",
            field: "duration", code: "session.long")
        _ = try await schedule(c, "start=\"明天 6:00\" duration=14h long=yes")
        try await expectRefused(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"明天 6:00\" end=\"后天 8:00\" long=yes",
            field: "end")
        // The same rule in /edit.
        try await expectRefused(c, "/edit \(night) end=21:00", field: "end")
    }

    @Test func theDialogueAsksInsteadOfRefusing() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let prompter = ScriptedPrompter(["明天 22:00", "yes"])
        c.prompter = prompter
        let ok = await run(c, "/schedule title=T type=education city=贵阳 audience=community end=01:00 --json")
        #expect(ok.status == .succeeded, "\(prompter.shown) \(String(describing: ok.error))")
        #expect(prompter.shown.contains { $0.contains("overnight=yes") })
        let id = try #require(ok.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        let s = try #require(try await c.outreachStore().state.sessions[id])
        #expect(s.end.timeIntervalSince(s.start) == 3 * 3600)
    }

    // MARK: 3. Who is who

    @Test func nameAndPhoneIdentifyAPerson() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await schedule(c, "start=\"明天 9:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678 org=贵州大学").status == .succeeded)
        // Same name, another phone: another person, never merged silently.
        let other = await run(c, "/log \(id) name=张三 phone=13900001111 org=贵州师范大学")
        #expect(other.status == .succeeded)
        #expect(
            other.output?.warnings.contains { $0.zh.contains("另一个人") && $0.en.contains("different person") } == true)
        let people = try await c.outreachStore().state.livePeople.filter { $0.name == "张三" }
        #expect(people.count == 2)
        #expect(Set(people.compactMap(\.phone)) == ["13812345678", "13900001111"])
        // Same phone, another name: flagged, nothing saved.
        try await expectRefused(c, "/log \(id) name=李四 phone=13812345678", field: "phone", code: "person.phoneTaken")
        // Same name and phone: the same person (already logged).
        let again = await run(c, "/log \(id) name=张三 phone=13812345678")
        #expect(again.output?.warnings.contains { $0.zh.contains("已登记") || $0.en.contains("already") } == true)
        #expect(try await c.outreachStore().state.livePeople.count == 2)
        // A phone-less namesake gets the phone.
        #expect(await run(c, "/log \(id) 王五").status == .succeeded)
        #expect(await run(c, "/log \(id) name=王五 phone=13700002222").status == .succeeded)
        #expect(try await c.outreachStore().state.livePeople.filter { $0.name == "王五" }.map(\.phone) == ["13700002222"])
    }

    @Test func anIDNumberIdentifiesAPersonToo() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await schedule(c, "start=\"明天 9:00\" duration=2h")
        // Kept only with consent.
        try await expectRefused(c, "/log \(id) name=钱七 id_number=520102199003071236", field: "consent")
        #expect(await run(c, "/log \(id) name=钱七 id_number=520102199003071236 consent=书面同意").status == .succeeded)
        try await expectRefused(
            c, "/log \(id) name=孙八 id_number=520102199003071236", field: "id_number", code: "person.idNumberTaken")
        let again = await run(c, "/log \(id) name=钱七 id_number=520102199003071236")
        #expect(again.status == .succeeded)
        #expect(try await c.outreachStore().state.livePeople.count == 1)
        let refused = await run(c, "/log \(id) name=孙八 id_number=520102199003071236")
        #expect(
            refused.error?.message.zh.contains("5201**********1236") == true
                && refused.error?.message.zh.contains("520102199003071236") == false)
    }

    @Test func atTheKeyboardANewNamesakeIsOffered() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await schedule(c, "start=\"明天 9:00\" duration=2h")
        let second = try await schedule(c, "start=\"后天 9:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        let prompter = ScriptedPrompter(["2"])
        c.prompter = prompter
        let logged = await run(c, "/log \(second) name=张三 phone=13900001111")
        #expect(logged.status == .succeeded)
        #expect(prompter.shown.contains { $0.contains("新登记一位 张三") }, "\(prompter.shown)")
        #expect(try await c.outreachStore().state.livePeople.filter { $0.name == "张三" }.count == 2)
        // Choosing the existing one books them, keeping their phone.
        let third = try await schedule(c, "start=\"下周三 9:00\" duration=2h")
        let first = try #require(try await c.outreachStore().state.livePeople.first { $0.phone == "13812345678" })
        let chooser = ScriptedPrompter([first.id])  // the context holds its prompter weakly
        c.prompter = chooser
        let chose = await run(c, "/log \(third) 张三")
        #expect(chose.status == .succeeded, "\(String(describing: chose.error))")
        let state = try await c.outreachStore().state
        #expect(state.participations(person: first.id).count == 2)
    }

    @Test func mergeShowsWhatDiffersAndAsks() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await schedule(c, "start=\"明天 9:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=赵六 phone=13812345678 org=甲").status == .succeeded)
        #expect(await run(c, "/log \(id) name=赵六 phone=13900001111 org=乙").status == .succeeded)
        let ids = try await c.outreachStore().state.livePeople.map(\.id)
        try await expectRefused(c, "/merge \(ids[0]) \(ids[1])", field: "confirm", code: "merge.unconfirmed")
        let prompter = ScriptedPrompter(["不用"])
        c.prompter = prompter
        let declined = await run(c, "/merge \(ids[0]) \(ids[1])")
        #expect(declined.status == .succeeded && declined.output?.json["saved"] == .bool(false))
        #expect(
            prompter.shown.contains { $0.contains("phone") && $0.contains("org") }
                || prompter.shown.joined().contains("org"), "\(prompter.shown)")
        #expect(try await c.outreachStore().state.livePeople.count == 2)
        // Answered the way people answer a question at the keyboard.
        let yes = ScriptedPrompter(["好的"])
        c.prompter = yes
        let merged = await run(c, "/merge \(ids[0]) \(ids[1])")
        #expect(merged.status == .succeeded, "\(yes.shown) \(String(describing: merged.error))")
        #expect(try await c.outreachStore().state.livePeople.count == 1)
    }

    // MARK: 4. Hours only for what happened

    @Test func hoursOnlyForWhatHappened() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await schedule(c, "start=\"明天 9:00\" duration=2h")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        try await expectRefused(c, "/done \(id)", field: "id", code: "session.notStarted")
        try await expectRefused(c, "/checkin \(id) 张三", field: "id", code: "checkin.early")
        // 1 h 50 min before the start check-in opens.
        let start = try #require(try await c.outreachStore().state.sessions[id]).start
        let early = makeContext(dir, now: start.addingTimeInterval(-110 * 60))
        #expect(await run(early, "/checkin \(id) 张三").status == .succeeded)
        let after = makeContext(dir, now: start.addingTimeInterval(3 * 3600))
        #expect(await run(after, "/done \(id)").status == .succeeded)
        #expect(
            try await after.outreachStore().state.serviceHours(person: try await person(after, "李四"), asOf: after.now())
                .hours == 2)
        // A done session is not re-timed or cancelled without force=yes …
        try await expectRefused(after, "/edit \(id) duration=3h", field: "duration", code: "session.doneEdit")
        let edited = await run(after, "/edit \(id) duration=3h force=yes --json")
        #expect(edited.status == .succeeded)
        #expect(edited.output?.json["hours_changed"]?.arrayValue?.count == 2)
        #expect(
            try await after.outreachStore().state.serviceHours(person: try await person(after, "李四"), asOf: after.now())
                .hours == 3)
        try await expectRefused(after, "/cancel \(id) reason=记错了", field: "force", code: "session.doneCancel")
        // … and with it the hours leave every total, the reason stays.
        let cancelled = await run(after, "/cancel \(id) reason=记错了 force=yes --json")
        #expect(cancelled.status == .succeeded)
        #expect(cancelled.output?.json["hours_removed"]?.arrayValue?.count == 2)
        let state = try await after.outreachStore().state
        #expect(state.sessions[id]?.cancelReason == "记错了")
        #expect(state.serviceHours(person: try await person(after, "李四"), asOf: after.now()).value == 0)
        let p = await run(after, "/person 李四 --json")
        #expect(p.output?.json["hours"] == .number(0))
        #expect(await run(after, "/certificate 李四").error?.code == "certificate.noService")
    }

    func person(_ c: CommandContext, _ name: String) async throws -> String {
        try #require(try await c.outreachStore().state.livePeople.first { $0.name == name }).id
    }

    // MARK: 6. One number policy

    @Test func oneFigureEverywhereWithTwoDecimals() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await schedule(c, "start=\"2026-05-20 9:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 hours=1.25").status == .succeeded)
        let small = try await schedule(c, "start=\"2026-05-21 9:00\" duration=1h")
        #expect(await run(c, "/log \(small) name=张三 hours=0.01").status == .succeeded)
        let cert = await run(c, "/certificate 张三 --json")
        #expect(cert.output?.json["hours"] == .number(1.26))
        #expect(cert.output?.json["hours_text"] == .string("1.26"))
        let rows = try #require(cert.output?.json["service"]?.arrayValue).compactMap { $0["hours"]?.doubleValue }
        #expect(rows == [1.25, 0.01])
        let screen = await run(c, "/certificate 张三")
        let text = TextLayout(width: 160).lines(for: screen.output?.blocks ?? []).map(\.plainText).joined(
            separator: "\n")
        #expect(text.contains("1.26 小时") && text.contains("1.25") && text.contains("0.01") && !text.contains("1.2 小时"))
        let person = await run(c, "/person 张三 --json")
        #expect(person.output?.json["hours"] == .number(1.26))
        #expect(CentiHours(hours: 1.25).description == "1.25")
        #expect(CentiHours(hours: 1.5).description == "1.5")
        #expect(CentiHours(hours: 2).description == "2")
        #expect(CentiHours(seconds: 20 * 60).description == "0.33")
    }

    // MARK: 10. Plausibility

    @Test func implausibleFiguresAreWarnedAtOnce() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await schedule(c, "start=\"明天 9:00\" duration=2h capacity=5")
        let logged = await run(c, "/log \(id) name=张三 hours=24")
        #expect(
            logged.output?.warnings.contains {
                $0.zh.contains("hours") && $0.en.contains("more than the session's 2 h")
            } == true)
        #expect(await run(c, "/log \(id) 李四 王五").status == .succeeded)
        let marked = await run(c, "/mark \(id) 李四 hours=3")
        #expect(marked.output?.warnings.contains { $0.en.contains("hours:") } == true)
        let edit = await run(c, "/edit \(id) capacity=1")
        #expect(
            edit.output?.warnings.contains { $0.zh.contains("capacity") && $0.en.contains("fewer than the 3 people") }
                == true)
        try await expectRefused(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"1900-01-01 9:00\" duration=2h",
            field: "start")
        try await expectRefused(
            c, "/schedule title=T type=education city=贵阳 audience=community start=\"9999-01-01 9:00\" duration=2h",
            field: "start")
        try await expectRefused(c, "/sessions from=1900-01-01", field: "from")
    }
}
