import Foundation
import Testing

@testable import EcoVolKit

@Suite struct JSONFileStoreTests {
    @Test func appendReopenAndQuery() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            try store.append(
                command: "test",
                [.putSession(sampleSession("s1")), .putPerson(samplePerson("p1")), .putPerson(samplePerson("p2"))])
            try store.append(command: "log", [.putParticipation(sampleParticipation("s1", "p1", hours: 2.5))])
            try store.append(command: "log", [.putParticipation(sampleParticipation("s1", "p2"))])
            #expect(store.state.totalHours(person: "p1") == 2.5)
            store.close()
        }
        let reopened = try JSONFileStore(directory: dir)
        #expect(reopened.state.sessions["s1"]?.title == "垃圾分类进社区 s1")
        #expect(reopened.state.participations(session: "s1").count == 2)
        #expect(reopened.state.totalHours(person: "p1") == 2.5)
        #expect(reopened.statistics.seq == 3)
    }

    @Test func compactionKeepsEverythingAndBacksUp() throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        try store.append(command: "t", [.putSession(sampleSession("s1")), .putPerson(samplePerson("p1"))])
        try store.compact()
        try store.append(command: "t", [.putParticipation(sampleParticipation("s1", "p1"))])
        try store.compact()
        try store.append(command: "t", [.putPerson(samplePerson("p2", name: "李四"))])
        let again = try JSONFileStore(directory: dir)
        #expect(again.state.hasSameContent(as: store.state))
        #expect(again.statistics.generation == 2)
        #expect(FileManager.default.fileExists(atPath: dir + "/backups/outreach-1.json"))
    }

    @Test func tornTailIsSetAsideAndNextWriteSurvives() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            for i in 0..<5 { try store.append(command: "t", [.putPerson(samplePerson("p\(i)"))]) }
        }
        let journal = dir + "/journal.jsonl"
        var bytes = try #require(FileManager.default.contents(atPath: journal))
        bytes.removeLast(7)
        bytes.append(contentsOf: Array("{\"seq\":9".utf8))
        try bytes.write(to: URL(fileURLWithPath: journal))
        let store = try JSONFileStore(directory: dir)
        let warnings = store.drainWarnings()
        #expect(warnings.count == 1)
        #expect(store.state.people.count == 4)
        try store.append(command: "t", [.putPerson(samplePerson("after"))])
        let again = try JSONFileStore(directory: dir)
        #expect(again.state.people["after"] != nil)
        #expect(again.state.people.count == 5)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.contains { $0.hasPrefix("journal.torn-") })
    }

    /// A last line whose checksum holds was written whole and acknowledged, even when this
    /// version cannot read it (a service type a newer ecovol knows): it is kept and writing
    /// stops, instead of it being cut off as torn and its seq given to the next change.
    @Test func aSealedLastLineThisVersionCannotReadIsKeptAndStopsWrites() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            try store.append(command: "t", [.putPerson(samplePerson("p1"))])
        }
        let journal = dir + "/journal.jsonl"
        let session = String(
            decoding: try RecordCodec.encode(sampleSession("s1"), with: RecordCodec.encoder()), as: UTF8.self
        ).replacingOccurrences(of: "\"type\":\"education\"", with: "\"type\":\"cleanup\"")
        #expect(session.contains("cleanup"))
        var line = Array(
            #"{"seq":2,"at":"2026-05-28T20:26:40Z","cmd":"schedule","ops":[{"put":"session","v":\#(session)}]"#.utf8)
        JournalCodec.seal(&line)
        let before = try #require(FileManager.default.contents(atPath: journal))
        let written = before + Data(line)
        try written.write(to: URL(fileURLWithPath: journal))

        let store = try JSONFileStore(directory: dir)
        #expect(store.state.people["p1"] != nil && store.state.sessions.isEmpty)
        #expect(!store.isWritable && store.isDamaged)
        #expect(throws: StoreError.self) { try store.append(command: "t", [.putPerson(samplePerson("p2"))]) }
        store.close()
        #expect(FileManager.default.contents(atPath: journal) == written)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(!names.contains { $0.hasPrefix("journal.torn-") }, "\(names)")
        // store doctor sees the same: a line it cannot read, not an unfinished write.
        let report = StoreInspection.inspect(directory: dir, salvage: false)
        #expect(report.tornTail == nil)
        #expect(report.badLines.map(\.number) == [3])
        #expect(report.badLines.first?.reason == L(.storeToolReasonMalformed))
    }

    @Test func flippedDigitMidJournalStopsWritingAndDoctorRepairs() throws {
        let dir = try storeWithFlippedJournalDigit(people: 6)
        let check = StoreTool.check(directory: dir, language: .en)
        #expect(check.exitStatus == 1)
        let store = try JSONFileStore(directory: dir)
        #expect(!store.isWritable)
        #expect(throws: StoreError.self) { try store.append(command: "t", [.putPerson(samplePerson("x"))]) }
        // Reading shows what comes before the damaged line and says the rest is set aside.
        #expect(store.isDamaged)
        #expect(store.damage?.en.contains("after no. 2") == true)
        #expect(store.state.people.count == 1)
        let doctor = StoreTool.doctor(directory: dir, language: .en)
        // A line was lost: listed, kept, and never called "repaired".
        #expect(doctor.exitStatus == 1)
        #expect(doctor.output.contains("Not recovered: journal line 4"), "\(doctor.output)")
        #expect(doctor.output.contains("#3 t"))
        #expect(!doctor.output.contains("Repaired"))
        #expect(doctor.output.contains("journal.jsonl.damaged-"))
        let repaired = try JSONFileStore(directory: dir)
        #expect(repaired.isWritable)
        #expect(!repaired.isDamaged)
        #expect(repaired.state.people.count == 5)
        #expect(StoreTool.check(directory: dir, language: .en).exitStatus == 0)
        #expect(StoreTool.doctor(directory: dir, language: .en).exitStatus == 0)
    }

    @Test func flippedByteInSnapshotIsDetected() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            try store.append(command: "t", [.putSession(sampleSession("s1")), .putPerson(samplePerson("p1"))])
            try store.append(command: "t", [.putParticipation(sampleParticipation("s1", "p1", hours: 3))])
            try store.compact()
        }
        let path = dir + "/outreach.json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"attended\",3,3", with: "\"attended\",3,8")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        // The changed row is not loaded, everything else is, and nothing can be written.
        let damaged = try JSONFileStore(directory: dir)
        #expect(damaged.isDamaged)
        #expect(damaged.state.participationCount == 0)
        #expect(damaged.state.people.count == 1 && damaged.state.sessions.count == 1)
        #expect(throws: StoreError.self) { try damaged.append(command: "t", [.putPerson(samplePerson("x"))]) }
        damaged.close()
        #expect(StoreTool.check(directory: dir, language: .zh).exitStatus == 1)
        let doctor = StoreTool.doctor(directory: dir, language: .zh)
        #expect(doctor.exitStatus == 1)
        #expect(doctor.output.contains("参与记录 s1 / p1"), "\(doctor.output)")
        #expect(!doctor.output.contains("checksum"))
        let repaired = try JSONFileStore(directory: dir)
        #expect(repaired.isWritable && repaired.state.participationCount == 0 && repaired.state.people.count == 1)
    }

    @Test func twoInstancesSeeEachOtherAndNeverLoseWrites() throws {
        let dir = temporaryStoreDirectory()
        let a = try JSONFileStore(directory: dir)
        let b = try JSONFileStore(directory: dir)
        for i in 0..<50 {
            try a.commit(command: "t") { state in
                let id = OutreachID.make(.person) { state.people[$0] != nil }
                return [.putPerson(samplePerson(id, name: "A\(i)"))]
            }
            try b.commit(command: "t") { state in
                let id = OutreachID.make(.person) { state.people[$0] != nil }
                return [.putPerson(samplePerson(id, name: "B\(i)"))]
            }
            if i == 25 { try b.compact() }
        }
        try a.refresh()
        #expect(a.state.people.count == 100)
        #expect(b.state.people.count == 100)
        #expect(try JSONFileStore(directory: dir).state.people.count == 100)
    }

    @Test func staleJournalAfterInterruptedCompactionIsHandled() throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        try store.append(command: "t", [.putPerson(samplePerson("p1"))])
        let oldJournal = try #require(FileManager.default.contents(atPath: dir + "/journal.jsonl"))
        try store.append(command: "t", [.putPerson(samplePerson("p2"))])
        let fullJournal = try #require(FileManager.default.contents(atPath: dir + "/journal.jsonl"))
        try store.compact()
        // Simulate a crash after the snapshot rename but before the journal was reset.
        try fullJournal.write(to: URL(fileURLWithPath: dir + "/journal.jsonl"))
        _ = oldJournal
        let reopened = try JSONFileStore(directory: dir)
        #expect(reopened.state.people.count == 2)
        #expect(reopened.isWritable)
        try reopened.append(command: "t", [.putPerson(samplePerson("p3"))])
        #expect(try JSONFileStore(directory: dir).state.people.count == 3)
    }

    @Test func filesArePrivateWhateverTheUmask() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        try store.append(command: "t", [.putPerson(samplePerson("p1"))])
        try store.compact()
        try store.append(command: "t", [.putPerson(samplePerson("p2"))])
        #expect(StoreInspection.modeProblems(directory: dir).isEmpty)
    }

    @Test func newerSchemaOpensReadOnly() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            try store.append(command: "t", [.putPerson(samplePerson("p1"))])
        }
        // Rewrite the journal header with a newer schema by building a snapshot that says so.
        let state = try JSONFileStore(directory: dir).state
        let bytes = try SnapshotCodec.encode(
            state, header: SnapshotHeader(schema: 99, generation: 5, seq: 1, savedAt: fixedNow),
            encoder: RecordCodec.encoder())
        try Data(bytes).write(to: URL(fileURLWithPath: dir + "/outreach.json"))
        try FileManager.default.removeItem(atPath: dir + "/journal.jsonl")
        let store = try JSONFileStore(directory: dir)
        #expect(!store.isWritable)
        #expect(store.state.people["p1"] != nil)
        #expect(throws: StoreError.self) { try store.append(command: "t", [.putPerson(samplePerson("p2"))]) }
    }
}
