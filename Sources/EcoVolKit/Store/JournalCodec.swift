import Foundation

/// One journal line: a numbered change made by one command.
package struct JournalEntry: Sendable, Equatable {
    package var seq: Int
    package var at: Date
    /// The command that made the change (`schedule`, `log`, `undo` …).
    package var command: String
    /// For `/undo`: the seq of the change it reverts.
    package var undoes: Int?
    package var operations: [StoreOperation]
}

/// The first line of a journal: which snapshot generation it continues from.
package struct JournalHeader: Sendable, Equatable {
    package var schema: Int
    package var generation: Int
    package var baseSeq: Int
}

/// Journal lines are JSON objects ending in `,"crc":"8hex"}`: the CRC-32 covers every byte
/// before `,"crc"`, so each line stays valid JSON a person can read and any changed byte is
/// detected. Records are Codable JSON; participation rows use the compact row form.
enum JournalCodec {
    static let crcSuffixLength = 18  // ,"crc":"xxxxxxxx"}

    static func seal(_ body: inout [UInt8]) {
        let crc = CRC32.checksum(body)
        body.append(contentsOf: Array(",\"crc\":\"\(CRC32.hex(crc))\"}\n".utf8))
    }

    static func encodeHeader(_ h: JournalHeader) -> [UInt8] {
        var body = Array(
            "{\"journal\":1,\"schema\":\(h.schema),\"generation\":\(h.generation),\"base_seq\":\(h.baseSeq)".utf8)
        seal(&body)
        return body
    }

