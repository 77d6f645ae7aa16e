/// `/projects`: the project library — the provincial programmes and the city's own.
package struct ProjectsCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "projects",
        aliases: ["项目库"],
        group: .outreach,
        summary: LocalizedText(zh: "项目库（省级专项行动和自建项目）", en: "The project library (provincial programmes and your own)"),
        examples: ["/projects"]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let store = try await context.outreachStore()
        let state = store.state
        var counts: [String: Int] = [:]
        for s in state.sessions.values { if let p = s.project { counts[p, default: 0] += 1 } }
        let headers = [MessageKey.fieldId, .fieldProject, .fieldCity, .fieldSessions].map { L($0).text(lang) }
        let rows = state.projects.map { p in
            [
                StyledText(p.id, .accent), StyledText(p.displayName(lang)),
                StyledText(
                    p.city.map { OutreachFormat.cityShort($0, lang) }
                        ?? (p.builtIn ? L(.outreachProvincial).text(lang) : "")),
                StyledText(String(counts[p.id] ?? 0)),
            ]
        }
        return CommandOutput(
            blocks: [.table(TextTable(headers: headers, rows: rows, alignments: [.left, .left, .left, .right]))],
            json: .obj([
                (
                    "projects",
                    .array(
                        state.projects.map { p in
                            .obj([
                                ("id", .string(p.id)), ("name", .string(p.name)), ("city", p.city.map { .string($0) }),
                                ("built_in", .bool(p.builtIn)), ("sessions", .int(counts[p.id] ?? 0)),
                            ])
                        })
                )
            ]), warnings: store.drainWarnings())
    }
}
