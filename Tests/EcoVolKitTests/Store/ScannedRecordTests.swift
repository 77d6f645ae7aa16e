import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// Sessions and people read straight from their bytes (`ScannedRecord`) read exactly what
/// Foundation's JSONDecoder reads from the same JSON — for any text users type and any mix
/// of present and absent members — and refuse what it refuses, naming the member.
@Suite struct ScannedRecordTests {
    static let base = Date(timeIntervalSince1970: 1_780_000_000)

    static func session(_ text: String, _ code: Int) -> Session {
        func maybe<T>(_ bit: Int, _ value: T) -> T? { code >> bit & 1 == 1 ? value : nil }
        return Session(
            id: "s-\(code)", title: text, type: ServiceType.allCases[code % ServiceType.allCases.count],
            trainingLevel: maybe(1, TrainingLevel.allCases[code % TrainingLevel.allCases.count]),
            start: base.addingTimeInterval(Double(code % 10_000) * 60),
            end: base.addingTimeInterval(Double(code % 10_000) * 60 + 7200), timeZone: "Asia/Shanghai",
            venue: maybe(2, text + "馆"), city: maybe(3, "遵义市") ?? text, county: maybe(4, text),
            audience: maybe(5, Audience.allCases[code % Audience.allCases.count]), project: maybe(6, "pj-\(code)"),
            capacity: maybe(7, code % 500), lecturers: code >> 8 & 1 == 1 ? [text, "李四"] : [],
            organiser: maybe(9, text), leader: maybe(10, "王五"), recorder: maybe(11, text),
            support: SupportKind.allCases.enumerated().filter { code >> ($0.offset + 12) & 1 == 1 }.map(\.element),
            status: SessionStatus.allCases[code % SessionStatus.allCases.count], cancelReason: maybe(16, text),
            reached: maybe(17, code % 3000), rating: maybe(18, code % 6), notes: maybe(19, text + "\n" + text),
            series: maybe(20, "sr-\(code % 7)"), created: base, updated: base.addingTimeInterval(Double(code % 977)))
    }

    static func person(_ text: String, _ code: Int) -> Person {
        func maybe<T>(_ bit: Int, _ value: T) -> T? { code >> bit & 1 == 1 ? value : nil }
        return Person(
            id: "p-\(code)", name: text, phone: maybe(1, "1380000\(code % 10_000)"), organisation: maybe(2, text),
            skills: code >> 3 & 1 == 1 ? [text, "讲解"] : [], registered: base, consent: maybe(4, "2026-05-01"),
            idNumber: maybe(5, "52010219900101123X"), mergedInto: maybe(6, "p-\(code / 2)"),
            updated: base.addingTimeInterval(Double(code % 311)))
    }

