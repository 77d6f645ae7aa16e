import Foundation

/// The store as commands and reports see it, whatever keeps the records: the JSON files of one
/// coordinator's laptop, a province's PostgreSQL server, or memory in a test. Commands only
/// read `state` and hand `commit` a function from the current state to the changes, so a new
/// backend needs no change to any command.
///
/// ## Contract (every backend; the conformance suite checks it)
/// - **Isolation.** A store instance belongs to the main actor, like the `CommandContext` that
///   owns it: one command at a time per instance. Its methods are `async` because a server
///   backend awaits the network. Concurrency is *between* instances — other processes, other
///   laptops, or a second instance in the same process — and that is what the guarantees
///   below are about.
/// - **What `state` shows.** The records as of this instance's last `open`, `refresh` or
///   successful `commit`, and nothing newer: other writers' changes appear only when this
///   instance refreshes or commits. Reading `state` never touches the network, and once the
///   instance has refreshed or committed it never touches disk either, so completion and
///   rendering may read it freely. (Right after a later start a server store may still be
///   reading its local replica on another thread; reading `state` then waits for that read.)
/// - **What `refresh` sees.** Every change acknowledged (by any instance) before `refresh`
///   started, applied in `seq` order. It never applies half a change.
/// - **What `commit` guarantees.** It catches up first, then calls `build` exactly once with
///   the fresh state while holding the store's write lock, so no other writer's change can
///   land between what `build` saw and what it wrote (no lost updates, no duplicate ids). The
///   operations `build` returns become one change with the next `seq`, applied whole or not at
///   all. When `commit` returns the change is durable ("saved"); when it throws, nothing of it
///   was saved and the state is as before. A `build` that returns no operations writes nothing
///   and returns nil; an error thrown by `build` is rethrown unchanged.
/// - **History.** Changes are numbered 1, 2, 3… without gaps in commit order; `/undo` is a
///   new change (with `undoes` naming the one it reverts), never a rewrite of history.
@MainActor
public protocol OutreachStore: AnyObject, Sendable {
    /// Everything, as of the last `refresh` or `commit` (see the contract).
    var state: OutreachState { get }
    /// Where the data lives, for messages: a directory, or a URL without its password.
    var location: String { get }
    /// Which kind of backend this is (for `store info` and the greeting).
    var kind: StoreKind { get }
    /// The `seq` of the newest change this instance has applied (0 for an empty store).
    var seq: Int { get }
    /// False when writes are refused (newer schema, read-only directory, corruption, a role
    /// without write rights).
    var isWritable: Bool { get }
    /// Notes gathered while opening or catching up (a torn tail set aside …), cleared when read.
    func drainWarnings() -> [LocalizedText]
    /// Catches up with changes other instances have made.
    func refresh() async throws
    /// Catches up, calls `build` with the current state under the write lock, and makes the
    /// changes it returns durable as one numbered change. Returns nil when `build` returned
    /// nothing. Only after this returns is a change "saved".
    @discardableResult
    func commit(command: String, undoes: Int?, _ build: (OutreachState) throws -> [StoreOperation]) async throws
        -> StoreCommit?
    /// Releases files or connections (the JSON store also compacts a grown journal). The
    /// instance must not be used afterwards.
    func close() async
}

extension OutreachStore {
    @discardableResult
    package func commit(command: String, _ build: (OutreachState) throws -> [StoreOperation]) async throws
        -> StoreCommit?
    {
        try await commit(command: command, undoes: nil, build)
    }

    /// Appends already-built operations (importers' and the demo's entry point).
    @discardableResult
    public func append(command: String, _ operations: [StoreOperation]) async throws -> StoreCommit? {
        try await commit(command: command, undoes: nil) { _ in operations }
    }
}

/// The kinds of backend the factory can open.
public enum StoreKind: String, Sendable, Equatable {
    case json, postgres, memory
}

/// A change that was made durable.
public struct StoreCommit: Sendable, Equatable {
    package var seq: Int
    package var command: String
    package var operations: [StoreOperation]
    /// The operations that revert it, computed from the state before it.
    package var inverse: [StoreOperation]
}
