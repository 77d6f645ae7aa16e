import Foundation

/// `/sessions`: upcoming (default), past or all sessions, filtered by city, type, audience,
/// project and a date range.
public struct SessionsCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "sessions",
        aliases: ["活动", "活动列表", "ls"],
        group: .outreach,
        summary: LocalizedText(zh: "列出活动（默认：即将开始的）", en: "List sessions (default: upcoming)"),
        examples: ["/sessions", "/sessions past city=贵阳", "/活动 all type=training from=2026-01-01 to=2026-12-31"],
        positionals: [
            range.spec
        ],
        keys: SessionFilterArguments.keys
    )

    static let range = CommandArgument<SessionRange>.positional(
        "range", help: LocalizedText(zh: "哪些活动（默认 upcoming）", en: "which sessions (default: upcoming)"))

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let store = try await context.outreachStore()
        let state = store.state
        let now = context.now()
        let range = try invocation.value(Self.range) ?? .upcoming
        var list = Array(state.sessions.values)
        switch range {
        case .upcoming: list = list.filter { $0.end >= now && $0.status != .cancelled }
        case .past: list = list.filter { $0.end < now || $0.status == .done }
        case .all: break
        }
        let filter = try SessionFilterArguments.filter(invocation, context: context, state: store.state)
        list = list.filter(filter.matches)
        list.sort { range == .past ? $0.start > $1.start : $0.start < $1.start }
        return Self.output(list, state: state, lang: lang, warnings: store.drainWarnings())
    }

    @MainActor static func output(
        _ list: [Session], state: OutreachState, lang: Language, warnings: [LocalizedText] = []
    ) -> CommandOutput {
        guard !list.isEmpty else {
            return CommandOutput(
                blocks: [.paragraph(StyledText(L(.outreachNoSessions).text(lang), .dim))],
                json: .obj([("sessions", .array([]))]), warnings: warnings)
        }
        let rows: [[StyledText]] = list.map { s in
            let people = state.participations(session: s.id).filter { $0.status.holdsPlace }.count
            let cap = s.capacity.map { "\(people)/\($0)" } ?? String(people)
            return [
                StyledText(s.id, .accent), StyledText(OutreachFormat.when(s, lang)), StyledText(s.title),
                StyledText(OutreachFormat.cityShort(s.city, lang)),
                StyledText(s.type.label.text(lang)),
                StyledText(s.status.label.text(lang), s.status == .cancelled ? .dim : .plain), StyledText(cap),
            ]
        }
        let headers = [MessageKey.fieldId, .fieldWhen, .fieldTitle, .fieldCity, .fieldType, .fieldStatus, .fieldPeople]
            .map { L($0).text(lang) }
        return CommandOutput(
            blocks: [
                .table(
                    TextTable(
                        headers: headers, rows: rows, alignments: [.left, .left, .left, .left, .left, .left, .right]))
            ],
            json: .obj([("sessions", .array(list.map { Outreach.json($0, state) }))]), warnings: warnings)
    }
}

/// Which sessions `/sessions` lists.
enum SessionRange: String, ArgumentChoice {
    case upcoming, past, all

    init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "upcoming", "即将": self = .upcoming
        case "past", "以往": self = .past
        case "all", "全部": self = .all
        default: return nil
        }
    }

    var label: LocalizedText {
        switch self {
        case .upcoming: return LocalizedText(zh: "即将", en: "upcoming")
        case .past: return LocalizedText(zh: "以往", en: "past")
        case .all: return LocalizedText(zh: "全部", en: "all")
        }
    }

    static var acceptedValues: LocalizedText { L(.outreachAcceptedRange) }
}
