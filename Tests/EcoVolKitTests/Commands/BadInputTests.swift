import Foundation
import Testing

@testable import EcoVolKit

/// Bad input across the command list: each refusal names the field in both languages, says
/// what is accepted, and changes nothing in the store.
@MainActor
@Suite struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        /// The line, `{id}` standing for a scheduled session's id.
        var line: String
        var field: String
        /// Text that both languages' messages show (an accepted value, an example, the refused text).
        var shown: [String]
        var testDescription: String { line }
    }

    nonisolated static let schedule = "/schedule title=x type=education city=贵阳 start=\"2026-06-05 09:30\""

    nonisolated static let cases: [Case] = [
        Case(
            line: "/schedule title=x type=banana city=贵阳 start=\"2026-06-05 09:30\" duration=2h", field: "type",
            shown: ["banana", "lecture", "training"]),
        Case(line: schedule + " duration=abc", field: "duration", shown: ["abc", "2h", "24"]),
        Case(line: schedule + " duration=25h", field: "duration", shown: ["25h", "24"]),
        Case(
            line: "/schedule title=x type=education city=贵阳 start=明年某天 duration=2h", field: "start",
            shown: ["明年某天", "2026-06-05 09:30"]),
        Case(line: schedule + " duration=2h capacity=-1", field: "capacity", shown: ["-1", "10000"]),
        Case(line: schedule + " duration=2h capacity=1.5", field: "capacity", shown: ["1.5", "10000"]),
        Case(line: "/edit {id} capacity=abc", field: "capacity", shown: ["abc", "10000"]),
        Case(line: "/edit {id} type=banana", field: "type", shown: ["banana", "supervision"]),
        Case(line: "/report audience=外星人", field: "audience", shown: ["外星人", "village", "school"]),
        Case(line: "/report type=banana", field: "type", shown: ["banana", "practice"]),
        Case(line: "/sessions from=2026-13-01", field: "from", shown: ["2026-13-01"]),
        Case(line: "/sessions from=2026-02-30", field: "from", shown: ["2026-02-30"]),
        Case(line: "/lang klingon", field: "language", shown: ["klingon", "zh", "en"]),
        Case(line: "/history abc", field: "count", shown: ["abc", "1000"]),
        Case(line: "/history 0", field: "count", shown: ["1000"]),
        Case(
            line: "/export format=docx", field: "format",
            shown: ["format=", ".csv .json .md .html", ".ics", "period=", "city="]),
        Case(line: "/export 格式=docx", field: "格式", shown: ["格式=", ".csv .json .md .html", ".ics"]),
        Case(line: "/stars top=3", field: "top", shown: ["top=", "city="]),
        Case(line: "/tips audience=school", field: "audience", shown: ["audience=", "key=value"]),
        Case(line: "/certificate", field: "person", shown: []),
        Case(line: "/record", field: "person", shown: []),
        Case(line: "/checkin {id}", field: "person", shown: []),
        // The first wrong word is the one named: the action, not the key after it.
        Case(line: "/project frobnicate", field: "action", shown: ["frobnicate", "add", "/project add name="]),
        Case(line: "/project", field: "action", shown: ["add"]),
    ]

    @Test(arguments: cases)
    func isRefusedNamingTheFieldInBothLanguages(_ bad: Case) async throws {
        let dir = temporaryStoreDirectory("bad-input-\(abs(bad.line.hashValue))")
        let setup = makeContext(dir)
        let id = try await scheduleSession(setup, "start=\"2026-06-05 09:30\" duration=2h capacity=5")
        let before = try await setup.outreachStore().state.sessions
        let line = bad.line.replacingOccurrences(of: "{id}", with: id)
        var messages: [Language: String] = [:]
        for language in [Language.zh, .en] {
            let outcome = await run(makeContext(dir, language: language), line)
            #expect(outcome.status != .succeeded, "\(language) \(line)")
            let error = try #require(outcome.error, "\(language) \(line)")
            #expect(error.field == bad.field, "\(language) \(line): field \(String(describing: error.field))")
            let text = error.message.text(language)
            messages[language] = text
            #expect(text.contains(bad.field), "\(language) \(line): \(text)")
            for shown in bad.shown { #expect(text.contains(shown), "\(language) \(line): \(text) lacks \(shown)") }
        }
        // Really two languages, not one text twice.
        #expect(messages[.zh] != messages[.en], "\(line)")
        #expect(messages[.zh]?.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } == true)
        // Nothing changed.
        #expect(try await makeContext(dir).outreachStore().state.sessions == before)
    }

    /// `format=` is not a misspelt `from=`: /export takes the format from the file's extension,
    /// and says so instead of suggesting an unrelated key.
    @Test func exportFormatSaysTheExtensionDecidesInsteadOfSuggestingFrom() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let outcome = await run(c, "/export sessions 活动.csv format=docx")
        #expect(outcome.status == .usageError)
        let error = try #require(outcome.error)
        #expect(error.field == "format" && error.code == "argument.unknownKey")
        #expect(error.message.zh.hasPrefix("/export 没有参数 format=。格式由文件扩展名决定"), "\(error.message.zh)")
        #expect(
            error.message.en.hasPrefix("/export has no argument format=. The format comes from the file's extension"))
        for text in [error.message.zh, error.message.en] {
            #expect(!text.contains("from=？") && !text.contains("from=?"), "\(text)")
        }
        // A key that is only misspelt still gets its suggestion.
        let typo = await run(c, "/export sessions 活动.csv fro=2026-01-01")
        #expect(typo.error?.message.en.contains("Did you mean from=?") == true)
    }

    /// A word after a command that takes none: what is wrong with it, what the command does and
    /// how it is typed, in both languages — not a bare usage line.
    @Test func aWordAfterACommandThatTakesNoneIsExplained() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let more = await run(c, "/more abc")
        #expect(more.status == .usageError && more.error?.code == "argument.unexpected")
        let message = try #require(more.error?.message)
        #expect(
            message.zh
                == "/more 后面不带其他内容，“abc”用不上。/more 的作用：显示上一个问题的更多结果。用法：/more", "\(message.zh)")
        #expect(
            message.en
                == "/more takes nothing after it, so \"abc\" was not used. /more: Show more results for the last question. Usage: /more",
            "\(message.en)")
        let undo = await run(c, "/撤销 all")
        #expect(undo.error?.message.en.contains("/undo takes nothing after it, so \"all\" was not used") == true)
        // A command that takes words keeps the usual message.
        let lang = await run(c, "/lang en zh")
        #expect(lang.error?.message.en.contains("Unexpected argument \"zh\"") == true)
    }

    /// A session id that matches nothing is refused under the name the argument is declared
    /// with (`ID` in the usage, `id` in `--json`), the same name a missing id gets.
    @Test func anUnknownSessionIsRefusedUnderTheArgumentsOwnName() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        _ = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        for line in [
            "/session nosuch", "/checkin nosuch 张三", "/checkout nosuch 张三", "/log nosuch 张三",
            "/unlog nosuch 张三", "/done nosuch reached=10", "/edit nosuch venue=x", "/cancel nosuch reason=雨",
            "/mark nosuch 张三 status=no-show",
        ] {
            let unknown = await run(c, line)
            #expect(unknown.error?.code == "session.unknown", "\(line): \(String(describing: unknown.error?.code))")
            #expect(unknown.error?.field == "id", "\(line): \(String(describing: unknown.error?.field))")
            #expect(unknown.error?.message.en.contains("nosuch") == true, "\(line)")
        }
        let missing = await run(c, "/checkin")
        #expect(missing.error?.field == "id")
        // A name where the session goes (/log 王五) is an unknown session, not missing names.
        let nameOnly = await run(c, "/log 王五")
        #expect(nameOnly.error?.code == "session.unknown" && nameOnly.error?.field == "id")
        #expect(nameOnly.error?.message.zh.contains("王五") == true)
        // /outline names its optional session argument `session`, and says so.
        let outline = await run(c, "/outline nosuch")
        #expect(outline.error?.code == "session.unknown" && outline.error?.field == "session")
    }

    @Test func anUnknownKeyEndsTheAcceptedListBeforeTheSuggestionInChinese() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let outcome = await run(c, "/export fro=2026-01-01")
        let zh = try #require(outcome.error?.message.zh)
        #expect(zh.contains("覆盖=。您是不是想输入 from=？") || zh.contains("=。您是不是想输入 from=？"), "\(zh)")
        let en = try #require(outcome.error?.message.en)
        #expect(en.contains("= Did you mean from=?"), "\(en)")
    }
}
