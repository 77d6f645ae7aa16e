import Foundation
import JSONTestSupport
import Testing

@testable import EcoVolKit

/// `ecovol --store DIR sync` as a coordinator runs it, killed with `kill -9` while pushing and
/// while pulling, and with the server stopped mid-sync: a second run finishes the work with
/// no change twice and none lost. Needs the server `Scripts/with-postgres.sh` starts.
@Suite(
    .serialized,
    .enabled(
        if: EcoVolBinary.exists && PostgresServer.isConfigured,
        "needs .build/debug/ecovol and a PostgreSQL server (make test)"))
struct SyncEndToEndTests {
    /// A laptop store of `changes` changes, one new session each.
    static func laptop(_ dir: String, changes: Int, prefix: String) throws {
        // Never compacted while filling, so each change is its own journal line to push.
        let store = try JSONFileStore(
            directory: dir, options: .init(compactionLines: 1_000_000, compactionMinimumBytes: Int.max))
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for i in 0..<changes {
            try store.append(
                command: "schedule",
                [
                    .putSession(
                        Session(
                            id: "\(prefix)\(i)", title: "离线 \(i)", type: .education, start: start,
                            end: start.addingTimeInterval(3600), city: "贵阳市", created: start))
                ])
        }
        store.close()
    }

    /// A bare `ecovol --store DIR sync …` (the remembered link), the password from PGPASSWORD.
    static func bareSync(_ dir: String, url: String, _ extra: [String] = []) throws -> (status: Int32, output: String) {
        let password = URLComponents(string: url)?.password ?? ""
        let (p, out) = try EcoVolBinary.start(
            store: dir, arguments: extra + ["sync"], input: "", shellPrefix: "export PGPASSWORD='\(password)'")
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    static func count(_ url: String, _ sql: String) async throws -> Int {
        let rows = try await PostgresAdministration.rows(url: url, environment: [:], "SELECT (\(sql))::text")
        return Int((rows.first?.first ?? "0") ?? "0") ?? 0
    }

    /// Waits until `condition` holds (or `seconds` pass), then kills `p` with SIGKILL.
    static func kill9(_ p: Process, when condition: () async throws -> Bool, seconds: Double = 120) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while p.isRunning, Date() < deadline {
            if try await condition() { break }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    @Test func killNineWhilePushingThenSyncAgainNoDuplicateNothingLost() async throws {
        let url = try await PostgresServer.emptyDatabase()
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let dir = scratchDirectory() + "/store"
        try Self.laptop(dir, changes: 1_500, prefix: "k")
        // Each trial is killed as soon as the server has taken one more push than before it started,
        // so a slow poll on a loaded machine still lands the kill well before the end.
        for trial in 0..<2 {
            let floor = try await Self.count(url, "SELECT count(*) FROM ecovol.sync_pushes")
            let (p, _) = try EcoVolBinary.start(store: dir, arguments: ["sync", url], input: "")
            try await Self.kill9(
                p, when: { try await Self.count(url, "SELECT count(*) FROM ecovol.sync_pushes") > floor })
            #expect(p.terminationReason == .uncaughtSignal, "trial \(trial): killed mid-push")
        }
        let pushedBefore = try await Self.count(url, "SELECT count(*) FROM ecovol.sync_pushes")
        #expect(pushedBefore > 0 && pushedBefore < 1_500, "the kills came mid-push (\(pushedBefore) of 1500)")
        let (status, output) = try Self.bareSync(dir, url: url)
        #expect(status == 0, "\(output)")
        #expect(try await Self.count(url, "SELECT count(*) FROM ecovol.sessions") == 1_500)
        #expect(try await Self.count(url, "SELECT count(*) FROM ecovol.changes") == 1_500, "no change twice")
        #expect(try await Self.count(url, "SELECT count(DISTINCT local_seq) FROM ecovol.sync_pushes") == 1_500)
        let again = try Self.bareSync(dir, url: url, ["--json"])
        let report = try JSONValue.parse(again.output)
        #expect(report["pushed"] == .int(0) && report["pulledRecords"] == .int(0), "\(again.output)")
    }

    @Test func killNineWhilePullingThenSyncAgainEveryRecordOnce() async throws {
        let url = try await PostgresServer.emptyDatabase()
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let source = scratchDirectory() + "/store"
        try Self.laptop(source, changes: 3_000, prefix: "p")
        let pushed = try EcoVolBinary.run(store: source, arguments: ["sync", url])
        #expect(pushed.status == 0, "\(pushed.output)")
        let dir = scratchDirectory() + "/store"
        let (p, _) = try EcoVolBinary.start(store: dir, arguments: ["sync", url], input: "")
        try await Self.kill9(p) {
            (try? SyncState.load(directory: dir))?.lastPulled ?? 0 > 0
        }
        #expect(p.terminationReason == .uncaughtSignal, "killed mid-pull")
        let partial = try JSONFileStore(directory: dir, options: .init(readOnly: true)).state.sessions.count
        #expect(partial < 3_000, "the kill came before the end (\(partial))")
        let (status, output) = try Self.bareSync(dir, url: url)
        #expect(status == 0, "\(output)")
        let laptop = try JSONFileStore(directory: dir, options: .init(readOnly: true)).state
        let server = try JSONFileStore(directory: source, options: .init(readOnly: true)).state
        #expect(laptop.sessions.count == 3_000)
        #expect(laptop.hasSameContent(as: server))
        let status2 = try EcoVolBinary.run(store: dir, arguments: ["--json", "sync", "status"])
        let v = try JSONValue.parse(status2.output)
        #expect(v["waiting"] == .int(0), "pulled changes are never pushed back: \(status2.output)")
    }

    @Test func theServerStoppedMidSyncIsAClearMessageAndTheNextSyncFinishes() async throws {
        guard let ctl = ProcessInfo.processInfo.environment["ECOVOL_TEST_POSTGRES_CTL"], !ctl.isEmpty else {
            Issue.record("ECOVOL_TEST_POSTGRES_CTL is not set: run through Scripts/with-postgres.sh")
            return
        }
        _ = try Spawn.output([ctl, "start"])
        let admin = try Spawn.output([ctl, "url"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let name = "ecovol_stop_" + UUID().uuidString.prefix(8).lowercased()
        try await PostgresAdministration.execute(url: admin, environment: [:], ["CREATE DATABASE \(name)"])
        var parts = try #require(URLComponents(string: admin))
        parts.path = "/" + name
        let url = try #require(parts.string)
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let dir = scratchDirectory() + "/store"
        try Self.laptop(dir, changes: 1_500, prefix: "x")
        let (p, out) = try EcoVolBinary.start(store: dir, arguments: ["sync", url], input: "")
        let deadline = Date().addingTimeInterval(120)
        while p.isRunning, Date() < deadline {
            if try await Self.count(url, "SELECT count(*) FROM ecovol.sync_pushes") > 0 { break }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
        _ = try Spawn.output([ctl, "stop"])
        let stopped = Date()
        while p.isRunning, Date().timeIntervalSince(stopped) < 60 { try await Task.sleep(nanoseconds: 50_000_000) }
        if p.isRunning {
            Issue.record("sync still running a minute after the server stopped")
            kill(p.processIdentifier, SIGKILL)
        }
        p.waitUntilExit()
        let said = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
        #expect(p.terminationStatus == 1, "\(said)")
        #expect(said.contains("127.0.0.1") && said.contains("sync"), "names the server, says to sync again: \(said)")
        #expect(!said.contains("PSQLError") && !said.contains(parts.password ?? "password"), "\(said)")
        _ = try Spawn.output([ctl, "start"])
        let (status, output) = try Self.bareSync(dir, url: url)
        #expect(status == 0, "\(output)")
        #expect(try await Self.count(url, "SELECT count(*) FROM ecovol.sessions") == 1_500)
        #expect(try await Self.count(url, "SELECT count(*) FROM ecovol.changes") == 1_500)
        _ = try Spawn.output([ctl, "stop"])
    }
}
