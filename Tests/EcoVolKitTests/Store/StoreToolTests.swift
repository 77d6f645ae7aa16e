import Foundation
import Testing

@testable import EcoVolKit

/// `ecovol store check|doctor|compact|backup|info|init`, through the entry the executable
/// calls (`StoreTool.run`), on temporary directories: what each says in both languages, its
/// exit status and `--json` facts, and that repairs keep every acknowledged record.
@MainActor @Suite struct StoreToolTests {
    /// A closed store: session s1, people p1…p3 each attending s1, a project, compacted once
    /// halfway so both the snapshot and the journal hold records. Seq 5.
    private func filledStore() throws -> String {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        try store.append(command: "schedule", [.putSession(sampleSession("s1"))])
        try store.append(
            command: "add",
            [.putPerson(samplePerson("p1")), .putProject(Project(id: "j1", name: "河湖", created: fixedNow))])
        try store.compact()
        for n in 2...3 { try store.append(command: "add", [.putPerson(samplePerson("p\(n)"))]) }
        try store.append(
            command: "log", (1...3).map { .putParticipation(sampleParticipation("s1", "p\($0)", hours: Double($0))) })
        store.close()
        return dir
    }

    private func tool(_ arguments: [String], _ dir: String, _ language: Language = .en) async -> StoreToolResult {
        await StoreTool.run(
            arguments: arguments, location: .directory(dir), dataDirectory: DataDirectory(path: dir),
            environment: [:], language: language)
    }

