/// The shared store's tables in schema `ecovol`, as numbered migrations. `store init` applies
/// the ones a database lacks, each in its own transaction, and records them in
/// `ecovol.schema_migrations`, so a half-applied migration never exists and a newer ecovol
/// can migrate an older province's database in place.
///
/// Why this shape: `changes` is the authoritative log every client replays (seq, time, role,
/// command, operations as JSONB). The record tables are kept in step with it in the same
/// transaction, with real columns for what reports filter and sum, so psql, Metabase or
/// Superset read them directly; their `record` column holds the exact record for clients.
enum PostgresSchema {
    struct Migration: Sendable {
        var version: Int
        var description: String
        var statements: [String]
    }

    /// The newest schema this version of ecovol knows.
    static var currentVersion: Int { migrations.last?.version ?? 0 }

    /// Serialises writers (commits, migrations, office changes) across every client.
    static let writeLockKey: Int64 = 0x6563_6F76_6F6C

    static let migrations: [Migration] = [
        Migration(
            version: 1, description: "sessions, people, participations, projects and the changes log",
            statements: [
                """
                CREATE TABLE IF NOT EXISTS ecovol.head (
                    id int PRIMARY KEY DEFAULT 1 CHECK (id = 1),
                    seq bigint NOT NULL
                )
                """,
                "INSERT INTO ecovol.head (id, seq) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
                """
                CREATE TABLE ecovol.changes (
                    seq bigint PRIMARY KEY,
                    time timestamptz NOT NULL,
                    role text NOT NULL DEFAULT current_user,
                    command text NOT NULL,
                    undoes bigint,
                    cities text[] NOT NULL DEFAULT '{}',
                    operations jsonb NOT NULL
                )
                """,
                """
                CREATE TABLE ecovol.sessions (
                    id text PRIMARY KEY,
                    title text NOT NULL,
                    type text NOT NULL,
                    training_level text,
                    start timestamptz NOT NULL,
                    "end" timestamptz NOT NULL,
                    time_zone text NOT NULL,
                    hours double precision NOT NULL,
                    venue text,
                    city text NOT NULL,
                    county text,
                    audience text,
                    project text,
                    capacity integer,
                    lecturers text[] NOT NULL DEFAULT '{}',
                    organiser text,
                    leader text,
                    recorder text,
                    support text[] NOT NULL DEFAULT '{}',
                    status text NOT NULL,
                    cancel_reason text,
                    reached integer,
                    rating integer,
                    notes text,
                    series text,
                    created timestamptz NOT NULL,
                    updated timestamptz NOT NULL,
                    record jsonb NOT NULL
                )
                """,
                "CREATE INDEX sessions_city_start ON ecovol.sessions (city, start)",
                """
                CREATE TABLE ecovol.people (
                    id text PRIMARY KEY,
                    name text NOT NULL,
                    phone text,
                    organisation text,
                    skills text[] NOT NULL DEFAULT '{}',
                    registered timestamptz NOT NULL,
                    consent text,
                    id_number text,
                    merged_into text,
                    updated timestamptz NOT NULL,
                    record jsonb NOT NULL
                )
                """,
                """
                CREATE TABLE ecovol.participations (
                    session_id text NOT NULL,
                    person_id text NOT NULL,
                    role text NOT NULL,
                    status text NOT NULL,
                    scheduled_hours double precision NOT NULL,
                    hours double precision NOT NULL,
                    credited_hours double precision NOT NULL,
                    check_in timestamptz,
                    check_out timestamptz,
                    evaluation integer,
                    note text,
                    logged timestamptz NOT NULL,
                    first_seq bigint NOT NULL,
                    first_position integer NOT NULL,
                    record jsonb NOT NULL,
                    PRIMARY KEY (session_id, person_id)
                )
                """,
                "CREATE INDEX participations_person ON ecovol.participations (person_id)",
                """
                CREATE TABLE ecovol.projects (
                    id text PRIMARY KEY,
                    name text NOT NULL,
                    city text,
                    note text,
                    created timestamptz NOT NULL,
                    record jsonb NOT NULL
                )
                """,
            ]),
        Migration(
            version: 2,
            description: "city offices: row-level security, confined changes log, province-wide aggregate views",
            statements: [
                """
                CREATE TABLE ecovol.offices (
                    role name PRIMARY KEY,
                    city text NOT NULL,
                    created timestamptz NOT NULL DEFAULT now(),
                    created_by text NOT NULL DEFAULT current_user
                )
                """,
                // The office group every office login belongs to; per database, so clusters can
                // hold several provinces' (or tests') databases.
                """
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ecovol_office_' || current_database()) THEN
                        EXECUTE format('CREATE ROLE %I NOLOGIN', 'ecovol_office_' || current_database());
                    END IF;
                END $$
                """,
                // The city of the office running a statement; NULL for the province (who owns the
                // tables and so is not subject to the policies below).
                """
                CREATE FUNCTION ecovol.office_city() RETURNS text LANGUAGE sql STABLE
                AS $$ SELECT city FROM ecovol.offices WHERE role = current_user $$
                """,
                "ALTER TABLE ecovol.people ADD COLUMN registered_by text NOT NULL DEFAULT current_user",
                "ALTER TABLE ecovol.sessions ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE ecovol.participations ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE ecovol.people ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE ecovol.projects ENABLE ROW LEVEL SECURITY",
                "ALTER TABLE ecovol.changes ENABLE ROW LEVEL SECURITY",
                // An office sees and writes the sessions of its city …
                "CREATE POLICY office_sessions ON ecovol.sessions USING (city = ecovol.office_city()) WITH CHECK (city = ecovol.office_city())",
                // … the participations in those sessions (the subquery is itself confined) …
                """
                CREATE POLICY office_participations ON ecovol.participations
                USING (EXISTS (SELECT 1 FROM ecovol.sessions s WHERE s.id = session_id))
                WITH CHECK (EXISTS (SELECT 1 FROM ecovol.sessions s WHERE s.id = session_id))
                """,
                // … and the people in them, or whom it registered itself (before their first log).
                """
                CREATE POLICY office_people_read ON ecovol.people FOR SELECT
                USING (registered_by = current_user OR EXISTS (SELECT 1 FROM ecovol.participations p WHERE p.person_id = id))
                """,
                "CREATE POLICY office_people_add ON ecovol.people FOR INSERT WITH CHECK (registered_by = current_user)",
                """
                CREATE POLICY office_people_change ON ecovol.people FOR UPDATE
                USING (registered_by = current_user OR EXISTS (SELECT 1 FROM ecovol.participations p WHERE p.person_id = id))
                """,
                """
                CREATE POLICY office_people_remove ON ecovol.people FOR DELETE
                USING (registered_by = current_user OR EXISTS (SELECT 1 FROM ecovol.participations p WHERE p.person_id = id))
                """,
                // The project library is shared; an office adds and edits its city's projects.
                "CREATE POLICY office_projects_read ON ecovol.projects FOR SELECT USING (true)",
                "CREATE POLICY office_projects_add ON ecovol.projects FOR INSERT WITH CHECK (city = ecovol.office_city())",
                "CREATE POLICY office_projects_change ON ecovol.projects FOR UPDATE USING (city = ecovol.office_city()) WITH CHECK (city = ecovol.office_city())",
                "CREATE POLICY office_projects_remove ON ecovol.projects FOR DELETE USING (city = ecovol.office_city())",
                // The log is confined the same way: an office reads and writes the changes that
                // touch its city only, so its replica never holds another city's names. A change
                // of the province's touching several cities stays hidden (it holds the others'
                // records); an office learns that one touched it and re-reads its rows instead.
                "CREATE POLICY office_changes_read ON ecovol.changes FOR SELECT USING (cities = ARRAY[ecovol.office_city()])",
                """
                CREATE FUNCTION ecovol.shared_changes_since(after bigint) RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER
                SET search_path = pg_catalog, pg_temp
                AS $$ SELECT count(*) FROM ecovol.changes
                      WHERE seq > after AND cardinality(cities) > 1
                        AND (SELECT o.city FROM ecovol.offices o WHERE o.role = session_user) = ANY (cities) $$
                """,
                "CREATE POLICY office_changes_add ON ecovol.changes FOR INSERT WITH CHECK (cities = ARRAY[ecovol.office_city()])",
                // Province-wide figures for everyone, without a name or a phone: views run with
                // their owner's (the province's) rights, so they count every city.
                """
                CREATE VIEW ecovol.city_totals AS
                SELECT s.city,
                       count(*) AS sessions,
                       count(*) FILTER (WHERE s.status = 'done') AS sessions_done,
                       coalesce(sum(s.reached), 0) AS reached,
                       coalesce(sum(pp.attended), 0) AS attendances,
                       coalesce(sum(pp.hours), 0) AS hours
                FROM ecovol.sessions s
                LEFT JOIN (SELECT session_id, count(*) FILTER (WHERE status = 'attended') AS attended, sum(credited_hours) AS hours
                           FROM ecovol.participations GROUP BY session_id) pp ON pp.session_id = s.id
                GROUP BY s.city
                """,
                """
                CREATE VIEW ecovol.city_volunteers AS
                SELECT s.city, count(DISTINCT p.person_id) AS volunteers
                FROM ecovol.participations p JOIN ecovol.sessions s ON s.id = p.session_id
                WHERE p.status = 'attended'
                GROUP BY s.city
                """,
                """
                DO $$ BEGIN
                    EXECUTE format('GRANT USAGE ON SCHEMA ecovol TO %I', 'ecovol_office_' || current_database());
                    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ecovol.sessions, ecovol.people, ecovol.participations, ecovol.projects TO %I', 'ecovol_office_' || current_database());
                    EXECUTE format('GRANT SELECT, INSERT ON ecovol.changes TO %I', 'ecovol_office_' || current_database());
                    EXECUTE format('GRANT SELECT, UPDATE ON ecovol.head TO %I', 'ecovol_office_' || current_database());
                    EXECUTE format('GRANT SELECT ON ecovol.schema_migrations, ecovol.offices, ecovol.city_totals, ecovol.city_volunteers TO %I', 'ecovol_office_' || current_database());
                END $$
                """,
            ]),
        // The views of version 2 summed hours as recorded: a session not over yet and time
        // counted twice by overlapping sessions were in them, so the province's figure could
        // be higher than every city's own `/report`. They now count as `HoursLedger` does.
        Migration(
            version: 3,
            description: "province-wide views count sessions, hours and volunteers as ecovol's reports do",
            statements: [
                "DROP VIEW ecovol.city_volunteers",
                "DROP VIEW ecovol.city_totals",
                PostgresProvinceViews.cityTotals,
                PostgresProvinceViews.cityVolunteers,
                """
                DO $$ BEGIN
                    EXECUTE format('GRANT SELECT ON ecovol.city_totals, ecovol.city_volunteers TO %I', 'ecovol_office_' || current_database());
                END $$
                """,
            ]),
    ]

    /// Run before any migration: the schema and the ledger of applied migrations.
    static let bootstrap = [
        "CREATE SCHEMA IF NOT EXISTS ecovol",
        """
        CREATE TABLE IF NOT EXISTS ecovol.schema_migrations (
            version integer PRIMARY KEY,
            description text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT current_user
        )
        """,
    ]
}
