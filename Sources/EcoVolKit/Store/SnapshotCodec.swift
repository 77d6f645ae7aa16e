import Foundation

/// What the first line of a snapshot says about it.
package struct SnapshotHeader: Sendable, Equatable {
    package var schema: Int
    package var generation: Int
    package var seq: Int
    package var savedAt: Date?
}

/// The snapshot `outreach.json`: one JSON document, one record per line (sessions, people and
/// projects as keyed objects; participations as rows under a column header), each line with
/// its own CRC-32 (schema 2), ending in a `"checksum"` member whose CRC-32 covers every byte
/// before it. Readable in any editor, fast to load (one checksum pass when intact), a flipped
/// digit anywhere refuses to load instead of loading wrong, and `store doctor` can still save
/// every record whose own line verifies.
enum SnapshotCodec {
    static let format = "ecovol-outreach"

    enum Problem: Error, Equatable {
        case notASnapshot
        case checksum
        case malformed(offset: Int, reason: String)
        case newerSchema(Int)
    }

    /// Record lines carry their own CRC-32, seeded with the table's name so a line verifies only
    /// as what it was written as: `"id":{…,"_crc":"8hex"}` for keyed records, `[…,"8hex"]` for
    /// participation rows. The header line carries `"header_crc"`. A damaged byte then costs at
    /// most the record on its line (see `SnapshotSalvage`); the whole-file checksum at the end
    /// keeps the normal open a single pass.
    static let recordCRCKey = Array(",\"_crc\":\"".utf8)
    static let headerCRCKey = Array(",\"header_crc\":\"".utf8)

    /// The seed of a table's record checksums.
    static func seed(_ table: String) -> UInt32 {
        CRC32.checksum(table + ":")
    }

    static let tableNames = ["projects", "people", "sessions", "participations"]
    static let seeds: [String: UInt32] = Dictionary(uniqueKeysWithValues: tableNames.map { ($0, seed($0)) })

    static func appendCRC(_ crc: UInt32, to out: inout [UInt8]) {
        out.append(contentsOf: Array(CRC32.hex(crc).utf8))
    }

    static func encode(_ state: OutreachState, header: SnapshotHeader, encoder: JSONEncoder) throws -> [UInt8] {
        Array(try encodeParts(state, header: header, encoder: encoder).joined())
    }

