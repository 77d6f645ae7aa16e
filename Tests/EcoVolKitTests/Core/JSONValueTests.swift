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
}
