import Foundation
import JSONTestSupport
import Testing

@testable import EcoVolKit

@MainActor
@Suite("Command runner, help and completion")
struct CommandRunnerTests {
    func context(_ language: Language = .en) -> CommandContext {
        CommandContext(
            language: language, dataDirectory: DataDirectory(path: NSTemporaryDirectory() + "/ecovol-tests-unused"))
    }

    @Test func unknownCommandSuggestsTheClosest() async {
        let outcome = await CommandRunner(context: context()).execute("/hlep")
        #expect(outcome.status == .usageError)
        #expect(outcome.error?.code == "command.unknown")
        #expect(outcome.error?.message.en.contains("Did you mean /help?") == true)
        #expect(outcome.error?.message.zh.contains("/help") == true)
    }

    @Test func chineseAliasRunsTheCommand() async {
        let outcome = await CommandRunner(context: context(.zh)).execute("/帮助 退出")
        #expect(outcome.status == .succeeded)
        #expect(outcome.output?.json["name"] == "quit")
    }

    @Test func unknownKeyIsRefusedWithTheAcceptedKeys() async {
        let outcome = await CommandRunner(context: context()).execute("/help colour=red")
        #expect(outcome.status == .usageError)
        #expect(outcome.error?.field == "colour")
        #expect(outcome.error?.column == 6)
    }

    @Test func surplusPositionalIsAUsageError() async {
        let outcome = await CommandRunner(context: context()).execute("/lang en zh")
        #expect(outcome.status == .usageError)
        #expect(outcome.error?.message.en.contains("Unexpected argument \"zh\"") == true)
    }

    @Test func quitAndLanguageSwitch() async {
        let ctx = context()
        let runner = CommandRunner(context: ctx)
        #expect(await runner.execute("/quit").status == .quit)
        #expect(await runner.execute("/lang 中文").status == .succeeded)
        #expect(ctx.language == .zh)
        let bad = await runner.execute("/lang fr")
        #expect(bad.status == .failed)
        #expect(bad.error?.field == "language")
    }

    @Test func helpListsEveryCommandAndJSONIsOneLine() async {
        let outcome = await CommandRunner(context: context()).execute("/help --json")
        #expect(outcome.wantsJSON)
        let json = OutcomePresenter.json(for: outcome, language: .en)!
        let text = json.serialized()
        #expect(!text.contains("\n"))
        for type in CommandRegistry.standard.commands {
            #expect(text.contains("\"name\":\"\(type.configuration.name)\""))
        }
        let parsed = try? JSONValue.parse(text)
        #expect(parsed == json)
    }

    @Test func errorsRenderAsJSONDocuments() async {
        let outcome = await CommandRunner(context: context()).execute("/nope --json")
        let json = OutcomePresenter.json(for: outcome, language: .zh)!
        #expect(json["error"]?["code"] == "command.unknown")
        #expect(json["error"]?["usage"] == .bool(true))
        #expect(json["error"]?["message_en"]?.stringValue?.hasPrefix("There is no command") == true)
    }

    @Test func completesCommandNamesAliasesKeysAndValues() {
        let completer = Completer(context: context())
        #expect(completer.complete(line: "/he", cursor: 3).insertion == "lp ")
        #expect(completer.complete(line: "/帮", cursor: 2).insertion == "助 ")
        let ambiguous = completer.complete(line: "/", cursor: 1)
        #expect(ambiguous.candidates.count >= 3)
        #expect(ambiguous.candidates.contains { $0.value == "/退出" })
        #expect(completer.complete(line: "/lang e", cursor: 7).insertion == "n ")
        #expect(completer.complete(line: "/help la", cursor: 8).insertion == "ng ")
        #expect(completer.complete(line: "/nosuch x", cursor: 9).candidates.isEmpty)
    }

    @Test func everyCommandDeclaresBilingualHelpAndUniqueNames() {
        var names: Set<String> = []
        for type in CommandRegistry.standard.commands {
            let c = type.configuration
            #expect(!c.summary.zh.isEmpty && !c.summary.en.isEmpty, "\(c.name) summary")
            #expect(c.usage.hasPrefix("/" + c.name), "\(c.name) usage")
            #expect(!c.examples.isEmpty, "\(c.name) examples")
            #expect(c.aliases.contains { !$0.allSatisfy(\.isASCII) }, "\(c.name) needs a Chinese alias")
            for spec in c.positionals + c.keys {
                #expect(!spec.help.zh.isEmpty && !spec.help.en.isEmpty, "\(c.name) \(spec.name) help")
            }
            for name in c.allNames {
                #expect(names.insert(name.lowercased()).inserted, "duplicate command name \(name)")
            }
        }
    }
}
