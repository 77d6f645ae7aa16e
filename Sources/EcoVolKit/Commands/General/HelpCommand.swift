/// `/help` and `/help CMD`, generated from the command declarations so help never drifts
/// from what the commands accept.
package struct HelpCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "help",
        aliases: ["帮助", "h", "?"],
        group: .general,
        summary: LocalizedText(zh: "列出命令，或查看某个命令的用法", en: "List commands, or show how to use one"),
        examples: ["/help", "/help schedule", "/帮助 安排"],
        positionals: [
            command.spec
        ]
    )

    static let command = CommandArgument<String>.positional(
        "command", help: LocalizedText(zh: "命令名", en: "command name"),
        completion: Completion { context in
            context.registry.commands.map {
                CompletionCandidate($0.configuration.name, description: $0.configuration.summary.text(context.language))
            }
        })

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        if let name = try invocation.value(Self.command) {
            guard let type = context.registry.command(named: name) else {
                var message = L(.runnerUnknownCommand, ["command": "/" + TerminalSafeText.clip(name, maxLength: 30)])
                if let suggestion = context.registry.suggestion(for: name) {
                    message = message.joined(with: L(.runnerDidYouMean, ["suggestion": suggestion]))
                }
                throw CommandFailure(
                    code: "command.unknown", message: message, field: "command",
                    column: invocation.positionals[0].column)
            }
            return Self.detail(type.configuration, language: lang)
        }
        var blocks: [OutputBlock] = [
            .heading(L(.helpTitle).text(lang)), .paragraph(StyledText(L(.helpIntro).text(lang))),
        ]
        var groupsJSON: [JSONValue] = []
        for group in CommandGroup.allCases {
            let commands = context.registry.commands.filter { $0.configuration.group == group }
            guard !commands.isEmpty else { continue }
            blocks.append(.blank)
            blocks.append(.heading(group.title.text(lang)))
            let rows: [[StyledText]] = commands.map { type in
                let c = type.configuration
                return [
                    StyledText("/" + c.name, .accent),
                    StyledText(c.aliases.filter { !$0.allSatisfy(\.isASCII) }.map { "/" + $0 }.joined(separator: " ")),
                    StyledText(c.summary.text(lang)),
                ]
            }
            blocks.append(
                .table(
                    TextTable(
                        headers: [
                            L(.helpCommand).text(lang), L(.helpAlias).text(lang), L(.helpSummary).text(lang),
                        ], rows: rows)))
            groupsJSON.append(
                .obj([
                    ("group", .string(group.rawValue)),
                    ("commands", .array(commands.map { commandJSON($0.configuration, lang) })),
                ]))
        }
        blocks.append(.blank)
        blocks.append(.paragraph(StyledText(L(.helpFooter).text(lang), .dim)))
        return CommandOutput(blocks: blocks, json: .obj([("groups", .array(groupsJSON))]))
    }

    static func detail(_ c: CommandConfiguration, language lang: Language) -> CommandOutput {
        var blocks: [OutputBlock] = [
            .heading(
                "/" + c.name
                    + (c.aliases.isEmpty ? "" : "  (" + c.aliases.map { "/" + $0 }.joined(separator: " ") + ")")),
            .paragraph(StyledText(c.summary.text(lang))),
            .blank,
            .fields([(L(.helpUsage).text(lang), StyledText(c.usage, .accent))]),
        ]
        if let discussion = c.discussion {
            blocks.append(.blank)
            blocks.append(.paragraph(StyledText(discussion.text(lang))))
        }
        let arguments = c.positionals.map { ($0.name.uppercased(), $0) } + c.keys.map { ($0.name + "=", $0) }
        if !arguments.isEmpty {
            blocks.append(.blank)
            blocks.append(.heading(L(.helpArguments).text(lang)))
            blocks.append(
                .fields(
                    arguments.map { label, spec in
                        let required = spec.isRequired ? L(.helpRequired).text(lang) : ""
                        let aliases =
                            spec.aliases.isEmpty
                            ? "" : " (" + spec.aliases.map { $0 + "=" }.joined(separator: " ") + ")"
                        return (label, StyledText(spec.helpText(lang) + aliases + required))
                    }))
        }
        if !c.examples.isEmpty {
            blocks.append(.blank)
            blocks.append(.heading(L(.helpExamples).text(lang)))
            blocks.append(.preformatted(c.examples(for: lang).map { StyledText("  " + $0, .accent) }))
        }
        return CommandOutput(blocks: blocks, json: Self.commandJSONStatic(c, lang))
    }

    func commandJSON(_ c: CommandConfiguration, _ lang: Language) -> JSONValue {
        Self.commandJSONStatic(c, lang)
    }

    static func commandJSONStatic(_ c: CommandConfiguration, _ lang: Language) -> JSONValue {
        .obj([
            ("name", .string(c.name)),
            ("aliases", .array(c.aliases.map { .string($0) })),
            ("summary", .string(c.summary.text(lang))),
            ("usage", .string(c.usage)),
            ("examples", .array(c.examples.map { .string($0) })),
            ("keys", .array(c.keys.map { .string($0.name) })),
        ])
    }
}
