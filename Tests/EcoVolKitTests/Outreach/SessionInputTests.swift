import Foundation
import Testing

@testable import EcoVolKit

/// What `/edit` (and `/schedule`, through the same `SessionInput`) accepts for each field of a
/// session: bad values are refused naming the field and what is accepted, in both languages,
/// and a refused edit changes nothing; empty values clear what may be cleared.
@MainActor
@Suite struct SessionInputTests {
    private func refused(_ c: CommandContext, _ line: String, field: String, code: String = "value.invalid")
        async -> LineOutcome
    {
        let outcome = await run(c, line)
        #expect(outcome.status == .failed, "\(line)")
        #expect(outcome.error?.field == field, "\(line): \(String(describing: outcome.error?.field))")
        #expect(outcome.error?.code == code, "\(line): \(String(describing: outcome.error?.code))")
        #expect(outcome.error?.message.zh.isEmpty == false && outcome.error?.message.en.isEmpty == false)
        return outcome
    }

    @Test func badValuesAreRefusedNamingTheFieldAndNothingChanges() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=20")
        let before = try #require(try await c.outreachStore().state.sessions[id])
        let zone = await refused(c, "/edit \(id) zone=Mars/Phobos", field: "zone")
        #expect(zone.error?.message.en.contains("Mars/Phobos") == true)
        let type = await refused(c, "/edit \(id) type=cooking", field: "type")
        #expect(type.error?.message.en.contains("lecture") == true)
        // A level belongs to a training only, and must be one of the levels.
        _ = await refused(c, "/edit \(id) level=basic", field: "level")
        _ = await refused(c, "/edit \(id) type=training level=expert", field: "level")
        let capacity = await refused(c, "/edit \(id) capacity=0", field: "capacity")
        #expect(capacity.error?.message.en.contains("10000") == true)
        _ = await refused(c, "/edit \(id) audience=aliens", field: "audience")
        _ = await refused(c, "/edit \(id) project=nosuch", field: "project")
        let support = await refused(c, "/edit \(id) support=insurance,helicopter", field: "support")
        #expect(support.error?.message.en.contains("helicopter") == true)
        _ = await refused(c, "/edit \(id) end=12:00 duration=2h", field: "duration", code: "value.conflict")
        _ = await refused(c, "/edit \(id) start=2026-06-06", field: "start")
        _ = await refused(c, "/edit \(id) title=\"  \"", field: "title", code: "value.missing")
        _ = await refused(c, "/edit \(id)", field: "key=value", code: "value.missing")
        let after = try #require(try await makeContext(dir).outreachStore().state.sessions[id])
        #expect(after == before)
    }

    @Test func emptyValuesClearWhatMayBeClearedAndWordsAndFullWidthDigitsAreRead() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=20")
        #expect(await run(c, "/edit \(id) capacity=１２ audience=小学生").status == .succeeded)
        var s = try #require(try await c.outreachStore().state.sessions[id])
        #expect(s.capacity == 12 && s.audience == .school)
        #expect(await run(c, "/edit \(id) capacity= audience=").status == .succeeded)
        s = try #require(try await c.outreachStore().state.sessions[id])
        #expect(s.capacity == nil && s.audience == nil)
        // Changing the type away from training drops its level.
        let scheduled = await run(
            c,
            "/schedule title=岗前培训 type=training level=basic start=\"2026-06-12 09:30\" duration=2h city=贵阳 --json")
        let training = try #require(scheduled.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        #expect(try await c.outreachStore().state.sessions[training]?.trainingLevel == .basic)
        #expect(await run(c, "/edit \(training) type=lecture").status == .succeeded)
        #expect(try await c.outreachStore().state.sessions[training]?.trainingLevel == nil)
    }

    @Test func aNewStartKeepsTheLengthUnlessAnEndOrDurationIsGiven() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=3h")
        #expect(await run(c, "/edit \(id) start=\"2026-06-06 14:00\"").status == .succeeded)
        var s = try #require(try await c.outreachStore().state.sessions[id])
        #expect(OutreachFormat.when(s, .zh) == "2026-06-06 周六 14:00–17:00")
        #expect(await run(c, "/edit \(id) end=15:30").status == .succeeded)
        s = try #require(try await c.outreachStore().state.sessions[id])
        #expect(OutreachFormat.when(s, .zh) == "2026-06-06 周六 14:00–15:30")
        #expect(await run(c, "/edit \(id) zone=Asia/Urumqi").status == .succeeded)
        s = try #require(try await c.outreachStore().state.sessions[id])
        // The same instants, read in the new zone.
        #expect(s.timeZone == "Asia/Urumqi")
        #expect(OutreachFormat.when(s, .zh) == "2026-06-06 周六 12:00–13:30")
    }
}
