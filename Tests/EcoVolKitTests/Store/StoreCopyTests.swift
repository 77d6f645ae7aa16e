import Foundation
import Testing

@testable import EcoVolKit

/// `ecovol store copy FROM TO` between JSON directories, and the history it reads
/// (`JSONOutreachStore.history`): every record with its id, every journal change with its
/// command, time and `undoes`, and refusals that leave the target as it was.
@MainActor @Suite struct StoreCopyTests {
    private let later = fixedNow.addingTimeInterval(86_400)

    /// Seq 1 and 2 folded into the snapshot, then 3 (add p2), 4 (log), 5 (undo of 4) in the journal.
    private func source() throws -> String {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir, options: .init(now: { [later] in later }))
        try store.append(command: "schedule", [.putSession(sampleSession("s1"))])
        try store.append(command: "add", [.putPerson(samplePerson("p1"))])
        try store.compact()
        try store.append(command: "add", [.putPerson(samplePerson("p2", name: "李四"))])
        let log = try #require(
            try store.append(command: "log", [.putParticipation(sampleParticipation("s1", "p1", hours: 3))]))
        try store.commit(command: "undo", undoes: log.seq) { _ in log.inverse }
        store.close()
        return dir
    }

    private func copy(_ from: String, _ to: String, _ language: Language = .en) async -> StoreToolResult {
        await StoreTool.run(
            arguments: ["copy", from, to], location: .directory(from), dataDirectory: DataDirectory(path: from),
            environment: [:], language: language)
    }

    @Test func historyIsTheSnapshotThenTheJournal() throws {
        let dir = try source()
        let (base, baseSeq, savedAt, entries) = try JSONOutreachStore.history(directory: dir)
        #expect(baseSeq == 2 && Set(base.people.keys) == ["p1"] && base.sessions["s1"] != nil)
        #expect(savedAt == ISOTimestamp.normalize(later))
        #expect(entries.map(\.seq) == [3, 4, 5])
        #expect(entries.map(\.command) == ["add", "log", "undo"])
        #expect(entries.map(\.undoes) == [nil, nil, 4])
        #expect(entries.allSatisfy { $0.at == ISOTimestamp.normalize(later) })
    }

    @Test func historyRefusesAStoreThatNeedsTheDoctor() throws {
        let dir = try source()
        let path = dir + "/journal.jsonl"
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[1] = lines[1].replacingOccurrences(of: "李四", with: "王五")
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let error = try #require(throws: StoreError.self) { try JSONOutreachStore.history(directory: dir) }
        #expect(error.message.en.contains("Line 2 of the journal"), "\(error.message.en)")
        #expect(error.message.en.contains("store doctor") && error.message.zh.contains("store doctor"))
    }

    /// Copying renumbers nothing the user sees: ids, commands and times come across, the
    /// snapshot arrives as one "copy" change and the undo still points at the log it undid.
    @Test func aCopyKeepsEveryRecordAndTheHistory() async throws {
        let from = try source()
        let to = temporaryStoreDirectory()
        let r = await copy(from, to)
        #expect(r.exitStatus == 0, "\(r.output)")
        #expect(
            r.output
                == "Copied \(from) to \(to): 4 changes (newest 4), 1 session, 2 people, 0 participations; "
                + "ids and history kept."
        )
        #expect(r.json["changes"] == .int(4) && r.json["people"] == .int(2) && r.json["seq"] == .int(4))
        let original = try JSONFileStore(directory: from, options: .init(readOnly: true))
        let copied = try JSONFileStore(directory: to)
        #expect(copied.state.hasSameContent(as: original.state))
        #expect(copied.state.people["p2"]?.name == "李四")
        let (_, baseSeq, _, entries) = try JSONOutreachStore.history(directory: to)
        #expect(baseSeq == 0)
        #expect(entries.map(\.command) == ["copy", "add", "log", "undo"])
        // The undo (source change 5 of 4) is now change 4 of 3: it still names the log it undid.
        #expect(entries.map(\.undoes) == [nil, nil, nil, 3])
        #expect(entries.dropFirst().allSatisfy { $0.at == ISOTimestamp.normalize(later) })
        #expect(StoreTool.run(arguments: ["check"], directory: to, language: .en).exitStatus == 0)
    }

    @Test func aCopyOnlyGoesIntoAnEmptyStore() async throws {
        let from = try source()
        let to = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: to)
            try store.append(command: "add", [.putPerson(samplePerson("mine"))])
        }
        let before = try #require(FileManager.default.contents(atPath: to + "/journal.jsonl"))
        let en = await copy(from, to)
        #expect(en.exitStatus == 1)
        #expect(
            en.output
                == "The target \(to) already holds records; a copy goes only into an empty store, "
                + "so it never mixes with records there."
        )
        let zh = await copy(from, to, .zh)
        #expect(zh.output == "目标 \(to) 里已有记录；复制只写入空库，以免与已有记录混在一起。")
        #expect(FileManager.default.contents(atPath: to + "/journal.jsonl") == before)
        #expect(try JSONFileStore(directory: to).state.people.keys.sorted() == ["mine"])
    }

    @Test func aCopyOntoItselfOrFromNothingIsRefused() async throws {
        let from = try source()
        let same = await copy(from, from, .zh)
        #expect(same.exitStatus == 1 && same.output == "来源和目标是同一个库。")
        let empty = temporaryStoreDirectory()
        let to = temporaryStoreDirectory()
        let none = await copy(empty, to)
        #expect(none.exitStatus == 1)
        #expect(none.output == "\(empty) holds no ecovol data (no outreach.json or journal.jsonl).")
        #expect(!FileManager.default.fileExists(atPath: to + "/journal.jsonl"))
    }

    @Test func copyWithoutBothPlacesIsAUsageMistake() async {
        let dir = temporaryStoreDirectory()
        for arguments in [["copy"], ["copy", dir], ["copy", dir, dir, dir]] {
            let r = await StoreTool.run(
                arguments: arguments, location: .directory(dir), dataDirectory: DataDirectory(path: dir),
                environment: [:], language: .en)
            #expect(r.exitStatus == 2 && r.output.hasPrefix("Usage: ecovol store copy FROM TO"))
        }
    }

    /// A snapshot larger than one batch arrives as several changes, every record once.
    @Test func aLargeSnapshotArrivesInBatches() async throws {
        let from = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: from)
            let people = (0..<(StoreCopy.snapshotBatch + 10)).map { StoreOperation.putPerson(samplePerson("p\($0)")) }
            try store.append(command: "import", people)
            try store.compact()
            try store.append(command: "add", [.putPerson(samplePerson("last"))])
        }
        let to = temporaryStoreDirectory()
        let report = try await StoreCopy.copy(
            from: .directory(from), to: .directory(to), dataDirectory: DataDirectory(path: to), environment: [:],
            progress: nil)
        #expect(report.changes == 3 && report.seq == 3 && report.people == StoreCopy.snapshotBatch + 11)
        let changes = try await StoreCopy.history(of: .directory(from), environment: [:])
        #expect(changes.map(\.operations.count) == [StoreCopy.snapshotBatch, 10, 1])
        #expect(changes.map(\.seq) == [1, 2, 3] && changes.map(\.command) == ["copy", "copy", "add"])
        let copied = try JSONFileStore(directory: to)
        #expect(copied.state.hasSameContent(as: try JSONFileStore(directory: from).state))
    }
}
