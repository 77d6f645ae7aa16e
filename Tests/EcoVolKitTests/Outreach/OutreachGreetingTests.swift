import Foundation
import Testing

@testable import EcoVolKit

/// The start-up block of the week's sessions: which sessions it lists, and that it never fails.
@MainActor
@Suite struct OutreachGreetingTests {
    private func headings(_ blocks: [OutputBlock]) -> [String] {
        blocks.compactMap { if case .heading(let text) = $0 { return text } else { return nil } }
    }

    private func text(_ blocks: [OutputBlock]) -> String {
        TextLayout(width: 200).lines(for: blocks).map(\.plainText).joined(separator: "\n")
    }

    private func schedule(_ c: CommandContext, _ title: String, _ start: String, _ duration: String) async throws
        -> String
    {
        let s = await run(
            c,
            "/schedule title=\(title) type=education city=贵阳 audience=community start=\"\(start)\" duration=\(duration) --json"
        )
        #expect(s.status == .succeeded, "\(String(describing: s.error?.message.zh))")
        return try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
    }

    @Test func onlyPlannedSessionsStillToEndWithinSevenDaysAreListed() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        // fixedNow is 04:26 on Friday 29 May 2026 in Shanghai.
        #expect(await OutreachGreeting.upcomingSessions(context: c).isEmpty)
        let soon = try await schedule(c, "三天后", "2026-06-01 09:30", "2h")
        _ = try await schedule(c, "八天后", "2026-06-06 09:30", "2h")
        let cancelled = try await schedule(c, "已取消", "2026-06-02 09:30", "2h")
        #expect(await run(c, "/cancel \(cancelled) reason=暴雨").status == .succeeded)
        // Began at 03:00 and runs to 06:00: still on.
        _ = try await schedule(c, "进行中", "2026-05-29 03:00", "3h")
        // Ended at 04:00.
        _ = try await schedule(c, "刚结束", "2026-05-29 02:00", "2h")
        let blocks = await OutreachGreeting.upcomingSessions(context: c)
        #expect(headings(blocks) == [L(.outreachGreeting, ["count": "2"]).zh])
        let shown = text(blocks)
        #expect(shown.contains("三天后") && shown.contains("进行中") && shown.contains(soon))
        #expect(!shown.contains("八天后") && !shown.contains("已取消") && !shown.contains("刚结束"))
    }

    @Test func aStoreThatCannotBeOpenedIsAWarningNotAFailure() async throws {
        let file = temporaryStoreDirectory()
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "not a directory".write(toFile: file, atomically: true, encoding: .utf8)
        let blocks = await OutreachGreeting.upcomingSessions(context: makeContext(file, language: .en))
        #expect(blocks.count == 1)
        #expect(text(blocks).hasPrefix(L(.labelWarning).en))
        #expect(text(blocks).contains(file))
    }
}
