import Foundation
import Testing

@testable import EcoVolKit

#if canImport(Glibc)
    import Glibc
#endif

/// A PostgreSQL cluster of one test's own (initdb in a temporary directory, a free loopback
/// port, trust logins), so it can be stopped and started mid-session without disturbing the
/// suites that share the cluster `Scripts/with-postgres.sh` started. Uses the binaries and
/// the unprivileged user that script exports.
final class PrivateCluster {
    let directory: String
    let port: Int
    private let bin: String
    private let runAs: String?

    var url: String { "postgresql://postgres@127.0.0.1:\(port)/postgres?sslmode=disable" }

    static var isAvailable: Bool {
        ProcessInfo.processInfo.environment["ECOVOL_TEST_POSTGRES_BIN"].map { !$0.isEmpty } ?? false
    }

    init() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let bin = environment["ECOVOL_TEST_POSTGRES_BIN"], !bin.isEmpty else {
            throw CocoaError(.fileNoSuchFile)
        }
        self.bin = bin
        runAs = environment["ECOVOL_TEST_POSTGRES_RUNAS"].flatMap { $0.isEmpty ? nil : $0 }
        directory = (temporaryStoreDirectory() as NSString).deletingLastPathComponent + "/cluster"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o755)
        chmod((directory as NSString).deletingLastPathComponent, 0o755)
        if let runAs, let user = getpwnam(runAs) { chown(directory, user.pointee.pw_uid, user.pointee.pw_gid) }
        port = try Self.freePort()
        try run(
            bin + "/initdb",
            ["-D", directory + "/data", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"])
        try start()
    }

    func start() throws {
        try run(
            bin + "/pg_ctl",
            [
                "-D", directory + "/data", "-o",
                "-p \(port) -k \(directory) -c listen_addresses=127.0.0.1 -c fsync=off",
                "-l", directory + "/server.log", "-w", "start",
            ])
    }

    /// `immediate` is a crash (no checkpoint, connections cut at once); `fast` a clean restart.
    func stop(_ mode: String) throws {
        try run(bin + "/pg_ctl", ["-D", directory + "/data", "-m", mode, "-w", "stop"])
    }

    func remove() {
        try? stop("immediate")
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// posix_spawn and waitpid, not `Process`: its `waitUntilExit` spins the run loop, which
    /// a test on the main actor must not.
    private func run(_ tool: String, _ arguments: [String]) throws {
        let argv = (runAs.map { ["/usr/sbin/runuser", "-u", $0, "--"] } ?? []) + [tool] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, &cArguments, environ)
        var status: Int32 = -1
        if spawned == 0 {
            while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        }
        guard spawned == 0, status == 0 else {
            throw StoreError(
                .cannotConnect, LocalizedText(verbatim: "\(tool) \(arguments.joined(separator: " ")) failed"))
        }
    }

    private static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw CocoaError(.fileWriteUnknown) }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A loopback port that takes connections (the kernel completes them) and never answers:
/// what a hung server or a proxy in front of a dead host looks like to a client.
final class SilentListener {
    let port: Int
    private let fd: Int32

    init() throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let fd = self.fd
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 8) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            Glibc.close(fd)
            throw CocoaError(.fileWriteUnknown)
        }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { Glibc.close(fd) }
}

/// The server stopped and started under a running session, as a restart, a crash or an
/// administrator's maintenance does it: the command meeting the stopped server gets a clear
/// message and its change is not acknowledged; a change cut off mid-transaction is either
/// wholly on the server or not at all; the next command after the restart reconnects.
@MainActor
@Suite(
    .enabled(if: PrivateCluster.isAvailable, "needs the PostgreSQL binaries Scripts/with-postgres.sh exports"),
    .serialized)
