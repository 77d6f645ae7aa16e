import Foundation
import Testing
@testable import EcoVolKit

/// The PostgreSQL server the tests use, once that backend exists: its URL comes in
/// ECOVOL_TEST_POSTGRES_URL.
enum PostgresTestServer {
    static var isConfigured: Bool {
        ProcessInfo.processInfo.environment["ECOVOL_TEST_POSTGRES_URL"].map { !$0.isEmpty } == true
            || ProcessInfo.processInfo.environment["ECOVOL_TEST_REQUIRE_POSTGRES"] == "1"
    }

    @MainActor
    static func fixture(now: @escaping @Sendable () -> Date) async throws -> StoreBackendFixture {
        throw StoreError(.cannotConnect, LocalizedText(verbatim: "the PostgreSQL backend is not built yet"))
    }
}
