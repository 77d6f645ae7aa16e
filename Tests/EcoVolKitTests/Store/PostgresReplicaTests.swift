import Foundation
import Testing

@testable import EcoVolKit

#if canImport(Glibc)
    import Glibc
#endif

/// The local replica of a server store: a later start reads it and asks the server only for
/// the changes after its seq; a damaged replica, one from another database or schema, or one
/// ahead of the server is rebuilt with a notice; an office's replica holds only its city; a
/// large change is written in batches with the same result as one statement per record.
@MainActor
@Suite(
    .enabled(if: PostgresTestServer.isConfigured, "no PostgreSQL server configured (make test starts one)"), .serialized
)
struct PostgresReplicaTests {
    static func home() -> DataDirectory {
        DataDirectory(path: (temporaryStoreDirectory() as NSString).deletingLastPathComponent + "/home")
    }

    static func open(_ url: String, _ home: DataDirectory) async throws -> PostgresOutreachStore {
        try await PostgresOutreachStore.open(url: url, environment: [:], now: { fixedNow }, replicaIn: home)
    }

    /// What the server holds, read from its tables without a replica.
    static func serverState(_ url: String) async throws -> (OutreachState, Int) {
        let plain = try await PostgresOutreachStore.open(url: url, environment: [:])
        let result = (plain.state, plain.seq)
        await plain.close()
        return result
    }

    /// A first start that schedules session s1 and logs p0…p2 into it (seq 4).
    static func openWithThreeLogged(_ url: String, _ home: DataDirectory) async throws -> PostgresOutreachStore {
        let first = try await open(url, home)
        try await first.append(command: "schedule", [.putSession(sampleSession("s1"))])
        for i in 0..<3 {
            try await first.append(
                command: "log",
                [.putPerson(samplePerson("p\(i)")), .putParticipation(sampleParticipation("s1", "p\(i)"))])
        }
        return first
    }

    static func notices(_ store: PostgresOutreachStore) -> [String] {
        store.drainWarnings().map(\.en)
    }

    /// Changes one byte of the replica's snapshot in `directory`, so it no longer verifies.
    static func damageSnapshot(in directory: String) throws {
        let snapshot = directory + "/outreach.json"
        var bytes = try #require(try POSIXFile.readAll(snapshot))
        let index = try #require(bytes.firstIndex(of: UInt8(ascii: "p")))
        bytes[index] = UInt8(ascii: "q")
        try POSIXFile.atomicReplace(snapshot, with: bytes, directory: directory)
    }

    /// A first start with three logged (see `openWithThreeLogged`), closed: the replica's directory.
    static func closedReplicaWithThreeLogged(_ url: String, _ home: DataDirectory) async throws -> String {
        let first = try await openWithThreeLogged(url, home)
        let directory = try #require(first.replica?.directory)
        await first.close()
        return directory
    }

    @Test func aLaterStartReadsTheReplicaAndFetchesOnlyTheNewChanges() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let home = Self.home()
        let first = try await Self.openWithThreeLogged(url, home)
        let replica = try #require(first.replica)
        let directory = replica.directory
        let generation = replica.files.statistics.generation
        #expect(replica.seq == 4)
        await first.close()

        // Another laptop (no replica) adds changes while this one is closed.
        let other = try await PostgresOutreachStore.open(url: url, environment: [:])
        for i in 3..<8 {
            try await other.append(
                command: "log",
                [.putPerson(samplePerson("p\(i)")), .putParticipation(sampleParticipation("s1", "p\(i)"))])
        }
        try await other.append(
            command: "cancel", [.deletePerson("p0"), .deleteParticipation(.init(session: "s1", person: "p0"))])
        await other.close()

