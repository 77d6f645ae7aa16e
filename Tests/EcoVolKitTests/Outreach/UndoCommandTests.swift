import Foundation
import Testing

@testable import EcoVolKit

/// `/undo` over more than one change: it walks this window's changes back newest first, each
/// one whole (a series, a merge, a new person with the row that brought them), leaves other
/// windows' changes alone, and keeps history: every undo is a change of its own.
@MainActor
@Suite struct UndoCommandTests {
    @Test func undoWalksBackThisWindowsChangesNewestFirstAndLeavesOthersAlone() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        #expect(await run(c, "/edit \(id) venue=文化站").status == .succeeded)
        // Another window schedules a session of its own in between.
        let other = makeContext(dir)
        let theirs = try await scheduleSession(other, "start=\"2026-06-06 09:30\" duration=1h")

        let first = await run(c, "/undo --json")
        #expect(first.status == .succeeded, "\(String(describing: first.error?.message.en))")
        #expect(first.output?.json["command"]?.stringValue == "edit")
        #expect(first.output?.json["undone"] == .int(3))
        var state = try await c.outreachStore().state
        #expect(state.sessions[id]?.venue == nil)
        #expect(state.participations(session: id).count == 1)

        // The /log brought a new person with the row: both go.
        let second = await run(c, "/undo")
        #expect(second.status == .succeeded)
        #expect(plainText(second).contains("Undid change 2 (/log)"), "\(plainText(second))")
        state = try await c.outreachStore().state
        #expect(state.participations(session: id).isEmpty)
        #expect(state.people.isEmpty)
        #expect(state.sessions[id] != nil)

        #expect(await run(c, "/undo").status == .succeeded)
        state = try await c.outreachStore().state
        #expect(state.sessions[id] == nil)
        // The other window's session was never this window's to undo.
        #expect(state.sessions[theirs] != nil)

        let none = await run(c, "/undo")
        #expect(none.status == .failed && none.error?.code == "store.nothingToUndo")
        #expect(none.error?.message.en == "There is no change in this session to undo.")
        // Four changes and three undos, each recorded: history is never rewritten.
        #expect(try await makeContext(dir).outreachStore().seq == 7)
    }

    @Test func aRestartedWindowHasNothingToUndo() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        let restarted = makeContext(dir)
        let undo = await run(restarted, "/undo")
        #expect(undo.status == .failed && undo.error?.code == "store.nothingToUndo")
        #expect(undo.error?.message.zh == "本次会话中没有可撤销的修改。")
        #expect(try await restarted.outreachStore().state.sessions[id] != nil)
    }

    @Test func aWeeklySeriesIsUndoneWhole() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let series = await run(
            c,
            "/schedule title=培训 type=training level=basic start=\"2026-06-03 09:30\" duration=3h city=gy repeat=weekly count=4 --json"
        )
        #expect(series.status == .succeeded, "\(String(describing: series.error?.message.zh))")
        #expect(try await c.outreachStore().state.sessions.count == 4)
        #expect(await run(c, "/undo").status == .succeeded)
        #expect(try await makeContext(dir).outreachStore().state.sessions.isEmpty)
    }

    @Test func undoingAMergeGivesBackBothPeopleAndTheirRows() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        let other = try await scheduleSession(c, "start=\"2026-05-21 09:00\" duration=2h")
        #expect(await run(c, "/log \(other) name=张三丰").status == .succeeded)
        let before = try await c.outreachStore().state
        let a = try #require(before.people.values.first { $0.name == "张三" })
        let b = try #require(before.people.values.first { $0.name == "张三丰" })
        #expect(await run(c, "/merge \(a.id) \(b.id) confirm=yes").status == .succeeded)
        #expect(try await c.outreachStore().state.people[b.id]?.mergedInto == a.id)

        let undo = await run(c, "/undo --json")
        #expect(undo.status == .succeeded, "\(String(describing: undo.error?.message.zh))")
        #expect(undo.output?.json["command"]?.stringValue == "merge")
        let after = try await makeContext(dir).outreachStore().state
        #expect(after.people[b.id] == before.people[b.id])
        #expect(after.people[a.id] == before.people[a.id])
        #expect(after.participations(person: a.id).map(\.session) == [id])
        #expect(after.participations(person: b.id).map(\.session) == [other])
    }

    @Test func undoingACheckOutGivesBackTheHoursBeforeIt() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let (id, key) = try await sessionWithZhangSanLogged(c)
        let day = makeContext(dir, now: fixedNow.addingTimeInterval(5 * 3600))
        #expect(await run(day, "/checkin \(id) 张三").status == .succeeded)
        let checkedIn = try #require(try await day.outreachStore().state.participation(key))
        #expect(checkedIn.actualHours == 3)
        let evening = makeContext(dir, now: fixedNow.addingTimeInterval(6 * 3600))
        #expect(await run(evening, "/checkout \(id) 张三").status == .succeeded)
        #expect(try await evening.outreachStore().state.participation(key)?.actualHours == 1)
        #expect(await run(evening, "/undo").status == .succeeded)
        let undone = try #require(try await makeContext(dir).outreachStore().state.participation(key))
        #expect(undone == checkedIn)
        #expect(undone.checkOut == nil && undone.actualHours == 3)
    }
}
