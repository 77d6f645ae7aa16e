import Foundation
import PostgresNIO

/// `ecovol --store DIR sync URL`: brings a laptop's JSON store and the province's server
/// into step. The laptop's journal is its upload queue (as PowerSync and ElectricSQL keep
/// one): its changes after the last push go up in local order, each in the server's own
/// order after what others pushed first, with (origin, local seq) recorded in the same
/// transaction so the database refuses a second copy. Then the server's changes this login
/// may see come down and are applied as local changes that are never pushed back.
///
/// A record changed on both sides since the last sync is a conflict: the server's order
/// decides (this laptop's change lands last, so its version stands) and the version it
/// replaced is kept as a conflict. A change the server refuses (row-level security: another
/// city's record) is kept locally as a conflict with the server's reason; the rest goes on.
@MainActor
public enum StoreSync {
    /// What one sync did.
    public struct Report: Sendable, Equatable {
        package var link: String
        /// Local changes sent in this run.
        package var pushed = 0
        /// Local changes the server already had (a resumed sync).
        package var alreadyThere = 0
        package var refused = 0
        package var newConflicts = 0
        /// Server changes read.
        package var pulledChanges = 0
        /// Local records written from them.
        package var pulledRecords = 0
        package var openConflicts = 0
        /// The URL carried a password, which is not remembered.
        package var passwordDropped = false
    }

    /// Pushes, then pulls. `url` links (or re-links) the store; nil repeats the saved link.
    public static func sync(
        directory: String, url: String?, environment: [String: String], language: Language = .zh,
        progress: (any ProgressReporter)? = nil, now: @escaping @Sendable () -> Date = { Date() },
        batchChanges: Int = 200
    ) async throws -> Report {
        var state = try SyncState.load(directory: directory) ?? SyncState()
        let target: String
        var dropped = false
        if let url {
            guard StoreLocation.isServerURL(url) else {
                throw StoreError(
                    .refused, L(.syncErrorNotURL, ["url": TerminalSafeText.clip(url, maxLength: 80)]))
            }
            let settings = try PostgresSettings.parse(url, environment: environment)
            if let old = state.link, state.pushedThrough > 0 || state.lastPulled > 0,
                let before = try? PostgresSettings.parse(old, environment: environment),
                before.host != settings.host || before.port != settings.port || before.database != settings.database
                    || before.socketDirectory != settings.socketDirectory
            {
                throw StoreError(
                    .refused, L(.syncErrorOtherServer, ["old": old, "new": StoreLocation.redacted(url)]))
            }
            let redacted = StoreLocation.redacted(url)
            dropped = redacted != url && settings.password != nil
            state.link = redacted
            target = url
        } else {
            guard let link = state.link else { throw StoreError(.refused, L(.syncErrorNoLink)) }
            target = link
        }
        let settings = try PostgresSettings.parse(target, environment: environment)
        try DataDirectory(path: directory).ensureExists()
        // From here on a compaction keeps the journal it folds (see SyncOutbox).
        try state.save(directory: directory)
        let local = try JSONOutreachStore(directory: directory, options: .init(now: now))
        if let block = local.files.writeBlock {
            await local.close()
            throw block
        }
        let run = SyncRun(
            directory: directory, local: local, state: state, settings: settings, language: language,
            progress: progress,
            now: now, batchChanges: batchChanges)
        run.report.passwordDropped = dropped
        do {
            try await PostgresAdministration.withConnection(settings) { connection, logger in
                do {
                    try await run.perform(connection, logger: logger)
                } catch let expired as PostgresDeadline.Expired {
                    throw StoreError(
                        .cannotConnect,
                        L(
                            .syncErrorNoAnswer,
                            ["server": settings.displayName, "seconds": String(expired.seconds)]))
                } catch  where PostgresFailure.isConnectionLoss(error) {
                    throw StoreError(
                        .cannotConnect,
                        L(
                            .syncErrorInterrupted,
                            ["server": settings.displayName, "reason": PostgresFailure.reason(error)]))
                }
            }
        } catch {
            progress?.finish()
            await local.close()
            throw error
        }
        progress?.finish()
        await local.close()
        return run.report
    }
}

/// One sync's working state: the connection, the local store and what is saved after each step.
@MainActor
final class SyncRun {
    let directory: String
    let local: JSONOutreachStore
    var state: SyncState
    let settings: PostgresSettings
    let language: Language
    let progress: (any ProgressReporter)?
    let now: @Sendable () -> Date
    let batchChanges: Int
    var report: StoreSync.Report
    var officeCity: String?
    private let encoder = RecordCodec.encoder()
    private let decoder = RecordCodec.decoder()

