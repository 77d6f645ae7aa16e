import Foundation
import PostgresNIO

/// The province's shared store on a PostgreSQL server (schema `ecovol`). Each ecovol process
/// keeps the records in memory like the JSON store does and stays in step through the
/// `changes` log: it loads the record tables once (in one snapshot transaction, with the seq
/// they correspond to), then on every command applies the changes after the last seq it saw.
///
/// A commit is one transaction: take the writers' advisory lock, catch up, run the command's
/// build on the fresh state, write the change and its rows, move the head, commit. Writers
/// from every laptop therefore serialise and none loses another's update; only after the
/// server confirms COMMIT is the change reported saved. A dropped connection is reported, the
/// change not acknowledged, and the next command reconnects and catches up (which shows the
/// change if the server had committed it after all).
@MainActor
public final class PostgresOutreachStore: OutreachStore {
    package let settings: PostgresSettings
    /// The records: the local replica's (see `PostgresReplica`), or memory only without one.
    /// Right after a later start the replica may still be being read: reading the records then
    /// waits for it.
    public var state: OutreachState {
        settleFromDisk()
        return replica?.state ?? memoryState
    }
    /// The newest seq applied (the head as of the last catch-up).
    public internal(set) var seq: Int {
        get {
            settleFromDisk()
            return appliedSeq
        }
        set { appliedSeq = newValue }
    }
    private var appliedSeq = 0
    public var location: String { "postgresql://" + settings.displayName }
    public var kind: StoreKind { .postgres }
    public var isWritable: Bool { writeBlock == nil }
    /// Why writes are refused, if they are (a schema newer than this ecovol).
    package private(set) var writeBlock: StoreError?
    /// The schema version found on the server.
    package private(set) var schemaVersion = 0
    /// The city this login is confined to (a city office), or nil for the province.
    package internal(set) var officeCity: String?

    private var connection: PostgresConnection?
    var warnings: [LocalizedText] = []
    let now: @Sendable () -> Date
    let logger: Logger
    /// The records when there is no replica (or it had to be given up).
    var memoryState = OutreachState()
    /// The local replica this store keeps in step with the server, if any.
    var replica: PostgresReplica?
    /// The data directory the replica lives in; nil keeps the records in memory only.
    let replicaHome: DataDirectory?
    /// The replica being read in the background after a later start, until `settle`.
    var pendingReplica: PendingReplica?
    /// Set when that read could not be used: the tables are read again before anything else.
    var reloadFor: PostgresReplica.Identity?
    /// Whether `state` already tried to read them again at once (it tries once).
    var triedReloadNow = false
    private let encoder = RecordCodec.encoder()
    private let decoder = RecordCodec.decoder()

    init(settings: PostgresSettings, now: @escaping @Sendable () -> Date, replicaHome: DataDirectory? = nil) {
        self.settings = settings
        self.now = now
        self.replicaHome = replicaHome
        var logger = Logger(label: "ecovol.postgres")
        logger.logLevel = .critical
        self.logger = logger
    }

