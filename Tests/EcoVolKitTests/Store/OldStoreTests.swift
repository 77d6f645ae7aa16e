import Foundation
import Testing

@testable import EcoVolKit

/// A store the first release wrote (schema 1: one checksum for the whole snapshot, none per
/// record; a journal whose header says schema 1), with every kind of record and every field
/// set, read by today's decoders: nothing is lost or made up, the upgrade keeps a backup of the
/// old bytes, and a read-only open leaves the old files as they were.
@Suite struct OldStoreTests {
    static let at = Date(timeIntervalSince1970: 1_780_000_000)

    /// Records with every optional field given, so a field the decoders skipped would show.
    static func records() -> OutreachState {
        var state = OutreachState()
        let session = Session(
            id: "s0000001", title: "湿地保护进校园", type: .training, trainingLevel: .basic, start: at,
            end: at.addingTimeInterval(5400), timeZone: "Asia/Shanghai", venue: "花溪湿地公园", city: "贵阳市",
            county: "花溪区", audience: .school, project: "j0000001", capacity: 30, lecturers: ["刘老师", "p0000002"],
            organiser: "团市委", leader: "王队", recorder: "李记", support: SupportKind.allCases, status: .done,
            cancelReason: nil, reached: 120, rating: 5, notes: "雨天改室内", series: "r0000001", created: at,
            updated: at.addingTimeInterval(60))
        let person = Person(
            id: "p0000001", name: "张三", phone: "13812345678", organisation: "贵州大学", skills: ["摄影", "急救"],
            registered: at, consent: "2026-05-01", idNumber: "52010219900307001X", mergedInto: nil,
            updated: at.addingTimeInterval(120))
        let merged = Person(id: "p0000002", name: "张叁", registered: at, mergedInto: "p0000001")
        let project = Project(id: "j0000001", name: "南明河净滩", city: "贵阳市", note: "每月一次", created: at)
        for op: StoreOperation in [.putProject(project), .putPerson(person), .putPerson(merged), .putSession(session)] {
            state.apply(op)
        }
        state.apply(
            .putParticipation(
                Participation(
                    session: "s0000001", person: "p0000001", role: .lecturer, status: .attended, scheduledHours: 1.5,
                    actualHours: 1.25, checkIn: at, checkOut: at.addingTimeInterval(4500), evaluation: 4,
                    note: "带队\"讲解\"", logged: at)))
        state.apply(
            .putParticipation(
                Participation(
                    session: "s0000001", person: "p0000002", status: .noShow, scheduledHours: 1.5, logged: at)))
        return state
    }

