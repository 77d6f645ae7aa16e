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
}
