import Foundation
import Testing

@testable import EcoVolKit

/// The hand-written store decoders on damaged input: a journal line, a participation row or a
/// snapshot with a field missing, of the wrong type or with an unknown value is refused with a
/// reason that names what is wrong — never a crash, never a record made up from defaults.
@Suite struct StoreDecoderTests {
    /// A journal line from `body` (everything before the CRC), sealed with a valid checksum,
    /// so the decoder gets past the CRC and has to judge the content.
    static func line(_ body: String) -> [UInt8] {
        var bytes = Array(body.utf8)
        JournalCodec.seal(&bytes)
        bytes.removeLast()  // the newline
        return bytes
    }

    /// `decode` over `bytes`, its typed error passed through (withUnsafeBytes only rethrows untyped).
    static func reading<T, E: Error>(_ bytes: [UInt8], _ decode: (UnsafeRawBufferPointer) throws(E) -> T) throws(E)
        -> T
    {
        let result: Result<T, E> = bytes.withUnsafeBytes { buffer in
            do throws(E) { return .success(try decode(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    static func entry(_ bytes: [UInt8]) throws(JournalCodec.LineProblem) -> JournalEntry {
        try reading(bytes) { buffer throws(JournalCodec.LineProblem) in
            try JournalCodec.decode(buffer, decoder: RecordCodec.decoder())
        }
    }

    static func header(_ bytes: [UInt8]) throws(JournalCodec.LineProblem) -> JournalHeader {
        try reading(bytes) { buffer throws(JournalCodec.LineProblem) in try JournalCodec.decodeHeader(buffer) }
    }

    static func row(_ text: String, map: [Int?]? = nil) throws(ScanError) -> Participation {
        try reading(Array(text.utf8)) { buffer throws(ScanError) in
            var scanner = ByteScanner(buffer)
            return try ParticipationRowCodec.read(&scanner, map: map)
        }
    }

    static func snapshot(_ text: String, verify: Bool = false) throws(SnapshotCodec.Problem) -> OutreachState {
        var state = OutreachState()
        _ = try reading(Array(text.utf8)) { buffer throws(SnapshotCodec.Problem) in
            try SnapshotCodec.decode(buffer, into: &state, verify: verify, decoder: RecordCodec.decoder())
        }
        return state
    }

    // MARK: Journal lines

    @Test func aWellFormedJournalLineReadsBack() throws {
        let e = try Self.entry(
            Self.line(
                #"{"seq":3,"at":"2026-06-05T01:30:00Z","cmd":"unlog","undoes":2,"ops":[{"del":"participation","k":["s1","p1"]},{"del":"person","k":"p9"}]"#
            ))
        #expect(e.seq == 3 && e.command == "unlog" && e.undoes == 2)
        #expect(e.at == ISOTimestamp.parse("2026-06-05T01:30:00Z"))
        #expect(
            e.operations == [.deleteParticipation(ParticipationKey(session: "s1", person: "p1")), .deletePerson("p9")])
    }

    @Test func journalLinesWithMissingPartsSayWhich() {
        #expect(throws: JournalCodec.LineProblem.malformed("no seq")) {
            try Self.entry(Self.line(#"{"cmd":"log","ops":[]"#))
        }
        #expect(throws: JournalCodec.LineProblem.malformed("put without value")) {
            try Self.entry(Self.line(#"{"seq":1,"ops":[{"put":"session"}]"#))
        }
        #expect(throws: JournalCodec.LineProblem.malformed("participation without row")) {
            try Self.entry(Self.line(#"{"seq":1,"ops":[{"put":"participation"}]"#))
        }
        #expect(throws: JournalCodec.LineProblem.malformed("unknown operation put planet")) {
            try Self.entry(Self.line(#"{"seq":1,"ops":[{"put":"planet","v":{}}]"#))
        }
        // A participation is deleted by its two keys; one is not enough.
        #expect(throws: JournalCodec.LineProblem.malformed("unknown operation del participation")) {
            try Self.entry(Self.line(#"{"seq":1,"ops":[{"del":"participation","k":"s1"}]"#))
        }
        #expect(throws: JournalCodec.LineProblem.malformed("not a journal header")) {
            try Self.header(Self.line(#"{"journal":1,"schema":2,"generation":0"#))
        }
        #expect((try? Self.header(Self.line(#"{"journal":1,"schema":2,"generation":4,"base_seq":9"#)))?.baseSeq == 9)
    }

    @Test func journalLinesWithWrongTypesOrRecordsAreRefused() throws {
        for body in [
            #"{"seq":"one","ops":[]"#,  // a string where a number belongs
            #"{"seq":1,"at":"yesterday","ops":[]"#,  // not a timestamp
            #"{"seq":1,"ops":[{"put":"session","v":{"id":"s1"}}]"#,  // a session without its fields
            #"{"seq":1,"ops":[{"put":"participation","r":["s1","p1","volunteer","maybe",2]}]"#,
            #"{"seq":1,"ops":[{"put":"person","v":{"id":"p1","name":"张三"}}"#,  // the ops array left open
        ] {
            do {
                let e = try Self.entry(Self.line(body))
                Issue.record("\(body) was read as \(e)")
            } catch {
                guard case .malformed(let reason) = error else {
                    Issue.record("\(body): \(error)")
                    continue
                }
                #expect(!reason.isEmpty, "\(body)")
            }
        }
    }

    @Test func aChangedByteFailsTheChecksum() {
        var bytes = Self.line(#"{"seq":1,"cmd":"log","ops":[{"del":"person","k":"p1"}]"#)
        #expect((try? Self.entry(bytes))?.seq == 1)
        bytes[7] = UInt8(ascii: "2")
        #expect(throws: JournalCodec.LineProblem.checksum) { try Self.entry(bytes) }
        #expect(throws: JournalCodec.LineProblem.checksum) { try Self.entry(Array(bytes.prefix(10))) }
        #expect(throws: JournalCodec.LineProblem.checksum) { try Self.entry([]) }
    }

    // MARK: Participation rows

    @Test func participationRowsWithBadFieldsNameTheField() throws {
        let good = try Self.row(#"["s1","p1","lecturer","waitlisted",2,1.5,null,null,4,"备注","2026-06-05T01:30:00Z"]"#)
        #expect(good.role == .lecturer && good.status == .waitlisted && good.actualHours == 1.5)
        #expect(good.evaluation == 4 && good.note == "备注" && good.logged == ISOTimestamp.parse("2026-06-05T01:30:00Z"))
        func reason(_ text: String) -> String? {
            do {
                _ = try Self.row(text)
                return nil
            } catch { return error.reason }
        }
        #expect(reason(#"["s1","p1","volunteer","maybe",2]"#) == "unknown status")
        #expect(reason(#"["s1","p1","pilot","attended",2]"#) == "unknown role")
        // One changed letter in a known word is not that word (the fast path checks every byte).
        #expect(reason(#"["s1","p1","volunteer","attendeX",2]"#) == "unknown status")
        #expect(reason(#"["s1","p1","volunteer","signed_uX",2]"#) == "unknown status")
        #expect(reason(#"["s1","p1","vXlunteer","attended",2]"#) == "unknown role")
        #expect(reason(#"["s1","p1","lecturXr","attended",2]"#) == "unknown role")
        #expect(reason(#"["s1","p1","volunteer","attended",2,null,"noon"]"#) == "bad timestamp")
        #expect(reason(#"["","p1","volunteer","attended",2]"#) == "row without session or person")
        #expect(reason(#"["s1"]"#) == "row without session or person")
        #expect(reason(#"[]"#) == "row without session or person")
        #expect(reason(#"["s1","p1","volunteer","attended","two"]"#) != nil)
        #expect(reason(#"["s1","p1","volunteer","attended",2"#) != nil)
        #expect(reason(#"{"session":"s1"}"#) != nil)
    }

    @Test func aRowIsReadByItsHeaderAndUnknownColumnsAreSkipped() throws {
        let map = try #require(ParticipationRowCodec.columnMap(["person", "future_column", "session", "status"]))
        let p = try Self.row(#"["p1",{"nested":[1,2]},"s1","no_show"]"#, map: map)
        #expect(p.session == "s1" && p.person == "p1" && p.status == .noShow)
        // Columns the file does not have keep their defaults: volunteer, no hours.
        #expect(p.role == .volunteer && p.scheduledHours == 0 && p.checkIn == nil)
        #expect(ParticipationRowCodec.columnMap(ParticipationRowCodec.columns) == nil)
    }

    // MARK: Snapshots

    @Test func snapshotsThatAreNotOursOrTooNewOrCutAreRefused() throws {
        let newer = StoreMigration.currentSchema + 1
        #expect(throws: SnapshotCodec.Problem.newerSchema(newer)) {
            _ = try Self.snapshot(#"{"format":"ecovol-outreach","schema":\#(newer),"generation":0,"seq":0}"#)
        }
        #expect(throws: SnapshotCodec.Problem.notASnapshot) {
            _ = try Self.snapshot(#"{"format":"something-else","schema":2,"generation":0,"seq":0}"#)
        }
        #expect(throws: SnapshotCodec.Problem.notASnapshot) {
            _ = try Self.snapshot(#"{"format":"ecovol-outreach","schema":2,"seq":0}"#)
        }
        #expect(throws: SnapshotCodec.Problem.checksum) {
            _ = try Self.snapshot(#"{"format":"ecovol-outreach","schema":2,"generation":0,"seq":0}"#, verify: true)
        }
        for text in [
            #"{"format":"ecovol-outreach","schema":2,"generation":0,"seq":0,"participations":[["s1","p1","volunteer","maybe",2]]}"#,
            #"{"format":"ecovol-outreach","schema":2,"generation":0,"seq":"zero"}"#,
            #"{"format":"ecovol-outreach","schema":2,"generation":0,"#,
        ] {
            do {
                _ = try Self.snapshot(text)
                Issue.record("\(text) was read")
            } catch {
                guard case .malformed(let offset, let reason) = error else {
                    Issue.record("\(text): \(error)")
                    continue
                }
                #expect(offset >= 0 && offset <= text.utf8.count && !reason.isEmpty, "\(text)")
            }
        }
        let empty = try Self.snapshot(#"{"format":"ecovol-outreach","schema":2,"generation":0,"seq":0}"#)
        #expect(empty.sessions.isEmpty && empty.people.isEmpty)
    }
}
