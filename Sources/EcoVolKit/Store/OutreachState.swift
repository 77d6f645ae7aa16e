import Foundation

/// The whole store in memory, with the indexes queries need: participations by person and by
/// session, so a person's total hours is a walk over that person's rows, not over a million.
/// A `Sendable` value: every member is a copy-on-write array or dictionary of Sendable values,
/// so handing a snapshot to another task is O(1) and a report built from it off the main actor
/// sees exactly that snapshot. Each store holds one and mutates it in place as it applies journal
/// lines; it must be the only holder then (no snapshot kept alive across the change), or the
/// first change after a snapshot copies every table it touches.
public struct OutreachState: Sendable {
    public private(set) var sessions: [String: Session] = [:]
    public private(set) var people: [String: Person] = [:]
    /// Projects added with `/project add` (the built-ins are in `projects`).
    package private(set) var customProjects: [String: Project] = [:]
    /// Rows in insertion order; deleted rows leave a hole until the next compaction.
    private(set) var rows: [Participation?] = []
    /// Session and person ids are interned to small integers so the per-row indexes hash an
    /// integer, not two strings: at a million rows that is most of the open time.
    private var sessionSlots: [String: Int32] = [:]
    private var personSlots: [String: Int32] = [:]
    private var rowIndex: [UInt64: Int32] = [:]
    private var bySession: [[Int32]] = []
    private var byPerson: [[Int32]] = []
    /// Which store's lineage this value is: a new state gets a new one, copies and changes keep it.
    /// Caches keyed on a store's revision use it to tell two stores (or a reload) apart.
    package let lineage = StateLineage()

    package init() {}

    // MARK: - Reading

    package var projects: [Project] {
        Project.builtIns
            + customProjects.values.sorted { $0.created < $1.created || ($0.created == $1.created && $0.id < $1.id) }
    }

    package func project(_ id: String) -> Project? {
        customProjects[id] ?? Project.builtIns.first { $0.id == id }
    }

    public var participationCount: Int { rowIndex.count }