    /// The snapshot in the pieces it is written in: the header line, the keyed tables, the
    /// participation rows and the closing checksum. The keyed tables go through JSONEncoder,
    /// most of the time at a million records, so they are encoded on another thread while the
    /// rows are encoded on this one; the pieces are written one after the other and never
    /// joined (a million-record snapshot is some 150 MB).
    static func encodeParts(_ state: OutreachState, header: SnapshotHeader, encoder: JSONEncoder) throws
        -> [[UInt8]]
    {
        let tables = BackgroundTablesEncode(
            projects: state.customProjects, people: state.people, sessions: state.sessions, encoder: encoder)
        var out: [UInt8] = []
        out.append(
            contentsOf: Array(
                "{\"format\":\"\(format)\",\"schema\":\(header.schema),\"generation\":\(header.generation),\"seq\":\(header.seq),\"saved_at\":\""
                    .utf8))
        ISOTimestamp.append(header.savedAt ?? Date(), to: &out)
        out.append(
            contentsOf: Array(
                "\",\"counts\":{\"sessions\":\(state.sessions.count),\"people\":\(state.people.count),\"projects\":\(state.customProjects.count),\"participations\":\(state.participationCount)}"
                    .utf8))
        out.append(contentsOf: Array(",\"participation_columns\":[".utf8))
        for (i, c) in ParticipationRowCodec.columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            ParticipationRowCodec.appendString(c, to: &out)
        }
        out.append(0x5D)
        let headerCRC = out.withUnsafeBytes { CRC32.checksum($0) }
        out.append(contentsOf: headerCRCKey)
        appendCRC(headerCRC, to: &out)
        out.append(contentsOf: Array("\",\n".utf8))
        var rows: [UInt8] = []
        rows.reserveCapacity(state.participationCount * 108 + 64)
        rows.append(contentsOf: Array("\"participations\":[".utf8))
        var first = true
        let rowSeed = seeds["participations"] ?? 0
        state.forEachParticipation { p in
            rows.append(contentsOf: first ? [0x0A] : [0x2C, 0x0A])
            first = false
            let lineStart = rows.count
            ParticipationRowCodec.append(p, to: &rows)
            rows.removeLast()  // the closing bracket: the row's checksum is its last element
            let crc = rows.withUnsafeBytes {
                CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[lineStart...]), initial: rowSeed)
            }
            rows.append(contentsOf: [0x2C, 0x22])
            appendCRC(crc, to: &rows)
            rows.append(contentsOf: [0x22, 0x5D])
        }
        rows.append(contentsOf: Array("\n],\n".utf8))
        let keyed = try tables.value()
        // The file's checksum runs on from one piece to the next, as over the joined bytes.
        var crc = out.withUnsafeBytes { CRC32.checksum($0) }
        crc = keyed.withUnsafeBytes { CRC32.checksum($0, initial: crc) }
        crc = rows.withUnsafeBytes { CRC32.checksum($0, initial: crc) }
        let bodyLength = out.count + keyed.count + rows.count
        let trailer = Array("\"checksum\":{\"crc32\":\"\(CRC32.hex(crc))\",\"bytes\":\(bodyLength)}}\n".utf8)
        return [out, keyed, rows, trailer]
    }

    /// The keyed tables (`"projects":{…},"people":{…},"sessions":{…},`), one record per line
    /// with its checksum, ids in order.
    static func encodeTables(
        projects: [String: Project], people: [String: Person], sessions: [String: Session], encoder: JSONEncoder
    ) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((sessions.count + people.count) * 420 + 64)
        func table<T: Encodable>(_ name: String, _ items: [String: T]) throws {
            let seed = seeds[name] ?? 0
            out.append(contentsOf: Array("\"\(name)\":{".utf8))
            for (i, id) in items.keys.sorted().enumerated() {
                guard let item = items[id] else { continue }
                out.append(contentsOf: i == 0 ? [0x0A] : [0x2C, 0x0A])
                let lineStart = out.count
                ParticipationRowCodec.appendString(id, to: &out)
                out.append(0x3A)
                var record = try RecordCodec.encode(item, with: encoder)
                guard record.last == 0x7D, record.count > 2 else {
                    throw EncodingError.invalidValue(
                        id, .init(codingPath: [], debugDescription: "record is not an object"))
                }
                record.removeLast()
                out.append(contentsOf: record)
                let crc = out.withUnsafeBytes {
                    CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[lineStart...]), initial: seed)
                }
                out.append(contentsOf: recordCRCKey)
                appendCRC(crc, to: &out)
                out.append(contentsOf: [0x22, 0x7D])
            }
            out.append(contentsOf: Array("\n},\n".utf8))
        }
        try table("projects", projects)
        try table("people", people)
        try table("sessions", sessions)
        return out
    }

    /// Checks the trailing checksum; returns the body length it covers.
    static func verifyChecksum(_ b: UnsafeRawBufferPointer) throws(Problem) -> Int {
        let marker = Array("\n\"checksum\":".utf8)
        var i = b.count - marker.count
        let limit = max(0, b.count - 200)
        while i >= limit {
            if b[i] == 0x0A, (0..<marker.count).allSatisfy({ b[i + $0] == marker[$0] }) { break }
            i -= 1
        }
        guard i >= limit, i >= 0 else { throw .checksum }
        let bodyLength = i + 1
        var s = ByteScanner(b, position: bodyLength + marker.count - 1)
        var stored: UInt32? = nil
        var bytes = -1
        do {
            try s.expect(0x7B)
            var first = true
            while let key = try s.nextKey(first: &first) {
                switch key {
                case "crc32": stored = UInt32(try s.string(), radix: 16)
                case "bytes": bytes = try s.int()
                default: try s.skipValue()
                }
            }
        } catch { throw .checksum }
        guard let stored, bytes == bodyLength,
            CRC32.checksum(UnsafeRawBufferPointer(rebasing: b[0..<bodyLength])) == stored
        else { throw .checksum }
        return bodyLength
    }

    /// Decodes a snapshot into `state`. With `verify` false (doctor's salvage) the checksum is not required.
    static func decode(
        _ b: UnsafeRawBufferPointer, into state: inout OutreachState, verify: Bool, decoder: JSONDecoder,
        allowNewer: Bool = false
    ) throws(Problem) -> SnapshotHeader {
        if verify { _ = try verifyChecksum(b) }
        var s = ByteScanner(b)
        var header = SnapshotHeader(schema: 0, generation: -1, seq: -1, savedAt: nil)
        var isSnapshot = false
        var projects: [String: Project] = [:]
        var sessions: BackgroundTableDecode<Session>? = nil
        var people: BackgroundTableDecode<Person>? = nil
        var columnMap: [Int?]? = nil
        var counts: [String: Int] = [:]
        // The background decoders read `b` in place: never return before they are done.
        defer {
            people?.wait()
            sessions?.wait()
        }
        do {
            try s.expect(0x7B)
            var first = true
            while let key = try s.nextKey(first: &first) {
                switch key {
                case "format": isSnapshot = try s.string() == format
                case "schema":
                    header.schema = try s.int()
                    if header.schema > StoreMigration.currentSchema, !allowNewer {
                        throw Problem.newerSchema(header.schema)
                    }
                case "generation": header.generation = try s.int()
                case "seq": header.seq = try s.int()
                case "saved_at": header.savedAt = try ParticipationRowCodec.readDate(&s)
                case "counts": counts = countHints(b, try s.skipValue())
                case "projects": projects = try decodeTable(&s, b, decoder, header.schema)
                // Sessions and people are read on another core while the rows are read here.
                case "people":
                    people = BackgroundTableDecode(try s.skipValue(), b, header.schema, capacity: counts["people"] ?? 0)
                case "sessions":
                    sessions = BackgroundTableDecode(
                        try s.skipValue(), b, header.schema, capacity: counts["sessions"] ?? 0)
                case "participation_columns":
                    columnMap = ParticipationRowCodec.columnMap(try s.stringArray())
                case "participations":
                    state.reserveParticipations(b.count / 96)
                    try ParticipationRowCodec.readRows(&s, into: &state, map: columnMap)
                default: try s.skipValue()
                }
            }
        } catch let p as Problem {
            throw p
        } catch let e as ScanError {
            throw .malformed(offset: e.offset, reason: e.reason)
        } catch {
            throw .malformed(offset: s.position, reason: String(describing: error))
        }
        let loadedSessions: [String: Session]
        let loadedPeople: [String: Person]
        do {
            loadedPeople = try people?.value() ?? [:]
            loadedSessions = try sessions?.value() ?? [:]
        } catch let failure as BackgroundTableDecode<Session>.Failure {
            throw .malformed(offset: failure.offset, reason: failure.reason)
        } catch let failure as BackgroundTableDecode<Person>.Failure {
            throw .malformed(offset: failure.offset, reason: failure.reason)
        } catch {
            throw .malformed(offset: 0, reason: String(describing: error))
        }
        guard isSnapshot, header.generation >= 0, header.seq >= 0 else { throw .notASnapshot }
        state.load(sessions: loadedSessions, people: loadedPeople, projects: projects)
        return header
    }

    /// The header's record counts, only a hint for the tables' capacity (bounded by what the
    /// file could hold; anything unexpected there gives no hint rather than an error).
    static func countHints(_ b: UnsafeRawBufferPointer, _ range: Range<Int>) -> [String: Int] {
        var s = ByteScanner(UnsafeRawBufferPointer(rebasing: b[..<range.upperBound]), position: range.lowerBound)
        var counts: [String: Int] = [:]
        do throws(ScanError) {
            try s.expect(0x7B)
            var first = true
            while let table = try s.nextKey(first: &first) {
                counts[table] = min(max(0, try s.int()), b.count / 64)
            }
        } catch {
            return [:]
        }
        return counts
    }

    static func decodeTable<T: Decodable>(
        _ s: inout ByteScanner, _ b: UnsafeRawBufferPointer, _ decoder: JSONDecoder, _ schema: Int
    ) throws -> [String: T] {
        let range = try s.skipValue()
        var data = Data(UnsafeRawBufferPointer(rebasing: b[range]))
        if schema < StoreMigration.currentSchema {
            data = try StoreMigration.migrateTable(data, from: schema, type: T.self)
        }
        return try decoder.decode([String: T].self, from: data)
    }
}

