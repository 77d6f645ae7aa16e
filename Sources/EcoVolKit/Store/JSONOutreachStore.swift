import Foundation

/// The JSON-file store behind the `OutreachStore` seam: one coordinator's laptop, one
/// directory. The files themselves (snapshot, journal, lock, doctor) are `JSONFileStore`'s
/// business; this type only adapts it, so file maintenance stays out of the protocol and
/// `store compact|backup|doctor` reach `files` directly.
@MainActor
public final class JSONOutreachStore: OutreachStore {
    /// The file store, for the file-only maintenance `StoreTool` does.
    package let files: JSONFileStore
    /// Set when a copy opened this store to carry changes in with their own times.
    var clock: ChangeClock?

    package init(files: JSONFileStore) {
        self.files = files
    }

    /// Opens (creating when needed) the store in `directory`.
    public convenience init(directory: String, options: JSONFileStore.Options = .init()) throws {
        self.init(files: try JSONFileStore(directory: directory, options: options))
    }

    public var state: OutreachState { files.state }
    public var location: String { files.directory }
    public var kind: StoreKind { .json }
    public var seq: Int { files.statistics.seq }
    public var isWritable: Bool { files.isWritable }

    public func drainWarnings() -> [LocalizedText] { files.drainWarnings() }

    public func refresh() async throws { try files.refresh() }

    @discardableResult
    public func commit(command: String, undoes: Int?, _ build: (OutreachState) throws -> [StoreOperation]) async throws
        -> StoreCommit?
    {
        try files.commit(command: command, undoes: undoes) { state in
            let operations = try build(state)
            try StoreOperationCheck.check(operations)
            return operations
        }
    }

    public func close() async { files.close() }

    /// Stores larger than this on disk (about 50,000 records, some 100 ms to open) are not
    /// opened just to greet.
    static let quickOpenLimit: Int64 = 6_000_000

    /// Snapshot plus journal bytes in `directory` (0 when there is no store yet).
    static func bytesOnDisk(_ directory: String) -> Int64 {
        ["outreach.json", "journal.jsonl"].reduce(0) { total, name in
            let size =
                (try? FileManager.default.attributesOfItem(atPath: directory + "/" + name)[.size] as? NSNumber)?
                .int64Value ?? 0
            return total + size
        }
    }
}

extension JSONFileStore {
    /// `commit` without `undoes` (tests and benchmarks that drive the files directly).
    @discardableResult
    package func commit(command: String, _ build: (OutreachState) throws -> [StoreOperation]) throws -> StoreCommit? {
        try commit(command: command, undoes: nil, build)
    }

    /// Appends already-built operations (the benchmark's entry point).
    @discardableResult
    public func append(command: String, _ operations: [StoreOperation]) throws -> StoreCommit? {
        try commit(command: command, undoes: nil) { _ in operations }
    }
}
