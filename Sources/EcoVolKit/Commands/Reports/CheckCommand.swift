/// `/check`: a health check of the records before exporting or certifying, each finding
/// naming the record and the command that fixes it.
package struct CheckCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "check",
        aliases: ["检查", "体检"],
        group: .reports,
        summary: LocalizedText(
            zh: "导出前检查记录（负责人、时长、重叠、重复人员、保险）",
            en: "Check the records before exporting (leaders, hours, overlaps, duplicates, insurance)"),
        examples: ["/check", "/检查 file=检查结果.md"],
        keys: [ReportsSupport.fileKey, ReportsSupport.forceKey]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let store = try await context.outreachStore()
        let check = RecordCheck.run(state: store.state, now: context.now())
        return try ReportsSupport.output(
            check.document(context.language), json: check.json, invocation: invocation, context: context,
            warnings: store.drainWarnings())
    }
}
