import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite struct ValidationTests {
    @Test func phones() {
        #expect(PhoneNumber.normalize("138 1234 5678") == "13812345678")
        #expect(PhoneNumber.normalize("+86 138-1234-5678") == "13812345678")
        #expect(PhoneNumber.normalize("0851-85551234") == "085185551234")
        #expect(PhoneNumber.normalize("12812345678") == nil)
        #expect(PhoneNumber.normalize("1381234567") == nil)
        #expect(PhoneNumber.normalize("abc") == nil)
        #expect(PhoneNumber.mask("13812345678") == "138****5678")
    }

    static func checkCharacter(_ digits: [Int]) -> Character {
        let sum = zip(digits, ResidentIDNumber.weights).reduce(0) { $0 + $1.0 * $1.1 }
        return ResidentIDNumber.checkCharacters[sum % 11]
    }

    @Test func idNumbersWithTheirCheckCharacter() async {
        await propertyCheck(input: Gen.int(in: 110000...659999), Gen.int(in: 0...18_000), Gen.int(in: 0...999)) {
            region, dayOffset, seq in
            let birth = CalendarDate(year: 1950, month: 1, day: 1).adding(days: dayOffset)
            let body = String(region) + String(format: "%04d%02d%02d%03d", birth.year, birth.month, birth.day, seq)
            let digits = body.map { Int(String($0))! }
            let good = body + String(Self.checkCharacter(digits))
            #expect((try? ResidentIDNumber.validate(good).get()) == good)
            let wrongCheck = Self.checkCharacter(digits) == "0" ? "1" : "0"
            #expect((try? ResidentIDNumber.validate(body + wrongCheck).get()) == nil)
            #expect(ResidentIDNumber.mask(good).count == 18)
            #expect(ResidentIDNumber.mask(good).hasPrefix(String(good.prefix(4))))
        }
        #expect((try? ResidentIDNumber.validate("52010219900230123X").get()) == nil)
    }

    @Test func citiesAndAliases() {
        #expect(City.find("贵阳")?.name == "贵阳市")
        #expect(City.find("qdn")?.name == "黔东南苗族侗族自治州")
        #expect(City.find("黔南州")?.name == "黔南布依族苗族自治州")
        #expect(City.find("Gui'an")?.name == "贵安新区")
        #expect(City.find("上海") == nil)
        #expect(City.all.count == 10)
    }

    @Test func starLevels() {
        let s = StarLevel.standard
        #expect(s.stars(forHours: 99.9) == 0)
        #expect(s.stars(forHours: 100) == 1)
        #expect(s.stars(forHours: 1500) == 5)
        #expect(s.hoursToNextStar(from: 250) == 50)
        #expect(s.hoursToNextStar(from: 2000) == nil)
        #expect(StarLevel.from(environment: ["ECOVOL_STAR_HOURS": "100,200,500,800,1000"]).stars(forHours: 800) == 4)
        #expect(StarLevel.from(environment: ["ECOVOL_STAR_HOURS": "junk"]) == .standard)
    }

    @Test func textFields() throws {
        #expect(throws: FieldError.missing(field: "name", accepted: .text(maxLength: 40))) {
            _ = try FieldValidator.name("name", "  ")
        }
        // A name has letters; digits alone are a phone number or an id, never a name.
        #expect(throws: FieldError.invalid(field: "names", value: "13800138000", accepted: .name)) {
            _ = try FieldValidator.name("names", "13800138000")
        }
        #expect(throws: FieldError.invalid(field: "name", value: "123-456", accepted: .name)) {
            _ = try FieldValidator.name("name", "123-456")
        }
        #expect(try FieldValidator.name("name", "志愿者1号") == "志愿者1号")
        #expect(try FieldValidator.name("name", "Li 2") == "Li 2")
        #expect(throws: FieldError.invalid(field: "title", value: "a\u{7}b", accepted: .noControlCharacters)) {
            _ = try FieldValidator.text("title", "a\u{7}b")
        }
        let paste = String(repeating: "x", count: 100_000)
        #expect(throws: FieldError.invalid(field: "title", value: paste, accepted: .text(maxLength: 200))) {
            _ = try FieldValidator.text("title", paste)
        }
        #expect(throws: FieldError.invalid(field: "hours", value: "100", accepted: .hours)) {
            _ = try FieldValidator.hours("hours", "100")
        }
        #expect(throws: FieldError.invalid(field: "hours", value: "0", accepted: .hours)) {
            _ = try FieldValidator.hours("hours", "0")
        }
        #expect(try FieldValidator.text("title", "  宣讲  ") == "宣讲")
    }

    @Test func idsAreShortWellFormedAndUnique() async {
        var seen: Set<String> = []
        for _ in 0..<20_000 {
            let id = OutreachID.make(.session) { seen.contains($0) }
            #expect(id.count == 8 && id.hasPrefix("s"))
            #expect(id.dropFirst().allSatisfy { OutreachID.alphabet.contains($0) })
            seen.insert(id)
        }
        #expect(seen.count == 20_000)
        await propertyCheck(input: Gen.int(in: 0...Int(UInt32.max))) { seed in
            var g = SplitMix(seed: UInt64(seed))
            let id = OutreachID.make(.person, using: &g)
            #expect(OutreachID.isWellFormed(id))
        }
    }
}

struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
