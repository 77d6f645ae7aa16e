import Foundation

/// Reads a damaged snapshot record by record: every line whose own checksum verifies is kept,
/// every other line is set aside with its line number, byte offset and (unverified) best guess
/// of what it held, so `store doctor` can say exactly what was lost and keep the bytes.
///
/// Why line by line instead of "parse as far as it goes": a single flipped byte used to make
/// the whole document unreadable (or, worse, readable with a wrong digit). With schema 2 each
/// record line is `"id":{…,"_crc":"8hex"}` or `[…,"8hex"]`, its CRC seeded with the table name,
/// so a line verifies only as the record it was written as, wherever it sits in the file.
struct SnapshotSalvage {
    /// A piece of the file that did not verify: one record (or the header) that is lost.
    struct SetAside: Equatable, Sendable {
        enum Kind: String, Sendable {
            case header, project, person, session, participation, unknown

            /// What a lost piece of this kind is called in a damage report.
            var label: MessageKey {
                switch self {
                case .header: .storeKindHeader
                case .project: .storeKindProject
                case .person: .storeKindPerson
                case .session: .storeKindSession
                case .participation: .storeKindParticipation
                case .unknown: .storeKindUnknown
                }
            }
        }
        /// 1-based line numbers in the damaged file.
        var lines: ClosedRange<Int>
        var offset: Int
        var bytes: [UInt8]
        var kind: Kind
        /// What the damaged line seems to name (an id, or session/person of a row); unverified.
        var guess: String?
    }

    var header: SnapshotHeader?
    /// The counts the header promised (when the header verified).
    var expected: [String: Int]?
    var state = OutreachState()
    var setAside: [SetAside] = []
    /// Lines that verified as records.
    var verifiedRecords = 0
    /// Damaged lines of the document's frame (brackets, the trailer): no record was on them.
    var damagedFrameLines: [Int] = []

    /// Records set aside (the header is not a record).
    var lostRecords: [SetAside] { setAside.filter { $0.kind != .header } }

    static let frameLines: [[UInt8]] = [
        "\"projects\":{", "\"people\":{", "\"sessions\":{", "\"participations\":[", "},", "}", "],", "]", "",
    ].map { Array($0.utf8) }