    init(
        directory: String, local: JSONOutreachStore, state: SyncState, settings: PostgresSettings,
        language: Language, progress: (any ProgressReporter)?, now: @escaping @Sendable () -> Date, batchChanges: Int
    ) {
        self.language = language
        self.directory = directory
        self.local = local
        self.state = state
        self.settings = settings
        self.progress = progress
        self.now = now
        self.batchChanges = max(1, batchChanges)
        report = StoreSync.Report(link: state.link ?? "")
    }

    func perform(_ connection: PostgresConnection, logger: Logger) async throws {
        guard try await SyncServerSchema.isInstalled(connection, logger: logger) else {
            throw StoreError(.notInitialised, L(.syncErrorNotInstalled, ["server": settings.displayName]))
        }
        for try await city in try await connection.ask("SELECT ecovol.office_city()", logger: logger).decode(
            String?.self)
        { officeCity = city }
        try await push(connection, logger: logger)
        try await pull(connection, logger: logger)
        state.lastSync = now()
        state.syncedSeq = local.seq
        try save()
        report.openConflicts = state.openConflicts.count
    }

    private func save() throws { try state.save(directory: directory) }

    // MARK: - Push

    private func push(_ connection: PostgresConnection, logger: Logger) async throws {
        let (pending, through) = try SyncOutbox.pending(directory: directory, after: state.pushedThrough)
        if !pending.isEmpty {
            // What a killed run already pushed: skipped, its conflicts learnt again.
            var already: Set<Int> = []
            let rows = try await connection.ask(
                """
                SELECT local_seq, conflicts::text FROM ecovol.sync_pushes
                WHERE origin = \(state.origin) AND local_seq > \(state.pushedThrough)
                """, logger: logger)
            for try await (seq, text) in rows.decode((Int, String).self) {
                already.insert(seq)
                let kept = try decoder.decode([SyncConflict].self, from: Data(text.utf8))
                for c in kept {
                    let before = state.conflicts.count
                    state.record(c)
                    if state.conflicts.count > before { report.newConflicts += 1 }
                }
            }
            let todo = pending.filter { !already.contains($0.localSeq) }
            report.alreadyThere = pending.count - todo.count
            var watermark = state.lastPulled
            var foreign: [SyncRecordKey: Int] = [:]
            var done = 0
            var start = 0
            while start < todo.count {
                var end = start
                var ops = 0
                while end < todo.count, end - start < batchChanges, ops < 5000 || end == start {
                    ops += todo[end].operations.count
                    end += 1
                }
                let batch = Array(todo[start..<end])
                var found: [SyncConflict] = []
                try await PostgresAdministration.transaction(connection, logger: logger) {
                    try await connection.takeWriteLock(logger: logger)
                    var head = 0
                    for try await value in try await connection.ask("SELECT seq FROM ecovol.head", logger: logger)
                        .decode(Int.self)
                    { head = value }
                    if head > watermark {
                        try await foreignTouches(after: watermark, into: &foreign, connection, logger: logger)
                        watermark = head
                    }
                    var next = head
                    for change in batch {
                        let outcome = try await pushOne(
                            change, seq: next + 1, foreign: &foreign, connection, logger: logger)
                        found += outcome.conflicts
                        if outcome.written {
                            next += 1
                            report.pushed += 1
                        } else {
                            report.refused += 1
                        }
                    }
                    if next > head {
                        try await connection.ask("UPDATE ecovol.head SET seq = \(next)", logger: logger)
                        watermark = next
                    }
                }
                for c in found {
                    let before = state.conflicts.count
                    state.record(c)
                    if state.conflicts.count > before { report.newConflicts += 1 }
                }
                state.pushedThrough = batch.last?.localSeq ?? state.pushedThrough
                try save()
                done += batch.count
                progress?.update(label: L(.syncProgressPush).text(language), done: done, total: todo.count)
                start = end
            }
        }
        if through > state.pushedThrough {
            state.pushedThrough = through
            try save()
        }
        SyncOutbox.prune(directory: directory, pushedThrough: state.pushedThrough)
    }