    static func scanned<T: ScannedRecord>(_ type: T.Type, _ bytes: [UInt8]) throws(ScanError) -> T {
        let result: Result<T, ScanError> = bytes.withUnsafeBytes { buffer in
            do throws(ScanError) { return .success(try T.scan(exactly: buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    static func decoded<T: Decodable>(_ type: T.Type, _ bytes: [UInt8]) -> T? {
        try? RecordCodec.decoder().decode(T.self, from: Data(bytes))
    }

    static func refusal<T: ScannedRecord>(_ type: T.Type, _ text: String) -> String? {
        do throws(ScanError) {
            _ = try scanned(T.self, Array(text.utf8))
            return nil
        } catch { return error.reason }
    }

    @Test func sessionsReadAsJSONDecoderReadsThem() async {
        await propertyCheck(count: 300, input: TestGen.text(0...12), Gen.int(in: 0...(1 << 21))) { text, code in
            let session = Self.session(text, code)
            let bytes = try RecordCodec.encode(session, with: RecordCodec.encoder())
            let scanned = try Self.scanned(Session.self, bytes)
            #expect(scanned == Self.decoded(Session.self, bytes))
            #expect(scanned.title == text && scanned.support == session.support)
        }
    }

    @Test func peopleReadAsJSONDecoderReadsThem() async {
        await propertyCheck(count: 300, input: TestGen.text(0...12), Gen.int(in: 0...127)) { text, code in
            let bytes = try RecordCodec.encode(Self.person(text, code), with: RecordCodec.encoder())
            let scanned = try Self.scanned(Person.self, bytes)
            #expect(scanned == Self.decoded(Person.self, bytes))
            #expect(scanned == Self.person(text, code))
        }
    }

    /// A member added to `Session` or `Person` must be added to its scanner too, or it would be
    /// dropped on every open: a record with every member set writes exactly the scanner's names.
    @Test func theScannersKnowEveryMember() throws {
        func keys<T: Encodable>(_ value: T) throws -> Set<String> {
            let object = try JSONSerialization.jsonObject(with: try RecordCodec.encoder().encode(value))
            return Set((object as? [String: Any])?.keys.map { $0 } ?? [])
        }
        #expect(try keys(Self.session("讲座", (1 << 21) - 1)) == Set(Session.ScannedField.allCases.map(\.rawValue)))
        #expect(try keys(Self.person("张三", 127)) == Set(Person.ScannedField.allCases.map(\.rawValue)))
    }

    @Test func anyLayoutAndOrderIsRead() throws {
        let person = Self.person("张三", 127)
        let pretty = RecordCodec.encoder()
        pretty.outputFormatting = [.prettyPrinted]
        let bytes = try RecordCodec.encode(person, with: pretty)
        #expect(try Self.scanned(Person.self, bytes) == person)
        // Escaped key names and unknown members (a newer version's) are read as JSONDecoder reads them.
        let text =
            #"{"_crc":"0","n\u0061me":"A","id":"p1","skills":[],"future":{"x":[1,2]},"#
            + #""registered":"2026-06-05T01:30:00Z","updated":"2026-06-05T01:30:00Z"}"#
        let escaped = try Self.scanned(Person.self, Array(text.utf8))
        #expect(escaped == Self.decoded(Person.self, Array(text.utf8)))
        #expect(escaped.name == "A")
    }

    @Test func wrongRecordsAreRefusedNamingTheMember() {
        let person = #""registered":"2026-06-05T01:30:00Z","updated":"2026-06-05T01:30:00Z""#
        #expect(Self.refusal(Person.self, #"{"id":"p1","skills":[],\#(person)}"#) == "person without name")
        #expect(Self.refusal(Person.self, #"{"id":"p1","name":null,"skills":[],\#(person)}"#) != nil)
        #expect(Self.refusal(Person.self, #"{"id":"p1","name":"A","skills":"x",\#(person)}"#) != nil)
        #expect(
            Self.refusal(
                Person.self, #"{"id":"p1","name":"A","skills":[],"registered":null,"updated":"2026-06-05T01:30:00Z"}"#)
                == "registered is null")
        #expect(Self.refusal(Person.self, #"{"id":"p1","name":"A","skills":[],\#(person)} x"#) != nil)
        let session =
            #"{"id":"s1","title":"T","type":"lecture","start":"2026-06-05T01:30:00Z","#
            + #""end":"2026-06-05T03:30:00Z","timeZone":"Asia/Shanghai","city":"遵义市","lecturers":[],"#
            + #""support":[],"status":"planned","created":"2026-06-05T01:30:00Z","updated":"2026-06-05T01:30:00Z""#
        #expect(Self.refusal(Session.self, session + "}") == nil)
        #expect(
            Self.refusal(Session.self, session.replacingOccurrences(of: "lecture", with: "party") + "}")
                == #"unknown type "party""#)
        #expect(
            Self.refusal(Session.self, session.replacingOccurrences(of: #""city":"遵义市","#, with: "") + "}")
                == "session without city")
        #expect(Self.refusal(Session.self, session + #","support":["bus"]}"#) == #"unknown support "bus""#)
        #expect(Self.refusal(Session.self, session + #","capacity":2.5}"#) != nil)
        #expect(Self.refusal(Session.self, session) != nil)
    }

    @Test func garbledRecordsNeverCrash() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...255)) { code, byte in
            var bytes = try RecordCodec.encode(Self.session("巡河", code), with: RecordCodec.encoder())
            bytes[code % bytes.count] = UInt8(byte)
            if let session = try? Self.scanned(Session.self, bytes) {
                let again = try RecordCodec.encode(session, with: RecordCodec.encoder())
                #expect(try Self.scanned(Session.self, again) == session)
            }
        }
    }
}
