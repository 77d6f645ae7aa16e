/// How what a user typed finds a record: a session by its id or the unique start of one; a
/// person by id (followed to whoever they were merged into), phone number or exact name.
/// The rules only — asking which person is meant, and refusing, is the commands' part.
package enum RecordLookup {
    /// What a typed session id matched.
    package enum SessionMatch: Sendable, Equatable {
        case found(Session)
        /// More than one id starts with the text (at most six, sorted).
        case ambiguous([String])
        case none
    }

    /// The session whose id is `text` (any case, trimmed) or the only one whose id starts with it.
    package static func session(_ text: String, in state: OutreachState) -> SessionMatch {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let s = state.sessions[t] { return .found(s) }
        let matches = state.sessions.values.filter { $0.id.hasPrefix(t) }
        if matches.count == 1, !t.isEmpty { return .found(matches[0]) }
        if matches.count > 1 { return .ambiguous(matches.prefix(6).map(\.id).sorted()) }
        return .none
    }

    /// The people `text` may mean: the one with that id (followed through merges) or phone
    /// number, else everyone not merged away with exactly that name, registered first.
    package static func people(_ text: String, in state: OutreachState) -> [Person] {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let p = state.people[t.lowercased()] { return [current(p, in: state)] }
        if let phone = PhoneNumber.normalize(t),
            let p = state.people.values.first(where: { $0.phone == phone && $0.mergedInto == nil })
        {
            return [p]
        }
        return state.people.values.filter { $0.name == t && $0.mergedInto == nil }.sorted {
            $0.registered < $1.registered || ($0.registered == $1.registered && $0.id < $1.id)
        }
    }

    /// Whoever `p` was merged into, following the chain (at most ten steps, so a cycle in a
    /// damaged store ends); `p` itself when not merged.
    package static func current(_ p: Person, in state: OutreachState) -> Person {
        var current = p
        var hops = 0
        while let next = current.mergedInto, let q = state.people[next], hops < 10 {
            current = q
            hops += 1
        }
        return current
    }
}
