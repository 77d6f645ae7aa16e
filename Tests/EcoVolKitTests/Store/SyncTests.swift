import Foundation
import Testing

@testable import EcoVolKit

/// Offline sync between laptops' JSON stores and one server: edits on both sides, a record
/// changed on both (one conflict, both versions kept), a change the office may not make
/// (refused, kept, the rest goes on), compaction before a push, idempotence and resolve.
@MainActor
@Suite(
    .enabled(if: PostgresTestServer.isConfigured, "no PostgreSQL server configured (make test starts one)"), .serialized
)
struct SyncTests {
    static let clock: @Sendable () -> Date = { fixedNow }

    /// Syncs `dir` with `url`; `bare` uses the remembered link, the password from PGPASSWORD.
    func sync(_ dir: String, _ url: String, bare: Bool = false) async throws -> StoreSync.Report {
        let password = URLComponents(string: url)?.password
        return try await StoreSync.sync(
            directory: dir, url: bare ? nil : url, environment: bare ? ["PGPASSWORD": password ?? ""] : [:],
            now: Self.clock)
    }

    func state(_ dir: String) throws -> OutreachState {
        let store = try JSONFileStore(directory: dir, options: .init(readOnly: true, compactAtOpen: false))
        defer { store.close() }
        return store.state
    }

    func server(_ url: String) async throws -> OutreachState {
        let store = try await PostgresOutreachStore.open(url: url, environment: [:])
        let s = store.state
        await store.close()
        return s
    }

    func edit(_ dir: String, _ ops: [StoreOperation]) throws {
        let store = try JSONFileStore(directory: dir, options: .init(now: Self.clock))
        try store.append(command: "edit", ops)
        store.close()
    }

    @Test func twoLaptopsEditOfflineBothSyncEveryRecordPresentOneConflictWithBothVersions() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let a = temporaryStoreDirectory()
        let b = temporaryStoreDirectory()
        try edit(a, [.putSession(sampleSession("shared")), .putPerson(samplePerson("pa0"))])
        let first = try await sync(a, url)
        #expect(first.pushed == 1)
        let bFirst = try await sync(b, url)
        #expect(bFirst.pulledRecords == 2)
        #expect(try state(b).sessions["shared"] != nil)

        // Offline on both laptops.
        var mineA = sampleSession("shared")
        mineA.title = "A 改的标题"
        var mineB = sampleSession("shared")
        mineB.title = "B 改的标题"
        try edit(a, [.putSession(mineA), .putSession(sampleSession("sa1")), .putPerson(samplePerson("pa1"))])
        try edit(a, [.putParticipation(sampleParticipation("sa1", "pa1"))])
        try edit(b, [.putSession(mineB)])
        try edit(b, [.putSession(sampleSession("sb1", city: "贵阳市")), .putPerson(samplePerson("pb1"))])

        let rA = try await sync(a, url, bare: true)
        #expect(rA.pushed == 2 && rA.newConflicts == 0)
        let rB = try await sync(b, url, bare: true)
        #expect(rB.pushed == 2)
        #expect(rB.newConflicts == 1)
        _ = try await sync(a, url, bare: true)

        let sa = try state(a)
        let sb = try state(b)
        let sv = try await server(url)
        for s in [sa, sb, sv] {
            #expect(Set(s.sessions.keys) == ["shared", "sa1", "sb1"])
            #expect(Set(s.people.keys) == ["pa0", "pa1", "pb1"])
            #expect(s.participation(ParticipationKey(session: "sa1", person: "pa1")) != nil)
            // The server's order decides: B pushed last, so B's version stands everywhere.
            #expect(s.sessions["shared"]?.title == "B 改的标题")
        }
        #expect(sa.hasSameContent(as: sv) && sb.hasSameContent(as: sv))

