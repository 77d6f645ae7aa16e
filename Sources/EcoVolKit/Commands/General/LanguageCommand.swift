/// `/lang zh|en`: switches the language of messages for the rest of the session.
public struct LanguageCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "lang",
        aliases: ["语言", "language"],
        group: .general,
        summary: LocalizedText(zh: "切换界面语言（中文 / 英文）", en: "Switch the message language (Chinese / English)"),
        usage: "/lang [zh|en]",
        examples: ["/lang en", "/语言 中文"],
        positionals: [
            ArgumentSpec(
                "language", help: LocalizedText(zh: "zh 或 en", en: "zh or en"), completion: .values(["zh", "en"]))
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        if let token = invocation.positionals.first {
            guard let language = Language(argument: token.text) else {
                var failure = CommandFailure.invalidValue(
                    field: "language", value: token.text, accepted: L("lang.accepted"))
                failure.column = token.column
                throw failure
            }
            context.language = language
        }
        return .message(
            StyledText(L("lang.current").text(context.language)),
            json: .obj([("language", .string(context.language.rawValue))]))
    }
}
