import EcoVolKit
import Foundation

/// The PostgreSQL side of the benchmarks: a server URL (run the benchmarks through
/// `Scripts/with-postgres.sh` with ECOVOL_TEST_POSTGRES_FSYNC=on, as `make bench` does) and
/// databases holding the same synthetic stores as the JSON benchmarks, copied in once per
/// server with `store copy` and reused by every benchmark process of the run.
public enum PostgresData {
    public static var adminURL: String? {
        let env = ProcessInfo.processInfo.environment
        return (env["ECOVOL_BENCH_POSTGRES_URL"] ?? env["ECOVOL_TEST_POSTGRES_URL"]).flatMap { $0.isEmpty ? nil : $0 }
    }

    public static func url(database: String) throws -> String {
        guard let admin = adminURL, var parts = URLComponents(string: admin) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "no PostgreSQL server: run through Scripts/with-postgres.sh"])
        }
        parts.path = "/" + database
        return parts.string ?? admin
    }

    /// A database with the `participations`-record store in it (created and filled on first use).
    @MainActor
    public static func database(_ participations: Int) async throws -> String {
        let name = "ecovol_bench_\(participations)"
        let url = try url(database: name)
        guard let admin = adminURL else { return url }
        let exists = try await PostgresAdministration.rows(
            url: admin, environment: [:], "SELECT count(*)::text FROM pg_database WHERE datname = '\(name)'")
        if exists.first?.first == "1" {
            let done = try? await PostgresAdministration.rows(
                url: url, environment: [:], "SELECT count(*)::text FROM ecovol.changes WHERE command = 'bench-complete'")
            if done?.first?.first == "1" { return url }
            try await PostgresAdministration.execute(url: admin, environment: [:], ["DROP DATABASE \(name) WITH (FORCE)"])
        }
        try await PostgresAdministration.execute(url: admin, environment: [:], ["CREATE DATABASE \(name)"])
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let source = try StoreData.directory(participations)
        let started = Date()
        _ = try await StoreCopy.copy(
            from: .directory(source), to: .postgres(url: url), dataDirectory: DataDirectory(path: BenchPaths.scratch("copy")),
            environment: [:], progress: nil)
        let copySeconds = Date().timeIntervalSince(started)
        FileHandle.standardError.write(Data("store copy of \(participations) records: \(String(format: "%.1f", copySeconds)) s\n".utf8))
        try? "\(copySeconds)\n".write(toFile: BenchPaths.data + "/pg-copy-\(participations).seconds", atomically: true, encoding: .utf8)
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        try await store.append(command: "bench-complete", [.putProject(Project(id: "bench-marker", name: "bench", created: Date()))])
        await store.close()
        return url
    }
}
