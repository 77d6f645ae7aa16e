import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The durable local store: a checksummed snapshot (`outreach.json`) plus an append-only,
/// line-checksummed journal (`journal.jsonl`), guarded by `flock` on `store.lock`.
///
/// Why this shape (see the design note on embedded stores): rewriting one JSON file per change
/// costs seconds at a million rows and tears the only copy on a crash or a full disk; an
/// append that is fdatasynced before "saved" is flat in the store's size and loses nothing
/// acknowledged. Every command catches up with the journal under the lock first, so two
/// ecovol windows see each other's changes and never hand out the same id.
public final class JSONFileStore {
    public struct Options: Sendable {
        /// Never write (used by `check` and `info`).
        public var readOnly: Bool
        /// Compact when opening if the journal has grown past the threshold.
        public var compactAtOpen: Bool
        /// Journal lines that trigger compaction.
        package var compactionLines: Int
        /// The journal must also be at least this big (bytes) before its size alone triggers one.
        package var compactionMinimumBytes: Int
        package var backupsKept: Int
        package var now: @Sendable () -> Date
        /// A local replica of a server's log (`PostgresReplica`): seqs are the server's, so
        /// they may skip (an office sees only its city's changes); appends are not fsynced and
        /// compaction keeps no backups, because the server is the copy that matters.
        package var replica: Bool

        public init(
            readOnly: Bool = false, compactAtOpen: Bool = true, compactionLines: Int = 20_000,
            compactionMinimumBytes: Int = 256 * 1024, backupsKept: Int = 5,
            now: @escaping @Sendable () -> Date = { Date() }, replica: Bool = false
        ) {
            self.replica = replica
            self.readOnly = readOnly
            self.compactAtOpen = compactAtOpen
            self.compactionLines = compactionLines
            self.compactionMinimumBytes = compactionMinimumBytes
            self.backupsKept = backupsKept
            self.now = now
        }
    }

    /// Sizes and counters for `store info` and benchmarks.
    public struct Statistics: Sendable, Equatable {
        package var generation: Int
        public var seq: Int
        package var snapshotSeq: Int
        package var snapshotBytes: Int
        package var journalBytes: Int
        package var journalLines: Int
    }

    package let directory: String
    package var location: String { directory }
    public private(set) var state = OutreachState()
    package var isWritable: Bool { readOnlyReason == nil && corruption == nil && schemaBlock == nil }
    /// Why writes are refused, if they are.
    package var writeBlock: StoreError? { readOnlyReason ?? corruption ?? schemaBlock }

    let options: Options
    private var lock: FileLock?
    private var readOnlyReason: StoreError?
    private var corruption: StoreError?
    private var schemaBlock: StoreError?
    private var warnings: [LocalizedText] = []
    private var generation = 0
    private var snapshotSeq = 0
    private(set) var lastSeq = 0
    private var snapshotBytes = 0
    private var snapshotIdentity: POSIXFile.Identity?
    private var journalFD: Int32 = -1
    private var journalIdentity: POSIXFile.Identity?
    private var journalHeader: JournalHeader?
    private var journalOffset = 0
    private var journalLines = 0
    private var staleJournal = false
    /// The schema the snapshot on disk was written in (older ones are rewritten at open).
    private var snapshotSchema = StoreMigration.currentSchema
    /// Why what this store shows is incomplete (a damaged journal line or snapshot record), for
    /// every command's warnings until `store doctor` repairs it.
    package private(set) var damage: LocalizedText?
    private let encoder = RecordCodec.encoder()
    private let decoder = RecordCodec.decoder()

    package var snapshotPath: String { directory + "/outreach.json" }
    package var journalPath: String { directory + "/journal.jsonl" }
    package var lockPath: String { directory + "/store.lock" }
    package var backupsPath: String { directory + "/backups" }

    public var statistics: Statistics {
        Statistics(
            generation: generation, seq: lastSeq, snapshotSeq: snapshotSeq, snapshotBytes: snapshotBytes,
            journalBytes: journalOffset, journalLines: journalLines)
    }

