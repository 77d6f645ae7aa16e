import Foundation
import Testing

@testable import EcoVolKit

/// `/kb review` and `/kb law` built directly from a small register and base (the entries
/// due and why, oldest review first, paging, the changes of the last year and those to
/// come, one instrument's status), and the `/tips`–`/points` listing they share the base with.
@MainActor
@Suite("KB review and kind listing")
struct KBReviewTests {
    static let register = """
        - name: 中华人民共和国渔业法
          aliases: [渔业法]
          kind: law
          revised:
            - {adopted: 2025-12-27, in_force: 2026-05-01, renumbered: true}
        - name: 某某保护条例
          aliases: [保护条例, 某某条例]
          kind: regulation
          in_force: 2027-03-01
          note: 尚在公布期
        """

    /// An entry of the fixture base reviewed on `reviewed` (never when nil).
    private static func entry(_ id: String, reviewed: String?, body: String) -> String {
        KnowledgeFixtures.entry(id: id, title: "标题" + id, titleEn: "Title " + id, body: body)
            .replacingOccurrences(
                of: "reviewed: 2026-11-29\n", with: reviewed.map { "reviewed: \($0)\n" } ?? "")
    }

    /// A base of four tips with the register above: one reviewed before a change to what it
    /// cites, one never reviewed, one reviewed long ago, one up to date.
    private func base() throws -> String {
        let dir = try KnowledgeFixtures.temporaryDirectory()
        try KnowledgeFixtures.write(KnowledgeFixtures.topics, to: dir + "/topics.yaml")
        try KnowledgeFixtures.write(Self.register, to: dir + "/instruments.yaml")
        let entries: [(String, String?, String)] = [
            ("tip-fish", "2026-04-01", "《渔业法》规定了休渔期。"),
            ("tip-never", nil, "垃圾分类从家里做起。"),
            ("tip-long", "2025-06-01", "随手关灯。"),
            ("tip-new", "2026-11-29", "《保护条例》明年施行。"),
        ]
        for (id, reviewed, body) in entries {
            try KnowledgeFixtures.write(Self.entry(id, reviewed: reviewed, body: body), to: dir + "/tip/\(id).md")
        }
        return dir
    }

    private func review(_ dir: String, _ language: Language, day: (Int, Int, Int) = (2026, 12, 1)) throws -> KBReview {
        let context = try KnowledgeFixtures.context(language, knowledge: dir, day: day)
        return KBReview(context: context, service: KnowledgeService.shared(in: context))
    }

    private func text(_ output: CommandOutput) -> String {
        TextLayout(width: 300).lines(for: output.blocks).map(\.plainText).joined(separator: "\n")
    }

    private func failure(_ work: () throws -> CommandOutput) -> CommandFailure? {
        do {
            _ = try work()
            return nil
        } catch {
            return error as? CommandFailure
        }
    }

    // MARK: - Review

    @Test func aYearAgoIsTheSameDayLastYearAndALeapDayFallsBack() throws {
        let dir = try KnowledgeFixtures.makeBase()
        #expect(try review(dir, .zh).yearAgo() == "2025-12-01")
        #expect(try review(dir, .zh).today == "2026-12-01")
        #expect(try review(dir, .zh, day: (2028, 2, 29)).yearAgo() == "2027-02-28")
        #expect(try review(dir, .zh, day: (2027, 1, 1)).yearAgo() == "2026-01-01")
    }