    /// `state` as the first release wrote its snapshot: the same records, no `_crc` per line,
    /// one checksum over every byte before it.
    static func schemaOneSnapshot(_ state: OutreachState, seq: Int) throws -> [UInt8] {
        let encoder = RecordCodec.encoder()
        var out = Array(
            #"{"format":"ecovol-outreach","schema":1,"generation":1,"seq":\#(seq),"saved_at":"2026-05-28T20:26:40Z","#
                .utf8)
        out += Array(
            (#""counts":{"sessions":\#(state.sessions.count),"people":\#(state.people.count),"#
                + #""projects":\#(state.customProjects.count),"participations":\#(state.participationCount)},"#
                + "\n").utf8)
        func table<T: Encodable>(_ name: String, _ items: [String: T]) throws {
            out += Array("\"\(name)\":{".utf8)
            for (i, id) in items.keys.sorted().enumerated() {
                out += i == 0 ? [0x0A] : [0x2C, 0x0A]
                ParticipationRowCodec.appendString(id, to: &out)
                out.append(0x3A)
                if let item = items[id] { out += try RecordCodec.encode(item, with: encoder) }
            }
            out += Array("\n},\n".utf8)
        }
        try table("projects", state.customProjects)
        try table("people", state.people)
        try table("sessions", state.sessions)
        out += Array("\"participation_columns\":[".utf8)
        for (i, c) in ParticipationRowCodec.columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            ParticipationRowCodec.appendString(c, to: &out)
        }
        out += Array("],\n\"participations\":[".utf8)
        var first = true
        state.forEachParticipation { p in
            out += first ? [0x0A] : [0x2C, 0x0A]
            first = false
            ParticipationRowCodec.append(p, to: &out)
        }
        out += Array("\n],\n".utf8)
        let crc = CRC32.checksum(out)
        out += Array("\"checksum\":{\"crc32\":\"\(CRC32.hex(crc))\",\"bytes\":\(out.count)}}\n".utf8)
        return out
    }

    /// A schema-1 store in a new directory: the snapshot at seq 2 and one journal change after
    /// it (a person's phone corrected), returning the directory, the snapshot's bytes and the
    /// records as they should read.
    static func writeOldStore() throws -> (dir: String, snapshot: [UInt8], expected: OutreachState) {
        let dir = temporaryStoreDirectory()
        try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var state = records()
        let snapshot = try schemaOneSnapshot(state, seq: 2)
        try POSIXFile.atomicReplace(dir + "/outreach.json", with: snapshot, directory: dir)
        var corrected = try #require(state.people["p0000001"])
        corrected.phone = "13900001111"
        corrected.updated = at.addingTimeInterval(600)
        let change = JournalEntry(
            seq: 3, at: at.addingTimeInterval(600), command: "edit", undoes: nil,
            operations: [.putPerson(corrected)])
        let journal =
            JournalCodec.encodeHeader(JournalHeader(schema: 1, generation: 1, baseSeq: 2))
            + (try JournalCodec.encode(change, encoder: RecordCodec.encoder()))
        try POSIXFile.atomicReplace(dir + "/journal.jsonl", with: journal, directory: dir)
        state.apply(.putPerson(corrected))
        return (dir, snapshot, state)
    }

    @Test func everyFieldOfAFirstReleaseStoreReadsBackAndTheUpgradeKeepsTheOldBytes() throws {
        let (dir, snapshot, original) = try Self.writeOldStore()
        var expected = original
        let store = try JSONFileStore(directory: dir)
        #expect(store.state.hasSameContent(as: expected))
        #expect(store.state.sessions["s0000001"] == expected.sessions["s0000001"])
        #expect(store.state.people["p0000001"]?.phone == "13900001111")
        #expect(store.state.people["p0000002"]?.mergedInto == "p0000001")
        let row = store.state.participation(ParticipationKey(session: "s0000001", person: "p0000001"))
        #expect(row?.note == "带队\"讲解\"" && row?.actualHours == 1.25 && row?.role == .lecturer)
        #expect(store.statistics.seq == 3)
        let warnings = store.drainWarnings().map(\.en)
        #expect(
            warnings.contains { $0.contains("upgraded from version 1 to 2") && $0.contains("backups/outreach-1.json") },
            "\(warnings)")
        // The old snapshot is kept byte for byte; the new one frames every record.
        let backup = try #require(FileManager.default.contents(atPath: dir + "/backups/outreach-1.json"))
        #expect(Array(backup) == snapshot)
        let text = try String(contentsOfFile: dir + "/outreach.json", encoding: .utf8)
        #expect(text.contains("\"schema\":2") && text.contains("\"_crc\":\""))
        // A change after the upgrade, then a fresh open: everything is still there.
        try store.commit(command: "edit") { state in
            guard var s = state.sessions["s0000001"] else { return [] }
            s.notes = "改期"
            return [.putSession(s)]
        }
        store.close()
        let reopened = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        var noted = try #require(expected.sessions["s0000001"])
        noted.notes = "改期"
        expected.apply(.putSession(noted))
        #expect(reopened.state.hasSameContent(as: expected))
        #expect(reopened.statistics.seq == 4)
        #expect(reopened.drainWarnings().isEmpty)
    }

    @Test func aReadOnlyOpenOfAFirstReleaseStoreReadsItAndWritesNothing() throws {
        let (dir, snapshot, expected) = try Self.writeOldStore()
        let journal = try #require(FileManager.default.contents(atPath: dir + "/journal.jsonl"))
        let store = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        #expect(store.state.hasSameContent(as: expected))
        #expect(store.statistics.seq == 3)
        store.close()
        #expect(FileManager.default.contents(atPath: dir + "/outreach.json").map(Array.init) == snapshot)
        #expect(FileManager.default.contents(atPath: dir + "/journal.jsonl") == journal)
        #expect(!FileManager.default.fileExists(atPath: dir + "/backups/outreach-1.json"))
    }

    @Test func aFirstReleaseSnapshotWithAChangedByteIsRefusedNotHalfRead() throws {
        let (dir, snapshot, _) = try Self.writeOldStore()
        // A digit of the session's capacity changed: no per-record checksum to fall back on, so
        // the whole-file checksum must refuse the snapshot rather than load a wrong figure.
        let text = String(decoding: snapshot, as: UTF8.self)
        let damaged = text.replacingOccurrences(of: "\"capacity\":30", with: "\"capacity\":80")
        #expect(damaged != text)
        try POSIXFile.atomicReplace(dir + "/outreach.json", with: Array(damaged.utf8), directory: dir)
        do {
            let store = try JSONFileStore(directory: dir, options: .init(readOnly: true))
            #expect(store.state.sessions["s0000001"]?.capacity != 80)
            #expect(store.isDamaged || !store.isWritable)
        } catch {
            #expect(error is StoreError, "\(error)")
        }
    }
}
