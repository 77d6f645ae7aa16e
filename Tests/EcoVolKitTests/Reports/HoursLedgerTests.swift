import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// Credited hours: overlapping time counted once, rows that add up to the total, the same
/// figure on every output.
@MainActor
@Suite struct HoursLedgerTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!

    func session(_ id: String, day: Int, from: Double, hours: Double, status: SessionStatus = .done) -> Session {
        ledgerSession(id, day: day, from: from, hours: hours, status: status)
    }

    func attended(_ s: Session, hours: Double? = nil) -> Participation {
        Participation(
            session: s.id, person: "p1", status: .attended, scheduledHours: s.hours, actualHours: hours,
            logged: fixedNow)
    }

    @Test func overlappingTimeCountsOnceAndRowsAddUp() {
        let a = session("a", day: 10, from: 9, hours: 2)  // 09:00–11:00
        let b = session("b", day: 10, from: 10, hours: 2)  // 10:00–12:00, one hour inside a
        let c = session("c", day: 10, from: 10.5, hours: 0.5)  // inside both
        let d = session("d", day: 11, from: 9, hours: 1.25)
        let ledger = HoursLedger.build(
            person: "p1", service: [(b, attended(b)), (a, attended(a)), (c, attended(c)), (d, attended(d))])
        #expect(ledger.rows.map(\.session.id) == ["a", "b", "c", "d"])
        #expect(ledger.rows.map(\.credited.value) == [200, 100, 0, 125])
        #expect(ledger.total.value == 425 && ledger.totalSeconds == Int(4.25 * 3600))
        #expect(ledger.row(session: "b")?.overlapsWith == ["a"])
        #expect(ledger.row(session: "c")?.overlapsWith == ["a", "b"])
        #expect(ledger.row(session: "d")?.overlaps == false)
        #expect(ledger.overlapping.count == 2)
        // Touching ends do not overlap.
        let e = session("e", day: 10, from: 11, hours: 1)
        let touching = HoursLedger.build(person: "p1", service: [(a, attended(a)), (e, attended(e))])
        #expect(touching.overlapping.isEmpty && touching.total.value == 300)
    }

    @Test func actualHoursAndCheckInSetTheInterval() {
        let a = session("a", day: 10, from: 9, hours: 3)
        let b = session("b", day: 10, from: 11, hours: 2)
        // Served the first 1.5 h of a (09:00–10:30): no overlap with b.
        let short = HoursLedger.build(person: "p1", service: [(a, attended(a, hours: 1.5)), (b, attended(b))])
        #expect(short.overlapping.isEmpty && short.total.value == 350)
        // Checked in at 10:00 for 3 h (10:00–13:00): one hour shared with b.
        var late = attended(a, hours: 3)
        late.checkIn = a.start.addingTimeInterval(3600)
        let shifted = HoursLedger.build(person: "p1", service: [(a, late), (b, attended(b))])
        #expect(shifted.total.value == 300 && shifted.row(session: "b")?.credited.value == 0)
    }

    @Test func cancelledSessionsAndNoShowsEarnNothing() {
        var state = OutreachState()
        let a = session("a", day: 10, from: 9, hours: 2)
        let b = session("b", day: 12, from: 9, hours: 2, status: .cancelled)
        state.apply(.putSession(a))
        state.apply(.putSession(b))
        state.apply(.putParticipation(attended(a)))
        state.apply(.putParticipation(attended(b)))
        #expect(state.serviceHours(person: "p1", asOf: fixedNow).value == 200)
        var noShow = attended(a)
        noShow.status = .noShow
        state.apply(.putParticipation(noShow))
        #expect(state.serviceHours(person: "p1", asOf: fixedNow).value == 0)
    }

    @Test func figuresHaveUpToTwoDecimalsAndNeverDrift() async {
        await propertyCheck(input: Gen.int(in: 0...2_400).array(of: 1...40)) { values in
            let rows = values.map { CentiHours($0) }
            let total = rows.reduce(CentiHours(0), +)
            // The shown total is the sum of the shown rows, read back exactly.
            #expect(rows.map { Double($0.description)! * 100 }.reduce(0, +).rounded() == Double(total.value))
            #expect(Double(total.description).map { Int(($0 * 100).rounded()) } == total.value)
            for r in rows {
                #expect(r.description.split(separator: ".").dropFirst().first.map { $0.count <= 2 } ?? true)
            }
            // Stored as a double of hours, every figure comes back as itself.
            for r in rows { #expect(CentiHours(hours: r.hours) == r) }
        }
    }

    /// Random command sequences on a real store: the certificate's total (and /person's)
    /// is exactly the union of the person's attended time, and its rows add up to it.
    @Test func certificateTotalIsTheUnionOfAttendedTime() async {
        await propertyCheck(count: 25, input: Gen.int(in: 0...1_000_000).array(of: 3...14)) { codes in
            let dir = temporaryStoreDirectory()
            // A month after the sessions, so all of them can be done.
            let later = fixedNow.addingTimeInterval(30 * 86_400)
            let c = makeContext(dir, now: later)
            var sessions: [String] = []
            for (i, code) in codes.enumerated() {
                let day = 1 + code % 3  // three days: plenty of overlaps
                let start = 8 + (code / 3) % 8  // 08:00 … 15:30 on the half hour
                let half = (code / 24) % 2 == 0 ? "00" : "30"
                let quarters = 1 + (code / 48) % 12  // 0.25 … 3 h
                let line =
                    "/schedule title=S\(i) type=education city=贵阳 audience=community start=\"2026-06-0\(day) \(start):\(half)\" duration=\(Double(quarters) / 4)h --json"
                let s = await run(c, line)
                guard let id = s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue else {
                    Issue.record("\(line): \(String(describing: s.error))")
                    return
                }
                sessions.append(id)
                let hours = (code / 576) % 3 == 0 ? " hours=\(Double(1 + (code / 1728) % 8) / 4)" : ""
                _ = await run(c, "/log \(id) name=张三 phone=13812345678\(hours)")
                _ = await run(c, "/done \(id)")
            }
            // Some corrections: a no-show, a cancellation, a re-timed session.
            for (i, code) in codes.enumerated() {
                switch (code / 7) % 7 {
                case 0: _ = await run(c, "/mark \(sessions[i]) 张三 status=no-show")
                case 1: _ = await run(c, "/cancel \(sessions[i]) reason=记错 force=yes")
                case 2: _ = await run(c, "/edit \(sessions[i]) duration=\(Double(1 + code % 10) / 4)h force=yes")
                default: break
                }
            }
            let state = try await c.outreachStore().state
            let person = try #require(state.livePeople.first)
            // The union of attended time, minute by minute, worked out independently.
            var minutes: Set<Int> = []
            for p in state.participations(person: person.id) where p.status == .attended {
                guard let s = state.sessions[p.session], s.status != .cancelled else { continue }
                let first = Int(s.start.timeIntervalSince1970 / 60)
                for m in first..<(first + Int((p.actualHours * 60).rounded())) { minutes.insert(m) }
            }
            let expected = Double(minutes.count) / 60
            let cert = await run(c, "/certificate \(person.id) overlaps=once --json")
            if minutes.isEmpty {
                #expect(cert.error?.code == "certificate.noService")
            } else {
                let json = try #require(cert.output?.json, "\(String(describing: cert.error))")
                #expect(json["hours"]?.doubleValue == expected)
                let rows = try #require(json["service"]?.arrayValue).compactMap { $0["hours"]?.doubleValue }
                #expect(abs(rows.reduce(0, +) - expected) < 1e-9)
            }
            let shown = await run(c, "/person \(person.id) --json")
            #expect(shown.output?.json["hours"]?.doubleValue == expected)
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
        }
    }
}
