import Foundation

/// The whole store in memory, with the indexes queries need: participations by person and by
/// session, so a person's total hours is a walk over that person's rows, not over a million.
/// A class owned by one store, read by commands and mutated only by the store as it applies
/// journal lines, so a million rows are never copied by accident.
public final class OutreachState {
    public private(set) var sessions: [String: Session] = [:]
    public private(set) var people: [String: Person] = [:]
    /// Projects added with `/project add` (the built-ins are in `projects`).
    public private(set) var customProjects: [String: Project] = [:]
    /// Rows in insertion order; deleted rows leave a hole until the next compaction.
    private(set) var rows: [Participation?] = []
    private var rowIndex: [ParticipationKey: Int] = [:]
    private var bySession: [String: [Int]] = [:]
    private var byPerson: [String: [Int]] = [:]

    public init() {}

    // MARK: - Reading

    public var projects: [Project] { Project.builtIns + customProjects.values.sorted { $0.created < $1.created || ($0.created == $1.created && $0.id < $1.id) } }

    public func project(_ id: String) -> Project? {
        customProjects[id] ?? Project.builtIns.first { $0.id == id }
    }

    public var participationCount: Int { rowIndex.count }

    public func participation(_ key: ParticipationKey) -> Participation? {
        rowIndex[key].flatMap { rows[$0] }
    }

    public func participations(session: String) -> [Participation] {
        (bySession[session] ?? []).compactMap { rows[$0] }
    }

    public func participations(person: String) -> [Participation] {
        (byPerson[person] ?? []).compactMap { rows[$0] }
    }

    /// Credited (attended) service hours of one person.
    public func totalHours(person: String) -> Double {
        var total = 0.0
        if let list = byPerson[person] {
            for i in list { if let p = rows[i], p.status == .attended { total += p.actualHours } }
        }
        return total
    }

    /// Every live participation in the order it was first recorded.
    public var allParticipations: [Participation] { rows.compactMap { $0 } }

    func forEachParticipation(_ body: (Participation) throws -> Void) rethrows {
        for row in rows { if let row { try body(row) } }
    }

    // MARK: - Applying

    func apply(_ op: StoreOperation) {
        switch op {
        case let .putSession(s): sessions[s.id] = s
        case let .deleteSession(id): sessions[id] = nil
        case let .putPerson(p): people[p.id] = p
        case let .deletePerson(id): people[id] = nil
        case let .putProject(p): customProjects[p.id] = p
        case let .deleteProject(id): customProjects[id] = nil
        case let .putParticipation(p): put(p)
        case let .deleteParticipation(key): delete(key)
        }
    }

    func put(_ p: Participation) {
        let key = p.key
        if let i = rowIndex[key] {
            rows[i] = p
            return
        }
        let i = rows.count
        rows.append(p)
        rowIndex[key] = i
        bySession[p.session, default: []].append(i)
        byPerson[p.person, default: []].append(i)
    }

    func delete(_ key: ParticipationKey) {
        guard let i = rowIndex.removeValue(forKey: key) else { return }
        rows[i] = nil
        bySession[key.session]?.removeAll { $0 == i }
        byPerson[key.person]?.removeAll { $0 == i }
        if bySession[key.session]?.isEmpty == true { bySession[key.session] = nil }
        if byPerson[key.person]?.isEmpty == true { byPerson[key.person] = nil }
    }

    /// Loads tables wholesale (snapshot open).
    func load(sessions: [String: Session], people: [String: Person], projects: [String: Project]) {
        self.sessions = sessions
        self.people = people
        self.customProjects = projects
    }

    func reserveParticipations(_ n: Int) {
        rows.reserveCapacity(n)
        rowIndex.reserveCapacity(n)
    }

    /// The operations that undo `ops` given the state before them.
    func inverse(of ops: [StoreOperation]) -> [StoreOperation] {
        var undo: [StoreOperation] = []
        var seenSessions: Set<String> = [], seenPeople: Set<String> = [], seenProjects: Set<String> = [], seenRows: Set<ParticipationKey> = []
        for op in ops {
            switch op {
            case let .putSession(s) where seenSessions.insert(s.id).inserted: undo.append(sessions[s.id].map { .putSession($0) } ?? .deleteSession(s.id))
            case let .deleteSession(id) where seenSessions.insert(id).inserted: if let old = sessions[id] { undo.append(.putSession(old)) }
            case let .putPerson(p) where seenPeople.insert(p.id).inserted: undo.append(people[p.id].map { .putPerson($0) } ?? .deletePerson(p.id))
            case let .deletePerson(id) where seenPeople.insert(id).inserted: if let old = people[id] { undo.append(.putPerson(old)) }
            case let .putProject(p) where seenProjects.insert(p.id).inserted: undo.append(customProjects[p.id].map { .putProject($0) } ?? .deleteProject(p.id))
            case let .deleteProject(id) where seenProjects.insert(id).inserted: if let old = customProjects[id] { undo.append(.putProject(old)) }
            case let .putParticipation(p) where seenRows.insert(p.key).inserted: undo.append(participation(p.key).map { .putParticipation($0) } ?? .deleteParticipation(p.key))
            case let .deleteParticipation(key) where seenRows.insert(key).inserted: if let old = participation(key) { undo.append(.putParticipation(old)) }
            default: break
            }
        }
        return undo.reversed()
    }

    /// True when the current value of every record `ops` would write back is what `expected` says
    /// (used by `/undo` to refuse when someone else changed the record since).
    func matches(_ op: StoreOperation) -> Bool {
        switch op {
        case let .putSession(s): return sessions[s.id] == s
        case let .deleteSession(id): return sessions[id] == nil
        case let .putPerson(p): return people[p.id] == p
        case let .deletePerson(id): return people[id] == nil
        case let .putProject(p): return customProjects[p.id] == p
        case let .deleteProject(id): return customProjects[id] == nil
        case let .putParticipation(p): return participation(p.key) == p
        case let .deleteParticipation(key): return participation(key) == nil
        }
    }

    /// Same content (for tests and `doctor`): tables equal and the same set of participations.
    public func hasSameContent(as other: OutreachState) -> Bool {
        guard sessions == other.sessions, people == other.people, customProjects == other.customProjects,
              rowIndex.count == other.rowIndex.count else { return false }
        for (key, i) in rowIndex where other.participation(key) != rows[i] { return false }
        return true
    }
}
