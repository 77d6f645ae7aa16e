/// `/report [period] [city=…]`: the figures a coordinator reports upward — sessions by
/// type, audience, city and month, reach, volunteers, hours, rating, the yearly training
/// check per city, insurance gaps and environmental days — on screen or to a file.
package struct ReportCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "report",
        aliases: ["报告", "统计", "报表"],
        group: .reports,
        summary: LocalizedText(zh: "活动统计报告（按类型、对象、市州、月份）", en: "Activity report by type, audience, city and month"),
        examples: ["/report", "/report 2026-Q2 city=贵阳", "/报告 去年 type=training", "/report this-month file=六月报告.html"],
        discussion: LocalizedText(
            zh: "不写期间时为今年。培训按市州统计当年次数，少于一次的市州会被标出。",
            en:
                "Without a period: this year. Trainings are counted per city for the year; cities below one are flagged."
        ),
        positionals: [SessionFilterArguments.periodPositional.spec],
        keys: SessionFilterArguments.keys + [ReportsSupport.fileKey, ReportsSupport.forceKey]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let today = ReportsSupport.today(context)
        let store = try await context.outreachStore()
        let filter = try SessionFilterArguments.filter(
            invocation, context: context, state: store.state, defaultPeriod: .year(today.year))
        let report = ActivityReport.build(
            state: store.state, filter: filter, dayEntries: ReportsSupport.dayEntries(context), today: today,
            language: context.language, now: context.now())
        let document = report.document(context.language, state: store.state)
        return try ReportsSupport.output(
            document, json: report.json, invocation: invocation, context: context, warnings: store.drainWarnings())
    }
}
