import Foundation
import PostgresNIO

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A local copy of what one login may see on one server, in the data directory
/// (`replicas/<user>@<host>-<port>-<db>-<hash>/`), in the JSON store's own snapshot + journal
/// format with the server's seqs. Why: loading a province's million rows from the server takes
/// seconds at every start; with a replica a start reads the local files and asks the server
/// only for the changes after the replica's seq.
///
/// It is a cache, never the truth: appends are not fsynced, and it is thrown away and rebuilt
/// from the server, with a notice, whenever it cannot be trusted — damaged files, or a
/// `replica.json` that names another server, database, schema reset, schema version or office
/// city, or a server whose log is shorter than the replica's (restored from an older backup).
/// The password is never written; an office's replica holds only what its role may read,
/// since it is filled through the same row-level security as everything else.
@MainActor
final class PostgresReplica {
    /// What the replica was made from; any difference means it describes other data.
    struct Identity: Codable, Equatable, Sendable {
        var format = "ecovol-replica"
        /// `user@host:port/database` (no password).
        var server: String
        /// The database's oid and the `changes` table's oid: a dropped and re-created database
        /// or schema gets new ones.
        var database: Int
        var changesTable: Int
        /// When migration 1 ran: unique per `store init` of a fresh schema.
        var born: String
        var schema: Int
        /// The office's city (nil for the province).
        var city: String?
    }

    let directory: String
    let files: JSONFileStore

    /// Replicas bigger than this on disk (snapshot plus journal) are read in the background at
    /// a later start (see `PostgresOutreachStore.loadFromReplica`); smaller ones take less than
    /// a server round trip or two to read. Tests lower it to exercise the background read.
    static var backgroundReadBytes: Int64 = JSONOutreachStore.quickOpenLimit

    var state: OutreachState { files.state }
    var seq: Int { files.statistics.seq }
    /// False for a replica just made: the first start fills it from the tables.
    var hasRecords: Bool { files.statistics.generation > 0 || files.statistics.seq > 0 }

    init(directory: String, files: JSONFileStore) {
        self.directory = directory
        self.files = files
    }

    static let metaName = "replica.json"

    /// The replica's directory for `settings` under `home`: readable names plus a hash of the
    /// exact key, so two servers never share one.
    static func directory(for settings: PostgresSettings, in home: DataDirectory) -> String {
        let key = serverKey(settings)
        let readable = String(
            key.unicodeScalars.map { scalar -> Character in
                let c = Character(scalar)
                return c.isLetter || c.isNumber || c == "@" || c == "." || c == "_" ? c : "-"
            })
        return home.path + "/replicas/" + readable + "-" + CRC32.hex(CRC32.checksum(key))
    }

    static func serverKey(_ settings: PostgresSettings) -> String {
        "\(settings.user)@\(settings.socketDirectory ?? settings.host):\(settings.port)/\(settings.database)"
    }

    /// Reads the identity of what `connection` sees (the schema exists: checked before).
    static func identity(
        _ connection: PostgresConnection, settings: PostgresSettings, city: String?, schema: Int, logger: Logger
    ) async throws -> Identity {
        let rows = try await connection.ask(
            """
            SELECT (SELECT oid::int8 FROM pg_database WHERE datname = current_database()),
                   'ecovol.changes'::regclass::oid::int8,
                   (SELECT to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') FROM ecovol.schema_migrations WHERE version = 1)
            """, logger: logger)
        var identity = Identity(
            server: serverKey(settings), database: 0, changesTable: 0, born: "", schema: schema, city: city)
        for try await (database, table, born) in rows.decode((Int, Int, String?).self) {
            identity.database = database
            identity.changesTable = table
            identity.born = born ?? ""
        }
        return identity
    }

    /// Opens the replica for `identity` under `home`, or makes an empty one. Returns nil (and
    /// a notice) when the data directory cannot hold one: the store then works from memory.
    /// `preloaded` is a read of the files started earlier (`StorePreload`), used instead of
    /// reading them again.
    static func open(
        identity: Identity, settings: PostgresSettings, home: DataDirectory, now: @escaping @Sendable () -> Date,
        preloaded: Result<JSONFileStore, any Error>? = nil
    ) -> (PostgresReplica?, [LocalizedText]) {
        let directory = directory(for: settings, in: home)
        var notices: [LocalizedText] = []
        let fm = FileManager.default
        if fm.fileExists(atPath: directory) {
            switch readMeta(directory) {
            case .some(let found) where found == identity:
                let files = preloaded.map { try? $0.get() } ?? (try? openFiles(directory, now: now))?.files
                if let files, files.writeBlock == nil, !files.isDamaged {
                    let replica = PostgresReplica(directory: directory, files: files)
                    if !replica.files.drainWarnings().isEmpty {
                        notices.append(L(.replicaNoticeRepaired, ["path": directory]))
                    }
                    return (replica, notices)
                }
                notices.append(L(.replicaNoticeDamaged, ["path": directory]))
            case .some:
                notices.append(L(.replicaNoticeOtherServer, ["path": directory]))
            case .none:
                notices.append(L(.replicaNoticeDamaged, ["path": directory]))
            }
        }
        do {
            return (try create(directory, identity: identity, home: home, now: now), notices)
        } catch {
            let reason = (error as? StoreError)?.message ?? LocalizedText(verbatim: String(describing: error))
            return (
                nil,
                notices + [
                    L(.replicaNoticeUnavailable, ["path": directory, "reason": reason.zh])
                        .mapEnglish(L(.replicaNoticeUnavailable, ["path": directory, "reason": reason.en]))
                ]
            )
        }
    }

