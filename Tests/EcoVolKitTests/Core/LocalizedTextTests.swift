import Foundation
import Testing

@testable import EcoVolKit

/// How a bilingual message is filled in: placeholders, and English nouns after a count of one.
@Suite struct LocalizedTextTests {
    @Test func placeholdersAreFilledOnceAndUnknownOnesStayVisible() {
        let text = LocalizedText(zh: "{name} 参加了 {count} 次", en: "{name} came {count} times")
        #expect(text.formatted(["name": "张三", "count": "3"]) == LocalizedText(zh: "张三 参加了 3 次", en: "张三 came 3 times"))
        // A missing argument leaves its placeholder, so the gap is seen rather than silent.
        #expect(text.formatted(["name": "张三"]).en == "张三 came {count} times")
        // A value is inserted as it is: braces in it are not placeholders.
        #expect(LocalizedText(verbatim: "{a}-{b}").formatted(["a": "{b}", "b": "x"]).en == "{b}-x")
        // An unclosed or empty brace is text.
        #expect(LocalizedText(verbatim: "a { b {} c").formatted(["b": "x"]).zh == "a { b {} c")
    }

    @Test func englishSaysOneOfAThingAndChineseIsLeftAlone() {
        let saved = LocalizedText(zh: "已保存 {count} 场活动，{people} 人", en: "Saved {count} sessions, {people} people")
        #expect(saved.formatted(["count": "1", "people": "1"]).en == "Saved 1 session, 1 person")
        #expect(saved.formatted(["count": "1", "people": "1"]).zh == "已保存 1 场活动，1 人")
        #expect(saved.formatted(["count": "2", "people": "1"]).en == "Saved 2 sessions, 1 person")
        #expect(LocalizedText(verbatim: "came 1 times").formatted([:]).en == "came once")
        #expect(LocalizedText(verbatim: "1 participation records").formatted([:]).en == "1 participation record")
    }

    @Test func onlyACountOfExactlyOneIsSingular() {
        for text in ["11 sessions", "2.1 hours", "21 days", "0.1 hours", "1 sessionsX", "1 hoursy"] {
            #expect(LocalizedText.singular(text) == text, "\(text)")
        }
        #expect(LocalizedText.singular("1 hours") == "1 hour")
        #expect(LocalizedText.singular("(1 hours)") == "(1 hour)")
        #expect(LocalizedText.singular("1 hours and 1 minutes") == "1 hour and 1 minute")
    }

    @Test func theCatalogueCheckReadsEachPlaceholderOnce() {
        #expect(LocalizedText.placeholders(in: "{a} {b} {a}") == ["a", "b"])
        #expect(LocalizedText.placeholders(in: "{} {unclosed").isEmpty)
        #expect(LocalizedText.placeholders(in: "no braces").isEmpty)
    }

    @Test func eachLanguageReadsItsOwnText() {
        let text = LocalizedText(zh: "湿地", en: "wetland")
        #expect(text.text(.zh) == "湿地" && text.text(.en) == "wetland")
        #expect(LocalizedText(verbatim: "s7k2m9qa").text(.zh) == LocalizedText(verbatim: "s7k2m9qa").text(.en))
    }

    /// Every plural the templates use, after a count of one, at the start, the end or mid-sentence.
    @Test func everyPluralHasItsSingular() {
        #expect(LocalizedText.singulars.count == 19)
        for (plural, single) in LocalizedText.singulars {
            #expect(LocalizedText.singular("1 \(plural)") == single, "\(plural)")
            #expect(LocalizedText.singular("Saved 1 \(plural).") == "Saved \(single).", "\(plural)")
            #expect(LocalizedText.singular("(1 \(plural), 2 \(plural))") == "(\(single), 2 \(plural))", "\(plural)")
            #expect(LocalizedText.singular("21 \(plural)") == "21 \(plural)", "\(plural)")
            #expect(LocalizedText.singular("1.1 \(plural)") == "1.1 \(plural)", "\(plural)")
        }
    }

    @Test(arguments: [
        ("1 sessions", "1 session"), ("1 people", "1 person"), ("came 1 times", "came once"),
        ("1 sessions, 1 people, 1 hours", "1 session, 1 person, 1 hour"), ("1 cities", "1 city"),
        ("1 entries found", "1 entry found"), ("1 participation records", "1 participation record"),
        ("Found 1 issues: 1 problems", "Found 1 issue: 1 problem"), ("1 stars", "1 star"),
        ("1 peoples", "1 peoples"), ("11 times", "11 times"), ("10 sessions", "10 sessions"),
        ("1\u{A0}hours", "1\u{A0}hours"), ("", ""),
    ])
    func englishCountsOfOneReadAsSingular(text: String, expected: String) {
        #expect(LocalizedText.singular(text) == expected)
    }

    @Test func localizedArgumentsFillEachLanguageWithItsOwnText() {
        let template = LocalizedText(zh: "{what}已保存（{who}）", en: "{what} saved ({who})")
        let filled = template.formatted(localized: [
            "what": LocalizedText(zh: "1 场活动", en: "1 sessions"), "who": LocalizedText(verbatim: "张三"),
        ])
        #expect(filled == LocalizedText(zh: "1 场活动已保存（张三）", en: "1 session saved (张三)"))
        // Chinese is never touched by the English plural rule.
        #expect(LocalizedText(verbatim: "1 times").formatted([:]) == LocalizedText(zh: "1 times", en: "once"))
        #expect(LocalizedText(zh: "x", en: "{n} hours").formatted(["n": "1"]).en == "1 hour")
        #expect(LocalizedText(zh: "x", en: "{n} hours").formatted(["n": "0.5"]).en == "0.5 hours")
    }

    @Test func aMessageIsStoredWithBothLanguages() throws {
        let text = LocalizedText(zh: "湿地保护", en: "wetland protection")
        let data = try JSONEncoder().encode(text)
        let decoded = try JSONDecoder().decode(LocalizedText.self, from: data)
        #expect(decoded == text)
        #expect(Set([text, decoded, LocalizedText(verbatim: "湿地保护")]).count == 2)
        #expect(LocalizedText(zh: "a", en: "b") != LocalizedText(zh: "b", en: "a"))
    }
}
