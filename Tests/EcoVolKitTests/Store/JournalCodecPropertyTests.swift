import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// Journal lines and snapshots read back exactly what was written, for any text users type,
/// and any changed, cut or garbled byte is refused with a typed error, never a crash or a
/// silently different record.
@Suite struct JournalCodecPropertyTests {
    /// One operation of each kind in turn, built from generated text so ids, names and notes
    /// carry quotes, controls, CJK, U+2028 and emoji.
    static func operation(_ kind: Int, _ text: String, _ code: Int) -> StoreOperation {
        let at = Date(timeIntervalSince1970: 1_700_000_000 + Double(code) + Double(code % 1000) / 1000)
        switch kind % 8 {
        case 0:
            var s = sampleSession("s" + text, hours: Double(code % 9) / 2 + 0.5, city: text)
            s.start = at
            s.end = at.addingTimeInterval(5400)
            return .putSession(s)
        case 1: return .deleteSession(text)
        case 2:
            return .putPerson(
                Person(id: "p" + text, name: text, phone: code % 2 == 0 ? nil : "139\(code)", registered: at))
        case 3: return .deletePerson(text)
        case 4:
            return .putProject(
                Project(id: "j" + text, name: text, city: code % 3 == 0 ? nil : text, note: text, created: at))
        case 5: return .deleteProject(text)
        case 6:
            return .putParticipation(
                StoreCodecPropertyTests.participation(text, text + "p", code, 1_700_000_000 + code))
        default: return .deleteParticipation(ParticipationKey(session: text, person: text + "\n"))
        }
    }

    static func entry(_ seq: Int, _ command: String, _ texts: [String], _ code: Int) -> JournalEntry {
        JournalEntry(
            seq: seq, at: Date(timeIntervalSince1970: 1_780_000_000 + Double(code) / 7),
            command: command, undoes: code % 3 == 0 ? max(1, seq - 1) : nil,
            operations: texts.enumerated().map { operation($0.offset + code, $0.element, code) })
    }

    /// What the store itself keeps of an entry: timestamps to the millisecond.
    static func normalized(_ e: JournalEntry) -> JournalEntry {
        var n = e
        n.at = ISOTimestamp.normalize(e.at)
        n.operations = e.operations.map(JSONFileStore.normalized)
        return n
    }

    static func encode(_ e: JournalEntry) throws -> [UInt8] {
        try JournalCodec.encode(e, encoder: RecordCodec.encoder())
    }

    /// Decodes one line given without its newline.
    static func decode(_ line: [UInt8]) throws(JournalCodec.LineProblem) -> JournalEntry {
        let result: Result<JournalEntry, JournalCodec.LineProblem> = line.withUnsafeBytes { raw in
            do throws(JournalCodec.LineProblem) {
                return .success(try JournalCodec.decode(raw, decoder: RecordCodec.decoder()))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static let seq = Gen.int(in: 1...9_999_999)
    static let code = Gen.int(in: 0...1_000_000)

    @Test func entriesRoundTripAsOneLine() async {
        await propertyCheck(
            count: 150, input: Self.seq, TestGen.text(0...10), TestGen.text(0...8).array(of: 0...6), Self.code
        ) {
            seq, command, texts, code in
            let e = Self.entry(seq, command, texts, code)
            let line = try Self.encode(e)
            // Whatever the text, a change is exactly one line: the newline is the last byte only.
            #expect(line.last == 0x0A)
            #expect(line.dropLast().contains(0x0A) == false)
            #expect(try Self.decode(Array(line.dropLast())) == Self.normalized(e))
        }
    }

    @Test func anyChangedByteFailsTheChecksum() async {
        await propertyCheck(
            count: 200, input: TestGen.text(1...8).array(of: 1...3), Self.code, Gen.int(in: 0...100_000),
            Gen.int(in: 1...255)
        ) {
            texts, code, offset, delta in
            var line = Array(try Self.encode(Self.entry(7, "log", texts, code)).dropLast())
            let i = offset % line.count
            line[i] = line[i] &+ UInt8(delta)
            #expect(throws: JournalCodec.LineProblem.checksum) { try Self.decode(line) }
        }
    }

    @Test func cutLinesAreRefused() async {
        await propertyCheck(
            count: 150, input: TestGen.text(0...8).array(of: 1...4), Self.code, Gen.int(in: 0...100_000)
        ) {
            texts, code, cut in
            let line = Array(try Self.encode(Self.entry(3, "schedule", texts, code)).dropLast())
            let prefix = Array(line.prefix(cut % line.count))
            #expect(throws: JournalCodec.LineProblem.self) { try Self.decode(prefix) }
        }
    }

    /// A line whose checksum holds but whose body is garbled (a bug in some writer, or a newer
    /// version's field) is refused as malformed, or reads as an entry that re-encodes to itself.
    @Test func resealedGarbageIsMalformedOrConsistent() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...255).array(of: 0...60), TestGen.text(0...6), Self.code) {
            noise, text, code in
            let line = try Self.encode(Self.entry(5, "t", [text, text], code))
            var body = Array(line.dropLast(JournalCodec.crcSuffixLength + 1))
            if let first = noise.first { body[first % body.count] = UInt8(noise.count % 256) }
            // (An empty body cannot be a change; sealed, it is too short to verify at all.)
            for var candidate in [body, noise.map { UInt8($0) }] where !candidate.isEmpty {
                JournalCodec.seal(&candidate)
                candidate.removeLast()
                let e: JournalEntry
                do throws(JournalCodec.LineProblem) {
                    e = try Self.decode(candidate)
                } catch {
                    guard case .malformed(let reason) = error else {
                        Issue.record("a sealed line failed its checksum")
                        continue
                    }
                    #expect(!reason.isEmpty)
                    continue
                }
                #expect(e.seq >= 1)
                let again = Array(try Self.encode(e).dropLast())
                #expect(try Self.decode(again) == Self.normalized(e))
            }
        }
    }

