/// `/more`: the next results of the last question.
package struct MoreCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "more",
        aliases: ["更多", "下一页"],
        group: .knowledge,
        summary: LocalizedText(zh: "显示上一个问题的更多结果", en: "Show more results for the last question"),
        examples: ["/more", "更多"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        try KnowledgeConversation(context: context).more()
    }
}
