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
        return EnvironmentalDayRule.YearDate(
            year: date.year - 1, month: date.month, day: date.month == 2 && date.day == 29 ? 28 : date.day
        ).iso
    }

    func output(all: Bool) -> CommandOutput {
        let lang = context.language
        let (audit, _) = audit()
        let due = audit.due()
        var blocks: [OutputBlock] = [.heading(L(.kbReviewTitle, ["today": today]).text(lang))]
        if due.isEmpty {
            blocks.append(
                .paragraph(
                    StyledText(
                        L(
                            .kbReviewNone,
                            ["entries": String(service.base.entries.count), "days": String(audit.reviewIntervalDays)]
                        ).text(lang), .success)))
        } else {
            blocks.append(
                .paragraph(
                    StyledText(
                        L(.kbReviewCount, ["due": String(due.count), "entries": String(service.base.entries.count)])
                            .text(lang), .warning)))
            var items: [StyledText] = []
            for item in all ? due[...] : due.prefix(Self.pageSize) {
                let reviewed =
                    item.entry.reviewed.map { L(.kbReviewReviewed, ["date": $0]).text(lang) }
                    ?? L(.kbReviewNeverReviewed).text(lang)
                // "Never reviewed" is already what the date column says; it is not repeated.
                let reasons = item.reasons.filter { $0 != .neverReviewed }.map { $0.text.text(lang) }
                    .joined(separator: lang == .zh ? "；" : "; ")
                var spans = [StyledSpan(item.entry.id, .accent), StyledSpan("  "), StyledSpan(reviewed, .dim)]
                if !reasons.isEmpty { spans.append(StyledSpan(" — " + reasons)) }
                items.append(StyledText(spans))
            }
            blocks.append(.list(items))
            if !all, due.count > Self.pageSize {
                blocks.append(
                    .paragraph(
                        StyledText(L(.kbReviewMore, ["n": String(due.count - Self.pageSize)]).text(lang), .dim)))
            }
        }
        let since = yearAgo()
        let (past, coming) = audit.changes(since: since)
        if audit.register.isEmpty {
            blocks.append(.paragraph(StyledText(L(.kbReviewNoRegister).text(lang), .dim)))
        } else {
            blocks.append(.heading(L(.kbReviewChangesTitle, ["since": since]).text(lang)))
            if past.isEmpty {
                blocks.append(.paragraph(StyledText(L(.kbReviewChangesNone, ["since": since]).text(lang), .dim)))
            } else {
                blocks.append(.list(past.map { changeLine($0) }))
            }
            if !coming.isEmpty {
                blocks.append(.heading(L(.kbReviewComingTitle).text(lang)))
                blocks.append(.list(coming.map { changeLine($0) }))
            }
        }
        let json: JSONValue = .obj([
            ("today", .string(today)),
            (
                "due",
                .array(
                    due.map { item in
                        .obj([
                            ("id", .string(item.entry.id)),
                            ("reviewed", item.entry.reviewed.map { .string($0) } ?? .null),
                            ("reasons", .array(item.reasons.map { .string($0.text.text(lang)) })),
                        ])
                    })
            ),
            ("changes", .array(past.map(changeJSON))),
            ("coming", .array(coming.map(changeJSON))),
        ])
        return CommandOutput(blocks: blocks, json: json)
    }

    /// `/kb law NAME`: one instrument's status, its dated changes and the entries citing it.
    func instrument(named name: String, column: Int?) throws -> CommandOutput {
        let lang = context.language
        let (audit, _) = audit()
        guard let instrument = audit.register.instrument(named: name) else {
            var message = L(.kbLawUnknown, ["name": TerminalSafeText.clip(name, maxLength: 60)])
            let names = audit.register.instruments.flatMap { [$0.name] + $0.aliases + ($0.number.map { [$0] } ?? []) }
            if let suggestion = Suggestions.closest(to: name, in: names) {
                message = message.joined(with: L(.argDidYouMean, ["suggestion": suggestion]))
            } else {
                message = message.joined(with: L(.kbLawAccepted))
            }
            throw CommandFailure(
                code: "knowledge.unknownInstrument", message: message, field: "name", column: column)
        }
        let citing = audit.base.entries.filter { entry in
            audit.citations(of: entry).instruments.contains { $0.display == instrument.display }
        }
        let status: LocalizedText
        if instrument.isReplaced(on: today), let by = instrument.replacedBy, let on = instrument.replacedOn {
            status = L(.kbLawReplaced, ["by": by, "date": on])
        } else if let inForce = instrument.inForce, inForce > today {
            status = L(.kbLawNotYet, ["date": inForce])
        } else {
            status = L(.kbLawCurrent)
        }
        var fields: [(String, StyledText)] = [
            (
                L(.kbLawStatus).text(lang),
                StyledText(status.text(lang), instrument.isReplaced(on: today) ? .warning : .success)
            )
        ]
        if !instrument.aliases.isEmpty {
            fields.append(
                (
                    L(.kbLawAliases).text(lang),
                    StyledText(instrument.aliases.joined(separator: lang == .zh ? "、" : ", "))
                ))
        }
        let events = instrument.events.map {
            StyledText("\($0.date)  \($0.what.text(lang))", $0.date > today ? .dim : .plain)
        }
        if let note = instrument.note { fields.append((L(.kbLawNote).text(lang), StyledText(note, .dim))) }
        let ids = citing.map(\.id)
        fields.append(
            (
                L(.kbLawCiting).text(lang),
                StyledText(ids.isEmpty ? L(.kbReviewNotCited).text(lang) : ids.joined(separator: " "))
            ))
        var blocks: [OutputBlock] = [.heading(instrument.display), .fields(fields)]
        if !events.isEmpty { blocks += [.paragraph(StyledText(L(.kbLawEvents).text(lang), .bold)), .list(events)] }
        context[KnowledgeThreadKey.self] = KnowledgeThread(
            question: "", options: SearchOptions(), hits: [], displayed: [], numbered: ids, highlight: [])
        let json: JSONValue = .obj([
            ("name", .string(instrument.name)), ("number", instrument.number.map { .string($0) } ?? .null),
            ("kind", .string(instrument.kind.rawValue)), ("status", .string(status.text(lang))),
            ("replacedBy", instrument.replacedBy.map { .string($0) } ?? .null),
            ("replacedOn", instrument.replacedOn.map { .string($0) } ?? .null),
            (
                "events",
                .array(
                    instrument.events.map { .obj([("date", .string($0.date)), ("what", .string($0.what.text(lang)))]) })
            ),
            ("citing", .array(ids.map { .string($0) })),
        ])
        return CommandOutput(blocks: blocks, json: json)
    }

    private func changeLine(_ change: CitationAudit.Change) -> StyledText {
        let lang = context.language
        let citing =
            change.citing.isEmpty
            ? L(.kbReviewNotCited).text(lang)
            : L(.kbReviewCiting, ["n": String(change.citing.count), "stale": String(change.reviewedBefore.count)])
                .text(lang)
        return StyledText([
            StyledSpan(change.date, .bold), StyledSpan("  " + change.instrument.display + " "),
            StyledSpan(change.what.text(lang)),
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
