import Foundation
import Testing

@testable import EcoVolKit

/// What a damaged store adds to a command's outcome: the notice as a warning (once), the
/// damage kept for the JSON `warnings` and stderr, and documents that leave the office
/// ending as failed.
@MainActor
@Suite("Store damage notice")
struct StoreDamageNoticeTests {
    /// A store whose journal line 4 (change no. 3) fails its checksum: change no. 3 and the
    /// one after it are set aside.
    private func damagedStore() throws -> String {
        try storeWithFlippedJournalDigit(people: 3)
    }

    private static let notice = L(.storeDamageJournal, ["line": "4", "seq": "2", "lines": "2"])

    private func opened(_ dir: String, _ language: Language = .en) throws -> CommandContext {
        let context = makeContext(dir, language: language)
        context[OutreachStoreKey.self] = try JSONOutreachStore(directory: dir)
        return context
    }

    private func succeeded(warnings: [LocalizedText] = []) -> LineOutcome {
        LineOutcome(
            status: .succeeded, output: CommandOutput(blocks: [.paragraph("ok")], warnings: warnings), line: "/x")
    }

    @Test func theDocumentCommandsAreThoseWhoseOutputLeavesTheOffice() {
        #expect(
            StoreDamageNotice.documentCommands == ["report", "export", "certificate", "record", "nominate", "stars"])
        // Each is a real command name, not an alias.
        let names = Set(CommandRegistry.standard.commands.map { $0.configuration.name })
        #expect(StoreDamageNotice.documentCommands.isSubset(of: names))
    }

    @Test func withoutAnOpenStoreNothingChanges() {
        let context = makeContext(temporaryStoreDirectory())
        #expect(StoreDamageNotice.current(context) == nil)
        var outcome = succeeded()
        StoreDamageNotice.annotate(&outcome, command: "report", context: context)
        #expect(outcome.status == .succeeded)
        #expect(outcome.storeDamage == nil)
        #expect(outcome.output?.warnings == [])
    }

    @Test func aHealthyStoreAddsNothing() throws {
        let dir = temporaryStoreDirectory()
        let context = try opened(dir)
        #expect(StoreDamageNotice.current(context) == nil)
        var outcome = succeeded()
        StoreDamageNotice.annotate(&outcome, command: "export", context: context)
        #expect(outcome.status == .succeeded && outcome.storeDamage == nil && outcome.output?.warnings == [])
    }

    @Test func theDamageIsTheStoresOwnNotice() throws {
        let context = try opened(try damagedStore())
        let damage = try #require(StoreDamageNotice.current(context))
        #expect(damage == Self.notice)
        #expect(damage.en.hasPrefix("The store is damaged: journal line 4 fails its checksum"))
        #expect(damage.zh.hasPrefix("数据已损坏：日志第 4 行校验不符"))
    }

    @Test func anyCommandCarriesTheNoticeAsAWarningOnce() throws {
        let context = try opened(try damagedStore())
        let earlier = LocalizedText(verbatim: "earlier")
        var outcome = succeeded(warnings: [earlier])
        StoreDamageNotice.annotate(&outcome, command: "sessions", context: context)
        #expect(outcome.status == .succeeded)
        #expect(outcome.storeDamage == Self.notice)
        #expect(outcome.output?.warnings == [earlier, Self.notice])
        // Annotating again (a command run twice on one outcome) does not repeat it.
        StoreDamageNotice.annotate(&outcome, command: "sessions", context: context)
        #expect(outcome.output?.warnings == [earlier, Self.notice])
    }

    @Test func aDocumentFromADamagedStoreFails() throws {
        let context = try opened(try damagedStore())
        for command in StoreDamageNotice.documentCommands.sorted() {
            var outcome = succeeded()
            StoreDamageNotice.annotate(&outcome, command: command, context: context)
            #expect(outcome.status == .failed, "\(command)")
            #expect(outcome.output?.warnings == [Self.notice], "\(command)")
        }
        // An alias is not a command name here: the runner passes the declared name.
        var aliased = succeeded()
        StoreDamageNotice.annotate(&aliased, command: "报告", context: context)
        #expect(aliased.status == .succeeded)
    }

    @Test func aFailedCommandKeepsItsErrorAndGetsTheDamage() throws {
        let context = try opened(try damagedStore())
        let error = CommandFailure(code: "person.notFound", message: LocalizedText(zh: "没有这个人。", en: "No such person."))
        var outcome = LineOutcome(status: .failed, error: error, line: "/person 王五")
        StoreDamageNotice.annotate(&outcome, command: "person", context: context)
        #expect(outcome.status == .failed)
        #expect(outcome.output == nil)
        #expect(outcome.storeDamage == Self.notice)
        let json = try #require(OutcomePresenter.json(for: outcome, language: .zh))
        #expect(json["warnings"] == .array([.string(Self.notice.zh)]))
        #expect(json["error"]?["code"] == "person.notFound")
    }

    @Test func throughTheRunnerAListSucceedsWithTheWarningAndADocumentFails() async throws {
        let dir = try damagedStore()
        let context = makeContext(dir, language: .zh)
        let sessions = await run(context, "/sessions all --json")
        #expect(sessions.status == .succeeded, "\(String(describing: sessions.error?.message.zh))")
        #expect(sessions.output?.warnings.contains(Self.notice) == true)
        #expect(sessions.storeDamage == Self.notice)
        let json = try #require(OutcomePresenter.json(for: sessions, language: .zh))
        #expect(json["warnings"]?.arrayValue?.contains(.string(Self.notice.zh)) == true)
        let stars = await run(context, "/stars 2026")
        #expect(stars.status == .failed)
        #expect(stars.storeDamage == Self.notice)
        let shown = OutcomePresenter.blocks(for: stars, language: .zh, echoInput: false)
        let text = TextLayout(width: 400).lines(for: shown).map(\.plainText).joined(separator: "\n")
        #expect(text.contains("注意：" + Self.notice.zh))
    }
}
