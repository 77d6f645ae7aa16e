/// `/lang zh|en`: switches the language of messages, answers included, for the rest of the
/// session.
package struct LanguageCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "lang",
        aliases: ["语言", "language"],
        group: .general,
        summary: LocalizedText(zh: "切换界面语言（中文 / 英文）", en: "Switch the message language (Chinese / English)"),
        examples: ["/lang en", "/语言 中文"],
        positionals: [
            language.spec
        ]
    )

    static let language = CommandArgument<Language>.positional(
        "language", help: LocalizedText(zh: "界面语言", en: "message language"), accepted: L(.langAccepted))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        if let language = try invocation.value(Self.language) {
            context.language = language
            context[LanguageChosenKey.self] = true
        }
        return .message(
            StyledText(L(.langCurrent).text(context.language)),
            json: .obj([("language", .string(context.language.rawValue))]))
    }
}