    /// A never reviewed entry says so once, in the date column.
    @Test func dueEntriesComeOldestReviewFirstWithTheirReasonsInChinese() throws {
        let output = try review(try base(), .zh).output(all: false)
        #expect(
            text(output) == """
                待复核的条目（今天 2026-12-01）
                3 / 4 条待复核。核对后把条目的 reviewed 改成核对那天。
                • tip-never  从未记录核对日期
                • tip-long  核对于 2025-06-01 — 上次核对已过去 548 天
                • tip-fish  核对于 2026-04-01 — 《中华人民共和国渔业法》 于 2026-05-01 有变化：2025-12-27 修订（条文重新编号）
                最近一年有变化的法规和标准（2025-12-01 以来）
                • 2026-05-01  《中华人民共和国渔业法》 2025-12-27 修订（条文重新编号）  (1 条引用，其中 1 条在此之前核对)
                已公布、尚未到来的变化
                • 2027-03-01  《某某保护条例》 施行  (1 条引用，其中 1 条在此之前核对)
                """)
    }

    @Test func dueEntriesInEnglish() throws {
        let output = try review(try base(), .en).output(all: false)
        #expect(
            text(output) == """
                Entries due for review (today 2026-12-01)
                3 of 4 entries are due for review. After checking one, set its reviewed to that day.
                • tip-never  never recorded as reviewed
                • tip-long  reviewed 2025-06-01 — last reviewed 548 days ago
                • tip-fish  reviewed 2026-04-01 — 《中华人民共和国渔业法》 changed on 2026-05-01: revised on 2025-12-27 (articles renumbered)
                Laws and standards that changed in the last year (since 2025-12-01)
                • 2026-05-01  《中华人民共和国渔业法》 revised on 2025-12-27 (articles renumbered)  (cited by 1, 1 of them reviewed before it)
                Announced changes still to come
                • 2027-03-01  《某某保护条例》 in force  (cited by 1, 1 of them reviewed before it)
                """)
    }

    @Test func aChangeAfterAnEntrysReviewIsAWarning() throws {
        let output = try review(try base(), .en).output(all: false)
        var styles: [TextStyle] = []
        for case .list(let items) in output.blocks {
            for item in items where item.spans.first?.style == .bold {
                styles.append(item.spans.last?.style ?? .plain)
            }
        }
        // The fishery law changed after tip-fish was reviewed, and tip-new, reviewed before
        // the regulation it cites takes effect, will need a look when it does.
        #expect(styles == [.warning, .warning])
    }

    @Test func theJSONListsTheDueEntriesAndBothKindsOfChange() throws {
        let json = try review(try base(), .en).output(all: false).json
        #expect(
            json.serialized()
                == #"{"today":"2026-12-01","due":[{"id":"tip-never","reviewed":null,"reasons":["never recorded as reviewed"]},{"id":"tip-long","reviewed":"2025-06-01","reasons":["last reviewed 548 days ago"]},{"id":"tip-fish","reviewed":"2026-04-01","reasons":["《中华人民共和国渔业法》 changed on 2026-05-01: revised on 2025-12-27 (articles renumbered)"]}],"changes":[{"date":"2026-05-01","instrument":"《中华人民共和国渔业法》","what":"revised on 2025-12-27 (articles renumbered)","citing":["tip-fish"],"reviewedBefore":["tip-fish"]}],"coming":[{"date":"2027-03-01","instrument":"《某某保护条例》","what":"in force","citing":["tip-new"],"reviewedBefore":["tip-new"]}]}"#
        )
        let zh = try review(try base(), .zh).output(all: false).json
        #expect(zh["due"]?.arrayValue?.first?["reasons"] == .array(["从未记录核对日期"]))
    }

    @Test func nothingDueAndNoRegisterAreSaid() throws {
        let dir = try KnowledgeFixtures.makeBase()
        let zh = try review(dir, .zh).output(all: false)
        #expect(
            text(zh) == """
                待复核的条目（今天 2026-12-01）
                \(L(.kbReviewNone, ["entries": "6", "days": "365"]).zh)
                \(L(.kbReviewNoRegister).zh)
                """)
        let en = try review(dir, .en).output(all: false)
        #expect(text(en).hasPrefix("Entries due for review (today 2026-12-01)\n"))
        #expect(text(en).contains(L(.kbReviewNone, ["entries": "6", "days": "365"]).en))
        #expect(text(en).hasSuffix(L(.kbReviewNoRegister).en))
        #expect(en.json.serialized() == #"{"today":"2026-12-01","due":[],"changes":[],"coming":[]}"#)
    }

    @Test func aRegisterWithoutRecentChangesSaysSo() throws {
        let dir = try base()
        // Two years on, the fishery law's change is long past and the regulation in force.
        let output = try review(dir, .zh, day: (2028, 6, 1)).output(all: false)
        let shown = text(output)
        #expect(shown.contains("最近一年有变化的法规和标准（2027-06-01 以来）\n2027-06-01 以来登记表中的法规和标准没有变化。"))
        #expect(!shown.contains("已公布、尚未到来的变化"))
        #expect(output.json["changes"] == .array([]) && output.json["coming"] == .array([]))
    }

    @Test func moreThanAPageOfDueEntriesIsCutWithACount() throws {
        let dir = try KnowledgeFixtures.temporaryDirectory()
        try KnowledgeFixtures.write(KnowledgeFixtures.topics, to: dir + "/topics.yaml")
        for n in 1...23 {
            let id = String(format: "tip-unchecked-%02d", n)
            try KnowledgeFixtures.write(Self.entry(id, reviewed: nil, body: "正文。"), to: dir + "/tip/\(id).md")
        }
        let zh = try review(dir, .zh).output(all: false)
        let lines = text(zh).split(separator: "\n").map(String.init)
        #expect(lines[1] == "23 / 23 条待复核。核对后把条目的 reviewed 改成核对那天。")
        #expect(lines.filter { $0.hasPrefix("• ") }.count == KBReview.pageSize)
        #expect(lines[2] == "• tip-unchecked-01  从未记录核对日期")
        #expect(lines[21] == "• tip-unchecked-20  从未记录核对日期")
        #expect(lines[22] == "……另有 3 条；用 /kb review all 看全部。")
        #expect(lines[23] == L(.kbReviewNoRegister).zh)
        // The JSON always has them all.
        #expect(zh.json["due"]?.arrayValue?.count == 23)
        let en = try review(dir, .en).output(all: false)
        #expect(text(en).contains("\n…and 3 more; /kb review all lists them all.\n"))
        let all = try review(dir, .en).output(all: true)
        let allLines = text(all).split(separator: "\n").map(String.init)
        #expect(allLines.filter { $0.hasPrefix("• ") }.count == 23)
        #expect(!text(all).contains("more; /kb review all"))
    }

    // MARK: - One instrument

    @Test func anInstrumentNotYetInForceWithItsAliasesNoteAndCitingEntries() throws {
        let zh = try review(try base(), .zh).instrument(named: "某某条例", column: 8)
        #expect(
            text(zh) == """
                《某某保护条例》
                状态        尚未施行（2027-03-01 起施行）
                又称        保护条例、某某条例
                说明        尚在公布期
                引用的条目  tip-new
                变化记录
                • 2027-03-01  施行
                """)
        let en = try review(try base(), .en).instrument(named: "某某条例", column: 8)
        #expect(
            text(en) == """
                《某某保护条例》
                Status         not yet in force (from 2027-03-01)
                Also cited as  保护条例, 某某条例
                Note           尚在公布期
                Cited by       tip-new
                Changes
                • 2027-03-01  in force
                """)
        #expect(
            en.json.serialized()
                == #"{"name":"某某保护条例","number":null,"kind":"regulation","status":"not yet in force (from 2027-03-01)","replacedBy":null,"replacedOn":null,"events":[{"date":"2027-03-01","what":"in force"}],"citing":["tip-new"]}"#
        )
    }

    @Test func aFutureEventIsDimAndAPastOnePlain() throws {
        let output = try review(try base(), .en).instrument(named: "某某条例", column: nil)
        let lists = output.blocks.compactMap { block -> [StyledText]? in
            if case .list(let items) = block { return items }
            return nil
        }
        #expect(lists.first?.map { $0.spans.first?.style } == [.dim])
        let later = try review(try base(), .en, day: (2028, 1, 1)).instrument(named: "某某条例", column: nil)
        #expect(text(later).contains("Status         in force (per the register)"))
        let laterLists = later.blocks.compactMap { block -> [StyledText]? in
            if case .list(let items) = block { return items }
            return nil
        }
        #expect(laterLists.first?.map { $0.spans.first?.style } == [.plain])
    }

    @Test func theCitingEntriesCanBeOpenedByNumber() throws {
        let dir = try base()
        let context = try KnowledgeFixtures.context(.zh, knowledge: dir, day: (2026, 12, 1))
        let review = KBReview(context: context, service: KnowledgeService.shared(in: context))
        _ = try review.instrument(named: "渔业法", column: nil)
        #expect(context[KnowledgeThreadKey.self]?.numbered == ["tip-fish"])
        _ = try review.instrument(named: "某某保护条例", column: nil)
        #expect(context[KnowledgeThreadKey.self]?.numbered == ["tip-new"])
    }

    @Test func anUnknownInstrumentSuggestsTheClosestName() throws {
        let refused = try #require(failure { try review(try base(), .zh).instrument(named: "鱼业法", column: 8) })
        #expect(refused.code == "knowledge.unknownInstrument")
        #expect(refused.field == "name")
        #expect(refused.column == 8)
        #expect(refused.message.zh == "登记表里没有“鱼业法”。您是不是想输入 渔业法？")
        #expect(refused.message.en == "\"鱼业法\" is not in the register. Did you mean 渔业法?")
    }

    @Test func anInstrumentFarFromAnyNameSaysWhatToWrite() throws {
        let refused = try #require(failure { try review(try base(), .en).instrument(named: "xyz", column: nil) })
        #expect(refused.column == nil)
        #expect(refused.message.zh == "登记表里没有“xyz”。" + L(.kbLawAccepted).zh)
        #expect(refused.message.en == "\"xyz\" is not in the register. " + L(.kbLawAccepted).en)
    }

    @Test func aLongUnknownNameIsClipped() throws {
        let name = String(repeating: "法", count: 80)
        let refused = try #require(failure { try review(try base(), .en).instrument(named: name, column: nil) })
        #expect(refused.message.en.hasPrefix("\"" + String(repeating: "法", count: 60) + "…\" is not in the register."))
    }

    // MARK: - Kind listing

    private func listing(
        _ kind: KnowledgeKind, _ line: String, _ language: Language, dir: String? = nil
    ) throws -> (CommandOutput, CommandContext) {
        let context = try KnowledgeFixtures.context(language, knowledge: dir)
        let parsed = try CommandLineParser.parse(line)
        guard case .command(let name, _) = parsed.kind else { throw CancellationError() }
        let invocation = try Invocation.make(
            line: line, parsed: parsed, name: name, configuration: TipsCommand.configuration)
        return (try KindListing.run(kind: kind, invocation: invocation, context: context), context)
    }

    private func ids(_ output: CommandOutput) -> [String] {
        output.json["results"]?.arrayValue?.compactMap { $0["id"]?.stringValue } ?? []
    }

    @Test func everyEntryOfAKindInATableWithTheHint() throws {
        let (zh, context) = try listing(.tip, "/tips", .zh)
        #expect(
            text(zh) == """
                低碳小贴士：2 条
                编号            标题
                ──────────────  ──────────────────────────────────────────────────────
                tip-four-bins   生活垃圾分四类：可回收物、有害垃圾、厨余垃圾、其他垃圾
                tip-lights-off  随手关灯，白天多用自然光
                输入 /show 编号 查看全文。
                """)
        #expect(context[KnowledgeThreadKey.self]?.numbered == ["tip-four-bins", "tip-lights-off"])
        let (en, _) = try listing(.tip, "/tips", .en)
        #expect(
            text(en) == """
                low-carbon tips: 2
                Id              Title
                ──────────────  ─────────────────────────
                tip-four-bins   The four waste categories
                tip-lights-off  Turn lights off
                Type /show ID to read one.
                """)
        #expect(en.json["kind"] == "tip" && en.json["topic"] == .null)
        #expect(ids(en) == ["tip-four-bins", "tip-lights-off"])
    }

    @Test func aTopicNamedByItsWordsNarrowsTheListAndShowsInTheHeading() throws {
        let (en, _) = try listing(.tip, "/tips saving energy", .en)
        #expect(text(en).hasPrefix("low-carbon tips (saving energy): 1\n"))
        #expect(ids(en) == ["tip-lights-off"])
        #expect(en.json["topic"] == "energy")
        let (zh, _) = try listing(.tip, "/tips 节能节电", .zh)
        #expect(text(zh).hasPrefix("低碳小贴士（节能节电）：1 条\n"))
        let (activities, context) = try listing(.activity, "/tips waste", .zh)
        #expect(text(activities).hasPrefix("活动创意（垃圾分类）：1 条\n"))
        #expect(ids(activities) == ["activity-sorting-game"])
        #expect(activities.json["kind"] == "activity")
        #expect(context[KnowledgeThreadKey.self]?.numbered == ["activity-sorting-game"])
    }

    @Test func aKindWithNoEntriesSaysSoWithoutTable() throws {
        let (zh, context) = try listing(.point, "/points", .zh)
        #expect(text(zh) == "宣讲要点：0 条\n没有符合的条目。")
        #expect(context[KnowledgeThreadKey.self]?.numbered == [])
        let (en, _) = try listing(.point, "/points water", .en)
        #expect(text(en) == "talking points (water): 0\nNo matching entries.")
        #expect(en.json.serialized() == #"{"kind":"point","topic":"water","results":[]}"#)
    }

    @Test func anUnknownTopicIsRefusedAtItsColumnWithTheTopicsThatExist() throws {
        let context = try KnowledgeFixtures.context(.zh)
        let line = "/tips 天文 学"
        let parsed = try CommandLineParser.parse(line)
        let invocation = try Invocation.make(
            line: line, parsed: parsed, name: "tips", configuration: TipsCommand.configuration)
        let refused = try #require(
            failure { try KindListing.run(kind: .tip, invocation: invocation, context: context) })
        #expect(refused.code == "value.invalid")
        #expect(refused.field == "topic")
        #expect(refused.column == 6)
        #expect(refused.message.zh == "topic 的值“天文 学”无效。可选主题：waste energy water days（也可写中文名，见 /topics）")
        #expect(
            refused.message.en
                == "topic: \"天文 学\" is not valid. Accepted topics: waste energy water days (or their names, see /topics)"
        )
        // Nothing was listed, so numbers still open what they opened before.
        #expect(context[KnowledgeThreadKey.self] == nil)
    }
}
