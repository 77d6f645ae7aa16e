/// `/quit`: leaves the REPL with status 0 (Ctrl-D on an empty line does the same).
package struct QuitCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "quit",
        aliases: ["退出", "exit", "q"],
        group: .general,
        summary: LocalizedText(zh: "退出 ecovol", en: "Leave ecovol"),
        examples: ["/quit", "/退出"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        throw QuitRequest()
    }
}
