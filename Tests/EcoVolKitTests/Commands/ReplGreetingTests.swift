import Foundation
import Testing

@testable import EcoVolKit

@MainActor private final class GreetingCounter {
    var calls = 0
}

/// The REPL's opening: the welcome line in the user's language, then each area's section in
/// the order the areas were installed, an empty section showing nothing.
@MainActor
@Suite("REPL greeting")
struct ReplGreetingTests {
    private func context(_ language: Language = .en, now: Date = fixedNow) -> CommandContext {
        CommandContext(language: language, dataDirectory: DataDirectory(path: temporaryStoreDirectory()), now: { now })
    }

    /// The text and style of each paragraph; other blocks by their kind and text.
    private func describe(_ blocks: [OutputBlock]) -> [String] {
        blocks.map { block in
            switch block {
            case .heading(let text): return "heading: " + text
            case .paragraph(let text, _):
                return text.spans.map { "[\($0.style.rawValue)]\($0.text)" }.joined()
            default: return String(describing: block)
            }
        }
    }

    @Test func withoutSectionsOnlyTheWelcomeIsShown() async {
        #expect(
            describe(await ReplGreeting.blocks(context: context(.en))) == [
                "[heading]ecovol, the eco-volunteer assistant: ask a question, or type /help."
            ])
        #expect(
            describe(await ReplGreeting.blocks(context: context(.zh))) == [
                "[heading]ecovol 生态环境志愿服务助手 —— 输入问题，或 /help 查看命令。"
            ])
    }

    @Test func theWelcomeFollowsALanguageChangedLater() async {
        let c = context(.en)
        c.language = .zh
        #expect(describe(await ReplGreeting.blocks(context: c)).first == "[heading]" + L(.replWelcome).zh)
    }

    @Test func sectionsFollowInOrderAndEmptyOnesShowNothing() async {
        let c = context(.en)
        c[GreetingSectionsKey.self] = [
            { _ in [.paragraph(StyledText("first", .bold))] },
            { _ in [] },
            { _ in [.heading("second"), .paragraph("third")] },
        ]
        #expect(
            describe(await ReplGreeting.blocks(context: c)) == [
                "[heading]" + L(.replWelcome).en, "[bold]first", "heading: second", "[plain]third",
            ])
    }

    @Test func aSectionReadsTheContextAndMayWait() async {
        let c = context(.zh)
        c[GreetingSectionsKey.self] = [
            { context in
                await Task.yield()
                return [.paragraph(StyledText(context.language == .zh ? "中文" : "English"))]
            }
        ]
        #expect(describe(await ReplGreeting.blocks(context: c)) == ["[heading]" + L(.replWelcome).zh, "[plain]中文"])
        c.language = .en
        #expect(
            describe(await ReplGreeting.blocks(context: c)) == ["[heading]" + L(.replWelcome).en, "[plain]English"])
    }

    @Test func eachSectionRunsOncePerGreeting() async {
        let counter = GreetingCounter()
        let c = context()
        c[GreetingSectionsKey.self] = [
            { @MainActor _ in
                counter.calls += 1
                return []
            }
        ]
        _ = await ReplGreeting.blocks(context: c)
        _ = await ReplGreeting.blocks(context: c)
        #expect(counter.calls == 2)
    }

    @Test func theKnowledgeSectionAddsTheTipAndTheNextDay() async throws {
        let c = try KnowledgeFixtures.context(.en)
        c[GreetingSectionsKey.self] = [{ context in KnowledgeGreeting.blocks(context: context) }]
        let shown = describe(await ReplGreeting.blocks(context: c))
        #expect(shown.count == 3, "\(shown)")
        #expect(shown.first == "[heading]" + L(.replWelcome).en)
        #expect(shown[1].hasPrefix("[bold]" + L(.kbGreetingTip).en))
        #expect(shown[2].contains("World Environment Day (5 June)"))
        #expect(shown[2].hasSuffix("[dim]  /show date-environment-day"))
    }

    @Test func theOutreachSectionListsTheWeeksSessions() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .zh)
        _ = try await scheduleSession(c, "start=\"2026-06-01 09:30\" duration=2h")
        c[GreetingSectionsKey.self] = [{ context in await OutreachGreeting.upcomingSessions(context: context) }]
        let shown = describe(await ReplGreeting.blocks(context: c))
        #expect(shown.first == "[heading]" + L(.replWelcome).zh)
        #expect(shown.count >= 3)
        #expect(shown[1] == "heading: " + L(.outreachGreeting, ["count": "1"]).zh)
        #expect(shown.joined(separator: "\n").contains("湿地保护"))
    }

    @Test func noSessionsThisWeekAddsNothing() async throws {
        let c = makeContext(temporaryStoreDirectory(), language: .en)
        _ = try await scheduleSession(c, "start=\"2026-07-01 09:30\" duration=2h")
        c[GreetingSectionsKey.self] = [{ context in await OutreachGreeting.upcomingSessions(context: context) }]
        #expect(describe(await ReplGreeting.blocks(context: c)) == ["[heading]" + L(.replWelcome).en])
    }
}
