/// The shared body of `/tips [topic]` and `/points [topic]`: entries of one kind, optionally
/// of one topic (named by slug, Chinese or English name).
enum KindListing {
    @MainActor
    static func run(kind: KnowledgeKind, invocation: Invocation, context: CommandContext) throws -> CommandOutput {
        let service = KnowledgeService.shared(in: context)
        let lang = context.language
        var topic: KnowledgeTopic?
        if let token = invocation.positionals.first {
            let text = try invocation.values(topicArgument).joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard let found = service.base.topic(named: text) else {
                var failure = CommandFailure.invalidValue(
                    field: "topic", value: text,
                    accepted: L(
                        .kbAcceptedTopics,
                        [
                            "topics": service.base.topics.map { $0.slug }.joined(separator: " ")
                        ]))
                failure.column = token.column
                throw failure
            }
            topic = found
        }
        let entries = service.entries(of: kind, topic: topic?.slug)
        let rows: [[StyledText]] = entries.map {
            [StyledText($0.id, .accent), StyledText(lang == .zh ? $0.title : $0.titleEn)]
        }
        var blocks: [OutputBlock] = [
            .heading(
                L(
                    .kbListTitle,
                    [
                        "kind": kind.name.text(lang),
                        "topic": topic.map { lang.parenthesized($0.name.text(lang)) } ?? "",
                        "count": String(entries.count),
                    ]
                ).text(lang))
        ]
        if entries.isEmpty {
            blocks.append(.paragraph(StyledText(L(.kbListEmpty).text(lang), .dim)))
        } else {
            blocks.append(
                .table(
                    TextTable(headers: [L(.kbListId).text(lang), L(.kbListEntryTitle).text(lang)], rows: rows)))
            blocks.append(.paragraph(StyledText(L(.kbListHint).text(lang), .dim)))
        }
        // Numbers open entries, as after a search.
        context[KnowledgeThreadKey.self] = KnowledgeThread(
            question: "", options: SearchOptions(), hits: [], displayed: [], numbered: entries.map(\.id), highlight: [])
        let json: JSONValue = .obj([
            ("kind", .string(kind.rawValue)),
            ("topic", topic.map { .string($0.slug) } ?? .null),
            ("results", .array(entries.map { KnowledgeAnswer.json($0) })),
        ])
        return CommandOutput(blocks: blocks, json: json)
    }

    static let topicArgument = CommandArgument<String>.positional(
        "topic", help: LocalizedText(zh: "主题（如 energy 或 节能节电）", en: "topic (e.g. energy or 节能节电)"),
        completion: .knowledgeTopics, variadic: true, placeholder: "TOPIC"
    )
}
