import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// One damaged byte anywhere in the snapshot costs at most the record on its line, nothing
/// comes back with a wrong value, and the lost record is named with the line it was on.
@Suite struct SnapshotSalvagePropertyTests {
    /// A small store with every kind of record, some with quotes, newlines and emoji.
    static func sampleState(_ seed: Int) -> OutreachState {
        var state = OutreachState()
        for i in 0..<(3 + seed % 3) {
            state.apply(.putSession(sampleSession("s\(i)", hours: Double(i % 3 + 1))))
        }
        for i in 0..<(4 + seed % 4) {
            state.apply(
                .putPerson(
                    Person(
                        id: "p\(i)", name: "名字\(i) \"引号\" 🌿", phone: i % 2 == 0 ? "1381234567\(i)" : nil,
                        registered: fixedNow.addingTimeInterval(Double(i)))))
        }
        state.apply(.putProject(Project(id: "j1", name: "项目一", created: fixedNow)))
        for s in 0..<3 {
            for p in 0..<4 where (s + p + seed) % 3 != 0 {
                var part = sampleParticipation("s\(s)", "p\(p)", hours: Double(p) / 4 + 0.5)
                part.note = p == 1 ? "备注,\n第二行" : nil
                state.apply(.putParticipation(part))
            }
        }
        return state
    }

    static func encode(_ state: OutreachState) throws -> [UInt8] {
        try SnapshotCodec.encode(
            state,
            header: SnapshotHeader(schema: StoreMigration.currentSchema, generation: 3, seq: 40, savedAt: fixedNow),
            encoder: RecordCodec.encoder())
    }

    /// Records of `original` missing from `salvaged` (by table and key), and any that differ.
    static func compare(_ original: OutreachState, _ salvaged: OutreachState) -> (
        missing: [(SnapshotSalvage.SetAside.Kind, String)], wrong: [String]
    ) {
        var missing: [(SnapshotSalvage.SetAside.Kind, String)] = []
        var wrong: [String] = []
        for (id, s) in original.sessions {
            if let t = salvaged.sessions[id] { if t != s { wrong.append(id) } } else { missing.append((.session, id)) }
        }
        for (id, p) in original.people {
            if let q = salvaged.people[id] { if q != p { wrong.append(id) } } else { missing.append((.person, id)) }
        }
        for (id, p) in original.customProjects {
            if let q = salvaged.customProjects[id] {
                if q != p { wrong.append(id) }
            } else {
                missing.append((.project, id))
            }
        }
        var rows: [String: Participation] = [:]
        salvaged.forEachParticipation { rows[$0.session + "/" + $0.person] = $0 }
        var originalRows = 0
        original.forEachParticipation { p in
            originalRows += 1
            let key = p.session + "/" + p.person
            if let q = rows[key] { if q != p { wrong.append(key) } } else { missing.append((.participation, key)) }
        }
        if salvaged.sessions.count > original.sessions.count || salvaged.people.count > original.people.count
            || rows.count > originalRows
        {
            wrong.append("extra records")
        }
        return (missing, wrong)
    }