    static func salvage(_ bytes: [UInt8], decoder: JSONDecoder) -> SnapshotSalvage {
        var r = SnapshotSalvage()
        var people: [String: Person] = [:]
        var sessions: [String: Session] = [:]
        var projects: [String: Project] = [:]
        var columnMap: [Int?]? = nil
        var section = "projects"
        var afterRows = false
        var pending: SetAside? = nil
        /// The previous line, when it verified as nothing (a damaged frame or set aside).
        var lastDamaged: (number: Int, bytes: [UInt8])? = nil
        /// The previous line, when it was taken for a damaged frame line, and where it began.
        var lastFrame: (number: Int, offset: Int)? = nil
        func flush() {
            if let p = pending {
                if let frame = Self.splitFrame(p.bytes) {
                    // A bracket or section line with one byte turned into a newline held no record.
                    r.damagedFrameLines.append(contentsOf: Array(p.lines))
                    if let name = frame.withUnsafeBytes({ Self.sectionStart($0) }) { section = name }
                } else {
                    r.setAside.append(p)
                }
            }
            pending = nil
        }
        func setAside(_ line: UnsafeRawBufferPointer, number: Int, offset: Int) {
            if var p = pending, p.lines.upperBound == number - 1 {
                // A byte turned into a newline splits one record into two pieces: one loss.
                p.lines = p.lines.lowerBound...number
                p.bytes.append(0x0A)
                p.bytes.append(contentsOf: line)
                if p.guess == nil { p.guess = guess(line) }
                pending = p
                return
            }
            flush()
            let kind: SetAside.Kind = number == 1 ? .header : Self.kind(of: line, section: section)
            pending = SetAside(
                lines: number...number, offset: offset, bytes: Array(line), kind: kind,
                guess: number == 1 ? nil : guess(line))
        }
        /// Accepts a verified record into its table.
        func accept(_ record: Record) {
            r.verifiedRecords += 1
            switch record {
            case .project(let id, let p): projects[id] = p
            case .person(let id, let p): people[id] = p
            case .session(let id, let s): sessions[id] = s
            case .row(let p): r.state.put(p)
            }
        }
        bytes.withUnsafeBytes { raw in
            var pos = 0
            var number = 0
            while pos < raw.count {
                number += 1
                let nl = raw[pos...].firstIndex(of: 0x0A) ?? raw.count
                var line = UnsafeRawBufferPointer(rebasing: raw[pos..<nl])
                defer { pos = nl + 1 }
                if number == 1 {
                    if let (h, end) = Self.header(in: line) {
                        r.header = h.header
                        r.expected = h.counts
                        columnMap = ParticipationRowCodec.columnMap(h.columns)
                        // The newline after the header was damaged: the rest is the next line.
                        guard end < line.count else { continue }
                        line = UnsafeRawBufferPointer(rebasing: line[(end + 1)...])
                    } else {
                        setAside(line, number: number, offset: pos)
                        continue
                    }
                }
                if afterRows {
                    // Only the trailer follows the rows, and its damage loses nothing — unless a
                    // row that verifies turns up: then the line that seemed to close the rows was
                    // a damaged row, and the rows go on.
                    if let found = Self.pieces(line, section: "participations", map: columnMap, decoder: decoder),
                        found.records.contains(where: { if case .row = $0 { true } else { false } })
                    {
                        flush()
                        for record in found.records { accept(record) }
                        afterRows = found.endsRows
                        continue
                    }
                    flush()
                    r.damagedFrameLines.append(number)
                    continue
                }
                if let found = Self.pieces(line, section: section, map: columnMap, decoder: decoder) {
                    flush()
                    lastDamaged = nil
                    // An empty line may be a record's first byte turned into a newline.
                    lastFrame = found.records.isEmpty && line.isEmpty ? (number, pos) : nil
                    for record in found.records { accept(record) }
                    section = found.section
                    if found.endsRows { afterRows = true }
                    continue
                }
                // This line and the one before are a frame line whose byte became a newline
                // ("pro / jects":{): no record was on them.
                if let previous = lastDamaged, previous.number == number - 1,
                    let frame = Self.splitFrame(previous.bytes + [0x0A] + Array(line))
                {
                    if let p = pending, p.lines == previous.number...previous.number {
                        pending = nil
                        r.damagedFrameLines.append(previous.number)
                    }
                    r.damagedFrameLines.append(number)
                    if let name = frame.withUnsafeBytes({ Self.sectionStart($0) }) { section = name }
                    lastDamaged = nil
                    continue
                }
                lastDamaged = (number, Array(line))
                if Self.isFrame(
                    line, isLast: raw[(nl + 1 < raw.count ? nl + 1 : raw.count)...].allSatisfy { $0 == 0x0A })
                {
                    flush()
                    r.damagedFrameLines.append(number)
                    if section == "participations", line.first != 0x5B { afterRows = true }
                    lastFrame = (number, pos)
                    continue
                }
                // A short line that passed for a damaged frame, followed by one that verifies as
                // nothing, was the start of this record cut by a newline (`"` / `3":{"id":"p3"…`):
                // the record is set aside whole, from where it began.
                if let frame = lastFrame, frame.number == number - 1, pending == nil {
                    r.damagedFrameLines.removeAll { $0 == frame.number }
                    let start = UnsafeRawBufferPointer(rebasing: raw[frame.offset..<(pos - 1)])
                    setAside(start, number: frame.number, offset: frame.offset)
                }
                lastFrame = nil
                setAside(line, number: number, offset: pos)
            }
        }
        flush()
        r.state.load(sessions: sessions, people: people, projects: projects)
        return r
    }

    enum Record {
        case project(String, Project)
        case person(String, Person)
        case session(String, Session)
        case row(Participation)
        var table: String {
            switch self {
            case .project: "projects"
            case .person: "people"
            case .session: "sessions"
            case .row: "participations"
            }
        }
    }

    struct Pieces {
        var records: [Record]
        var section: String
        /// The line closes the participation rows: only the trailer follows.
        var endsRows: Bool
    }

