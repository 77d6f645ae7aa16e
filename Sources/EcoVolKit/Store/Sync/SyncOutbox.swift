import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The local changes a linked store has not pushed yet: its journal is the upload queue.
/// Compaction folds the journal into the snapshot, so once a store is linked (it has a
/// `sync/` folder) every compaction first keeps the journal it is about to replace as
/// `sync/journal-<generation>-<seq>.jsonl` (a hard link, no copy); those are read here beside
/// the live journal and removed once everything in them is pushed. A store linked after years
/// of use pushes its snapshot as one first change (the baseline).
enum SyncOutbox {
    /// The command name of the local changes a pull writes (never pushed back).
    static let pullCommand = "sync.pull"
    /// The command name of the snapshot pushed as one change by a store's first sync.
    static let baselineCommand = "sync.baseline"

    /// Keeps the journal of `files` before a compaction replaces it, when the store is linked.
    /// Throws (so the compaction does not happen) when it cannot.
    static func archiveJournal(of files: JSONFileStore, generation: Int, lastSeq: Int) throws {
        let folder = SyncState.folder(files.directory)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue,
            FileManager.default.fileExists(atPath: files.journalPath)
        else { return }
        let target = folder + "/journal-\(generation)-\(lastSeq).jsonl"
        if link(files.journalPath, target) != 0, errno != EEXIST {
            do {
                let bytes = try POSIXFile.readAll(files.journalPath) ?? []
                try POSIXFile.atomicReplace(target, with: bytes, directory: folder)
            } catch {
                throw StoreError.system(.writeFailed, path: target, errno: error.errno)
            }
        }
        do { try POSIXFile.syncDirectory(folder) } catch {
            throw StoreError.system(.writeFailed, path: folder, errno: error.errno)
        }
    }

    /// A local change to push: its seq in this store and what it did.
    struct Change: Sendable {
        var localSeq: Int
        var at: Date
        var command: String
        var undoes: Int?
        var operations: [StoreOperation]
        var isBaseline: Bool { command == SyncOutbox.baselineCommand }
    }

    /// The changes after `pushedThrough`, oldest first, without the ones a pull wrote.
    /// `through` is the newest local seq looked at: once these are pushed, everything up to it is.
    @MainActor
    static func pending(directory: String, after pushedThrough: Int) throws -> (changes: [Change], through: Int) {
        let history = try JSONOutreachStore.history(directory: directory)
        let through = max(history.baseSeq, history.entries.last?.seq ?? 0)
        var bySeq: [Int: JournalEntry] = [:]
        for entry in try archivedEntries(directory: directory, after: pushedThrough) { bySeq[entry.seq] = entry }
        for entry in history.entries where entry.seq > pushedThrough { bySeq[entry.seq] = entry }
        var result: [Change] = []
        var from = pushedThrough + 1
        if history.baseSeq > pushedThrough, !(from...history.baseSeq).allSatisfy({ bySeq[$0] != nil }) {
            // The changes before the snapshot were folded before the store was linked: the
            // snapshot itself is the first change.
            var ops: [StoreOperation] = []
            let base = history.base
            ops += base.customProjects.keys.sorted().compactMap { base.customProjects[$0].map { .putProject($0) } }
            ops += base.sessions.keys.sorted().compactMap { base.sessions[$0].map { .putSession($0) } }
            ops += base.people.keys.sorted().compactMap { base.people[$0].map { .putPerson($0) } }
            ops += base.allParticipations.map { .putParticipation($0) }
            if !ops.isEmpty {
                result.append(
                    Change(
                        localSeq: history.baseSeq, at: history.savedAt ?? Date(), command: baselineCommand,
                        undoes: nil, operations: ops))
            }
            from = history.baseSeq + 1
        }
        for seq in bySeq.keys.sorted() where seq >= from {
            guard let e = bySeq[seq], e.command != pullCommand else { continue }
            result.append(
                Change(localSeq: e.seq, at: e.at, command: e.command, undoes: e.undoes, operations: e.operations))
        }
        return (result, through)
    }

    /// The kept journals' changes after `seq`.
    static func archivedEntries(directory: String, after seq: Int) throws -> [JournalEntry] {
        var entries: [JournalEntry] = []
        let decoder = RecordCodec.decoder()
        for (path, last) in archives(directory: directory) where last > seq {
            guard let bytes = try? POSIXFile.readAll(path) else { continue }
            bytes.withUnsafeBytes { raw in
                var pos = 0
                var first = true
                while pos < raw.count, let nl = raw[pos...].firstIndex(of: 0x0A) {
                    defer { pos = nl + 1 }
                    if nl == pos { continue }
                    if first {
                        first = false
                        continue
                    }
                    let line = UnsafeRawBufferPointer(rebasing: raw[pos..<nl])
                    // A line that does not verify was never acknowledged (a torn tail).
                    if let entry = try? JournalCodec.decode(line, decoder: decoder), entry.seq > seq {
                        entries.append(entry)
                    }
                }
            }
        }
        return entries
    }

    /// The kept journals and the last seq each holds.
    static func archives(directory: String) -> [(path: String, lastSeq: Int)] {
        let folder = SyncState.folder(directory)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in
            guard name.hasPrefix("journal-"), name.hasSuffix(".jsonl"),
                let last = name.dropLast(".jsonl".count).split(separator: "-").last.flatMap({ Int($0) })
            else { return nil }
            return (folder + "/" + name, last)
        }
    }

    /// Removes the kept journals everything of which is pushed.
    static func prune(directory: String, pushedThrough: Int) {
        for (path, last) in archives(directory: directory) where last <= pushedThrough { unlink(path) }
    }
}
