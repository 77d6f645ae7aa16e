import Foundation
import PostgresNIO

/// Writes a large change (a `store copy` of a whole store, a big import) to the record tables
/// in a few statements instead of one per record: each table's rows travel as one JSON array
/// that `jsonb_to_recordset` turns into rows, `chunk` rows per statement. Why: at a million
/// records one statement per record is a million round trips (an hour over a network); a
/// batch is one.
///
/// The result equals writing the operations one by one: per key only the last operation
/// counts (every operation replaces or removes its key), a participation keeps the position
/// where it was first put after its last removal, and the tables are written in an order the
/// offices' row-level security accepts (sessions before their participations, participations
/// before the people in them; people removed while their participations still show them).
enum PostgresBatchWrite {
    /// Changes with more operations than this go through the batch path.
    static let threshold = 64
    /// Rows per statement.
    static let chunk = 5_000

    static func write(
        _ ops: [StoreOperation], seq: Int, on connection: PostgresConnection, encoder: JSONEncoder, logger: Logger
    ) async throws {
        var sessions: [String: (Int, StoreOperation)] = [:]
        var people: [String: (Int, StoreOperation)] = [:]
        var projects: [String: (Int, StoreOperation)] = [:]
        var participations: [ParticipationKey: (Int, StoreOperation)] = [:]
        var firstPut: [ParticipationKey: Int] = [:]
        for (position, op) in ops.enumerated() {
            switch op {
            case .putSession(let s): sessions[s.id] = (position, op)
            case .deleteSession(let id): sessions[id] = (position, op)
            case .putPerson(let p): people[p.id] = (position, op)
            case .deletePerson(let id): people[id] = (position, op)
            case .putProject(let p): projects[p.id] = (position, op)
            case .deleteProject(let id): projects[id] = (position, op)
            case .putParticipation(let p):
                if firstPut[p.key] == nil { firstPut[p.key] = position }
                participations[p.key] = (position, op)
            case .deleteParticipation(let key):
                firstPut[key] = nil
                participations[key] = (position, op)
            }
        }
        func ordered<K>(_ table: [K: (Int, StoreOperation)]) -> [StoreOperation] {
            table.values.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var sessionRows: [[UInt8]] = []
        var personRows: [[UInt8]] = []
        var projectRows: [[UInt8]] = []
        var participationRows: [[UInt8]] = []
        var deletedSessions: [String] = []
        var deletedPeople: [String] = []
        var deletedProjects: [String] = []
        var deletedParticipations: [(String, String)] = []
        for op in ordered(sessions) {
            switch op {
            case .putSession(let s): sessionRows.append(try row(s, encoder: encoder))
            case .deleteSession(let id): deletedSessions.append(id)
            default: break
            }
        }
        for op in ordered(people) {
            switch op {
            case .putPerson(let p): personRows.append(try row(p, encoder: encoder))
            case .deletePerson(let id): deletedPeople.append(id)
            default: break
            }
        }
        for op in ordered(projects) {
            switch op {
            case .putProject(let p): projectRows.append(try row(p, encoder: encoder))
            case .deleteProject(let id): deletedProjects.append(id)
            default: break
            }
        }
        for op in ordered(participations) {
            switch op {
            case .putParticipation(let p): participationRows.append(row(p, position: firstPut[p.key] ?? 0))
            case .deleteParticipation(let key): deletedParticipations.append((key.session, key.person))
            default: break
            }
        }
        for rows in chunks(sessionRows) { try await connection.ask(sessionInsert(rows), logger: logger) }
        for rows in chunks(projectRows) { try await connection.ask(projectInsert(rows), logger: logger) }
        for rows in chunks(participationRows) {
            try await connection.ask(participationInsert(rows, seq: seq), logger: logger)
        }
        for rows in chunks(personRows) { try await connection.ask(personInsert(rows), logger: logger) }
        if !deletedPeople.isEmpty {
            try await connection.ask("DELETE FROM ecovol.people WHERE id = ANY(\(deletedPeople))", logger: logger)
        }
        if !deletedParticipations.isEmpty {
            let sessionIDs = deletedParticipations.map(\.0)
            let personIDs = deletedParticipations.map(\.1)
            try await connection.ask(
                """
                DELETE FROM ecovol.participations p USING unnest(\(sessionIDs)::text[], \(personIDs)::text[]) AS d(s, q)
                WHERE p.session_id = d.s AND p.person_id = d.q
                """, logger: logger)
        }
        if !deletedSessions.isEmpty {
            try await connection.ask(
                "DELETE FROM ecovol.sessions WHERE id = ANY(\(deletedSessions))", logger: logger)
        }
        if !deletedProjects.isEmpty {
            try await connection.ask(
                "DELETE FROM ecovol.projects WHERE id = ANY(\(deletedProjects))", logger: logger)
        }
    }

    private static func chunks(_ rows: [[UInt8]]) -> [String] {
        var result: [String] = []
        var start = 0
        while start < rows.count {
            let end = min(start + chunk, rows.count)
            var out: [UInt8] = [0x5B]
            for i in start..<end {
                if i > start { out.append(0x2C) }
                out.append(contentsOf: rows[i])
            }
            out.append(0x5D)
            result.append(String(decoding: out, as: UTF8.self))
            start = end
        }
        return result
    }

    // MARK: - Statements

    private static func sessionInsert(_ json: String) -> PostgresQuery {
        """
        INSERT INTO ecovol.sessions (id, title, type, training_level, start, "end", time_zone, hours, venue, city, county, audience, project,
            capacity, lecturers, organiser, leader, recorder, support, status, cancel_reason, reached, rating, notes, series, created, updated, record)
        SELECT id, title, type, training_level, start, "end", time_zone, hours, venue, city, county, audience, project,
            capacity, coalesce(lecturers, '{}'), organiser, leader, recorder, coalesce(support, '{}'), status, cancel_reason, reached, rating, notes, series, created, updated, record
        FROM jsonb_to_recordset(\(json)::jsonb) AS x(id text, title text, type text, training_level text, start timestamptz, "end" timestamptz,
            time_zone text, hours float8, venue text, city text, county text, audience text, project text, capacity int, lecturers text[],
            organiser text, leader text, recorder text, support text[], status text, cancel_reason text, reached int, rating int, notes text,
            series text, created timestamptz, updated timestamptz, record jsonb)
        ON CONFLICT (id) DO UPDATE SET title = excluded.title, type = excluded.type, training_level = excluded.training_level,
            start = excluded.start, "end" = excluded."end", time_zone = excluded.time_zone, hours = excluded.hours, venue = excluded.venue,
            city = excluded.city, county = excluded.county, audience = excluded.audience, project = excluded.project, capacity = excluded.capacity,
            lecturers = excluded.lecturers, organiser = excluded.organiser, leader = excluded.leader, recorder = excluded.recorder,
            support = excluded.support, status = excluded.status, cancel_reason = excluded.cancel_reason, reached = excluded.reached,
            rating = excluded.rating, notes = excluded.notes, series = excluded.series, created = excluded.created, updated = excluded.updated,
            record = excluded.record
        """
    }

    private static func personInsert(_ json: String) -> PostgresQuery {
        """
        INSERT INTO ecovol.people (id, name, phone, organisation, skills, registered, consent, id_number, merged_into, updated, record)
        SELECT id, name, phone, organisation, coalesce(skills, '{}'), registered, consent, id_number, merged_into, updated, record
        FROM jsonb_to_recordset(\(json)::jsonb) AS x(id text, name text, phone text, organisation text, skills text[], registered timestamptz,
            consent text, id_number text, merged_into text, updated timestamptz, record jsonb)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone, organisation = excluded.organisation, skills = excluded.skills,
            registered = excluded.registered, consent = excluded.consent, id_number = excluded.id_number, merged_into = excluded.merged_into,
            updated = excluded.updated, record = excluded.record
        """
    }

    private static func projectInsert(_ json: String) -> PostgresQuery {
        """
        INSERT INTO ecovol.projects (id, name, city, note, created, record)
        SELECT id, name, city, note, created, record
        FROM jsonb_to_recordset(\(json)::jsonb) AS x(id text, name text, city text, note text, created timestamptz, record jsonb)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city, note = excluded.note, created = excluded.created, record = excluded.record
        """
    }

    private static func participationInsert(_ json: String, seq: Int) -> PostgresQuery {
        """
        INSERT INTO ecovol.participations (session_id, person_id, role, status, scheduled_hours, hours, credited_hours, check_in, check_out,
            evaluation, note, logged, first_seq, first_position, record)
        SELECT session_id, person_id, role, status, scheduled_hours, hours, credited_hours, check_in, check_out,
            evaluation, note, logged, \(seq), first_position, record
        FROM jsonb_to_recordset(\(json)::jsonb) AS x(session_id text, person_id text, role text, status text, scheduled_hours float8,
            hours float8, credited_hours float8, check_in timestamptz, check_out timestamptz, evaluation int, note text, logged timestamptz,
            first_position int, record jsonb)
        ON CONFLICT (session_id, person_id) DO UPDATE SET role = excluded.role, status = excluded.status,
            scheduled_hours = excluded.scheduled_hours, hours = excluded.hours, credited_hours = excluded.credited_hours,
            check_in = excluded.check_in, check_out = excluded.check_out, evaluation = excluded.evaluation, note = excluded.note,
            logged = excluded.logged, record = excluded.record
        """
    }

    // MARK: - Rows as JSON objects keyed by column

    private struct Row {
        var out: [UInt8] = [0x7B]

        mutating func key(_ name: String) {
            if out.count > 1 { out.append(0x2C) }
            ParticipationRowCodec.appendString(name, to: &out)
            out.append(0x3A)
        }

        mutating func string(_ name: String, _ value: String?) {
            key(name)
            if let value { ParticipationRowCodec.appendString(value, to: &out) } else { null() }
        }

        mutating func number(_ name: String, _ value: Double?) {
            key(name)
            if let value { out.append(contentsOf: Array("\(value)".utf8)) } else { null() }
        }

        mutating func integer(_ name: String, _ value: Int?) {
            key(name)
            if let value { out.append(contentsOf: Array(String(value).utf8)) } else { null() }
        }

        mutating func date(_ name: String, _ value: Date?) {
            key(name)
            guard let value else { return null() }
            out.append(0x22)
            ISOTimestamp.append(value, to: &out)
            out.append(0x22)
        }

        mutating func strings(_ name: String, _ values: [String]) {
            key(name)
            out.append(0x5B)
            for (i, v) in values.enumerated() {
                if i > 0 { out.append(0x2C) }
                ParticipationRowCodec.appendString(v, to: &out)
            }
            out.append(0x5D)
        }

        mutating func raw(_ name: String, _ json: [UInt8]) {
            key(name)
            out.append(contentsOf: json)
        }

        mutating func null() { out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C]) }

