import Foundation
import Testing

@testable import EcoVolKit

/// Reports are built from a `Sendable` snapshot of the records, off the main actor: a change
/// committed while one is being built does not reach it.
@Suite("Reports from a snapshot")
struct SnapshotReportTests {
    @MainActor
    @Test("a report built in a detached task reflects its snapshot, not a change committed meanwhile")
    func detachedReportIgnoresLaterCommit() async throws {
        let fixture = try await ReportFixture()
        let store = try await fixture.context.outreachStore()
        let s1 = try #require(fixture.ids["s1"])
        let snapshot = store.state
        let moment = fixture.context.now()
        let zhang = try #require(snapshot.people.values.first { $0.name == "张三" && $0.mergedInto == nil })
        let expected = HoursLedger.build(state: snapshot, person: zhang.id, asOf: moment)
        #expect(expected.rows.contains { $0.session.id == s1 })

        let (committed, signal) = AsyncStream.makeStream(of: Void.self)
        let built = Task.detached { () async -> (during: HoursLedger, after: ServiceRecord, roster: StarRoster) in
            let during = HoursLedger.build(state: snapshot, person: zhang.id, asOf: moment)
            for await _ in committed {}
            return (
                during, ServiceRecord.build(state: snapshot, person: zhang, levels: .standard, now: moment),
                StarRoster.build(state: snapshot, levels: .standard, period: nil, city: nil, now: moment)
            )
        }
        try await fixture.expectSuccess("/unlog \(s1) 张三 force=yes")
        signal.finish()
        let report = await built.value

        // The store moved on: 张三 no longer served at s1.
        let now = HoursLedger.build(state: store.state, person: zhang.id, asOf: moment)
        #expect(!now.rows.contains { $0.session.id == s1 })
        #expect(now.total < expected.total)
        // Both reports, one built while the change was committed and one after it, show the snapshot.
        #expect(report.during.total == expected.total)
        #expect(report.during.rows.map(\.session.id) == expected.rows.map(\.session.id))
        #expect(report.after.ledger.total == expected.total)
        #expect(report.after.rows.contains { $0.session.id == s1 })
        let rosterHours = report.roster.entries.first { $0.person.id == zhang.id }?.hours
        #expect(rosterHours == expected.total.hours)
    }
}
