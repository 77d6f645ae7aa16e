import Benchmark
import BenchSupport
import EcoVolKit
import Foundation

/// Whole-process timings of the release binary (`make bench` builds it first): a one-shot
/// `ecovol -c "/tip"` with the real knowledge base, and the time until the REPL's prompt
/// appears on a pseudo-terminal with an empty store and with a million-record store. The
/// `sqlite3` program answering one query is the reference for what starting a process costs.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock], timeUnits: .milliseconds, warmupIterations: 2, maxDuration: .seconds(15), maxIterations: 30
    )
    let binary = BenchPaths.releaseBinary
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        print("skipping whole-process benchmarks: build \(binary) first (swift build -c release)")
        return
    }
    let home = SharedBox<String>()

    Benchmark("process.tip", configuration: .init(setup: {
        home.value = BenchPaths.scratch("tip")
    })) { _ in
        let status = try ProcessRunner.run([binary, "--store", home.value + "/store", "--lang", "en", "-c", "/tip"],
                                           environment: ProcessRunner.ecovolEnvironment(home: home.value))
        precondition(status == 0, "ecovol -c /tip exited \(status)")
    }

    let sqlitePath = SharedBox<String>()
    Benchmark("sqlite.cli.total.1M", configuration: .init(setup: {
        sqlitePath.value = try SQLiteReference.participationsDatabase(1_000_000)
    })) { _ in
        let status = try ProcessRunner.run(["/usr/bin/sqlite3", sqlitePath.value, "SELECT coalesce(sum(actual),0) FROM participation WHERE person = 'p0000000'"],
                                           environment: ["PATH": "/usr/bin:/bin", "HOME": "/tmp"])
        precondition(status == 0, "sqlite3 exited \(status)")
    }

    for (label, count) in [("empty", 0), ("1M", 1_000_000)] {
        let store = SharedBox<String>()
        Benchmark("process.prompt.\(label)", configuration: .init(setup: {
            let dir = BenchPaths.scratch("prompt-\(label)")
            if count > 0 {
                try BenchPaths.copy(try StoreData.directory(count), to: dir + "/store")
            }
            store.value = dir
        })) { benchmark in
            let dir = store.value
            try ProcessRunner.timeToPrompt(
                [binary, "--store", dir + "/store", "--lang", "en", "--no-color"],
                environment: ProcessRunner.ecovolEnvironment(home: dir), marker: "ecovol:", suffix: "> ",
                started: { benchmark.startMeasurement() }, prompted: { benchmark.stopMeasurement() })
        }
    }
}
