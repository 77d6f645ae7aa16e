/// `/ask QUESTION` and every line of free text: answers from the knowledge base like a
/// chat. Keeps the thread, so `更多`/`more` continues the last results, a bare number opens
/// a numbered entry, and 适合小学生吗 / for kids? re-ranks the last results for that audience.
package struct AskCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "ask",
        aliases: ["问", "查", "search"],
        group: .knowledge,
        summary: LocalizedText(zh: "向知识库提问（直接输入问题也可以）", en: "Ask the knowledge base (or just type the question)"),
        examples: ["/ask 垃圾分类怎么分", "/ask 低碳生活 audience=school", "/ask how to save electricity kind=tip", "lajifenlei"],
        discussion: LocalizedText(
            zh: "回答后可输入“更多”看下一批结果，输入数字打开编号条目，或追问“适合小学生吗”按对象重新排序。",
            en:
                "After an answer, type \"more\" for further results, a number to open a numbered entry, or ask \"for kids?\" to re-rank for an audience."
        ),
        positionals: [question.spec],
        keys: [audience.spec, kind.spec]
    )

    static let question = CommandArgument<String>.positional(
        "question", help: LocalizedText(zh: "问题或关键词", en: "question or keywords"), completion: .knowledgeVocabulary,
        required: true, variadic: true, accepted: L(.kbAskAccepted), placeholder: "QUESTION")
    static let audience = CommandArgument<Audience>.key(
        "audience", aliases: ["对象"], help: LocalizedText(zh: "只看适合该对象的条目", en: "only entries for this audience"),
        accepted: L(.kbAcceptedAudiences, ["audiences": KnowledgeVocabulary.audiences.joined(separator: " ")]))
    static let kind = CommandArgument<KnowledgeKind>.key(
        "kind", aliases: ["类型"], help: LocalizedText(zh: "只看该类条目", en: "only entries of this kind"))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let question = invocation.joinedPositionals().trimmingCharacters(in: .whitespaces)
        // Free text arrives here without the framework's check (`/do` hands it over).
        guard !question.isEmpty else { throw CommandFailure.missing(field: "question", accepted: L(.kbAskAccepted)) }
        var options = SearchOptions(limit: 50)
        if let kind = try invocation.value(Self.kind) { options.kinds = [kind] }
        if let audience = try invocation.value(Self.audience) { options.audience = audience.rawValue }
        let conversation = KnowledgeConversation(context: context)
        if invocation.isFreeText || invocation.options.isEmpty {
            if KnowledgeConversation.isMoreRequest(question) { return try conversation.more() }
            if let number = KnowledgeConversation.number(question) { return try conversation.open(number: number) }
        }
        return conversation.ask(question, options: options)
    }
}