struct PostgresRestartTests {
    static func tableCounts(_ url: String) async throws -> [String] {
        let rows = try await PostgresAdministration.rows(
            url: url, environment: [:],
            """
            SELECT concat_ws(' ', (SELECT seq FROM ecovol.head), (SELECT count(*) FROM ecovol.changes),
                (SELECT coalesce(max(seq), 0) FROM ecovol.changes), (SELECT count(*) FROM ecovol.people),
                (SELECT count(*) FROM ecovol.participations))
            """)
        return (rows.first?.first ?? nil)?.split(separator: " ").map(String.init) ?? []
    }

    @Test(.timeLimit(.minutes(3)))
    func aRestartMidSessionIsReportedNotAcknowledgedAndTheNextCommandReconnects() async throws {
        let cluster = try PrivateCluster()
        defer { cluster.remove() }
        _ = try await PostgresAdministration.initialise(url: cluster.url, environment: [:])
        let home = DataDirectory(path: (temporaryStoreDirectory() as NSString).deletingLastPathComponent + "/home")
        let store = try await PostgresOutreachStore.open(url: cluster.url, environment: [:], replicaIn: home)
        try await store.append(command: "schedule", [.putSession(sampleSession("s1"))])

        // Stopped between two commands: the next one is told, and nothing is acknowledged.
        try cluster.stop("fast")
        for attempt in 0..<2 {
            do {
                try await store.append(command: "add", [.putPerson(samplePerson("lost\(attempt)"))])
                Issue.record("a change was acknowledged while the server was down")
            } catch let error as StoreError {
                #expect(error.message.en.contains("127.0.0.1:\(cluster.port)"), "\(error.message.en)")
                #expect(!error.message.en.contains("PSQLError"), "\(error.message.en)")
                #expect(!error.message.zh.isEmpty && error.message.zh != error.message.en)
            }
            #expect(store.seq == 1 && store.state.people.isEmpty)
        }
        try cluster.start()
        let saved = try await store.append(command: "add", [.putPerson(samplePerson("p1"))])
        #expect(saved?.seq == 2, "the next command reconnected")
        #expect(try await Self.tableCounts(cluster.url) == ["2", "2", "2", "1", "0"])

        // Crashed while a large change is being written: all of it or none of it is there.
        var ops: [StoreOperation] = []
        for i in 0..<3_000 {
            ops.append(.putPerson(samplePerson("b\(i)")))
            ops.append(.putParticipation(sampleParticipation("s1", "b\(i)")))
        }
        let inFlight = Task { @MainActor in try await store.append(command: "import", ops) }
        try await Task.sleep(nanoseconds: 40_000_000)
        try cluster.stop("immediate")
        let outcome = await inFlight.result
        try cluster.start()
        let counts = try await Self.tableCounts(cluster.url)
        switch outcome {
        case .success(let commit):
            #expect(commit?.seq == 3)
            #expect(counts == ["3", "3", "3", "3001", "3000"], "acknowledged, so wholly present")
        case .failure(let error):
            let message = (error as? StoreError)?.message.en ?? "\(error)"
            #expect(message.contains("not acknowledged") || message.contains("127.0.0.1"), "\(message)")
            #expect(
                counts == ["2", "2", "2", "1", "0"] || counts == ["3", "3", "3", "3001", "3000"],
                "half a change on the server: \(counts)")
        }
        // Reconnects, catches up with whatever the server has, and keeps working.
        try await store.refresh()
        try await store.append(command: "add", [.putPerson(samplePerson("after"))])
        let plain = try await PostgresOutreachStore.open(url: cluster.url, environment: [:])
        #expect(store.state.hasSameContent(as: plain.state))
        #expect(store.seq == plain.seq)
        await plain.close()
        await store.close()
        // The replica written through all this agrees with the server on the next start.
        let later = try await PostgresOutreachStore.open(url: cluster.url, environment: [:], replicaIn: home)
        let fresh = try await PostgresOutreachStore.open(url: cluster.url, environment: [:])
        #expect(later.state.hasSameContent(as: fresh.state) && later.seq == fresh.seq)
        await later.close()
        await fresh.close()
    }
}
