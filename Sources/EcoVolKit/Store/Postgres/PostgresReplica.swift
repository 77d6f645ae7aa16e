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

    var state: OutreachState { files.state }
    var seq: Int { files.statistics.seq }
    /// False for a replica just made: the first start fills it from the tables.
    var hasRecords: Bool { files.statistics.generation > 0 || files.statistics.seq > 0 }

    private init(directory: String, files: JSONFileStore) {
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
    static func open(
        identity: Identity, settings: PostgresSettings, home: DataDirectory, now: @escaping @Sendable () -> Date
    ) -> (PostgresReplica?, [LocalizedText]) {
        let directory = directory(for: settings, in: home)
        var notices: [LocalizedText] = []
        let fm = FileManager.default
        if fm.fileExists(atPath: directory) {
            switch readMeta(directory) {
            case .some(let found) where found == identity:
                if let replica = try? openFiles(directory, now: now), replica.files.writeBlock == nil,
                    !replica.files.isDamaged
                {
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

    private static func openFiles(_ directory: String, now: @escaping @Sendable () -> Date) throws -> PostgresReplica {
        PostgresReplica(
            directory: directory,
            files: try JSONFileStore(directory: directory, options: .init(now: now, replica: true)))
    }

    private static func readMeta(_ directory: String) -> Identity? {
        guard let bytes = try? POSIXFile.readAll(directory + "/" + metaName) else { return nil }
        return try? JSONDecoder().decode(Identity.self, from: Data(bytes))
    }
}

extension PostgresOutreachStore {
    /// The start from the local replica: the same schema checks as a full load, the replica
    /// opened (or made, or rebuilt) for what this login sees, then the changes after its seq.
    /// False when the records must come from the tables (a first start, a rebuilt replica, an
    /// office that must re-read its rows); the full load then fills the replica.
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
        let (opened, notices) = PostgresReplica.open(identity: identity, settings: settings, home: home, now: now)
        warnings += notices
        guard var replica = opened else { return false }
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