    /// Opens (creating when needed) the store in `directory`. The executable ignores SIGXFSZ
    /// at start-up, so a file-size limit makes `write` fail with EFBIG instead of killing ecovol.
    public init(directory: String, options: Options = Options()) throws {
        self.directory = directory
        self.options = options
        var isDir: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) {
            if options.readOnly {
                readOnlyReason = StoreError(.readOnly, L(.storeErrorReadOnlyOption))
                return
            }
            guard mkdir(directory, 0o700) == 0 || errno == EEXIST else {
                if FileManager.default.fileExists(atPath: (directory as NSString).deletingLastPathComponent) {
                    throw StoreError.system(.cannotCreate, path: directory, errno: errno)
                }
                do {
                    try FileManager.default.createDirectory(
                        atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                } catch {
                    throw StoreError(
                        .cannotCreate,
                        L(.storeErrorCannotCreate, ["path": directory, "reason": error.localizedDescription]))
                }
                chmod(directory, 0o700)
                try finishOpen()
                return
            }
            chmod(directory, 0o700)
        } else if !isDir.boolValue {
            throw StoreError(.cannotCreate, L(.errorNotDirectory, ["path": directory]))
        }
        try finishOpen()
    }

    private func finishOpen() throws {
        if options.readOnly {
            readOnlyReason = StoreError(.readOnly, L(.storeErrorReadOnlyOption))
            lock = try? FileLock(path: lockPath)
        } else {
            do {
                lock = try FileLock(path: lockPath)
            } catch {
                readOnlyReason = StoreError.system(.readOnly, path: directory, errno: error.errno)
            }
            if lock?.isShared == true { readOnlyReason = StoreError.system(.readOnly, path: directory, errno: EACCES) }
            if readOnlyReason == nil, access(directory, W_OK) != 0 {
                readOnlyReason = StoreError.system(.readOnly, path: directory, errno: errno)
            }
        }
        if POSIXFile.isNetworkFileSystem(directory) {
            warnings.append(L(.storeWarningNetworkFS, ["path": directory]))
        }
        try locked {
            try loadAll()
            if isWritable {
                sweepTemporaryFiles()
                if staleJournal {
                    _ = try compactLocked()
                } else if snapshotSchema < StoreMigration.currentSchema, snapshotIdentity != nil {
                    let old = generation
                    _ = try compactLocked()
                    warnings.append(
                        L(
                            .storeWarningMigrated,
                            [
                                "from": String(snapshotSchema), "to": String(StoreMigration.currentSchema),
                                "backup": "backups/outreach-\(old).json",
                            ]))
                    snapshotSchema = StoreMigration.currentSchema
                } else if options.compactAtOpen {
                    _ = try compactIfNeededLocked()
                }
            }
        }
    }

    deinit {
        if journalFD >= 0 { Glibc.close(journalFD) }
    }

    private func locked<T>(_ body: () throws -> T) throws -> T {
        guard let lock else { return try body() }
        do {
            return try lock.withLock(body)
        } catch let failure as POSIXFile.Failure {
            throw StoreError.system(.cannotLock, path: lockPath, errno: failure.errno)
        }
    }

    package func drainWarnings() -> [LocalizedText] {
        defer { warnings = [] }
        return warnings
    }

    /// True when what this store shows is incomplete: reports and certificates must not go out.
    package var isDamaged: Bool { damage != nil }

    // MARK: - Loading

