import Foundation

/// `ecovol store copy FROM TO`: moves a whole store between backends — a laptop's JSON
/// directory into the province's PostgreSQL server when a city joins, or the server's records
/// back out into a directory when an office leaves — keeping every record id and the history:
/// each journal change arrives as a change with its command, time and `undoes`. The target
/// must be empty, so a copy never mixes into records already there.
@MainActor
public enum StoreCopy {
    /// What a copy did.
    public struct Report: Sendable, Equatable {
        package var changes: Int
        package var sessions: Int
        package var people: Int
        package var participations: Int
        package var seq: Int
    }

    /// Operations per change when the source's snapshot (whose own changes were folded away by
    /// compaction) is carried over: small enough for one server round of statements each.
    static let snapshotBatch = 2_000

    public static func copy(
        from source: StoreLocation, to target: StoreLocation, dataDirectory: DataDirectory,
        environment: [String: String], language: Language = .en,
        progress: (any ProgressReporter)?
    ) async throws -> Report {
        guard source != target else { throw StoreError(.refused, L(.storeCopyErrorSame)) }
        let changes = try await history(of: source, environment: environment)
        let destination: any OutreachStore
        switch target {
        case .directory(let path): destination = try JSONOutreachStore(directory: path, clock: ChangeClock())
        case .postgres(let url):
            // No replica while copying: the first start afterwards reads the tables in bulk.
            destination = try await PostgresOutreachStore.open(url: url, environment: environment)
        }
        do {
            guard destination.seq == 0, destination.state.sessions.isEmpty, destination.state.people.isEmpty else {
                throw StoreError(.refused, L(.storeCopyErrorNotEmpty, ["target": target.displayText]))
            }
            let total = changes.reduce(0) { $0 + $1.operations.count }
            var done = 0
            for change in changes {
                try await append(change, to: destination)
                done += change.operations.count
                progress?.update(label: L(.storeCopyProgress).text(language), done: done, total: total)
            }
            progress?.finish()
            let s = destination.state
            let report = Report(
                changes: changes.count, sessions: s.sessions.count, people: s.people.count,
                participations: s.participationCount, seq: destination.seq)
            await destination.close()
            return report
        } catch {
            progress?.finish()
            await destination.close()
            throw error
        }
    }

    /// Writes one change with its own time and command at the next seq.
    static func append(_ change: StoreChange, to store: any OutreachStore) async throws {
        switch store {
        case let server as PostgresOutreachStore:
            try await server.append(change)
        case let directory as JSONOutreachStore:
            try directory.append(change)
        default:
            try await store.commit(command: change.command, undoes: change.undoes) { _ in change.operations }
        }
    }

    /// Every change of the store at `location`, numbered 1… in order. A JSON store's snapshot
    /// (the history compaction folded away) comes first, as changes of `snapshotBatch`
    /// operations; its journal follows with `undoes` renumbered to match.
    static func history(of location: StoreLocation, environment: [String: String]) async throws -> [StoreChange] {
        switch location {
        case .directory(let path):
            guard
                FileManager.default.fileExists(atPath: path + "/outreach.json")
                    || FileManager.default.fileExists(atPath: path + "/journal.jsonl")
            else {
                throw StoreError(.refused, L(.storeCopyErrorNoSource, ["source": path]))
            }
            let (base, baseSeq, savedAt, entries) = try JSONOutreachStore.history(directory: path)
            var ops: [StoreOperation] = base.sessions.values.sorted { $0.id < $1.id }.map { .putSession($0) }
            ops += base.people.values.sorted { $0.id < $1.id }.map { .putPerson($0) }
            ops += base.customProjects.values.sorted { $0.id < $1.id }.map { .putProject($0) }
            ops += base.allParticipations.map { .putParticipation($0) }
            var changes: [StoreChange] = []
            var start = 0
            while start < ops.count {
                let end = min(start + snapshotBatch, ops.count)
                changes.append(
                    StoreChange(
                        seq: changes.count + 1, at: savedAt ?? Date(), command: "copy",
                        operations: Array(ops[start..<end])))
                start = end
            }
            let shift = changes.count - baseSeq
            for e in entries {
                let undoes = e.undoes.map { $0 > baseSeq ? $0 + shift : nil } ?? nil
                changes.append(
                    StoreChange(
                        seq: e.seq + shift, at: e.at, command: e.command, undoes: undoes, operations: e.operations))
            }
            return changes
        case .postgres(let url):
            return try await PostgresOutreachStore.history(url: url, environment: environment)
        }
    }
}