    /// Removes the replica and makes an empty one with the same identity (the server's log
    /// is behind it, so it cannot be caught up).
    func rebuilt(
        identity: Identity, settings: PostgresSettings, home: DataDirectory, now: @escaping @Sendable () -> Date
    )
        -> PostgresReplica?
    {
        files.close()
        return try? Self.create(directory, identity: identity, home: home, now: now)
    }

    /// An empty replica with `identity` in place of whatever is there (a damaged one found by
    /// a background read); nil when the data directory cannot hold one.
    static func remade(
        identity: Identity, settings: PostgresSettings, home: DataDirectory, now: @escaping @Sendable () -> Date
    ) -> PostgresReplica? {
        try? create(directory(for: settings, in: home), identity: identity, home: home, now: now)
    }

    /// Makes the next start rebuild this replica (after a write to it failed).
    func invalidate() {
        files.close()
        unlink(directory + "/" + Self.metaName)
    }

    private static func create(
        _ directory: String, identity: Identity, home: DataDirectory, now: @escaping @Sendable () -> Date
    ) throws -> PostgresReplica {
        let fm = FileManager.default
        if fm.fileExists(atPath: directory) { try fm.removeItem(atPath: directory) }
        try home.ensureExists()
        let parent = (directory as NSString).deletingLastPathComponent
        if mkdir(parent, 0o700) != 0, errno != EEXIST {
            throw StoreError.system(.cannotCreate, path: parent, errno: errno)
        }
        if mkdir(directory, 0o700) != 0 { throw StoreError.system(.cannotCreate, path: directory, errno: errno) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let meta = Array(try encoder.encode(identity)) + [0x0A]
        do {
            try POSIXFile.atomicReplace(directory + "/" + metaName, with: meta, directory: directory)
        } catch {
            throw StoreError.system(.cannotCreate, path: directory + "/" + metaName, errno: error.errno)
        }
        return try openFiles(directory, now: now)
    }

    static func fileOptions(now: @escaping @Sendable () -> Date) -> JSONFileStore.Options {
        .init(now: now, replica: true)
    }

    private static func openFiles(_ directory: String, now: @escaping @Sendable () -> Date) throws -> PostgresReplica {
        PostgresReplica(
            directory: directory, files: try JSONFileStore(directory: directory, options: fileOptions(now: now)))
    }

    /// Whether the replica in `directory` is big enough to be read in the background.
    static func isLarge(_ directory: String) -> Bool {
        JSONOutreachStore.bytesOnDisk(directory) > backgroundReadBytes
    }

    static func readMeta(_ directory: String) -> Identity? {
        guard let bytes = try? POSIXFile.readAll(directory + "/" + metaName) else { return nil }
        return try? JSONDecoder().decode(Identity.self, from: Data(bytes))
    }
}

/// A later start whose replica is still being read (see `PostgresOutreachStore.loadFromReplica`).
struct PendingReplica: Sendable {
    let read: BackgroundStoreOpen
    let identity: PostgresReplica.Identity
    /// The server's head when the start checked it.
    let head: Int
    /// The seq the files promised (`peekSeq`); `entries` are the server's changes after it.
    let after: Int
    var entries: [JournalEntry]
}

extension PostgresOutreachStore {
    /// The start from the local replica: the same schema checks as a full load, the replica
    /// opened (or made, or rebuilt) for what this login sees, then the changes after its seq.
    /// False when the records must come from the tables (a first start, a rebuilt replica, an
    /// office that must re-read its rows); the full load then fills the replica.
    ///
    /// A large replica of the province (seconds to read at a million records) is read in the
    /// background instead: this returns once the server is checked and the changes after the
    /// replica's seq are fetched, and the records are ready when the read ends (see `settle`).
    func loadFromReplica() async throws -> Bool {
        guard let home = replicaHome else { return false }
        let (identity, head) = try await using(writing: false) { connection in
            try await readSchemaVersion(connection)
            var city: String?
            for try await found in try await connection.ask("SELECT ecovol.office_city()", logger: logger).decode(
                String?.self)
            { city = found }
            officeCity = city
            var head = 0
            for try await value in try await connection.ask("SELECT seq FROM ecovol.head", logger: logger).decode(
                Int.self)
            { head = value }
            let identity = try await PostgresReplica.identity(
                connection, settings: settings, city: city, schema: schemaVersion, logger: logger)
            return (identity, head)
        }
        let directory = PostgresReplica.directory(for: settings, in: home)
        let preloaded = StorePreload.take(directory)
        let trusted = PostgresReplica.readMeta(directory) == identity
        if officeCity == nil, trusted, let after = PostgresReplica.peekSeq(directory), after <= head,
            let read = preloaded
                ?? (PostgresReplica.isLarge(directory)
                    ? BackgroundStoreOpen(directory: directory, options: PostgresReplica.fileOptions(now: now)) : nil)
        {
            pendingReplica = PendingReplica(read: read, identity: identity, head: head, after: after, entries: [])
            if after < head {
                let entries = try await using(writing: false) { connection in
                    try await changes(after: after, connection)
                }
                pendingReplica?.entries = entries
            }
            return true
        }
        var opened: Result<JSONFileStore, any Error>?
        if let preloaded {
            await preloaded.finished()
            opened = preloaded.wait()
            if !trusted, case .success(let files) = opened {
                files.close()
                opened = nil
            }
        }
        let (found, notices) = PostgresReplica.open(
            identity: identity, settings: settings, home: home, now: now, preloaded: opened)
        warnings += notices
        guard var replica = found else { return false }
        if replica.seq > head {
            warnings.append(L(.replicaNoticeAhead, ["seq": String(replica.seq), "head": String(head)]))
            guard let fresh = replica.rebuilt(identity: identity, settings: settings, home: home, now: now) else {
                return false
            }
            replica = fresh
        }
        self.replica = replica
        guard replica.hasRecords else { return false }
        seq = replica.seq
        let reread = try await using(writing: false) { connection in try await catchUp(connection, locked: false) }
        return !reread
    }

