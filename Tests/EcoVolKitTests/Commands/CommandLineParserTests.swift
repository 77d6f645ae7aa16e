import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Command line parser")
struct CommandLineParserTests {
    @Test func splitsCommandKeysAndPositionals() throws {
        let parsed = try CommandLineParser.parse("/schedule title=垃圾分类讲座 city=贵阳 extra --json")
        #expect(parsed.kind == .command(name: "schedule", column: 0))
        #expect(parsed.flags == ["json"])
        #expect(parsed.tokens.map(\.text) == ["垃圾分类讲座", "贵阳", "extra"])
        #expect(parsed.tokens.map(\.key) == ["title", "city", nil])
    }

    @Test func quotesKeepSpacesInAllStyles() throws {
        let parsed = try CommandLineParser.parse(#"/x a="one two" b='三 四' c=“五 六” d=「七 八」 "e=f""#)
        #expect(parsed.tokens.map(\.text) == ["one two", "三 四", "五 六", "七 八", "e=f"])
        #expect(parsed.tokens.map(\.key) == ["a", "b", "c", "d", nil])
        #expect(parsed.tokens[4].quoted)
    }

    @Test func backslashEscapes() throws {
        let parsed = try CommandLineParser.parse(#"/x a=\"q\" b="say \"hi\"" c=a\ b"#)
        #expect(parsed.tokens.map(\.text) == ["\"q\"", "say \"hi\"", "a b"])
    }

    @Test func fullWidthSlashEqualsAndSpace() throws {
        let parsed = try CommandLineParser.parse("／安排\u{3000}城市＝遵义")
        #expect(parsed.kind == .command(name: "安排", column: 0))
        #expect(parsed.tokens.first?.key == "城市")
        #expect(parsed.tokens.first?.text == "遵义")
    }

    @Test func freeTextAndEmpty() throws {
        #expect(try CommandLineParser.parse("  垃圾分类怎么分？ ").kind == .freeText("垃圾分类怎么分？"))
        #expect(try CommandLineParser.parse(" \u{3000} ").kind == .empty)
    }

    @Test func unterminatedQuotePointsAtItsDisplayColumn() {
        // "/x 名字=“" : the quote starts after "/x " (3 columns) and 名字= (5 columns).
        #expect(throws: ParseError(reason: .unterminatedQuote("“"), column: 8)) {
            try CommandLineParser.parse("/x 名字=“张三")
        }
        #expect(throws: ParseError(reason: .unterminatedQuote("\""), column: 6)) {
            try CommandLineParser.parse(#"/help "abc"#)
        }
    }

    @MainActor @Test func emptyKeyAndEmptyCommandAreUsageErrors() async {
        #expect(throws: ParseError(reason: .emptyKey, column: 3)) { try CommandLineParser.parse("/x =v") }
        #expect(throws: ParseError(reason: .emptyCommand, column: 0)) { try CommandLineParser.parse("/ abc") }
        let error = ParseError(reason: .emptyKey, column: 3)
        // The runner makes a line it cannot read a usage error (exit status 2).
        let context = CommandContext(
            language: .en, dataDirectory: DataDirectory(path: NSTemporaryDirectory() + "/ecovol-tests-unused"))
        #expect(await CommandRunner(context: context).execute("/help =v").status == .usageError)
        #expect(error.message.zh.contains("第 4 列"))
        #expect(error.message.en.contains("column 4"))
    }

    @Test func valueMayContainEquals() throws {
        let parsed = try CommandLineParser.parse("/x note=a=b")
        #expect(parsed.tokens.first?.key == "note")
        #expect(parsed.tokens.first?.text == "a=b")
    }

    @Test func tooLongLineIsRefused() {
        let line = "/x " + String(repeating: "a", count: CommandLineParser.maximumLength)
        #expect(throws: ParseError.self) { try CommandLineParser.parse(line) }
    }

    @Test func neverCrashesAndKeepsUnquotedText() async {
        // Any input either parses or throws a ParseError; a line of plain words keeps every word.
        await propertyCheck(input: TestGen.text(0...60)) { text in
            do {
                _ = try CommandLineParser.parse("/x " + text)
                _ = try CommandLineParser.parse(text)
            } catch let error as ParseError {
                #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty)
            }
        }
        await propertyCheck(input: Gen.letterOrNumber.string(of: 1...8).array(of: 1...6)) { words in
            let parsed = try CommandLineParser.parse("/cmd " + words.joined(separator: " "))
            #expect(parsed.tokens.map(\.text) == words)
        }
    }
}
