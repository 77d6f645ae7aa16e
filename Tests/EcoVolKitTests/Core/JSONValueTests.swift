import Foundation
import JSONTestSupport
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("JSON values")
struct JSONValueTests {
    @Test func serializesCompactlyInKeyOrder() {
        let value = JSONValue.obj([("b", 1), ("a", "志愿\n\"x\""), ("c", [true, nil, 1.5]), ("d", nil)])
        #expect(value.serialized() == #"{"b":1,"a":"志愿\n\"x\"","c":[true,null,1.5]}"#)
    }

    @Test func parsesBackWhatItWrites() async {
        await propertyCheck(input: TestGen.text(0...30), Gen.int(in: -1000...1000)) { text, number in
            let value = JSONValue.obj([
                ("text", .string(text)), ("n", .int(number)), ("list", [.string(text), .bool(true)]),
            ])
            #expect((try? JSONValue.parse(value.serialized())) == value)
        }
    }

    @Test func rejectsMalformedJSON() {
        for bad in ["{", "[1,]", "{\"a\" 1}", "\"unterminated", "tru", "{}x"] {
            #expect(throws: (any Error).self) { try JSONValue.parse(bad) }
        }
    }

    /// Field names whose order differs between plain, case-insensitive and numeric sorting.
    private struct Record: Encodable {
        var a10: String
        var a2: Int
        var zeta: Double
        var alpha: Bool
        var beta: String?
        var list: [Int]
        var nested: [String: Int]
        var when: Date

        enum CodingKeys: String, CodingKey {
            case a10, a2
            case zeta = "Zeta"
            case alpha, beta, list, nested, when
        }
    }

    @Test func anEncodableReadsAsTheTextTheEncoderWrote() async throws {
        await propertyCheck(input: TestGen.text(0...20), Gen.int(in: -100_000...100_000)) { text, number in
            let record = Record(
                a10: text, a2: number, zeta: Double(number) / 8, alpha: number % 2 == 0,
                beta: number % 3 == 0 ? nil : text, list: [number, -number], nested: ["b": 1, "B": 2, "k" + text: 3],
                when: Date(timeIntervalSince1970: Double(number)))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            let written = try? JSONValue.parse(encoder.encode(record))
            #expect(written != nil)
            #expect((try? JSONValue(encoding: record)) == written)
        }
    }

