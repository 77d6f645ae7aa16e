import Foundation
import Testing

@testable import EcoVolKit

/// The journal + snapshot pair over a store's life: change numbers, compaction (by hand, at
/// open, at close), backups kept, interrupted writes, read-only opens and the write lock.
@Suite struct JournalCompactionTests {
    /// Applies `n` changes of every kind (put, update, delete) so compaction has real work.
    private func churn(_ store: JSONFileStore, _ n: Int, from start: Int = 0) throws {
        for i in start..<(start + n) {
            try store.append(
                command: "c\(i)",
                [
                    .putSession(sampleSession("s\(i % 7)", hours: Double(i % 4 + 1))),
                    .putPerson(samplePerson("p\(i % 11)", name: "志愿者\(i)")),
                    .putParticipation(sampleParticipation("s\(i % 7)", "p\(i % 11)", hours: Double(i % 5) / 2)),
                ])
            if i % 5 == 4 { try store.append(command: "del\(i)", [.deletePerson("p\((i + 3) % 11)")]) }
        }
    }

    @Test func everyChangeGetsTheNextNumberAcrossCompactionsAndReopens() throws {
        let dir = temporaryStoreDirectory()
        var seqs: [Int] = []
        for round in 0..<3 {
            let store = try JSONFileStore(directory: dir)
            #expect(store.statistics.seq == seqs.last ?? 0)
            for i in 0..<4 {
                let commit = try #require(try store.append(command: "t", [.putPerson(samplePerson("r\(round)i\(i)"))]))
                seqs.append(commit.seq)
                if i == 1 { try store.compact() }
            }
            store.close()
        }
        #expect(seqs == Array(1...12))
    }

