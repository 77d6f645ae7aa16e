/// How entries are presented: an answer for reading (title, body with matched terms
/// highlighted, source, related entries to open by number) and the stable JSON for `--json`.
package enum KnowledgeAnswer {
    /// The blocks of one entry read in full.
    @MainActor
    package static func entryBlocks(
        _ entry: KnowledgeEntry, service: KnowledgeService, highlight: Set<UInt64>, related: [KnowledgeEntry],
        context: CommandContext, language: Language? = nil
    ) -> [OutputBlock] {
        let lang = language ?? context.language
        // In English the heading is the English title; the Chinese body follows its summary.
        var blocks: [OutputBlock] = [.heading(lang == .en && !entry.titleEn.isEmpty ? entry.titleEn : entry.title)]
        var meta: [StyledSpan] = [
            StyledSpan(entry.kind.name.text(lang), .dim), StyledSpan(" · ", .dim), StyledSpan(entry.id, .accent),
        ]
        let topicNames = entry.topics.compactMap { service.base.topic($0)?.name.text(lang) }
        if !topicNames.isEmpty {
            meta.append(StyledSpan(" · " + topicNames.joined(separator: lang.listSeparator), .dim))
        }
        blocks.append(.paragraph(StyledText(meta)))
        if lang == .en, !entry.summaryEn.isEmpty {
            blocks.append(.paragraph(StyledText(entry.summaryEn)))
        }
        blocks.append(.blank)
        blocks += MarkdownBlocks.blocks(entry.body, terms: highlight)
        var fields: [(String, StyledText)] = []
        if let day = entry.day {
            var text = day.describe().text(lang)
            let today = EnvironmentalDayRule.today(context.now(), timeZone: context.timeZone)
            if let next = day.next(onOrAfter: today) {
                text += L(
                    .kbAnswerNextOn,
                    ["date": next.iso, "days": String(EnvironmentalDayRule.days(from: today, to: next))]
                ).text(lang)
            }
            fields.append((L(.kbAnswerDay).text(lang), StyledText(text)))
        }
        if let suits = entry.suits { fields.append((L(.kbAnswerSuits).text(lang), StyledText(suits))) }
        if let materials = entry.materials {
            fields.append((L(.kbAnswerMaterials).text(lang), StyledText(materials)))
        }
        if let minutes = entry.minutes {
            fields.append(
                (
                    L(.kbAnswerMinutes).text(lang),
                    StyledText(L(.kbAnswerMinutesValue, ["minutes": String(minutes)]).text(lang))
                ))
        }
        let audiences = entry.audiences.map { KnowledgeVocabulary.audienceName($0).text(lang) }
        if !audiences.isEmpty {
            fields.append(
                (L(.kbAnswerAudiences).text(lang), StyledText(audiences.joined(separator: lang == .zh ? "、" : ", ")))
            )
        }
        fields.append((L(.kbAnswerSource).text(lang), StyledText(entry.source, .dim)))
        // When someone last checked it against the source: a lecturer decides how far to trust an old figure.
        if let reviewed = entry.reviewed {
            fields.append((L(.kbAnswerReviewed).text(lang), StyledText(reviewed, .dim)))
        }
        blocks.append(.blank)
        blocks.append(.fields(fields))
        if !related.isEmpty {
            blocks.append(.blank)
            blocks.append(.paragraph(StyledText(L(.kbAnswerRelated).text(lang), .bold)))
            blocks.append(.preformatted(numberedLines(related, lang)))
            blocks.append(.paragraph(StyledText(L(.kbAnswerRelatedHint).text(lang), .dim)))
        }
        return blocks
    }

    /// `1. title  id` lines.
    static func numberedLines(_ entries: [KnowledgeEntry], _ lang: Language) -> [StyledText] {
        entries.enumerated().map { k, e in
            StyledText([
                StyledSpan("\(k + 1). "), StyledSpan(lang == .zh ? e.title : e.titleEn), StyledSpan("  "),
                StyledSpan(e.id, .accent),
            ])
        }
    }

    /// One entry as JSON (`results` items and `/show`).
    package static func json(_ entry: KnowledgeEntry, score: Double? = nil, snippet: String? = nil, full: Bool = false)
        -> JSONValue
    {
        var pairs: [(String, JSONValue?)] = [
            ("id", .string(entry.id)),
            ("kind", .string(entry.kind.rawValue)),
            ("title", .string(entry.title)),
            ("title_en", .string(entry.titleEn)),
            ("score", score.map { .number(($0 * 1000).rounded() / 1000) }),
            ("snippet", snippet.map { .string($0) }),
            ("topics", .array(entry.topics.map { .string($0) })),
            ("audiences", .array(entry.audiences.map { .string($0) })),
        ]
        if full {
            pairs += [
                ("summary_en", .string(entry.summaryEn)),
                ("service_types", .array(entry.serviceTypes.map { .string($0) })),
                ("keywords", .array(entry.keywords.map { .string($0) })),
                ("source", .string(entry.source)),
                ("updated", .string(entry.updated)),
                ("reviewed", entry.reviewed.map { .string($0) }),
                ("replaces", entry.replaces.isEmpty ? nil : .array(entry.replaces.map { .string($0) })),
                ("suits", entry.suits.map { .string($0) }),
                ("materials", entry.materials.map { .string($0) }),
                ("minutes", entry.minutes.map { .int($0) }),
                ("body", .string(entry.body)),
            ]
        }
        return .obj(pairs)
    }

    /// Blocks when nothing answers: say what was understood (没有找到关于“电动车补贴”的内容),
    /// offer the closest entries as suggestions, clearly not as the answer, and the topics.
    @MainActor
    static func noMatchBlocks(
        understood: String, service: KnowledgeService, near: [KnowledgeEntry], context: CommandContext,
        language: Language? = nil
    ) -> [OutputBlock] {
        let lang = language ?? context.language
        var blocks: [OutputBlock] = [
            .paragraph(
                StyledText(
                    L(.kbAskNoMatch, ["question": TerminalSafeText.clip(understood, maxLength: 40)]).text(lang),
                    .warning))
        ]
        if !near.isEmpty {
            blocks.append(.paragraph(StyledText(L(.kbAskSuggestions).text(lang), .bold)))
            blocks.append(.preformatted(numberedLines(near, lang)))
            blocks.append(.paragraph(StyledText(L(.kbAskSuggestionsHint).text(lang), .dim)))
        }
        let topics = service.base.topics.map { $0.name.text(lang) }
        if !topics.isEmpty {
            blocks.append(
                .paragraph(
                    StyledText(
                        L(.kbAskTryTopics, ["topics": topics.prefix(12).joined(separator: lang == .zh ? "、" : ", ")])
                            .text(lang), .dim)))
        }
        return blocks
    }
}