    /// The records other writers changed after `seq` (not this store's own pushes).
    private func foreignTouches(
        after seq: Int, into foreign: inout [SyncRecordKey: Int], _ connection: PostgresConnection, logger: Logger
    ) async throws {
        let rows = try await connection.ask(
            """
            SELECT c.seq, c.operations::text FROM ecovol.changes c
            WHERE c.seq > \(seq) AND NOT EXISTS (
                SELECT 1 FROM ecovol.sync_pushes p WHERE p.seq = c.seq AND p.origin = \(state.origin))
            ORDER BY c.seq
            """, logger: logger)
        for try await (changeSeq, text) in rows.decode((Int, String).self) {
            for op in try PostgresRecords.decodeOperations(text, decoder: decoder) {
                foreign[SyncRecordKey(op)] = changeSeq
            }
        }
    }

    /// Pushes one change inside the batch's transaction (a savepoint of its own, so a refusal
    /// undoes only it). The snapshot pushed by a first sync is tried record by record when
    /// refused whole, so one record of another city does not hold back the rest.
    private func pushOne(
        _ change: SyncOutbox.Change, seq: Int, foreign: inout [SyncRecordKey: Int], _ connection: PostgresConnection,
        logger: Logger
    ) async throws -> (written: Bool, conflicts: [SyncConflict]) {
        let ops = change.operations.map(\.normalized)
        var finals: [SyncRecordKey: StoreOperation] = [:]
        var order: [SyncRecordKey] = []
        for op in ops {
            let key = SyncRecordKey(op)
            if finals[key] == nil { order.append(key) }
            finals[key] = op
        }
        var conflicts: [SyncConflict] = []
        for key in order {
            guard let theirSeq = foreign[key], let mine = finals[key] else { continue }
            let theirs = try await serverVersion(key, connection, logger: logger)
            if theirs == mine { continue }
            conflicts.append(
                SyncConflict(
                    id: 0, kind: .concurrent, localSeq: change.localSeq, theirSeq: theirSeq, reason: nil,
                    mine: try SyncConflict.encode(mine), theirs: try SyncConflict.encode(theirs), detected: now(),
                    resolution: nil))
        }
        try await connection.ask("SAVEPOINT sync_change", logger: logger)
        do {
            // Kept (not released) until the batch commits: one round trip less per change.
            try await writeChange(change, ops: ops, seq: seq, conflicts: conflicts, connection, logger: logger)
            for key in order { foreign[key] = nil }
            return (true, conflicts)
        } catch  where !PostgresFailure.isConnectionLoss(error) {
            try await connection.ask("ROLLBACK TO SAVEPOINT sync_change", logger: logger)
            let reason = PostgresFailure.serverMessage(error) ?? PostgresFailure.reason(error)
            if change.isBaseline, ops.count > 1 {
                return try await pushBaselineByRecord(change, ops: ops, seq: seq, connection, logger: logger)
            }
            var refused: [SyncConflict] = []
            for key in order {
                guard let mine = finals[key] else { continue }
                refused.append(try await refusal(change, mine: mine, reason: reason, connection, logger: logger))
            }
            return (false, refused)
        }
    }

    private func refusal(
        _ change: SyncOutbox.Change, mine: StoreOperation, reason: String, _ connection: PostgresConnection,
        logger: Logger
    ) async throws -> SyncConflict {
        let theirs =
            (try? await serverVersion(SyncRecordKey(mine), connection, logger: logger))
            ?? SyncRecordKey(mine).version(in: OutreachState())
        return SyncConflict(
            id: 0, kind: .refused, localSeq: change.localSeq, theirSeq: nil, reason: reason,
            mine: try SyncConflict.encode(mine), theirs: try SyncConflict.encode(theirs), detected: now(),
            resolution: nil)
    }

    private func pushBaselineByRecord(
        _ change: SyncOutbox.Change, ops: [StoreOperation], seq: Int, _ connection: PostgresConnection, logger: Logger
    ) async throws -> (written: Bool, conflicts: [SyncConflict]) {
        var accepted: [StoreOperation] = []
        var refused: [SyncConflict] = []
        for op in ops {
            try await connection.ask("SAVEPOINT sync_record", logger: logger)
            do {
                try await PostgresRecords.write(
                    op, seq: seq, position: accepted.count, on: connection, encoder: encoder, logger: logger)
                try await connection.ask("RELEASE SAVEPOINT sync_record", logger: logger)
                accepted.append(op)
            } catch  where !PostgresFailure.isConnectionLoss(error) {
                try await connection.ask("ROLLBACK TO SAVEPOINT sync_record", logger: logger)
                let reason = PostgresFailure.serverMessage(error) ?? PostgresFailure.reason(error)
                refused.append(try await refusal(change, mine: op, reason: reason, connection, logger: logger))
            }
        }
        guard !accepted.isEmpty else { return (false, refused) }
        try await insertChangeRow(change, ops: accepted, seq: seq, conflicts: refused, connection, logger: logger)
        return (true, refused)
    }

