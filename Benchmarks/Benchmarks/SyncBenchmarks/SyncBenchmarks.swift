import Benchmark
import BenchSupport
import EcoVolKit
import Foundation

/// Offline sync of a laptop's store of 100,000 participation records (with its sessions and
/// people) to an empty PostgreSQL store, and of a second, empty laptop pulling them all back.
/// Needs a server: run under `Scripts/with-postgres.sh` (ECOVOL_TEST_POSTGRES_URL); each
/// iteration uses a new database.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(900), maxIterations: 1
    )
    guard let admin = ProcessInfo.processInfo.environment["ECOVOL_TEST_POSTGRES_URL"], !admin.isEmpty else {
        return
    }
    let count = 100_000

    @MainActor func freshDatabase() async throws -> String {
        let name = "ecovol_bench_" + UUID().uuidString.prefix(8).lowercased()
        try await PostgresAdministration.execute(url: admin, environment: [:], ["CREATE DATABASE \(name)"])
        var parts = URLComponents(string: admin)
        parts?.path = "/" + name
        let url = parts?.string ?? admin
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        return url
    }

    let pushState = SharedBox<(String, String)>()
    Benchmark(
        "sync.push.100k",
        configuration: .init(setup: {
            let directory = try StoreData.copy(count, name: "sync-push")
            let url = try await freshDatabase()
            pushState.value = (directory, url)
        })
    ) { benchmark in
        let (directory, url) = pushState.value
        benchmark.startMeasurement()
        let report = try await StoreSync.sync(directory: directory, url: url, environment: [:])
        benchmark.stopMeasurement()
        blackHole(report)
    }

    let pullState = SharedBox<(String, String)>()
    Benchmark(
        "sync.pull.100k",
        configuration: .init(setup: {
            let source = try StoreData.copy(count, name: "sync-pull-source")
            let url = try await freshDatabase()
            _ = try await StoreSync.sync(directory: source, url: url, environment: [:])
            let target = BenchPaths.scratch("sync-pull-target") + "/store"
            try? FileManager.default.removeItem(atPath: target)
            pullState.value = (target, url)
        })
    ) { benchmark in
        let (directory, url) = pullState.value
        benchmark.startMeasurement()
        let report = try await StoreSync.sync(directory: directory, url: url, environment: [:])
        benchmark.stopMeasurement()
        blackHole(report)
    }
}