        mutating func finish() -> [UInt8] {
            out.append(0x7D)
            return out
        }
    }

    private static func row(_ s: Session, encoder: JSONEncoder) throws -> [UInt8] {
        var r = Row()
        r.string("id", s.id)
        r.string("title", s.title)
        r.string("type", s.type.rawValue)
        r.string("training_level", s.trainingLevel?.rawValue)
        r.date("start", s.start)
        r.date("end", s.end)
        r.string("time_zone", s.timeZone)
        r.number("hours", s.hours)
        r.string("venue", s.venue)
        r.string("city", s.city)
        r.string("county", s.county)
        r.string("audience", s.audience?.rawValue)
        r.string("project", s.project)
        r.integer("capacity", s.capacity)
        r.strings("lecturers", s.lecturers)
        r.string("organiser", s.organiser)
        r.string("leader", s.leader)
        r.string("recorder", s.recorder)
        r.strings("support", s.support.map(\.rawValue))
        r.string("status", s.status.rawValue)
        r.string("cancel_reason", s.cancelReason)
        r.integer("reached", s.reached)
        r.integer("rating", s.rating)
        r.string("notes", s.notes)
        r.string("series", s.series)
        r.date("created", s.created)
        r.date("updated", s.updated)
        r.raw("record", try RecordCodec.encode(s, with: encoder))
        return r.finish()
    }

    private static func row(_ p: Person, encoder: JSONEncoder) throws -> [UInt8] {
        var r = Row()
        r.string("id", p.id)
        r.string("name", p.name)
        r.string("phone", p.phone)
        r.string("organisation", p.organisation)
        r.strings("skills", p.skills)
        r.date("registered", p.registered)
        r.string("consent", p.consent)
        r.string("id_number", p.idNumber)
        r.string("merged_into", p.mergedInto)
        r.date("updated", p.updated)
        r.raw("record", try RecordCodec.encode(p, with: encoder))
        return r.finish()
    }

    private static func row(_ p: Project, encoder: JSONEncoder) throws -> [UInt8] {
        var r = Row()
        r.string("id", p.id)
        r.string("name", p.name)
        r.string("city", p.city)
        r.string("note", p.note)
        r.date("created", p.created)
        r.raw("record", try RecordCodec.encode(p, with: encoder))
        return r.finish()
    }

    private static func row(_ p: Participation, position: Int) -> [UInt8] {
        var r = Row()
        r.string("session_id", p.session)
        r.string("person_id", p.person)
        r.string("role", p.role.rawValue)
        r.string("status", p.status.rawValue)
        r.number("scheduled_hours", p.scheduledHours)
        r.number("hours", p.actualHours)
        r.number("credited_hours", p.creditedHours)
        r.date("check_in", p.checkIn)
        r.date("check_out", p.checkOut)
        r.integer("evaluation", p.evaluation)
        r.string("note", p.note)
        r.date("logged", p.logged)
        r.integer("first_position", position)
        var record: [UInt8] = []
        ParticipationRowCodec.append(p, to: &record)
        r.raw("record", record)
        return r.finish()
    }
}