    @inline(__always) static func pairKey(_ s: Int32, _ p: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: s)) << 32 | UInt64(UInt32(bitPattern: p))
    }

    public func participation(_ key: ParticipationKey) -> Participation? {
        guard let s = sessionSlots[key.session], let p = personSlots[key.person], let i = rowIndex[Self.pairKey(s, p)]
        else { return nil }
        return rows[Int(i)]
    }

    package func participations(session: String) -> [Participation] {
        guard let s = sessionSlots[session] else { return [] }
        return bySession[Int(s)].compactMap { rows[Int($0)] }
    }

    package func participations(person: String) -> [Participation] {
        guard let p = personSlots[person] else { return [] }
        return byPerson[Int(p)].compactMap { rows[Int($0)] }
    }

    /// Credited (attended) service hours of one person: a walk over that person's rows only.
    public func totalHours(person: String) -> Double {
        guard let slot = personSlots[person] else { return 0 }
        var total = 0.0
        for i in byPerson[Int(slot)] { if let p = rows[Int(i)], p.status == .attended { total += p.actualHours } }
        return total
    }

    /// Every live participation in the order it was first recorded.
    public var allParticipations: [Participation] { rows.compactMap { $0 } }

    func forEachParticipation(_ body: (Participation) throws -> Void) rethrows {
        for row in rows { if let row { try body(row) } }
    }

    // MARK: - Applying

    mutating func apply(_ op: StoreOperation) {
        switch op {
        case .putSession(let s): sessions[s.id] = s
        case .deleteSession(let id): sessions[id] = nil
        case .putPerson(let p): people[p.id] = p
        case .deletePerson(let id): people[id] = nil
        case .putProject(let p): customProjects[p.id] = p
        case .deleteProject(let id): customProjects[id] = nil
        case .putParticipation(let p): put(p)
        case .deleteParticipation(let key): delete(key)
        }
    }

    mutating func sessionSlot(_ id: String) -> Int32 {
        if let s = sessionSlots[id] { return s }
        let s = Int32(bySession.count)
        sessionSlots[id] = s
        bySession.append([])
        return s
    }

    mutating func personSlot(_ id: String) -> Int32 {
        if let p = personSlots[id] { return p }
        let p = Int32(byPerson.count)
        personSlots[id] = p
        byPerson.append([])
        return p
    }

    mutating func put(_ p: Participation) {
        put(p, sessionSlot: sessionSlot(p.session), personSlot: personSlot(p.person))
    }

    /// `put` for callers that already know the slots (the snapshot loader).
    mutating func put(_ p: Participation, sessionSlot s: Int32, personSlot q: Int32) {
        let key = Self.pairKey(s, q)
        if let i = rowIndex[key] {
            rows[Int(i)] = p
            return
        }
        let i = Int32(rows.count)
        rows.append(p)
        rowIndex[key] = i
        bySession[Int(s)].append(i)
        byPerson[Int(q)].append(i)
    }

    mutating func delete(_ key: ParticipationKey) {
        guard let s = sessionSlots[key.session], let q = personSlots[key.person],
            let i = rowIndex.removeValue(forKey: Self.pairKey(s, q))
        else { return }
        rows[Int(i)] = nil
        bySession[Int(s)].removeAll { $0 == i }
        byPerson[Int(q)].removeAll { $0 == i }
    }

    /// Loads tables wholesale (snapshot open).
    mutating func load(sessions: [String: Session], people: [String: Person], projects: [String: Project]) {
        self.sessions = sessions
        self.people = people
        self.customProjects = projects
    }

    mutating func reserveParticipations(_ n: Int) {
        rows.reserveCapacity(n)
        rowIndex.reserveCapacity(n)
    }

    /// The operations that undo `ops` given the state before them.
    func inverse(of ops: [StoreOperation]) -> [StoreOperation] {
        var undo: [StoreOperation] = []
        var seenSessions: Set<String> = []
        var seenPeople: Set<String> = []
        var seenProjects: Set<String> = []
        var seenRows: Set<ParticipationKey> = []
        for op in ops {
            switch op {
            case .putSession(let s) where seenSessions.insert(s.id).inserted:
                undo.append(sessions[s.id].map { .putSession($0) } ?? .deleteSession(s.id))
            case .deleteSession(let id) where seenSessions.insert(id).inserted:
                if let old = sessions[id] { undo.append(.putSession(old)) }
            case .putPerson(let p) where seenPeople.insert(p.id).inserted:
                undo.append(people[p.id].map { .putPerson($0) } ?? .deletePerson(p.id))
            case .deletePerson(let id) where seenPeople.insert(id).inserted:
                if let old = people[id] { undo.append(.putPerson(old)) }
            case .putProject(let p) where seenProjects.insert(p.id).inserted:
                undo.append(customProjects[p.id].map { .putProject($0) } ?? .deleteProject(p.id))
            case .deleteProject(let id) where seenProjects.insert(id).inserted:
                if let old = customProjects[id] { undo.append(.putProject(old)) }
            case .putParticipation(let p) where seenRows.insert(p.key).inserted:
                undo.append(participation(p.key).map { .putParticipation($0) } ?? .deleteParticipation(p.key))
            case .deleteParticipation(let key) where seenRows.insert(key).inserted:
                if let old = participation(key) { undo.append(.putParticipation(old)) }
            default: break
            }
        }
        return undo.reversed()
    }

    /// True when the current value of every record `ops` would write back is what `expected` says
    /// (used by `/undo` to refuse when someone else changed the record since).
    func matches(_ op: StoreOperation) -> Bool {
        switch op {
        case .putSession(let s): return sessions[s.id] == s
        case .deleteSession(let id): return sessions[id] == nil
        case .putPerson(let p): return people[p.id] == p
        case .deletePerson(let id): return people[id] == nil
        case .putProject(let p): return customProjects[p.id] == p
        case .deleteProject(let id): return customProjects[id] == nil
        case .putParticipation(let p): return participation(p.key) == p
        case .deleteParticipation(let key): return participation(key) == nil
        }
    }

    /// Same content (for tests and `doctor`): tables equal and the same set of participations.
    package func hasSameContent(as other: OutreachState) -> Bool {
        guard sessions == other.sessions, people == other.people, customProjects == other.customProjects,
            rowIndex.count == other.rowIndex.count
        else { return false }
        for case let row? in rows where other.participation(row.key) != row { return false }
        return true
    }
}

/// The identity of one store's state across its copies and changes (see `OutreachState.lineage`).
package final class StateLineage: Sendable {
    package init() {}
}
