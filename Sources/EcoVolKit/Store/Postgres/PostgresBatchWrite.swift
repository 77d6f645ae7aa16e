import Foundation
import PostgresNIO

/// Writes operations to the record tables in a few statements instead of one per record:
/// each table's rows travel as one JSON array that `jsonb_to_recordset` turns into rows,
/// `chunk` rows per statement. Why: at a million records one statement per record is a
/// million round trips (an hour over a network); a batch is one. It is the only writer of
/// the record tables: a single operation goes through the same statements as a batch of one
/// (`PostgresRecords.write`), so the two paths cannot drift apart.
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

    /// Writes `ops` as one change numbered `seq`; a participation's position counts from
    /// `firstPosition` (the operation's place in its change when written one at a time).
    static func write(
        _ ops: [StoreOperation], seq: Int, firstPosition: Int = 0, on connection: PostgresConnection,
        encoder: JSONEncoder, logger: Logger
    ) async throws {
        // Per record the last operation counts; a participation keeps the position where it
        // was first put after its last removal.
        var last: [SyncRecordKey: Int] = [:]
        var firstPut: [ParticipationKey: Int] = [:]
        for (position, op) in ops.enumerated() {
            last[SyncRecordKey(op)] = position
            switch op {
            case .putParticipation(let p): if firstPut[p.key] == nil { firstPut[p.key] = position }
            case .deleteParticipation(let key): firstPut[key] = nil
            default: break
            }
        }
        var sessions: [[UInt8]] = []
        var people: [[UInt8]] = []
        var projects: [[UInt8]] = []
        var participations: [[UInt8]] = []
        var deleted: [Table: [String]] = [:]
        var deletedParticipations: [ParticipationKey] = []
        for position in last.values.sorted() {
            switch ops[position] {
            case .putSession(let s): sessions.append(try row(s, encoder: encoder))
            case .putPerson(let p): people.append(try row(p, encoder: encoder))
            case .putProject(let p): projects.append(try row(p, encoder: encoder))
            case .putParticipation(let p):
                participations.append(row(p, position: firstPosition + (firstPut[p.key] ?? 0)))
            case .deleteSession(let id): deleted[.sessions, default: []].append(id)
            case .deletePerson(let id): deleted[.people, default: []].append(id)
            case .deleteProject(let id): deleted[.projects, default: []].append(id)
            case .deleteParticipation(let key): deletedParticipations.append(key)
            }
        }
        // An order the offices' row-level security accepts: sessions before their
        // participations, participations before the people in them; people removed while
        // their participations still show them.
        let inserts: [([[UInt8]], (String) -> PostgresQuery)] = [
            (sessions, sessionInsert), (projects, projectInsert),
            (participations, { participationInsert($0, seq: seq) }), (people, personInsert),
        ]
        for (rows, insert) in inserts {
            for json in chunks(rows) { try await connection.ask(insert(json), logger: logger) }
        }
        try await delete(deleted[.people], from: .people, on: connection, logger: logger)
        if !deletedParticipations.isEmpty {
            let sessionIDs = deletedParticipations.map(\.session)
            let personIDs = deletedParticipations.map(\.person)
            try await connection.ask(
                """
                DELETE FROM ecovol.participations p USING unnest(\(sessionIDs)::text[], \(personIDs)::text[]) AS d(s, q)
                WHERE p.session_id = d.s AND p.person_id = d.q
                """, logger: logger)
        }
        try await delete(deleted[.sessions], from: .sessions, on: connection, logger: logger)
        try await delete(deleted[.projects], from: .projects, on: connection, logger: logger)
    }

    /// The record tables keyed by `id`.
    private enum Table: String {
        case sessions, people, projects
    }

    private static func delete(
        _ ids: [String]?, from table: Table, on connection: PostgresConnection, logger: Logger
    ) async throws {
        guard let ids, !ids.isEmpty else { return }
        var binds = PostgresBindings()
        binds.append(ids)
        try await connection.ask(
            PostgresQuery(unsafeSQL: "DELETE FROM ecovol.\(table.rawValue) WHERE id = ANY($1)", binds: binds),
            logger: logger)
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