    @Test func intactSnapshotVerifiesEveryRecord() throws {
        let state = Self.sampleState(1)
        let bytes = try Self.encode(state)
        let salvage = SnapshotSalvage.salvage(bytes, decoder: RecordCodec.decoder())
        #expect(salvage.setAside.isEmpty)
        #expect(salvage.header?.seq == 40)
        #expect(
            salvage.verifiedRecords == state.sessions.count + state.people.count + state.customProjects.count
                + state.participationCount)
        #expect(salvage.state.hasSameContent(as: state))
        // The normal open reads the same file in one pass.
        var opened = OutreachState()
        _ = try bytes.withUnsafeBytes {
            try SnapshotCodec.decode($0, into: &opened, verify: true, decoder: RecordCodec.decoder())
        }
        #expect(opened.hasSameContent(as: state))
    }

    @Test func flippingAnyByteLosesAtMostTheRecordHoldingIt() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...5), Gen.int(in: 0...1_000_000), Gen.int(in: 1...255)) {
            seed, position, delta in
            let state = Self.sampleState(seed)
            var bytes = try Self.encode(state)
            let offset = position % bytes.count
            bytes[offset] = bytes[offset] &+ UInt8(delta)
            let salvage = SnapshotSalvage.salvage(bytes, decoder: RecordCodec.decoder())
            let (missing, wrong) = Self.compare(state, salvage.state)
            #expect(wrong.isEmpty, "offset \(offset): wrong records \(wrong)")
            #expect(missing.count <= 1, "offset \(offset): lost \(missing.map(\.1))")
            if let lost = missing.first {
                // Named: a set-aside piece covers the damaged byte and says what kind it was.
                let piece = salvage.lostRecords.first { $0.offset <= offset && offset <= $0.offset + $0.bytes.count }
                #expect(piece != nil, "offset \(offset): \(lost.1) lost without being reported")
                #expect(
                    piece?.kind == lost.0,
                    "offset \(offset): reported as \(String(describing: piece?.kind)), was \(lost.0)")
            }
            #expect(
                salvage.lostRecords.count == missing.count,
                "offset \(offset): reported \(salvage.lostRecords.count) losses, \(missing.count) real")
        }
    }

    /// Found by sweeping every byte of every sample with ten changes each: a row whose `[`
    /// became `]` read as the end of the rows, and every row after it was dropped without a
    /// word; a row cut by a newline before its `],` did the same, reported as one loss; a
    /// section line cut by a newline (`"pro` / `jects":{`) was reported as a lost record
    /// though nothing was lost; a record cut by a newline after its first byte (`"` /
    /// `3":{"id":"p3"…`) was reported from the second piece only, not where the damage was.
    /// Each byte turned into a newline, and each byte of the rows into `]` or `[`.
    @Test(arguments: [0, 3]) func bracketsAndNewlinesInTheRowsAndFrames(seed: Int) throws {
        let state = Self.sampleState(seed)
        let original = try Self.encode(state)
        let decoder = RecordCodec.decoder()
        let rowsStart = try #require(
            original.indices.first { original[$0...].starts(with: Array("\"participations\":[".utf8)) })
        for offset in original.indices {
            let replacements: [UInt8] = offset >= rowsStart - 200 ? [0x5D, 0x5B, 0x0A] : [0x0A]
            for replacement in replacements where original[offset] != replacement {
                var bytes = original
                bytes[offset] = replacement
                let salvage = SnapshotSalvage.salvage(bytes, decoder: decoder)
                let (missing, wrong) = Self.compare(state, salvage.state)
                #expect(wrong.isEmpty && missing.count <= 1, "offset \(offset): lost \(missing.map(\.1))")
                #expect(
                    salvage.lostRecords.count == missing.count,
                    "offset \(offset): reported \(salvage.lostRecords.count), lost \(missing.count)")
                if !missing.isEmpty {
                    let piece = salvage.lostRecords.first {
                        $0.offset <= offset && offset <= $0.offset + $0.bytes.count
                    }
                    #expect(piece != nil, "offset \(offset): \(missing.map(\.1)) not reported where it was")
                }
            }
        }
    }

    @Test func everyByteOfOneSnapshot() throws {
        // Exhaustive over one small file: each position, one changed value.
        let state = Self.sampleState(2)
        let original = try Self.encode(state)
        let decoder = RecordCodec.decoder()
        for offset in 0..<original.count {
            var bytes = original
            bytes[offset] = bytes[offset] == 0x0A ? 0x20 : (bytes[offset] == 0x31 ? 0x0A : bytes[offset] ^ 0x01)
            let salvage = SnapshotSalvage.salvage(bytes, decoder: decoder)
            let (missing, wrong) = Self.compare(state, salvage.state)
            #expect(wrong.isEmpty && missing.count <= 1, "offset \(offset): wrong \(wrong), lost \(missing.map(\.1))")
            #expect(
                salvage.lostRecords.count == missing.count,
                "offset \(offset): \(salvage.lostRecords.map { String(decoding: $0.bytes, as: UTF8.self) })")
        }
    }

    @Test func doctorSaysWhichRecordWasSetAside() async throws {
        let dir = temporaryStoreDirectory()
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let store = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
        let state = Self.sampleState(0)
        var ops: [StoreOperation] =
            state.sessions.values.map { .putSession($0) } + state.people.values.map { .putPerson($0) }
        state.forEachParticipation { ops.append(.putParticipation($0)) }
        try store.append(command: "seed", ops)
        try store.compact()
        store.close()
        let path = dir + "/outreach.json"
        var bytes = try #require(try POSIXFile.readAll(path))
        // Change one digit of person p2's phone: still valid JSON, only its checksum knows.
        let text = String(decoding: bytes, as: UTF8.self)
        let line = try #require(text.range(of: "\"p2\":{"))
        let phone = try #require(text.range(of: "13812345672", range: line.upperBound..<text.endIndex))
        let offset = text.utf8.distance(from: text.startIndex, to: phone.lowerBound) + 10
        bytes[offset] = bytes[offset] == 0x39 ? 0x38 : 0x39
        try POSIXFile.atomicReplace(path, with: bytes, directory: dir)

        // Reading shows everything else and says what is missing.
        let damaged = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
        #expect(damaged.isDamaged)
        #expect(!damaged.isWritable)
        #expect(damaged.state.people["p2"] == nil)
        #expect(damaged.state.people.count == state.people.count - 1)
        #expect(damaged.damage?.zh.contains("p2") == true)
        damaged.close()
        // check names the record; a backup of the partial store is refused; the greeting says it.
        let check = StoreTool.check(directory: dir, language: .en)
        #expect(check.exitStatus == 1)
        #expect(check.output.contains("Damaged: person p2"), "\(check.output)")
        #expect(StoreTool.backup(directory: dir, to: dir + "-copy.json", language: .en).exitStatus == 1)
        #expect(!FileManager.default.fileExists(atPath: dir + "-copy.json"))
        let greeting = await Self.greeting(dir)
        #expect(greeting.contains("ecovol store doctor"), "\(greeting)")

        for language in [Language.zh, .en] where language == .zh {
            let result = StoreTool.doctor(directory: dir, language: language)
            #expect(result.exitStatus == 1)
            #expect(result.output.contains("p2"))
            #expect(!result.output.contains("已修复："))
            #expect(!result.output.contains("checksum"))
            #expect(result.json["repaired"]?.boolValue == false)
            let setAside = try #require(result.json["set_aside"]?.arrayValue)
            #expect(setAside.count == 1)
            #expect(setAside.first?["id"]?.stringValue == "p2")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(names.contains { $0.hasPrefix("outreach.json.damaged-") })
        #expect(names.contains { $0.hasPrefix("outreach.json.set-aside-") })
        let repaired = try JSONFileStore(directory: dir)
        #expect(!repaired.isDamaged)
        #expect(repaired.isWritable)
        #expect(repaired.state.people.count == state.people.count - 1)
        #expect(repaired.state.participationCount == state.participationCount)
        let again = StoreTool.doctor(directory: dir, language: .en)
        #expect(again.exitStatus == 0)
    }

    @MainActor static func greeting(_ dir: String) async -> String {
        let context = CommandContext(language: .zh, dataDirectory: DataDirectory(path: dir), now: { fixedNow })
        let blocks = await OutreachGreeting.upcomingSessions(context: context)
        return TextLayout(width: 200, highlightMarkers: false).lines(for: blocks).map(\.plainText).joined(
            separator: "\n")
    }

    @Test func damageOutsideRecordsIsRepairedWithNothingLost() throws {
        let dir = temporaryStoreDirectory()
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let store = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
        try store.append(
            command: "seed",
            [
                .putSession(sampleSession("s1")), .putPerson(samplePerson("p1")),
                .putParticipation(sampleParticipation("s1", "p1")),
            ])
        try store.compact()
        store.close()
        let path = dir + "/outreach.json"
        var bytes = try #require(try POSIXFile.readAll(path))
        // The whole-file checksum in the trailer.
        let text = String(decoding: bytes, as: UTF8.self)
        let crc = try #require(text.range(of: "\"crc32\":\""))
        let offset = text.utf8.distance(from: text.startIndex, to: crc.upperBound)
        bytes[offset] = bytes[offset] == 0x30 ? 0x31 : 0x30
        try POSIXFile.atomicReplace(path, with: bytes, directory: dir)
        let result = StoreTool.doctor(directory: dir, language: .en)
        #expect(result.exitStatus == 0, "\(result.output)")
        #expect(result.output.contains("Repaired"))
        #expect(result.json["set_aside"]?.arrayValue?.isEmpty == true)
        let repaired = try JSONFileStore(directory: dir)
        #expect(repaired.state.people["p1"] != nil && repaired.state.participationCount == 1)
    }
}

extension JSONValue {
    fileprivate var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}
