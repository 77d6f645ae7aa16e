import Foundation
import JSONTestSupport
import Testing

@testable import EcoVolKit

/// The built binary on a shared PostgreSQL store, as coordinators run it: `store init` from
/// the shell, two ecovol processes logging people at once, `kill -9` in the middle of a burst,
/// `store copy` of a JSON directory. Needs the server `make test` starts.
@Suite(
    .serialized,
    .enabled(
        if: EcoVolBinary.exists && PostgresServer.isConfigured,
        "needs .build/debug/ecovol and a PostgreSQL server (make test)"))
struct PostgresEndToEndTests {
    @Test func storeInitThenTwoProcessesLogAtOnceAndNeitherLosesAChange() async throws {
        let url = try await PostgresServer.emptyDatabase()
        let initialised = try PostgresServer.run(url, arguments: ["store", "init"])
        #expect(initialised.status == 0, "\(initialised.output)")
        #expect(initialised.output.contains("ecovol"))
        let again = try PostgresServer.run(url, arguments: ["store", "init"])
        #expect(again.status == 0 && again.output.lowercased().contains("current"), "\(again.output)")
        let session = try await PostgresServer.seedSession(url)
        let a = try PostgresServer.start(url, input: logLines(session, prefix: "Alpha", count: 25))
        let b = try PostgresServer.start(url, input: logLines(session, prefix: "Beta", count: 25))
        a.0.waitUntilExit()
        b.0.waitUntilExit()
        let acked =
            EcoVolBinary.ackedPeople(try String(contentsOfFile: a.1, encoding: .utf8))
            + EcoVolBinary.ackedPeople(try String(contentsOfFile: b.1, encoding: .utf8))
        #expect(acked.count == 50)
        #expect(Set(acked).count == 50, "no id handed out twice")
        let people = try await PostgresServer.people(url)
        #expect(Set(acked).isSubset(of: people))
        let info = try PostgresServer.run(url, arguments: ["store", "info"])
        #expect(info.status == 0 && info.output.contains("50 people"), "\(info.output)")
    }