    /// Ends a background read of the replica where the records must be answered at once (a
    /// synchronous `state` or `seq`): waits for the files, and when they cannot be used reads
    /// the tables again before answering (see `reloadTablesNow`), so `state` straight after
    /// `open` is never an empty store that the server does not have.
    func settleFromDisk() {
        settleFiles()
        if reloadFor != nil, !triedReloadNow {
            triedReloadNow = true
            reloadTablesNow()
        }
    }

    /// Ends a background read of the replica without the network: waits for the files, then
    /// applies the changes fetched at the start. A replica that turns out damaged, empty or
    /// ahead of the server is remembered in `reloadFor`: the tables are read again.
    func settleFiles() {
        guard let pending = pendingReplica else { return }
        pendingReplica = nil
        let directory = pending.read.directory
        let files: JSONFileStore
        switch pending.read.wait() {
        case .success(let opened) where opened.writeBlock == nil && !opened.isDamaged:
            files = opened
        case .success(let opened):
            opened.close()
            warnings.append(L(.replicaNoticeDamaged, ["path": directory]))
            reloadFor = pending.identity
            return
        case .failure:
            warnings.append(L(.replicaNoticeDamaged, ["path": directory]))
            reloadFor = pending.identity
            return
        }
        let replica = PostgresReplica(directory: directory, files: files)
        if !files.drainWarnings().isEmpty { warnings.append(L(.replicaNoticeRepaired, ["path": directory])) }
        guard replica.seq <= pending.head, replica.hasRecords else {
            if replica.seq > pending.head {
                warnings.append(L(.replicaNoticeAhead, ["seq": String(replica.seq), "head": String(pending.head)]))
            }
            files.close()
            reloadFor = pending.identity
            return
        }
        self.replica = replica
        seq = replica.seq
        // The files may end before the seq their first and last lines promised (a damaged line
        // in between): then the next refresh or commit catches up the rest from the server.
        if replica.seq >= pending.after { applyChanges(pending.entries) }
    }

    /// Makes the records complete before anything else touches them: waits (without blocking
    /// the main actor) for a background read of the replica, and re-reads the tables when that
    /// read could not be used.
    func settle() async throws {
        if let pending = pendingReplica {
            await pending.read.finished()
            settleFiles()
        }
        guard let identity = reloadFor, let home = replicaHome else { return }
        reloadFor = nil
        replica = PostgresReplica.remade(identity: identity, settings: settings, home: home, now: now)
        try await loadTables()
    }

