import Foundation

/// Which record an operation writes, whatever it writes: the unit conflicts are found in.
/// Two changes conflict when they touch the same key, not the same table or the same field,
/// so a coordinator is asked about a session only when both sides changed that session.
package enum SyncRecordKey: Hashable, Sendable {
    case session(String)
    case person(String)
    case project(String)
    case participation(ParticipationKey)

    package init(_ op: StoreOperation) {
        switch op {
        case .putSession(let s): self = .session(s.id)
        case .deleteSession(let id): self = .session(id)
        case .putPerson(let p): self = .person(p.id)
        case .deletePerson(let id): self = .person(id)
        case .putProject(let p): self = .project(p.id)
        case .deleteProject(let id): self = .project(id)
        case .putParticipation(let p): self = .participation(p.key)
        case .deleteParticipation(let key): self = .participation(key)
        }
    }

    /// `session S-1`, `participation S-1/P-2`: for listings and `--json`.
    package var text: String {
        switch self {
        case .session(let id): return "session " + id
        case .person(let id): return "person " + id
        case .project(let id): return "project " + id
        case .participation(let key): return "participation " + key.session + "/" + key.person
        }
    }

    /// The operation that makes a store hold what `state` holds for this record: a put of
    /// the record, or a delete when it has none.
    func version(in state: OutreachState) -> StoreOperation {
        switch self {
        case .session(let id): return state.sessions[id].map { .putSession($0) } ?? .deleteSession(id)
        case .person(let id): return state.people[id].map { .putPerson($0) } ?? .deletePerson(id)
        case .project(let id): return state.customProjects[id].map { .putProject($0) } ?? .deleteProject(id)
        case .participation(let key):
            return state.participation(key).map { .putParticipation($0) } ?? .deleteParticipation(key)
        }
    }

    /// Order in which a batch of final versions is applied: records before the
    /// participations that name them, participations' deletes before their records' deletes.
    static func applyOrder(_ op: StoreOperation) -> Int {
        switch op {
        case .putProject: return 0
        case .putSession: return 1
        case .putPerson: return 2
        case .putParticipation: return 3
        case .deleteParticipation: return 4
        case .deleteSession: return 5
        case .deletePerson: return 6
        case .deleteProject: return 7
        }
    }
}
