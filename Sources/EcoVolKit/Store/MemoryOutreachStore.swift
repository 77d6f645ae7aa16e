import Foundation

/// Records kept in memory and shared by every `MemoryOutreachStore` opened on it, the way a
/// directory or a server is shared by processes: an ordered log of changes. Tests use it to
/// run the conformance suite and command tests without touching disk.
@MainActor
package final class MemoryStoreDatabase {
    /// Every change ever committed, in `seq` order (seq = index + 1).
    package private(set) var changes: [StoreChange] = []
    /// When set, the next commit fails before anything is written (fault injection in tests).
    package var failNextCommit: StoreError?

    package init() {}

    func append(_ change: StoreChange) {
        changes.append(change)
    }
}

/// One numbered change as every backend records it: the authoritative history that other
/// instances replay to catch up, and that `store copy` carries from one backend to another.
package struct StoreChange: Sendable, Equatable {
    package var seq: Int
    package var at: Date
    package var command: String
    package var undoes: Int?
    package var operations: [StoreOperation]

    package init(seq: Int, at: Date, command: String, undoes: Int? = nil, operations: [StoreOperation]) {
        self.seq = seq
        self.at = at
        self.command = command
        self.undoes = undoes
        self.operations = operations
    }
}

/// An `OutreachStore` over a `MemoryStoreDatabase`: each instance keeps its own state and the
/// last seq it applied, and catches up from the shared log exactly as a server client does,
/// so the conformance suite's staleness and concurrency scenarios mean the same thing here.
@MainActor
package final class MemoryOutreachStore: OutreachStore {
    package let database: MemoryStoreDatabase
    package private(set) var state = OutreachState()
    package private(set) var seq = 0
    package var location: String { "memory" }
    package var kind: StoreKind { .memory }
    package var isWritable: Bool { true }
    private let now: @Sendable () -> Date

    package init(
        database: MemoryStoreDatabase = MemoryStoreDatabase(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.now = now
        catchUp()
    }

    package func drainWarnings() -> [LocalizedText] { [] }

    package func refresh() async throws { catchUp() }

    private func catchUp() {
        for change in database.changes.dropFirst(seq) {
            for op in change.operations { state.apply(op) }
            seq = change.seq
        }
    }

    @discardableResult
    package func commit(command: String, undoes: Int?, _ build: (OutreachState) throws -> [StoreOperation]) async throws
        -> StoreCommit?
    {
        // Everything below runs without a suspension point, so on the main actor it is as
        // exclusive as a held write lock.
        catchUp()
        let ops = try build(state).map(\.normalized)
        guard !ops.isEmpty else { return nil }
        try StoreOperationCheck.check(ops)
        if let failure = database.failNextCommit {
            database.failNextCommit = nil
            throw failure
        }
        let inverse = state.inverse(of: ops)
        let change = StoreChange(
            seq: seq + 1, at: ISOTimestamp.normalize(now()), command: command, undoes: undoes, operations: ops)
        database.append(change)
        for op in ops { state.apply(op) }
        seq = change.seq
        return StoreCommit(seq: change.seq, command: command, operations: ops, inverse: inverse)
    }

    package func close() async {}
}
