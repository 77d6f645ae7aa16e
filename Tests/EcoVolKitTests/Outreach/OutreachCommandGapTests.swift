import Foundation
import Testing

@testable import EcoVolKit

/// Commands the transcript tests did not reach: check-in/out, undo conflicts, projects and
/// waitlist promotion on /edit and /unlog, each run against a temporary store.
@MainActor
@Suite struct OutreachCommandGapTests {
    @Test func checkInThenOutCreditsTheHoursBetween() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        // fixedNow is 04:26:40 on 29 May in Shanghai; the session starts at 09:30.
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=3h")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        let early = await run(c, "/checkin \(id) 张三")
        #expect(early.status != .succeeded)
        #expect(early.error?.code == "checkin.early" && early.error?.field == "id")
        let atStart = makeContext(dir, now: fixedNow.addingTimeInterval(5 * 3600))
        let checkIn = await run(atStart, "/checkin \(id) 张三 --json")
        #expect(checkIn.status == .succeeded, "\(String(describing: checkIn.error?.message.zh))")
        let key = ParticipationKey(
            session: id,
            person: try #require(try await atStart.outreachStore().state.people.values.first { $0.name == "张三" }?.id))
        let afterIn = try #require(try await atStart.outreachStore().state.participation(key))
        #expect(afterIn.status == .attended && afterIn.checkIn != nil && afterIn.checkOut == nil)
        let later = makeContext(dir, now: fixedNow.addingTimeInterval(7 * 3600))
        let checkOut = await run(later, "/checkout \(id) 张三")
        #expect(checkOut.status == .succeeded, "\(String(describing: checkOut.error?.message.zh))")
        let afterOut = try #require(try await later.outreachStore().state.participation(key))
        #expect(afterOut.actualHours == 2)
        #expect(afterOut.checkOut != nil && afterOut.status == .attended)
        // Checking out someone who never checked in is refused, naming the person field.
        let never = await run(later, "/checkout \(id) 李四")
        #expect(never.status != .succeeded)
        #expect(never.error?.code == "checkout.noCheckin" && never.error?.field == "person")
        let missing = await run(later, "/checkin \(id)")
        #expect(missing.status != .succeeded && missing.error?.field == "person")
    }

