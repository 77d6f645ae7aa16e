import Foundation
import Testing

@testable import EcoVolKit

/// What an outcome looks like: the output's blocks, its warnings labelled, an error labelled
/// with a caret under the column it points at, a cancel as a plain notice, and the one JSON
/// document `--json` writes.
@MainActor
@Suite("Outcome presenter")
struct OutcomePresenterTests {
    /// Each block as text, with the style of every span in brackets.
    private func describe(_ blocks: [OutputBlock]) -> [String] {
        func spans(_ text: StyledText) -> String {
            text.spans.map { "[\($0.style.rawValue)]\($0.text)" }.joined()
        }
        return blocks.map { block in
            switch block {
            case .heading(let text): return "heading " + text
            case .paragraph(let text, _): return spans(text)
            case .preformatted(let lines): return "pre " + lines.map(spans).joined(separator: " | ")
            case .list(let items): return "list " + items.map(spans).joined(separator: " | ")
            default: return String(describing: block)
            }
        }
    }

    private let failure = CommandFailure(
        code: "value.invalid", message: LocalizedText(zh: "城市不对。", en: "Not a city."), field: "city", column: 10)

    private func outcome(
        _ status: LineOutcome.Status, output: CommandOutput? = nil, error: (any EcoVolError)? = nil,
        line: String = "/report city=火星"
    ) -> LineOutcome {
        LineOutcome(status: status, output: output, error: error, line: line)
    }

    private func context(_ language: Language) -> CommandContext {
        CommandContext(language: language, dataDirectory: DataDirectory(path: temporaryStoreDirectory()))
    }

    // MARK: - Blocks

    @Test func anOutputIsShownAsItIs() {
        let output = CommandOutput(blocks: [.heading("Title"), .paragraph(StyledText("body", .dim))])
        let shown = OutcomePresenter.blocks(for: outcome(.succeeded, output: output), language: .en, echoInput: true)
        #expect(describe(shown) == ["heading Title", "[dim]body"])
    }

