import Foundation

/// `/sessions`: upcoming (default), past or all sessions, filtered by city, type, audience,
/// project and a date range.
package struct SessionsCommand: Command {
    package static let configuration = CommandConfiguration(
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

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let store = try await context.outreachStore()
        let state = store.state
        let now = context.now()
        let range = try invocation.value(Self.range) ?? .upcoming
        let filter = try SessionFilterArguments.filter(invocation, context: context, state: store.state)
        let matching = state.sessions.values.filter(filter.matches)
        var list = matching.filter { range.contains($0, now: now) }
        list.sort { range == .past ? $0.start > $1.start : $0.start < $1.start }
        var output = Self.output(list, state: state, lang: lang, warnings: store.drainWarnings())
        // Nothing upcoming (a session just back-filled, say) while the other range has some:
        // say how many, and the line that lists them.
        let other: SessionRange = range == .upcoming ? .past : .upcoming
        if list.isEmpty, range != .all, case let elsewhere = matching.filter({ other.contains($0, now: now) }).count,
            elsewhere > 0
        {
            let keys = invocation.options.map { "\($0.key)=" + RequestProposal.quoted($0.token.text) }
            let line = (["/sessions", other.rawValue] + keys).joined(separator: " ")
            let text = L(
                .outreachNoSessionsElsewhere,
                [
                    "range": range.label.text(lang), "other": other.label.text(lang), "count": String(elsewhere),
                    "line": line,
                ])
            output.blocks = [.paragraph(StyledText(text.text(lang), .dim))]
        }
        return output
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

    /// Whether `session` is in this range at `now`: upcoming ones are still planned and have not
    /// ended; past ones have ended or are done. A session marked done before its planned end is
    /// past only — listing it under both would count it twice in a coordinator's week.
    func contains(_ session: Session, now: Date) -> Bool {
        switch self {
        case .upcoming: return session.end >= now && session.status == .planned
        case .past: return session.end < now || session.status == .done
        case .all: return true
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