        let listed = await SyncTool.run(
            arguments: ["conflicts"], location: .directory(b), environment: [:], language: .en)
        #expect(listed.exitStatus == 0)
        let items = listed.json["conflicts"]?.arrayValue ?? []
        #expect(items.count == 1)
        #expect(items.first?["record"]?.stringValue == "session shared")
        #expect(items.first?["mine"]?["title"]?.stringValue == "B 改的标题")
        #expect(items.first?["theirs"]?["title"]?.stringValue == "A 改的标题")
        #expect(listed.output.contains("A 改的标题") && listed.output.contains("B 改的标题"))
        let none = await SyncTool.run(
            arguments: ["conflicts"], location: .directory(a), environment: [:], language: .en)
        #expect(none.json["conflicts"]?.arrayValue?.isEmpty == true)

        // Idempotent: nothing moves the second time.
        let seqB = try JSONFileStore(directory: b, options: .init(readOnly: true)).statistics.seq
        let again = try await sync(b, url, bare: true)
        #expect(again.pushed == 0 && again.pulledRecords == 0 && again.newConflicts == 0)
        #expect(try JSONFileStore(directory: b, options: .init(readOnly: true)).statistics.seq == seqB)
        let changes = try await PostgresAdministration.rows(
            url: url, environment: [:], "SELECT count(*)::text FROM ecovol.changes")
        #expect(changes.first?.first == "5", "one server change per local change, none twice")

