import Foundation
import JSONTestSupport
import Testing

@testable import EcoVolKit

/// Crash scenarios need a real process to kill: these helpers start the built binary
/// with its output going to a file, so acknowledged lines survive kill -9.
extension EcoVolBinary {
    static let skipMessage: Comment = "needs the ecovol executable at .build/debug/ecovol (swift build)"

    /// Starts `ecovol --store DIR` with `input` on stdin; stdout goes to a file so ACK lines survive kill -9.
    static func start(store: String, arguments: [String] = [], input: String, shellPrefix: String? = nil) throws -> (
        Process, String
    ) {
        let out = store + ".out-\(UUID().uuidString.prefix(6))"
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        let inputFile = out + ".in"
        try input.write(toFile: inputFile, atomically: true, encoding: .utf8)
        let p = Process()
        if let shellPrefix {
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            let args = (["--store", store] + arguments).map { "'\($0)'" }.joined(separator: " ")
            p.arguments = ["-c", "\(shellPrefix); exec '\(path)' \(args) < '\(inputFile)' > '\(out)' 2>&1"]
        } else {
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = ["--store", store] + arguments
            p.standardInput = FileHandle(forReadingAtPath: inputFile)
            p.standardOutput = FileHandle(forWritingAtPath: out)
            p.standardError = FileHandle.nullDevice
        }
        var env = ProcessInfo.processInfo.environment
        env["ECOVOL_STORE"] = store
        env["LANG"] = "C"
        env["NO_COLOR"] = "1"
        p.environment = env
        try p.run()
        return (p, out)
    }

