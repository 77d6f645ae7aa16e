import Foundation
import Testing

@testable import EcoVolKit

/// Building an invocation from a parsed line (keys resolved, unknown, misplaced and repeated
/// keys refused, surplus words refused) and reading its values.
@Suite("Invocation")
struct InvocationTests {
    private static let visit = CommandConfiguration(
        name: "visit", aliases: ["走访"], summary: LocalizedText(zh: "走访一户", en: "Visit a household"),
        usage: "/visit PLACE [city=… count=… done=…]",
        positionals: [ArgumentSpec("place", help: LocalizedText(zh: "地点", en: "place"))],
        keys: [
            ArgumentSpec("city", aliases: ["城市"], help: LocalizedText(zh: "城市", en: "city")),
            ArgumentSpec("count", aliases: ["人数"], help: LocalizedText(zh: "人数", en: "count")),
            ArgumentSpec("done", help: LocalizedText(zh: "完成", en: "done")),
        ],
        misplacedKeys: ["format": LocalizedText(zh: "格式由文件名决定。", en: "The file name sets the format.")]
    )

    private static let bare = CommandConfiguration(
        name: "more", aliases: ["更多"], summary: LocalizedText(zh: "接着显示", en: "Show more"), usage: "/more")

    private static let words = CommandConfiguration(
        name: "ask", summary: LocalizedText(zh: "提问", en: "Ask"), usage: "/ask QUESTION…",
        positionals: [ArgumentSpec("question", help: LocalizedText(zh: "问题", en: "question"), variadic: true)])

    private static let open = CommandConfiguration(
        name: "note", summary: LocalizedText(zh: "记一笔", en: "Note"), acceptsUndeclaredKeys: true)

    private func make(_ line: String, _ configuration: CommandConfiguration = visit) throws -> Invocation {
        let parsed = try CommandLineParser.parse(line)
        guard case .command(let name, _) = parsed.kind else { throw CancellationError() }
        return try Invocation.make(line: line, parsed: parsed, name: name, configuration: configuration)
    }

    private func failure(_ line: String, _ configuration: CommandConfiguration = visit) -> CommandFailure? {
        do {
            _ = try make(line, configuration)
            return nil
        } catch {
            return error as? CommandFailure
        }
    }

    private func failure(_ read: () throws -> Any?) -> CommandFailure? {
        do {
            _ = try read()
            return nil
        } catch {
            return error as? CommandFailure
        }
    }

    // MARK: - Making

    @Test func positionalsKeysAndFlagsAreSetApart() throws {
        let invocation = try make("/走访 文化站 城市=贵阳 count=3 --json")
        #expect(invocation.commandName == "走访")
        #expect(invocation.line == "/走访 文化站 城市=贵阳 count=3 --json")
        #expect(invocation.positionals.map(\.text) == ["文化站"])
        #expect(invocation.options.map(\.key) == ["city", "count"])
        #expect(invocation.options.map(\.token.text) == ["贵阳", "3"])
        #expect(invocation.flags == ["json"])
        #expect(invocation.wantsJSON)
        #expect(!invocation.isFreeText)
        #expect(invocation.positionalNames == ["place"])
    }

    @Test func keysKeepTheOrderTheyWereTypedIn() throws {
        #expect(try make("/visit done=yes count=2 city=遵义").options.map(\.key) == ["done", "count", "city"])
        #expect(try make("/visit 人数=2 城市=遵义").options.map(\.key) == ["count", "city"])
        #expect(try make("/visit COUNT=2").options.map(\.key) == ["count"])
    }

    @Test func aKeyGivenTwiceIsRefusedEvenUnderItsAlias() throws {
        let twice = try #require(failure("/visit city=贵阳 城市=遵义"))
        #expect(twice.code == "argument.duplicateKey")
        #expect(twice.field == "city")
        #expect(twice.column == 17)
        #expect(twice.message.en == "The argument city= is given more than once.")
        #expect(twice.message.zh == "参数 city= 出现了不止一次。")
    }

