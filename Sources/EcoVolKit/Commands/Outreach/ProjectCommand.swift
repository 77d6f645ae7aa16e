/// `/project add name=… [city=… note=…]`: adds a project to the library.
package struct ProjectCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "project",
        aliases: ["项目"],
        group: .outreach,
        summary: LocalizedText(zh: "在项目库中新增项目", en: "Add a project to the library"),
        examples: [
            "/project add name=南明河净滩行动 city=贵阳", "/项目 add name=\"Campus recycling\" city=zy",
            "/project add name=\"Campus recycling\" city=Zunyi",
        ],
        positionals: [
            action.spec
        ],
        keys: [name.spec, city.spec, note.spec]
    )

    static let action = CommandArgument<ProjectAction>.positional(
        "action", help: LocalizedText(zh: "操作", en: "action"), required: true)
    static let name = CommandArgument<String>.key(
        "name", aliases: ["名称"], help: LocalizedText(zh: "项目名称", en: "project name"), required: true,
        accepted: L(.outreachAcceptedText, ["max": "100"]))
    static let city = CommandArgument<CityName>.key(
        "city", aliases: ["城市"], help: LocalizedText(zh: "所属市州", en: "city"))
    static let note = CommandArgument<String>.key("note", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "note"))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        _ = try invocation.required(Self.action)
        let name = try FieldValidator.requiredText("name", try invocation.required(Self.name), maxLength: 100)
        var warnings: [LocalizedText] = []
        var city: String? = nil
        if let r = try invocation.value(Self.city) {
            city = r.name
            if r.city == nil {
                warnings.append(L(.outreachUnknownCity, ["city": r.name, "cities": City.acceptedText]))
            }
        }
        let note = try invocation.value(Self.note).flatMap { try FieldValidator.text("note", $0, maxLength: 500) }
        let store = try await context.outreachStore()
        var project: Project?
        let commit = try await context.commitOutreach(store, command: "project") { state in
            // A name that differs only in case, or a programme's English name, is the same project
            // to whoever picks it from a list.
            let folded = name.lowercased()
            guard
                !state.projects.contains(where: {
                    $0.name.lowercased() == folded || $0.displayName(.en).lowercased() == folded
                })
            else {
                throw CommandFailure(
                    code: "project.exists", message: L(.outreachProjectExists, ["name": name]), field: "name")
            }
            let p = Project(
                id: OutreachID.make(.project) { state.project($0) != nil }, name: name, city: city, note: note,
                created: context.stamp)
            project = p
            return [.putProject(p)]
        }
        guard let p = project else {
            throw CommandFailure(
                code: "project.exists", message: L(.outreachProjectExists, ["name": name]), field: "name"
            )
        }
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(.outreachProjectAdded, ["name": p.name, "id": p.id]).text(context.language), .success))
            ],
            json: .obj([
                ("saved", true), Outreach.saved(commit),
                (
                    "project",
                    .obj([("id", .string(p.id)), ("name", .string(p.name)), ("city", p.city.map { .string($0) })])
                ),
            ]),
            warnings: warnings + store.drainWarnings())
    }
}

/// What `/project` does: today only `add` (新增).
enum ProjectAction: String, ArgumentChoice {
    case add

    init?(argument: String) {
        guard ["add", "新增", "添加"].contains(argument.trimmingCharacters(in: .whitespaces).lowercased()) else {
            return nil
        }
        self = .add
    }

    var label: LocalizedText { LocalizedText(zh: "新增", en: "add") }

    static var acceptedValues: LocalizedText { L(.outreachAcceptedProjectAction) }
}