    private func writeChange(
        _ change: SyncOutbox.Change, ops: [StoreOperation], seq: Int, conflicts: [SyncConflict],
        _ connection: PostgresConnection, logger: Logger
    ) async throws {
        try await PostgresRecords.write(ops, seq: seq, on: connection, encoder: encoder, logger: logger)
        try await insertChangeRow(change, ops: ops, seq: seq, conflicts: conflicts, connection, logger: logger)
    }

    /// The change's row in the log and its origin row, whose key the database keeps unique.
    private func insertChangeRow(
        _ change: SyncOutbox.Change, ops: [StoreOperation], seq: Int, conflicts: [SyncConflict],
        _ connection: PostgresConnection, logger: Logger
    ) async throws {
        let cities = officeCity.map { [$0] } ?? PostgresRecords.cities(of: ops, before: local.state)
        let operations = try PostgresRecords.encode(ops, encoder: encoder)
        let kept = String(decoding: try encoder.encode(conflicts), as: UTF8.self)
        let at = ISOTimestamp.normalize(change.at)
        try await connection.ask(
            """
            WITH change AS (
                INSERT INTO ecovol.changes (seq, time, command, undoes, cities, operations)
                VALUES (\(seq), \(at), \(change.command),
                    (SELECT p.seq FROM ecovol.sync_pushes p WHERE p.origin = \(state.origin) AND p.local_seq = \(change.undoes)),
                    \(cities), \(operations)::jsonb)
                RETURNING seq)
            INSERT INTO ecovol.sync_pushes (origin, local_seq, seq, conflicts)
            SELECT \(state.origin), \(change.localSeq), seq, \(kept)::jsonb FROM change
            """, logger: logger)
    }

    /// The server's current version of one record (a delete when it has none this login sees).
    private func serverVersion(_ key: SyncRecordKey, _ connection: PostgresConnection, logger: Logger) async throws
        -> StoreOperation
    {
        let query: PostgresQuery
        switch key {
        case .session(let id): query = "SELECT record::text FROM ecovol.sessions WHERE id = \(id)"
        case .person(let id): query = "SELECT record::text FROM ecovol.people WHERE id = \(id)"
        case .project(let id): query = "SELECT record::text FROM ecovol.projects WHERE id = \(id)"
        case .participation(let k):
            query =
                "SELECT record::text FROM ecovol.participations WHERE session_id = \(k.session) AND person_id = \(k.person)"
        }
        var found: StoreOperation?
        for try await text in try await connection.ask(query, logger: logger).decode(String.self) {
            let data = Data(text.utf8)
            switch key {
            case .session: found = .putSession(try decoder.decode(Session.self, from: data))
            case .person: found = .putPerson(try decoder.decode(Person.self, from: data))
            case .project: found = .putProject(try decoder.decode(Project.self, from: data))
            case .participation: found = .putParticipation(try PostgresRecords.decodeParticipation(text))
            }
        }
        return found ?? key.version(in: OutreachState())
    }

    // MARK: - Pull

    private func pull(_ connection: PostgresConnection, logger: Logger) async throws {
        var head = 0
        for try await value in try await connection.ask("SELECT seq FROM ecovol.head", logger: logger).decode(
            Int.self)
        { head = value }
        guard head > state.lastPulled else { return }
        let protected = try protectedKeys()
        if officeCity != nil {
            var hidden = 0
            for try await n in try await connection.ask(
                "SELECT ecovol.shared_changes_since(\(state.lastPulled))", logger: logger
            ).decode(Int.self) { hidden = n }
            if hidden > 0 {
                try await pullWholeTables(head: head, protected: protected, connection, logger: logger)
                return
            }
        }
        let first = state.lastPulled
        var after = first
        while after < head {
            var finals: [SyncRecordKey: StoreOperation] = [:]
            var last = after
            var count = 0
            let rows = try await connection.ask(
                """
                SELECT seq, operations::text FROM ecovol.changes
                WHERE seq > \(after) AND seq <= \(head) ORDER BY seq LIMIT 500
                """, logger: logger)
            for try await (seq, text) in rows.decode((Int, String).self) {
                for op in try PostgresRecords.decodeOperations(text, decoder: decoder) {
                    finals[SyncRecordKey(op)] = op
                }
                last = seq
                count += 1
            }
            if count == 0 { break }
            try await addMissingPeople(&finals, connection, logger: logger)
            try await applyLocally(finals, protected: protected)
            report.pulledChanges += count
            state.lastPulled = last
            try save()
            progress?.update(label: L(.syncProgressPull).text(language), done: last - first, total: head - first)
            after = last
        }
        state.lastPulled = head
        try save()
    }

