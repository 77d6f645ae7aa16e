/// `/show ID`: one entry in full (also `/show 2` for the second numbered entry).
package struct ShowCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "show",
        aliases: ["看", "查看", "open"],
        group: .knowledge,
        summary: LocalizedText(zh: "按编号查看一个知识条目", en: "Show one knowledge entry by id"),
        examples: ["/show fact-pm25", "/show 2"],
        positionals: [
            id.spec
        ]
    )

    static let id = CommandArgument<String>.positional(
        "id", help: LocalizedText(zh: "条目编号，或上次列表中的序号", en: "entry id, or a number from the last list"),
        completion: .knowledgeEntryIDs, required: true, accepted: L(.kbShowAccepted), placeholder: "ID")

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let text = try invocation.required(Self.id)
        let column = invocation.positionals.first?.column
        let conversation = KnowledgeConversation(context: context)
        if let number = KnowledgeConversation.number(text) { return try conversation.open(number: number) }
        return try conversation.show(id: text.trimmingCharacters(in: .whitespaces), column: column)
    }
}
