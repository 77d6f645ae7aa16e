/// `/tips [topic]`: low-carbon tips.
package struct TipsCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "tips",
        aliases: ["贴士", "小贴士"],
        group: .knowledge,
        summary: LocalizedText(zh: "列出低碳小贴士（可按主题）", en: "List low-carbon tips (optionally by topic)"),
        examples: ["/tips", "/tips energy", "/tips 垃圾分类"],
        positionals: [KindListing.topicArgument.spec]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        try KindListing.run(kind: .tip, invocation: invocation, context: context)
    }
}
