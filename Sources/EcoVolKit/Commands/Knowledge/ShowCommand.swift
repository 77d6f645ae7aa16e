/// `/show ID`: one entry in full (also `/show 2` for the second numbered entry).
public struct ShowCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "show",
        aliases: ["看", "查看", "open"],
        group: .knowledge,
        summary: LocalizedText(zh: "按编号查看一个知识条目", en: "Show one knowledge entry by id"),
        usage: "/show ID",
        examples: ["/show fact-pm25", "/show 2"],
        positionals: [
            ArgumentSpec(
                "id", help: LocalizedText(zh: "条目编号，或上次列表中的序号", en: "entry id, or a number from the last list"),
                completion: .knowledgeEntryIDs, required: true)
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard let token = invocation.positionals.first else {
            throw CommandFailure.missing(field: "id", accepted: L("kb.show.accepted"))
        }
        let conversation = KnowledgeConversation(context: context)
        if let number = KnowledgeConversation.number(token.text) { return try conversation.open(number: number) }
        return try conversation.show(id: token.text.trimmingCharacters(in: .whitespaces), column: token.column)
    }
}
