import Foundation

/// Which sessions a listing, a report or an export covers: a period plus city, service
/// type, audience and project. One type for all of them, so `/sessions`, `/report` and
/// `/export` given the same words always cover the same sessions.
public struct SessionFilter: Sendable, Equatable {
    public var period: ReportPeriod?
    /// Canonical city name (贵阳市), or the text as given for places outside the list.
    public var city: String?
    public var type: ServiceType?
    public var audience: Audience?
    public var project: String?

    public init(
        period: ReportPeriod? = nil, city: String? = nil, type: ServiceType? = nil, audience: Audience? = nil,
        project: String? = nil
    ) {
        self.period = period
        self.city = city
        self.type = type
        self.audience = audience
        self.project = project
    }

    public func matches(_ s: Session) -> Bool {
        if let city, s.city != city { return false }
        if let type, s.type != type { return false }
        if let audience, s.audience != audience { return false }
        if let project, s.project != project { return false }
        if let period, !period.contains(s) { return false }
        return true
    }

    /// Matching sessions, earliest first (ties by id, so output is stable).
    public func sessions(in state: OutreachState) -> [Session] {
        state.sessions.values.filter(matches).sorted { $0.start != $1.start ? $0.start < $1.start : $0.id < $1.id }
    }

    /// The argument specs the filter reads, shared by every command that takes it.
    static let keys: [ArgumentSpec] = [
        ArgumentSpec(
            "city", aliases: ["城市", "市州"], help: LocalizedText(zh: "市州，如 贵阳、黔东南", en: "city, e.g. Guiyang"),
            completion: .cities),
        ArgumentSpec(
            "type", aliases: ["类型"], help: LocalizedText(zh: "服务类型", en: "service type"), completion: .serviceTypes),
        ArgumentSpec(
            "audience", aliases: ["对象"], help: LocalizedText(zh: "对象", en: "audience"), completion: .audiences),
        ArgumentSpec(
            "project", aliases: ["项目"], help: LocalizedText(zh: "项目编号", en: "project id"), completion: .projects),
        ArgumentSpec(
            "from", aliases: ["从"], help: LocalizedText(zh: "起始日期", en: "from date"), completion: .dateExamples),
        ArgumentSpec(
            "to", aliases: ["到"], help: LocalizedText(zh: "截止日期（含当天）", en: "to date (inclusive)"),
            completion: .dateExamples),
    ]

    static let periodKey = ArgumentSpec(
        "period", aliases: ["期间", "时段"],
        help: LocalizedText(
            zh: "期间：2026、2026-06、2026-Q2、this-month、last-year …",
            en: "period: 2026, 2026-06, 2026-Q2, this-month, last-year …"), completion: .periods)

    /// Reads the filter from an invocation (`period` from a positional or `period=`); `state`
    /// is the store's, read by the command, for project names. A date without a year in
    /// `from=`/`to=` is in the current year.
    @MainActor static func parse(
        _ invocation: Invocation, context: CommandContext, state: OutreachState, period periodText: String? = nil,
        defaultPeriod: ReportPeriod? = nil
    ) throws -> SessionFilter {
        let parser = DateTimeParser(now: context.now(), timeZone: context.timeZone, yearless: .currentYear)
        var filter = SessionFilter()
        let text = periodText ?? invocation.string("period")
        filter.period = try ReportPeriod.parse(
            text, from: invocation.string("from"), to: invocation.string("to"), today: parser.today, parser: parser)
        if text == nil, invocation.string("from") == nil, invocation.string("to") == nil {
            filter.period = defaultPeriod
        }
        if let c = invocation.string("city"), !c.trimmingCharacters(in: .whitespaces).isEmpty {
            filter.city = City.find(c)?.name ?? c.trimmingCharacters(in: .whitespaces)
        }
        if let t = invocation.string("type"), !t.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let type = ServiceType(argument: t) else {
                throw CommandFailure.invalidValue(
                    field: "type", value: t, accepted: L("outreach.accepted.type", ["types": ServiceType.acceptedText]))
            }
            filter.type = type
        }
        if let a = invocation.string("audience"), !a.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let audience = Audience(argument: a) else {
                throw CommandFailure.invalidValue(
                    field: "audience", value: a,
                    accepted: L("outreach.accepted.audience", ["audiences": Audience.acceptedText]))
            }
            filter.audience = audience
        }
        if let p = invocation.string("project")?.trimmingCharacters(in: .whitespaces), !p.isEmpty {
            guard let project = state.project(p) ?? state.projects.first(where: { $0.name == p }) else {
                throw CommandFailure.invalidValue(
                    field: "project", value: p,
                    accepted: L("outreach.accepted.project", ["ids": state.projects.map(\.id).joined(separator: " ")]))
            }
            filter.project = project.id
        }
        return filter
    }

    /// `2026-Q2 · 贵阳 · 宣传教育`, for headings; "all" words when nothing is filtered.
    @MainActor
    func describe(_ language: Language, state: OutreachState) -> String {
        var parts: [String] = [period?.label ?? L("reports.allTime").text(language)]
        if let city { parts.append(Outreach.cityShort(city, language)) }
        if let type { parts.append(type.label.text(language)) }
        if let audience { parts.append(audience.label.text(language)) }
        if let project { parts.append(state.projectName(project, language)) }
        return parts.joined(separator: " · ")
    }

    /// The filter as JSON, so exported files say what they cover.
    var json: JSONValue {
        .obj([
            ("from", period.map { .string($0.first.iso) }), ("to", period.map { .string($0.last.iso) }),
            ("period", period.map { .string($0.label) }),
            ("city", city.map { .string($0) }), ("type", type.map { .string($0.rawValue) }),
            ("audience", audience.map { .string($0.rawValue) }),
            ("project", project.map { .string($0) }),
        ])
    }
}

extension Completion {
    /// Period words and the current year, month and quarter.
    public static let periods = Completion { context in
        let today = CalendarDate(context.now(), in: context.timeZone)
        let quarter = (today.month - 1) / 3 + 1
        return [String(today.year), String(format: "%04d-%02d", today.year, today.month), "\(today.year)-Q\(quarter)"]
            .map { CompletionCandidate($0) }
            + ReportPeriod.keywords.map { CompletionCandidate($0) }
    }
}
