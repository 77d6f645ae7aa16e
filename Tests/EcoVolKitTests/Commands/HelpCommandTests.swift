import Foundation
import Testing

@testable import EcoVolKit

/// `/help` lists every registered command under its group; `/help CMD` (by name or any
/// alias) shows the usage generated from the declaration, the arguments and examples; a
/// name that is not a command is refused with the closest one suggested.
@MainActor
@Suite("Help command")
struct HelpCommandTests {
    private func context(_ language: Language = .zh) -> CommandContext {
        CommandContext(
            language: language, dataDirectory: DataDirectory(path: NSTemporaryDirectory() + "/ecovol-tests-unused"))
    }

    private func text(_ outcome: LineOutcome) -> [String] {
        TextLayout(width: 200).lines(for: outcome.output?.blocks ?? []).map(\.plainText)
    }

    @Test func theListHasEveryCommandOnceInItsGroupInGroupOrder() async throws {
        let outcome = await CommandRunner(context: context()).execute("/help --json")
        let groups = try #require(outcome.output?.json["groups"]?.arrayValue)
        let order = groups.compactMap { $0["group"]?.stringValue }
        #expect(order == CommandGroup.allCases.map(\.rawValue).filter(order.contains))
        var listed: [String: String] = [:]
        for group in groups {
            for command in group["commands"]?.arrayValue ?? [] {
                let name = try #require(command["name"]?.stringValue)
                #expect(listed[name] == nil, "\(name) is listed twice")
                listed[name] = group["group"]?.stringValue
            }
        }
        let registered = CommandRegistry.standard.commands.map { $0.configuration }
        #expect(Set(listed.keys) == Set(registered.map(\.name)))
        for c in registered { #expect(listed[c.name] == c.group.rawValue, "\(c.name)") }
    }

    @Test func theListShowsGroupTitlesAndChineseNamesInTheUsersLanguage() async throws {
        let zh = text(await CommandRunner(context: context()).execute("/help"))
        #expect(zh.first == "ecovol 命令")
        #expect(zh.contains("知识问答与宣讲素材") && zh.contains("通用"))
        let show = try #require(zh.first { $0.hasPrefix("/show ") })
        #expect(show.contains("/看") && show.contains("按编号查看一个知识条目"))
        #expect(!show.contains("open"), "ASCII aliases are not listed as Chinese names")
        let en = text(await CommandRunner(context: context(.en)).execute("/help"))
        #expect(en.first == "ecovol commands")
        #expect(en.contains("Knowledge and talk material") && en.contains("General"))
        #expect(en.contains { $0.hasPrefix("/show ") && $0.contains("Show one knowledge entry by id") })
    }

    @Test func everyCommandsHelpIsItsDeclaration() async throws {
        let runner = CommandRunner(context: context(.en))
        for type in CommandRegistry.standard.commands {
            let c = type.configuration
            for name in c.allNames {
                let outcome = await runner.execute("/help \"\(name)\" --json")
                #expect(outcome.status == .succeeded, "/help \(name)")
                let json = outcome.output?.json
                #expect(json?["name"] == .string(c.name), "\(name)")
                #expect(json?["usage"] == .string(c.usage), "\(name)")
                #expect(json?["keys"] == .array(c.keys.map { .string($0.name) }), "\(name)")
                #expect(json?["summary"] == .string(c.summary.en), "\(name)")
            }
            #expect(c.usage.hasPrefix("/" + c.name), "\(c.name): \(c.usage)")
        }
    }

    @Test func usageIsGeneratedFromTheArgumentsDeclared() {
        #expect(ShowCommand.configuration.usage == "/show ID")
        #expect(DatesCommand.configuration.usage == "/dates [N]")
        #expect(TopicsCommand.configuration.usage == "/topics")
        #expect(TipsCommand.configuration.usage == "/tips [TOPIC…]")
        #expect(KBCommand.configuration.usage == "/kb [ACTION] [NAME…]")
        // A written usage is kept for a form the declaration cannot say.
        #expect(OutlineCommand.configuration.usage.hasPrefix("/outline [SESSION] audience=… minutes=…"))
    }

    @Test func aCommandsHelpShowsUsageArgumentsAndExamples() async throws {
        let zh = text(await CommandRunner(context: context()).execute("/help dates"))
        #expect(zh.first == "/dates  (/纪念日 /日子)")
        #expect(zh.contains("即将到来的环境纪念日"))
        #expect(zh.contains { $0.hasPrefix("用法") && $0.hasSuffix("/dates [N]") })
        #expect(zh.contains("参数"))
        #expect(zh.contains { $0.hasPrefix("COUNT") && $0.contains("显示几个（默认 5）") })
        #expect(zh.contains("示例"))
        #expect(zh.contains("  /dates 10"))
        let en = text(await CommandRunner(context: context(.en)).execute("/help show"))
        #expect(en.contains { $0.hasPrefix("Usage") && $0.hasSuffix("/show ID") })
        #expect(
            en.contains { $0.hasPrefix("ID") && $0.hasSuffix("entry id, or a number from the last list (required)") })
    }

    @Test func keysAreShownWithTheirAliasesAndDiscussionFollowsTheSummary() async throws {
        let zh = text(await CommandRunner(context: context()).execute("/help ask"))
        #expect(zh.contains { $0.hasPrefix("audience=") && $0.contains("(对象=)") })
        #expect(zh.contains { $0.hasPrefix("QUESTION") && $0.contains("（必填）") })
        #expect(zh.contains { $0.contains("输入“更多”看下一批结果") })
        let en = text(await CommandRunner(context: context(.en)).execute("/help ask"))
        #expect(en.contains { $0.contains("type \"more\" for further results") })
    }

    @Test func aChineseAliasOrASlashedNameFindsTheCommand() async throws {
        let runner = CommandRunner(context: context())
        #expect(await runner.execute("/help 纪念日 --json").output?.json["name"] == .string("dates"))
        #expect(await runner.execute("/帮助 /show --json").output?.json["name"] == .string("show"))
        #expect(await runner.execute("/? KB --json").output?.json["name"] == .string("kb"))
    }

    @Test func anUnknownCommandIsRefusedWithTheClosestInBothLanguages() async throws {
        let outcome = await CommandRunner(context: context()).execute("/help shwo")
        #expect(outcome.status == .failed)
        #expect(outcome.error?.code == "command.unknown")
        #expect(outcome.error?.field == "command")
        #expect(outcome.error?.column == 6)
        #expect(outcome.error?.message.zh == "没有命令 /shwo。您是不是想输入 /show？")
        #expect(outcome.error?.message.en == "There is no command /shwo. Did you mean /show?")
        let far = await CommandRunner(context: context(.en)).execute("/help qqqqqqqqqqqq")
        #expect(far.error?.message.en == "There is no command /qqqqqqqqqqqq.")
    }
}