    @Test func anUnknownKeyNamesTheAcceptedOnesAndTheClosest() throws {
        let typo = try #require(failure("/visit cty=贵阳"))
        #expect(typo.code == "argument.unknownKey")
        #expect(typo.field == "cty")
        #expect(typo.column == 7)
        #expect(
            typo.message.en == "/visit has no argument cty=. Accepted: city= 城市= count= 人数= done= Did you mean city=?")
        #expect(typo.message.zh == "/visit 没有参数 cty=。可用参数：city= 城市= count= 人数= done=。您是不是想输入 city=？")
    }

    @Test func anUnknownKeyFarFromAnyOtherOnlyListsTheAccepted() throws {
        let far = try #require(failure("/visit colour=red"))
        #expect(far.message.en == "/visit has no argument colour=. Accepted: city= 城市= count= 人数= done=")
        #expect(far.message.zh == "/visit 没有参数 colour=。可用参数：city= 城市= count= 人数= done=。")
    }

    @Test func aMisplacedKeySaysWhatToWriteInsteadOfGuessing() throws {
        let misplaced = try #require(failure("/visit format=csv"))
        #expect(misplaced.field == "format")
        #expect(
            misplaced.message.en
                == "/visit has no argument format=. The file name sets the format. Accepted: city= 城市= count= 人数= done="
        )
        #expect(misplaced.message.zh == "/visit 没有参数 format=。格式由文件名决定。可用参数：city= 城市= count= 人数= done=。")
    }

    @Test func aCommandWithoutKeysSaysSo() throws {
        let none = try #require(failure("/more page=2", Self.bare))
        #expect(none.message.en == "/more has no argument page=. This command takes no key=value arguments.")
        #expect(none.message.zh == "/more 没有参数 page=。这个命令不带 key=value 参数。")
    }

    @Test func aLongUnknownKeyIsClipped() throws {
        let key = String(repeating: "k", count: 24)
        let long = try #require(failure("/more \(key)=1", Self.bare))
        #expect(long.message.en.hasPrefix("/more has no argument \(key)=."))
        #expect(long.field == key)
    }

    @Test func undeclaredKeysPassWhenTheCommandChecksThem() throws {
        let invocation = try make("/note Colour=red size=2", Self.open)
        #expect(invocation.options.map(\.key) == ["colour", "size"])
        #expect(invocation.string("colour") == "red")
        #expect(failure("/note a=1 A=2", Self.open)?.code == "argument.duplicateKey")
    }

    @Test func aSurplusWordShowsTheUsage() throws {
        let extra = try #require(failure("/visit 文化站 村委会"))
        #expect(extra.code == "argument.unexpected")
        #expect(extra.column == 14)
        #expect(extra.message.en == "Unexpected argument \"村委会\". Usage: /visit PLACE [city=… count=… done=…]")
        #expect(extra.message.zh == "多余的参数“村委会”。用法：/visit PLACE [city=… count=… done=…]")
    }

    @Test func aWordAfterACommandTakingNoneSaysWhatTheCommandDoes() throws {
        let extra = try #require(failure("/more abc", Self.bare))
        #expect(extra.code == "argument.unexpected")
        #expect(extra.column == 6)
        #expect(
            extra.message.en == "/more takes nothing after it, so \"abc\" was not used. /more: Show more. Usage: /more")
        #expect(extra.message.zh == "/more 后面不带其他内容，“abc”用不上。/more 的作用：接着显示。用法：/more")
    }

    @Test func aVariadicPositionalTakesEveryWord() throws {
        let invocation = try make("/ask 垃圾 怎么 分", Self.words)
        #expect(invocation.positionals.map(\.text) == ["垃圾", "怎么", "分"])
        #expect(invocation.joinedPositionals() == "垃圾 怎么 分")
        #expect(invocation.joinedPositionals(from: 1) == "怎么 分")
        #expect(invocation.joinedPositionals(from: 5) == "")
    }

    @Test func aQuotedKeyValueIsAWordNotAKey() throws {
        let invocation = try make("/visit \"city=贵阳\"")
        #expect(invocation.positionals.map(\.text) == ["city=贵阳"])
        #expect(invocation.options.isEmpty)
    }

    // MARK: - Reading

    @Test func stringHasAndToken() throws {
        let invocation = try make("/visit 文化站 city= count=\"2 \"")
        #expect(invocation.has("city"))
        #expect(invocation.string("city") == "")
        #expect(invocation.string("count") == "2 ")
        #expect(invocation.token("count")?.column == 20)
        #expect(!invocation.has("done"))
        #expect(invocation.string("done") == nil)
        #expect(!invocation.wantsJSON)
    }

    @Test func requireRefusesAMissingOrBlankValue() throws {
        let invocation = try make("/visit city=\"  \" count=3")
        #expect(try invocation.require("count", accepted: L(.argAcceptedInteger)) == "3")
        for key in ["city", "done"] {
            let missing = try #require(failure { try invocation.require(key, accepted: L(.argAcceptedText)) })
            #expect(missing.code == "value.missing")
            #expect(missing.field == key)
            #expect(missing.message.en == "\(key) is missing. Expected text.")
            #expect(missing.message.zh == "缺少 \(key)。应为文字。")
        }
    }

    @Test func intReadsFullWidthDigitsWithinTheRange() throws {
        #expect(try make("/visit count=12").int("count", in: 1...50) == 12)
        #expect(try make("/visit count=１２").int("count", in: 1...50) == 12)
        #expect(try make("/visit count=\" 7 \"").int("count", in: 1...50) == 7)
        #expect(try make("/visit count=1").int("count", in: 1...1) == 1)
        #expect(try make("/visit").int("count", in: 1...50) == nil)
    }

    @Test func intRefusesTextAndNumbersOutsideTheRangeAtTheirColumn() throws {
        for (line, value) in [("/visit count=99", "99"), ("/visit count=two", "two"), ("/visit count=0", "0")] {
            let invocation = try make(line)
            let refused = try #require(failure { try invocation.int("count", in: 1...50) })
            #expect(refused.code == "value.invalid")
            #expect(refused.field == "count")
            #expect(refused.column == 7)
            #expect(refused.message.en == "count: \"\(value)\" is not valid. Expected a whole number from 1 to 50.")
            #expect(refused.message.zh == "count 的值“\(value)”无效。应为 1 到 50 之间的整数。")
        }
    }

    @Test func boolReadsYesAndNoWordsInBothLanguages() throws {
        for word in ["yes", "YES", "y", "true", "1", "是", "对", "on", "确认"] {
            #expect(try make("/visit done=\(word)").bool("done") == true, "\(word)")
        }
        for word in ["no", "n", "false", "0", "否", "不", "没有", "off"] {
            #expect(try make("/visit done=\(word)").bool("done") == false, "\(word)")
        }
        #expect(try make("/visit").bool("done") == nil)
    }

    @Test func boolRefusesOtherWords() throws {
        let invocation = try make("/visit 文化站 done=maybe")
        let refused = try #require(failure { try invocation.bool("done") })
        #expect(refused.field == "done")
        #expect(refused.column == 14)
        #expect(refused.message.en == "done: \"maybe\" is not valid. Expected yes or no.")
        #expect(refused.message.zh == "done 的值“maybe”无效。应为 yes 或 no（是 / 否）。")
    }

    @Test func halfWidthTurnsFullWidthDigitsAndSignsIntoASCII() {
        #expect(NumberText.halfWidth("１２３") == "123")
        #expect(NumberText.halfWidth("－５．５") == "-5.5")
        #expect(NumberText.halfWidth("ＡＢｃ＝") == "ABc=")
        #expect(NumberText.halfWidth("贵阳 12") == "贵阳 12")
        // The ideographic space is outside the full-width block and stays.
        #expect(NumberText.halfWidth("\u{3000}") == "\u{3000}")
    }
}
