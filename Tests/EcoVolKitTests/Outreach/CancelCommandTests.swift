import Foundation
import Testing

@testable import EcoVolKit

/// `/cancel`: a session called off stays on record with its reason and its sign-ups; a
/// finished one is cancelled only on purpose, and then its hours leave every total.
@MainActor
@Suite struct CancelCommandTests {
    @Test func aCancelledSessionKeepsItsReasonAndSignUpsAndLeavesTheUpcomingList() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        let before = try await StoredRecords.read(dir)
        let outcome = await run(c, "/取消 \(id) 原因=暴雨预警 --json")
        #expect(outcome.status == .succeeded)
        let after = try await StoredRecords.read(dir)
        let s = try #require(after.sessions[id])
        #expect(s.status == .cancelled && s.cancelReason == "暴雨预警" && s.updated == fixedNow)
        #expect(after.participations == before.participations)
        let json = try #require(outcome.output?.json)
        #expect(json["seq"]?.intValue == after.seq)
        #expect(json["session"]?["status"]?.stringValue == "cancelled")
        #expect(json["session"]?["cancel_reason"]?.stringValue == "暴雨预警")
        #expect(json["hours_removed"]?.arrayValue?.isEmpty == true)
        #expect(plainText(outcome).contains(L(.outreachCancelled, ["id": id, "title": s.title, "people": "2"]).en))
        let upcoming = await succeededJSON(c, "/sessions --json")
        #expect(upcoming["sessions"]?.arrayValue?.isEmpty == true)
        let all = await succeededJSON(c, "/sessions all --json")
        #expect(all["sessions"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [id])
    }

    @Test func cancellingAFinishedSessionNeedsForceAndTakesItsHoursOut() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        #expect(await run(c, "/done \(id)").status == .succeeded)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        #expect(await succeededJSON(c, "/person \(zhang.id) --json")["hours"]?.doubleValue == 2)
        let refused = try await refusal(dir, "/cancel \(id) reason=记错了")
        #expect(refused.code == "session.doneCancel" && refused.field == "force")
        #expect(refused.zh.contains("force=yes") && refused.en.contains("force=yes"))
        let json = await succeededJSON(c, "/cancel \(id) reason=记错了 force=yes --json")
        let removed = try #require(json["hours_removed"]?.arrayValue)
        #expect(removed.count == 1)
        #expect(removed.first?["name"]?.stringValue == "张三 (\(zhang.id))")
        #expect(removed.first?["hours"]?.doubleValue == 2)
        // The row is kept for the record, but it no longer counts.
        let records = try await StoredRecords.read(dir)
        #expect(records.participation(id, "张三")?.status == .attended)
        #expect(await succeededJSON(c, "/person \(zhang.id) --json")["hours"]?.doubleValue == 0)
    }

    typealias Bad = BadLine

    nonisolated static let bad: [Bad] = [
        Bad(line: "/cancel {id}", code: "value.missing", field: "reason", shown: ["reason="]),
        Bad(line: "/cancel {id} reason=\"  \"", code: "value.missing", field: "reason", shown: ["reason"]),
        Bad(line: "/cancel nosuch reason=雨", code: "session.unknown", field: "id", shown: ["nosuch"]),
        Bad(line: "/cancel {cancelled} reason=雨", code: "session.cancelled", field: "id", shown: ["{cancelled}"]),
        Bad(line: "/cancel {id} reason=雨 force=perhaps", code: "value.invalid", field: "force", shown: ["perhaps"]),
    ]

    @Test(arguments: bad)
    func isRefusedNamingTheFieldInBothLanguagesAndChangesNothing(_ bad: Bad) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        let cancelled = try await scheduleSession(c, "start=\"2026-06-06 09:30\" duration=2h")
        #expect(await run(c, "/cancel \(cancelled) reason=场地冲突").status == .succeeded)
        try await expectRefusal(bad, in: dir, filling: ["id": id, "cancelled": cancelled])
    }
}
