import Foundation
import Testing

@testable import EcoVolKit

/// Waitlist promotion, check-in/out, undo and projects through the commands, each against a
/// temporary store: who moves up and in what order, and what is refused with which field.
@MainActor
@Suite struct WaitlistCommandTests {
    /// Status by name in `session`.
    private func statuses(_ c: CommandContext, _ session: String) async throws -> [String: ParticipationStatus] {
        let state = try await c.outreachStore().state
        var out: [String: ParticipationStatus] = [:]
        for p in state.participations(session: session) { out[state.people[p.person]?.name ?? p.person] = p.status }
        return out
    }

    /// `context` at `minutes` after fixedNow, on the same store.
    private func at(_ dir: String, minutes: Double) -> CommandContext {
        makeContext(dir, now: fixedNow.addingTimeInterval(minutes * 60))
    }

    @Test func raisingCapacityPromotesTheLongestWaitingInTheOrderTheySignedUp() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        // One sign-up per minute; 王五 signed up before 李四 though typed later in the file.
        for (minute, name) in [(0, "张三"), (1, "王五"), (2, "李四"), (3, "赵六")] {
            let log = await run(at(dir, minutes: Double(minute)), "/log \(id) \(name)")
            #expect(log.status == .succeeded, "\(String(describing: log.error?.message.zh))")
        }
        #expect(
            try await statuses(c, id) == ["张三": .signedUp, "王五": .waitlisted, "李四": .waitlisted, "赵六": .waitlisted])
        let edit = await run(at(dir, minutes: 10), "/edit \(id) capacity=3")
        #expect(edit.status == .succeeded, "\(String(describing: edit.error?.message.zh))")
        #expect(try await statuses(c, id) == ["张三": .signedUp, "王五": .signedUp, "李四": .signedUp, "赵六": .waitlisted])
        // The warnings name who moved up, in order.
        let promoted = (edit.output?.warnings ?? []).map(\.zh).filter { $0.contains("王五") || $0.contains("李四") }
        #expect(promoted.count == 2)
        #expect(promoted.first?.contains("王五") == true)
        // Lowering the capacity below the sign-ups warns and takes no one's place.
        let lower = await run(at(dir, minutes: 11), "/edit \(id) capacity=1")
        #expect(lower.status == .succeeded)
        #expect(
            lower.output?.warnings.contains { $0 == L(.rulesCapacityBelow, ["capacity": "1", "count": "3"]) } == true)
        #expect(try await statuses(c, id).values.filter { $0 == .signedUp }.count == 3)
    }

    @Test func unloggingASignUpPromotesTheNextInLineAndAWaitingOneFreesNothing() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        // Logged together: they wait in the order typed.
        #expect(await run(c, "/log \(id) 甲 乙 丙").status == .succeeded)
        #expect(try await statuses(c, id) == ["甲": .signedUp, "乙": .waitlisted, "丙": .waitlisted])
        let waiting = await run(c, "/unlog \(id) 丙 --json")
        #expect(waiting.status == .succeeded)
        #expect(waiting.output?.json["promoted"] == .array([]))
        let first = await run(c, "/unlog \(id) 甲 --json")
        #expect(first.status == .succeeded)
        #expect(first.output?.json["promoted"] == .array([.string("乙")]))
        #expect(try await statuses(c, id) == ["乙": .signedUp])
        // A store opened afresh sees the same.
        #expect(try await statuses(makeContext(dir), id) == ["乙": .signedUp])
    }

    @Test func aCancelledSessionPromotesNoOne() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 甲 乙").status == .succeeded)
        #expect(await run(c, "/cancel \(id) reason=暴雨预警").status == .succeeded)
        let unlog = await run(c, "/unlog \(id) 甲 --json")
        #expect(unlog.status == .succeeded)
        #expect(unlog.output?.json["promoted"] == .array([]))
        #expect(try await statuses(c, id) == ["乙": .waitlisted])
        // Nor can anyone check in to it.
        let checkIn = await run(at(dir, minutes: 8 * 24 * 60), "/checkin \(id) 乙")
        #expect(checkIn.status == .failed)
        #expect(checkIn.error?.code == "session.cancelled" && checkIn.error?.field == "id")
    }

    @Test func editingACancelledOrFinishedSessionPromotesNoOneAsUnloggingDoesNot() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let cancelled = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(cancelled) 甲 乙").status == .succeeded)
        #expect(await run(c, "/cancel \(cancelled) reason=暴雨预警").status == .succeeded)
        let raised = await run(c, "/edit \(cancelled) capacity=3")
        #expect(raised.status == .succeeded, "\(String(describing: raised.error?.message.zh))")
        #expect(try await statuses(c, cancelled) == ["甲": .signedUp, "乙": .waitlisted])
        #expect(raised.output?.warnings.contains { $0.zh.contains("乙") } == false)
        // Done: whoever waited did not come, and stays waiting, by /edit as by /unlog.
        let finished = try await scheduleSession(c, "start=\"2026-06-04 14:00\" duration=2h capacity=1")
        #expect(await run(c, "/log \(finished) 丙 丁").status == .succeeded)
        let later = at(dir, minutes: 8 * 24 * 60)
        let done = await run(later, "/done \(finished)")
        #expect(done.status == .succeeded, "\(String(describing: done.error?.message.zh))")
        let edit = await run(later, "/edit \(finished) capacity=3")
        #expect(edit.status == .succeeded, "\(String(describing: edit.error?.message.zh))")
        #expect(try await statuses(c, finished) == ["丙": .attended, "丁": .waitlisted])
        // 丙's hours are credited: taking them off a finished session is deliberate.
        #expect(await run(later, "/unlog \(finished) 丙").error?.field == "force")
        let unlog = await run(later, "/unlog \(finished) 丙 force=yes --json")
        #expect(unlog.status == .succeeded)
        #expect(unlog.output?.json["promoted"] == .array([]))
        #expect(try await statuses(makeContext(dir), finished) == ["丁": .waitlisted])
    }

    @Test func whoMovesUpOnAnEditGetsTheNewLengthOfTheSameEdit() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 甲 乙").status == .succeeded)
        let edit = await run(c, "/edit \(id) duration=3h capacity=2")
        #expect(edit.status == .succeeded, "\(String(describing: edit.error?.message.zh))")
        let state = try await makeContext(dir).outreachStore().state
        let rows = state.participations(session: id)
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.status == .signedUp })
        #expect(
            rows.allSatisfy { $0.scheduledHours == 3 && $0.actualHours == 3 },
            "\(rows.map { ($0.scheduledHours, $0.actualHours) })")
    }

    @Test func removingTheCapacityMovesEveryoneWaitingUp() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 张三 李四 王五").status == .succeeded)
        #expect(try await statuses(c, id) == ["张三": .signedUp, "李四": .waitlisted, "王五": .waitlisted])
        // No limit any more: nobody is left waiting behind a place that is always free.
        let edit = await run(c, "/edit \(id) capacity=")
        #expect(edit.status == .succeeded, "\(String(describing: edit.error?.message.zh))")
        #expect(try await makeContext(dir).outreachStore().state.sessions[id]?.capacity == nil)
        #expect(try await statuses(makeContext(dir), id) == ["张三": .signedUp, "李四": .signedUp, "王五": .signedUp])
        let moved = edit.output?.warnings.map(\.zh) ?? []
        #expect(moved == ["李四 已从候补转为正式报名。", "王五 已从候补转为正式报名。"], "\(moved)")
        // Someone logged afterwards takes a place too.
        #expect(await run(c, "/log \(id) 赵六").status == .succeeded)
        #expect(try await statuses(c, id)["赵六"] == .signedUp)
    }

    @Test func loweringTheCapacityWarnsAndRemovesNoOne() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=3")
        #expect(await run(c, "/log \(id) 张三 李四 王五 赵六").status == .succeeded)
        let edit = await run(c, "/edit \(id) capacity=1")
        #expect(edit.status == .succeeded)
        #expect(edit.output?.warnings.contains { $0.en.hasPrefix("capacity:") && $0.en.contains("3") } == true)
        #expect(try await statuses(c, id) == ["张三": .signedUp, "李四": .signedUp, "王五": .signedUp, "赵六": .waitlisted])
        // Over-full: a place given up is not handed on until the session is below its capacity.
        #expect(await run(c, "/unlog \(id) 张三").status == .succeeded)
        #expect(try await statuses(c, id)["赵六"] == .waitlisted)
        #expect(await run(c, "/unlog \(id) 李四").status == .succeeded)
        #expect(await run(c, "/unlog \(id) 王五").status == .succeeded)
        #expect(try await statuses(makeContext(dir), id) == ["赵六": .signedUp])
    }

    @Test func aWalkInIsCheckedInAndOutWithTheHoursBetween() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        // fixedNow is 04:26:40 on 29 May in Shanghai; the session runs 09:30–12:30.
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=3h")
        // 09:26:40: within the window before the start; 钱七 was never logged.
        let checkIn = await run(at(dir, minutes: 300), "/checkin \(id) 钱七 --json")
        #expect(checkIn.status == .failed && checkIn.error?.code == "person.unknown")
        // Known from another session, not logged for this one: checking in logs them as attended.
        let other = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(other) 钱七").status == .succeeded)
        let inside = await run(at(dir, minutes: 300), "/checkin \(id) 钱七")
        #expect(inside.status == .succeeded, "\(String(describing: inside.error?.message.en))")
        // 90 minutes later: 1.5 hours, and the message says so.
        let out = await run(at(dir, minutes: 390), "/checkout \(id) 钱七 --json")
        #expect(out.status == .succeeded, "\(String(describing: out.error?.message.en))")
        let state = try await c.outreachStore().state
        let person = try #require(state.people.values.first { $0.name == "钱七" })
        let p = try #require(state.participation(ParticipationKey(session: id, person: person.id)))
        #expect(p.actualHours == 1.5 && p.status == .attended)
        #expect(p.checkIn == fixedNow.addingTimeInterval(300 * 60))
        #expect(p.checkOut == fixedNow.addingTimeInterval(390 * 60))
        // Checking in again later restarts the clock; the hours are those since the new check-in.
        #expect(await run(at(dir, minutes: 400), "/checkin \(id) 钱七").status == .succeeded)
        #expect(await run(at(dir, minutes: 430), "/checkout \(id) 钱七").status == .succeeded)
        let again = try #require(
            try await makeContext(dir).outreachStore().state.participation(
                ParticipationKey(session: id, person: person.id)))
        #expect(again.actualHours == 0.5)
    }

    @Test func undoRevertsTheLastChangeAndRefusesOverAnotherWindowsEdit() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let nothing = await run(c, "/undo")
        #expect(nothing.status == .failed && nothing.error?.code == "store.nothingToUndo")
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/edit \(id) venue=文化站").status == .succeeded)
        let undone = await run(c, "/undo --json")
        #expect(undone.status == .succeeded, "\(String(describing: undone.error?.message.zh))")
        #expect(undone.output?.json["command"]?.stringValue == "edit")
        #expect(try await c.outreachStore().state.sessions[id]?.venue == nil)
        // This window edits the title; another window then edits the same session.
        #expect(await run(c, "/edit \(id) title=湿地课堂").status == .succeeded)
        let other = makeContext(dir)
        #expect(await run(other, "/edit \(id) venue=图书馆").status == .succeeded)
        for _ in 0..<2 {
            // Refused, and refused again: the change stays on the stack, the store untouched.
            let conflict = await run(c, "/undo")
            #expect(conflict.status == .failed && conflict.error?.code == "store.undoConflict")
        }
        let session = try #require(try await makeContext(dir).outreachStore().state.sessions[id])
        #expect(session.title == "湿地课堂" && session.venue == "图书馆")
    }

    @Test func projectsAreRefusedWithTheFieldNamedAndUsedBySchedule() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let tooLong = await run(c, "/project add name=" + String(repeating: "河", count: 101))
        #expect(tooLong.status == .failed && tooLong.error?.field == "name" && tooLong.error?.code == "value.invalid")
        let note = await run(c, "/project add name=净滩 note=" + String(repeating: "x", count: 501))
        #expect(note.status == .failed && note.error?.field == "note")
        let unknownCity = await run(c, "/project add name=净滩 city=火星 --json")
        #expect(unknownCity.status == .succeeded)
        #expect(unknownCity.output?.warnings.contains { $0.en.contains("火星") } == true)
        #expect(unknownCity.output?.json["project"]?["city"]?.stringValue == "火星")
        let known = await run(c, "/project add name=Campus city=Zunyi --json")
        #expect(known.output?.json["project"]?["city"]?.stringValue == "遵义市")
        let pid = try #require(known.output?.json["project"]?["id"]?.stringValue)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h project=\(pid)")
        #expect(try await c.outreachStore().state.sessions[id]?.project == pid)
        let wrong = await run(
            c, "/schedule title=x type=education city=贵阳 start=\"2026-06-05 09:30\" duration=2h project=nope")
        #expect(wrong.status == .failed && wrong.error?.field == "project")
    }
}
