import Foundation
import Testing

@testable import EcoVolKit

/// `/checkin` and `/checkout` as a user sees them: the message with the clock time and the
/// hours, a waiting person who turns up, a cancelled session, and people found by phone or a
/// session by the start of its id.
@MainActor
@Suite struct CheckInCommandTests {
    /// fixedNow is 04:26:40 on 29 May in Shanghai; `minutes` later on the same store.
    private func at(_ dir: String, minutes: Double, _ language: Language = .zh) -> CommandContext {
        makeContext(dir, language: language, now: fixedNow.addingTimeInterval(minutes * 60))
    }

    @Test func theMessagesGiveTheClockTimeInTheSessionsZoneAndTheHours() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=3h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        // 09:33:20 and 11:03:20 in Shanghai: found by phone, the session by a prefix of its id.
        let checkIn = await run(at(dir, minutes: 307), "/签到 \(id.prefix(5)) 13812345678")
        #expect(checkIn.status == .succeeded, "\(String(describing: checkIn.error?.message.zh))")
        #expect(plainText(checkIn) == "已保存：张三 09:33 签到。", "\(plainText(checkIn))")
        let checkOut = await run(at(dir, minutes: 397, .en), "/checkout \(id) 张三 --json")
        #expect(checkOut.status == .succeeded, "\(String(describing: checkOut.error?.message.en))")
        #expect(
            plainText(checkOut) == "Saved: 张三 checked out at 11:03, 1.5 hours of service.", "\(plainText(checkOut))")
        #expect(checkOut.output?.json["saved"] == .bool(true))
        #expect(checkOut.output?.json["participation"]?["status"]?.stringValue == "attended")
        // The hours are what /person and the records show from then on, while the session goes on
        // until 12:30; read before the check-out's time, they wait for the service to be over.
        let person = await run(at(dir, minutes: 400), "/person 张三 --json")
        #expect(person.output?.json["hours"] == .number(1.5))
        #expect(person.output?.json["pending_hours"] == .number(0))
        let before = await run(at(dir, minutes: 390), "/person 张三 --json")
        #expect(before.output?.json["hours"] == .number(0) && before.output?.json["pending_hours"] == .number(1.5))
    }

    @Test func checkingInAgainAfterCheckingOutStartsAFreshVisit() async throws {
        let dir = temporaryStoreDirectory()
        let (id, key) = try await sessionWithZhangSanLogged(makeContext(dir))
        #expect(await run(at(dir, minutes: 300), "/checkin \(id) 张三").status == .succeeded)
        #expect(await run(at(dir, minutes: 360), "/checkout \(id) 张三").status == .succeeded)
        let back = await run(at(dir, minutes: 420), "/checkin \(id) 张三 --json")
        #expect(back.status == .succeeded)
        // Checked in, not yet out: no check-out an hour before the check-in.
        let json = back.output?.json["participation"]
        #expect(json?["check_in"] != nil && json?["check_out"] == nil, "\(String(describing: json))")
        let row = try #require(try await makeContext(dir).outreachStore().state.participation(key))
        #expect(row.checkIn == fixedNow.addingTimeInterval(420 * 60) && row.checkOut == nil)
        // The hours of the first visit stand until the second ends.
        #expect(row.actualHours == 1)
        #expect(await run(at(dir, minutes: 450), "/checkout \(id) 张三").status == .succeeded)
        #expect(try await makeContext(dir).outreachStore().state.participation(key)?.actualHours == 0.5)
    }

    @Test func aWaitingPersonWhoTurnsUpIsCheckedInAsAttended() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        let state = try await c.outreachStore().state
        let li = try #require(state.people.values.first { $0.name == "李四" })
        let key = ParticipationKey(session: id, person: li.id)
        #expect(state.participation(key)?.status == .waitlisted)
        #expect(await run(at(dir, minutes: 300), "/checkin \(id) 李四").status == .succeeded)
        let row = try #require(try await makeContext(dir).outreachStore().state.participation(key))
        #expect(row.status == .attended && row.checkIn == fixedNow.addingTimeInterval(300 * 60))
        #expect(row.scheduledHours == 2)
    }

    @Test func aCancelledSessionTakesNoCheckInAndNothingChanges() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        #expect(await run(c, "/cancel \(id) reason=暴雨").status == .succeeded)
        let before = try await c.outreachStore().state
        let seq = try await c.outreachStore().seq
        let refused = await run(at(dir, minutes: 300, .en), "/checkin \(id) 张三")
        #expect(refused.status == .failed)
        #expect(refused.error?.code == "session.cancelled" && refused.error?.field == "id")
        #expect(refused.error?.message.en == "Session \(id) is cancelled; nobody can be logged.")
        #expect(refused.error?.message.zh == "活动 \(id) 已取消，不能再登记。")
        let after = makeContext(dir)
        #expect(try await after.outreachStore().seq == seq)
        #expect(try await after.outreachStore().state.hasSameContent(as: before))
    }

    /// Checked in, then the session was cancelled: checking out would credit hours for a
    /// session that did not count, so it is refused and nothing changes.
    @Test func aCancelledSessionTakesNoCheckOutEither() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        #expect(await run(at(dir, minutes: 300, .en), "/checkin \(id) 张三").status == .succeeded)
        #expect(await run(c, "/cancel \(id) reason=暴雨").status == .succeeded)
        let before = try await makeContext(dir).outreachStore().state
        let seq = try await makeContext(dir).outreachStore().seq
        let refused = await run(at(dir, minutes: 360, .en), "/checkout \(id) 张三")
        #expect(refused.status == .failed)
        #expect(refused.error?.code == "session.cancelled" && refused.error?.field == "id")
        #expect(refused.error?.message.zh == "活动 \(id) 已取消，不能再登记。")
        let after = makeContext(dir)
        #expect(try await after.outreachStore().seq == seq)
        #expect(try await after.outreachStore().state.hasSameContent(as: before))
    }

    @Test func checkingOutSomeoneNeverLoggedOrUnknownNamesThePerson() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-29 09:30\" duration=2h")
        let other = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(other) 王五").status == .succeeded)
        // Known, but not logged for this session: nothing to check out.
        let notLogged = await run(at(dir, minutes: 330), "/checkout \(id) 王五")
        #expect(notLogged.status == .failed)
        #expect(notLogged.error?.code == "checkout.noCheckin" && notLogged.error?.field == "person")
        #expect(notLogged.error?.message.zh.contains("王五") == true)
        // Nobody of that name: refused as unknown, and no one is made up.
        let unknown = await run(at(dir, minutes: 330), "/checkout \(id) 赵钱")
        #expect(unknown.status == .failed && unknown.error?.code == "person.unknown")
        let state = try await makeContext(dir).outreachStore().state
        #expect(state.people.count == 1 && state.participations(session: id).isEmpty)
        // An unknown session is refused before anyone is looked for.
        let noSession = await run(c, "/checkin nosuch 王五")
        #expect(noSession.status == .failed && noSession.error?.code == "session.unknown")
    }
}
