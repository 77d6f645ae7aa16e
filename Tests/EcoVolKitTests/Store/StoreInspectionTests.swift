import Foundation
import Testing

@testable import EcoVolKit

/// The read-only line-by-line look at a JSON store's files behind `store check` and
/// `store doctor`: what it counts as good, damaged, missing, out of order or torn.
@Suite struct StoreInspectionTests {
    /// A store with three changes in its journal (people p1, p2, p3; commands t1, t2, t3), closed.
    private func journalStore() throws -> String {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        for n in 1...3 { try store.append(command: "t\(n)", [.putPerson(samplePerson("p\(n)"))]) }
        store.close()
        return dir
    }

    private func journalLines(_ dir: String) throws -> [String] {
        try String(contentsOfFile: dir + "/journal.jsonl", encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private func writeJournal(_ dir: String, _ text: String) throws {
        try text.write(toFile: dir + "/journal.jsonl", atomically: false, encoding: .utf8)
    }

    @Test func anEmptyDirectoryHasNothingAndNothingWrong() {
        let r = StoreInspection.inspect(directory: temporaryStoreDirectory(), salvage: false)
        #expect(r.snapshotStatus == .missing && !r.journalExists)
        #expect(!r.hasCorruption && r.badLines.isEmpty && r.tornTail == nil && r.lastSeq == 0)
    }

    @Test func everyJournalLineIsCountedAndReplayed() throws {
        let dir = try journalStore()
        let r = StoreInspection.inspect(directory: dir, salvage: false)
        #expect(r.journalExists && r.journalHeader != nil)
        #expect(r.goodLines == 3 && r.lastSeq == 3)
        #expect(Set(r.state.people.keys) == ["p1", "p2", "p3"])
        #expect(!r.hasCorruption && !r.staleJournal)
    }

    @Test func aChangedLineIsDamagedAndTheLinesAfterItAreOutOfSequence() throws {
        let dir = try journalStore()
        var lines = try journalLines(dir)
        #expect(lines.count == 4)
        lines[2] = lines[2].replacingOccurrences(of: "志愿者p2", with: "志愿者pX")
        try writeJournal(dir, lines.joined(separator: "\n") + "\n")
        let r = StoreInspection.inspect(directory: dir, salvage: false)
        #expect(r.hasCorruption)
        #expect(r.badLines.map(\.number) == [3, 4])
        #expect(r.badLines.first?.reason == L(.storeToolReasonChecksum))
        // What the damaged line seems to hold, read from its start.
        #expect(r.badLines.first?.guess == "#2 t2")
        #expect(r.badLines.last?.reason == L(.storeToolReasonSeq, ["found": "3", "expected": "2"]))
        #expect(Set(r.state.people.keys) == ["p1", "p3"])
        // Salvaging reports the damage only, and keeps what verifies.
        let salvaged = StoreInspection.inspect(directory: dir, salvage: true)
        #expect(salvaged.badLines.map(\.number) == [3])
        #expect(Set(salvaged.state.people.keys) == ["p1", "p3"])
    }

    @Test func anUnfinishedLastLineIsATornTailNotDamage() throws {
        let dir = try journalStore()
        let lines = try journalLines(dir)
        let cut = String(lines[3].prefix(lines[3].count / 2))
        try writeJournal(dir, lines.prefix(3).joined(separator: "\n") + "\n" + cut)
        let r = StoreInspection.inspect(directory: dir, salvage: false)
        #expect(!r.hasCorruption)
        #expect(r.tornTail?.bytes == cut.utf8.count)
        #expect(r.goodLines == 2 && r.lastSeq == 2)
    }

    @Test func aSnapshotThatIsNotOneIsDamagedAndSaysWhy() throws {
        let dir = temporaryStoreDirectory()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "hello".write(toFile: dir + "/outreach.json", atomically: false, encoding: .utf8)
        let r = StoreInspection.inspect(directory: dir, salvage: false)
        #expect(r.hasCorruption)
        guard case .damaged(let why) = r.snapshotStatus else {
            Issue.record("not damaged: \(r.snapshotStatus)")
            return
        }
        #expect(!why.zh.isEmpty && !why.en.isEmpty)
        #expect(r.snapshotBytes == 5)
    }

    @Test func filesOthersCanReadAreListed() throws {
        let dir = try journalStore()
        #expect(StoreInspection.modeProblems(directory: dir).isEmpty)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: dir + "/journal.jsonl")
        #expect(StoreInspection.modeProblems(directory: dir) == [dir + "/journal.jsonl 644"])
    }
}
