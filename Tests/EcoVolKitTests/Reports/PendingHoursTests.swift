import Foundation
import Testing

@testable import EcoVolKit

/// Hours count once the service is over. Attendance at a session still under way (or moved
/// into the future after people were logged) is shown as pending and left off every total,
/// star, report, export and certificate, until the session ends or is marked done.
@MainActor
@Suite struct PendingHoursTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!

    func session(_ id: String, day: Int, from: Double, hours: Double, status: SessionStatus = .planned) -> Session {
        ledgerSession(id, day: day, from: from, hours: hours, status: status)
    }

    func state(_ sessions: [Session]) -> OutreachState {
        var state = OutreachState()
        for s in sessions {
            state.apply(.putSession(s))
            state.apply(
                .putParticipation(
                    Participation(
                        session: s.id, person: "p1", status: .attended, scheduledHours: s.hours, logged: fixedNow)))
        }
        return state
    }

    // MARK: The ledger

    @Test func onlySessionsThatAreOverAreCredited() {
        // At 10:00 on 29 May: `over` ended at 11:00 on the 28th, `running` is 09:00–12:00 today,
        // `early` (13:00–15:00) is already marked done, `later` is next week.
        let now = CalendarDate(year: 2026, month: 5, day: 29).at(hour: 10, minute: 0, in: zone)
        let over = session("over", day: 28, from: 9, hours: 2)
        let running = session("running", day: 29, from: 9, hours: 3)
        let early = session("early", day: 29, from: 13, hours: 2, status: .done)
        let later = session("later", day: 5 + 30, from: 9, hours: 1.5)
        let ledger = HoursLedger.build(state: state([over, running, early, later]), person: "p1", asOf: now)
        #expect(ledger.rows.map(\.session.id) == ["over", "early"])
        #expect(ledger.total.value == 400)
        #expect(ledger.pending.map(\.session.id) == ["running", "later"])
        #expect(ledger.pending.map(\.recorded.value) == [300, 150])
        #expect(ledger.pendingTotal.value == 450)
        #expect(ledger.row(session: "running") == nil && ledger.pendingRow(session: "running") != nil)
        // The moment decides: at noon `running` is over and counts; nothing else moves.
        let noon = CalendarDate(year: 2026, month: 5, day: 29).at(hour: 12, minute: 0, in: zone)
        let atNoon = HoursLedger.build(state: state([over, running, early, later]), person: "p1", asOf: noon)
        #expect(atNoon.rows.map(\.session.id) == ["over", "running", "early"])
        #expect(atNoon.total.value == 700 && atNoon.pending.map(\.session.id) == ["later"])
    }

    @Test func isOverFollowsStatusThenEnd() {
        let s = session("s", day: 28, from: 9, hours: 2)
        #expect(HoursLedger.isOver(s, at: s.end))
        #expect(!HoursLedger.isOver(s, at: s.end.addingTimeInterval(-1)))
        var done = s
        done.status = .done
        #expect(HoursLedger.isOver(done, at: s.start))
        var cancelled = s
        cancelled.status = .cancelled
        #expect(!HoursLedger.isOver(cancelled, at: s.end.addingTimeInterval(86400)))
    }

    @Test func someoneWhoCheckedOutHasServedWhileTheSessionGoesOn() {
        let now = CalendarDate(year: 2026, month: 5, day: 29).at(hour: 10, minute: 0, in: zone)
        let running = session("running", day: 29, from: 8, hours: 4)
        var state = state([running])
        var left = Participation(
            session: "running", person: "p2", status: .attended, scheduledHours: 4, actualHours: 1.5,
            checkIn: running.start, checkOut: running.start.addingTimeInterval(1.5 * 3600), logged: fixedNow)
        state.apply(.putParticipation(left))
        #expect(HoursLedger.build(state: state, person: "p2", asOf: now).total.value == 150)
        #expect(HoursLedger.build(state: state, person: "p1", asOf: now).pending.count == 1)
        // A check-out still to come (typed ahead) does not count yet.
        left.checkOut = now.addingTimeInterval(60)
        state.apply(.putParticipation(left))
        let ahead = HoursLedger.build(state: state, person: "p2", asOf: now)
        #expect(ahead.total.value == 0 && ahead.pendingTotal.value == 150)
        #expect(!HoursLedger.isServed(running, left, at: now))
        #expect(HoursLedger.isServed(running, left, at: now.addingTimeInterval(60)))
    }

    @Test func aPendingSessionDoesNotTakeTimeFromAnOverlappingOne() {
        // Pending rows are not in the union, so the finished session keeps its full time.
        let now = CalendarDate(year: 2026, month: 5, day: 29).at(hour: 10, minute: 0, in: zone)
        let done = session("done", day: 29, from: 8, hours: 2, status: .done)
        let running = session("running", day: 29, from: 9, hours: 3)
        let ledger = HoursLedger.build(state: state([done, running]), person: "p1", asOf: now)
        #expect(ledger.total.value == 200 && ledger.overlapping.isEmpty)
        #expect(ledger.pending.map(\.session.id) == ["running"])
        let filtered = ledger.filtered { $0.id == "running" }
        #expect(filtered.rows.isEmpty && filtered.pending.count == 1)
    }

    @Test func pendingLinesNameEachSessionInBothLanguages() {
        let now = CalendarDate(year: 2026, month: 5, day: 29).at(hour: 10, minute: 0, in: zone)
        let running = session("running", day: 29, from: 9, hours: 3)
        let ledger = HoursLedger.build(state: state([running]), person: "p1", asOf: now)
        #expect(
            ledger.pendingLines(.zh) == [
                "尚未计入：1 场活动还没结束，共 3 小时，活动结束或用 /done 标记完成后计入：",
                "running「running」2026-05-29 12:00 结束，记录 3 小时",
            ])
        #expect(
            ledger.pendingLines(.en) == [
                "Not counted yet: 3 h at 1 session not over; they count once each ends or is marked done with /done:",
                "running “running” ends 2026-05-29 12:00, 3 h recorded",
            ])
        #expect(HoursLedger.build(state: state([]), person: "p1", asOf: now).pendingLines(.zh).isEmpty)
    }

    // MARK: Through the commands

    /// A session under way at `fixedNow` (04:26 on 29 May in Shanghai) with 张三 logged at it,
    /// back-filled from 03:00 to 06:00, and a finished one the day before.
    func runningFixture() async throws -> (CommandContext, running: String, finished: String) {
        let c = makeContext(temporaryStoreDirectory())
        func schedule(_ title: String, _ start: String, _ duration: String) async throws -> String {
            let s = await run(
                c,
                "/schedule title=\(title) type=education city=贵阳 audience=community start=\"\(start)\" "
                    + "duration=\(duration) past=yes --json")
            #expect(s.status == .succeeded, "\(String(describing: s.error?.message.zh))")
            return try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        }
        let running = try await schedule("夜间巡河", "2026-05-29 03:00", "3h")
        let finished = try await schedule("社区讲座", "2026-05-28 09:00", "2h")
        #expect(await run(c, "/log \(running) 张三 phone=13800138000").status == .succeeded)
        #expect(await run(c, "/log \(finished) 张三 phone=13800138000").status == .succeeded)
        return (c, running, finished)
    }

    @Test func personShowsThePendingRowAndLeavesItOffTheTotal() async throws {
        let (c, running, finished) = try await runningFixture()
        let person = await run(c, "/person 张三 --json")
        let json = try #require(person.output?.json)
        #expect(json["hours"] == .number(2))
        #expect(json["pending_hours"] == .number(3))
        let history = try #require(json["history"]?.arrayValue)
        #expect(history.first { $0["session"]?.stringValue == running }?["pending"] == .bool(true))
        #expect(history.first { $0["session"]?.stringValue == running }?["hours"] == .number(0))
        #expect(history.first { $0["session"]?.stringValue == finished }?["pending"] == .bool(false))
        let text = TextLayout(width: 140).lines(for: person.output?.blocks ?? []).map(\.plainText).joined(
            separator: "\n")
        #expect(text.contains("已参加 · 未结束"))
        #expect(text.contains("0 (3)"))
        #expect(text.contains("尚未计入：1 场活动还没结束，共 3 小时"))
        #expect(text.contains("\(running)「夜间巡河」2026-05-29 06:00 结束"))
        let english = await run(makeContext(c.dataDirectory.path, language: .en), "/person 张三")
        let englishText = TextLayout(width: 140).lines(for: english.output?.blocks ?? []).map(\.plainText).joined(
            separator: "\n")
        #expect(englishText.contains("attended · not over"))
        #expect(englishText.contains("Not counted yet: 3 h at 1 session not over"))
        // Once it has ended, the same record counts it with no command typed.
        let later = makeContext(c.dataDirectory.path, now: fixedNow.addingTimeInterval(2 * 3600))
        let after = try #require(await run(later, "/person 张三 --json").output?.json)
        #expect(after["hours"] == .number(5) && after["pending_hours"] == .number(0))
    }

    @Test func doneCountsTheSessionBeforeItsEnd() async throws {
        let (c, running, _) = try await runningFixture()
        #expect(await run(c, "/done \(running)").status == .succeeded)
        let json = try #require(await run(c, "/person 张三 --json").output?.json)
        #expect(json["hours"] == .number(5) && json["pending_hours"] == .number(0))
    }

    @Test func theCertificateLeavesOffAndSaysWhichSessions() async throws {
        let (c, running, finished) = try await runningFixture()
        let issued = await run(c, "/certificate 张三 --json")
        #expect(issued.status == .succeeded, "\(String(describing: issued.error?.message.zh))")
        let json = try #require(issued.output?.json)
        #expect(json["hours"] == .number(2))
        #expect(json["service"]?.arrayValue?.compactMap { $0["session"]?.stringValue } == [finished])
        let warning = try #require(issued.output?.warnings.first { $0.zh.contains("未计入本证明") })
        #expect(warning.zh.contains(running) && warning.zh.contains("3 小时"))
        #expect(warning.en.contains(running) && warning.en.contains("not on this certificate"))
    }

    @Test func aCertificateOfOnlyPendingServiceIsRefusedNamingTheSessions() async throws {
        let (c, running, finished) = try await runningFixture()
        #expect(await run(c, "/unlog \(finished) 张三").status == .succeeded)
        let refused = await run(c, "/certificate 张三")
        #expect(refused.status != .succeeded)
        #expect(refused.error?.code == "certificate.pending" && refused.error?.field == "person")
        let message = try #require(refused.error?.message)
        #expect(message.zh.hasPrefix("person：") && message.zh.contains(running) && message.zh.contains("3 小时"))
        #expect(message.en.hasPrefix("person:") && message.en.contains("not over yet"))
    }

    @Test func starsRecordsAndExportsUseTheSameFigure() async throws {
        let (c, running, _) = try await runningFixture()
        let stars = try #require(await run(c, "/stars --json").output?.json)
        #expect(stars["people"]?.arrayValue?.first?["hours"] == .number(2))
        let record = try #require(await run(c, "/record 张三 --json").output?.json)
        #expect(record["hours"] == .number(2) && record["pending_hours"] == .number(3))
        #expect(
            record["service"]?.arrayValue?.first { $0["session"]?.stringValue == running }?["pending"] == .bool(true))
        let people = try #require(await run(c, "/people --json").output?.json)
        #expect(people["people"]?.arrayValue?.first?["hours"] == .number(2))
    }

    @Test func theParticipationExportSaysWhichRowsAreNotOverYet() async throws {
        let (c, running, finished) = try await runningFixture()
        let file = temporaryStoreDirectory() + "-participation.csv"
        let exported = await run(c, "/export participation \(file)")
        #expect(exported.status == .succeeded, "\(String(describing: exported.error?.message.zh))")
        let csv = try String(contentsOfFile: file, encoding: .utf8)
        let rows = csv.split(whereSeparator: \.isNewline).map(String.init)
        let pending = try #require(rows.first { $0.hasPrefix(running) })
        let over = try #require(rows.first { $0.hasPrefix(finished) })
        #expect(pending.contains("已参加 · 未结束") && pending.contains(",3,3,0,"), "\(pending)")
        #expect(over.contains("已参加,") && !over.contains("未结束") && over.contains(",2,2,2,"), "\(over)")
    }

    @Test func movingAnEndedSessionIntoTheFutureSaysWhoseHoursLeave() async throws {
        let (c, _, finished) = try await runningFixture()
        let edited = await run(c, "/edit \(finished) start=\"2026-06-03 09:00\" --json")
        #expect(edited.status == .succeeded, "\(String(describing: edited.error?.message.zh))")
        let changed = try #require(edited.output?.json["hours_changed"]?.arrayValue)
        #expect(changed.count == 1)
        #expect(changed.first?["from"] == .number(2) && changed.first?["to"] == .number(0))
        let json = try #require(await run(c, "/person 张三 --json").output?.json)
        #expect(json["hours"] == .number(0) && json["pending_hours"] == .number(5))
    }
}