    /// Reads the tables again for a replica a background read found unusable, blocking the
    /// main actor until they are in, as `state` blocks for the read itself. The read runs off
    /// the main actor on a connection of its own (one snapshot transaction, the province's
    /// view: only its replica is read in the background), so the wait cannot deadlock. When it
    /// fails (the server went away meanwhile) the records stay empty, with the notice, and
    /// the next refresh or commit (`settle`) tries again and reports why.
    private func reloadTablesNow() {
        guard let identity = reloadFor, let home = replicaHome else { return }
        guard case .success(let tables) = PostgresTableRead.readWaiting(settings, logger: logger) else { return }
        reloadFor = nil
        replica = PostgresReplica.remade(identity: identity, settings: settings, home: home, now: now)
        replaceState(tables.state, seq: tables.head)
    }

    /// Applies changes read from the log (or just committed) to the replica, or to memory.
    /// A replica that cannot be written is given up (the records stay in memory, the next
    /// start rebuilds it): the server, not the replica, holds what was saved.
    func applyChanges(_ entries: [JournalEntry]) {
        guard let last = entries.last?.seq else { return }
        if let replica {
            do {
                try replica.files.appendReplicated(entries)
                seq = max(seq, replica.seq)
                return
            } catch {
                giveUpReplica(error)
            }
        }
        for entry in entries { for op in entry.operations { memoryState.apply(op) } }
        seq = max(seq, last)
    }

    /// Replaces the records by `fresh` (read from the tables at `head`).
    func replaceState(_ fresh: OutreachState, seq head: Int) {
        if let replica {
            do {
                seq = try replica.files.replaceReplicated(fresh, seq: head) ? head : replica.seq
                return
            } catch {
                giveUpReplica(error)
            }
        }
        memoryState = fresh
        seq = head
    }

    private func giveUpReplica(_ error: any Error) {
        guard let replica else { return }
        memoryState = replica.state
        self.replica = nil
        replica.invalidate()
        let reason = (error as? StoreError)?.message ?? LocalizedText(verbatim: String(describing: error))
        warnings.append(
            L(.replicaNoticeUnavailable, ["path": replica.directory, "reason": reason.zh]).mapEnglish(
                L(.replicaNoticeUnavailable, ["path": replica.directory, "reason": reason.en])))
    }
}

extension PostgresReplica {
    /// The seq the replica's files hold, told from the snapshot's first line and the journal's
    /// last line that verifies, without decoding a record: what a later start asks the server
    /// for while the files are still being read. Only a hint: when the files' open ends at
    /// another seq, the difference is caught up on the next refresh or commit. Nil when the
    /// files do not say (no snapshot, an unreadable header).
    static func peekSeq(_ directory: String) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: directory + "/outreach.json") else { return nil }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        try? handle.close()
        guard let firstLine = head.firstIndex(of: 0x0A) else { return nil }
        var generation = -1
        var seq = -1
        Array(head[..<firstLine]).withUnsafeBytes { raw in
            var s = ByteScanner(raw)
            guard (try? s.expect(0x7B)) != nil else { return }
            var first = true
            while let key = try? s.nextKey(first: &first) {
                switch key {
                case "generation": generation = (try? s.int()) ?? -1
                case "seq": seq = (try? s.int()) ?? -1
                default: if (try? s.skipValue()) == nil { return }
                }
                if generation >= 0, seq >= 0 { return }
            }
        }
        guard generation >= 0, seq >= 0 else { return nil }
        guard let journal = try? POSIXFile.readAll(directory + "/journal.jsonl"), !journal.isEmpty else {
            return seq
        }
        return journal.withUnsafeBytes { raw -> Int in
            guard let headerEnd = raw.firstIndex(of: 0x0A),
                let header = try? JournalCodec.decodeHeader(UnsafeRawBufferPointer(rebasing: raw[0..<headerEnd])),
                header.generation == generation, header.baseSeq == seq
            else { return seq }
            // The last complete line that verifies; a torn tail is skipped, as the open skips it.
            var end = raw.last == 0x0A ? raw.count : (raw.lastIndex(of: 0x0A) ?? headerEnd) + 1
            while end > headerEnd + 1 {
                let newline = end - 1
                let start = raw[(headerEnd + 1)..<newline].lastIndex(of: 0x0A).map { $0 + 1 } ?? headerEnd + 1
                let line = UnsafeRawBufferPointer(rebasing: raw[start..<newline])
                if !line.isEmpty, JournalCodec.verify(line), let value = lineSeq(line) { return max(seq, value) }
                end = start
            }
            return seq
        }
    }

    /// The `seq` member a journal line starts with.
    private static func lineSeq(_ line: UnsafeRawBufferPointer) -> Int? {
        var s = ByteScanner(line)
        guard (try? s.expect(0x7B)) != nil else { return nil }
        var first = true
        guard let key = try? s.nextKey(first: &first), key == "seq" else { return nil }
        return try? s.int()
    }
}
