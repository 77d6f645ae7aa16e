import Foundation

/// `/export sessions|people|participation|hours|report|calendar FILE`: writes a listing or
/// the report in the format the file's extension names (.csv for Excel, .json, .md, .html,
/// .ics for calendars), with the same filters as the listing it comes from. Phones are
/// masked unless `full=yes`; an existing file is replaced only with `force=yes`.
package struct ExportCommand: Command {
    package enum Kind: String, ArgumentChoice {
        case sessions, people, participation, hours, report, calendar

        package init?(argument: String) {
            let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
            if let k = Kind(rawValue: v) {
                self = k
                return
            }
            switch v {
            case "活动", "session": self = .sessions
            case "人员", "志愿者", "person": self = .people
            case "参与", "参与记录", "participations", "rows": self = .participation
            case "时长", "服务时长": self = .hours
            case "报告": self = .report
            case "日历", "ics", "calendar.ics": self = .calendar
            default: return nil
            }
        }

        package var label: LocalizedText {
            switch self {
            case .sessions: return LocalizedText(zh: "活动", en: "sessions")
            case .people: return LocalizedText(zh: "人员", en: "people")
            case .participation: return LocalizedText(zh: "参与记录", en: "participation")
            case .hours: return LocalizedText(zh: "时长", en: "hours")
            case .report: return LocalizedText(zh: "报告", en: "report")
            case .calendar: return LocalizedText(zh: "日历", en: "calendar")
            }
        }

        package static var acceptedValues: LocalizedText { L(.exportAcceptedKinds) }

        var title: LocalizedText {
            switch self {
            case .sessions: return L(.exportTitleSessions)
            case .people: return L(.exportTitlePeople)
            case .participation: return L(.exportTitleParticipation)
            default: return L(.exportTitleHours)
            }
        }
    }

    package static let configuration = CommandConfiguration(
        name: "export",
        aliases: ["导出"],
        group: .reports,
        summary: LocalizedText(
            zh: "导出活动、人员、参与记录、时长、报告或日历", en: "Export sessions, people, participation, hours, the report or a calendar"),
        examples: [
            "/export sessions 活动.csv city=贵阳 period=2026", "/export hours 时长.csv period=2026-Q2",
            "/export report 报告.html period=2026",
            "/导出 calendar 活动.ics", "/export people 人员.csv full=yes",
            "/export sessions sessions.csv city=Guiyang period=2026", "/export calendar sessions.ics",
        ],
        discussion: LocalizedText(
            zh:
                "格式由扩展名决定：.csv（Excel 可直接打开，含 BOM）、.json、.md、.html；日历用 .ics。手机号默认隐去中间四位，full=yes 时完整导出。已有文件需加 force=yes 才会覆盖。",
            en:
                "The extension picks the format: .csv (opens in Excel, with a BOM), .json, .md, .html; calendars use .ics. Phones are masked unless full=yes. An existing file is replaced only with force=yes."
        ),
        positionals: [what.spec, file.spec],
        keys: [SessionFilterArguments.period.spec] + SessionFilterArguments.keys + [
            query.spec, full.spec, ReportsSupport.forceKey, ReportsSupport.thresholdsKey,
        ],
        misplacedKeys: ["format": formatFromExtension, "格式": formatFromExtension]
    )

    /// What to write instead of `format=`: the file's extension, one of these.
    static let formatFromExtension = L(
        .exportFormatFromExtension,
        [
            "formats": [ExportFormat.csv, .json, .md, .html].map { "." + $0.rawValue }.joined(separator: " "),
            "calendar": "." + ExportFormat.ics.rawValue,
        ])

    static let what = CommandArgument<Kind>.positional(
        "what", help: LocalizedText(zh: "导出什么", en: "what to export"), required: true)
    static let file = CommandArgument<FilePath>.positional(
        "file", help: LocalizedText(zh: "目标文件", en: "target file"), required: true)
    static let query = CommandArgument<String>.key(
        "query", aliases: ["搜索"],
        help: LocalizedText(zh: "人员：姓名、单位、编号或手机号片段", en: "people: part of a name, organisation, id or phone"),
        completion: .people)
    static let full = CommandArgument<Bool>.key(
        "full", aliases: ["完整"], help: LocalizedText(zh: "yes：导出完整手机号和证件号", en: "yes: export full phone and ID numbers")
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let kind = try invocation.required(Self.what)
        let file = try invocation.required(Self.file).path
        let format = try ExportFormat.of(
            file,
            allowed: kind == .calendar ? [.ics] : kind == .report ? ExportFormat.documents : [.csv, .json, .md, .html])
        let full = try invocation.value(Self.full) ?? false
        let levels = try ReportsSupport.starLevels(invocation, context: context)
        let store = try await context.outreachStore()
        let filter = try SessionFilterArguments.filter(invocation, context: context, state: store.state)
        let state = store.state
        let sessions = filter.sessions(in: state)
        let heading = filter.describe(lang, state: state)
        let data: Data
        var rows: Int? = nil
        switch kind {
        case .report:
            let report = ActivityReport.build(
                state: state, filter: filter, dayEntries: ReportsSupport.dayEntries(context),
                today: ReportsSupport.today(context), language: lang, now: context.now())
            data = try format.data(report.document(lang, state: state), json: report.json)
        case .calendar:
            data = Data(
                ICalendarWriter(now: context.now(), calendarName: L(.exportCalendarName).text(lang), language: lang)
                    .calendar(sessions, state: state).utf8)
            rows = sessions.count
        case .sessions, .people, .participation, .hours:
            let table: DataTable
            switch kind {
            case .sessions:
                table = ListingTables.sessions(sessions, state: state, lang: lang)
            case .people:
                var people = PersonQuery(try invocation.value(Self.query) ?? "").people(in: state)
                if filter != SessionFilter() {
                    let present = Set(
                        sessions.flatMap {
                            state.participations(session: $0.id).filter { $0.status.holdsPlace }.map(\.person)
                        })
                    people = people.filter { present.contains($0.id) }
                }
                table = ListingTables.people(
                    people, state: state, levels: levels, full: full, lang: lang, now: context.now())
            case .participation:
                table = ListingTables.participation(
                    sessions, state: state, full: full, lang: lang, now: context.now())
            default:
                table = ListingTables.hours(
                    sessions, people: PersonQuery(try invocation.value(Self.query) ?? "").people(in: state),
                    state: state,
                    levels: levels, full: full, lang: lang, now: context.now())
            }
            rows = table.rows.count
            var meta = filter.json
            if case .object(let pairs) = meta {
                meta = .object(pairs + [("what", .string(kind.rawValue)), ("full", .bool(full))])
            }
            data = try format.data(table, title: kind.title.text(lang), subtitle: heading, language: lang, meta: meta)
        }
        let path = try ReportsSupport.write(data, to: file, invocation: invocation, mode: 0o600)
        var warnings = store.drainWarnings()
        if full, kind != .report, kind != .calendar { warnings.append(L(.exportFullWarning)) }
        return ReportsSupport.written(
            path: path, bytes: data.count,
            json: .obj([
                ("what", .string(kind.rawValue)), ("format", .string(format.rawValue)), ("filter", filter.json),
            ]),
            context: context, warnings: warnings, rows: rows)
    }
}
