/// `/points [topic]`: talking points for talks.
package struct PointsCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "points",
        aliases: ["要点", "宣讲要点"],
        group: .knowledge,
        summary: LocalizedText(zh: "列出宣讲要点（可按主题）", en: "List talking points (optionally by topic)"),
        examples: ["/points", "/points carbon", "/points 生态文明思想"],
        positionals: [KindListing.topicArgument.spec]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        try KindListing.run(kind: .point, invocation: invocation, context: context)
    }
}
