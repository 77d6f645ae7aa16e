import Foundation
import Testing

@testable import EcoVolKit

/// `/done`: a session that took place is marked done with the public it reached and its
/// rating; who was still signed up is counted as attended, who waited is not.
@MainActor
@Suite struct DoneCommandTests {
    @Test func doneRecordsReachRatingAndNotesAndTurnsSignUpsIntoAttendance() async throws {
        let dir = temporaryStoreDirectory()
        let early = makeContext(dir, language: .en, now: fixedNow.addingTimeInterval(-30 * 86400))
        let id = try await scheduleSession(early, "start=\"2026-05-20 09:00\" duration=2h capacity=2")
        #expect(await run(early, "/log \(id) 张三 李四 王五").status == .succeeded)
        let c = makeContext(dir, language: .en)
        #expect(await run(c, "/mark \(id) 李四 status=no-show").status == .succeeded)
        let outcome = await run(c, "/done \(id) reached=120 rating=5 notes=反响好 --json")
        #expect(outcome.status == .succeeded, "\(String(describing: outcome.error?.message.en))")
        let records = try await StoredRecords.read(dir)
        let s = try #require(records.sessions[id])
        #expect(s.status == .done && s.reached == 120 && s.rating == 5 && s.notes == "反响好")
        #expect(records.participation(id, "张三")?.status == .attended)
        #expect(records.participation(id, "李四")?.status == .noShow)
        #expect(records.participation(id, "王五")?.status == .waitlisted)
        let json = try #require(outcome.output?.json)
        #expect(json["seq"]?.intValue == records.seq)
        let session = try #require(json["session"])
        #expect(session["status"]?.stringValue == "done" && session["reached"]?.intValue == 120)
        #expect(session["rating"]?.intValue == 5 && session["notes"]?.stringValue == "反响好")
        // One attended: 李四 did not come and 王五 never had a place.
        let said = L(.outreachDone, ["id": id, "title": s.title, "people": "1", "reached": "120"])
        #expect(plainText(outcome).contains(said.en), "\(plainText(outcome))")
    }

    @Test func theChineseNamesRecordTheSameAndLeaveOtherFieldsAlone() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/完成 \(id) 覆盖=80 评价=4").status == .succeeded)
        #expect(await run(c, "/done \(id) 备注=补记").status == .succeeded)
        let s = try #require(try await StoredRecords.read(dir).sessions[id])
        #expect(s.reached == 80 && s.rating == 4 && s.notes == "补记")
    }

    typealias Bad = BadLine

    nonisolated static let bad: [Bad] = [
        Bad(line: "/done {upcoming}", code: "session.notStarted", field: "id", shown: ["2026-06-05"]),
        Bad(line: "/done {cancelled}", code: "session.cancelled", field: "id", shown: ["{cancelled}"]),
        Bad(line: "/done nosuch", code: "session.unknown", field: "id", shown: ["nosuch"]),
        Bad(line: "/done {past} rating=6", code: "value.invalid", field: "rating", shown: ["6", "5"]),
        Bad(line: "/done {past} reached=-1", code: "value.invalid", field: "reached", shown: ["-1", "1000000"]),
        Bad(line: "/done {past} reached=很多", code: "value.invalid", field: "reached", shown: ["很多"]),
        Bad(line: "/done", code: "value.missing", field: "id", shown: ["id"]),
    ]

    @Test(arguments: bad)
    func isRefusedNamingTheFieldInBothLanguagesAndChangesNothing(_ bad: Bad) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let upcoming = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        let past = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let cancelled = try await scheduleSession(c, "start=\"2026-05-21 09:00\" duration=2h")
        #expect(await run(c, "/log \(upcoming) 张三").status == .succeeded)
        #expect(await run(c, "/log \(past) 张三").status == .succeeded)
        #expect(await run(c, "/cancel \(cancelled) reason=雨").status == .succeeded)
        try await expectRefusal(bad, in: dir, filling: ["upcoming": upcoming, "past": past, "cancelled": cancelled])
    }
}
