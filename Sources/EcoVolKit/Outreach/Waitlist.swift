import Foundation

/// The places of a session with a capacity, and who waits for them. A sign-up takes a place
/// while there is one and waits otherwise; when a place frees (someone is taken off, or the
/// capacity is raised) the longest-waiting sign-ups move up, in the order they signed up.
/// From the session's start on, whoever is logged attended: no one waits for a session that
/// has begun, and only a planned session moves anyone up: a cancelled one takes no one and a
/// done one is over. Rules on values only, so `/log`, `/unlog` and `/edit` (and their tests)
/// share them.
package enum Waitlist {
    /// Places held (signed up or attended) among a session's participations.
    package static func placesTaken(_ participations: [Participation]) -> Int {
        participations.filter { $0.status.holdsPlace }.count
    }

    /// The status of someone logged at `now` for `session` when `placesTaken` places are
    /// already held: attended once the session has started (or is done), waitlisted when
    /// every place of its capacity is taken, signed up otherwise.
    package static func status(forNewEntryIn session: Session, placesTaken: Int, at now: Date) -> ParticipationStatus {
        if session.status == .done || session.start <= now { return .attended }
        if let capacity = session.capacity, placesTaken >= capacity { return .waitlisted }
        return .signedUp
    }

    /// The waitlisted among `participations` (`session`'s, as the change leaves them) that move
    /// up now: none unless the session is planned, otherwise as `promotions(capacity:participations:)`.
    package static func promotions(in session: Session, participations: [Participation]) -> [Participation] {
        guard session.status == .planned else { return [] }
        return promotions(capacity: session.capacity, participations: participations)
    }

    /// The waitlisted among `participations` (one session's) that `capacity` now has room
    /// for, longest waiting first (by `logged`; those logged together keep the order they were
    /// logged in), returned signed up. Without a capacity (one was removed) there is room for
    /// everyone waiting: nobody waits behind a place that is always free.
    package static func promotions(capacity: Int?, participations: [Participation]) -> [Participation] {
        // `sorted` is stable, so people logged by one command keep the order they were typed in.
        let waiting = participations.filter { $0.status == .waitlisted }.sorted { $0.logged < $1.logged }
        let room = capacity.map { max(0, $0 - placesTaken(participations)) } ?? waiting.count
        return waiting.prefix(room).map { row in
            var promoted = row
            promoted.status = .signedUp
            return promoted
        }
    }
}
