/// `/stars [period] [city=…]`: volunteers by star level (星级认定) from their credited
/// hours, and who crossed a level in the period. The scale is configurable.
package struct StarsCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "stars",
        aliases: ["星级", "星级认定"],
        group: .reports,
        summary: LocalizedText(zh: "志愿者星级与本期升星名单", en: "Volunteers by star level, and who moved up in the period"),
        examples: ["/stars", "/stars 2026 city=遵义", "/星级 thresholds=100,200,500,800,1000"],
        discussion: LocalizedText(
            zh: "默认标准 100/300/600/1000/1500 小时；北京等地采用 100/200/500/800/1000。也可设置环境变量 ECOVOL_STAR_HOURS。",
            en:
                "Default scale 100/300/600/1000/1500 hours; Beijing uses 100/200/500/800/1000. ECOVOL_STAR_HOURS sets it too."
        ),
        positionals: [
            SessionFilterArguments.periodPositional.with(
                help: LocalizedText(zh: "统计升星的期间（默认今年）", en: "period for level crossings (default: this year)")
            ).spec
        ],
        keys: [
            SessionFilterArguments.city.spec, ReportsSupport.thresholdsKey, ReportsSupport.fileKey,
            ReportsSupport.forceKey,
        ]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let today = ReportsSupport.today(context)
        let store = try await context.outreachStore()
        let filter = try SessionFilterArguments.filter(
            invocation, context: context, state: store.state, defaultPeriod: .year(today.year))
        let levels = try ReportsSupport.starLevels(invocation, context: context)
        let roster = StarRoster.build(
            state: store.state, levels: levels, period: filter.period, city: filter.city, now: context.now())
        return try ReportsSupport.output(
            roster.document(context.language), json: roster.json, invocation: invocation, context: context,
            warnings: store.drainWarnings())
    }
}