    private func lines(_ dir: String) throws -> [String] {
        try String(contentsOfFile: dir + "/journal.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func files(_ dir: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir)
    }

    @Test func aHealthyStoreChecksCleanInBothLanguages() async throws {
        let dir = try filledStore()
        let counts = ["sessions": "1", "people": "3", "participations": "3", "projects": "1"]
        let listed = try files(dir).sorted()
        let journal = try String(contentsOfFile: dir + "/journal.jsonl", encoding: .utf8)
        for language in [Language.zh, .en] {
            let r = await tool(["check"], dir, language)
            #expect(r.exitStatus == 0, "\(r.output)")
            #expect(r.output.contains(L(.storeToolAllGood).text(language)))
            #expect(r.output.contains(L(.storeToolCounts, counts).text(language)))
            #expect(r.output.contains(L(.storeToolJournalLines, ["lines": "3", "seq": "5"]).text(language)))
        }
        let en = await tool(["check"], dir)
        #expect(en.output.contains("Snapshot: intact (generation 1, up to change 2"))
        #expect(await tool(["check"], dir, .zh).output.contains("检查通过。"))
        #expect(en.json["ok"] == .bool(true) && en.json["seq"] == .int(5) && en.json["journal_lines"] == .int(3))
        #expect(en.json["snapshot"] == .string("ok") && en.json["bad_lines"] == .array([]))
        // check only reads: nothing in the directory changed.
        #expect(try String(contentsOfFile: dir + "/journal.jsonl", encoding: .utf8) == journal)
        #expect(try files(dir).sorted() == listed)
    }

    @Test func checkingADirectoryWithNoStoreSaysSoAndCreatesNothing() async {
        let dir = temporaryStoreDirectory()
        let zh = await tool(["check"], dir, .zh)
        #expect(zh.exitStatus == 0 && zh.output == "\(dir) 还没有数据。")
        let en = await tool(["doctor"], dir)
        #expect(en.exitStatus == 0 && en.output == "There is no data in \(dir) yet.")
        #expect(en.json["repaired"] == .bool(false))
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func aDamagedJournalLineIsReportedWithItsNumberAndReason() async throws {
        let dir = try filledStore()
        var journal = try lines(dir)
        journal[2] = journal[2].replacingOccurrences(of: "志愿者p3", with: "志愿者p9")
        try (journal.joined(separator: "\n") + "\n").write(
            toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        let en = await tool(["check"], dir)
        #expect(en.exitStatus == 1)
        #expect(en.output.contains("Journal line 3 is damaged (checksum mismatch)."), "\(en.output)")
        #expect(en.output.contains(L(.storeToolRunDoctor).en))
        #expect(!en.output.contains(L(.storeToolAllGood).en))
        #expect(en.json["ok"] == .bool(false) && en.json["bad_lines"]?.arrayValue?.first == .int(3))
        let zh = await tool(["check"], dir, .zh)
        #expect(zh.output.contains("日志第 3 行损坏（校验和不符）。"), "\(zh.output)")
        #expect(zh.output.contains("运行 ecovol store doctor"))
    }

    /// Doctor drops the one damaged line, keeps every line whose checksum holds (including the
    /// ones after it), names what it could not keep, and keeps the original journal beside.
    @Test func doctorKeepsEveryGoodLineAroundADamagedOne() async throws {
        let dir = try filledStore()
        var journal = try lines(dir)
        journal[2] = journal[2].replacingOccurrences(of: "志愿者p3", with: "志愿者p9")
        try (journal.joined(separator: "\n") + "\n").write(
            toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        let r = await tool(["doctor"], dir, .zh)
        #expect(r.exitStatus == 1, "\(r.output)")
        #expect(r.output.contains("未能恢复：日志第 3 行（校验和不符；看似修改 #4 add，未经校验）。"), "\(r.output)")
        #expect(r.output.contains("未能完全修复"))
        #expect(r.json["repaired"] == .bool(false) && r.json["complete"] == .bool(false))
        #expect(r.json["dropped_lines"]?.arrayValue?.count == 1)
        let kept = try #require(try files(dir).first { $0.hasPrefix("journal.jsonl.damaged-") })
        #expect(try String(contentsOfFile: dir + "/" + kept, encoding: .utf8).contains("志愿者p9"))
        let store = try JSONFileStore(directory: dir)
        #expect(store.isWritable && !store.isDamaged)
        #expect(Set(store.state.people.keys) == ["p1", "p2"])
        // Change 5 (the hours) came after the damaged line and is kept, for p3 too.
        #expect(store.state.participationCount == 3 && store.state.totalHours(person: "p3") == 3)
        #expect(store.statistics.seq == 5)
        try store.append(command: "add", [.putPerson(samplePerson("p3"))])
        #expect(try JSONFileStore(directory: dir).statistics.seq == 6)
        #expect(await tool(["check"], dir).exitStatus == 0)
    }

    @Test func doctorSetsATornTailAsideAndKeepsEveryAcknowledgedChange() async throws {
        let dir = try filledStore()
        let before = try JSONFileStore(directory: dir, options: .init(readOnly: true)).state
        let handle = try #require(FileHandle(forWritingAtPath: dir + "/journal.jsonl"))
        handle.seekToEndOfFile()
        let torn = #"{"seq":6,"at":"2026-05-28T20:26:40Z","cmd":"add","ops":[{"put":"pers"#
        handle.write(Data(torn.utf8))
        try handle.close()
        let size = String(torn.utf8.count)
        let check = await tool(["check"], dir)
        // An unfinished write was never confirmed: reported, but it is no damage.
        #expect(check.exitStatus == 0)
        #expect(check.output.contains(L(.storeToolTornTail, ["bytes": size]).en), "\(check.output)")
        #expect(check.json["torn_tail_bytes"] == .int(torn.utf8.count))
        let r = await tool(["doctor"], dir)
        #expect(r.exitStatus == 0, "\(r.output)")
        #expect(r.output.contains("The journal's last \(size) bytes were an interrupted write"))
        #expect(
            r.output.contains("Repaired up to change 5: 1 session, 3 people, 3 participation records, 1 own projects.")
        )
        #expect(r.json["repaired"] == .bool(true) && r.json["changed"] == .bool(true))
        #expect(try files(dir).contains { $0.hasPrefix("journal.torn-") })
        let after = try JSONFileStore(directory: dir)
        #expect(after.state.hasSameContent(as: before) && after.statistics.seq == 5)
        #expect(after.drainWarnings().isEmpty)
        let again = await tool(["doctor"], dir, .zh)
        #expect(again.exitStatus == 0 && again.output == "数据完好，无需修复。")
        #expect(again.json["changed"] == .bool(false))
    }

    /// A snapshot that cannot be read at all: doctor falls back to the newest backup that
    /// verifies, applies the journal on top, keeps the damaged file, and says it is not complete.
    @Test func doctorFallsBackToTheNewestGoodBackup() async throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            try store.append(command: "add", [.putPerson(samplePerson("p1"))])
            try store.compact()  // generation 1: p1
            try store.compact()  // generation 2; generation 1 is now backups/outreach-1.json
            try store.append(command: "add", [.putPerson(samplePerson("p2"))])
            store.close()
        }
        try "not a snapshot at all".write(toFile: dir + "/outreach.json", atomically: false, encoding: .utf8)
        let check = await tool(["check"], dir)
        #expect(check.exitStatus == 1 && check.json["snapshot"] == .string("damaged"))
        #expect(check.output.contains("Snapshot damaged: "), "\(check.output)")
        let r = await tool(["doctor"], dir)
        #expect(r.exitStatus == 1, "\(r.output)")
        #expect(r.output.contains("Using the backup backups/outreach-1.json (up to change 1)"), "\(r.output)")
        #expect(r.output.contains("Not fully repaired"))
        let damaged = try #require(try files(dir).first { $0.hasPrefix("outreach.json.damaged-") })
        #expect(try String(contentsOfFile: dir + "/" + damaged, encoding: .utf8) == "not a snapshot at all")
        let store = try JSONFileStore(directory: dir)
        #expect(store.isWritable && Set(store.state.people.keys) == ["p1", "p2"] && store.statistics.seq == 2)
    }

    /// Falling back to a backup older than the damaged snapshot loses the changes between them:
    /// doctor says which changes, names the records the damaged file still shows that the
    /// recovery lacks, and still applies the journal's later changes.
    @Test func doctorNamesWhatAnOlderBackupDoesNotBringBack() async throws {
        func damagedStore(_ suffix: String) throws -> String {
            let dir = temporaryStoreDirectory() + suffix
            let store = try JSONFileStore(directory: dir)
            try store.append(command: "add", [.putPerson(samplePerson("p1"))])
            try store.compact()  // generation 1 at change 1: p1
            try store.append(command: "add", [.putPerson(samplePerson("p2"))])
            try store.append(command: "add", [.putSession(sampleSession("s9"))])
            try store.compact()  // generation 2 at change 3; generation 1 is now the backup
            try store.append(command: "add", [.putPerson(samplePerson("p3"))])
            store.close()
            // The header line is gone and no record's checksum verifies (as after an editor
            // rewrote the file); the records' ids are still legible.
            let snapshot = try String(contentsOfFile: dir + "/outreach.json", encoding: .utf8)
            let damaged = ("garbage" + snapshot.drop { $0 != "\n" }).replacingOccurrences(
                of: "\"_crc\":\"", with: "\"_crc\":\"0")
            try damaged.write(toFile: dir + "/outreach.json", atomically: false, encoding: .utf8)
            return dir
        }
        let dir = try damagedStore("-en")
        let r = await tool(["doctor"], dir)
        #expect(r.exitStatus == 1, "\(r.output)")
        #expect(r.output.contains("Using the backup backups/outreach-1.json (up to change 1)"), "\(r.output)")
        #expect(
            r.output.contains(
                "Changes 2–3 (2 in all) came after the backup and were only in the damaged snapshot: they are lost."),
            "\(r.output)")
        #expect(
            r.output.contains("2 records still legible in the damaged snapshot are missing after the recovery: "),
            "\(r.output)")
        #expect(r.json["lost_changes"] == .obj([("from", .int(2)), ("to", .int(3))]))
        let lost = try #require(r.json["lost_records"]?.arrayValue)
        #expect(lost.compactMap { $0["id"]?.stringValue }.sorted() == ["p2", "s9"])
        #expect(lost.first { $0["id"] == .string("p2") }?["kind"] == .string("person"))
        #expect(lost.first { $0["id"] == .string("s9") }?["kind"] == .string("session"))
        let store = try JSONFileStore(directory: dir)
        #expect(store.isWritable && Set(store.state.people.keys) == ["p1", "p3"] && store.state.sessions.isEmpty)
        store.close()
        let zh = await tool(["doctor"], try damagedStore("-zh"), .zh)
        #expect(zh.output.contains("备份之后的第 2–3 号修改（共 2 个）只在损坏的快照里，已无法恢复。"), "\(zh.output)")
        #expect(zh.output.contains("损坏的快照里还认得出、恢复后却没有的 2 条记录："), "\(zh.output)")
        #expect(zh.output.contains("p2") && zh.output.contains("s9"))
    }

    /// `store backup FILE` then restoring it (the file as a new store's snapshot) gives back
    /// the same records at the same change number, and the restored store takes new changes.
    @Test func backupThenRestoreReproducesTheSameState() async throws {
        let dir = try filledStore()
        let file = temporaryStoreDirectory() + "-backup.json"
        let r = await tool(["backup", file], dir)
        #expect(r.exitStatus == 0, "\(r.output)")
        let bytes = try #require(r.json["bytes"]).serialized()
        #expect(r.output == "Backed up to \(file) (\(bytes) bytes, up to change 5).")
        #expect(await tool(["backup", file], dir, .zh).output.hasPrefix("已备份到 \(file)（"))
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let restored = temporaryStoreDirectory()
        try FileManager.default.createDirectory(
            atPath: restored, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try FileManager.default.copyItem(atPath: file, toPath: restored + "/outreach.json")
        let original = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        let copy = try JSONFileStore(directory: restored)
        #expect(copy.state.hasSameContent(as: original.state))
        #expect(copy.statistics.seq == 5 && copy.isWritable && !copy.isDamaged)
        try copy.append(command: "add", [.putPerson(samplePerson("p4"))])
        #expect(try JSONFileStore(directory: restored).statistics.seq == 6)
        #expect(await tool(["check"], restored).exitStatus == 0)
    }

    @Test func backupRefusesADamagedStoreAndWritesNothing() async throws {
        let dir = try filledStore()
        var journal = try lines(dir)
        journal[1] = journal[1].replacingOccurrences(of: "志愿者p2", with: "志愿者pX")
        try (journal.joined(separator: "\n") + "\n").write(
            toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
        let file = temporaryStoreDirectory() + "-backup.json"
        let en = await tool(["backup", file], dir)
        #expect(en.exitStatus == 1)
        #expect(en.output.contains("No backup was written: the damaged store is incomplete"), "\(en.output)")
        #expect(en.output.contains("journal line 2"))
        let zh = await tool(["backup", file], dir, .zh)
        #expect(zh.output.contains("未写备份") && zh.output.contains("日志第 2 行"), "\(zh.output)")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func usageMistakesExitTwoWithTheUsageLine() async {
        let dir = temporaryStoreDirectory()
        for arguments in [["backup"], ["backup", "a", "b"], ["repair"], []] {
            let r = await tool(arguments, dir)
            #expect(r.exitStatus == 2 && r.output == "Usage: ecovol store check|doctor|compact|info|backup FILE")
            #expect(r.json["error"] == .string("usage"))
        }
        #expect(await tool(["frobnicate"], dir, .zh).output == "用法：ecovol store check|doctor|compact|info|backup 文件")
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func infoSaysWhereTheDataIsAndHowMuch() async throws {
        let dir = try filledStore()
        let r = await tool(["info"], dir)
        #expect(r.exitStatus == 0)
        #expect(
            r.output.hasPrefix("Store: \(dir)\nschema \(StoreMigration.currentSchema), generation 1, latest change 5"))
        #expect(r.output.contains("3 lines; 0 backups"), "\(r.output)")
        #expect(r.output.hasSuffix("1 session, 3 people, 3 participation records, 1 own projects."))
        #expect(r.json["people"] == .int(3) && r.json["participations"] == .int(3) && r.json["damaged"] == .bool(false))
        let zh = await tool(["info"], dir, .zh)
        #expect(zh.output.hasPrefix("数据目录：\(dir)\n"))
        #expect(zh.output.contains("活动 1 场，人员 3 人，参与记录 3 条，自建项目 1 个。"))
    }

    @Test func compactFoldsTheJournalAndKeepsTheOldSnapshotAsABackup() async throws {
        let dir = try filledStore()
        let before = try JSONFileStore(directory: dir, options: .init(readOnly: true)).state
        let r = await tool(["compact"], dir, .zh)
        #expect(r.exitStatus == 0)
        #expect(r.output.hasPrefix("已整理：第 2 代快照，并入 3 行日志，"), "\(r.output)")
        #expect(r.json["seq"] == .int(5) && r.json["journal_lines_folded"] == .int(3))
        #expect(FileManager.default.fileExists(atPath: dir + "/backups/outreach-1.json"))
        let after = try JSONFileStore(directory: dir)
        #expect(after.state.hasSameContent(as: before) && after.statistics.journalLines == 0)
        let info = await tool(["info"], dir)
        #expect(info.output.contains("generation 2, latest change 5") && info.output.contains("1 backups"))
    }

    @Test func initCreatesAnEmptyPrivateStore() async throws {
        let dir = temporaryStoreDirectory()
        let r = await tool(["init"], dir)
        #expect(r.exitStatus == 0, "\(r.output)")
        #expect(r.output.contains("latest change 0") && r.json["sessions"] == .int(0))
        let mode = try FileManager.default.attributesOfItem(atPath: dir)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        #expect(await tool(["check"], dir).exitStatus == 0)
    }

    /// File maintenance means nothing for a server: refused before any connection, naming the
    /// action and the server without its password.
    @Test func fileActionsOnAServerAreRefusedWithoutThePassword() async {
        let url = "postgresql://province:s3cret@db.example.invalid/ecovol"
        for (action, language) in [("check", Language.en), ("backup", .zh), ("doctor", .en), ("compact", .zh)] {
            let r = await StoreTool.run(
                arguments: [action, "x"], location: .postgres(url: url),
                dataDirectory: DataDirectory(path: temporaryStoreDirectory()), environment: [:], language: language)
            #expect(r.exitStatus == 2)
            #expect(r.output.contains(action) && r.output.contains("db.example.invalid"), "\(r.output)")
            #expect(!r.output.contains("s3cret"))
            #expect(
                r.output
                    == L(
                        .sharedStoreFileActionOnServer,
                        ["action": action, "url": "postgresql://province@db.example.invalid/ecovol"]
                    ).text(language))
        }
    }

    /// The province's figures live on a server; a directory is pointed to /report instead.
    @Test func totalsOnADirectoryPointToReport() async throws {
        let dir = try filledStore()
        for language in [Language.zh, .en] {
            let r = await tool(["totals"], dir, language)
            #expect(r.exitStatus == 2)
            #expect(r.output.contains("/report") && r.output.contains(dir), "\(r.output)")
        }
    }

    @Test func filesOthersCanReadAreAProblemForCheck() async throws {
        let dir = try filledStore()
        chmod(dir + "/outreach.json", 0o644)
        let r = await tool(["check"], dir)
        #expect(r.exitStatus == 1)
        #expect(r.output.contains("Permissions too open: \(dir)/outreach.json 644"), "\(r.output)")
        #expect(r.json["mode_problems"] == .array([.string(dir + "/outreach.json 644")]))
        #expect(await tool(["check"], dir, .zh).output.contains("权限过宽"))
    }
}