    /// Reads snapshot and journal from scratch.
    private func loadAll() throws {
        var fresh = OutreachState()
        corruption = nil
        schemaBlock = nil
        damage = nil
        staleJournal = false
        var header = SnapshotHeader(schema: StoreMigration.currentSchema, generation: 0, seq: 0, savedAt: nil)
        snapshotIdentity = POSIXFile.identity(snapshotPath)
        let snapshot: [UInt8]?
        do { snapshot = try POSIXFile.readAll(snapshotPath) } catch {
            throw StoreError.system(.corruptSnapshot, path: snapshotPath, errno: error.errno)
        }
        var salvaged: SnapshotSalvage? = nil
        if let snapshot {
            do {
                header = try Self.decodeSnapshot(
                    snapshot, into: &fresh, path: snapshotPath, decoder: decoder, schemaBlock: &schemaBlock)
            } catch let error as StoreError where error.kind == .corruptSnapshot {
                // Show what verifies, refuse to write, and say what is missing until doctor runs.
                let s = SnapshotSalvage.salvage(snapshot, decoder: decoder)
                guard s.header != nil || s.verifiedRecords > 0 else { throw error }
                salvaged = s
                fresh = s.state
                header =
                    s.header
                    ?? SnapshotHeader(schema: StoreMigration.currentSchema, generation: 0, seq: 0, savedAt: nil)
                corruption = StoreError(.corruptSnapshot, L(.storeErrorDamagedNoWrites))
                damage = Self.snapshotDamageNotice(s)
            }
            snapshotBytes = snapshot.count
            snapshotSchema = header.schema
        } else {
            snapshotBytes = 0
        }
        generation = header.generation
        snapshotSeq = header.seq
        lastSeq = header.seq
        // Consumed, so the journal replay below mutates the only reference to the tables.
        state = consume fresh
        if journalFD >= 0 {
            Glibc.close(journalFD)
            journalFD = -1
        }
        journalHeader = nil
        journalOffset = 0
        journalLines = 0
        journalIdentity = nil
        let writable = readOnlyReason == nil
        do {
            journalFD = try POSIXFile.open(journalPath, writable ? (O_RDWR | O_APPEND) : O_RDONLY)
        } catch {
            if error.errno == ENOENT {
                if generation > 0 || snapshotSeq > 0 || snapshot == nil { return }
                return
            }
            throw StoreError.system(.corruptJournal, path: journalPath, errno: error.errno)
        }
        journalIdentity = POSIXFile.identity(fd: journalFD)
        let bytes: [UInt8]
        do { bytes = try POSIXFile.readRest(journalFD, from: 0) } catch {
            throw StoreError.system(.corruptJournal, path: journalPath, errno: error.errno)
        }
        guard !bytes.isEmpty else { return }
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            handleTorn(at: 0, bytes: bytes[...], lineNumber: 1)
            return
        }
        let h: JournalHeader
        do {
            h = try bytes.withUnsafeBytes {
                try JournalCodec.decodeHeader(UnsafeRawBufferPointer(rebasing: $0[0..<newline]))
            }
        } catch {
            if bytes[(newline + 1)...].allSatisfy({ $0 == 0x20 || $0 == 0x0A }) {
                handleTorn(at: 0, bytes: bytes[...], lineNumber: 1)
            } else {
                corruption = StoreError(
                    .corruptJournal, L(.storeErrorCorruptLine, ["path": journalPath, "line": "1"]))
            }
            return
        }
        if h.generation < generation {
            staleJournal = true
        } else if h.baseSeq > lastSeq || (h.generation > generation && h.baseSeq != lastSeq) {
            corruption = StoreError(
                .journalMismatch,
                L(
                    .storeErrorJournalMismatch,
                    [
                        "path": journalPath, "base": String(h.baseSeq), "seq": String(lastSeq),
                    ]))
            let notice = L(.storeDamageMismatch, ["seq": String(lastSeq)])
            damage = damage.map { $0.joined(with: notice) } ?? notice
            return
        }
        if let salvaged, salvaged.header == nil {
            // The snapshot's header did not verify: the journal says where it ended.
            generation = h.generation
            snapshotSeq = h.baseSeq
            lastSeq = h.baseSeq
        }
        journalHeader = h
        journalOffset = newline + 1
        replay(bytes, from: newline + 1, fileOffset: 0, firstLineNumber: 2)
    }

    static func snapshotDamageNotice(_ s: SnapshotSalvage) -> LocalizedText {
        let lost = s.lostRecords
        if lost.isEmpty {
            return L(.storeDamageSnapshotFrame)
        }
        let names = lost.prefix(5).map { piece -> String in
            let what = L(piece.kind.label)
            return "\(what.zh)\(piece.guess.map { " " + $0 } ?? "")（第 \(piece.lines.lowerBound) 行）"
        }
        let namesEN = lost.prefix(5).map { piece -> String in
            let what = L(piece.kind.label)
            return "\(what.en)\(piece.guess.map { " " + $0 } ?? "") (line \(piece.lines.lowerBound))"
        }
        let more = lost.count > 5 ? "…" : ""
        return LocalizedText(
            zh: L(.storeDamageSnapshot, ["count": String(lost.count), "list": names.joined(separator: "、") + more])
                .zh,
            en: L(
                .storeDamageSnapshot, ["count": String(lost.count), "list": namesEN.joined(separator: ", ") + more]
            ).en)
    }

    static func decodeSnapshot(
        _ bytes: [UInt8], into state: inout OutreachState, path: String, decoder: JSONDecoder,
        schemaBlock: inout StoreError?
    ) throws -> SnapshotHeader {
        let header: SnapshotHeader
        do {
            header = try bytes.withUnsafeBytes {
                try SnapshotCodec.decode($0, into: &state, verify: true, decoder: decoder, allowNewer: true)
            }
        } catch let problem as SnapshotCodec.Problem {
            switch problem {
            case .checksum:
                throw StoreError(.corruptSnapshot, L(.storeErrorSnapshotChecksum, ["path": path]))
            case .malformed(let offset, let reason):
                throw StoreError(
                    .corruptSnapshot,
                    L(.storeErrorSnapshotMalformed, ["path": path, "offset": String(offset), "reason": reason]))
            default:
                throw StoreError(.corruptSnapshot, L(.storeErrorNotASnapshot, ["path": path]))
            }
        }
        if header.schema > StoreMigration.currentSchema {
            // Read what this version understands; writing stays blocked so nothing it does not know is dropped.
            schemaBlock = StoreError(
                .newerSchema,
                L(
                    .storeErrorNewerSchema,
                    ["found": String(header.schema), "known": String(StoreMigration.currentSchema)]))
        }
        return header
    }

    /// Applies complete journal lines in `bytes[start...]`; `fileOffset` is where `bytes` begins in the file.
    private func replay(_ bytes: [UInt8], from start: Int, fileOffset: Int, firstLineNumber: Int) {
        var pos = start
        var lineNumber = firstLineNumber
        bytes.withUnsafeBytes { raw in
            while pos < raw.count {
                guard let nl = raw[pos...].firstIndex(of: 0x0A) else {
                    handleTorn(at: fileOffset + pos, bytes: bytes[pos...], lineNumber: lineNumber)
                    return
                }
                if nl == pos {
                    pos += 1
                    journalOffset = fileOffset + pos
                    continue
                }
                let line = UnsafeRawBufferPointer(rebasing: raw[pos..<nl])
                let entry: JournalEntry
                do throws(JournalCodec.LineProblem) {
                    entry = try JournalCodec.decode(line, decoder: decoder)
                } catch {
                    let rest = raw[(nl + 1)...]
                    // Only a line that fails its checksum can be an unfinished write. One whose
                    // checksum holds was written whole and acknowledged, even if this version
                    // cannot read it (a newer ecovol's value): it is damage, kept and reported,
                    // never cut off with its seq handed to the next change.
                    if error == .checksum, rest.allSatisfy({ $0 == 0x0A || $0 == 0x20 }) {
                        handleTorn(at: fileOffset + pos, bytes: bytes[pos...], lineNumber: lineNumber)
                    } else {
                        corruption = StoreError(
                            .corruptJournal,
                            L(.storeErrorCorruptLine, ["path": journalPath, "line": String(lineNumber)]))
                        setJournalDamage(line: lineNumber, rest: UnsafeRawBufferPointer(rebasing: rest))
                    }
                    return
                }
                if entry.seq > lastSeq + 1, !options.replica {
                    corruption = StoreError(
                        .corruptJournal,
                        L(
                            .storeErrorSeqGap,
                            [
                                "path": journalPath, "line": String(lineNumber), "expected": String(lastSeq + 1),
                                "found": String(entry.seq),
                            ]))
                    setJournalDamage(line: lineNumber, rest: UnsafeRawBufferPointer(rebasing: raw[(nl + 1)...]))
                    return
                }
                if entry.seq == lastSeq + 1 || (options.replica && entry.seq > lastSeq) {
                    for op in entry.operations { state.apply(op) }
                    lastSeq = entry.seq
                }
                journalLines += 1
                lineNumber += 1
                pos = nl + 1
                journalOffset = fileOffset + pos
            }
        }
    }

    /// Records that replay stopped at journal line `line`: the changes after `lastSeq` (that
    /// line and the `rest`'s lines) are not shown.
    private func setJournalDamage(line: Int, rest: UnsafeRawBufferPointer) {
        let later = rest.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } + 1
        let notice = L(.storeDamageJournal, ["line": String(line), "seq": String(lastSeq), "lines": String(later)])
        damage = damage.map { $0.joined(with: notice) } ?? notice
    }

    /// A last line that is incomplete or fails its checksum was never acknowledged (the
    /// writer died mid-write): its bytes are copied to `journal.torn-<time>` and the journal is
    /// cut back to the last good line before anything is appended, so the next change does
    /// not glue itself onto the fragment.
    private func handleTorn(at offset: Int, bytes: ArraySlice<UInt8>, lineNumber: Int) {
        journalOffset = offset
        guard readOnlyReason == nil, journalFD >= 0 else {
            warnings.append(
                L(.storeWarningTornTailReadOnly, ["bytes": String(bytes.count), "line": String(lineNumber)]))
            return
        }
        let stamp = Self.fileStamp(options.now())
        let quarantine = directory + "/journal.torn-\(stamp)-\(getpid())"
        do {
            let fd = try POSIXFile.open(quarantine, O_WRONLY | O_CREAT | O_TRUNC)
            defer { Glibc.close(fd) }
            try POSIXFile.writeAll(fd, Array(bytes))
            try POSIXFile.syncFile(fd)
            guard ftruncate(journalFD, off_t(offset)) == 0 else { throw POSIXFile.Failure(errno: errno) }
            try POSIXFile.syncFile(journalFD)
            try POSIXFile.syncDirectory(directory)
            journalIdentity = POSIXFile.identity(fd: journalFD)
            if offset == 0 { journalHeader = nil }
            warnings.append(
                L(
                    .storeWarningTornTail,
                    [
                        "bytes": String(bytes.count), "line": String(lineNumber),
                        "file": (quarantine as NSString).lastPathComponent,
                    ]))
        } catch let failure as POSIXFile.Failure {
            corruption = StoreError.system(.writeFailed, path: journalPath, errno: failure.errno)
        } catch {
            corruption = StoreError.system(.writeFailed, path: journalPath, errno: EIO)
        }
    }

    static func fileStamp(_ date: Date) -> String {
        ISOTimestamp.format(date).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
    }

    /// Removes temp files of compactions or atomic writes that a crash left behind.
    private func sweepTemporaryFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names
        where name.hasPrefix(".") && name.hasSuffix(".tmp")
            && (name.hasPrefix(".outreach.json.") || name.hasPrefix(".journal.jsonl."))
        {
            unlink(directory + "/" + name)
        }
    }

    // MARK: - Catching up

    package func refresh() throws {
        try locked { try refreshLocked() }
    }

    private func refreshLocked() throws {
        let sid = POSIXFile.identity(snapshotPath)
        let jid = POSIXFile.identity(journalPath)
        func same(_ a: POSIXFile.Identity?, _ b: POSIXFile.Identity?) -> Bool {
            a?.inode == b?.inode && a?.device == b?.device
        }
        if !same(sid, snapshotIdentity) || !same(jid, journalIdentity) || (jid != nil && journalFD < 0) {
            try loadAll()
            return
        }
        guard let jid, journalFD >= 0 else { return }
        if journalHeader == nil {
            if jid.size > 0 { try loadAll() }
            return
        }
        if jid.size > journalOffset {
            if corruption != nil { return }
            let bytes: [UInt8]
            do { bytes = try POSIXFile.readRest(journalFD, from: journalOffset) } catch {
                throw StoreError.system(.corruptJournal, path: journalPath, errno: error.errno)
            }
            replay(bytes, from: 0, fileOffset: journalOffset, firstLineNumber: journalLines + 2)
        } else if jid.size < journalOffset {
            try loadAll()
        }
    }

    // MARK: - Writing

    @discardableResult
    package func commit(command: String, undoes: Int? = nil, _ build: (OutreachState) throws -> [StoreOperation]) throws
        -> StoreCommit?
    {
        if let readOnlyReason { throw readOnlyReason }
        return try locked { () throws -> StoreCommit? in
            try refreshLocked()
            if let block = corruption ?? schemaBlock { throw block }
            if staleJournal { _ = try compactLocked() }
            let ops = try build(state).map(Self.normalized)
            guard !ops.isEmpty else { return nil }
            let inverse = state.inverse(of: ops)
            let entry = JournalEntry(
                seq: lastSeq + 1, at: ISOTimestamp.normalize(options.now()), command: command, undoes: undoes,
                operations: ops)
            let line: [UInt8]
            do { line = try JournalCodec.encode(entry, encoder: encoder) } catch {
                throw StoreError(.writeFailed, L(.storeErrorEncode, ["reason": String(describing: error)]))
            }
            try ensureJournalLocked()
            do {
                try POSIXFile.writeAll(journalFD, line)
            } catch let error as POSIXFile.Failure {
                rollBack()
                throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
            }
            do {
                try POSIXFile.syncData(journalFD)
            } catch let error as POSIXFile.Failure {
                // After a failed fsync the page cache cannot be trusted (fsyncgate): cut the
                // line off, drop the handle and reread everything before the next change.
                rollBack()
                Glibc.close(journalFD)
                journalFD = -1
                journalIdentity = nil
                throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
            }
            for op in ops { state.apply(op) }
            lastSeq = entry.seq
            journalOffset += line.count
            journalLines += 1
            return StoreCommit(seq: entry.seq, command: command, operations: ops, inverse: inverse)
        }
    }

    private func rollBack() {
        _ = ftruncate(journalFD, off_t(journalOffset))
        _ = try? POSIXFile.syncFile(journalFD)
    }

    /// Creates the journal (header line first, atomically) if there is none yet.
    private func ensureJournalLocked() throws {
        if journalFD >= 0, journalHeader != nil { return }
        let header = JournalHeader(schema: StoreMigration.currentSchema, generation: generation, baseSeq: lastSeq)
        let bytes = JournalCodec.encodeHeader(header)
        do {
            try POSIXFile.atomicReplace(journalPath, with: bytes, directory: directory)
        } catch {
            throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
        }
        if journalFD >= 0 { Glibc.close(journalFD) }
        do { journalFD = try POSIXFile.open(journalPath, O_RDWR | O_APPEND) } catch {
            throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
        }
        journalIdentity = POSIXFile.identity(fd: journalFD)
        journalHeader = header
        journalOffset = bytes.count
        journalLines = 0
    }

    static func normalized(_ op: StoreOperation) -> StoreOperation {
        let n = ISOTimestamp.normalize
        switch op {
        case .putSession(var s):
            s.start = n(s.start)
            s.end = n(s.end)
            s.created = n(s.created)
            s.updated = n(s.updated)
            return .putSession(s)
        case .putPerson(var p):
            p.registered = n(p.registered)
            p.updated = n(p.updated)
            return .putPerson(p)
        case .putProject(var p):
            p.created = n(p.created)
            return .putProject(p)
        case .putParticipation(let p):
            return .putParticipation(ParticipationRowCodec.normalized(p))
        default:
            return op
        }
    }

    // MARK: - Replica

    /// Replica mode: appends changes made elsewhere (the server's log) with their own seqs and
    /// applies them, after catching up with what other processes appended to the same files;
    /// entries the files already hold are skipped. One write, no fsync (see `Options.replica`).
    func appendReplicated(_ entries: [JournalEntry]) throws {
        try locked {
            try refreshLocked()
            if let block = writeBlock { throw block }
            if staleJournal { _ = try compactLocked() }
            var bytes: [UInt8] = []
            var fresh: [JournalEntry] = []
            var last = lastSeq
            for entry in entries where entry.seq > last {
                do { bytes += try JournalCodec.encode(entry, encoder: encoder) } catch {
                    throw StoreError(.writeFailed, L(.storeErrorEncode, ["reason": String(describing: error)]))
                }
                fresh.append(entry)
                last = entry.seq
            }
            guard !fresh.isEmpty else { return }
            try ensureJournalLocked()
            do {
                try POSIXFile.writeAll(journalFD, bytes)
            } catch let error as POSIXFile.Failure {
                rollBack()
                throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
            }
            for entry in fresh { for op in entry.operations { state.apply(op) } }
            lastSeq = last
            journalOffset += bytes.count
            journalLines += fresh.count
        }
    }

    /// Replica mode: replaces every record by `fresh`, as of `seq`, in a new snapshot. Returns
    /// false (and keeps the files) when they already hold a later seq written by another process.
    @discardableResult
    func replaceReplicated(_ fresh: OutreachState, seq: Int) throws -> Bool {
        try locked {
            try refreshLocked()
            if let block = writeBlock { throw block }
            guard lastSeq <= seq else { return false }
            state = fresh
            lastSeq = seq
            _ = try compactLocked()
            return true
        }
    }

    // MARK: - Compaction

    @discardableResult
    package func compactIfNeeded() throws -> CompactionReport? {
        guard isWritable else { return nil }
        return try locked {
            try refreshLocked()
            return try compactIfNeededLocked()
        }
    }

    private func compactIfNeededLocked() throws -> CompactionReport? {
        guard isWritable, journalHeader != nil else { return nil }
        let journalBytes = journalOffset
        if journalLines >= options.compactionLines
            || (journalBytes >= options.compactionMinimumBytes && journalBytes * 2 >= snapshotBytes)
        {
            return try compactLocked()
        }
        return nil
    }

    @discardableResult
    public func compact() throws -> CompactionReport {
        if let block = writeBlock { throw block }
        return try locked {
            try refreshLocked()
            if let block = writeBlock { throw block }
            return try compactLocked()
        }
    }

    /// Writes snapshot G+1 beside the old one, links the old one into `backups/`, renames the
    /// new one into place, then starts a fresh journal. A crash at any step leaves either the
    /// old pair or the new snapshot with a stale journal, which opening recognises.
    @discardableResult
    private func compactLocked() throws -> CompactionReport {
        let started = Date()
        let folded = journalLines
        let newGeneration = generation + 1
        try SyncOutbox.archiveJournal(of: self, generation: generation, lastSeq: lastSeq)
        let parts: [[UInt8]]
        do {
            parts = try SnapshotCodec.encodeParts(
                state,
                header: SnapshotHeader(
                    schema: StoreMigration.currentSchema, generation: newGeneration, seq: lastSeq,
                    savedAt: ISOTimestamp.normalize(options.now())), encoder: encoder)
        } catch {
            throw StoreError(.writeFailed, L(.storeErrorEncode, ["reason": String(describing: error)]))
        }
        let size = parts.reduce(0) { $0 + $1.count }
        if let free = POSIXFile.freeBytes(directory), Double(free) < Double(size) * 1.2 + 65536 {
            throw StoreError(
                .insufficientSpace,
                L(
                    .storeErrorInsufficientSpace,
                    [
                        "needed": Self.megabytes(Int(Double(size) * 1.2)), "free": Self.megabytes(free),
                    ]))
        }
        if snapshotIdentity != nil, !options.replica { linkBackup() }
        do {
            try POSIXFile.atomicReplace(snapshotPath, withParts: parts, directory: directory)
        } catch {
            throw StoreError.system(.writeFailed, path: snapshotPath, errno: error.errno)
        }
        generation = newGeneration
        snapshotSeq = lastSeq
        snapshotBytes = size
        snapshotIdentity = POSIXFile.identity(snapshotPath)
        staleJournal = true  // until the new journal is in place
        let header = JournalHeader(schema: StoreMigration.currentSchema, generation: newGeneration, baseSeq: lastSeq)
        let headerBytes = JournalCodec.encodeHeader(header)
        do {
            try POSIXFile.atomicReplace(journalPath, with: headerBytes, directory: directory)
        } catch {
            journalIdentity = nil
            throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
        }
        staleJournal = false
        if journalFD >= 0 { Glibc.close(journalFD) }
        do { journalFD = try POSIXFile.open(journalPath, O_RDWR | O_APPEND) } catch {
            journalFD = -1
            journalIdentity = nil
            throw StoreError.system(.writeFailed, path: journalPath, errno: error.errno)
        }
        journalIdentity = POSIXFile.identity(fd: journalFD)
        journalHeader = header
        journalOffset = headerBytes.count
        journalLines = 0
        return CompactionReport(
            generation: newGeneration, seq: lastSeq, snapshotBytes: size, journalLinesFolded: folded,
            seconds: Date().timeIntervalSince(started))
    }

    /// Hard-links the current snapshot as `backups/outreach-<generation>.json` and keeps the newest few.
    private func linkBackup() {
        mkdir(backupsPath, 0o700)
        let target = backupsPath + "/outreach-\(generation).json"
        if link(snapshotPath, target) != 0, errno != EEXIST {
            if let bytes = try? POSIXFile.readAll(snapshotPath) {
                _ = try? POSIXFile.atomicReplace(target, with: bytes, directory: backupsPath)
            }
        }
        let backups = Self.backupFiles(in: backupsPath)
        for old in backups.dropFirst(options.backupsKept) { unlink(backupsPath + "/" + old.name) }
        _ = try? POSIXFile.syncDirectory(backupsPath)
    }

    /// Backup snapshots, newest first.
    static func backupFiles(in path: String) -> [(name: String, generation: Int)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { name -> (String, Int)? in
            guard name.hasPrefix("outreach-"), name.hasSuffix(".json"),
                let g = Int(name.dropFirst("outreach-".count).dropLast(".json".count))
            else { return nil }
            return (name, g)
        }.sorted { $0.1 > $1.1 }
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }

    /// Writes a consistent copy of everything (snapshot form) to `path`, atomically, 0600.
    package func exportSnapshot(to path: String) throws -> Int {
        try locked {
            try refreshLocked()
            let bytes = try SnapshotCodec.encode(
                state,
                header: SnapshotHeader(
                    schema: StoreMigration.currentSchema, generation: generation, seq: lastSeq,
                    savedAt: ISOTimestamp.normalize(options.now())), encoder: encoder)
            let dir = (path as NSString).deletingLastPathComponent
            do {
                try POSIXFile.atomicReplace(path, with: bytes, directory: dir.isEmpty ? "." : dir)
            } catch let failure as POSIXFile.Failure {
                throw StoreError.system(.backupFailed, path: path, errno: failure.errno)
            }
            return bytes.count
        }
    }

    public func close() {
        if isWritable {
            do { try compactIfNeeded() } catch {
                warnings.append((error as? StoreError)?.message ?? LocalizedText(verbatim: "\(error)"))
            }
        }
        if journalFD >= 0 {
            Glibc.close(journalFD)
            journalFD = -1
        }
        journalIdentity = nil
    }
}
