/// `/history [N]` (also a bare `history` at the prompt): the last N lines typed at the prompt,
/// oldest first and numbered, as a shell's `history`; ↑/↓ and Ctrl-R recall them in the REPL.
package struct HistoryCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "history",
        aliases: ["历史"],
        group: .general,
        summary: LocalizedText(zh: "最近输入过的行", en: "The lines typed recently"),
        examples: ["/history", "/history 50", "/历史"],
        positionals: [count.spec]
    )

    static let range = 1...1000

    static let count = CommandArgument<Int>.positional(
        "count", help: LocalizedText(zh: "显示多少行（默认 20）", en: "how many lines (20 unless given)"),
        accepted: L(.argIntegerRange, ["min": "1", "max": "1000"]), placeholder: "N"
    ).checked { range.contains($0) ? nil : L(.argIntegerRange, ["min": "1", "max": "1000"]) }

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let all = HistoryFile(path: context.dataDirectory.historyFile).load()
        let wanted = try invocation.value(Self.count) ?? 20
        let first = max(0, all.count - wanted)
        let shown = Array(all[first...])
        guard !shown.isEmpty else {
            return .message(StyledText(L(.historyEmpty).text(lang)), json: .obj([("history", .array([]))]))
        }
        let width = String(all.count).count
        let lines = shown.enumerated().map { offset, line in
            let number = String(first + offset + 1)
            return StyledText([
                StyledSpan(String(repeating: " ", count: width - number.count) + number + "  ", .dim),
                StyledSpan(TerminalSafeText.singleLine(line)),
            ])
        }
        return CommandOutput(
            blocks: [.preformatted(lines), .paragraph(StyledText(L(.historyKeys).text(lang), .dim))],
            json: .obj([("history", .array(shown.map { .string($0) }))]))
    }
}
