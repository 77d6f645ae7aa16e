import Foundation
import Testing

@testable import EcoVolKit

/// The PostgreSQL server the tests use: `Scripts/with-postgres.sh` (run by `make test`)
/// starts a throw-away cluster and passes its superuser URL in ECOVOL_TEST_POSTGRES_URL.
/// Each test gets its own database, created here and dropped afterwards.
enum PostgresTestServer {
    static var adminURL: String? {
        ProcessInfo.processInfo.environment["ECOVOL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// True when the PostgreSQL tests should run (a server is configured, or one is required).
    static var isConfigured: Bool {
        adminURL != nil || ProcessInfo.processInfo.environment["ECOVOL_TEST_REQUIRE_POSTGRES"] == "1"
    }

    static func requireAdminURL() throws -> String {
        guard let adminURL else {
            throw StoreError(
                .cannotConnect,
                LocalizedText(
                    verbatim:
                        "ECOVOL_TEST_REQUIRE_POSTGRES is set but ECOVOL_TEST_POSTGRES_URL is not: run the tests through Scripts/with-postgres.sh (make test does)"
                ))
        }
        return adminURL
    }

    /// `url` with its database replaced.
    static func url(_ base: String, database: String) -> String {
        var parts = URLComponents(string: base)
        parts?.path = "/" + database
        return parts?.string ?? base
    }

    /// A new, empty database with the ecovol schema; returns its URL.
    @MainActor
    static func freshDatabase(initialise: Bool = true) async throws -> (url: String, drop: @MainActor () async -> Void)
    {
        let admin = try requireAdminURL()
        let name = "ecovol_t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        try await PostgresAdministration.execute(url: admin, environment: [:], ["CREATE DATABASE \(name)"])
        let url = url(admin, database: name)
        if initialise { _ = try await PostgresAdministration.initialise(url: url, environment: [:]) }
        return (
            url,
            {
                try? await PostgresAdministration.execute(
                    url: admin, environment: [:], ["DROP DATABASE IF EXISTS \(name) WITH (FORCE)"])
            }
        )
    }

    /// Every instance keeps its local replica in one data directory, as processes of one
    /// laptop do, so the suite runs on the replica path (the memory-only path is what the
    /// other PostgreSQL tests open).
    @MainActor
    static func fixture(now: @escaping @Sendable () -> Date) async throws -> StoreBackendFixture {
        let (url, drop) = try await freshDatabase()
        let home = DataDirectory(path: (temporaryStoreDirectory() as NSString).deletingLastPathComponent + "/home")
        return StoreBackendFixture(
            kind: .postgres,
            open: { try await PostgresOutreachStore.open(url: url, environment: [:], now: now, replicaIn: home) },
            cleanup: {
                await drop()
                try? FileManager.default.removeItem(atPath: (home.path as NSString).deletingLastPathComponent)
            })
    }
}