/// One keyed table of the snapshot read on a background thread (see `SnapshotCodec.decode`).
/// It reads the caller's buffer in place (a copy of the tables cost 60 MB of peak memory at a
/// million rows), so the caller must `wait()` before that buffer goes away. A table of the
/// current schema is scanned (`ScannedRecord`); an older one is migrated and goes through
/// JSONDecoder, as it does once.
final class BackgroundTableDecode<T: ScannedRecord>: @unchecked Sendable {
    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    private let group = DispatchGroup()
    private let bytes: UnsafeRawBufferPointer
    private var result: Result<[String: T], Failure> = .success([:])

    init(_ range: Range<Int>, _ b: UnsafeRawBufferPointer, _ schema: Int, capacity: Int = 0) {
        bytes = b
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Self.read(bytes, range, schema, capacity)
            group.leave()
        }
    }

    private static func read(_ b: UnsafeRawBufferPointer, _ range: Range<Int>, _ schema: Int, _ capacity: Int)
        -> Result<[String: T], Failure>
    {
        if schema < StoreMigration.currentSchema {
            do {
                let data = try StoreMigration.migrateTable(
                    Data(UnsafeRawBufferPointer(rebasing: b[range])), from: schema, type: T.self)
                return .success(try RecordCodec.decoder().decode([String: T].self, from: data))
            } catch {
                return .failure(Failure(offset: range.lowerBound, reason: String(describing: error)))
            }
        }
        var s = ByteScanner(UnsafeRawBufferPointer(rebasing: b[..<range.upperBound]), position: range.lowerBound)
        do throws(ScanError) {
            let table = try T.scanTable(&s, capacity: capacity)
            s.skipSpace()
            guard s.atEnd else { throw s.fail("unexpected bytes after the table") }
            return .success(table)
        } catch {
            return .failure(Failure(offset: error.offset, reason: error.reason))
        }
    }

    func wait() {
        group.wait()
    }

    func value() throws(Failure) -> [String: T] {
        group.wait()
        return try result.get()
    }
}

/// The keyed tables of a snapshot encoded on a background thread (see
/// `SnapshotCodec.encodeParts`). It holds its own copies of the three dictionaries (copies on
/// write: nothing is copied unless the store changes them meanwhile, which it does not).
final class BackgroundTablesEncode: @unchecked Sendable {
    private let group = DispatchGroup()
    private var result: Result<[UInt8], any Error> = .success([])

    init(projects: [String: Project], people: [String: Person], sessions: [String: Session], encoder: JSONEncoder) {
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            result = Result {
                try SnapshotCodec.encodeTables(projects: projects, people: people, sessions: sessions, encoder: encoder)
            }
            group.leave()
        }
    }

    func value() throws -> [UInt8] {
        group.wait()
        return try result.get()
    }
}
