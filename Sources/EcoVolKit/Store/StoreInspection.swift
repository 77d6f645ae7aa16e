import Foundation

/// A read-only look at the store's files, line by line, shared by `check` (report) and
/// `doctor` (repair). It never writes and never takes the write path's shortcuts: every
/// checksum is verified and every journal line is accounted for.
struct StoreInspection {
    enum SnapshotStatus: Equatable {
        case missing, ok
        case damaged(LocalizedText)
    }

    struct BadLine: Equatable {
        var number: Int
        var offset: Int
        var reason: LocalizedText
        /// The change number and command the damaged line seems to carry (unverified).
        var guess: String?
    }

    var snapshotStatus: SnapshotStatus = .missing
    var snapshotHeader: SnapshotHeader?
    var snapshotBytes = 0
    var journalExists = false
    var journalHeader: JournalHeader?
    var journalBytes = 0
    var goodLines = 0
    var badLines: [BadLine] = []
    var tornTail: (offset: Int, bytes: Int)? = nil
    var staleJournal = false
    var lastSeq = 0
    var state = OutreachState()
    var modeProblems: [String] = []
    /// The record-by-record reading of a damaged schema-2 snapshot.
    var salvage: SnapshotSalvage?
    /// A damaged snapshot of a schema without record checksums was read as far as it parses:
    /// nothing in it could be verified.
    var unverifiedSnapshot = false

    var hasCorruption: Bool {
        if case .damaged = snapshotStatus { return true }
        return !badLines.isEmpty
    }

    static func inspect(directory: String, salvage: Bool) -> StoreInspection {
        var r = StoreInspection()
        let decoder = RecordCodec.decoder()
        let snapshotPath = directory + "/outreach.json"
        let journalPath = directory + "/journal.jsonl"
        if let bytes = try? POSIXFile.readAll(snapshotPath) {
            r.snapshotBytes = bytes.count
            do {
                let h = try bytes.withUnsafeBytes {
                    try SnapshotCodec.decode($0, into: &r.state, verify: true, decoder: decoder, allowNewer: true)
                }
                r.snapshotHeader = h
                r.snapshotStatus = .ok
            } catch {
                r.snapshotStatus = .damaged(Self.describe(error))
                if salvage {
                    let s = SnapshotSalvage.salvage(bytes, decoder: decoder)
                    if s.header != nil || s.verifiedRecords > 0 {
                        r.salvage = s
                        r.snapshotHeader = s.header
                        r.state = s.state
                    } else {
                        var salvaged = OutreachState()
                        if let h = try? bytes.withUnsafeBytes({
                            try SnapshotCodec.decode(
                                $0, into: &salvaged, verify: false, decoder: decoder, allowNewer: true)
                        }) {
                            r.snapshotHeader = h
                            r.state = salvaged
                            r.unverifiedSnapshot = true
                        } else {
                            r.state = OutreachState()
                        }
                    }
                }
            }
        }
        r.lastSeq = r.snapshotHeader?.seq ?? 0
        guard let journal = try? POSIXFile.readAll(journalPath) else { return r }
        r.journalExists = true
        r.journalBytes = journal.count
        journal.withUnsafeBytes { raw in
            var pos = 0
            var number = 1
            var headerSeen = false
            while pos < raw.count {
                guard let nl = raw[pos...].firstIndex(of: 0x0A) else {
                    r.tornTail = (pos, raw.count - pos)
                    return
                }
                defer {
                    pos = nl + 1
                    number += 1
                }
                if nl == pos { continue }
                let line = UnsafeRawBufferPointer(rebasing: raw[pos..<nl])
                let isLast = raw[(nl + 1)...].allSatisfy { $0 == 0x0A || $0 == 0x20 }
                if !headerSeen {
                    headerSeen = true
                    if let h = try? JournalCodec.decodeHeader(line) {
                        r.journalHeader = h
                        r.staleJournal = h.generation < (r.snapshotHeader?.generation ?? 0)
                        if r.snapshotHeader == nil, r.salvage != nil { r.lastSeq = h.baseSeq }
                    } else if isLast {
                        r.tornTail = (pos, raw.count - pos)
                        return
                    } else {
                        r.badLines.append(BadLine(number: number, offset: pos, reason: L(.storeToolReasonHeader)))
                    }
                    continue
                }
                do {
                    let e = try JournalCodec.decode(line, decoder: decoder)
                    if e.seq > r.lastSeq + 1, !salvage {
                        r.badLines.append(
                            BadLine(
                                number: number, offset: pos,
                                reason: L(
                                    .storeToolReasonSeq, ["found": String(e.seq), "expected": String(r.lastSeq + 1)]),
                                guess: nil))
                    }
                    if e.seq > r.lastSeq {
                        for op in e.operations { r.state.apply(op) }
                        r.lastSeq = e.seq
                    }
                    r.goodLines += 1
                } catch {
                    // As the store reads it: a sealed line is never a torn tail.
                    if isLast, (error as? JournalCodec.LineProblem) == .checksum {
                        r.tornTail = (pos, raw.count - pos)
                        return
                    }
                    r.badLines.append(
                        BadLine(
                            number: number, offset: pos,
                            reason: L(
                                (error as? JournalCodec.LineProblem) == .checksum
                                    ? .storeToolReasonChecksum : .storeToolReasonMalformed),
                            guess: Self.guessJournalLine(line)))
                }
            }
        }
        return r
    }

    static func describe(_ error: any Error) -> LocalizedText {
        switch error as? SnapshotCodec.Problem {
        case .checksum?: return L(.storeToolReasonChecksum)
        case .malformed(let offset, _)?: return L(.storeToolReasonMalformedAt, ["offset": String(offset)])
        case .notASnapshot?: return L(.storeToolReasonNotASnapshot)
        case .newerSchema(let n)?: return L(.storeToolReasonSchema, ["schema": String(n)])
        case nil: return L(.storeToolReasonMalformed)
        }
    }

    /// `#seq cmd` read from the start of a damaged journal line, printable ASCII only; unverified.
    static func guessJournalLine(_ line: UnsafeRawBufferPointer) -> String? {
        var s = ByteScanner(line)
        var seq: Int? = nil
        var cmd: String? = nil
        var first = true
        guard s.take(0x7B) else { return nil }
        reading: while let key = try? s.nextKey(first: &first) {
            switch key {
            case "seq": seq = try? s.int()
            case "cmd": cmd = (try? s.string()).flatMap(SnapshotSalvage.printable)
            case "at": _ = try? s.skipValue()
            default: break reading
            }
            if seq != nil, cmd != nil { break }
        }
        guard seq != nil || cmd != nil else { return nil }
        return [seq.map { "#\($0)" }, cmd].compactMap { $0 }.joined(separator: " ")
    }

    /// Files not 0600 and a directory not 0700.
    static func modeProblems(directory: String) -> [String] {
        var problems: [String] = []
        func mode(_ path: String) -> Int? {
            (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
        }
        if let m = mode(directory), m & 0o077 != 0 { problems.append(String(format: "%@ %o", directory, m)) }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] {
            let path = directory + "/" + name
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            if let m = mode(path), m & 0o077 != 0 { problems.append(String(format: "%@ %o", path, m)) }
            if isDir.boolValue {
                for inner in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                    if let m = mode(path + "/" + inner), m & 0o077 != 0 {
                        problems.append(String(format: "%@ %o", path + "/" + inner, m))
                    }
                }
            }
        }
        return problems
    }
}
