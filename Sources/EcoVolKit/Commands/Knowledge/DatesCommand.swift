/// `/dates [N]`: the next N environmental days with the days remaining, for planning
/// sessions around them.
package struct DatesCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "dates",
        aliases: ["纪念日", "日子"],
        group: .knowledge,
        summary: LocalizedText(zh: "即将到来的环境纪念日", en: "Upcoming environmental days"),
        examples: ["/dates", "/dates 10"],
        positionals: [count.spec]
    )

    static let count = CommandArgument<Int>.positional(
        "count", help: LocalizedText(zh: "显示几个（默认 5）", en: "how many (default 5)"),
        accepted: L(.argIntegerRange, ["min": "1", "max": "50"]), placeholder: "N"
    ).checked { (1...50).contains($0) ? nil : L(.argIntegerRange, ["min": "1", "max": "50"]) }

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let count = try invocation.value(Self.count) ?? 5
        let service = KnowledgeService.shared(in: context)
        let today = EnvironmentalDayRule.today(context.now(), timeZone: context.timeZone)
        let days = service.upcomingDays(from: today, limit: count)
        let rows: [[StyledText]] = days.map { item in
            [
                StyledText(item.date.iso),
                StyledText(
                    item.days == 0
                        ? L(.kbDatesToday).text(lang) : L(.kbDatesInDays, ["days": String(item.days)]).text(lang),
                    item.days <= 7 ? .warning : .plain),
                StyledText(lang == .zh ? item.entry.title : item.entry.titleEn),
                StyledText(item.entry.id, .accent),
            ]
        }
        context[KnowledgeThreadKey.self] = KnowledgeThread(
            question: "", options: SearchOptions(), hits: [], displayed: [], numbered: days.map(\.entry.id),
            highlight: [])
        var blocks: [OutputBlock] = [.heading(L(.kbDatesTitle, ["date": today.iso]).text(lang))]
        if rows.isEmpty {
            blocks.append(.paragraph(StyledText(L(.kbDatesNone).text(lang), .dim)))
        } else {
            blocks.append(
                .table(
                    TextTable(
                        headers: [
                            L(.kbDatesDate).text(lang), L(.kbDatesLeft).text(lang),
                            L(.kbListEntryTitle).text(lang), L(.kbListId).text(lang),
                        ], rows: rows, alignments: [.left, .right, .left, .left])))
        }
        // Days announced year by year whose next date is not recorded: say so rather than leave them out.
        let unknown: [(entry: KnowledgeEntry, last: EnvironmentalDayRule.YearDate?)] = service.base.entries.compactMap {
            entry in
            guard case .perYear(let dates, _)? = entry.day, entry.day?.next(onOrAfter: today) == nil else { return nil }
            return (entry, dates.max())
        }
        if !unknown.isEmpty {
            blocks.append(.paragraph(StyledText(L(.kbDatesUnknownTitle).text(lang), .dim)))
            blocks.append(
                .list(
                    unknown.map { item in
                        StyledText(
                            L(
                                .kbDatesUnknown,
                                [
                                    "title": lang == .zh ? item.entry.title : item.entry.titleEn, "id": item.entry.id,
                                    "last": item.last?.iso ?? "-",
                                    "year": String(item.last.map { $0.year + 1 } ?? today.year),
                                ]
                            ).text(lang), .dim)
                    }))
        }
        let json: JSONValue = .obj([
            ("today", .string(today.iso)),
            (
                "notRecorded",
                .array(
                    unknown.map {
                        .obj([("id", .string($0.entry.id)), ("lastRecorded", $0.last.map { .string($0.iso) } ?? .null)])
                    })
            ),
            (
                "dates",
                .array(
                    days.map { item in
                        .obj([
                            ("id", .string(item.entry.id)), ("title", .string(item.entry.title)),
                            ("title_en", .string(item.entry.titleEn)),
                            ("date", .string(item.date.iso)), ("days", .int(item.days)),
                        ])
                    })
            ),
        ])
        return CommandOutput(blocks: blocks, json: json)
    }
}
