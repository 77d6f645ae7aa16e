import Benchmark
import BenchSupport
import EcoVolKit
import Foundation

/// The shared PostgreSQL store: a durable commit against the JSON store and SQLite FULL in the
/// same run, the province report at 1,000,000 records in SQL against in memory, the local
/// replica catching up 100 new changes, a later start with 100 new changes, and a first start
/// at 1,000,000 records. Needs a server: `Scripts/with-postgres.sh` with
/// ECOVOL_TEST_POSTGRES_FSYNC=on (what `make bench` does), so commits are really durable.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(30), maxIterations: 15
    )
    let commitCount = 10_000

    // MARK: Durable commit of one /log-shaped change, three stores, one run.

    let counter = SharedBox<Int>()
    let server = SharedBox<(PostgresOutreachStore, [Participation])>()
    Benchmark("pg.commit.10k", configuration: .init(timeUnits: .microseconds, warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 2_000, setup: {
        let url = try await PostgresData.database(commitCount)
        let home = DataDirectory(path: BenchPaths.scratch("pg-commit") + "/home")
        server.value = try await onMain {
            let store = try await PostgresOutreachStore.open(url: url, environment: [:], replicaIn: home)
            return (store, freshRows(store.state, count: 4_000))
        }
        counter.value = 0
    }, teardown: {
        let store = server.value.0
        await store.close()
        server.clear()
    })) { _ in
        let (store, rows) = server.value
        let k = counter.value
        counter.value = k + 1
        try await onMain { _ = try await store.append(command: "log", [.putParticipation(rows[k % rows.count])]) }
    }

    let json = SharedBox<(JSONOutreachStore, [Participation])>()
    Benchmark("pg.json.commit.10k", configuration: .init(timeUnits: .microseconds, warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 2_000, setup: {
        let directory = try StoreData.copy(commitCount, name: "pg-json-commit")
        json.value = try await onMain {
            let store = try JSONOutreachStore(directory: directory)
            return (store, freshRows(store.state, count: 4_000))
        }
        counter.value = 0
    }, teardown: {
        let store = json.value.0
        await store.close()
        json.clear()
    })) { _ in
        let (store, rows) = json.value
        let k = counter.value
        counter.value = k + 1
        try await onMain { _ = try await store.append(command: "log", [.putParticipation(rows[k % rows.count])]) }
    }

    let sqlite = SharedBox<(SQLiteDB, (Participation) throws -> Void)>()
    Benchmark("pg.sqlite.commit.10k", configuration: .init(timeUnits: .microseconds, warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 2_000, setup: {
        let db = try SQLiteReference.openParticipations(try SQLiteReference.copyParticipations(commitCount, name: "pg-sqlite-commit"))
        sqlite.value = (db, try SQLiteReference.insertStatement(db))
        counter.value = 0
    })) { _ in
        let (_, insert) = sqlite.value
        let k = counter.value
        counter.value = k + 1
        try insert(Participation(session: "s-bench", person: "p-bench-\(k)", status: .attended, scheduledHours: 2,
                                 logged: Date(timeIntervalSince1970: 1_760_000_000 + Double(k))))
    }

    // MARK: The province report (counts, hours, people reached by city) at 1,000,000 records.

    let reportURL = SharedBox<String>()
    Benchmark("pg.report.sql.1M", configuration: .init(maxIterations: 15, setup: {
        reportURL.value = try await PostgresData.database(1_000_000)
    })) { _ in
        let url = reportURL.value
        let totals = try await onMain { try await PostgresAdministration.cityTotals(url: url, environment: [:]) }
        blackHole(totals)
    }

    let loaded = SharedBox<OutreachState>()
    Benchmark("pg.report.memory.1M", configuration: .init(maxIterations: 15, setup: {
        let directory = try StoreData.directory(1_000_000)
        // The state is not Sendable: it is put in the box on the main actor, where it is read.
        try await onMain { loaded.value = try JSONFileStore(directory: directory, options: .init(readOnly: true)).state }
    }, teardown: { loaded.clear() })) { _ in
        blackHole(cityTotals(loaded.value))
    }

    // MARK: The local replica.

    let replica = SharedBox<(PostgresOutreachStore, PostgresOutreachStore)>()
    Benchmark("pg.catchup.100", configuration: .init(maxIterations: 15, setup: {
        let url = try await PostgresData.database(commitCount)
        let home = DataDirectory(path: BenchPaths.scratch("pg-catchup") + "/home")
        replica.value = try await onMain {
            (try await PostgresOutreachStore.open(url: url, environment: [:], replicaIn: home),
             try await PostgresOutreachStore.open(url: url, environment: [:]))
        }
    }, teardown: {
        let (a, b) = replica.value
        await a.close()
        await b.close()
        replica.clear()
    })) { benchmark in
        let (reader, writer) = replica.value
        try await hundredChanges(writer)
        benchmark.startMeasurement()
        try await onMain { try await reader.refresh() }
        benchmark.stopMeasurement()
    }

    // `pg.start` stops the clock when the store is open (the server checked, the 100 changes
    // fetched; a big replica is still read in the background); `pg.ready` when the records can
    // be read (what the first command that needs them waits for).
    for (label, count) in [("10k", 10_000), ("1M", 1_000_000)] { for ready in [false, true] {
        let later = SharedBox<(String, DataDirectory, PostgresOutreachStore)>()
        let kind = ready ? "ready" : "start"
        Benchmark("pg.\(kind).100.\(label)", configuration: .init(warmupIterations: count >= 1_000_000 ? 0 : 1, maxIterations: count >= 1_000_000 ? 5 : 15, setup: {
            let url = try await PostgresData.database(count)
            let home = DataDirectory(path: BenchPaths.scratch("pg-\(kind)-\(label)") + "/home")
            let writer = try await onMain {
                // The first start fills the replica; every measured start is a later one.
                let first = try await PostgresOutreachStore.open(url: url, environment: [:], replicaIn: home)
                await first.close()
                return try await PostgresOutreachStore.open(url: url, environment: [:])
            }
            later.value = (url, home, writer)
        }, teardown: {
            let writer = later.value.2
            await writer.close()
            later.clear()
        })) { benchmark in
            let (url, home, writer) = later.value
            try await hundredChanges(writer)
            benchmark.startMeasurement()
            let store = try await onMain {
                let store = try await PostgresOutreachStore.open(url: url, environment: [:], replicaIn: home)
                if ready { blackHole(store.state.participationCount) }
                return store
            }
            benchmark.stopMeasurement()
            try await onMain {
                blackHole(store.state.participationCount)
                await store.close()
            }
        }
    } }

    let first = SharedBox<String>()
    Benchmark("pg.firststart.1M", configuration: .init(warmupIterations: 0, maxIterations: 3, setup: {
        first.value = try await PostgresData.database(1_000_000)
    })) { benchmark in
        let url = first.value
        let home = DataDirectory(path: BenchPaths.scratch("pg-first") + "/home")
        benchmark.startMeasurement()
        let store = try await onMain { try await PostgresOutreachStore.open(url: url, environment: [:], replicaIn: home) }
        benchmark.stopMeasurement()
        try await onMain {
            blackHole(store.state.participationCount)
            await store.close()
        }
        try? FileManager.default.removeItem(atPath: home.path)
    }
}

