import Foundation
import PostgresNIO

/// Turning operations into rows of the record tables and JSONB of the `changes` log, and
/// back. Records travel in the same JSON the journal uses, so a change means the same bytes
/// in a JSON store and on a server, and `store copy` moves it unchanged.
enum PostgresRecords {
    /// `[op, op, …]` as journal operations (JSON text for a `jsonb` parameter).
    static func encode(_ operations: [StoreOperation], encoder: JSONEncoder) throws -> String {
        var out: [UInt8] = [0x5B]
        for (i, op) in operations.enumerated() {
            if i > 0 { out.append(0x2C) }
            try JournalCodec.appendOperation(op, to: &out, encoder: encoder)
        }
        out.append(0x5D)
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeOperations(_ text: String, decoder: JSONDecoder) throws -> [StoreOperation] {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { raw in
            var s = ByteScanner(raw)
            var ops: [StoreOperation] = []
            try s.expect(0x5B)
            if !s.take(0x5D) {
                repeat {
                    ops.append(try JournalCodec.decodeOperation(&s, line: raw, decoder: decoder))
                } while s.take(0x2C)
                try s.expect(0x5D)
            }
            return ops
        }
    }

    static func decodeParticipation(_ text: String) throws -> Participation {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { raw in
            var s = ByteScanner(raw)
            return try ParticipationRowCodec.read(&s, map: nil)
        }
    }

    /// Writes a change's operations to the record tables: one statement per operation for a
    /// small change, `PostgresBatchWrite`'s few set-based statements for a large one (a store
    /// copy, an import, the snapshot a first sync pushes), with the same rows either way.
    static func write(
        _ ops: [StoreOperation], seq: Int, on connection: PostgresConnection, encoder: JSONEncoder, logger: Logger
    ) async throws {
        if ops.count > PostgresBatchWrite.threshold {
            try await PostgresBatchWrite.write(ops, seq: seq, on: connection, encoder: encoder, logger: logger)
        } else {
            for (position, op) in ops.enumerated() {
                try await write(op, seq: seq, position: position, on: connection, encoder: encoder, logger: logger)
            }
        }
    }

    /// Writes one operation to its table, through the same statements as a batch of one.
    /// `seq` and `position` order participations the way they were first recorded, so a
    /// state loaded from the tables lists them as replay does.
    static func write(
        _ op: StoreOperation, seq: Int, position: Int, on connection: PostgresConnection, encoder: JSONEncoder,
        logger: Logger
    ) async throws {
        try await PostgresBatchWrite.write(
            [op], seq: seq, firstPosition: position, on: connection, encoder: encoder, logger: logger)
    }

    /// The cities a change touches: a session's city (old and new), and for a participation
    /// or a person the cities of the sessions involved. The `changes` log is confined by it.
    static func cities(of operations: [StoreOperation], before state: OutreachState) -> [String] {
        var cities: Set<String> = []
        var newSessions: [String: String] = [:]
        for op in operations { if case .putSession(let s) = op { newSessions[s.id] = s.city } }
        func sessionCity(_ id: String) -> String? { newSessions[id] ?? state.sessions[id]?.city }
        for op in operations {
            switch op {
            case .putSession(let s):
                cities.insert(s.city)
                if let old = state.sessions[s.id]?.city { cities.insert(old) }
            case .deleteSession(let id):
                if let city = state.sessions[id]?.city { cities.insert(city) }
            case .putParticipation(let p):
                if let city = sessionCity(p.session) { cities.insert(city) }
            case .deleteParticipation(let key):
                if let city = sessionCity(key.session) { cities.insert(city) }
            case .putPerson(let p):
                for part in state.participations(person: p.id) {
                    if let city = sessionCity(part.session) { cities.insert(city) }
                }
            case .deletePerson(let id):
                for part in state.participations(person: id) {
                    if let city = sessionCity(part.session) { cities.insert(city) }
                }
            case .putProject(let p):
                if let city = p.city { cities.insert(city) }
            case .deleteProject:
                break
            }
        }
        return cities.sorted()
    }
}