    /// Records the pull must not overwrite: changed here since the push began (a second
    /// window), or refused by the server and kept as this laptop's version.
    private func protectedKeys() throws -> Set<SyncRecordKey> {
        var keys: Set<SyncRecordKey> = []
        for change in try SyncOutbox.pending(directory: directory, after: state.pushedThrough).changes {
            for op in change.operations { keys.insert(SyncRecordKey(op)) }
        }
        for c in state.openConflicts where c.kind == .refused {
            if let v = try? c.versions() { keys.insert(SyncRecordKey(v.mine)) }
        }
        return keys
    }

    /// An office's log shows only changes of its city; people registered by another office
    /// and then logged into one of its sessions are read from the table instead.
    private func addMissingPeople(
        _ finals: inout [SyncRecordKey: StoreOperation], _ connection: PostgresConnection, logger: Logger
    ) async throws {
        guard officeCity != nil else { return }
        var missing: Set<String> = []
        for op in finals.values {
            if case .putParticipation(let p) = op, local.state.people[p.person] == nil,
                finals[.person(p.person)] == nil
            {
                missing.insert(p.person)
            }
        }
        guard !missing.isEmpty else { return }
        let rows = try await connection.ask(
            "SELECT record::text FROM ecovol.people WHERE id = ANY(\(Array(missing)))", logger: logger)
        for try await text in rows.decode(String.self) {
            let person = try decoder.decode(Person.self, from: Data(text.utf8))
            finals[.person(person.id)] = .putPerson(person)
        }
    }

    private func applyLocally(_ finals: [SyncRecordKey: StoreOperation], protected: Set<SyncRecordKey>) async throws {
        let commit = try await local.commit(command: SyncOutbox.pullCommand) { state in
            finals.filter { !protected.contains($0.key) && !state.matches($0.value) }
                .map(\.value)
                .sorted { SyncRecordKey.applyOrder($0) < SyncRecordKey.applyOrder($1) }
        }
        report.pulledRecords += commit?.operations.count ?? 0
    }

    /// When the log cannot explain an office's rows (a province change of several cities is
    /// hidden from it), the rows themselves are compared with the local records.
    private func pullWholeTables(
        head: Int, protected: Set<SyncRecordKey>, _ connection: PostgresConnection, logger: Logger
    ) async throws {
        var server = OutreachState()
        var heads = head
        try await connection.ask("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
        do {
            for try await value in try await connection.ask("SELECT seq FROM ecovol.head", logger: logger).decode(
                Int.self)
            { heads = value }
            for (table, kind) in [("sessions", 0), ("people", 1), ("projects", 2)] {
                let rows = try await connection.ask(
                    PostgresQuery(unsafeSQL: "SELECT record::text FROM ecovol.\(table)"), logger: logger)
                for try await text in rows.decode(String.self) {
                    let data = Data(text.utf8)
                    switch kind {
                    case 0: server.apply(.putSession(try decoder.decode(Session.self, from: data)))
                    case 1: server.apply(.putPerson(try decoder.decode(Person.self, from: data)))
                    default: server.apply(.putProject(try decoder.decode(Project.self, from: data)))
                    }
                }
            }
            let rows = try await connection.ask(
                "SELECT record::text FROM ecovol.participations ORDER BY first_seq, first_position", logger: logger)
            for try await text in rows.decode(String.self) { server.put(try PostgresRecords.decodeParticipation(text)) }
            try await connection.ask("COMMIT", logger: logger)
        } catch {
            if !PostgresFailure.isConnectionLoss(error) { _ = try? await connection.ask("ROLLBACK", logger: logger) }
            throw error
        }
        let ops = PostgresOutreachStore.reconcile(local.state, to: server)
        var finals: [SyncRecordKey: StoreOperation] = [:]
        for op in ops { finals[SyncRecordKey(op)] = op }
        try await applyLocally(finals, protected: protected)
        report.pulledChanges += heads - state.lastPulled
        state.lastPulled = heads
        try save()
    }
}
