import Foundation
import PostgresNIO

/// The one connection a sync uses. Unlike the administration helpers it sends nothing more
/// on a connection that was lost (no ROLLBACK, no close handshake): the server has already
/// rolled back, and waiting on a dead connection would hang the sync instead of telling the
/// coordinator to sync again.
@MainActor
enum SyncConnection {
    static func with<T>(_ settings: PostgresSettings, _ body: (PostgresConnection, Logger) async throws -> T)
        async throws -> T
    {
        var logger = Logger(label: "ecovol.sync")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                configuration: try settings.configuration(), id: 1, logger: logger)
        } catch {
            throw PostgresFailure.connecting(error, settings)
        }
        do {
            try await PostgresOutreachStore.checkVersion(connection, settings: settings, logger: logger)
            let result = try await body(connection, logger)
            try? await connection.close()
            return result
        } catch {
            if !PostgresFailure.isConnectionLoss(error) { try? await connection.close() }
            throw PostgresFailure.working(error, settings, writing: true)
        }
    }

    /// BEGIN … COMMIT; ROLLBACK on failure unless the connection itself is gone.
    static func transaction(_ connection: PostgresConnection, logger: Logger, _ body: () async throws -> Void)
        async throws
    {
        try await connection.query("BEGIN", logger: logger)
        do {
            try await body()
            try await connection.query("COMMIT", logger: logger)
        } catch {
            if !PostgresFailure.isConnectionLoss(error) { _ = try? await connection.query("ROLLBACK", logger: logger) }
            throw error
        }
    }
}