    @Test func aChangeWithNoOperationsWritesNothing() throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        try store.append(command: "t", [.putPerson(samplePerson("p1"))])
        let before = try #require(FileManager.default.contents(atPath: dir + "/journal.jsonl"))
        #expect(try store.append(command: "nothing", []) == nil)
        #expect(try store.commit(command: "nothing") { _ in [] } == nil)
        #expect(store.statistics.seq == 1)
        #expect(FileManager.default.contents(atPath: dir + "/journal.jsonl") == before)
    }

    /// Compacting at any point keeps exactly the records the journal held, and a reopen sees
    /// the same as the instance that compacted.
    @Test func compactionAtAnyPointKeepsEveryRecord() throws {
        let reference = temporaryStoreDirectory()
        let plain = try JSONFileStore(directory: reference, options: .init(compactAtOpen: false))
        try churn(plain, 40)
        for every in [1, 3, 7, 40] {
            let dir = temporaryStoreDirectory()
            let store = try JSONFileStore(directory: dir)
            for chunk in stride(from: 0, to: 40, by: every) {
                try churn(store, min(every, 40 - chunk), from: chunk)
                try store.compact()
            }
            #expect(store.state.hasSameContent(as: plain.state), "compacting every \(every)")
            #expect(store.statistics.seq == plain.statistics.seq && store.statistics.journalLines == 0)
            let reopened = try JSONFileStore(directory: dir)
            #expect(reopened.state.hasSameContent(as: store.state))
            #expect(reopened.statistics.seq == plain.statistics.seq)
        }
    }

    @Test func onlyTheNewestBackupsAreKept() throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir, options: .init(backupsKept: 2))
        for i in 0..<5 {
            try store.append(command: "t", [.putPerson(samplePerson("p\(i)"))])
            try store.compact()
        }
        let backups = try FileManager.default.contentsOfDirectory(atPath: dir + "/backups").sorted()
        #expect(backups == ["outreach-3.json", "outreach-4.json"])
        #expect(JSONFileStore.backupFiles(in: dir + "/backups").map(\.generation) == [4, 3])
        // A backup is a whole, verifiable snapshot of its generation.
        var state = OutreachState()
        let bytes = try #require(try POSIXFile.readAll(dir + "/backups/outreach-4.json"))
        let header = try bytes.withUnsafeBytes {
            try SnapshotCodec.decode($0, into: &state, verify: true, decoder: RecordCodec.decoder())
        }
        #expect(header.generation == 4 && header.seq == 4 && state.people.count == 4)
    }

    @Test func aLongJournalIsFoldedWhenTheStoreIsOpenedOrClosed() throws {
        let dir = temporaryStoreDirectory()
        let options = JSONFileStore.Options(compactionLines: 10, compactionMinimumBytes: .max)
        let store = try JSONFileStore(directory: dir, options: options)
        try churn(store, 12)
        #expect(store.statistics.journalLines > 10)
        let expected = store.state
        store.close()
        let reopened = try JSONFileStore(directory: dir, options: options)
        #expect(reopened.statistics.journalLines == 0 && reopened.statistics.generation == 1)
        #expect(reopened.state.hasSameContent(as: expected))
        // Below the threshold nothing is folded.
        try reopened.append(command: "t", [.putPerson(samplePerson("x"))])
        reopened.close()
        #expect(try JSONFileStore(directory: dir, options: options).statistics.journalLines == 1)
    }

    /// The torn last line is cut off and named in both languages; the changes before it are
    /// all there and the next change takes the torn line's number, since it was never saved.
    @Test func aTornLastLineIsDroppedAndReported() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            for i in 1...3 { try store.append(command: "t", [.putPerson(samplePerson("p\(i)"))]) }
        }
        let path = dir + "/journal.jsonl"
        let good = try #require(FileManager.default.contents(atPath: path))
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        let last = lines.removeLast()
        let cut = String(last.prefix(last.count - 5))
        try (lines.joined(separator: "\n") + "\n" + cut).write(toFile: path, atomically: false, encoding: .utf8)

        let readOnly = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        let note = try #require(readOnly.drainWarnings().first)
        #expect(note.en.contains("Line 4 of the journal is incomplete (\(cut.utf8.count) bytes)"), "\(note.en)")
        #expect(note.zh.contains("日志第 4 行不完整"))
        #expect(readOnly.state.people.count == 2)

        let store = try JSONFileStore(directory: dir)
        let warning = try #require(store.drainWarnings().first)
        #expect(warning.en.contains("Line 4 of the journal was incomplete"), "\(warning.en)")
        #expect(warning.en.contains("journal.torn-") && warning.zh.contains("已移到 journal.torn-"))
        #expect(Set(store.state.people.keys) == ["p1", "p2"] && store.statistics.seq == 2)
        let commit = try #require(try store.append(command: "t", [.putPerson(samplePerson("p9"))]))
        #expect(commit.seq == 3)
        let torn = try #require(
            try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.hasPrefix("journal.torn-") })
        #expect(FileManager.default.contents(atPath: dir + "/" + torn) == Data(cut.utf8))
        // The journal is the good lines before the cut plus the new change, nothing glued on.
        let now = try #require(FileManager.default.contents(atPath: path))
        #expect(now.starts(with: good.prefix(good.count - last.utf8.count - 1)))
        #expect(StoreInspection.inspect(directory: dir, salvage: false).tornTail == nil)
    }

    @Test func aReadOnlyOpenRefusesWritesAndSaysWhy() throws {
        let dir = temporaryStoreDirectory()
        do {
            let store = try JSONFileStore(directory: dir)
            try store.append(command: "t", [.putPerson(samplePerson("p1"))])
        }
        let store = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        #expect(!store.isWritable && store.state.people["p1"] != nil)
        let error = try #require(throws: StoreError.self) {
            try store.append(command: "t", [.putPerson(samplePerson("p2"))])
        }
        #expect(error.message.en == "The store is open read-only; changes cannot be saved.")
        #expect(error.message.zh == "数据以只读方式打开，不能保存修改。")
        #expect(throws: StoreError.self) { try store.compact() }
        // Opening read-only never creates a store that is not there.
        let missing = temporaryStoreDirectory()
        let none = try JSONFileStore(directory: missing, options: .init(readOnly: true))
        #expect(!none.isWritable && none.state.people.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func aFileWhereTheStoreShouldBeIsRefused() throws {
        let path = temporaryStoreDirectory()
        try "x".write(toFile: path, atomically: false, encoding: .utf8)
        let error = try #require(throws: StoreError.self) { try JSONFileStore(directory: path) }
        #expect(error.message.en.contains(path) && error.message.zh.contains(path))
    }

    /// A second writer waits for the lock instead of interleaving: while another holder has
    /// `store.lock`, a commit does not land; once it is released the commit lands whole, with
    /// the next number after everything the holder wrote.
    @Test func aSecondWriterWaitsForTheLockAndThenCatchesUp() throws {
        let dir = temporaryStoreDirectory()
        let first = try JSONFileStore(directory: dir)
        try first.append(command: "t", [.putPerson(samplePerson("p1"))])
        let entered = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let holder = Thread {
            try? FileLock(path: dir + "/store.lock").withLock {
                entered.signal()
                release.wait()
            }
        }
        holder.start()
        entered.wait()
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            if let second = try? JSONFileStore(directory: dir) {
                _ = try? second.append(command: "second", [.putPerson(samplePerson("p2"))])
            }
            done.signal()
        }
        writer.start()
        #expect(done.wait(timeout: .now() + 0.5) == .timedOut, "the writer did not wait for the lock")
        #expect(StoreInspection.inspect(directory: dir, salvage: false).lastSeq == 1)
        release.signal()
        #expect(done.wait(timeout: .now() + 10) == .success)
        try first.refresh()
        #expect(Set(first.state.people.keys) == ["p1", "p2"] && first.statistics.seq == 2)
        let commit = try #require(try first.append(command: "t", [.putPerson(samplePerson("p3"))]))
        #expect(commit.seq == 3)
    }

    /// What another process appended or compacted is seen by refresh, whatever happened.
    @Test func refreshFollowsAnotherWritersAppendsAndCompactions() throws {
        let dir = temporaryStoreDirectory()
        let reader = try JSONFileStore(directory: dir)
        let writer = try JSONFileStore(directory: dir)
        try churn(writer, 5)
        try reader.refresh()
        #expect(reader.state.hasSameContent(as: writer.state) && reader.statistics.seq == writer.statistics.seq)
        try writer.compact()
        try churn(writer, 3, from: 5)
        try reader.refresh()
        #expect(reader.state.hasSameContent(as: writer.state) && reader.statistics.seq == writer.statistics.seq)
        #expect(reader.statistics.generation == 1)
    }

    @Test func exportedSnapshotsAreConsistentCopies() throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        try churn(store, 6)
        let file = temporaryStoreDirectory() + ".json"
        let size = try store.exportSnapshot(to: file)
        let bytes = try #require(try POSIXFile.readAll(file))
        #expect(bytes.count == size)
        var state = OutreachState()
        let header = try bytes.withUnsafeBytes {
            try SnapshotCodec.decode($0, into: &state, verify: true, decoder: RecordCodec.decoder())
        }
        #expect(header.seq == store.statistics.seq && state.hasSameContent(as: store.state))
        // The export leaves the store's own files alone: the journal is not folded.
        #expect(store.statistics.journalLines > 0 && store.statistics.generation == 0)
        let error = try #require(throws: StoreError.self) {
            try store.exportSnapshot(to: dir + "/no-such-dir/x.json")
        }
        #expect(error.message.en.hasPrefix("Writing the backup \(dir)/no-such-dir/x.json failed"))
    }
}
