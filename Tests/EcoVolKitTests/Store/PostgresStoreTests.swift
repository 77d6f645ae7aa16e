import Foundation
import PostgresNIO
import Testing

@testable import EcoVolKit

/// What only the shared store has: the schema and its migrations, offices confined by
/// row-level security, the province-wide views, clear messages for a wrong password, a
/// missing database or an unreachable server, a server restart, and copying a JSON store in
/// and back out. Runs when a server is configured; `make test` requires one.
@MainActor
@Suite(
    .enabled(if: PostgresTestServer.isConfigured, "no PostgreSQL server configured (make test starts one)"), .serialized
)
struct PostgresStoreTests {
    static func unique(_ prefix: String) -> String {
        prefix + "_" + UUID().uuidString.prefix(8).lowercased().replacingOccurrences(of: "-", with: "")
    }

    @Test func initCreatesTheVersionedSchemaOnceAndCommandsRefuseWithoutIt() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase(initialise: false)
        defer { Task { await drop() } }
        do {
            _ = try await PostgresOutreachStore.open(url: url, environment: [:])
            Issue.record("opened a database without the schema")
        } catch let error as StoreError {
            #expect(error.kind == .notInitialised)
            #expect(error.message.en.contains("store init") && error.message.zh.contains("store init"))
        }
        let first = try await PostgresAdministration.initialise(url: url, environment: [:])
        #expect(first.applied == PostgresSchema.migrations.map(\.version))
        #expect(first.version == PostgresSchema.currentVersion)
        let again = try await PostgresAdministration.initialise(url: url, environment: [:])
        #expect(again.applied.isEmpty)
        let versions = try await PostgresAdministration.rows(
            url: url, environment: [:], "SELECT version::text FROM ecovol.schema_migrations ORDER BY version")
        #expect(versions.map { $0.first ?? nil } == PostgresSchema.migrations.map { String($0.version) })
        let tables = try await PostgresAdministration.rows(
            url: url, environment: [:],
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'ecovol' ORDER BY 1")
        let names = Set(tables.compactMap { $0.first ?? nil })
        #expect(names.isSuperset(of: ["sessions", "people", "participations", "projects", "changes", "city_totals"]))
    }

