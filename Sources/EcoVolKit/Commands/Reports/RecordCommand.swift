/// `/record PERSON`: the volunteer's full service record in the shape the record rules
/// describe — basic information, every service with its 负责人 and 记录人, trainings,
/// evaluations — to check, correct or hand over.
package struct RecordCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "record",
        aliases: ["服务记录", "档案"],
        group: .reports,
        summary: LocalizedText(
            zh: "志愿者完整服务记录（按记录办法的字段）", en: "A volunteer's full service record (the record rules' fields)"),
        examples: ["/record 张三", "/服务记录 p3x8n2bd file=张三记录.html"],
        positionals: [
            OutreachArguments.person.spec
        ],
        keys: [ReportsSupport.thresholdsKey, ReportsSupport.fileKey, ReportsSupport.forceKey]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let token = try invocation.required(OutreachArguments.person)
        let levels = try ReportsSupport.starLevels(invocation, context: context)
        let store = try await context.outreachStore()
        let person = try await Outreach.requirePerson(token.text, in: store.state, context: context)
        let record = ServiceRecord.build(state: store.state, person: person, levels: levels, now: context.now())
        return try ReportsSupport.output(
            record.document(context.language, state: store.state), json: record.json, invocation: invocation,
            context: context, warnings: store.drainWarnings())
    }
}
