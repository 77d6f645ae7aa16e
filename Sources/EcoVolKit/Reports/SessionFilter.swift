import Foundation

/// Which sessions a listing, a report or an export covers: a period plus city, service
/// type, audience and project. One type for all of them, so `/sessions`, `/report` and
/// `/export` given the same words always cover the same sessions.
package struct SessionFilter: Sendable, Equatable {
    package var period: ReportPeriod?
    /// Canonical city name (贵阳市), or the text as given for places outside the list.
    package var city: String?
    package var type: ServiceType?
    package var audience: Audience?
    package var project: String?

    package init(
        period: ReportPeriod? = nil, city: String? = nil, type: ServiceType? = nil, audience: Audience? = nil,
        project: String? = nil
    ) {
        self.period = period
        self.city = city
        self.type = type
        self.audience = audience
        self.project = project
    }

    package func matches(_ s: Session) -> Bool {
        if let city, s.city != city { return false }
        if let type, s.type != type { return false }
        if let audience, s.audience != audience { return false }
        if let project, s.project != project { return false }
        if let period, !period.contains(s) { return false }
        return true
    }

    /// Matching sessions, earliest first (ties by id, so output is stable).
    package func sessions(in state: OutreachState) -> [Session] {
        state.sessions.values.filter(matches).sorted { $0.start != $1.start ? $0.start < $1.start : $0.id < $1.id }
    }

    /// What the user asked for, already read into values by the command layer; `period` is
    /// the period word as typed (checked again here against `today`).
    package struct Request: Sendable, Equatable {
        package var period: String?
        package var from: CalendarDate?
        package var to: CalendarDate?
        package var city: String?
        package var type: ServiceType?
        package var audience: Audience?
        /// A project id or name, as typed.
        package var project: String?

        package init(
            period: String? = nil, from: CalendarDate? = nil, to: CalendarDate? = nil, city: String? = nil,
            type: ServiceType? = nil, audience: Audience? = nil, project: String? = nil
        ) {
            self.period = period
            self.from = from
            self.to = to
            self.city = city
            self.type = type
            self.audience = audience
            self.project = project
        }
    }

    /// The filter for a request: the period (or `defaultPeriod` when none of period, from and
    /// to was given) and the project looked up in `state` by id or name.
    package static func resolve(
        _ request: Request, today: CalendarDate, state: OutreachState, defaultPeriod: ReportPeriod? = nil
    ) throws(SessionFilterError) -> SessionFilter {
        var filter = SessionFilter(city: request.city, type: request.type, audience: request.audience)
        if request.period == nil, request.from == nil, request.to == nil {
            filter.period = defaultPeriod
        } else {
            filter.period = try ReportPeriod.resolve(request.period, from: request.from, to: request.to, today: today)
        }
        if let p = request.project?.trimmingCharacters(in: .whitespaces), !p.isEmpty {
            guard let project = state.project(p) ?? state.projects.first(where: { $0.name == p }) else {
                throw .unknownProject(p, known: state.projects.map(\.id))
            }
            filter.project = project.id
        }
        return filter
    }

    /// `2026-Q2 · 贵阳 · 宣传教育`, for headings; "all" words when nothing is filtered.
    func describe(_ language: Language, state: OutreachState) -> String {
        var parts: [String] = [period?.label ?? L(.reportsAllTime).text(language)]
        if let city { parts.append(OutreachFormat.cityShort(city, language)) }
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

/// Why a filter cannot be made from what was asked: a report's own error, turned into a
/// command failure (naming the field and what is accepted) where the command reads it.
package enum SessionFilterError: Error, Sendable, Equatable {
    case unknownPeriod(String)
    case toBeforeFrom(from: CalendarDate, to: CalendarDate)
    case unknownProject(String, known: [String])
}

extension Completion {
    /// Period words and the current year, month and quarter.
    package static let periods = Completion { context in
        let today = CalendarDate(context.now(), in: context.timeZone)
        let quarter = (today.month - 1) / 3 + 1
        return [String(today.year), String(format: "%04d-%02d", today.year, today.month), "\(today.year)-Q\(quarter)"]
            .map { CompletionCandidate($0) }
            + ReportPeriod.keywords.map { CompletionCandidate($0) }
    }
}