    @Test func rowsAreRealColumnsThatSQLToolsRead() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        var session = sampleSession("s1", hours: 2, city: "遵义市")
        session.reached = 300
        try await store.append(
            command: "schedule",
            [
                .putSession(session), .putPerson(samplePerson("p1")),
                .putParticipation(sampleParticipation("s1", "p1", hours: 2)),
            ])
        let rows = try await PostgresAdministration.rows(
            url: url, environment: [:],
            """
            SELECT s.city, s.type, s.audience, s.status, s.hours::text, s.reached::text, p.session_id, p.person_id, p.credited_hours::text, c.command, c.role, c.operations->0->>'put'
            FROM ecovol.sessions s JOIN ecovol.participations p ON p.session_id = s.id, ecovol.changes c
            """)
        #expect(
            rows.first == [
                "遵义市", "education", "community", "planned", "2", "300", "s1", "p1", "2", "schedule", "postgres",
                "session",
            ])
        await store.close()
    }

    @Test func wrongPasswordUnknownDatabaseAndNoServerGetClearMessages() async throws {
        let admin = try PostgresTestServer.requireAdminURL()
        var parts = try #require(URLComponents(string: admin))
        parts.password = "not-the-password"
        for (url, en, zh) in [
            (parts.string ?? admin, "wrong password", "密码不对"),
            (
                PostgresTestServer.url(admin, database: "no_such_db_here"), "no database named no_such_db_here",
                "没有名为 no_such_db_here"
            ),
            (
                "postgresql://postgres@127.0.0.1:1/postgres?sslmode=disable",
                "Cannot reach the PostgreSQL server 127.0.0.1:1", "连不上"
            ),
        ] {
            do {
                _ = try await PostgresOutreachStore.open(url: url, environment: [:])
                Issue.record("opened \(url)")
            } catch let error as StoreError {
                #expect(error.kind == .cannotConnect)
                #expect(error.message.en.contains(en), "\(error.message.en)")
                #expect(error.message.zh.contains(zh), "\(error.message.zh)")
                #expect(!error.message.en.contains("not-the-password"))
            }
        }
    }

    @Test func passwordsComeFromTheURLPGPASSWORDOrPgpass() async throws {
        let admin = try PostgresTestServer.requireAdminURL()
        var parts = try #require(URLComponents(string: admin))
        let password = try #require(parts.password)
        parts.password = nil
        let bare = try #require(parts.string)
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let database = try #require(URLComponents(string: url)?.path.dropFirst()).description
        let withoutPassword = PostgresTestServer.url(bare, database: database)
        let viaEnvironment = try await PostgresOutreachStore.open(
            url: withoutPassword, environment: ["PGPASSWORD": password])
        await viaEnvironment.close()
        let home = (temporaryStoreDirectory() as NSString).deletingLastPathComponent
        let pgpass = home + "/pgpass"
        try "# comment\n*:*:other:*:nope\n127.0.0.1:*:\(database):postgres:\(password)\n".write(
            toFile: pgpass, atomically: true, encoding: .utf8)
        chmod(pgpass, 0o600)
        let viaFile = try await PostgresOutreachStore.open(url: withoutPassword, environment: ["PGPASSFILE": pgpass])
        await viaFile.close()
        chmod(pgpass, 0o644)
        await #expect(throws: StoreError.self) {
            try await PostgresOutreachStore.open(url: withoutPassword, environment: ["PGPASSFILE": pgpass])
        }
    }

    @Test func badURLsNameWhatIsWrong() async throws {
        for (url, en) in [
            ("postgresql://h/db?sslmode=sometimes", "sslmode=sometimes"), ("postgresql://h:99999/db", "port 99999"),
            ("postgresql://h/db?colour=red", "colour"),
        ] {
            #expect(throws: StoreError.self) { try PostgresSettings.parse(url, environment: [:]) }
            do { _ = try PostgresSettings.parse(url, environment: [:]) } catch let error as StoreError {
                #expect(error.message.en.contains(en), "\(error.message.en)")
            }
        }
        let s = try PostgresSettings.parse(
            "postgres://zunyi:pw@db.example:6543/province?sslmode=require", environment: [:])
        #expect(
            s.host == "db.example" && s.port == 6543 && s.user == "zunyi" && s.password == "pw"
                && s.database == "province" && s.sslMode == .require)
        #expect(StoreLocation.redacted("postgresql://zunyi:secret@h/db?password=x") == "postgresql://zunyi@h/db")
    }

    /// Province data in two cities, an office for one of them.
    func provinceWithOffice() async throws -> (
        url: String, officeURL: String, role: String, drop: @MainActor () async -> Void
    ) {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        let province = try await PostgresOutreachStore.open(url: url, environment: [:])
        try await province.append(
            command: "schedule",
            [
                .putSession(sampleSession("sgy", city: "贵阳市")), .putSession(sampleSession("szy", city: "遵义市")),
                .putPerson(samplePerson("pgy", name: "贵阳人")), .putPerson(samplePerson("pzy", name: "遵义人")),
                .putPerson(samplePerson("pboth", name: "两地人")),
                .putParticipation(sampleParticipation("sgy", "pgy")),
                .putParticipation(sampleParticipation("szy", "pzy")),
                .putParticipation(sampleParticipation("sgy", "pboth")),
                .putParticipation(sampleParticipation("szy", "pboth")),
            ])
        await province.close()
        let role = Self.unique("zunyi")
        let (office, password) = try await PostgresAdministration.addOffice(
            url: url, environment: [:], name: role, city: "遵义")
        #expect(office.city == "遵义市")
        var parts = try #require(URLComponents(string: StoreTool.officeConnectionURL(url, role: role)))
        parts.password = password
        return (url, try #require(parts.string), role, drop)
    }

    @Test func anOfficeSeesOnlyItsCityAndTheProvinceSeesAll() async throws {
        let (url, officeURL, role, drop) = try await provinceWithOffice()
        defer { Task { await drop() } }
        let office = try await PostgresOutreachStore.open(url: officeURL, environment: [:])
        #expect(office.officeCity == "遵义市")
        #expect(Set(office.state.sessions.keys) == ["szy"])
        #expect(Set(office.state.people.keys) == ["pzy", "pboth"])
        #expect(office.state.participations(session: "szy").count == 2)
        #expect(office.state.participations(person: "pboth").map(\.session) == ["szy"])
        // Even raw SQL as the office shows no other city's names or rows.
        let names = try await PostgresAdministration.rows(
            url: officeURL, environment: [:], "SELECT name FROM ecovol.people ORDER BY name")
        #expect(names.compactMap { $0.first ?? nil } == ["两地人", "遵义人"])
        let changes = try await PostgresAdministration.rows(
            url: officeURL, environment: [:], "SELECT count(*)::text FROM ecovol.changes")
        #expect(changes.first?.first == "0", "the province's change touches 贵阳 too, so the office does not see it")
        let updated = try await PostgresAdministration.rows(
            url: officeURL, environment: [:],
            "WITH u AS (UPDATE ecovol.sessions SET title = 'x' WHERE city = '贵阳市' RETURNING 1) SELECT count(*)::text FROM u"
        )
        #expect(updated.first?.first == "0")
        // Province-wide figures, without names, for everyone.
        let totals = try await PostgresAdministration.cityTotals(url: officeURL, environment: [:])
        #expect(totals.map(\.city) == ["贵阳市", "遵义市"])
        #expect(totals.map(\.attendances) == [2, 2])
        #expect(totals.map(\.volunteers) == [2, 2])
        let shown = await StoreTool.provinceTotals(officeURL, environment: [:], language: .zh)
        #expect(shown.exitStatus == 0 && shown.output.contains("贵阳") && !shown.output.contains("贵阳人"))
        // Offices are listed and removed by name.
        #expect(try await PostgresAdministration.offices(url: url, environment: [:]).map(\.role).contains(role))
        await office.close()
        _ = try await PostgresAdministration.removeOffice(url: url, environment: [:], name: role)
        #expect(try await PostgresAdministration.offices(url: url, environment: [:]).isEmpty)
        await #expect(throws: StoreError.self) {
            try await PostgresOutreachStore.open(url: officeURL, environment: [:])
        }
    }

    /// The province-wide views say what every city's `/report` says: cancelled sessions out,
    /// service credited only once over (or checked out), overlapping time counted once per
    /// person, hundredths of an hour rounded as certificates show them.
    @Test func provinceViewsCountAsTheReportsDo() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
        func at(_ hours: Double) -> Date { now.addingTimeInterval(hours * 3600) }
        func session(
            _ id: String, _ city: String, from start: Double, hours: Double, _ status: SessionStatus = .planned,
            reached: Int? = nil
        ) -> StoreOperation {
            .putSession(
                Session(
                    id: id, title: id, type: .education, start: at(start), end: at(start + hours), city: city,
                    status: status, reached: reached, created: at(-100)))
        }
        func attended(
            _ session: String, _ person: String, _ hours: Double, checkIn: Double? = nil, checkOut: Double? = nil
        ) -> StoreOperation {
            .putParticipation(
                Participation(
                    session: session, person: person, status: .attended, scheduledHours: hours,
                    checkIn: checkIn.map(at), checkOut: checkOut.map(at), logged: at(-100)))
        }
        let province = try await PostgresOutreachStore.open(url: url, environment: [:])
        try await province.append(
            command: "schedule",
            [
                session("gy-done", "贵阳市", from: -30, hours: 2, .done, reached: 40),
                session("gy-past", "贵阳市", from: -26, hours: 1.5, reached: 12),
                session("gy-future", "贵阳市", from: 48, hours: 2),
                session("gy-cancelled", "贵阳市", from: -50, hours: 2, .cancelled, reached: 99),
                session("zy-overlap", "遵义市", from: -29, hours: 3, .done, reached: 25),
                session("zy-now", "遵义市", from: -1, hours: 3),
                session("zy-early", "遵义市", from: -10, hours: 2, .done),
                .putPerson(samplePerson("pgy")), .putPerson(samplePerson("pzy")), .putPerson(samplePerson("pboth")),
                attended("gy-done", "pgy", 2), attended("gy-done", "pboth", 2),
                attended("gy-past", "pgy", 1.33), attended("gy-future", "pgy", 2), attended("gy-cancelled", "pzy", 2),
                // pboth is in 贵阳 from −30 h to −28 h and in 遵义 from −29 h: one hour counts once.
                attended("zy-overlap", "pboth", 3),
                // Under way: checked out half an hour ago counts, not checked out does not yet.
                attended("zy-now", "pzy", 0.5, checkIn: -1, checkOut: -0.5), attended("zy-now", "pboth", 3),
                // Checked in an hour early with 2.75 h: served from −11 h.
                attended("zy-early", "pzy", 2.75, checkIn: -11),
            ])
        let state = province.state
        await province.close()
        let report = ActivityReport.build(
            state: state, filter: SessionFilter(), dayEntries: [], today: CalendarDate(now, in: ChinaTime.zone),
            language: .en, now: now)
        let totals = try await PostgresAdministration.cityTotals(url: url, environment: [:])
        #expect(totals.map(\.city) == ["贵阳市", "遵义市"])
        for city in report.byCity {
            let total = try #require(totals.first { $0.city == city.key })
            #expect(total.sessions == city.sessions, "\(city.key)")
            #expect(abs(total.hours - city.hours) < 0.001, "\(city.key): \(total.hours) vs \(city.hours)")
        }
        // By hand: 贵阳 2 + 2 + 1.33 (the future and cancelled sessions credit nothing); 遵义 3 − 1
        // (overlap) + 0.5 + 2.75.
        #expect(totals.map(\.hours) == [5.33, 5.25])
        #expect(totals.map(\.sessions) == [3, 3])
        #expect(totals.map(\.sessionsDone) == [1, 2])
        #expect(totals.map(\.reached) == [52, 25])
        #expect(totals.map(\.attendances) == [4, 4])
        #expect(totals.map(\.volunteers) == [2, 2])
        #expect(report.volunteers == 3)
        // `store totals` shows the same, with the province's sum (no head count: a person may
        // have served in two cities).
        let tool = await StoreTool.provinceTotals(url, environment: [:], language: .zh, now: now)
        #expect(tool.exitStatus == 0)
        let lines = tool.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("全省各市州汇总") == true)
        #expect(lines.contains { $0.hasPrefix("贵阳") && $0.contains("5.33") })
        #expect(lines.contains { $0.hasPrefix("全省") && $0.contains("10.58") && $0.hasSuffix("—") }, "\(lines)")
        let english = await StoreTool.provinceTotals(url, environment: [:], language: .en, now: now)
        #expect(english.output.contains("Guiyang") && english.output.contains("Attendances"))
        guard case .object(let members) = tool.json,
            case .array(let cities)? = members.first(where: { $0.0 == "cities" })?.1
        else {
            Issue.record("no cities in \(tool.json)")
            return
        }
        #expect(cities.count == 2)
    }

    @Test func anOfficeWritesItsCityAndIsRefusedAnotherNamingTheRule() async throws {
        let (url, officeURL, _, drop) = try await provinceWithOffice()
        defer { Task { await drop() } }
        let office = try await PostgresOutreachStore.open(url: officeURL, environment: [:])
        do {
            try await office.append(command: "schedule", [.putSession(sampleSession("sgy2", city: "贵阳市"))])
            Issue.record("an office wrote another city's session")
        } catch let error as StoreError {
            #expect(error.kind == .refused)
            #expect(error.message.en.contains("may not change 贵阳市") && error.message.en.contains("office_sessions"))
            #expect(error.message.zh.contains("不能修改贵阳市") && error.message.zh.contains("office_sessions"))
        }
        var newcomer = samplePerson("pnew", name: "新志愿者")
        newcomer.organisation = "遵义师院"
        let saved = try await office.append(
            command: "log", [.putPerson(newcomer), .putParticipation(sampleParticipation("szy", "pnew"))])
        #expect(saved != nil)
        let province = try await PostgresOutreachStore.open(url: url, environment: [:])
        #expect(province.state.people["pnew"]?.name == "新志愿者")
        #expect(province.state.participations(session: "szy").count == 3)
        // A second laptop of the same office catches up through the confined log.
        let second = try await PostgresOutreachStore.open(url: officeURL, environment: [:])
        try await province.append(command: "log", [.putParticipation(sampleParticipation("szy", "pgy"))])
        try await second.refresh()
        #expect(
            second.state.people["pgy"]?.name == "贵阳人",
            "a person logged into the office's session arrives with the record")
        #expect(second.state.sessions["sgy"] == nil)
        await office.close()
        await second.close()
        await province.close()
    }

    /// The server ending this client's session (what a restart or an administrator's
    /// pg_terminate_backend does to it) mid-REPL: reported, nothing half-written, and the next
    /// command reconnects. Done to this connection only, as the other suites share the server.
    @Test func aDroppedServerSessionIsReportedAndTheNextCommandReconnects() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let database = try #require(URLComponents(string: url)?.path).dropFirst()
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        try await store.append(command: "add", [.putPerson(samplePerson("p1"))])
        let admin = try PostgresTestServer.requireAdminURL()
        // The store's own session (the one that created the database may still be ending).
        var backend = 0
        for try await pid in try await store.connected().ask("SELECT pg_backend_pid()::int8", logger: store.logger)
            .decode(Int.self)
        { backend = pid }
        let killed = try await PostgresAdministration.rows(
            url: admin, environment: [:],
            """
            SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE datname = '\(database)' AND application_name = 'ecovol' AND pid = \(backend)
            """)
        #expect(killed.count == 1 && killed.first?.first == "true")
        // The first command after the server dropped the session may still meet the dead
        // connection; it says so and the next one reconnects. Nothing is written twice.
        var saved: StoreCommit?
        var messages: [String] = []
        for _ in 0..<2 where saved == nil {
            do { saved = try await store.append(command: "add", [.putPerson(samplePerson("p2"))]) } catch let error
                as StoreError
            { messages.append(error.message.en) }
        }
        #expect(saved?.seq == 2)
        for message in messages {
            #expect(message.contains("connection") && message.contains("127.0.0.1"), "\(message)")
        }
        try await store.refresh()
        let fresh = try await PostgresOutreachStore.open(url: url, environment: [:])
        #expect(Set(fresh.state.people.keys) == ["p1", "p2"])
        #expect(fresh.seq == 2)
        await store.close()
        await fresh.close()
    }

    /// The server cuts the session while a change is half sent, and the client has already
    /// torn the connection down when the next statement goes out: postgres-nio drops a
    /// statement written to a torn-down connection without ever answering it, so the store
    /// must fail it itself. The change is reported not saved, and the next command reconnects.
    @Test(.timeLimit(.minutes(1))) func aSessionCutBetweenTwoStatementsFailsTheChangeInsteadOfHanging() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let database = String(try #require(URLComponents(string: url)?.path).dropFirst())
        let admin = try PostgresTestServer.requireAdminURL()
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        try await store.append(command: "add", [.putPerson(samplePerson("p1"))])
        let connection = try await store.connected()
        do {
            try await store.commit(command: "add", undoes: nil) { _ in
                // The build runs between the transaction's first statements and its writes.
                // (A connection of its own: the administration helpers wait for the main actor.)
                blockUntilDone {
                    guard let settings = try? PostgresSettings.parse(admin, environment: [:]),
                        let other = try? await PostgresDeadline.connect(settings, logger: Logger(label: "test"))
                    else { return }
                    _ = try? await other.ask(
                        """
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                        WHERE datname = \(database) AND application_name = 'ecovol' AND pid <> pg_backend_pid()
                        """, logger: Logger(label: "test"))
                    await PostgresDeadline.close(other)
                }
                var waited = 0
                while !connection.isClosed, waited < 10_000 {
                    usleep(10_000)
                    waited += 10
                }
                usleep(200_000)  // the event loop removes the closed connection's handlers
                return [.putPerson(samplePerson("p2"))]
            }
            Issue.record("a change was acknowledged on a connection the server had cut")
        } catch let error as StoreError {
            #expect(error.message.en.contains("127.0.0.1") && error.message.en.contains("not"), "\(error.message.en)")
            #expect(!error.message.en.contains("PSQLError"), "\(error.message.en)")
        }
        #expect(store.seq == 1 && store.state.people["p2"] == nil)
        let saved = try await store.append(command: "add", [.putPerson(samplePerson("p3"))])
        #expect(saved?.seq == 2, "the next command reconnected")
        await store.close()
    }

    /// A server that takes the connection and never answers (a hung process, a proxy in
    /// front of a dead host): connecting ends at `connect_timeout` with a clear message, and a
    /// statement ends at its deadline with the connection closed, never an endless wait.
    @Test(.timeLimit(.minutes(1))) func aServerThatDoesNotAnswerIsAClearMessageNotAnEndlessWait() async throws {
        let silent = try SilentListener()
        defer { silent.close() }
        let url = "postgresql://ecovol@127.0.0.1:\(silent.port)/ecovol?sslmode=disable&connect_timeout=1"
        do {
            _ = try await PostgresOutreachStore.open(url: url, environment: [:])
            Issue.record("opened a store on a server that never answered")
        } catch let error as StoreError {
            #expect(error.kind == .cannotConnect)
            #expect(error.message.en.contains("did not answer within 1 s"), "\(error.message.en)")
            #expect(error.message.en.contains("127.0.0.1:\(silent.port)") && error.message.zh.contains("没有应答"))
        }

        let (dbURL, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let store = try await PostgresOutreachStore.open(url: dbURL, environment: [:])
        let connection = try await store.connected()
        var backend: Int32 = 0
        for try await pid in try await connection.ask("SELECT pg_backend_pid()", logger: store.logger).decode(
            Int32.self)
        { backend = pid }
        #expect(kill(backend, SIGSTOP) == 0)
        defer { kill(backend, SIGCONT) }
        do {
            try await connection.ask("SELECT 1", logger: store.logger, within: .seconds(1))
            Issue.record("a stopped server answered")
        } catch let expired as PostgresDeadline.Expired {
            #expect(expired.seconds == 1)
            let saving = PostgresFailure.working(expired, store.settings, writing: true).message
            #expect(saving.en.contains("did not answer within 1 s") && saving.en.contains("not acknowledged"))
            #expect(saving.zh.contains("没有被确认"))
        }
        #expect(connection.isClosed, "the connection that did not answer is closed")
        kill(backend, SIGCONT)
        let saved = try await store.append(command: "add", [.putPerson(samplePerson("p1"))])
        #expect(saved?.seq == 1, "the next command reconnected")
        await store.close()
    }

    @Test func copyIntoTheServerAndBackOutKeepsIdsAndHistory() async throws {
        let dir = temporaryStoreDirectory()
        let source = try JSONOutreachStore(directory: dir, options: .init(now: { fixedNow }))
        try await source.append(
            command: "schedule", [.putSession(sampleSession("s1")), .putPerson(samplePerson("p1"))])
        for i in 0..<5 {
            try await source.append(
                command: "log",
                [.putPerson(samplePerson("q\(i)")), .putParticipation(sampleParticipation("s1", "q\(i)"))])
        }
        _ = try source.files.compact()
        let edit = try #require(try await source.append(command: "edit", [.putPerson(samplePerson("p1", name: "改名"))]))
        try await source.commit(command: "undo", undoes: edit.seq) { _ in edit.inverse }
        let expected = source.state
        await source.close()

        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        final class Counter: ProgressReporter, @unchecked Sendable {
            var updates: [Int] = []
            var finished = false
            func update(label: String, done: Int, total: Int) { updates.append(done) }
            func finish() { finished = true }
        }
        let progress = Counter()
        let inReport = try await StoreCopy.copy(
            from: .directory(dir), to: .postgres(url: url), dataDirectory: DataDirectory(path: dir), environment: [:],
            progress: progress)
        #expect(progress.finished && progress.updates == progress.updates.sorted() && !progress.updates.isEmpty)
        let server = try await PostgresOutreachStore.open(url: url, environment: [:])
        #expect(server.state.hasSameContent(as: expected))
        #expect(inReport.seq == server.seq)
        let commands = try await PostgresAdministration.rows(
            url: url, environment: [:], "SELECT command, coalesce(undoes::text, '') FROM ecovol.changes ORDER BY seq")
        #expect(commands.suffix(2).map { $0.first ?? nil } == ["edit", "undo"])
        #expect(commands.last?.last == String(server.seq - 1), "undo still names the change it reverts")
        await #expect(throws: StoreError.self) {
            try await StoreCopy.copy(
                from: .directory(dir), to: .postgres(url: url), dataDirectory: DataDirectory(path: dir),
                environment: [:], progress: nil)
        }

        let back = temporaryStoreDirectory()
        let outReport = try await StoreCopy.copy(
            from: .postgres(url: url), to: .directory(back), dataDirectory: DataDirectory(path: back), environment: [:],
            progress: nil)
        let returned = try JSONOutreachStore(directory: back)
        #expect(returned.state.hasSameContent(as: expected))
        #expect(outReport.seq == server.seq && returned.seq == server.seq)
        await returned.close()
        await server.close()
    }
}
