import Foundation

/// Facts about sessions and people that several reports ask for, computed in one place so
/// `/report`, `/check`, `/stars` and the certificates count the same way.
extension OutreachState {
    /// People who were (or are) at the session: signed up or attended, any role.
    func presentParticipations(session: String) -> [Participation] {
        participations(session: session).filter { $0.status.holdsPlace }
    }

    /// A session that took, or will take, people along without insurance recorded
    /// (《志愿服务条例》 art. 17 asks for accident insurance).
    func lacksInsurance(_ s: Session) -> Bool {
        s.status != .cancelled && !s.support.contains(.insurance) && !presentParticipations(session: s.id).isEmpty
    }

    /// Live (not merged) people, by name then id.
    var livePeople: [Person] {
        people.values.filter { $0.mergedInto == nil }.sorted { $0.name != $1.name ? $0.name < $1.name : $0.id < $1.id }
    }

    /// A person's attended rows with their sessions, earliest first (cancelled sessions included;
    /// `HoursLedger` is what credits hours).
    func attendedService(person: String) -> [(session: Session, participation: Participation)] {
        participations(person: person).compactMap { p in
            guard p.status == .attended, let s = sessions[p.session] else { return nil }
            return (s, p)
        }.sorted {
            $0.session.start != $1.session.start ? $0.session.start < $1.session.start : $0.session.id < $1.session.id
        }
    }

    /// Credited hours at `now` of sessions that started on or before `day` (all time when nil).
    func creditedHours(person: String, through day: CalendarDate?, asOf now: Date) -> Double {
        let ledger = HoursLedger.build(state: self, person: person, asOf: now)
        guard let day else { return ledger.total.hours }
        return ledger.filtered { CalendarDate($0.start, in: $0.zone) <= day }.total.hours
    }
}
