import Testing

@testable import EcoVolKit

/// The one shape of a command failure: a stable code, a message in both languages that names
/// the field and the value, and what is accepted, put together with each language's spacing.
@Suite struct CommandFailureTests {
    /// An error that states only its code and message: field and column are nil by default.
    struct Bare: EcoVolError {
        var code: String { "test.bare" }
        var message: LocalizedText { LocalizedText(verbatim: "bare") }
    }

    /// A domain refusal with a field, as the rules outside the command layer throw them.
    struct Refusal: DomainError {
        var code: String { "test.refusal" }
        var message: LocalizedText { LocalizedText(zh: "不行。", en: "No.") }
        var field: String? { "when" }
    }

    static let accepted = LocalizedText(zh: "应为 1 到 5 的整数。", en: "Expected a whole number from 1 to 5.")

    @Test func anInvalidValueNamesTheFieldTheValueAndWhatIsAccepted() {
        let failure = CommandFailure.invalidValue(field: "rating", value: "六", accepted: Self.accepted)
        #expect(failure.code == "value.invalid" && failure.field == "rating" && failure.column == nil)
        #expect(failure.message.zh == "rating 的值“六”无效。应为 1 到 5 的整数。")
        #expect(failure.message.en == "rating: \"六\" is not valid. Expected a whole number from 1 to 5.")
    }

    @Test func aMissingValueNamesTheFieldAndWhatIsAccepted() {
        let failure = CommandFailure.missing(field: "start", accepted: Self.accepted)
        #expect(failure.code == "value.missing" && failure.field == "start" && failure.column == nil)
        #expect(failure.message.zh == "缺少 start。应为 1 到 5 的整数。")
        #expect(failure.message.en == "start is missing. Expected a whole number from 1 to 5.")
    }

    /// The value is quoted back clipped to 60 characters on one line, with escapes removed,
    /// so a pasted page or a terminal escape does not flood or repaint the screen.
    @Test func theQuotedValueIsClippedAndMadeSafe() {
        let long = String(repeating: "长", count: 200)
        let failure = CommandFailure.invalidValue(field: "title", value: long, accepted: Self.accepted)
        #expect(failure.message.zh.contains("“" + String(repeating: "长", count: 60) + "…”"))
        #expect(!failure.message.zh.contains(String(repeating: "长", count: 61)))
        let evil = CommandFailure.invalidValue(field: "name", value: "\u{1B}[2J张\n三", accepted: Self.accepted)
        #expect(evil.message.en.hasPrefix("name: \"张 三\" is not valid."))
        #expect(!TerminalSafeText.containsControlCharacters(evil.message.zh))
    }

    @Test func sentencesJoinWithoutASpaceInChineseAndWithOneInEnglish() {
        let first = LocalizedText(zh: "没有找到。", en: "Not found.")
        let second = LocalizedText(zh: "请检查编号。", en: "Check the id.")
        #expect(first.joined(with: second) == LocalizedText(zh: "没有找到。请检查编号。", en: "Not found. Check the id."))
        #expect(first.joined(with: second).joined(with: first).en == "Not found. Check the id. Not found.")
    }

    @Test func anErrorWithoutAFieldOrAColumnSaysNil() {
        let bare = Bare()
        #expect(bare.field == nil && bare.column == nil)
        let located = CommandFailure(code: "parse.x", message: LocalizedText(verbatim: "x"), field: "a", column: 4)
        #expect(located.field == "a" && located.column == 4)
        #expect(
            located == CommandFailure(code: "parse.x", message: LocalizedText(verbatim: "x"), field: "a", column: 4))
        #expect(located != CommandFailure(code: "parse.x", message: LocalizedText(verbatim: "x"), field: "a"))
    }

    @Test func aDomainRefusalCrossesTheBoundaryUnchanged() throws {
        let failure = CommandFailure(Refusal())
        #expect(
            failure == CommandFailure(code: "test.refusal", message: LocalizedText(zh: "不行。", en: "No."), field: "when")
        )
        // Any EcoVolError is presented as it is; a domain error is mapped; nothing else is.
        let bare = try #require(CommandFailure.presentable(Bare()))
        #expect(bare.code == "test.bare" && bare.message.en == "bare")
        let mapped = try #require(CommandFailure.presentable(Refusal()))
        #expect(mapped.code == "test.refusal" && mapped.field == "when" && mapped.column == nil)
        #expect(
            CommandFailure.presentable(DataDirectory.Failure.notDirectory(path: "/x"))?.code == "store.notDirectory")
    }
}
