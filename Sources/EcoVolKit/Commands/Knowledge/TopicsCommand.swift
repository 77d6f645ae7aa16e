/// `/topics`: the topic vocabulary with how many entries each has.
package struct TopicsCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "topics",
        aliases: ["主题", "话题"],
        group: .knowledge,
        summary: LocalizedText(zh: "列出知识库的主题", en: "List the knowledge topics"),
        examples: ["/topics"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let service = KnowledgeService.shared(in: context)
        let lang = context.language
        var counts: [String: Int] = [:]
        for entry in service.base.entries { for topic in entry.topics { counts[topic, default: 0] += 1 } }
        let rows: [[StyledText]] = service.base.topics.map { topic in
            [
                StyledText(topic.slug, .accent), StyledText(topic.zh), StyledText(topic.en),
                StyledText(String(counts[topic.slug] ?? 0)),
            ]
        }
        let table = TextTable(
            headers: [
                L(.kbTopicsSlug).text(lang), L(.kbTopicsZh).text(lang), L(.kbTopicsEn).text(lang),
                L(.kbTopicsCount).text(lang),
            ],
            rows: rows, alignments: [.left, .left, .left, .right]
        )
        let json: JSONValue = .obj([
            (
                "topics",
                .array(
                    service.base.topics.map { topic in
                        .obj([
                            ("slug", .string(topic.slug)), ("zh", .string(topic.zh)), ("en", .string(topic.en)),
                            ("entries", .int(counts[topic.slug] ?? 0)),
                        ])
                    })
            )
        ])
        return CommandOutput(
            blocks: [
                .heading(L(.kbTopicsTitle).text(lang)), .table(table),
                .paragraph(StyledText(L(.kbTopicsHint).text(lang), .dim)),
            ], json: json)
    }
}
