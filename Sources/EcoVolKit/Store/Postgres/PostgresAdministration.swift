import Foundation
import PostgresNIO

/// The province's one-off and rare tasks on the shared server: creating or migrating the
/// schema (`store init`), and describing it (`store info`). Run by the role that owns the
/// schema — the province — never by an office.
@MainActor
public enum PostgresAdministration {
    /// What `store init` did.
    public struct InitReport: Sendable, Equatable {
        /// Migrations applied now, oldest first (empty when the schema was current).
        package var applied: [Int]
        package var version: Int
    }

    /// Creates the schema or applies the migrations it lacks, each in its own transaction
    /// under the writers' lock, so two `store init`s at once do not collide and a failure
    /// leaves the last complete version.
    public static func initialise(url: String, environment: [String: String]) async throws -> InitReport {
        let settings = try PostgresSettings.parse(url, environment: environment)
        return try await withConnection(settings) { connection, logger in
            var applied: [Int] = []
            try await transaction(connection, logger: logger) {
                try await connection.takeWriteLock(logger: logger)
                for statement in PostgresSchema.bootstrap {
                    try await connection.ask(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
            }
            for migration in PostgresSchema.migrations {
                try await transaction(connection, logger: logger) {
                    try await connection.takeWriteLock(logger: logger)
                    var present = false
                    for try await found in try await connection.ask(
                        "SELECT EXISTS (SELECT 1 FROM ecovol.schema_migrations WHERE version = \(migration.version))",
                        logger: logger
                    ).decode(Bool.self) {
                        present = found
                    }
                    guard !present else { return }
                    for statement in migration.statements {
                        try await connection.ask(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.ask(
                        "INSERT INTO ecovol.schema_migrations (version, description) VALUES (\(migration.version), \(migration.description))",
                        logger: logger)
                    applied.append(migration.version)
                }
            }
            try await SyncServerSchema.install(connection, logger: logger)
            var version = 0
            for try await v in try await connection.ask(
                "SELECT coalesce(max(version), 0)::int8 FROM ecovol.schema_migrations", logger: logger
            ).decode(Int.self) { version = v }
            return InitReport(applied: applied, version: version)
        }
    }

    /// A city office's login.
    package struct Office: Sendable, Equatable {
        package var role: String
        package var city: String
        package var created: Date
    }

    /// Office role names: what PostgreSQL takes unquoted, so psql users type them as is.
    static func validRoleName(_ name: String) throws -> String {
        let lower = name.lowercased()
        let ok =
            !lower.isEmpty && lower.count <= 40 && lower.first.map { $0 >= "a" && $0 <= "z" } == true
            && lower.allSatisfy { ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "_" }
        guard ok, !lower.hasPrefix("pg_"), !["postgres", "public", "ecovol"].contains(lower) else {
            throw StoreError(
                .refused, L(.sharedStoreErrorBadOfficeName, ["name": TerminalSafeText.clip(name, maxLength: 40)]))
        }
        return lower
    }

    /// Creates a login role for the office of `city` (a 市州 name or alias), confined by the
    /// row-level security policies to that city; returns the role and its new password.
    package static func addOffice(url: String, environment: [String: String], name: String, city: String) async throws
        -> (office: Office, password: String)
    {
        let role = try validRoleName(name)
        guard let found = City.find(city) else {
            throw StoreError(
                .refused,
                L(
                    .sharedStoreErrorBadCity,
                    ["value": TerminalSafeText.clip(city, maxLength: 30), "accepted": City.acceptedText]))
        }
        let password = randomPassword()
        let settings = try PostgresSettings.parse(url, environment: environment)
        return try await withConnection(settings) { connection, logger in
            var office = Office(role: role, city: found.name, created: Date())
            try await transaction(connection, logger: logger) {
                try await connection.takeWriteLock(logger: logger)
                var exists = false
                for try await e in try await connection.ask(
                    "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = \(role))", logger: logger
                ).decode(Bool.self) { exists = e }
                if exists { throw StoreError(.refused, L(.sharedStoreErrorOfficeExists, ["name": role])) }
                // Role names and passwords cannot be bound parameters; both are checked or generated here.
                try await connection.ask(
                    PostgresQuery(unsafeSQL: "CREATE ROLE \(role) LOGIN PASSWORD '\(password)'"), logger: logger)
                try await connection.ask(
                    PostgresQuery(
                        unsafeSQL:
                            "DO $$ BEGIN EXECUTE format('GRANT %I TO \(role)', 'ecovol_office_' || current_database()); END $$"
                    ), logger: logger)
                for try await created in try await connection.ask(
                    "INSERT INTO ecovol.offices (role, city) VALUES (\(role), \(found.name)) RETURNING created",
                    logger: logger
                ).decode(Date.self) {
                    office.created = created
                }
            }
            return (office, password)
        }
    }

    package static func offices(url: String, environment: [String: String]) async throws -> [Office] {
        let settings = try PostgresSettings.parse(url, environment: environment)
        return try await withConnection(settings) { connection, logger in
            var list: [Office] = []
            for try await (role, city, created) in try await connection.ask(
                "SELECT role::text, city, created FROM ecovol.offices ORDER BY city, role", logger: logger
            ).decode((String, String, Date).self) {
                list.append(Office(role: role, city: city, created: created))
            }
            return list
        }
    }

    /// Drops the office's login; its records stay (they belong to the province).
    package static func removeOffice(url: String, environment: [String: String], name: String) async throws -> Office {
        let role = try validRoleName(name)
        let settings = try PostgresSettings.parse(url, environment: environment)
        return try await withConnection(settings) { connection, logger in
            var removed: Office?
            try await transaction(connection, logger: logger) {
                try await connection.takeWriteLock(logger: logger)
                for try await (city, created) in try await connection.ask(
                    "DELETE FROM ecovol.offices WHERE role = \(role) RETURNING city, created", logger: logger
                ).decode((String, Date).self) {
                    removed = Office(role: role, city: city, created: created)
                }
                guard removed != nil else {
                    throw StoreError(.refused, L(.sharedStoreErrorNoOffice, ["name": role]))
                }
                try await connection.ask(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \(role)"), logger: logger)
            }
            guard let removed else { throw StoreError(.refused, L(.sharedStoreErrorNoOffice, ["name": role])) }
            return removed
        }
    }

    /// 24 characters from an unambiguous alphabet (about 139 bits), from the system's CSPRNG.
    static func randomPassword() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<24).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }

    /// Runs `body` inside BEGIN … COMMIT, rolling back when it throws.
    static func transaction(_ connection: PostgresConnection, logger: Logger, _ body: () async throws -> Void)
        async throws
    {
        try await connection.ask("BEGIN", logger: logger)
        do {
            try await body()
            try await connection.ask("COMMIT", logger: logger)
        } catch {
            // Nothing more on a lost connection: the server rolled back, and waiting would hang.
            if !PostgresFailure.isConnectionLoss(error) { _ = try? await connection.ask("ROLLBACK", logger: logger) }
            throw error
        }
    }

    /// One connection for one task, with failures turned into clear messages.
    static func withConnection<T>(_ settings: PostgresSettings, _ body: (PostgresConnection, Logger) async throws -> T)
        async throws -> T
    {
        var logger = Logger(label: "ecovol.postgres")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresDeadline.connect(settings, logger: logger)
        } catch {
            throw PostgresFailure.connecting(error, settings)
        }
        do {
            try await PostgresOutreachStore.checkVersion(connection, settings: settings, logger: logger)
            let result = try await body(connection, logger)
            await PostgresDeadline.close(connection)
            return result
        } catch {
            await PostgresDeadline.close(connection)
            throw PostgresFailure.working(error, settings, writing: true)
        }
    }

    /// Province-wide figures of one city, from the aggregate views every office may read.
    public struct CityTotal: Sendable, Equatable {
        package var city: String
        package var sessions: Int
        package var sessionsDone: Int
        package var sessionsCancelled: Int
        package var reached: Int
        package var attendances: Int
        package var hours: Double
        package var volunteers: Int
    }

    /// Counts, hours and people reached by city, for the whole province — readable by every
    /// office, with no name or phone in them.
    public static func cityTotals(url: String, environment: [String: String]) async throws -> [CityTotal] {
        let settings = try PostgresSettings.parse(url, environment: environment)
        return try await withConnection(settings) { connection, logger in
            var list: [CityTotal] = []
            let rows = try await connection.ask(
                """
                SELECT t.city, t.sessions::int8, t.sessions_done::int8, t.sessions_cancelled::int8, t.reached::int8,
                       t.attendances::int8, t.hours::float8, coalesce(v.volunteers, 0)::int8
                FROM ecovol.city_totals t LEFT JOIN ecovol.city_volunteers v ON v.city = t.city
                """, logger: logger)
            for try await (city, sessions, done, cancelled, reached, attendances, hours, volunteers) in rows.decode(
                (String, Int, Int, Int, Int, Int, Double, Int).self)
            {
                list.append(
                    CityTotal(
                        city: city, sessions: sessions, sessionsDone: done, sessionsCancelled: cancelled,
                        reached: reached, attendances: attendances, hours: hours, volunteers: volunteers))
            }
            // The province's order of its nine cities (贵阳市 first), then any other place by name.
            let order: (String) -> Int = { name in City.all.firstIndex { $0.name == name } ?? City.all.count }
            return list.sorted { (order($0.city), $0.city) < (order($1.city), $1.city) }
        }
    }

    /// Every row of a query whose columns are all text (tests look at what a role can see;
    /// the benchmarks check their databases).
    public static func rows(url: String, environment: [String: String], _ sql: String) async throws -> [[String?]] {
        let settings = try PostgresSettings.parse(url, environment: environment)
        return try await withConnection(settings) { connection, logger in
            var result: [[String?]] = []
            for try await row in try await connection.ask(PostgresQuery(unsafeSQL: sql), logger: logger) {
                var values: [String?] = []
                for cell in row { values.append(try cell.decode(String?.self)) }
                result.append(values)
            }
            return result
        }
    }

    /// Runs SQL statements as given (tests and benchmarks create and drop their throw-away
    /// databases).
    public static func execute(url: String, environment: [String: String], _ statements: [String]) async throws {
        let settings = try PostgresSettings.parse(url, environment: environment)
        try await withConnection(settings) { connection, logger in
            for statement in statements {
                try await connection.ask(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }
}
