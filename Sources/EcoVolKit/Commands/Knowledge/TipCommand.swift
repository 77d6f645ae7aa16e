/// `/tip`: the tip of the day, the same all day (so a volunteer can share it) and a
/// different one tomorrow.
package struct TipCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "tip",
        aliases: ["今日贴士", "每日一贴"],
        group: .knowledge,
        summary: LocalizedText(zh: "今日低碳小贴士", en: "Tip of the day"),
        examples: ["/tip"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let service = KnowledgeService.shared(in: context)
        let today = EnvironmentalDayRule.today(context.now(), timeZone: context.timeZone)
        guard let tip = service.tipOfTheDay(today) else {
            return .message(
                StyledText(L(.kbTipNone).text(context.language)),
                json: .obj([("date", .string(today.iso)), ("tip", .null)]))
        }
        let related = service.related(to: tip, limit: 4)
        context[KnowledgeThreadKey.self] = KnowledgeThread(
            question: "", options: SearchOptions(), hits: [], displayed: [], numbered: related.map(\.id), highlight: [])
        var blocks: [OutputBlock] = [
            .paragraph(StyledText(L(.kbTipTitle, ["date": today.iso]).text(context.language), .dim))
        ]
        blocks += KnowledgeAnswer.entryBlocks(tip, service: service, highlight: [], related: related, context: context)
        return CommandOutput(
            blocks: blocks, json: .obj([("date", .string(today.iso)), ("tip", KnowledgeAnswer.json(tip, full: true))]))
    }
}
