import Foundation
import Testing

@testable import EcoVolKit

@MainActor
@Suite struct MarkCommandTests {
    @Test func marksNoShowRatingHoursAndNote() async throws {
        let dir = temporaryStoreDirectory()
        let before = makeContext(dir)
        let s = await run(
            before,
            "/schedule title=河湖巡护 type=supervision start=\"明天 9:00\" duration=3h city=黔东南 audience=village --json")
        let id = try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(await run(before, "/log \(id) 王五 赵六").status == .succeeded)
        // The day after: how it went is recorded once it has happened.
        let c = makeContext(dir, now: fixedNow.addingTimeInterval(2 * 86_400))

        #expect(await run(c, "/mark \(id) 王五 rating=5 note=讲解耐心").status == .succeeded)
        #expect(await run(c, "/评价 \(id) 赵六 status=缺席").status == .succeeded)
        let state = try await c.outreachStore().state
        let people = Dictionary(uniqueKeysWithValues: state.people.values.map { ($0.name, $0.id) })
        let wang = try #require(state.participation(ParticipationKey(session: id, person: people["王五"]!)))
        #expect(wang.evaluation == 5 && wang.note == "讲解耐心" && wang.actualHours == 3)
        let zhao = try #require(state.participation(ParticipationKey(session: id, person: people["赵六"]!)))
        #expect(zhao.status == .noShow && zhao.actualHours == 0)

        #expect(await run(c, "/mark \(id) 赵六 status=attended hours=2.5").status == .succeeded)
        let back = try #require(
            try await c.outreachStore().state.participation(ParticipationKey(session: id, person: people["赵六"]!)))
        #expect(back.status == .attended && back.actualHours == 2.5)
    }

    @Test func badInputNamesTheFieldAndSavesNothing() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let s = await run(
            c, "/schedule title=T type=practice start=\"明天 9:00\" duration=1h city=贵阳 audience=family --json")
        let id = try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        let before = try await c.outreachStore().state.allParticipations.count
        let cases: [(String, String)] = [
            ("/mark \(id) 张三 rating=9", "rating"),
            ("/mark \(id) 张三 status=maybe", "status"),
            ("/mark \(id) 张三", "status"),
            ("/mark \(id) 张三 hours=-1", "hours"),
            ("/mark \(id) 李四 rating=3", "person"),
        ]
        for (line, field) in cases {
            let outcome = await run(c, line)
            #expect(outcome.status == .usageError || outcome.status == .failed, "\(line)")
            #expect(outcome.error?.field == field, "\(line): \(String(describing: outcome.error?.field))")
        }
        #expect(try await c.outreachStore().state.allParticipations.count == before)
    }
}
