import Foundation

/// `/nominate [year]`: shortlists for 百名生态环境志愿者 (volunteers by hours, sessions and
/// evaluation) and 十佳公众参与案例 (sessions by reach and rating), with the facts a
/// nomination needs.
package struct NominateCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "nominate",
        aliases: ["推选", "评选"],
        group: .reports,
        summary: LocalizedText(
            zh: "百名志愿者、十佳案例候选名单", en: "Candidates for the 100 volunteers and 10 best cases campaigns"),
        examples: ["/nominate", "/nominate 2026 limit=20", "/推选 2025 file=推选名单.csv"],
        positionals: [year.spec],
        keys: [limit.spec, ReportsSupport.thresholdsKey, ReportsSupport.fileKey, ReportsSupport.forceKey]
    )

    static let year = CommandArgument<YearArgument>.positional(
        "year", help: LocalizedText(zh: "年份（默认今年）", en: "year (default: this year)"))
    static let limit = CommandArgument<Int>.key(
        "limit", aliases: ["人数"],
        help: LocalizedText(zh: "志愿者候选人数（1–100，默认 100）", en: "volunteer candidates (1–100, default 100)"), in: 1...100)

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let year = try invocation.value(Self.year)?.year ?? ReportsSupport.today(context).year
        let limit = try invocation.value(Self.limit) ?? 100
        let levels = try ReportsSupport.starLevels(invocation, context: context)
        let store = try await context.outreachStore()
        let list = NominationList.build(
            state: store.state, year: year, levels: levels, now: context.now(), volunteerLimit: limit)
        return try ReportsSupport.output(
            list.document(context.language, state: store.state), json: list.json, invocation: invocation,
            context: context, warnings: store.drainWarnings())
    }
}
