import Foundation
import PostgresNIO

/// Reads every record table (as far as the login may see them) and the head on one
/// connection, for a first start or an office re-reading its rows. Consistent when run in a
/// snapshot transaction or under the writers' lock, as the caller does.
///
/// Why a nonisolated function and not a method of the store: the store lives on the main
/// actor, and a row sequence iterated there hops to a pool thread and back for every row
/// (postgres-nio's iterator is not isolated to its caller). At a million rows those two
/// thread switches per row were four fifths of the first start. Here the rows arrive without
/// a switch each, the participations are read from the rows' bytes in place, and sessions
/// and people are decoded on other threads while the participations stream in.
enum PostgresTableRead {
    /// The records and the head they correspond to.
    struct Tables: Sendable {
        let state: OutreachState
        let head: Int
    }

    nonisolated static func read(_ connection: PostgresConnection, logger: Logger) async throws -> sending Tables {
        var head = 0
        for try await value in try await connection.ask("SELECT seq FROM ecovol.head", logger: logger).decode(
            Int.self)
        { head = value }
        let sessionRecords = try await records("SELECT record::text FROM ecovol.sessions", connection, logger)
        async let sessions = decode(Session.self, sessionRecords)
        let peopleRecords = try await records("SELECT record::text FROM ecovol.people", connection, logger)
        async let people = decode(Person.self, peopleRecords)
        let projectRecords = try await records("SELECT record::text FROM ecovol.projects", connection, logger)
        let projects = try decode(Project.self, projectRecords)
        var state = OutreachState()
        let rows = try await connection.ask(
            "SELECT record::text FROM ecovol.participations ORDER BY first_seq, first_position", logger: logger)
        for try await row in rows {
            state.put(try participation(row))
        }
        state.load(sessions: try await sessions, people: try await people, projects: projects)
        return Tables(state: state, head: head)
    }

    /// One participation from its row's `record` text, read in place (no String per row).
    private static func participation(_ row: PostgresRow) throws -> Participation {
        guard let cell = row.first, let bytes = cell.bytes else {
            throw ScanError(offset: 0, reason: "participation row without a record")
        }
        return try bytes.withUnsafeReadableBytes { raw throws(ScanError) in
            var s = ByteScanner(raw)
            return try ParticipationRowCodec.read(&s, map: nil)
        }
    }

    /// The records of a table as one JSON array (`[{…},{…}]`), copied from the rows' bytes.
    struct Records: Sendable {
        var json = Data([0x5B])
        var count = 0
    }

    private static func records(_ query: PostgresQuery, _ connection: PostgresConnection, _ logger: Logger)
        async throws -> Records
    {
        var out = Records()
        for try await row in try await connection.ask(query, logger: logger) {
            guard let bytes = row.first?.bytes else { continue }
            if out.count > 0 { out.json.append(0x2C) }
            bytes.withUnsafeReadableBytes { out.json.append(contentsOf: $0) }
            out.count += 1
        }
        out.json.append(0x5D)
        return out
    }

    /// Sessions and people by id, read from the array's bytes as the JSON store reads them
    /// (`ScannedRecord`; a later duplicate id wins, as applying them one by one did).
    private static func decode<T: ScannedRecord & Identifiable>(_: T.Type, _ records: Records) throws -> [String: T]
    where T.ID == String {
        try records.json.withUnsafeBytes { raw in
            var s = ByteScanner(raw)
            var result: [String: T] = [:]
            result.reserveCapacity(records.count)
            try s.expect(0x5B)
            if !s.take(0x5D) {
                repeat {
                    let item = try T.scan(&s)
                    result[item.id] = item
                } while s.take(0x2C)
                try s.expect(0x5D)
            }
            return result
        }
    }

    /// A table's records by id (a later duplicate id wins, as applying them one by one did),
    /// decoded by Foundation's JSONDecoder in one call for the whole table.
    private static func decode<T: Decodable & Identifiable>(_: T.Type, _ records: Records) throws -> [String: T]
    where T.ID == String {
        let items = try RecordCodec.decoder().decode([T].self, from: records.json)
        var result: [String: T] = [:]
        result.reserveCapacity(items.count)
        for item in items { result[item.id] = item }
        return result
    }
}

extension PostgresTableRead {
    /// Reads the tables on a connection of its own, in one snapshot transaction, and blocks the
    /// calling thread until they are in. Nothing on the way needs the main actor, so a
    /// synchronous property there may wait for it.
    static func readWaiting(_ settings: PostgresSettings, logger: Logger) -> Result<Tables, any Error> {
        let handOver = TablesHandOver()
        Task.detached {
            do {
                handOver.finish(.success(try await readOnNewConnection(settings, logger: logger)))
            } catch {
                handOver.finish(.failure(error))
            }
        }
        return handOver.wait()
    }

    private nonisolated static func readOnNewConnection(_ settings: PostgresSettings, logger: Logger) async throws
        -> sending Tables
    {
        let connection = try await PostgresDeadline.connect(settings, logger: logger)
        do {
            try await connection.ask("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
            let tables = try await read(connection, logger: logger)
            try await connection.ask("COMMIT", logger: logger)
            await PostgresDeadline.close(connection)
            return tables
        } catch {
            await PostgresDeadline.close(connection)
            throw error
        }
    }
}

/// The tables read by another task, handed to a thread that waits for them: the records are a
/// Sendable value; the condition's lock guards the result slot the reader fills and the waiter
/// reads, so the waiter blocks until the read has finished.
private final class TablesHandOver: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Result<PostgresTableRead.Tables, any Error>?

    func finish(_ outcome: sending Result<PostgresTableRead.Tables, any Error>) {
        condition.lock()
        result = outcome
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> Result<PostgresTableRead.Tables, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}
