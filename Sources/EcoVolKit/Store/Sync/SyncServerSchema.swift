import Foundation
import PostgresNIO

/// What the server keeps for offline sync, beside the `changes` log: which change each
/// laptop's (origin, local seq) became. Its primary key is what makes a push idempotent —
/// the database itself refuses a second copy of a change, so a sync killed after the server
/// committed and before the laptop noted it cannot duplicate anything. The conflicts found
/// while pushing are kept with the row, so a laptop that died before saving them learns them
/// again. Each office sees only the rows it wrote.
enum SyncServerSchema {
    static let statements: [String] = [
        """
        CREATE TABLE IF NOT EXISTS ecovol.sync_pushes (
            origin text NOT NULL,
            local_seq bigint NOT NULL,
            seq bigint NOT NULL,
            role text NOT NULL DEFAULT current_user,
            conflicts jsonb NOT NULL DEFAULT '[]',
            PRIMARY KEY (origin, local_seq)
        )
        """,
        "CREATE INDEX IF NOT EXISTS sync_pushes_seq ON ecovol.sync_pushes (seq)",
        "ALTER TABLE ecovol.sync_pushes ENABLE ROW LEVEL SECURITY",
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'ecovol' AND tablename = 'sync_pushes'
                           AND policyname = 'office_sync_pushes') THEN
                CREATE POLICY office_sync_pushes ON ecovol.sync_pushes
                    USING (role = current_user) WITH CHECK (role = current_user);
            END IF;
            EXECUTE format('GRANT SELECT, INSERT ON ecovol.sync_pushes TO %I', 'ecovol_office_' || current_database());
        END $$
        """,
    ]

    /// Creates what is missing (every statement may run again).
    static func install(_ connection: PostgresConnection, logger: Logger) async throws {
        try await PostgresAdministration.transaction(connection, logger: logger) {
            try await connection.takeWriteLock(logger: logger)
            for statement in statements {
                try await connection.ask(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }

    /// True when the server has the table (`store init` of this version was run).
    static func isInstalled(_ connection: PostgresConnection, logger: Logger) async throws -> Bool {
        var found = false
        for try await present in try await connection.ask(
            "SELECT to_regclass('ecovol.sync_pushes') IS NOT NULL", logger: logger
        ).decode(Bool.self) { found = present }
        return found
    }
}