    static func encode(_ e: JournalEntry, encoder: JSONEncoder) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(160)
        out.append(contentsOf: Array("{\"seq\":\(e.seq),\"at\":\"".utf8))
        ISOTimestamp.append(e.at, to: &out)
        out.append(contentsOf: Array("\",\"cmd\":".utf8))
        ParticipationRowCodec.appendString(e.command, to: &out)
        if let u = e.undoes { out.append(contentsOf: Array(",\"undoes\":\(u)".utf8)) }
        out.append(contentsOf: Array(",\"ops\":[".utf8))
        for (i, op) in e.operations.enumerated() {
            if i > 0 { out.append(0x2C) }
            try appendOperation(op, to: &out, encoder: encoder)
        }
        out.append(0x5D)
        seal(&out)
        return out
    }

    static func appendOperation(_ op: StoreOperation, to out: inout [UInt8], encoder: JSONEncoder) throws {
        func put(_ table: String, _ value: [UInt8]) {
            out.append(contentsOf: Array("{\"put\":\"\(table)\",\"v\":".utf8))
            out.append(contentsOf: value)
            out.append(0x7D)
        }
        func del(_ table: String, _ id: String) {
            out.append(contentsOf: Array("{\"del\":\"\(table)\",\"k\":".utf8))
            ParticipationRowCodec.appendString(id, to: &out)
            out.append(0x7D)
        }
        switch op {
        case .putSession(let s): put("session", try RecordCodec.encode(s, with: encoder))
        case .deleteSession(let id): del("session", id)
        case .putPerson(let p): put("person", try RecordCodec.encode(p, with: encoder))
        case .deletePerson(let id): del("person", id)
        case .putProject(let p): put("project", try RecordCodec.encode(p, with: encoder))
        case .deleteProject(let id): del("project", id)
        case .putParticipation(let p):
            out.append(contentsOf: Array("{\"put\":\"participation\",\"r\":".utf8))
            ParticipationRowCodec.append(p, to: &out)
            out.append(0x7D)
        case .deleteParticipation(let key):
            out.append(contentsOf: Array("{\"del\":\"participation\",\"k\":[".utf8))
            ParticipationRowCodec.appendString(key.session, to: &out)
            out.append(0x2C)
            ParticipationRowCodec.appendString(key.person, to: &out)
            out.append(contentsOf: [0x5D, 0x7D])
        }
    }

    enum LineProblem: Error, Equatable {
        case checksum
        case malformed(String)
    }

    /// True when the line (without its newline) carries a matching CRC.
    static func verify(_ line: UnsafeRawBufferPointer) -> Bool {
        let n = line.count
        guard n > crcSuffixLength else { return false }
        let suffixStart = n - crcSuffixLength
        let expectedPrefix = Array(",\"crc\":\"".utf8)
        for (i, b) in expectedPrefix.enumerated() where line[suffixStart + i] != b { return false }
        guard line[n - 2] == 0x22, line[n - 1] == 0x7D else { return false }
        let hex = String(decoding: UnsafeRawBufferPointer(rebasing: line[(suffixStart + 8)..<(n - 2)]), as: UTF8.self)
        guard let stored = UInt32(hex, radix: 16) else { return false }
        return CRC32.checksum(UnsafeRawBufferPointer(rebasing: line[0..<suffixStart])) == stored
    }

    static func decodeHeader(_ line: UnsafeRawBufferPointer) throws(LineProblem) -> JournalHeader {
        guard verify(line) else { throw .checksum }
        var s = ByteScanner(line)
        var h = JournalHeader(schema: 0, generation: -1, baseSeq: -1)
        var isJournal = false
        do {
            try s.expect(0x7B)
            var first = true
            while let key = try s.nextKey(first: &first) {
                switch key {
                case "journal": isJournal = try s.int() >= 1
                case "schema": h.schema = try s.int()
                case "generation": h.generation = try s.int()
                case "base_seq": h.baseSeq = try s.int()
                default: try s.skipValue()
                }
            }
        } catch { throw .malformed(error.reason) }
        guard isJournal, h.generation >= 0, h.baseSeq >= 0 else { throw .malformed("not a journal header") }
        return h
    }

    static func decode(_ line: UnsafeRawBufferPointer, decoder: JSONDecoder) throws(LineProblem) -> JournalEntry {
        guard verify(line) else { throw .checksum }
        var s = ByteScanner(line)
        var e = JournalEntry(seq: -1, at: Date(timeIntervalSince1970: 0), command: "", undoes: nil, operations: [])
        do {
            try s.expect(0x7B)
            var first = true
            while let key = try s.nextKey(first: &first) {
                switch key {
                case "seq": e.seq = try s.int()
                case "at": e.at = try ParticipationRowCodec.readDate(&s) ?? e.at
                case "cmd": e.command = try s.string()
                case "undoes": e.undoes = try s.int()
                case "ops":
                    try s.expect(0x5B)
                    if !s.take(0x5D) {
                        repeat {
                            e.operations.append(try decodeOperation(&s, line: line, decoder: decoder))
                        } while s.take(0x2C)
                        try s.expect(0x5D)
                    }
                default: try s.skipValue()
                }
            }
        } catch let error as ScanError {
            throw .malformed(error.reason)
        } catch let error as LineProblem {
            throw error
        } catch {
            throw .malformed(String(describing: error))
        }
        guard e.seq >= 1 else { throw .malformed("no seq") }
        return e
    }

    static func decodeOperation(_ s: inout ByteScanner, line: UnsafeRawBufferPointer, decoder: JSONDecoder) throws
        -> StoreOperation
    {
        try s.expect(0x7B)
        var verb = ""
        var table = ""
        var valueRange: Range<Int>? = nil
        var row: Participation? = nil
        var keys: [String] = []
        var first = true
        while let key = try s.nextKey(first: &first) {
            switch key {
            case "put", "del":
                verb = key
                table = try s.string()
            case "v": valueRange = try s.skipValue()
            case "r": row = try ParticipationRowCodec.read(&s, map: nil)
            case "k":
                if s.take(0x5B) {
                    repeat { keys.append(try s.string()) } while s.take(0x2C)
                    try s.expect(0x5D)
                } else {
                    keys = [try s.string()]
                }
            default: try s.skipValue()
            }
        }
        func value<T: Decodable>(_ type: T.Type) throws -> T {
            guard let r = valueRange else { throw LineProblem.malformed("put without value") }
            return try decoder.decode(T.self, from: Data(UnsafeRawBufferPointer(rebasing: line[r])))
        }
        func scanned<T: ScannedRecord>(_ type: T.Type) throws -> T {
            guard let r = valueRange else { throw LineProblem.malformed("put without value") }
            return try T.scan(exactly: UnsafeRawBufferPointer(rebasing: line[r]))
        }
        switch (verb, table) {
        case ("put", "session"): return .putSession(try scanned(Session.self))
        case ("put", "person"): return .putPerson(try scanned(Person.self))
        case ("put", "project"): return .putProject(try value(Project.self))
        case ("put", "participation"):
            guard let row else { throw LineProblem.malformed("participation without row") }
            return .putParticipation(row)
        case ("del", "session") where keys.count == 1: return .deleteSession(keys[0])
        case ("del", "person") where keys.count == 1: return .deletePerson(keys[0])
        case ("del", "project") where keys.count == 1: return .deleteProject(keys[0])
        case ("del", "participation") where keys.count == 2:
            return .deleteParticipation(ParticipationKey(session: keys[0], person: keys[1]))
        default: throw LineProblem.malformed("unknown operation \(verb) \(table)")
        }
    }
}
