import Foundation

/// The store as commands and reports see it. The JSON-file store implements it today; a
/// PostgreSQL backend can implement it later without touching a command, because commands
/// only read `state` and hand `commit` a function from the current state to the changes.
public protocol OutreachStore: AnyObject {
    /// Everything, as of the last `refresh` or `commit`.
    var state: OutreachState { get }
    /// Where the data lives (a directory, later perhaps a connection string).
    var location: String { get }
    /// False when the store opened read-only (newer schema, read-only directory, corruption).
    var isWritable: Bool { get }
    /// Notes gathered while opening or catching up (a torn tail set aside …), cleared when read.
    func drainWarnings() -> [LocalizedText]
    /// Catches up with changes other processes have made.
    func refresh() throws
    /// Catches up, calls `build` with the current state under the write lock, and makes the
    /// changes it returns durable as one numbered change. Returns nil when `build` returned
    /// nothing. Only after this returns is a change "saved".
    @discardableResult
    func commit(command: String, undoes: Int?, _ build: (OutreachState) throws -> [StoreOperation]) throws -> StoreCommit?
    /// Rewrites the snapshot when the journal has grown past its threshold.
    @discardableResult
    func compactIfNeeded() throws -> CompactionReport?
    /// Rewrites the snapshot now.
    @discardableResult
    func compact() throws -> CompactionReport
    /// Compacts if needed and releases files.
    func close()
}

extension OutreachStore {
    @discardableResult
    public func commit(command: String, _ build: (OutreachState) throws -> [StoreOperation]) throws -> StoreCommit? {
        try commit(command: command, undoes: nil, build)
    }

    /// Appends already-built operations (the benchmark's and importers' entry point).
    @discardableResult
    public func append(command: String, _ operations: [StoreOperation]) throws -> StoreCommit? {
        try commit(command: command, undoes: nil) { _ in operations }
    }
}

/// A change that was made durable.
public struct StoreCommit: Sendable, Equatable {
    public var seq: Int
    public var command: String
    public var operations: [StoreOperation]
    /// The operations that revert it, computed from the state before it.
    public var inverse: [StoreOperation]
}

/// What a compaction did.
public struct CompactionReport: Sendable, Equatable {
    public var generation: Int
    public var seq: Int
    public var snapshotBytes: Int
    public var journalLinesFolded: Int
    public var seconds: Double
}
