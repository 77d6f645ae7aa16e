/// `/clear` (also a bare `clear`, `cls` or 清屏 at the prompt): clears the terminal, as a shell's
/// `clear` does. Only the REPL has a screen to clear; elsewhere it says so and prints nothing else.
package struct ClearCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "clear",
        aliases: ["清屏", "cls"],
        group: .general,
        summary: LocalizedText(zh: "清屏", en: "Clear the screen"),
        examples: ["/clear", "/清屏"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard context.isInteractive else {
            return .message(
                StyledText(L(.clearNotInteractive).text(context.language)), json: .obj([("cleared", .bool(false))]))
        }
        var output = CommandOutput(json: .obj([("cleared", .bool(true))]))
        output.clearsScreen = true
        return output
    }
}