    @Test func headersRoundTripAndRefuseAnythingElse() async throws {
        await propertyCheck(
            count: 100, input: Gen.int(in: 0...99), Gen.int(in: 0...1_000_000), Gen.int(in: 0...9_999_999)
        ) {
            schema, generation, baseSeq in
            let h = JournalHeader(schema: schema, generation: generation, baseSeq: baseSeq)
            let line = Array(JournalCodec.encodeHeader(h).dropLast())
            let back = try line.withUnsafeBytes { try JournalCodec.decodeHeader($0) }
            #expect(back == h)
        }
        // A change line is not a header, even though its checksum holds.
        let change = Array(try Self.encode(Self.entry(1, "t", ["a"], 1)).dropLast())
        #expect(throws: JournalCodec.LineProblem.malformed("not a journal header")) {
            try change.withUnsafeBytes { try JournalCodec.decodeHeader($0) }
        }
    }

    // MARK: - Snapshots

    static func state(_ texts: [String], _ code: Int) -> OutreachState {
        var state = OutreachState()
        for (i, text) in texts.enumerated() {
            for kind in [0, 2, 4] {
                state.apply(JSONFileStore.normalized(operation(kind, text + "\(i)", code + i)))
            }
            let p = StoreCodecPropertyTests.participation("s" + text + "\(i)", "p" + text + "\(i)", code + i, code)
            state.apply(.putParticipation(ParticipationRowCodec.normalized(p)))
        }
        return state
    }

    static func decodeSnapshot(_ bytes: [UInt8], into state: inout OutreachState) throws(SnapshotCodec.Problem)
        -> SnapshotHeader
    {
        var local = OutreachState()
        let result: Result<SnapshotHeader, SnapshotCodec.Problem> = bytes.withUnsafeBytes { raw in
            do throws(SnapshotCodec.Problem) {
                return .success(
                    try SnapshotCodec.decode(raw, into: &local, verify: true, decoder: RecordCodec.decoder()))
            } catch {
                return .failure(error)
            }
        }
        state = local
        return try result.get()
    }

    @Test func snapshotsRoundTripEveryRecord() async {
        await propertyCheck(count: 60, input: TestGen.text(0...8).array(of: 0...6), Self.code, Gen.int(in: 0...50_000))
        {
            texts, code, seq in
            let state = Self.state(texts, code)
            let header = SnapshotHeader(
                schema: StoreMigration.currentSchema, generation: code % 50, seq: seq, savedAt: fixedNow)
            let bytes = try SnapshotCodec.encode(state, header: header, encoder: RecordCodec.encoder())
            var back = OutreachState()
            let h = try Self.decodeSnapshot(bytes, into: &back)
            #expect(h == header)
            #expect(back.hasSameContent(as: state))
            #expect(back.sessions == state.sessions && back.people == state.people)
            #expect(back.customProjects == state.customProjects)
            #expect(Set(back.allParticipations.map { "\($0)" }) == Set(state.allParticipations.map { "\($0)" }))
        }
    }

    @Test func aSnapshotWithAnyChangedByteIsRefused() async {
        await propertyCheck(
            count: 120, input: TestGen.text(1...6).array(of: 1...4), Gen.int(in: 0...1_000_000), Gen.int(in: 1...255)
        ) {
            texts, offset, delta in
            let header = SnapshotHeader(
                schema: StoreMigration.currentSchema, generation: 2, seq: 9, savedAt: fixedNow)
            var bytes = try SnapshotCodec.encode(Self.state(texts, 3), header: header, encoder: RecordCodec.encoder())
            // Every byte but the final newline, which only ends the file (it carries nothing).
            #expect(bytes.last == 0x0A)
            let i = offset % (bytes.count - 1)
            bytes[i] = bytes[i] &+ UInt8(delta)
            var back = OutreachState()
            // Whether the change breaks the structure or only a value, the file is refused.
            #expect(throws: SnapshotCodec.Problem.self) { try Self.decodeSnapshot(bytes, into: &back) }
        }
    }

    /// Any cut that loses a byte of the document is refused; a file that lost only its final
    /// newline still holds every record and loads whole.
    @Test func truncatedSnapshotsAreRefused() async throws {
        await propertyCheck(count: 80, input: TestGen.text(0...6).array(of: 0...4), Gen.int(in: 0...1_000_000)) {
            texts, cut in
            let header = SnapshotHeader(schema: StoreMigration.currentSchema, generation: 1, seq: 4, savedAt: fixedNow)
            let bytes = try SnapshotCodec.encode(Self.state(texts, 5), header: header, encoder: RecordCodec.encoder())
            var back = OutreachState()
            let length = cut % bytes.count
            if length == bytes.count - 1 {
                #expect(try Self.decodeSnapshot(Array(bytes.prefix(length)), into: &back) == header)
                #expect(back.hasSameContent(as: Self.state(texts, 5)))
            } else {
                #expect(throws: SnapshotCodec.Problem.self) {
                    try Self.decodeSnapshot(Array(bytes.prefix(length)), into: &back)
                }
            }
        }
        let state = Self.state(["末尾"], 1)
        let header = SnapshotHeader(schema: StoreMigration.currentSchema, generation: 1, seq: 1, savedAt: fixedNow)
        let bytes = try SnapshotCodec.encode(state, header: header, encoder: RecordCodec.encoder())
        var back = OutreachState()
        #expect(try Self.decodeSnapshot(Array(bytes.dropLast()), into: &back) == header)
        #expect(back.hasSameContent(as: state))
        #expect(throws: SnapshotCodec.Problem.self) { try Self.decodeSnapshot(Array(bytes.dropLast(2)), into: &back) }
    }

    // MARK: - ByteScanner

    @Test func stringsRoundTripThroughTheScanner() async {
        await propertyCheck(count: 300, input: TestGen.text(0...24)) { text in
            var out: [UInt8] = []
            ParticipationRowCodec.appendString(text, to: &out)
            // JSON a person can read and any JSON parser accepts, one line whatever the text.
            #expect(!out.contains(0x0A))
            #expect(String(decoding: out, as: UTF8.self).contains("\u{2028}") == false)
            let back = try out.withUnsafeBytes { raw in
                var s = ByteScanner(raw)
                let value = try s.string()
                #expect(s.atEnd)
                return value
            }
            #expect(back == text)
        }
    }

    @Test func numbersRoundTripThroughTheScanner() async {
        await propertyCheck(count: 300, input: Gen.int(in: -1_000_000_000...1_000_000_000), Gen.int(in: 1...10_000)) {
            whole, divisor in
            for value in [Double(whole), Double(whole) / Double(divisor)] {
                var out: [UInt8] = []
                ParticipationRowCodec.appendNumber(value, to: &out)
                let back = try out.withUnsafeBytes { raw in
                    var s = ByteScanner(raw)
                    return try s.double()
                }
                #expect(back == value, "\(String(decoding: out, as: UTF8.self))")
            }
            let text = Array(String(whole).utf8)
            let int = try text.withUnsafeBytes { raw in
                var s = ByteScanner(raw)
                return try s.int()
            }
            #expect(int == whole)
        }
    }

    /// skipValue steps over exactly one JSON value of any shape, which is how unknown fields of
    /// a newer version are passed over.
    @Test func skipValueStepsOverExactlyOneDocument() async {
        await propertyCheck(count: 200, input: TestGen.text(0...8).array(of: 0...5), Gen.int(in: -99_999...99_999)) {
            texts, number in
            let value = JSONValue.obj([
                ("texts", .array(texts.map { .string($0) })), ("n", .int(number)), ("none", .null),
                ("nested", .obj([("yes", .bool(true)), ("list", .array([.int(1), .array([])]))])),
            ])
            let bytes = Array((value.serialized() + " ,7").utf8)
            let (range, rest) = try bytes.withUnsafeBytes { raw in
                var s = ByteScanner(raw)
                let r = try s.skipValue()
                let comma = s.take(0x2C)
                #expect(comma)
                return (r, try s.int())
            }
            #expect(range == 0..<(bytes.count - 3))
            #expect(rest == 7)
        }
    }

    @Test func scannerNoiseGivesAScanErrorOrAValue() async {
        await propertyCheck(count: 400, input: Gen.int(in: 0...255).array(of: 0...40)) { noise in
            let bytes = noise.map { UInt8($0) }
            bytes.withUnsafeBytes { raw in
                for read in 0..<4 {
                    var s = ByteScanner(raw)
                    do throws(ScanError) {
                        switch read {
                        case 0: _ = try s.skipValue()
                        case 1: _ = try s.string()
                        case 2: _ = try s.double()
                        default: _ = try s.stringArray()
                        }
                        #expect(s.position <= raw.count)
                    } catch {
                        #expect(error.offset >= 0 && error.offset <= raw.count && !error.reason.isEmpty)
                    }
                }
            }
        }
    }

    @Test func deepNestingIsRefusedNotAStackOverflow() {
        let bytes = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let error = bytes.withUnsafeBytes { raw -> ScanError? in
            var s = ByteScanner(raw)
            do throws(ScanError) {
                _ = try s.skipValue()
                return nil
            } catch {
                return error
            }
        }
        #expect(error?.reason == "nested too deeply")
    }
}