    static func run(store: String, arguments: [String], input: String = "") throws -> (status: Int32, output: String) {
        let (p, out) = try start(store: store, arguments: arguments, input: input)
        p.waitUntilExit()
        return (p.terminationStatus, (try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
    }

    /// Person ids from `--json` ACK lines of `/log` (`"saved":true … "person":"p…"`).
    static func ackedPeople(_ output: String) -> [String] {
        output.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("\"saved\":true"), let v = try? JSONValue.parse(String(line)) else { return nil }
            return v["logged"]?.arrayValue?.first?["person"]?.stringValue
        }
    }
}

func scratchDirectory() -> String {
    EcoVolBinary.temporaryDirectory()
}

/// A store with one session (far in the past, so /log records attendance).
func seededStore(_ dir: String, people: Int = 0) throws -> String {
    let store = try JSONFileStore(directory: dir)
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    try store.append(
        command: "seed",
        [
            .putSession(
                Session(
                    id: "s0000001", title: "seed", type: .practice, start: start, end: start.addingTimeInterval(7200),
                    city: "贵阳市", created: start))
        ])
    var ops: [StoreOperation] = []
    for i in 0..<people {
        ops.append(.putPerson(Person(id: "p\(String(format: "%07d", i))", name: "Seed \(i)", registered: start)))
        ops.append(
            .putParticipation(
                Participation(
                    session: "s0000001", person: "p\(String(format: "%07d", i))", status: .attended, scheduledHours: 2,
                    logged: start)))
    }
    if !ops.isEmpty { try store.append(command: "seed", ops) }
    store.close()
    return "s0000001"
}

func logLines(_ session: String, prefix: String, count: Int) -> String {
    (0..<count).map { "/log \(session) \(prefix)\($0) --json\n" }.joined()
}

@Suite(.serialized) struct StoreCrashTests {
    // MARK: - On the real binary

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func killDuringBurstLosesNoAcknowledgedChange() throws {
        for trial in 0..<5 {
            let dir = scratchDirectory() + "/store"
            let sid = try seededStore(dir, people: 200)
            let (p, out) = try EcoVolBinary.start(store: dir, input: logLines(sid, prefix: "Burst", count: 20_000))
            // Kill only once changes are being acknowledged, so the check below has something to check.
            var polls = 0
            while polls < 600, p.isRunning,
                EcoVolBinary.ackedPeople((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").isEmpty
            {
                Thread.sleep(forTimeInterval: 0.05)
                polls += 1
            }
            Thread.sleep(forTimeInterval: Double(trial) * 0.1)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let acked = EcoVolBinary.ackedPeople((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
            #expect(!acked.isEmpty, "trial \(trial): nothing was acknowledged before the kill, so nothing was checked")
            let store = try JSONFileStore(directory: dir)
            for id in acked { #expect(store.state.people[id] != nil, "trial \(trial): acknowledged \(id) lost") }
            #expect(store.state.people.count >= 200 + acked.count)
        }
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func killDuringCompactionLosesNothing() throws {
        for trial in 0..<5 {
            let dir = scratchDirectory() + "/store"
            _ = try seededStore(dir, people: 20_000)
            let before = try JSONFileStore(directory: dir, options: .init(readOnly: true)).state
            let (p, _) = try EcoVolBinary.start(store: dir, arguments: ["store", "compact"], input: "")
            Thread.sleep(forTimeInterval: 0.05 * Double(trial + 1))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            let after = try JSONFileStore(directory: dir)
            #expect(after.state.hasSameContent(as: before), "trial \(trial)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func tornLastLineThenNextWriteSurvives() throws {
        let dir = scratchDirectory() + "/store"
        let sid = try seededStore(dir, people: 10)
        try JSONFileStore(directory: dir).append(
            command: "t", [.putPerson(Person(id: "pTorn", name: "Torn", registered: Date()))])
        let journal = dir + "/journal.jsonl"
        let handle = try #require(FileHandle(forUpdatingAtPath: journal))
        let size = try handle.seekToEnd()
        try handle.truncate(atOffset: size - 7)
        try handle.write(contentsOf: Data("{\"seq\":9".utf8))
        try handle.close()
        let r = try EcoVolBinary.run(store: dir, arguments: [], input: "/log \(sid) AfterRepair --json\n")
        let acked = EcoVolBinary.ackedPeople(r.output)
        #expect(acked.count == 1)
        let store = try JSONFileStore(directory: dir)
        #expect(acked.allSatisfy { store.state.people[$0] != nil })
        #expect(store.state.people.count == 11)
        #expect(store.state.people["pTorn"] == nil)
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func flippedByteIsReportedByCheck() throws {
        let dir = scratchDirectory() + "/store"
        let sid = try seededStore(dir)
        _ = try EcoVolBinary.run(store: dir, arguments: [], input: logLines(sid, prefix: "F", count: 20))
        let journal = dir + "/journal.jsonl"
        var bytes = try #require(FileManager.default.contents(atPath: journal))
        let mid = bytes.count / 2
        let digit = try #require(bytes[mid...].firstIndex { (0x30...0x39).contains($0) })
        bytes[digit] = bytes[digit] == 0x39 ? 0x38 : bytes[digit] + 1
        try bytes.write(to: URL(fileURLWithPath: journal))
        let r = try EcoVolBinary.run(store: dir, arguments: ["store", "check"])
        #expect(r.status != 0)
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func twoProcessesWritingAtOnce() throws {
        let dir = scratchDirectory() + "/store"
        let sid = try seededStore(dir)
        let (a, outA) = try EcoVolBinary.start(store: dir, input: logLines(sid, prefix: "A", count: 300))
        let (b, outB) = try EcoVolBinary.start(store: dir, input: logLines(sid, prefix: "B", count: 300))
        a.waitUntilExit()
        b.waitUntilExit()
        let acked =
            EcoVolBinary.ackedPeople(try String(contentsOfFile: outA, encoding: .utf8))
            + EcoVolBinary.ackedPeople(try String(contentsOfFile: outB, encoding: .utf8))
        #expect(acked.count == 600)
        #expect(Set(acked).count == acked.count, "duplicate ids")
        let store = try JSONFileStore(directory: dir)
        #expect(store.state.people.count == 600)
        #expect(StoreTool.check(directory: dir, language: .en).exitStatus == 0)
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func fileSizeLimitIsReportedNotAcknowledged() throws {
        let dir = scratchDirectory() + "/store"
        let sid = try seededStore(dir, people: 100)
        let size =
            (try FileManager.default.attributesOfItem(atPath: dir + "/journal.jsonl")[.size] as? Int ?? 0) / 1024 + 8
        let (p, out) = try EcoVolBinary.start(
            store: dir, input: logLines(sid, prefix: "Fill", count: 400), shellPrefix: "ulimit -f \(size)")
        p.waitUntilExit()
        let acked = EcoVolBinary.ackedPeople((try? String(contentsOfFile: out, encoding: .utf8)) ?? "")
        #expect(acked.count < 400)
        let store = try JSONFileStore(directory: dir)
        for id in acked { #expect(store.state.people[id] != nil) }
        #expect(StoreTool.check(directory: dir, language: .en).exitStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    // MARK: - In-process (always run)

    /// Mounts a small tmpfs (root only); nil when mounting is not possible here.
    static func mountTmpfs(sizeKB: Int) -> String? {
        guard geteuid() == 0 else { return nil }
        let dir = scratchDirectory() + "/mnt"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = ["-t", "tmpfs", "-o", "size=\(sizeKB)k,mode=0700", "tmpfs", dir]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        return p.terminationStatus == 0 ? dir : nil
    }

    static func unmount(_ dir: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = [dir]
        try? p.run()
        p.waitUntilExit()
    }

    static func remountReadOnly(_ dir: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = ["-o", "remount,ro", dir]
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    /// Mounting a tmpfs needs root; without it the two tests below are reported as skipped
    /// (with this reason) instead of passing without having checked anything.
    static let canMountTmpfs = geteuid() == 0

    @Test(.enabled(if: StoreCrashTests.canMountTmpfs, "needs root to mount a small tmpfs (disk-full test)"))
    func diskFullIsReportedAndNothingAcknowledgedIsLost() throws {
        guard let mnt = Self.mountTmpfs(sizeKB: 256) else {
            Issue.record("diskFull: running as root but mounting a tmpfs failed; nothing was checked")
            return
        }
        defer { Self.unmount(mnt) }
        let dir = mnt + "/store"
        let store = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false, compactionLines: .max))
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        try store.append(
            command: "seed",
            [
                .putSession(
                    Session(
                        id: "s1", title: "t", type: .practice, start: start, end: start.addingTimeInterval(3600),
                        city: "贵阳市", created: start))
            ])
        var acked: [String] = []
        var failure: StoreError?
        for i in 0..<100_000 {
            let id = "p\(i)"
            do {
                try store.append(
                    command: "log",
                    [
                        .putPerson(Person(id: id, name: String(repeating: "满", count: 40), registered: start)),
                        .putParticipation(
                            Participation(
                                session: "s1", person: id, status: .attended, scheduledHours: 1, logged: start)),
                    ])
                acked.append(id)
            } catch let e as StoreError {
                failure = e
                break
            }
        }
        #expect(failure?.kind == .writeFailed)
        #expect(failure?.message.en.contains("full") == true)
        #expect(throws: StoreError.self) { try store.compact() }
        let reopened = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
        #expect(reopened.state.people.count == acked.count)
        #expect(StoreTool.check(directory: dir, language: .en).exitStatus == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test(.enabled(if: StoreCrashTests.canMountTmpfs, "needs root to mount and remount a tmpfs read-only"))
    func readOnlyDirectoryOpensForReadingAndRefusesWrites() throws {
        guard let mnt = Self.mountTmpfs(sizeKB: 1024) else {
            Issue.record("readOnly: running as root but mounting a tmpfs failed; nothing was checked")
            return
        }
        defer { Self.unmount(mnt) }
        let dir = mnt + "/store"
        _ = try seededStore(dir, people: 3)
        guard Self.remountReadOnly(mnt) else {
            Issue.record("readOnly: remounting the tmpfs read-only failed; nothing was checked")
            return
        }
        let store = try JSONFileStore(directory: dir)
        #expect(!store.isWritable)
        #expect(store.state.people.count == 3)
        #expect(throws: StoreError.self) { try store.append(command: "t", [.deletePerson("p0000000")]) }
    }

    @Test func orphanedTemporaryFilesAreSwept() throws {
        let dir = scratchDirectory() + "/store"
        _ = try seededStore(dir, people: 2)
        let orphan = dir + "/.outreach.json.999.123.tmp"
        _ = FileManager.default.createFile(atPath: orphan, contents: Data("partial".utf8))
        _ = try JSONFileStore(directory: dir)
        #expect(!FileManager.default.fileExists(atPath: orphan))
    }
}