        // Settle it the other way: a new change, pushed at the next sync.
        let resolved = await SyncTool.run(
            arguments: ["resolve", "1", "keep=theirs"], location: .directory(b), environment: [:], language: .en)
        #expect(resolved.exitStatus == 0, "\(resolved.output)")
        _ = try await sync(b, url, bare: true)
        _ = try await sync(a, url, bare: true)
        #expect(try state(a).sessions["shared"]?.title == "A 改的标题")
        #expect(try await server(url).sessions["shared"]?.title == "A 改的标题")
        let after = await SyncTool.run(arguments: ["status"], location: .directory(b), environment: [:], language: .en)
        #expect(after.json["openConflicts"] == .int(0) && after.json["waiting"] == .int(0), "\(after.output)")
    }

    @Test func aChangeTheOfficeMayNotMakeIsRefusedKeptAsAConflictAndTheRestGoesOn() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let role = "zunyi_" + UUID().uuidString.prefix(6).lowercased()
        let (_, password) = try await PostgresAdministration.addOffice(
            url: url, environment: [:], name: role, city: "遵义")
        var parts = try #require(URLComponents(string: StoreTool.officeConnectionURL(url, role: role)))
        parts.password = password
        let officeURL = try #require(parts.string)
        let dir = temporaryStoreDirectory()
        try edit(dir, [.putSession(sampleSession("z1", city: "遵义市"))])
        try edit(dir, [.putSession(sampleSession("g1", city: "贵阳市"))])
        try edit(dir, [.putSession(sampleSession("z2", city: "遵义市"))])
        let r = try await sync(dir, officeURL)
        #expect(r.pushed == 2 && r.refused == 1)
        let province = try await server(url)
        #expect(Set(province.sessions.keys) == ["z1", "z2"])
        #expect(try state(dir).sessions["g1"] != nil, "kept locally")
        let listed = await SyncTool.run(
            arguments: ["conflicts"], location: .directory(dir), environment: [:], language: .zh)
        let item = try #require(listed.json["conflicts"]?.arrayValue?.first)
        #expect(item["kind"]?.stringValue == "refused")
        #expect(item["mine"]?["city"]?.stringValue == "贵阳市")
        #expect(item["theirs"] == .null)
        #expect(item["reason"]?.stringValue?.contains("row-level security") == true, "\(item)")
        #expect(listed.output.contains("拒绝"))
        // A second sync does not push it again, nor forget it.
        let again = try await sync(dir, officeURL, bare: true)
        #expect(again.pushed == 0 && again.refused == 0 && again.openConflicts == 1)
        #expect(!(try SyncState.load(directory: dir)?.link ?? "").contains(password), "no password kept")
    }

    @Test func compactionBeforeThePushLosesNothing() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let dir = temporaryStoreDirectory()
        // Years of use before the first sync: the snapshot goes up as the first change.
        try edit(dir, [.putSession(sampleSession("old1")), .putPerson(samplePerson("old-p"))])
        try JSONFileStore(directory: dir).compact()
        _ = try await sync(dir, url)
        for i in 0..<5 { try edit(dir, [.putSession(sampleSession("new\(i)"))]) }
        let files = try JSONFileStore(directory: dir)
        try files.compact()
        files.close()
        #expect(try JSONFileStore(directory: dir).statistics.journalLines == 0)
        let waiting = await SyncTool.run(
            arguments: ["status"], location: .directory(dir), environment: [:], language: .en)
        #expect(waiting.json["waiting"] == .int(5), "\(waiting.output)")
        let r = try await sync(dir, url, bare: true)
        #expect(r.pushed == 5)
        #expect(Set(try await server(url).sessions.keys) == ["old1", "new0", "new1", "new2", "new3", "new4"])
        #expect(SyncOutbox.archives(directory: dir).isEmpty, "kept journals removed once pushed")
    }

    @Test func aUsageMistakeShowsTheUsageOnceAndJSONCarriesTheMessageAlone() async throws {
        let dir = temporaryStoreDirectory()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let usage = L(.syncUsage).text(.en)
        let extra = await SyncTool.run(
            arguments: ["status", "now"], location: .directory(dir), environment: [:], language: .en)
        #expect(extra.exitStatus == 2 && extra.output == usage)
        #expect(extra.json["error"]?.stringValue == usage)
        let word = await SyncTool.run(arguments: ["bogus"], location: .directory(dir), environment: [:], language: .en)
        let message = L(.syncErrorUnknownAction, ["word": "bogus"]).text(.en)
        #expect(word.exitStatus == 2 && word.output == message + "\n" + usage)
        #expect(word.json["error"]?.stringValue == message)
    }

    @Test func badInputNamesTheField() async throws {
        let dir = temporaryStoreDirectory()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let noLink = await SyncTool.run(arguments: [], location: .directory(dir), environment: [:], language: .en)
        #expect(noLink.exitStatus == 1 && noLink.output.contains("not linked"))
        let word = await SyncTool.run(arguments: ["bogus"], location: .directory(dir), environment: [:], language: .zh)
        #expect(word.exitStatus == 2 && word.output.contains("bogus") && word.output.contains("status"))
        let server = await SyncTool.run(
            arguments: [], location: .postgres(url: "postgresql://x@h/db"), environment: [:], language: .en)
        #expect(server.exitStatus == 2 && server.output.contains("--store"))
        var state = SyncState()
        state.link = "postgresql://x@h/db"
        state.conflicts = [
            SyncConflict(
                id: 3, kind: .concurrent, localSeq: 1, theirSeq: 2, reason: nil,
                mine: try SyncConflict.encode(.putSession(sampleSession("s"))),
                theirs: try SyncConflict.encode(.deleteSession("s")), detected: fixedNow, resolution: nil)
        ]
        try state.save(directory: dir)
        let badKeep = await SyncTool.run(
            arguments: ["resolve", "3", "keep=both"], location: .directory(dir), environment: [:], language: .en)
        #expect(badKeep.exitStatus == 2 && badKeep.output.contains("keep") && badKeep.output.contains("theirs"))
        let badID = await SyncTool.run(
            arguments: ["resolve", "9", "keep=mine"], location: .directory(dir), environment: [:], language: .zh)
        #expect(badID.exitStatus == 2 && badID.output.contains("9") && badID.output.contains("#3"))
        let conflicts = await SyncTool.run(
            arguments: ["conflicts"], location: .directory(dir), environment: [:], language: .en)
        #expect(conflicts.output.contains("(no such record)"), "\(conflicts.output)")
    }
}