    /// What one line holds when all of it verifies: normally one record or one frame line;
    /// several when a newline between them was damaged and the lines ran together. Nil when
    /// any part fails to verify.
    static func pieces(
        _ line: UnsafeRawBufferPointer, section: String, map: [Int?]?, decoder: JSONDecoder, depth: Int = 0
    ) -> Pieces? {
        if let name = sectionStart(line) { return Pieces(records: [], section: name, endsRows: false) }
        if frameLines.contains(where: { $0.elementsEqual(line) }) {
            return Pieces(records: [], section: section, endsRows: section == "participations" && line.first == 0x5D)
        }
        if let one = record(line, section: section, map: map, decoder: decoder) {
            return Pieces(records: [one], section: one.table, endsRows: false)
        }
        // Split where a verified piece ends; the byte after it was the newline.
        guard depth < 4, line.count > 1, line.count < 1 << 16 else { return nil }
        for k in 1..<line.count {
            let end = line[k - 1]
            guard end == 0x7D || end == 0x5D || end == 0x2C || end == 0x7B || end == 0x5B else { continue }
            guard
                let head = pieces(
                    UnsafeRawBufferPointer(rebasing: line[0..<k]), section: section, map: map, decoder: decoder,
                    depth: 4)
            else { continue }
            let tail = UnsafeRawBufferPointer(rebasing: line[(k + 1)...])
            // The trailer follows the rows' end — but a row whose `[` became `]` also starts with
            // one: when the rest ends as a row does (`"]` or `"],`), this is no end.
            if head.endsRows {
                let endsLikeARow = tail.last == 0x5D || (tail.count > 1 && tail[tail.count - 2] == 0x5D)
                if !endsLikeARow || pieces(tail, section: head.section, map: map, decoder: decoder, depth: 4) != nil {
                    return head
                }
                continue
            }
            if tail.isEmpty { return head }
            if let rest = pieces(tail, section: head.section, map: map, decoder: decoder, depth: depth + 1) {
                return Pieces(records: head.records + rest.records, section: rest.section, endsRows: rest.endsRows)
            }
        }
        return nil
    }

    /// One record line, with or without its trailing comma (a damaged comma costs nothing).
    static func record(_ full: UnsafeRawBufferPointer, section: String, map: [Int?]?, decoder: JSONDecoder) -> Record? {
        guard full.count > 12 else { return nil }
        var line = full
        if line.last != 0x7D, line.last != 0x5D { line = UnsafeRawBufferPointer(rebasing: line[0..<(line.count - 1)]) }
        let n = line.count
        if line.first == 0x5B, line.last == 0x5D {
            // [ … ,"8hex"]
            guard n > 12, line[n - 12] == 0x2C, line[n - 11] == 0x22, line[n - 2] == 0x22,
                let stored = hex(UnsafeRawBufferPointer(rebasing: line[(n - 10)..<(n - 2)])),
                CRC32.checksum(
                    UnsafeRawBufferPointer(rebasing: line[0..<(n - 12)]),
                    initial: SnapshotCodec.seeds["participations"] ?? 0) == stored
            else { return nil }
            var s = ByteScanner(line)
            guard let p = try? ParticipationRowCodec.read(&s, map: map) else { return nil }
            return .row(p)
        }
        // "id":{ … ,"_crc":"8hex"}
        let key = SnapshotCodec.recordCRCKey
        let suffix = key.count + 10
        guard line.first == 0x22, line.last == 0x7D, n > suffix, line[n - 2] == 0x22,
            (0..<key.count).allSatisfy({ line[n - suffix + $0] == key[$0] }),
            let stored = hex(UnsafeRawBufferPointer(rebasing: line[(n - 10)..<(n - 2)]))
        else { return nil }
        let covered = UnsafeRawBufferPointer(rebasing: line[0..<(n - suffix)])
        let order = [section] + ["people", "sessions", "projects"].filter { $0 != section }
        guard
            let table = order.first(where: { CRC32.checksum(covered, initial: SnapshotCodec.seeds[$0] ?? 0) == stored })
        else { return nil }
        var s = ByteScanner(line)
        guard let id = try? s.string(), (try? s.expect(0x3A)) != nil else { return nil }
        let value = Data(UnsafeRawBufferPointer(rebasing: line[s.position...]))
        switch table {
        case "people": return (try? decoder.decode(Person.self, from: value)).map { .person(id, $0) }
        case "sessions": return (try? decoder.decode(Session.self, from: value)).map { .session(id, $0) }
        case "projects": return (try? decoder.decode(Project.self, from: value)).map { .project(id, $0) }
        default: return nil
        }
    }

    static func hex(_ b: UnsafeRawBufferPointer) -> UInt32? {
        UInt32(String(decoding: b, as: UTF8.self), radix: 16)
    }

    struct Header {
        var header: SnapshotHeader
        var counts: [String: Int]
        var columns: [String]
    }

    /// The header at the start of the first line and where it ends (more follows it when the
    /// newline after it was damaged).
    static func header(in line: UnsafeRawBufferPointer) -> (Header, Int)? {
        if let h = header(line) { return (h, line.count) }
        let key = SnapshotCodec.headerCRCKey
        guard line.count > key.count + 10 else { return nil }
        for i in 0...(line.count - key.count - 10) where line[i] == key[0] {
            guard (0..<key.count).allSatisfy({ line[i + $0] == key[$0] }) else { continue }
            let end = i + key.count + 10
            if let h = header(UnsafeRawBufferPointer(rebasing: line[0..<end])) { return (h, end) }
        }
        return nil
    }