    @Test func warningsFollowTheOutputLabelledInTheUsersLanguage() {
        let output = CommandOutput(
            blocks: [.paragraph("done")],
            warnings: [LocalizedText(zh: "场地重复。", en: "Venue double-booked."), LocalizedText(verbatim: "x")])
        let result = outcome(.succeeded, output: output)
        #expect(
            describe(OutcomePresenter.blocks(for: result, language: .en, echoInput: false)) == [
                "[plain]done", "[warning]Warning: [plain]Venue double-booked.", "[warning]Warning: [plain]x",
            ])
        #expect(
            describe(OutcomePresenter.blocks(for: result, language: .zh, echoInput: false)) == [
                "[plain]done", "[warning]注意：[plain]场地重复。", "[warning]注意：[plain]x",
            ])
    }

    @Test func anErrorPointsAtItsColumnUnderTheLine() {
        let result = outcome(.failed, error: failure)
        #expect(
            describe(OutcomePresenter.blocks(for: result, language: .en, echoInput: true)) == [
                "pre [dim]/report city=火星 | [error]          ^", "[error]Error: [plain]Not a city.",
            ])
        #expect(
            describe(OutcomePresenter.blocks(for: result, language: .zh, echoInput: true)) == [
                "pre [dim]/report city=火星 | [error]          ^", "[error]错误：[plain]城市不对。",
            ])
    }

    @Test func theLineIsNotEchoedWhenNotAskedWithoutAColumnOrWhenEmptyOrLong() {
        let plain = ["[error]Error: [plain]Not a city."]
        #expect(
            describe(OutcomePresenter.blocks(for: outcome(.failed, error: failure), language: .en, echoInput: false))
                == plain)
        var noColumn = failure
        noColumn.column = nil
        #expect(
            describe(OutcomePresenter.blocks(for: outcome(.failed, error: noColumn), language: .en, echoInput: true))
                == plain)
        #expect(
            describe(
                OutcomePresenter.blocks(for: outcome(.failed, error: failure, line: ""), language: .en, echoInput: true)
            )
                == plain)
        let long = "/ask " + String(repeating: "x", count: 295)
        #expect(long.count == 300)
        #expect(
            describe(
                OutcomePresenter.blocks(
                    for: outcome(.failed, error: failure, line: long), language: .en, echoInput: true))
                == plain)
        let shorter = String(long.dropLast())
        #expect(
            OutcomePresenter.blocks(
                for: outcome(.failed, error: failure, line: shorter), language: .en, echoInput: true
            )
            .count == 2)
    }

    @Test func theEchoedLineIsMadeSafeAndSingle() {
        let result = outcome(.usageError, error: failure, line: "/report\tcity=\u{1B}[2J火星")
        #expect(
            describe(OutcomePresenter.blocks(for: result, language: .en, echoInput: true)).first
                == "pre [dim]/report city=火星 | [error]          ^")
    }

    @Test func aCancelIsANoticeNotAnError() {
        let cancelled = outcome(.cancelled, error: CommandFailure(code: "cancelled", message: L(.runnerCancelled)))
        #expect(
            describe(OutcomePresenter.blocks(for: cancelled, language: .en, echoInput: true)) == ["[dim]Cancelled."])
        #expect(describe(OutcomePresenter.blocks(for: cancelled, language: .zh, echoInput: true)) == ["[dim]已取消。"])
        let abandoned = outcome(.cancelled, error: DialogueAbandoned())
        #expect(
            describe(OutcomePresenter.blocks(for: abandoned, language: .zh, echoInput: false)) == ["[dim]已放弃，没有保存任何内容。"]
        )
    }

    @Test func outputAndErrorTogetherShowBothInOrder() {
        let output = CommandOutput(blocks: [.paragraph("partial")], warnings: [LocalizedText(verbatim: "careful")])
        let both = outcome(.failed, output: output, error: failure)
        #expect(
            describe(OutcomePresenter.blocks(for: both, language: .en, echoInput: true)) == [
                "[plain]partial", "[warning]Warning: [plain]careful", "pre [dim]/report city=火星 | [error]          ^",
                "[error]Error: [plain]Not a city.",
            ])
    }

    @Test func nothingToShowForAnEmptyLine() {
        #expect(OutcomePresenter.blocks(for: outcome(.empty, line: ""), language: .en, echoInput: true).isEmpty)
        #expect(OutcomePresenter.json(for: outcome(.empty, line: ""), language: .en) == nil)
    }

    @Test func theCaretCountsDisplayColumnsOfARealRefusal() async {
        let english = await CommandRunner(context: context(.en)).execute("/help colour=red")
        #expect(
            describe(OutcomePresenter.blocks(for: english, language: .en, echoInput: true)).first
                == "pre [dim]/help colour=red | [error]      ^")
        // 帮助 is two columns a character: the key starts at column 6 as well.
        let chinese = await CommandRunner(context: context(.zh)).execute("/帮助 颜色=红")
        #expect(chinese.error?.column == 6)
        #expect(
            describe(OutcomePresenter.blocks(for: chinese, language: .zh, echoInput: true)).first
                == "pre [dim]/帮助 颜色=红 | [error]      ^")
    }

    // MARK: - JSON

    @Test func anErrorIsOneDocumentWithBothLanguages() throws {
        let json = try #require(OutcomePresenter.json(for: outcome(.failed, error: failure), language: .en))
        #expect(
            json.serialized()
                == #"{"error":{"code":"value.invalid","message":"Not a city.","message_zh":"城市不对。","message_en":"Not a city.","field":"city","column":11,"usage":false}}"#
        )
        let zh = try #require(OutcomePresenter.json(for: outcome(.failed, error: failure), language: .zh))
        #expect(zh["error"]?["message"] == "城市不对。")
    }

    @Test func aUsageErrorSaysSoAndAbsentFieldsAreLeftOut() throws {
        let bare = CommandFailure(code: "command.unknown", message: LocalizedText(zh: "没有。", en: "None."))
        let json = try #require(OutcomePresenter.json(for: outcome(.usageError, error: bare), language: .en))
        #expect(
            json.serialized()
                == #"{"error":{"code":"command.unknown","message":"None.","message_zh":"没有。","message_en":"None.","usage":true}}"#
        )
    }

    @Test func aDamagedStoreIsReportedBesideAnError() throws {
        var result = outcome(.failed, error: failure)
        result.storeDamage = LocalizedText(zh: "账本有损坏。", en: "The journal is damaged.")
        let json = try #require(OutcomePresenter.json(for: result, language: .zh))
        #expect(json["warnings"] == .array(["账本有损坏。"]))
        #expect(json.serialized().hasSuffix(#""usage":false},"warnings":["账本有损坏。"]}"#))
    }

    @Test func anOutputWithoutWarningsIsItsOwnDocument() {
        let output = CommandOutput(json: .obj([("count", .int(2))]))
        #expect(
            OutcomePresenter.json(for: outcome(.succeeded, output: output), language: .en) == .obj([("count", .int(2))])
        )
    }

    @Test func warningsAreAddedToAnObjectInTheUsersLanguage() throws {
        let output = CommandOutput(
            json: .obj([("count", .int(2))]), warnings: [LocalizedText(zh: "场地重复。", en: "Venue double-booked.")])
        let en = try #require(OutcomePresenter.json(for: outcome(.succeeded, output: output), language: .en))
        #expect(en.serialized() == #"{"count":2,"warnings":["Venue double-booked."]}"#)
        let zh = try #require(OutcomePresenter.json(for: outcome(.succeeded, output: output), language: .zh))
        #expect(zh.serialized() == #"{"count":2,"warnings":["场地重复。"]}"#)
    }

    @Test func aDocumentThatIsNoObjectIsWrappedToCarryItsWarnings() throws {
        let output = CommandOutput(json: .array([.int(1), .int(2)]), warnings: [LocalizedText(verbatim: "careful")])
        let json = try #require(OutcomePresenter.json(for: outcome(.succeeded, output: output), language: .en))
        #expect(json.serialized() == #"{"result":[1,2],"warnings":["careful"]}"#)
    }
}
