import Foundation
import Testing

@testable import EcoVolKit

/// One backend's records, fresh for one test, from which any number of store instances can be
/// opened — the way several processes open one directory or one server.
@MainActor
final class StoreBackendFixture {
    let kind: StoreKind
    private let opener: @MainActor () async throws -> any OutreachStore
    private let cleanup: @MainActor () async -> Void
    private var opened: [any OutreachStore] = []

    init(
        kind: StoreKind, open: @escaping @MainActor () async throws -> any OutreachStore,
        cleanup: @escaping @MainActor () async -> Void = {}
    ) {
        self.kind = kind
        self.opener = open
        self.cleanup = cleanup
    }

    /// A new instance on the same records.
    func open() async throws -> any OutreachStore {
        let store = try await opener()
        opened.append(store)
        return store
    }

    /// Closes every instance and removes the records.
    func finish() async {
        for store in opened { await store.close() }
        opened = []
        await cleanup()
    }

    /// The backends the conformance suite runs on here. PostgreSQL joins when a server is
    /// configured; `make test` sets ECOVOL_TEST_REQUIRE_POSTGRES so a missing server fails
    /// the suite instead of leaving it out.
    nonisolated static var kinds: [StoreKind] {
        PostgresTestServer.isConfigured ? [.json, .memory, .postgres] : [.json, .memory]
    }

    static func make(_ kind: StoreKind, now: @escaping @Sendable () -> Date = { fixedNow }) async throws
        -> StoreBackendFixture
    {
        switch kind {
        case .json:
            let dir = temporaryStoreDirectory()
            return StoreBackendFixture(
                kind: kind, open: { try JSONOutreachStore(directory: dir, options: .init(now: now)) },
                cleanup: { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) })
        case .memory:
            let database = MemoryStoreDatabase()
            return StoreBackendFixture(kind: kind, open: { MemoryOutreachStore(database: database, now: now) })
        case .postgres:
            return try await PostgresTestServer.fixture(now: now)
        }
    }
}
