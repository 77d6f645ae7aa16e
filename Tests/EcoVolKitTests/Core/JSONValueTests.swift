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
}