    @MainActor @Test func theStoreRecordsReadAsTheEncoderWroteThem() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        #expect(await run(c, "/log \(id) 张三 李四").status == .succeeded)
        #expect(await run(c, "/project add name=清河行动 city=贵阳").status == .succeeded)
        let state = try await c.outreachStore().state
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        func check<T: Encodable>(_ value: T) throws {
            let converted = try JSONValue(encoding: value)
            #expect(converted == (try JSONValue.parse(encoder.encode(value))))
            // The order is part of the value: `==` on objects compares key order too.
            #expect(converted.serialized() == (try JSONValue.parse(encoder.encode(value))).serialized())
        }
        let session = try #require(state.sessions[id])
        try check(session)
        for person in state.people.values { try check(person) }
        for participation in state.participations(session: id) { try check(participation) }
        for project in state.projects { try check(project) }
        #expect(state.people.count == 2 && state.customProjects.count == 1)
    }

    @Test func subscriptsReadObjectsOnly() {
        let value = JSONValue.obj([
            ("session", .obj([("id", "s7k2m9qa"), ("people", ["张三", "李四"])])), ("count", 2), ("count", 3),
        ])
        #expect(value["session"]?["id"]?.stringValue == "s7k2m9qa")
        #expect(value["session"]?["people"]?.arrayValue == ["张三", "李四"])
        // The first of two equal keys is the one read.
        #expect(value["count"] == 2)
        #expect(value["missing"] == nil)
        #expect(value["count"]?["x"] == nil)
        #expect(JSONValue.array([1])["0"] == nil && JSONValue.string("a")["a"] == nil)
        #expect(value["count"]?.stringValue == nil && value["session"]?.arrayValue == nil)
    }

    @Test func equalityComparesNumbersByValueAndObjectsInOrder() {
        #expect(JSONValue.int(2) == .number(2.0) && JSONValue.number(2.0) == .int(2))
        #expect(JSONValue.int(2) != .number(2.5))
        #expect(JSONValue.bool(true) != .int(1))
        #expect(JSONValue.string("1") != .int(1))
        #expect(JSONValue.null != .array([]))
        #expect(JSONValue.obj([("a", 1), ("b", 2)]) != .obj([("b", 2), ("a", 1)]))
        #expect(JSONValue.obj([("a", 1)]) != .obj([("a", 1), ("b", 2)]))
        #expect(JSONValue.array([1, 2]) != [2, 1])
        #expect(JSONValue.object([]) != .array([]))
    }

    @Test func numbersAreWrittenAsScriptsReadThem() {
        let cases: [(JSONValue, String)] = [
            (.number(1.0), "1"), (.number(-0.5), "-0.5"), (.number(2.25), "2.25"), (.number(.nan), "null"),
            (.number(.infinity), "null"), (.number(-.infinity), "null"),
            (.number(123_456_789_012_345), "123456789012345"),
            (.number(1e15), "1000000000000000.0"), (.number(1e16), "1e+16"), (.int(Int.min), "-9223372036854775808"),
            (.int(0), "0"), (.bool(false), "false"),
            (.null, "null"),
        ]
        for (value, text) in cases { #expect(value.serialized() == text, "\(value)") }
    }

    @Test func stringsEscapeWhatJSONRequiresAndKeepTheRest() {
        let cases: [(String, String)] = [
            ("a\"b\\c", #""a\"b\\c""#), ("\t\r\n", #""\t\r\n""#), ("\u{01}\u{1F}", #""\u0001\u001f""#),
            ("\u{7F}", #""\u007f""#), ("\u{2028}\u{2029}", #""\u2028\u2029""#), ("a/b", #""a/b""#),
            ("绿水青山🌱", #""绿水青山🌱""#), ("", #""""#),
        ]
        for (text, written) in cases {
            #expect(JSONValue.string(text).serialized() == written, "\(text.debugDescription)")
        }
        // Keys are escaped the same way.
        #expect(JSONValue.obj([("a\"b", 1)]).serialized() == #"{"a\"b":1}"#)
    }

    @Test func nestedDocumentsAreWrittenCompactlyInTheOrderBuilt() {
        let value = JSONValue.obj([
            ("z", .obj([("list", [.obj([("c", [])]), .object([])]), ("none", .null)])), ("a", [[1, 2], []]),
            ("dropped", nil),
        ])
        #expect(value.serialized() == #"{"z":{"list":[{"c":[]},{}],"none":null},"a":[[1,2],[]]}"#)
    }

    @Test func anEncodableBecomesObjectsInTheEncodersKeyOrder() throws {
        let value = try JSONValue(encoding: ["中": 1, "b": 2, "B": 3, "é": 4, "a10": 5, "a2": 6])
        guard case .object(let pairs) = value else {
            Issue.record("\(value)")
            return
        }
        // By UTF-8 bytes: capitals first, then a10 before a2, then accented and Chinese keys.
        #expect(pairs.map(\.0) == ["B", "a10", "a2", "b", "é", "中"])
        let nested = try JSONValue(
            encoding: ["b": ["y": [1, nil, 3], "x": []], "a": [:]] as [String: [String: [Int?]]])
        #expect(nested.serialized() == #"{"a":{},"b":{"x":[],"y":[1,null,3]}}"#)
        #expect(try JSONValue(encoding: [true, false]) == [true, false])
        #expect(try JSONValue(encoding: ["1", "x"]) == ["1", "x"])
        #expect(try JSONValue(encoding: [1.5, 2]) == [.number(1.5), .int(2)])
        #expect(try JSONValue(encoding: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