    @Test func killNineInABurstKeepsEveryAcknowledgedChange() async throws {
        let url = try await PostgresServer.emptyDatabase()
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let session = try await PostgresServer.seedSession(url)
        for trial in 0..<3 {
            let (p, out) = try PostgresServer.start(
                url, input: logLines(session, prefix: "Burst\(trial)x", count: 3_000))
            try await Task.sleep(nanoseconds: UInt64((1.0 + Double(trial) * 0.5) * 1e9))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let acked = EcoVolBinary.ackedPeople((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
            #expect(!acked.isEmpty, "trial \(trial): nothing was acknowledged before the kill, so nothing was checked")
            // The killed client's last COMMIT may still be landing on the server: count once it settles.
            let people = try await PostgresServer.settledPeople(url)
            for id in acked { #expect(people.contains(id), "trial \(trial): acknowledged \(id) lost") }
            // The killed process's local replica (cut off mid-write, perhaps) is caught up or
            // rebuilt on the next start in the same data directory: it shows what the server has.
            let home = (out as NSString).deletingLastPathComponent
            let info = try PostgresServer.run(url, arguments: ["--json", "store", "info"], home: home)
            #expect(info.status == 0, "\(info.output)")
            let json = try JSONValue.parse(info.output.split(separator: "\n").last.map(String.init) ?? "")
            let shown = json["people"]
            #expect(
                shown == .int(people.count) || shown == .number(Double(people.count)),
                "trial \(trial): the server has \(people.count) people; \(info.output)")
            #expect(json["replica"]?.stringValue?.hasPrefix(home) == true, "\(info.output)")
        }
    }

    @Test func storeCopyMovesAJSONStoreIn() async throws {
        let dir = scratchDirectory() + "/store"
        _ = try seededStore(dir, people: 300)
        let url = try await PostgresServer.emptyDatabase()
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let copied = try EcoVolBinary.run(store: dir, arguments: ["store", "copy", dir, url])
        #expect(copied.status == 0, "\(copied.output)")
        #expect(copied.output.contains("300"), "\(copied.output)")
        #expect(try await PostgresServer.people(url).count == 300)
        let refused = try EcoVolBinary.run(store: dir, arguments: ["store", "copy", dir, url])
        #expect(refused.status == 1 && refused.output.contains("already holds records"), "\(refused.output)")
    }

    @Test func aWrongPasswordIsAClearMessageNotACrash() throws {
        let admin = try #require(PostgresServer.adminURL)
        var parts = try #require(URLComponents(string: admin))
        parts.password = "wrong"
        let result = try EcoVolBinary.run(
            ["--store", try #require(parts.string), "-c", "/sessions"], environment: ["LANG": "C"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("wrong password"), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains("PSQLError"))
        #expect(!(result.stdout + result.stderr).contains("wrong@"), "the password is never echoed")
    }
}

/// The throw-away cluster of `Scripts/with-postgres.sh`, seen from the end-to-end tests.
enum PostgresServer {
    static var adminURL: String? {
        ProcessInfo.processInfo.environment["ECOVOL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var isConfigured: Bool {
        adminURL != nil || ProcessInfo.processInfo.environment["ECOVOL_TEST_REQUIRE_POSTGRES"] == "1"
    }

    /// Starts `ecovol --store URL` reading `input`, its output in a file (so ACK lines survive
    /// kill -9) in a scratch directory that is also its HOME.
    static func start(_ url: String, arguments: [String] = [], input: String, home: String? = nil) throws -> (
        Process, String
    ) {
        let dir = home ?? scratchDirectory()
        let out = dir + "/out"
        let inputFile = dir + "/in"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        try input.write(toFile: inputFile, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: EcoVolBinary.path)
        p.arguments = ["--store", url] + arguments
        p.standardInput = FileHandle(forReadingAtPath: inputFile)
        p.standardOutput = FileHandle(forWritingAtPath: out)
        p.standardError = FileHandle.nullDevice
        p.environment = EcoVolBinary.environment(home: dir, extra: ["ECOVOL_STORE": url, "LANG": "C", "NO_COLOR": "1"])
        try p.run()
        return (p, out)
    }

    static func run(_ url: String, arguments: [String], home: String? = nil) throws -> (status: Int32, output: String) {
        let (p, out) = try start(url, arguments: arguments, input: "", home: home)
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    /// A new database (left for the cluster's removal at the end of the run).
    @MainActor
    static func emptyDatabase() async throws -> String {
        let admin = try #require(
            adminURL, "ECOVOL_TEST_REQUIRE_POSTGRES is set but no server URL: run through Scripts/with-postgres.sh")
        let name = "ecovol_e2e_" + UUID().uuidString.prefix(8).lowercased()
        try await PostgresAdministration.execute(url: admin, environment: [:], ["CREATE DATABASE \(name)"])
        var parts = try #require(URLComponents(string: admin))
        parts.path = "/" + name
        return try #require(parts.string)
    }

    /// One session in the past, so `/log` records attendance.
    @MainActor
    static func seedSession(_ url: String) async throws -> String {
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        try await store.append(
            command: "seed",
            [
                .putSession(
                    Session(
                        id: "s0000001", title: "seed", type: .practice, start: start,
                        end: start.addingTimeInterval(7200), city: "贵阳市", created: start))
            ])
        await store.close()
        return "s0000001"
    }

    /// The people once two reads a little apart agree: after a client is killed, its server
    /// backend may still finish a COMMIT it had received, so a count taken at once can be one
    /// transaction short of what the next reader sees.
    @MainActor
    static func settledPeople(_ url: String) async throws -> Set<String> {
        var last = try await people(url)
        for _ in 0..<20 {
            try await Task.sleep(nanoseconds: 250_000_000)
            let now = try await people(url)
            if now == last { return now }
            last = now
        }
        return last
    }

    @MainActor
    static func people(_ url: String) async throws -> Set<String> {
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        let ids = Set(store.state.people.keys)
        await store.close()
        return ids
    }
}