    /// The first line, when its own checksum verifies.
    static func header(_ line: UnsafeRawBufferPointer) -> Header? {
        let key = SnapshotCodec.headerCRCKey
        let n = line.count
        let suffix = key.count + 10  // 8 hex digits, closing quote, comma
        guard n > suffix, line[n - 1] == 0x2C, line[n - 2] == 0x22,
            (0..<key.count).allSatisfy({ line[n - suffix + $0] == key[$0] }),
            let stored = hex(UnsafeRawBufferPointer(rebasing: line[(n - 10)..<(n - 2)])),
            CRC32.checksum(UnsafeRawBufferPointer(rebasing: line[0..<(n - suffix)])) == stored
        else { return nil }
        var bytes = Array(UnsafeRawBufferPointer(rebasing: line[0..<(n - suffix)]))
        bytes.append(0x7D)
        return bytes.withUnsafeBytes { raw -> Header? in
            var s = ByteScanner(raw)
            var h = Header(
                header: SnapshotHeader(schema: 0, generation: -1, seq: -1, savedAt: nil), counts: [:],
                columns: ParticipationRowCodec.columns)
            var format = ""
            do {
                try s.expect(0x7B)
                var first = true
                while let key = try s.nextKey(first: &first) {
                    switch key {
                    case "format": format = try s.string()
                    case "schema": h.header.schema = try s.int()
                    case "generation": h.header.generation = try s.int()
                    case "seq": h.header.seq = try s.int()
                    case "saved_at": h.header.savedAt = try ParticipationRowCodec.readDate(&s)
                    case "counts":
                        try s.expect(0x7B)
                        var f = true
                        while let k = try s.nextKey(first: &f) { h.counts[k] = try s.int() }
                    case "participation_columns":
                        h.columns = try s.stringArray()
                    default: try s.skipValue()
                    }
                }
            } catch { return nil }
            guard format == SnapshotCodec.format, h.header.generation >= 0, h.header.seq >= 0 else { return nil }
            return h
        }
    }

    static func sectionStart(_ line: UnsafeRawBufferPointer) -> String? {
        for name in SnapshotCodec.tableNames {
            let text = Array("\"\(name)\":".utf8) + [name == "participations" ? 0x5B : 0x7B]
            if text.elementsEqual(line) { return name }
        }
        return nil
    }

    /// A damaged frame line (one byte off a bracket line, or the trailer): it held no record.
    static func isFrame(_ line: UnsafeRawBufferPointer, isLast: Bool) -> Bool {
        if isLast, line.count < 80, !line.contains(0x5B) { return true }  // the "checksum" trailer
        for frame in frameLines
            + SnapshotCodec.tableNames.map({ Array("\"\($0)\":".utf8) + [$0 == "participations" ? 0x5B : 0x7B] })
        where frame.count == line.count && !frame.isEmpty {
            if zip(frame, line).filter({ $0 != $1 }).count <= 1 { return true }
        }
        return false
    }

    /// The frame line a set-aside piece was, when one byte of it became a newline: the piece's
    /// lines joined, or a lone line that lost its first or last byte to the line break.
    static func splitFrame(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count < 32 else { return nil }
        for candidate in [bytes, bytes + [0x0A], [0x0A] + bytes] {
            for frame in frameLines where !frame.isEmpty && frame.count == candidate.count {
                if zip(frame, candidate).filter({ $0 != $1 }).count <= 1 { return frame }
            }
        }
        return nil
    }

    static func kind(of line: UnsafeRawBufferPointer, section: String) -> SetAside.Kind {
        if line.first == 0x5B { return .participation }
        switch section {
        case "people": return .person
        case "sessions": return .session
        case "projects": return .project
        case "participations": return .participation
        default: return .unknown
        }
    }

    /// What a damaged line seems to be about: the key of a keyed record, or a row's session
    /// and person. Only printable ASCII is kept; nothing here is trusted as data.
    static func guess(_ line: UnsafeRawBufferPointer) -> String? {
        var s = ByteScanner(line)
        if line.first == 0x5B {
            _ = s.take(0x5B)
            guard let a = try? s.string(), s.take(0x2C), let b = try? s.string() else { return nil }
            return printable(a).flatMap { a in printable(b).map { a + " / " + $0 } }
        }
        guard let id = try? s.string() else { return nil }
        return printable(id)
    }

    static func printable(_ text: String) -> String? {
        let kept = String(
            text.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F }.prefix(40).map(Character.init))
        return kept.isEmpty ? nil : kept
    }
}
