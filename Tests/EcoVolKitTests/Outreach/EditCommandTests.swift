import Foundation
import Testing

@testable import EcoVolKit

/// `/edit`: rescheduling keeps the length and every sign-up, a new length carries the default
/// hours with it, a finished session's time is changed only on purpose, and bad values are
/// refused naming the field in both languages with nothing saved.
@MainActor
@Suite struct EditCommandTests {
    static func instant(_ iso: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: iso))
    }

    @Test func movingTheStartKeepsTheLengthAndEverySignUp() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        let before = try await StoredRecords.read(dir)
        let json = await succeededJSON(c, "/edit \(id) start=\"2026-06-06 14:00\" venue=市民中心 --json")
        let after = try await StoredRecords.read(dir)
        let s = try #require(after.sessions[id])
        #expect(s.start == (try Self.instant("2026-06-06T06:00:00Z")))
        #expect(s.end == (try Self.instant("2026-06-06T08:00:00Z")))
        #expect(s.venue == "市民中心" && s.updated == fixedNow)
        // The same people in the same places: a reschedule drops and promotes no one.
        #expect(after.participations == before.participations)
        #expect(after.seq == before.seq + 1 && json["seq"]?.intValue == after.seq)
        let session = try #require(json["session"])
        #expect(session["id"]?.stringValue == id && session["venue"]?.stringValue == "市民中心")
        #expect(session["start"]?.stringValue == ISOTimestamp.format(s.start))
        #expect(session["hours"]?.doubleValue == 2)
        #expect(session["signed_up"]?.intValue == 1 && session["waitlisted"]?.intValue == 1)
        #expect(json["hours_changed"]?.arrayValue?.isEmpty == true)
    }

    @Test func aNewLengthMovesDefaultHoursButKeepsHoursSomeoneRecorded() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        #expect(await run(c, "/mark \(id) 李四 hours=1.5").status == .succeeded)
        #expect(await run(c, "/修改 \(id) 时长=3h 名额=10 地点=文化站").status == .succeeded)
        let records = try await StoredRecords.read(dir)
        let s = try #require(records.sessions[id])
        #expect(s.hours == 3 && s.capacity == 10 && s.venue == "文化站")
        let zhang = try #require(records.participation(id, "张三"))
        #expect(zhang.scheduledHours == 3 && zhang.actualHours == 3)
        let li = try #require(records.participation(id, "李四"))
        #expect(li.scheduledHours == 3 && li.actualHours == 1.5)
    }

    @Test func aFinishedSessionsTimeChangesOnlyWithForceAndSaysWhoseHoursMoved() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        #expect(await run(c, "/done \(id) reached=40").status == .succeeded)
        let refused = try await refusal(dir, "/edit \(id) duration=3h")
        #expect(refused.code == "session.doneEdit" && refused.field == "duration")
        #expect(refused.zh.contains("force=yes") && refused.en.contains("force=yes"))
        // Other fields of a finished session change freely.
        #expect(await run(c, "/edit \(id) venue=文化站").status == .succeeded)
        let json = await succeededJSON(c, "/edit \(id) duration=3h force=yes --json")
        let records = try await StoredRecords.read(dir)
        let zhang = try #require(records.person(named: "张三"))
        #expect(records.participation(id, "张三")?.actualHours == 3)
        let changed = try #require(json["hours_changed"]?.arrayValue)
        #expect(changed.count == 1)
        #expect(changed.first?["name"]?.stringValue == "张三 (\(zhang.id))")
        #expect(changed.first?["from"]?.doubleValue == 2 && changed.first?["to"]?.doubleValue == 3)
        #expect(records.sessions[id]?.status == .done && records.sessions[id]?.venue == "文化站")
    }

    typealias Bad = BadLine

    nonisolated static let bad: [Bad] = [
        Bad(line: "/edit {id}", field: "key=value", shown: ["venue="]),
        Bad(line: "/edit nosuch venue=x", field: "id", shown: ["nosuch", "/sessions"]),
        Bad(line: "/edit {id} end=\"2026-06-05 18:00\" duration=3h", field: "duration", shown: []),
        Bad(line: "/edit {id} end=08:00", field: "end", shown: []),
        Bad(line: "/edit {id} duration=25h", field: "duration", shown: ["25h", "24"]),
        Bad(line: "/edit {id} capacity=0", field: "capacity", shown: ["0", "10000"]),
        Bad(line: "/edit {id} level=basic", field: "level", shown: ["basic", "training"]),
        Bad(line: "/edit {id} zone=Mars/Base", field: "zone", shown: ["Mars/Base", "Asia/Shanghai"]),
        Bad(line: "/edit {id} audience=外星人", field: "audience", shown: ["外星人", "village"]),
        Bad(line: "/edit {id} project=nosuch", field: "project", shown: ["nosuch", "/projects"]),
        Bad(line: "/edit {id} start=下辈子", field: "start", shown: ["下辈子"]),
        Bad(line: "/edit {id} title=\"\"", field: "title", shown: ["title"]),
        Bad(line: "/edit {id} force=maybe", field: "force", shown: ["maybe"]),
    ]

    @Test(arguments: bad)
    func aBadValueIsRefusedNamingTheFieldAndNothingIsSaved(_ bad: Bad) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=5")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        try await expectRefusal(bad, in: dir, filling: ["id": id])
    }
}
