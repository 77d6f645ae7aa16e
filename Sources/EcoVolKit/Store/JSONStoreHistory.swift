import Foundation

/// A clock a copy sets before each change, so changes carried into a JSON store keep the
/// time they were first made. Locked because the store's options hold it as a `@Sendable`
/// closure.
final class ChangeClock: @unchecked Sendable {
    private let lock = NSLock()
    private var time = Date()

    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return time
    }

    func set(_ date: Date) {
        lock.lock()
        time = date
        lock.unlock()
    }
}

extension JSONOutreachStore {
    /// The snapshot (state, its seq and when it was written) and the journal's changes after
    /// it, read under the store's lock. Refuses a store that needs `store doctor` first.
    static func history(directory: String) throws -> (
        base: OutreachState, baseSeq: Int, savedAt: Date?, entries: [JournalEntry]
    ) {
        let check = try JSONFileStore(directory: directory, options: .init(compactAtOpen: false))
        if let block = check.writeBlock { throw block }
        check.close()
        let lock: FileLock
        do { lock = try FileLock(path: directory + "/store.lock") } catch {
            throw StoreError.system(.cannotLock, path: directory + "/store.lock", errno: error.errno)
        }
        return try lock.withLock {
            let decoder = RecordCodec.decoder()
            var base = OutreachState()
            var header = SnapshotHeader(schema: StoreMigration.currentSchema, generation: 0, seq: 0, savedAt: nil)
            if let bytes = try? POSIXFile.readAll(directory + "/outreach.json") {
                var block: StoreError?
                header = try JSONFileStore.decodeSnapshot(
                    bytes, into: &base, path: directory + "/outreach.json", decoder: decoder, schemaBlock: &block)
                if let block { throw block }
            }
            var entries: [JournalEntry] = []
            var last = header.seq
            if let journal = try? POSIXFile.readAll(directory + "/journal.jsonl") {
                try journal.withUnsafeBytes { raw in
                    var pos = 0
                    var first = true
                    while pos < raw.count, let nl = raw[pos...].firstIndex(of: 0x0A) {
                        defer { pos = nl + 1 }
                        if nl == pos { continue }
                        let line = UnsafeRawBufferPointer(rebasing: raw[pos..<nl])
                        if first {
                            first = false
                            continue
                        }
                        let entry: JournalEntry
                        do { entry = try JournalCodec.decode(line, decoder: decoder) } catch {
                            throw StoreError(
                                .corruptJournal,
                                L(
                                    .storeErrorCorruptLine,
                                    ["path": directory + "/journal.jsonl", "line": String(entries.count + 2)]))
                        }
                        guard entry.seq > last else { continue }
                        entries.append(entry)
                        last = entry.seq
                    }
                }
            }
            return (base, header.seq, header.savedAt, entries)
        }
    }

    /// Opens a JSON store whose changes take their time from `clock` (a copy's destination).
    convenience init(directory: String, clock: ChangeClock) throws {
        try DataDirectory(path: directory).ensureExists()
        self.init(
            files: try JSONFileStore(directory: directory, options: .init(compactAtOpen: false, now: { clock.now })))
        self.clock = clock
    }

    /// Appends a copied change at its own seq and time.
    func append(_ change: StoreChange) throws {
        guard change.seq == seq + 1 else {
            throw StoreError(
                .journalMismatch, L(.storeCopyErrorSeq, ["expected": String(seq + 1), "found": String(change.seq)]))
        }
        clock?.set(change.at)
        try StoreOperationCheck.check(change.operations)
        try files.commit(command: change.command, undoes: change.undoes) { _ in change.operations }
    }
}