    @Test func checkedOutHoursAreTenthsCappedAtADayAndNeverBeforeTheCheckIn() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let (id, key) = try await sessionWithZhangSanLogged(c)
        func hours() async throws -> Double? {
            try await makeContext(dir).outreachStore().state.participation(key)?.actualHours
        }
        let checkInAt = fixedNow.addingTimeInterval(5 * 3600)
        #expect(await run(makeContext(dir, now: checkInAt), "/checkin \(id) 张三").status == .succeeded)
        // 20 minutes: 0.33… hours, kept to a tenth.
        let short = await run(makeContext(dir, now: checkInAt.addingTimeInterval(20 * 60)), "/checkout \(id) 张三")
        #expect(short.status == .succeeded, "\(String(describing: short.error?.message.zh))")
        #expect(try await hours() == 0.3)
        // A clock that went back: refused, the hours as they were.
        let back = await run(makeContext(dir, now: checkInAt.addingTimeInterval(-60)), "/checkout \(id) 张三")
        #expect(back.status == .failed)
        #expect(back.error?.code == "checkout.beforeCheckin" && back.error?.field == "person")
        #expect(try await hours() == 0.3)
        // Forgotten until the next evening: at most one day is credited.
        let forgotten = makeContext(dir, now: checkInAt.addingTimeInterval(30 * 3600))
        #expect(await run(forgotten, "/checkout \(id) 张三").status == .succeeded)
        #expect(try await hours() == 24)
    }

    @Test func aPhoneNumberTypedAsANameIsRefusedAndNothingIsLogged() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        let typed = await run(c, "/log \(id) 张三 13800138000")
        #expect(typed.status != .succeeded)
        #expect(typed.error?.field == "names")
        #expect(typed.error?.message.zh.contains("phone=") == true)
        // Neither 张三 nor a person called 13800138000 was registered.
        #expect(try await c.outreachStore().state.participations(session: id).isEmpty)
        #expect(try await c.outreachStore().state.people.isEmpty)
        let right = await run(c, "/log \(id) name=张三 phone=13800138000")
        #expect(right.status == .succeeded, "\(String(describing: right.error?.message.zh))")
        let person = try await c.outreachStore().state.people.values.first
        #expect(person?.name == "张三" && person?.phone == "13800138000")
    }

    @Test func undoOfAChangedRecordIsRefusedAndKeepsTheNewerChange() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 赵六").status == .succeeded)
        // Another window changes the same record after this one logged it.
        let other = makeContext(dir)
        #expect(await run(other, "/unlog \(id) 赵六").status == .succeeded)
        let undo = await run(c, "/undo")
        #expect(undo.status != .succeeded)
        #expect(undo.error?.code == "store.undoConflict")
        #expect(try await c.outreachStore().state.participations(session: id).isEmpty)
        #expect(try await makeContext(dir).outreachStore().state.sessions[id] != nil)
    }

    /// A change that can no longer be undone leaves the undo list: the next /undo reaches the
    /// change before it instead of meeting the same refusal again.
    @Test func aRefusedUndoLetsTheNextUndoReachTheEarlierChange() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 赵六").status == .succeeded)
        #expect(await run(makeContext(dir), "/unlog \(id) 赵六").status == .succeeded)
        let refused = await run(c, "/undo")
        #expect(refused.error?.code == "store.undoConflict")
        #expect(refused.error?.message.en.contains("Type /undo again to undo the earlier change") == true)
        #expect(refused.error?.message.zh.contains("再输入 /undo 将撤销更早的第") == true)
        // The earlier change was the schedule: undoing it removes the session.
        let undone = await run(c, "/undo")
        #expect(undone.status == .succeeded, "\(String(describing: undone.error?.message.en))")
        #expect(try await makeContext(dir).outreachStore().state.sessions[id] == nil)
        let nothing = await run(c, "/undo")
        #expect(nothing.error?.code == "store.nothingToUndo")
    }

    @Test func projectAddListsAndRefusesDuplicates() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let add = await run(c, "/project add name=绿色校园 city=贵阳 note=试点 --json")
        #expect(add.status == .succeeded, "\(String(describing: add.error?.message.en))")
        let pid = try #require(add.output?.json["project"]?["id"]?.stringValue)
        #expect(add.output?.json["project"]?["name"]?.stringValue == "绿色校园")
        let list = await run(c, "/projects --json")
        #expect(list.status == .succeeded)
        let listed = String(describing: list.output?.json)
        #expect(listed.contains(pid))
        let again = await run(c, "/project add name=绿色校园")
        #expect(again.status != .succeeded)
        #expect(again.error?.code == "project.exists" && again.error?.field == "name")
        let noName = await run(c, "/project add")
        #expect(noName.status != .succeeded && noName.error?.field == "name", "\(noName.status)")
        let reopened = try await makeContext(dir).outreachStore().state
        #expect(reopened.projects.filter { $0.name == "绿色校园" }.count == 1)
    }

    @Test func raisingCapacityPromotesTheWaitlist() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 张三 李四 王五").status == .succeeded)
        let before = try await c.outreachStore().state.participations(session: id)
        #expect(before.filter { $0.status == .waitlisted }.count == 2)
        let edit = await run(c, "/edit \(id) capacity=2")
        #expect(edit.status == .succeeded, "\(String(describing: edit.error?.message.zh))")
        let after = try await c.outreachStore().state.participations(session: id)
        #expect(after.filter { $0.status == .signedUp }.count == 2)
        #expect(after.filter { $0.status == .waitlisted }.count == 1)
        // Unlogging a signed-up volunteer moves the last waiting one up.
        #expect(await run(c, "/unlog \(id) 张三").status == .succeeded)
        let final = try await c.outreachStore().state.participations(session: id)
        #expect(final.count == 2)
        #expect(final.allSatisfy { $0.status == .signedUp })
    }
}
