/// `/project add name=… [city=… note=…]`: adds a project to the library.
public struct ProjectCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "project",
        aliases: ["项目"],
        group: .outreach,
        summary: LocalizedText(zh: "在项目库中新增项目", en: "Add a project to the library"),
        usage: "/project add name=… [city=… note=…]",
        examples: [
            "/project add name=南明河净滩行动 city=贵阳", "/项目 add name=\"Campus recycling\" city=zy",
            "/project add name=\"Campus recycling\" city=Zunyi",
        ],
        positionals: [
            ArgumentSpec(
                "action", help: LocalizedText(zh: "add（新增）", en: "add"), completion: .values(["add"]), required: true)
        ],
        keys: [
            ArgumentSpec("name", aliases: ["名称"], help: LocalizedText(zh: "项目名称", en: "project name"), required: true),
            ArgumentSpec("city", aliases: ["城市"], help: LocalizedText(zh: "所属市州", en: "city"), completion: .cities),
            ArgumentSpec("note", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "note")),
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard let action = invocation.positionals.first?.text.lowercased(), ["add", "新增", "添加"].contains(action) else {
            throw CommandFailure.missing(field: "action", accepted: L("outreach.accepted.projectAction"))
        }
        let name = try FieldValidator.requiredText(
            "name", try invocation.require("name", accepted: L("outreach.accepted.text", ["max": "100"])),
            maxLength: 100)
        var warnings: [LocalizedText] = []
        var city: String? = nil
        if let c = invocation.string("city") {
            let r = try FieldValidator.city("city", c)
            city = r.name
            if !r.known { warnings.append(L("outreach.unknownCity", ["city": r.name, "cities": City.acceptedText])) }
        }
        let note = try invocation.string("note").flatMap { try FieldValidator.text("note", $0, maxLength: 500) }
        let store = try await context.outreachStore()
        var project: Project?
        let commit = try await context.commitOutreach(store, command: "project") { state in
            guard !state.projects.contains(where: { $0.name == name }) else {
                throw CommandFailure(
                    code: "project.exists", message: L("outreach.projectExists", ["name": name]), field: "name",
                    usage: true)
            }
            let p = Project(
                id: OutreachID.make(.project) { state.project($0) != nil }, name: name, city: city, note: note,
                created: context.stamp)
            project = p
            return [.putProject(p)]
        }
        guard let p = project else {
            throw CommandFailure(
                code: "project.exists", message: L("outreach.projectExists", ["name": name]), field: "name", usage: true
            )
        }
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L("outreach.projectAdded", ["name": p.name, "id": p.id]).text(context.language), .success))
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
