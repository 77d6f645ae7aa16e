// swift-tools-version:6.1
import PackageDescription

// The benchmark suite lives in its own package so the main build, `make test` and CI never
// fetch or compile the benchmark framework. Run it with `make bench` from the repository root.
let benchmarkTarget: (String) -> Target = { name in
    .executableTarget(
        name: name,
        dependencies: [
            "BenchSupport",
            .product(name: "Benchmark", package: "benchmark"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "ecovol-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "ecovol", path: ".."),
    ],
    targets: [
        // The system SQLite (Debian's libsqlite3-dev), the reference every figure is compared to.
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Data sets (cached on disk between benchmark processes), the SQLite wrapper, RSS probes.
        .target(
            name: "BenchSupport",
            dependencies: ["CSQLite", .product(name: "EcoVolKit", package: "ecovol")]
        ),
        benchmarkTarget("SearchBenchmarks"),
        benchmarkTarget("StoreBenchmarks"),
        benchmarkTarget("ProcessBenchmarks"),
        benchmarkTarget("RequestBenchmarks"),
        benchmarkTarget("PostgresBenchmarks"),
        // Needs a PostgreSQL server (Scripts/with-postgres.sh); skipped without one.
        benchmarkTarget("SyncBenchmarks"),
        // Turns the exported percentiles into RESULTS.md.
        .executableTarget(name: "BenchReport"),
    ],
    swiftLanguageModes: [.v6]
)