/// What the REPL shows on start: the tip of the day and the next environmental day.
package enum KnowledgeGreeting {
    /// Greeting blocks (empty when the knowledge base has neither tips nor dates).
    @MainActor
    package static func blocks(context: CommandContext) -> [OutputBlock] {
        let service = KnowledgeService.shared(in: context)
        let lang = context.language
        let today = EnvironmentalDayRule.today(context.now(), timeZone: context.timeZone)
        var blocks: [OutputBlock] = []
        if let tip = service.tipOfTheDay(today) {
            blocks.append(
                .paragraph(
                    StyledText([
                        StyledSpan(L(.kbGreetingTip).text(lang), .bold),
                        StyledSpan(lang == .zh ? tip.title : tip.titleEn),
                        StyledSpan("  /show " + tip.id, .dim),
                    ])))
        }
        if let next = service.upcomingDays(from: today, limit: 1).first {
            let key: MessageKey = next.days == 0 ? .kbGreetingToday : .kbGreetingNextDay
            blocks.append(
                .paragraph(
                    StyledText([
                        StyledSpan(
                            L(
                                key,
                                [
                                    "title": lang == .zh ? next.entry.title : next.entry.titleEn, "date": next.date.iso,
                                    "days": String(next.days),
                                ]
                            ).text(lang)),
                        StyledSpan("  /show " + next.entry.id, .dim),
                    ])))
        }
        return blocks
    }
}
