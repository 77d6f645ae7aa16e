/// The record ids still legible in a snapshot too damaged to parse. When `store doctor` has
/// to fall back to an older backup, the records the damaged file names and the recovered
/// store lacks are the ones the fallback did not bring back: naming them tells the
/// coordinator exactly what to re-enter instead of leaving them to find the gaps.
enum SnapshotIDScan {
    /// A record the damaged snapshot names, by kind.
    struct Named: Equatable, Sendable {
        var kind: SnapshotSalvage.SetAside.Kind
        var id: String
    }

    /// Every `"id":"…"` value in `bytes`, first occurrence first, with its kind from the
    /// table it sits in (`"people":{`, `"sessions":{`, `"projects":{`), or from its kind
    /// letter when the table's heading is unreadable.
    static func ids(in bytes: [UInt8]) -> [Named] {
        let text = String(decoding: bytes, as: UTF8.self)
        var out: [Named] = []
        var seen: Set<String> = []
        var table: SnapshotSalvage.SetAside.Kind?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("\"people\":") { table = .person }
            if line.hasPrefix("\"sessions\":") { table = .session }
            if line.hasPrefix("\"projects\":") { table = .project }
            if line.hasPrefix("\"participations\":") { table = nil }
            var rest = line[...]
            while let r = rest.range(of: "\"id\":\"") {
                let after = rest[r.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                let id = String(after[..<end])
                rest = after[end...]
                guard OutreachID.isWellFormed(id), seen.insert(id).inserted else { continue }
                guard let kind = table ?? kind(letter: id.first) else { continue }
                out.append(Named(kind: kind, id: id))
            }
        }
        return out
    }

    /// The records `bytes` names that `state` does not hold.
    static func missing(from bytes: [UInt8], in state: OutreachState) -> [Named] {
        ids(in: bytes).filter { named in
            switch named.kind {
            case .person: return state.people[named.id] == nil
            case .session: return state.sessions[named.id] == nil
            case .project: return state.customProjects[named.id] == nil
            case .header, .participation, .unknown: return false
            }
        }
    }

    private static func kind(letter: Character?) -> SnapshotSalvage.SetAside.Kind? {
        switch letter.flatMap({ OutreachID.Kind(rawValue: $0) }) {
        case .person: return .person
        case .session: return .session
        case .project: return .project
        case .series, nil: return nil
        }
    }
}
