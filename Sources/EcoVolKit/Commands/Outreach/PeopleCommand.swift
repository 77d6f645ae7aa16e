/// `/people [query]`: registered people, searched by name, organisation, id or phone digits,
/// with their credited hours and star level. Phones are shown masked.
package struct PeopleCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "people",
        aliases: ["人员", "志愿者"],
        group: .people,
        summary: LocalizedText(zh: "列出或搜索人员", en: "List or search people"),
        examples: ["/people", "/people 张", "/人员 贵州大学"],
        positionals: [
            query.spec
        ]
    )

    static let query = CommandArgument<String>.positional(
        "query", help: LocalizedText(zh: "姓名、单位、编号或手机号片段", en: "part of a name, organisation, id or phone"),
        completion: .people)

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let store = try await context.outreachStore()
        let state = store.state
        let stars = StarLevel.from(environment: context.environment)
        let list = PersonQuery(try invocation.value(Self.query) ?? "").people(in: state)
        guard !list.isEmpty else {
            return CommandOutput(
                blocks: [.paragraph(StyledText(L(.outreachNoPeople).text(lang), .dim))],
                json: .obj([("people", .array([]))]), warnings: store.drainWarnings())
        }
        let headers = [MessageKey.fieldId, .fieldName, .fieldPhone, .fieldOrg, .fieldHours, .fieldStars].map {
            L($0).text(lang)
        }
        let rows: [[StyledText]] = list.map { p in
            let h = state.serviceHours(person: p.id, asOf: context.now()).hours
            return [
                StyledText(p.id, .accent), StyledText(p.name), StyledText(p.maskedPhone ?? "", .dim),
                StyledText(p.organisation ?? ""),
                StyledText(OutreachFormat.hours(h)), StyledText(StarLevel.display(stars.stars(forHours: h))),
            ]
        }
        return CommandOutput(
            blocks: [
                .table(
                    TextTable(headers: headers, rows: rows, alignments: [.left, .left, .left, .left, .right, .left]))
            ],
            json: .obj([("people", .array(list.map { Outreach.json($0, state, stars: stars, now: context.now()) }))]),
            warnings: store.drainWarnings())
    }
}