        let later = try await Self.open(url, home)
        let (expected, head) = try await Self.serverState(url)
        #expect(later.seq == head && head == 10)
        #expect(later.state.hasSameContent(as: expected))
        let again = try #require(later.replica)
        #expect(again.directory == directory)
        #expect(again.files.statistics.generation == generation, "caught up by seq, not reloaded from the tables")
        #expect(again.files.statistics.journalLines >= 6)
        #expect(Self.notices(later).isEmpty)
        // The password never reaches the replica's files.
        let password = try #require(URLComponents(string: url)?.password)
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            let text = (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
            #expect(!text.contains(password), "\(name) holds the password")
        }
        #expect(!directory.contains(password))
        // Its own commits land in the replica too: a third start sees them without the server's tables.
        try await later.append(command: "add", [.putPerson(samplePerson("late"))])
        await later.close()
        let third = try await Self.open(url, home)
        #expect(third.state.people["late"] != nil && third.seq == 11)
        #expect(third.replica?.files.statistics.generation == generation)
        await third.close()
    }

    @Test func aDamagedReplicaIsRebuiltFromTheServerWithANotice() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let home = Self.home()
        let first = try await Self.open(url, home)
        try await first.append(command: "schedule", [.putSession(sampleSession("s1")), .putPerson(samplePerson("p1"))])
        let directory = try #require(first.replica?.directory)
        await first.close()
        // A second start writes a snapshot (the first one filled the replica from the tables).
        try Self.damageSnapshot(in: directory)

        let reopened = try await Self.open(url, home)
        let notices = Self.notices(reopened)
        #expect(notices.contains { $0.contains("damaged") && $0.contains(directory) }, "\(notices)")
        let (expected, _) = try await Self.serverState(url)
        #expect(reopened.state.hasSameContent(as: expected))
        #expect(reopened.replica != nil)
        await reopened.close()
        let healthy = try await Self.open(url, home)
        #expect(Self.notices(healthy).isEmpty)
        #expect(healthy.state.hasSameContent(as: expected))
        await healthy.close()
    }

    @Test func aReplicaOfAResetSchemaOrAServerBehindItIsNotTrusted() async throws {
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let home = Self.home()
        let first = try await Self.open(url, home)
        try await first.append(command: "schedule", [.putSession(sampleSession("old"))])
        try await first.append(command: "add", [.putPerson(samplePerson("old-person"))])
        await first.close()

        // The schema is dropped and made again with other records: same URL, other data.
        try await PostgresAdministration.execute(url: url, environment: [:], ["DROP SCHEMA ecovol CASCADE"])
        _ = try await PostgresAdministration.initialise(url: url, environment: [:])
        let writer = try await PostgresOutreachStore.open(url: url, environment: [:])
        for i in 0..<3 { try await writer.append(command: "add", [.putPerson(samplePerson("new\(i)"))]) }
        await writer.close()
        let reset = try await Self.open(url, home)
        let notices = Self.notices(reset)
        #expect(notices.contains { $0.contains("another server") }, "\(notices)")
        #expect(Set(reset.state.people.keys) == ["new0", "new1", "new2"])
        #expect(reset.state.sessions.isEmpty)
        await reset.close()

        // The server's log is cut back (restored from an older backup): the replica is ahead.
        try await PostgresAdministration.execute(
            url: url, environment: [:],
            [
                "DELETE FROM ecovol.changes WHERE seq > 1", "DELETE FROM ecovol.people WHERE id <> 'new0'",
                "UPDATE ecovol.head SET seq = 1",
            ])
        let behind = try await Self.open(url, home)
        let aheadNotices = Self.notices(behind)
        #expect(aheadNotices.contains { $0.contains("up to 3") && $0.contains("only up to 1") }, "\(aheadNotices)")
        #expect(Set(behind.state.people.keys) == ["new0"])
        #expect(behind.seq == 1)
        await behind.close()
    }

    @Test func anOfficesReplicaHoldsOnlyWhatItsRoleMaySee() async throws {
        let (url, officeURL, _, drop) = try await PostgresStoreTests().provinceWithOffice()
        defer { Task { await drop() } }
        let home = Self.home()
        let office = try await Self.open(officeURL, home)
        let directory = try #require(office.replica?.directory)
        // The province adds to both cities; the office catches up on its next start.
        let province = try await PostgresOutreachStore.open(url: url, environment: [:])
        try await province.append(
            command: "schedule",
            [.putSession(sampleSession("szy2", city: "遵义市")), .putPerson(samplePerson("pz2", name: "新遵义人"))])
        try await province.append(command: "log", [.putParticipation(sampleParticipation("szy2", "pz2"))])
        try await province.append(
            command: "schedule",
            [.putSession(sampleSession("sgy2", city: "贵阳市")), .putPerson(samplePerson("pg2", name: "新贵阳人"))])
        try await province.append(command: "log", [.putParticipation(sampleParticipation("sgy2", "pg2"))])
        await province.close()
        await office.close()

        let later = try await Self.open(officeURL, home)
        #expect(Set(later.state.sessions.keys) == ["szy", "szy2"])
        #expect(Set(later.state.people.keys) == ["pzy", "pboth", "pz2"])
        await later.close()
        var everything = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            everything += (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
        }
        for hidden in ["贵阳人", "新贵阳人", "sgy", "sgy2", "pg2"] {
            #expect(!everything.contains("\"\(hidden)\""), "the office's replica holds \(hidden)")
        }
        #expect(!everything.contains("贵阳人\""))
        // The province's own replica (same data directory, another login) is another directory.
        let provinceStore = try await Self.open(url, home)
        #expect(provinceStore.replica?.directory != directory)
        #expect(provinceStore.state.sessions.count == 4)
        await provinceStore.close()
    }

    @Test func aLargeChangeIsWrittenInBatchesWithTheSameRowsAsOneByOne() async throws {
        let (batchedURL, dropBatched) = try await PostgresTestServer.freshDatabase()
        let (singleURL, dropSingle) = try await PostgresTestServer.freshDatabase()
        defer {
            Task {
                await dropBatched()
                await dropSingle()
            }
        }
        var ops: [StoreOperation] = []
        for s in 0..<4 { ops.append(.putSession(sampleSession("s\(s)", city: s % 2 == 0 ? "贵阳市" : "遵义市"))) }
        for p in 0..<120 {
            ops.append(.putPerson(samplePerson("p\(p)", name: p % 7 == 0 ? "带\"引号\"的\\名字\n" : nil)))
            var part = sampleParticipation("s\(p % 4)", "p\(p)", hours: Double(p % 5) + 0.25)
            if p % 3 == 0 { part.checkIn = fixedNow.addingTimeInterval(600) }
            if p % 4 == 0 { part.note = "迟到 \(p)" }
            ops.append(.putParticipation(part))
        }
        // Later operations on the same keys win, as they do one by one.
        ops.append(.deleteParticipation(.init(session: "s1", person: "p1")))
        ops.append(.putParticipation(sampleParticipation("s1", "p1", hours: 9)))
        ops.append(.deletePerson("p2"))
        ops.append(.deleteParticipation(.init(session: "s2", person: "p2")))
        ops.append(.putSession(sampleSession("s3", hours: 5, city: "遵义市")))
        ops.append(.deleteSession("s0"))
        #expect(ops.count > PostgresBatchWrite.threshold)
        let batched = try await PostgresOutreachStore.open(url: batchedURL, environment: [:])
        try await batched.append(command: "import", ops)
        let single = try await PostgresOutreachStore.open(url: singleURL, environment: [:])
        // Small changes go one statement per record.
        var start = 0
        while start < ops.count {
            let end = min(start + PostgresBatchWrite.threshold, ops.count)
            try await single.append(command: "import", Array(ops[start..<end]))
            start = end
        }
        #expect(batched.state.hasSameContent(as: single.state))
        let query = """
            SELECT concat_ws('|', s.id, s.title, s.type, s.start, s."end", s.hours, s.city, s.audience, s.lecturers, s.support, s.status, s.created, s.record)
            FROM ecovol.sessions s ORDER BY s.id
            """
        let people =
            "SELECT concat_ws('|', id, name, phone, skills, registered, updated, record) FROM ecovol.people ORDER BY id"
        let parts = """
            SELECT concat_ws('|', session_id, person_id, role, status, scheduled_hours, hours, credited_hours, check_in, check_out, note, logged, record)
            FROM ecovol.participations ORDER BY session_id, person_id
            """
        for sql in [query, people, parts] {
            let a = try await PostgresAdministration.rows(url: batchedURL, environment: [:], sql)
            let b = try await PostgresAdministration.rows(url: singleURL, environment: [:], sql)
            #expect(a == b, "\(sql)")
            #expect(!a.isEmpty)
        }
        // A fresh load from the tables lists participations in the order they were recorded.
        let reloaded = try await PostgresOutreachStore.open(url: batchedURL, environment: [:])
        #expect(reloaded.state.allParticipations == batched.state.allParticipations)
        await reloaded.close()
        await batched.close()
        await single.close()
    }

    /// A large replica is read in the background: the start returns once the server is checked
    /// and the changes after the replica's seq are fetched; the records, the seq, a commit made
    /// before anything was read, and a damaged replica all come out as with a full read.
    @Test func aLargeReplicaIsReadInTheBackgroundAndStillComplete() async throws {
        let saved = PostgresReplica.backgroundReadBytes
        PostgresReplica.backgroundReadBytes = 0
        defer { PostgresReplica.backgroundReadBytes = saved }
        let (url, drop) = try await PostgresTestServer.freshDatabase()
        defer { Task { await drop() } }
        let home = Self.home()
        let directory = try await Self.closedReplicaWithThreeLogged(url, home)
        // A second start writes the snapshot the first one filled from the tables.
        let second = try await Self.open(url, home)
        #expect(second.state.participationCount == 3)
        await second.close()
        #expect(PostgresReplica.peekSeq(directory) == 4)

        let other = try await PostgresOutreachStore.open(url: url, environment: [:])
        for i in 3..<6 { try await other.append(command: "add", [.putPerson(samplePerson("p\(i)"))]) }
        try await other.append(command: "cancel", [.deletePerson("p3")])

        let later = try await Self.open(url, home)
        #expect(later.pendingReplica?.after == 4, "read in the background")
        #expect(later.pendingReplica?.entries.map(\.seq) == [5, 6, 7, 8])
        let (expected, head) = try await Self.serverState(url)
        #expect(later.state.hasSameContent(as: expected))
        #expect(later.seq == head && head == 8)
        #expect(later.pendingReplica == nil && later.replica != nil)
        #expect(Self.notices(later).isEmpty)
        await later.close()
        #expect(PostgresReplica.peekSeq(directory) == 8, "the fetched changes reached the replica's journal")

        // A commit before anything is read waits for the read and builds on every record.
        try await other.append(command: "add", [.putPerson(samplePerson("p6"))])
        let writer = try await Self.open(url, home)
        #expect(writer.pendingReplica != nil)
        let commit = try await writer.commit(command: "add") { state in
            #expect(state.people["p6"] != nil && state.people["p3"] == nil)
            return [.putPerson(samplePerson("p7"))]
        }
        #expect(commit?.seq == 10)
        await writer.close()

        // A damaged replica found by the background read: a notice, then the tables are read again.
        try Self.damageSnapshot(in: directory)
        let damaged = try await Self.open(url, home)
        #expect(damaged.pendingReplica != nil)
        // Read straight after the start, with no refresh in between, the records are already
        // the server's: `state` read the tables again before answering.
        let (current, currentHead) = try await Self.serverState(url)
        #expect(damaged.state.hasSameContent(as: current))
        #expect(damaged.seq == currentHead)
        let notices = Self.notices(damaged)
        #expect(notices.contains { $0.contains("damaged") && $0.contains(directory) }, "\(notices)")
        try await damaged.refresh()
        #expect(damaged.state.hasSameContent(as: current))
        #expect(damaged.seq == currentHead)
        await damaged.close()
        await other.close()
        let healthy = try await Self.open(url, home)
        #expect(healthy.state.hasSameContent(as: current))
        #expect(Self.notices(healthy).isEmpty)
        await healthy.close()
    }
}
