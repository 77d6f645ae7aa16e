import Foundation

/// Hours in hundredths (1.25 h is 125), the one unit every figure is shown and summed in, so
/// a summary and its detail rows can never disagree and no binary-float drift creeps into a
/// total that an office signs.
package struct CentiHours: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var value: Int

    package init(_ value: Int) { self.value = value }

    /// Whole seconds rounded half up to the nearest 0.01 h (36 s).
    package init(seconds: Int) { self.value = (max(0, seconds) + 18) / 36 }

    /// A stored figure in hours (1.25 → 125), rounded half up.
    package init(hours: Double) { self.init(seconds: HoursLedger.seconds(hours: hours)) }

    package var hours: Double { Double(value) / 100 }

    /// `2`, `1.5`, `1.25`: up to two decimals, trailing zeros dropped.
    package var description: String {
        let whole = value / 100
        let rest = value % 100
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : String(format: "%d.%02d", whole, rest)
    }

    package static func < (a: CentiHours, b: CentiHours) -> Bool { a.value < b.value }
    package static func + (a: CentiHours, b: CentiHours) -> CentiHours { CentiHours(a.value + b.value) }
}

/// One person's credited service time, counted the way a certificate must: only attended
/// rows of sessions that are over (marked done, or past their end) and were not cancelled, and
/// time spent in overlapping sessions once (the union of the time). Attendance at a session
/// still under way (by someone not yet checked out) or moved into the future is kept apart as
/// pending: shown, never credited, so no figure certifies service that has not yet been given. Each row is credited the part of its time no earlier row already
/// covers, so the rows' shown figures add up exactly to the total and every output (`/person`,
/// `/record`, `/stars`, the certificate, exports) uses the same numbers.
package struct HoursLedger: Sendable {
    package struct Row: Sendable {
        package var session: Session
        package var participation: Participation
        /// When the person served: from check-in (or the session's start) for the actual hours.
        package var interval: DateInterval
        /// Seconds this row adds to the union of the person's time.
        package var creditedSeconds: Int
        /// The figure shown for the row.
        package var credited: CentiHours
        /// The actual hours as recorded, before overlaps are taken out.
        package var recorded: CentiHours
        /// Earlier sessions of this person whose time overlaps this row's.
        package var overlapsWith: [String]

        package var overlaps: Bool { !overlapsWith.isEmpty }
    }

    /// An attended row whose session is not over yet: its hours count once it is.
    package struct PendingRow: Sendable {
        package var session: Session
        package var participation: Participation
        /// The actual hours as recorded, which will count when the session is over.
        package var recorded: CentiHours
    }

    package var person: String
    package var rows: [Row]
    /// Attended rows of sessions not over at the ledger's moment, earliest first.
    package var pending: [PendingRow] = []

    /// The total: the sum of the shown rows.
    package var total: CentiHours { rows.reduce(CentiHours(0)) { $0 + $1.credited } }
    /// The exact union of the person's attended time, in seconds.
    package var totalSeconds: Int { rows.reduce(0) { $0 + $1.creditedSeconds } }
    package var overlapping: [Row] { rows.filter(\.overlaps) }

    static func seconds(hours: Double) -> Int {
        guard hours.isFinite, hours > 0 else { return 0 }
        return Int((hours * 3600).rounded())
    }

    /// Whether a session's service can be credited at `now`: it is marked done, or it was
    /// planned and has ended. A cancelled session never is.
    package static func isOver(_ session: Session, at now: Date) -> Bool {
        switch session.status {
        case .done: return true
        case .cancelled: return false
        case .planned: return session.end <= now
        }
    }

    /// Whether an attended row's service is over at `now`: its session is over, or the person
    /// has checked out (their service has ended, even if the session goes on).
    package static func isServed(_ session: Session, _ participation: Participation, at now: Date) -> Bool {
        guard session.status != .cancelled else { return false }
        return isOver(session, at: now) || participation.checkOut.map { $0 <= now } == true
    }

    /// The person's ledger at `now` over all their attended service, earliest first; the
    /// attended rows of sessions not over at `now` are `pending`.
    package static func build(state: OutreachState, person: String, asOf now: Date) -> HoursLedger {
        var service: [(Session, Participation)] = []
        var pending: [PendingRow] = []
        for p in state.participations(person: person) where p.status == .attended {
            guard let s = state.sessions[p.session], s.status != .cancelled else { continue }
            if isServed(s, p, at: now) {
                service.append((s, p))
            } else {
                pending.append(
                    PendingRow(
                        session: s, participation: p, recorded: CentiHours(seconds: seconds(hours: p.actualHours))))
            }
        }
        var ledger = build(person: person, service: service)
        ledger.pending = pending.sorted {
            $0.session.start != $1.session.start ? $0.session.start < $1.session.start : $0.session.id < $1.session.id
        }
        return ledger
    }

    /// The ledger of the given attended rows (exposed for tests and imports).
    package static func build(person: String, service: [(Session, Participation)]) -> HoursLedger {
        var timed: [(Session, Participation, DateInterval)] = []
        for (s, p) in service {
            var from = s.start
            if let checkIn = p.checkIn, checkIn < s.end {
                let earliest = s.start.addingTimeInterval(-2 * 3600)
                from = min(max(checkIn, earliest), s.end)
            }
            let length = TimeInterval(seconds(hours: p.actualHours))
            timed.append((s, p, DateInterval(start: from, duration: length)))
        }
        timed.sort { a, b in
            if a.2.start != b.2.start { return a.2.start < b.2.start }
            if a.0.start != b.0.start { return a.0.start < b.0.start }
            return a.0.id < b.0.id
        }
        var rows: [Row] = []
        // The union of earlier rows' time, as disjoint intervals in start order.
        var covered: [(start: Date, end: Date)] = []
        for (s, p, interval) in timed {
            let length = Int(interval.duration.rounded())
            var overlap = 0.0
            for c in covered where c.end > interval.start && c.start < interval.end {
                overlap += min(c.end, interval.end).timeIntervalSince(max(c.start, interval.start))
            }
            var others: [String] = []
            if length > 0 {
                for r in rows
                where r.interval.duration > 0 && r.interval.end > interval.start && r.interval.start < interval.end {
                    others.append(r.session.id)
                }
            }
            let credited = max(0, length - Int(overlap.rounded()))
            rows.append(
                Row(
                    session: s, participation: p, interval: interval, creditedSeconds: credited,
                    credited: CentiHours(seconds: credited),
                    recorded: CentiHours(seconds: length), overlapsWith: others))
            if length > 0 { covered = merge(covered, (interval.start, interval.end)) }
        }
        return HoursLedger(person: person, rows: rows)
    }

    static func merge(_ list: [(start: Date, end: Date)], _ new: (Date, Date)) -> [(start: Date, end: Date)] {
        var result: [(start: Date, end: Date)] = []
        var (start, end) = new
        for c in list {
            if c.end < start || c.start > end {
                result.append(c)
            } else {
                start = min(start, c.start)
                end = max(end, c.end)
            }
        }
        result.append((start, end))
        return result.sorted { $0.start < $1.start }
    }

    /// Only the rows whose session falls in `period` (credited as in the whole ledger, so a
    /// period's figures are the same as the full record's).
    package func filtered(_ include: (Session) -> Bool) -> HoursLedger {
        HoursLedger(
            person: person, rows: rows.filter { include($0.session) }, pending: pending.filter { include($0.session) })
    }

    package func row(session: String) -> Row? { rows.first { $0.session.id == session } }

    package func pendingRow(session: String) -> PendingRow? { pending.first { $0.session.id == session } }

    /// The hours that will count once the pending sessions are over.
    package var pendingTotal: CentiHours { pending.reduce(CentiHours(0)) { $0 + $1.recorded } }
}

extension OutreachState {
    /// A person's credited hours at `now` as every report shows them (overlaps counted once,
    /// sessions not over yet left out).
    package func serviceHours(person: String, asOf now: Date) -> CentiHours {
        HoursLedger.build(state: self, person: person, asOf: now).total
    }
}

extension HoursLedger {
    /// What `/person` and `/record` print under the history when attended hours wait for
    /// their session to be over: a note, then one line per session (empty when none wait).
    package func pendingLines(_ lang: Language) -> [String] {
        guard !pending.isEmpty else { return [] }
        let note = L(.hoursPendingNote, ["count": String(pending.count), "hours": pendingTotal.description])
        return [note.text(lang)]
            + pending.map { row in
                L(
                    .hoursPendingRow,
                    [
                        "id": row.session.id, "title": row.session.title,
                        "end": SessionTimeRules.describe(row.session.end, row.session.zone),
                        "hours": row.recorded.description,
                    ]
                ).text(lang)
            }
    }
}