/// Runs `body` on the main actor (the stores belong to it, as in the REPL).
func onMain<T: Sendable>(_ body: @escaping @MainActor () async throws -> T) async throws -> T {
    try await Task { @MainActor in try await body() }.value
}

/// 100 one-person changes by another client, as other laptops make them between two starts.
func hundredChanges(_ writer: PostgresOutreachStore) async throws {
    try await onMain {
        let base = writer.seq
        for i in 0..<100 {
            let id = "bench-\(base)-\(i)"
            _ = try await writer.append(command: "add", [.putPerson(Person(id: id, name: "基准\(i)", registered: Date()))])
        }
    }
}

/// Participations not yet in `state`: session i with a person moving by a prime stride.
@MainActor
func freshRows(_ state: OutreachState, count: Int) -> [Participation] {
    let sessions = state.sessions.keys.sorted()
    let people = state.people.keys.sorted()
    var rows: [Participation] = []
    var seen: Set<ParticipationKey> = []
    var k = 0
    while rows.count < count {
        let i = k % sessions.count, round = k / sessions.count
        let key = ParticipationKey(session: sessions[i], person: people[(i &* 7_919 &+ round &* 104_729) % people.count])
        k += 1
        guard state.participation(key) == nil, seen.insert(key).inserted else { continue }
        rows.append(Participation(session: key.session, person: key.person, status: .attended, scheduledHours: 2,
                                  logged: Date(timeIntervalSince1970: 1_760_000_000 + Double(k))))
    }
    return rows
}

/// The figures of the `ecovol.city_totals` and `city_volunteers` views, computed from the records in memory.
struct CityFigures: Sendable {
    var city: String
    var sessions = 0, sessionsDone = 0, reached = 0, attendances = 0, volunteers = 0
    var hours = 0.0
}

func cityTotals(_ state: OutreachState) -> [CityFigures] {
    var cityOf: [String: String] = [:]
    var totals: [String: CityFigures] = [:]
    var volunteers: [String: Set<String>] = [:]
    for s in state.sessions.values {
        cityOf[s.id] = s.city
        var t = totals[s.city] ?? CityFigures(city: s.city)
        t.sessions += 1
        if s.status == .done { t.sessionsDone += 1 }
        t.reached += s.reached ?? 0
        totals[s.city] = t
    }
    for p in state.allParticipations {
        guard let city = cityOf[p.session] else { continue }
        totals[city]?.hours += p.creditedHours
        if p.status == .attended {
            totals[city]?.attendances += 1
            volunteers[city, default: []].insert(p.person)
        }
    }
    for (city, people) in volunteers { totals[city]?.volunteers = people.count }
    return totals.values.sorted { $0.city < $1.city }
}
