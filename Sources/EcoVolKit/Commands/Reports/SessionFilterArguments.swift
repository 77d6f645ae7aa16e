/// The arguments every listing, report and export reads its `SessionFilter` from, declared
/// once so `/sessions`, `/report`, `/stars`, `/certificate` and `/export` accept the same
/// words; and the one place a filter error becomes a command failure.
enum SessionFilterArguments {
    static let city = CommandArgument<CityName>.key(
        "city", aliases: ["城市", "市州"], help: LocalizedText(zh: "市州，如 贵阳、黔东南", en: "city, e.g. Guiyang"))
    static let type = CommandArgument<ServiceType>.key(
        "type", aliases: ["类型"], help: LocalizedText(zh: "服务类型", en: "service type"))
    static let audience = CommandArgument<Audience>.key(
        "audience", aliases: ["对象"], help: LocalizedText(zh: "对象", en: "audience"))
    static let project = CommandArgument<String>.key(
        "project", aliases: ["项目"], help: LocalizedText(zh: "项目编号", en: "project id"), completion: .projects,
        placeholder: "ID")
    static let from = CommandArgument<DayArgument>.key(
        "from", aliases: ["从"], help: LocalizedText(zh: "起始日期", en: "from date"))
    static let to = CommandArgument<DayArgument>.key(
        "to", aliases: ["到"], help: LocalizedText(zh: "截止日期（含当天）", en: "to date (inclusive)"))
    static let period = CommandArgument<PeriodArgument>.key(
        "period", aliases: ["期间", "时段"],
        help: LocalizedText(zh: "期间，如 2026、2026-Q2、本月", en: "period, e.g. 2026, 2026-Q2, this-month"))
    /// The period as the first positional (`/report 2026-Q2`).
    static let periodPositional = CommandArgument<PeriodArgument>.positional(
        "period", help: LocalizedText(zh: "期间，如 2026、2026-Q2、本月", en: "period, e.g. 2026, 2026-Q2, this-month"))

    /// city= type= audience= project= from= to=, in that order.
    static let keys: [ArgumentSpec] = [city.spec, type.spec, audience.spec, project.spec, from.spec, to.spec]

    /// Reads the filter (`period` from the positional when the command declares one, else
    /// `period=`); `state` is the store's, read by the command, for project names.
    @MainActor static func filter(
        _ invocation: Invocation, context: CommandContext, state: OutreachState, defaultPeriod: ReportPeriod? = nil
    ) throws -> SessionFilter {
        let periodText =
            invocation.positionalNames.contains("period")
            ? try invocation.value(periodPositional)?.text : try invocation.value(period)?.text
        let city = try invocation.string("city").flatMap { text in
            text.trimmingCharacters(in: .whitespaces).isEmpty ? nil : try invocation.value(Self.city)?.name
        }
        let request = SessionFilter.Request(
            period: periodText, from: try invocation.value(from)?.day, to: try invocation.value(to)?.day, city: city,
            type: try nonEmpty(type, invocation), audience: try nonEmpty(audience, invocation),
            project: invocation.string("project"))
        do {
            return try SessionFilter.resolve(
                request, today: CalendarDate(context.now(), in: context.timeZone), state: state,
                defaultPeriod: defaultPeriod)
        } catch {
            throw failure(error, invocation: invocation)
        }
    }

    /// A typed value, nil when absent or given empty (`type=` means no filter).
    private static func nonEmpty<V>(_ argument: CommandArgument<V>, _ invocation: Invocation) throws -> V? {
        guard let text = invocation.string(argument.name), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return nil
        }
        return try invocation.value(argument)
    }

    /// The failure the user sees for a filter error, naming the field and what is accepted.
    static func failure(_ error: SessionFilterError, invocation: Invocation) -> CommandFailure {
        switch error {
        case .unknownPeriod(let text):
            return CommandFailure.invalidValue(field: "period", value: text, accepted: L(.reportsAcceptedPeriod))
        case .toBeforeFrom(let from, let to):
            return CommandFailure.invalidValue(
                field: "to", value: invocation.string("to") ?? to.iso,
                accepted: L(.reportsAcceptedToAfterFrom, ["from": from.iso]))
        case .unknownProject(let text, let known):
            return CommandFailure.invalidValue(
                field: "project", value: text,
                accepted: L(.outreachAcceptedProject, ["ids": known.joined(separator: " ")]))
        }
    }
}
