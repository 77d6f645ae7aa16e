import Foundation

/// What `/kb review` shows: the entries due for review (never checked, checked before a
/// change to a law or standard they cite, checked more than a year ago, or a movable day
/// whose date for this year is not recorded) and the instruments that changed in the last
/// year or have announced changes to come. Built on demand from the register, so the
/// greeting and answers never pay for it.
@MainActor
struct KBReview {
    let context: CommandContext
    let service: KnowledgeService

    /// Lines shown before `/kb review all` is needed.
    static let pageSize = 20

    var today: String {
        EnvironmentalDayRule.today(context.now(), timeZone: context.timeZone).iso
    }

    func audit() -> (CitationAudit, [KnowledgeIssue]) {
        let (register, issues) = InstrumentRegister.load(directories: service.base.directories)
        return (CitationAudit(base: service.base, register: register, today: today), issues)
    }

    /// The audit with every problem `/kb check` lists: loading, the register and the audit's own.
    func checked() -> (CitationAudit, [KnowledgeIssue]) {
        let (audit, registerIssues) = audit()
        return (audit, service.issues + registerIssues + audit.issues())
    }

    /// A year before `today`.
    func yearAgo() -> String {
        guard let date = EntryParser.isoDate(today) else { return today }
        return EnvironmentalDayRule.YearDate(year: date.year - 1, month: date.month, day: date.month == 2 && date.day == 29 ? 28 : date.day).iso
    }

    func output(all: Bool) -> CommandOutput {
        let lang = context.language
        let (audit, _) = audit()
        let due = audit.due()
        var blocks: [OutputBlock] = [.heading(L("kb.review.title", ["today": today]).text(lang))]
        if due.isEmpty {
            blocks.append(.paragraph(StyledText(L("kb.review.none", ["entries": String(service.base.entries.count), "days": String(audit.reviewIntervalDays)]).text(lang), .success)))
        } else {
            blocks.append(.paragraph(StyledText(L("kb.review.count", ["due": String(due.count), "entries": String(service.base.entries.count)]).text(lang), .warning)))
            var items: [StyledText] = []
            for item in all ? due[...] : due.prefix(Self.pageSize) {
                let reviewed = item.entry.reviewed.map { L("kb.review.reviewed", ["date": $0]).text(lang) } ?? L("kb.review.neverReviewed").text(lang)
                let reasons = item.reasons.map { $0.text.text(lang) }.joined(separator: lang == .zh ? "；" : "; ")
                items.append(StyledText([StyledSpan(item.entry.id, .accent), StyledSpan("  "), StyledSpan(reviewed, .dim), StyledSpan(" — " + reasons)]))
            }
            blocks.append(.list(items))
            if !all, due.count > Self.pageSize {
                blocks.append(.paragraph(StyledText(L("kb.review.more", ["n": String(due.count - Self.pageSize)]).text(lang), .dim)))
            }
        }
        let since = yearAgo()
        let (past, coming) = audit.changes(since: since)
        if audit.register.isEmpty {
            blocks.append(.paragraph(StyledText(L("kb.review.noRegister").text(lang), .dim)))
        } else {
            blocks.append(.heading(L("kb.review.changesTitle", ["since": since]).text(lang)))
            if past.isEmpty {
                blocks.append(.paragraph(StyledText(L("kb.review.changesNone", ["since": since]).text(lang), .dim)))
            } else {
                blocks.append(.list(past.map { changeLine($0) }))
            }
            if !coming.isEmpty {
                blocks.append(.heading(L("kb.review.comingTitle").text(lang)))
                blocks.append(.list(coming.map { changeLine($0) }))
            }
        }
        let json: JSONValue = .obj([
            ("today", .string(today)),
            ("due", .array(due.map { item in
                .obj([("id", .string(item.entry.id)), ("reviewed", item.entry.reviewed.map { .string($0) } ?? .null),
                      ("reasons", .array(item.reasons.map { .string($0.text.text(lang)) }))])
            })),
            ("changes", .array(past.map(changeJSON))),
            ("coming", .array(coming.map(changeJSON))),
        ])
        return CommandOutput(blocks: blocks, json: json)
    }

    private func changeLine(_ change: CitationAudit.Change) -> StyledText {
        let lang = context.language
        let citing = change.citing.isEmpty
            ? L("kb.review.notCited").text(lang)
            : L("kb.review.citing", ["n": String(change.citing.count), "stale": String(change.reviewedBefore.count)]).text(lang)
        return StyledText([
            StyledSpan(change.date, .bold), StyledSpan("  " + change.instrument.display + " "), StyledSpan(change.what.text(lang)),
            StyledSpan("  (" + citing + ")", change.reviewedBefore.isEmpty ? .dim : .warning),
        ])
    }

    private func changeJSON(_ change: CitationAudit.Change) -> JSONValue {
        .obj([
            ("date", .string(change.date)), ("instrument", .string(change.instrument.display)),
            ("what", .string(change.what.text(context.language))),
            ("citing", .array(change.citing.map { .string($0) })),
            ("reviewedBefore", .array(change.reviewedBefore.map { .string($0) })),
        ])
    }
}
