import Foundation
import Testing

@testable import EcoVolKit

/// `/mark`: every word for attended and absent, what each leaves in the row and in `--json`,
/// and the refusals in both languages with the row unchanged.
@MainActor
@Suite struct MarkCommandStatusTests {
    struct Word: CustomTestStringConvertible, Sendable {
        var word: String
        var status: ParticipationStatus
        var testDescription: String { word }
    }

    nonisolated static let words: [Word] =
        ["absent", "no-show", "no_show", "noshow", "缺席", "未到", "NO-SHOW"].map {
            Word(word: $0, status: .noShow)
        } + ["attended", "present", "已参加", "参加", "出勤"].map { Word(word: $0, status: .attended) }

    /// A no-show served nothing; coming back to attended restores the session's length.
    @Test(arguments: words)
    func eachStatusWordRecordsItsStatusAndTheHoursThatGoWithIt(_ word: Word) async throws {
        let dir = temporaryStoreDirectory()
        let (id, key) = try await sessionWithZhangSanLogged(makeContext(dir))
        // During the session (it starts at 09:30): attendance is known once it has begun.
        let c = makeContext(dir, now: fixedNow.addingTimeInterval(6 * 3600))
        // Start from the other status, so the word has something to change.
        let other = word.status == .noShow ? "attended" : "no-show"
        #expect(await run(c, "/mark \(id) 张三 status=\(other)").status == .succeeded)
        let json = await succeededJSON(c, "/mark \(id) 张三 状态=\(word.word) --json")
        let row = try #require(try await StoredRecords.read(dir).participation(id, "张三"))
        #expect(row.status == word.status)
        #expect(row.actualHours == (word.status == .noShow ? 0 : 3))
        let part = try #require(json["participation"])
        #expect(part["person"]?.stringValue == key.person && part["session"]?.stringValue == id)
        #expect(part["status"]?.stringValue == word.status.rawValue)
        #expect(part["actual_hours"]?.doubleValue == row.actualHours && part["scheduled_hours"]?.doubleValue == 3)
    }

    /// Before the start nobody has come or been absent yet: attendance and ratings are refused
    /// in both languages, the row stays signed up; hours and a note may be set ahead.
    @Test func attendanceAndRatingsWaitForTheStart() async throws {
        let dir = temporaryStoreDirectory()
        let (id, _) = try await sessionWithZhangSanLogged(makeContext(dir))
        for line in ["/mark \(id) 张三 status=attended", "/mark \(id) 张三 status=no-show", "/mark \(id) 张三 rating=5"] {
            let zh = await run(makeContext(dir), line)
            #expect(
                zh.status == .failed && zh.error?.field == "id" && zh.error?.code == "session.notStarted", "\(line)")
            #expect(zh.error?.message.zh.contains("还不能记录出勤或评价") == true)
            let en = await run(makeContext(dir, language: .en), line)
            #expect(en.error?.message.en.contains("cannot be recorded yet") == true, "\(line)")
        }
        let row = try #require(try await StoredRecords.read(dir).participation(id, "张三"))
        #expect(row.status == .signedUp && row.evaluation == nil)
        #expect(await run(makeContext(dir), "/mark \(id) 张三 hours=1.5 note=只能待一个半小时").status == .succeeded)
        let planned = try #require(try await StoredRecords.read(dir).participation(id, "张三"))
        #expect(planned.status == .signedUp && planned.actualHours == 1.5 && planned.note == "只能待一个半小时")
    }

    @Test func ratingHoursAndNoteTogetherLandOnOneRowAndTheHoursWin() async throws {
        let dir = temporaryStoreDirectory()
        let (id, _) = try await sessionWithZhangSanLogged(makeContext(dir))
        let c = makeContext(dir, language: .en, now: fixedNow.addingTimeInterval(6 * 3600))
        let outcome = await run(c, "/标记 \(id) 张三 status=absent hours=1 评分=2 备注=迟到 --json")
        #expect(outcome.status == .succeeded)
        let row = try #require(try await StoredRecords.read(dir).participation(id, "张三"))
        // hours= is what was served, whatever the status would default to.
        #expect(row.status == .noShow && row.actualHours == 1 && row.evaluation == 2 && row.note == "迟到")
        let part = try #require(outcome.output?.json["participation"])
        #expect(part["evaluation"]?.intValue == 2 && part["note"]?.stringValue == "迟到")
        // More than the session lasted is kept and questioned.
        let long = await run(c, "/mark \(id) 张三 hours=4")
        let warning = L(.rulesHoursAboveLength, ["name": "张三", "hours": "4", "length": "3"])
        #expect(long.output?.warnings.contains(warning) == true)
        #expect(try await StoredRecords.read(dir).participation(id, "张三")?.actualHours == 4)
    }

    typealias Bad = BadLine

    nonisolated static let bad: [Bad] = [
        Bad(line: "/mark {id} 张三", code: "value.missing", field: "status", shown: ["status=", "rating="]),
        Bad(line: "/mark {id} 张三 status=late", code: "value.invalid", field: "status", shown: ["late", "no-show"]),
        Bad(line: "/mark {id} 张三 rating=0", code: "value.invalid", field: "rating", shown: ["0", "5"]),
        Bad(line: "/mark {id} 张三 rating=good", code: "value.invalid", field: "rating", shown: ["good"]),
        Bad(line: "/mark {id} 张三 hours=25", code: "value.invalid", field: "hours", shown: ["25", "24"]),
        Bad(line: "/mark {id} 李四 rating=3", code: "participation.unknown", field: "person", shown: ["李四"]),
        Bad(line: "/mark {id} 王五 rating=3", code: "person.unknown", field: "person", shown: ["王五"]),
        Bad(line: "/mark nosuch 张三 rating=3", code: "session.unknown", field: "id", shown: ["nosuch"]),
    ]

    @Test(arguments: bad)
    func isRefusedNamingTheFieldInBothLanguagesAndChangesNothing(_ bad: Bad) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let (id, _) = try await sessionWithZhangSanLogged(c)
        let other = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(other) 李四").status == .succeeded)
        try await expectRefusal(bad, in: dir, filling: ["id": id])
    }
}
