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

    static func participationRecord(_ p: Participation) -> String {
        var out: [UInt8] = []
        ParticipationRowCodec.append(p, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeParticipation(_ text: String) throws -> Participation {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { raw in
            var s = ByteScanner(raw)
            return try ParticipationRowCodec.read(&s, map: nil)
        }
    }

    static func json<T: Encodable>(_ value: T, encoder: JSONEncoder) throws -> String {
        String(decoding: try RecordCodec.encode(value, with: encoder), as: UTF8.self)
    }

    /// Writes one operation to its table. `seq` and `position` order participations the way
    /// they were first recorded, so a state loaded from the tables lists them as replay does.
    static func write(
        _ op: StoreOperation, seq: Int, position: Int, on connection: PostgresConnection, encoder: JSONEncoder,
        logger: Logger
    ) async throws {
        switch op {
        case .putSession(let s):
            let record = try json(s, encoder: encoder)
            try await connection.ask(
                """
                INSERT INTO ecovol.sessions (id, title, type, training_level, start, "end", time_zone, hours, venue, city, county, audience, project,
                    capacity, lecturers, organiser, leader, recorder, support, status, cancel_reason, reached, rating, notes, series, created, updated, record)
                VALUES (\(s.id), \(s.title), \(s.type.rawValue), \(s.trainingLevel?.rawValue), \(s.start), \(s.end), \(s.timeZone), \(s.hours), \(s.venue),
                    \(s.city), \(s.county), \(s.audience?.rawValue), \(s.project), \(s.capacity), \(s.lecturers), \(s.organiser), \(s.leader), \(s.recorder),
                    \(s.support.map(\.rawValue)), \(s.status.rawValue), \(s.cancelReason), \(s.reached), \(s.rating), \(s.notes), \(s.series), \(s.created), \(s.updated), \(record)::jsonb)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, type = excluded.type, training_level = excluded.training_level,
                    start = excluded.start, "end" = excluded."end", time_zone = excluded.time_zone, hours = excluded.hours, venue = excluded.venue,
                    city = excluded.city, county = excluded.county, audience = excluded.audience, project = excluded.project, capacity = excluded.capacity,
                    lecturers = excluded.lecturers, organiser = excluded.organiser, leader = excluded.leader, recorder = excluded.recorder,
                    support = excluded.support, status = excluded.status, cancel_reason = excluded.cancel_reason, reached = excluded.reached,
                    rating = excluded.rating, notes = excluded.notes, series = excluded.series, created = excluded.created, updated = excluded.updated,
                    record = excluded.record
                """, logger: logger)
        case .deleteSession(let id):
            try await connection.ask("DELETE FROM ecovol.sessions WHERE id = \(id)", logger: logger)
        case .putPerson(let p):
            let record = try json(p, encoder: encoder)
            try await connection.ask(
                """
                INSERT INTO ecovol.people (id, name, phone, organisation, skills, registered, consent, id_number, merged_into, updated, record)
                VALUES (\(p.id), \(p.name), \(p.phone), \(p.organisation), \(p.skills), \(p.registered), \(p.consent), \(p.idNumber), \(p.mergedInto), \(p.updated), \(record)::jsonb)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, organisation = excluded.organisation, skills = excluded.skills,
                    registered = excluded.registered, consent = excluded.consent, id_number = excluded.id_number, merged_into = excluded.merged_into,
                    updated = excluded.updated, record = excluded.record
                """, logger: logger)
        case .deletePerson(let id):
            try await connection.ask("DELETE FROM ecovol.people WHERE id = \(id)", logger: logger)
        case .putProject(let p):
            let record = try json(p, encoder: encoder)
            try await connection.ask(
                """
                INSERT INTO ecovol.projects (id, name, city, note, created, record) VALUES (\(p.id), \(p.name), \(p.city), \(p.note), \(p.created), \(record)::jsonb)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city, note = excluded.note, created = excluded.created, record = excluded.record
                """, logger: logger)
        case .deleteProject(let id):
            try await connection.ask("DELETE FROM ecovol.projects WHERE id = \(id)", logger: logger)
        case .putParticipation(let p):
            let record = participationRecord(p)
            try await connection.ask(
                """
                INSERT INTO ecovol.participations (session_id, person_id, role, status, scheduled_hours, hours, credited_hours, check_in, check_out,
                    evaluation, note, logged, first_seq, first_position, record)
                VALUES (\(p.session), \(p.person), \(p.role.rawValue), \(p.status.rawValue), \(p.scheduledHours), \(p.actualHours), \(p.creditedHours),
                    \(p.checkIn), \(p.checkOut), \(p.evaluation), \(p.note), \(p.logged), \(seq), \(position), \(record)::jsonb)
                ON CONFLICT (session_id, person_id) DO UPDATE SET role = excluded.role, status = excluded.status,
                    scheduled_hours = excluded.scheduled_hours, hours = excluded.hours, credited_hours = excluded.credited_hours,
                    check_in = excluded.check_in, check_out = excluded.check_out, evaluation = excluded.evaluation, note = excluded.note,
                    logged = excluded.logged, record = excluded.record
                """, logger: logger)
        case .deleteParticipation(let key):
            try await connection.ask(
                "DELETE FROM ecovol.participations WHERE session_id = \(key.session) AND person_id = \(key.person)",
                logger: logger)
        }
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