    /// Connects, checks the server and the schema, and loads the records: from the local
    /// replica in `replicaIn` (caught up by seq) when there is one, else from the tables.
    public static func open(
        url: String, environment: [String: String], now: @escaping @Sendable () -> Date = { Date() },
        replicaIn: DataDirectory? = nil
    ) async throws -> PostgresOutreachStore {
        let store = PostgresOutreachStore(
            settings: try PostgresSettings.parse(url, environment: environment), now: now, replicaHome: replicaIn)
        do {
            try await store.load()
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    public func drainWarnings() -> [LocalizedText] {
        settleFiles()
        defer { warnings = [] }
        return warnings
    }

    // MARK: - Connecting

    /// The open connection, or a new one (after a server restart, the next command lands here).
    func connected() async throws -> PostgresConnection {
        if let connection, !connection.isClosed { return connection }
        connection = nil
        let made: PostgresConnection
        do {
            made = try await PostgresDeadline.connect(settings, logger: logger)
        } catch {
            throw PostgresFailure.connecting(error, settings)
        }
        do {
            try await Self.checkVersion(made, settings: settings, logger: logger)
        } catch {
            await PostgresDeadline.close(made)
            throw PostgresFailure.connecting(error, settings)
        }
        connection = made
        return made
    }

    /// PostgreSQL 13 is the oldest server ecovol accepts (`DROP DATABASE … WITH (FORCE)`,
    /// the policies and functions used here); an older one gets a message, not odd SQL errors.
    static func checkVersion(_ connection: PostgresConnection, settings: PostgresSettings, logger: Logger) async throws
    {
        let rows = try await connection.ask(
            "SELECT current_setting('server_version_num'), current_setting('server_version')", logger: logger)
        for try await (number, text) in rows.decode((String, String).self) {
            if let n = Int(number), n < 130_000 {
                throw StoreError(
                    .cannotConnect, L(.sharedStoreErrorTooOld, ["server": settings.displayName, "version": text]))
            }
        }
    }

    /// Closes and forgets the connection (postgres-nio requires close() before release); the
    /// close waits a few seconds at most, and on a lost connection the server has already
    /// rolled back on its side.
    private func dropConnection() async {
        if let connection { await PostgresDeadline.close(connection) }
        connection = nil
    }

    /// Runs `body` on the connection, mapping failures (and forgetting a lost connection).
    func using<T>(writing: Bool, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        let connection = try await connected()
        do {
            return try await body(connection)
        } catch {
            if PostgresFailure.isConnectionLoss(error) { await dropConnection() }
            throw PostgresFailure.working(error, settings, writing: writing)
        }
    }

    // MARK: - Loading and catching up

    /// Reads the schema version, then every table and the head in one snapshot, so the state
    /// and its seq belong together.
    private func load() async throws {
        if replicaHome != nil, try await loadFromReplica() { return }
        try await loadTables()
    }

    /// Reads every table and the head in one snapshot transaction.
    func loadTables() async throws {
        try await using(writing: false) { connection in
            try await connection.ask("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            do {
                try await readSchemaVersion(connection)
                for try await city in try await connection.ask("SELECT ecovol.office_city()", logger: logger).decode(
                    String?.self)
                { officeCity = city }
                try await readTables(connection)
                try await connection.ask("COMMIT", logger: logger)
            } catch {
                if !PostgresFailure.isConnectionLoss(error) {
                    _ = try? await connection.ask("ROLLBACK", logger: logger)
                }
                throw error
            }
        }
    }

    /// Replaces the state by the tables' rows (as far as this login may see them) and the
    /// head. Consistent when run in a snapshot transaction or under the writers' lock. The rows
    /// are read off the main actor (see `PostgresTableRead`).
    func readTables(_ connection: PostgresConnection) async throws {
        let tables = try await PostgresTableRead.read(connection, logger: logger)
        replaceState(tables.state, seq: tables.head)
    }

    func readSchemaVersion(_ connection: PostgresConnection) async throws {
        var exists = false
        for try await found in try await connection.ask(
            "SELECT to_regclass('ecovol.schema_migrations') IS NOT NULL", logger: logger
        ).decode(Bool.self) { exists = found }
        guard exists else {
            throw StoreError(.notInitialised, L(.sharedStoreErrorNotInitialised, ["server": settings.displayName]))
        }
        var version = 0
        for try await v in try await connection.ask(
            "SELECT coalesce(max(version), 0)::int8 FROM ecovol.schema_migrations", logger: logger
        ).decode(Int.self) { version = v }
        schemaVersion = version
        if version < PostgresSchema.currentVersion {
            throw StoreError(
                .notInitialised,
                L(
                    .sharedStoreErrorOlderSchema,
                    [
                        "server": settings.displayName, "found": String(version),
                        "known": String(PostgresSchema.currentVersion),
                    ]))
        }
        if version > PostgresSchema.currentVersion, writeBlock == nil {
            writeBlock = StoreError(
                .newerSchema,
                L(
                    .storeErrorNewerSchema,
                    ["found": String(version), "known": String(PostgresSchema.currentVersion)]))
            warnings.append(
                L(
                    .storeErrorNewerSchema,
                    ["found": String(version), "known": String(PostgresSchema.currentVersion)]))
        }
    }

    public func refresh() async throws {
        try await settle()
        let reread = try await using(writing: false) { connection in try await catchUp(connection, locked: false) }
        if reread { try await load() }
    }

    /// Applies the changes after `seq`. The head is read first: a change committed while the
    /// log is read is either included or picked up next time, never skipped. Returns true when
    /// an office must re-read its rows (a hidden change of several cities touched its city)
    /// and `locked` is false; under the writers' lock it re-reads them at once.
    @discardableResult
    func catchUp(_ connection: PostgresConnection, locked: Bool) async throws -> Bool {
        var head = seq
        for try await value in try await connection.ask("SELECT seq FROM ecovol.head", logger: logger).decode(
            Int.self)
        { head = value }
        guard head > seq else { return false }
        if officeCity != nil {
            var hidden = 0
            for try await n in try await connection.ask("SELECT ecovol.shared_changes_since(\(seq))", logger: logger)
                .decode(Int.self)
            { hidden = n }
            if hidden > 0 {
                guard locked else { return true }
                try await readTables(connection)
                return false
            }
        }
        var entries = try await changes(after: seq, connection)
        var added: Set<String> = []
        var logged: Set<String> = []
        for op in entries.lazy.flatMap(\.operations) {
            if case .putPerson(let p) = op { added.insert(p.id) }
            if officeCity != nil, case .putParticipation(let p) = op { logged.insert(p.person) }
        }
        let missingPeople = logged.filter { state.people[$0] == nil && !added.contains($0) }
        if !missingPeople.isEmpty, !entries.isEmpty {
            entries[entries.count - 1].operations += try await fetchPeople(missingPeople, connection)
        }
        // An office's head may lie past its last visible change: an empty entry records it.
        if head > (entries.last?.seq ?? seq) {
            entries.append(JournalEntry(seq: head, at: now(), command: "head", operations: []))
        }
        applyChanges(entries)
        return false
    }

    /// The changes after `after` in the log, in order.
    func changes(after: Int, _ connection: PostgresConnection) async throws -> [JournalEntry] {
        let rows = try await connection.ask(
            "SELECT seq, time, command, undoes, operations::text FROM ecovol.changes WHERE seq > \(after) ORDER BY seq",
            logger: logger)
        var entries: [JournalEntry] = []
        for try await (changeSeq, time, command, undoes, text) in rows.decode((Int, Date, String, Int?, String).self) {
            let ops = try PostgresRecords.decodeOperations(text, decoder: decoder)
            entries.append(JournalEntry(seq: changeSeq, at: time, command: command, undoes: undoes, operations: ops))
        }
        return entries
    }

    /// An office's log shows only changes touching its city, so a person registered elsewhere
    /// and then logged into one of its sessions arrives without their record; it is read
    /// from the table, which row-level security now lets the office see.
    private func fetchPeople(_ ids: Set<String>, _ connection: PostgresConnection) async throws -> [StoreOperation] {
        let rows = try await connection.ask(
            "SELECT record::text FROM ecovol.people WHERE id = ANY(\(Array(ids)))", logger: logger)
        var ops: [StoreOperation] = []
        for try await text in rows.decode(String.self) {
            ops.append(.putPerson(try decoder.decode(Person.self, from: Data(text.utf8))))
        }
        return ops
    }

    /// An office may change only its own city's records: refused here with a message naming
    /// the rule (the server's row-level security enforces the same rule regardless).
    private func checkOfficeRule(_ ops: [StoreOperation], cities: [String]) throws {
        guard let officeCity else { return }
        let office = settings.user
        func refuse(_ other: LocalizedText, _ rule: String) -> StoreError {
            let args = ["office": office, "city": officeCity, "rule": rule]
            return StoreError(
                .refused,
                L(.sharedStoreErrorOfficeRule, args.merging(["other": other.zh]) { a, _ in a })
                    .mapEnglish(L(.sharedStoreErrorOfficeRule, args.merging(["other": other.en]) { a, _ in a })))
        }
        for op in ops {
            switch op {
            case .putSession(let s) where s.city != officeCity:
                throw refuse(LocalizedText(verbatim: s.city), "office_sessions")
            case .putParticipation(let p)
            where state.sessions[p.session] == nil
                && !ops.contains(where: {
                    if case .putSession(let s) = $0 { return s.id == p.session }
                    return false
                }):
                throw refuse(L(.sharedStoreOtherCities), "office_participations")
            case .putProject(let p) where p.city != officeCity:
                throw refuse(
                    p.city.map { LocalizedText(verbatim: $0) } ?? L(.sharedStoreWholeProvince), "office_projects")
            default: break
            }
        }
        if let other = cities.first(where: { $0 != officeCity }) {
            throw refuse(LocalizedText(verbatim: other), "office_changes")
        }
    }

    // MARK: - Writing

    @discardableResult
    public func commit(command: String, undoes: Int?, _ build: (OutreachState) throws -> [StoreOperation]) async throws
        -> StoreCommit?
    {
        try await write(command: command, undoes: undoes, at: ISOTimestamp.normalize(now()), expectedSeq: nil, build)
    }

    /// Appends a copied change with its own time; it must land at its own seq.
    func append(_ change: StoreChange) async throws {
        _ = try await write(
            command: change.command, undoes: change.undoes, at: ISOTimestamp.normalize(change.at),
            expectedSeq: change.seq
        ) { _ in change.operations }
    }

    private func write(
        command: String, undoes: Int?, at: Date, expectedSeq: Int?, _ build: (OutreachState) throws -> [StoreOperation]
    ) async throws -> StoreCommit? {
        if let writeBlock { throw writeBlock }
        try await settle()
        let connection = try await connected()
        var buildFailure: (any Error)?
        do {
            try await connection.ask("BEGIN", logger: logger)
            try await connection.takeWriteLock(logger: logger)
            try await catchUp(connection, locked: true)
            let ops: [StoreOperation]
            do {
                ops = try build(state).map(\.normalized)
                try StoreOperationCheck.check(ops)
            } catch {
                buildFailure = error
                throw error
            }
            guard !ops.isEmpty else {
                try await connection.ask("ROLLBACK", logger: logger)
                return nil
            }
            let inverse = state.inverse(of: ops)
            var cities = PostgresRecords.cities(of: ops, before: state)
            if let officeCity {
                try checkOfficeRule(ops, cities: cities)
                cities = [officeCity]
            }
            let next = seq + 1
            if let expectedSeq, expectedSeq != next {
                buildFailure = StoreError(
                    .journalMismatch,
                    L(.storeCopyErrorSeq, ["expected": String(next), "found": String(expectedSeq)]))
                throw buildFailure ?? CancellationError()
            }
            let operations = try PostgresRecords.encode(ops, encoder: encoder)
            try await connection.ask(
                """
                INSERT INTO ecovol.changes (seq, time, command, undoes, cities, operations)
                VALUES (\(next), \(at), \(command), \(undoes), \(cities), \(operations)::jsonb)
                """, logger: logger)
            try await PostgresRecords.write(ops, seq: next, on: connection, encoder: encoder, logger: logger)
            try await connection.ask("UPDATE ecovol.head SET seq = \(next)", logger: logger)
            try await connection.ask("COMMIT", logger: logger)
            applyChanges([JournalEntry(seq: next, at: at, command: command, undoes: undoes, operations: ops)])
            return StoreCommit(seq: next, command: command, operations: ops, inverse: inverse)
        } catch {
            if PostgresFailure.isConnectionLoss(error) {
                await dropConnection()
            } else {
                do { try await connection.ask("ROLLBACK", logger: logger) } catch {
                    await dropConnection()
                }
            }
            if let buildFailure { throw buildFailure }
            throw PostgresFailure.working(error, settings, writing: true)
        }
    }

    public func close() async {
        // A background read of the replica is let finish: its files must not be left half-read.
        if let pending = pendingReplica {
            await pending.read.finished()
            settleFiles()
        }
        await dropConnection()
    }

    /// Every change this login may read, in order, for `store copy` out of the server; when
    /// the log does not explain every record (an office sees only its city's changes, yet the
    /// people logged into its sessions), a last change brings the replayed records in line
    /// with the tables.
    static func history(url: String, environment: [String: String]) async throws -> [StoreChange] {
        let store = try await open(url: url, environment: environment)
        do {
            // Renumbered 1… without gaps (an office's view skips other cities' changes).
            var result = try await store.using(writing: false) { connection in
                var list: [StoreChange] = []
                var renumbered: [Int: Int] = [:]
                let rows = try await connection.ask(
                    "SELECT seq, time, command, undoes, operations::text FROM ecovol.changes ORDER BY seq",
                    logger: store.logger)
                for try await (seq, time, command, undoes, text) in rows.decode((Int, Date, String, Int?, String).self)
                {
                    renumbered[seq] = list.count + 1
                    list.append(
                        StoreChange(
                            seq: list.count + 1, at: time, command: command, undoes: undoes.flatMap { renumbered[$0] },
                            operations: try PostgresRecords.decodeOperations(text, decoder: store.decoder)))
                }
                return list
            }
            var replayed = OutreachState()
            for change in result { for op in change.operations { replayed.apply(op) } }
            let fix = reconcile(replayed, to: store.state)
            if !fix.isEmpty {
                result.append(StoreChange(seq: result.count + 1, at: Date(), command: "copy", operations: fix))
            }
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    /// The operations that turn `from` into `to`.
    static func reconcile(_ from: OutreachState, to: OutreachState) -> [StoreOperation] {
        var ops: [StoreOperation] = []
        for (id, s) in to.sessions where from.sessions[id] != s { ops.append(.putSession(s)) }
        for id in from.sessions.keys where to.sessions[id] == nil { ops.append(.deleteSession(id)) }
        for (id, p) in to.people where from.people[id] != p { ops.append(.putPerson(p)) }
        for id in from.people.keys where to.people[id] == nil { ops.append(.deletePerson(id)) }
        for (id, p) in to.customProjects where from.customProjects[id] != p { ops.append(.putProject(p)) }
        for id in from.customProjects.keys where to.customProjects[id] == nil { ops.append(.deleteProject(id)) }
        for p in to.allParticipations where from.participation(p.key) != p { ops.append(.putParticipation(p)) }
        for p in from.allParticipations where to.participation(p.key) == nil { ops.append(.deleteParticipation(p.key)) }
        return ops
    }
}
