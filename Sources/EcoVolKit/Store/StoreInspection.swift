import Foundation

/// A read-only look at the store's files, line by line, shared by `check` (report) and
/// `doctor` (repair). It never writes and never takes the write path's shortcuts: every
/// checksum is verified and every journal line is accounted for.
struct StoreInspection {
    enum SnapshotStatus: Equatable { case missing, ok, damaged(String) }

    struct BadLine: Equatable { var number: Int; var offset: Int; var reason: String }

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
                let h = try bytes.withUnsafeBytes { try SnapshotCodec.decode($0, into: r.state, verify: true, decoder: decoder, allowNewer: true) }
                r.snapshotHeader = h
                r.snapshotStatus = .ok
            } catch {
                r.snapshotStatus = .damaged(Self.describe(error))
                if salvage {
                    let salvaged = OutreachState()
                    if let h = try? bytes.withUnsafeBytes({ try SnapshotCodec.decode($0, into: salvaged, verify: false, decoder: decoder, allowNewer: true) }) {
                        r.snapshotHeader = h
                        r.state = salvaged
                    } else {
                        r.state = OutreachState()
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
                defer { pos = nl + 1; number += 1 }
                if nl == pos { continue }
                let line = UnsafeRawBufferPointer(rebasing: raw[pos..<nl])
                let isLast = raw[(nl + 1)...].allSatisfy { $0 == 0x0A || $0 == 0x20 }
                if !headerSeen {
                    headerSeen = true
                    if let h = try? JournalCodec.decodeHeader(line) {
                        r.journalHeader = h
                        r.staleJournal = h.generation < (r.snapshotHeader?.generation ?? 0)
                    } else if isLast {
                        r.tornTail = (pos, raw.count - pos)
                        return
                    } else {
                        r.badLines.append(BadLine(number: number, offset: pos, reason: "header"))
                    }
                    continue
                }
                do {
                    let e = try JournalCodec.decode(line, decoder: decoder)
                    if e.seq > r.lastSeq + 1, !salvage {
                        r.badLines.append(BadLine(number: number, offset: pos, reason: "seq \(e.seq), expected \(r.lastSeq + 1)"))
                    }
                    if e.seq > r.lastSeq {
                        for op in e.operations { r.state.apply(op) }
                        r.lastSeq = e.seq
                    }
                    r.goodLines += 1
                } catch {
                    if isLast {
                        r.tornTail = (pos, raw.count - pos)
                        return
                    }
                    r.badLines.append(BadLine(number: number, offset: pos, reason: (error as? JournalCodec.LineProblem) == .checksum ? "checksum" : "malformed"))
                }
            }
        }
        return r
    }

    static func describe(_ error: any Error) -> String {
        switch error as? SnapshotCodec.Problem {
        case .checksum?: return "checksum mismatch"
        case let .malformed(offset, reason)?: return "malformed at byte \(offset): \(reason)"
        case .notASnapshot?: return "not an ecovol snapshot"
        case let .newerSchema(n)?: return "schema \(n)"
        case nil: return String(describing: error)
        }
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
                    if let m = mode(path + "/" + inner), m & 0o077 != 0 { problems.append(String(format: "%@ %o", path + "/" + inner, m)) }
                }
            }
        }
        return problems
    }
}
