import Benchmark
import BenchSupport
import EcoVolKit
import Foundation

/// Opening, durable appends, a person's total, peak memory and compaction of the JSON store
/// at 10k, 100k and 1M participation records, and the same work on a SQLite table
/// (WAL, synchronous=FULL) holding the same rows.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .peakMemoryResidentDelta],
        timeUnits: .microseconds, warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 15
    )
    let sizes: [(label: String, count: Int)] = [("10k", 10_000), ("100k", 100_000), ("1M", 1_000_000)]

    for (label, count) in sizes {
        let directory = SharedBox<String>()
        Benchmark("store.open.\(label)", configuration: .init(maxIterations: count >= 1_000_000 ? 7 : 15, setup: {
            directory.value = try StoreData.directory(count)
        })) { benchmark in
            benchmark.startMeasurement()
            let store = try JSONFileStore(directory: directory.value)
            benchmark.stopMeasurement()
            blackHole(store.state.participationCount)
            store.close()
        }

        let sqlitePath = SharedBox<String>()
        Benchmark("sqlite.open.\(label)", configuration: .init(maxIterations: 200, setup: {
            sqlitePath.value = try SQLiteReference.participationsDatabase(count)
        })) { _ in
            let db = try SQLiteReference.openParticipations(sqlitePath.value)
            try db.exec("SELECT count(*) FROM sqlite_master")
            blackHole(db)
        }
    }

    for (label, count) in sizes where count != 100_000 {
        // Durable append of one participation row into an open store: a person not yet at that session.
        let appendState = SharedBox<(JSONFileStore, [Participation])>()
        let counter = SharedBox<Int>()
        Benchmark("store.append.\(label)", configuration: .init(warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 3_000, setup: {
            let store = try JSONFileStore(directory: try StoreData.copy(count, name: "append-\(label)"))
            let sessions = store.state.sessions.keys.sorted()
            let people = store.state.people.keys.sorted()
            // Session i with a person that moves by a prime stride each round: 4,000 distinct pairs.
            var rows: [Participation] = []
            var seen: Set<ParticipationKey> = []
            var k = 0
            while rows.count < 4_000 {
                let i = k % sessions.count, round = k / sessions.count
                let key = ParticipationKey(session: sessions[i], person: people[(i &* 7_919 &+ round &* 104_729) % people.count])
                k += 1
                guard store.state.participation(key) == nil, seen.insert(key).inserted else { continue }
                rows.append(Participation(session: key.session, person: key.person, status: .attended, scheduledHours: 2,
                                          logged: Date(timeIntervalSince1970: 1_760_000_000 + Double(k))))
            }
            appendState.value = (store, rows)
            counter.value = 0
        }, teardown: {
            appendState.value.0.close()
            appendState.clear()
        })) { _ in
            let (store, rows) = appendState.value
            let k = counter.value
            counter.value = k + 1
            try store.append(command: "log", [.putParticipation(rows[k % rows.count])])
        }

        let sqliteAppend = SharedBox<(SQLiteDB, (Participation) throws -> Void)>()
        Benchmark("sqlite.append.\(label)", configuration: .init(warmupIterations: 5, maxDuration: .seconds(10), maxIterations: 3_000, setup: {
            let db = try SQLiteReference.openParticipations(try SQLiteReference.copyParticipations(count, name: "sqlite-append-\(label)"))
            sqliteAppend.value = (db, try SQLiteReference.insertStatement(db))
            counter.value = 0
        })) { _ in
            let (_, insert) = sqliteAppend.value
            let k = counter.value
            counter.value = k + 1
            try insert(Participation(session: "s-bench", person: "p-bench-\(k)", status: .attended, scheduledHours: 2,
                                     logged: Date(timeIntervalSince1970: 1_760_000_000 + Double(k))))
        }
    }

    // A person's credited hours: the lookup behind /person and certificates.
    let opened = SharedBox<(JSONFileStore, [String])>()
    let counter = SharedBox<Int>()
    Benchmark("store.total.1M", configuration: .init(timeUnits: .nanoseconds, warmupIterations: 50, maxDuration: .seconds(10), maxIterations: 20_000, setup: {
        let store = try JSONFileStore(directory: try StoreData.directory(1_000_000), options: .init(readOnly: true))
        opened.value = (store, store.state.people.keys.sorted())
        counter.value = 0
    })) { _ in
        let (store, people) = opened.value
        let k = counter.value
        counter.value = k + 1
        blackHole(store.state.totalHours(person: people[(k &* 7_919) % people.count]))
    }

    let sqliteTotal = SharedBox<(SQLiteDB, SQLiteDB.Statement, [String])>()
    Benchmark("sqlite.total.1M", configuration: .init(timeUnits: .nanoseconds, warmupIterations: 50, maxDuration: .seconds(10), maxIterations: 20_000, setup: {
        let db = try SQLiteReference.openParticipations(try SQLiteReference.participationsDatabase(1_000_000))
        let store = try JSONFileStore(directory: try StoreData.directory(1_000_000), options: .init(readOnly: true))
        sqliteTotal.value = (db, try SQLiteReference.totalStatement(db), store.state.people.keys.sorted())
        counter.value = 0
    })) { _ in
        let (_, statement, people) = sqliteTotal.value
        let k = counter.value
        counter.value = k + 1
        statement.reset()
        statement.bind(1, people[(k &* 7_919) % people.count])
        blackHole(try statement.double())
    }

    // Compaction of a million records (a fresh snapshot, fsync, rename, backup link).
    let compactState = SharedBox<JSONFileStore>()
    Benchmark("store.compact.1M", configuration: .init(warmupIterations: 0, maxIterations: 3, setup: {
        compactState.value = try JSONFileStore(directory: try StoreData.copy(1_000_000, name: "compact"), options: .init(compactAtOpen: false))
    })) { _ in
        blackHole(try compactState.value.compact())
    }
}
