/// What the REPL shows when it opens: a welcome line, then what each area contributes
/// (the tip of the day and the next environmental day; the sessions of the next seven days).
@MainActor
package enum ReplGreeting {
    package static func blocks(context: CommandContext) async -> [OutputBlock] {
        var blocks: [OutputBlock] = [.paragraph(StyledText(L(.replWelcome).text(context.language), .heading))]
        for section in context[GreetingSectionsKey.self] {
            blocks.append(contentsOf: await section(context))
        }
        return blocks
    }
}

/// Areas add greeting sections here (each returns blocks; an empty result shows nothing).
package enum GreetingSectionsKey: ContextKey {
    package static let defaultValue: [@MainActor @Sendable (CommandContext) async -> [OutputBlock]] = []
}
