/// A report the report builders refuse to make, with the message naming the person or field
/// and what would make it possible, in both languages.
package enum ReportError: DomainError, Equatable {
    /// A certificate with nothing to certify: `name` has no attended hours in `period`
    /// (its label; nil for all time).
    case noService(name: String, period: String?)
    /// A certificate whose only attended service (`list`, `hours` in all) is at sessions not over yet.
    case onlyPending(name: String, list: String, hours: String)
    /// A certificate over `count` overlapping sessions (`list`: `S1↔S2 …`) not confirmed with `overlaps=once`.
    case overlaps(name: String, count: Int, list: String)
    /// A talk length outside `OutlineBuilder.minuteRange`.
    case minutes(Int)
    /// No talking points for `audience` (its label in the output language) and `topic`.
    case noContent(audience: String, topic: String?)

    package var code: String {
        switch self {
        case .noService: return "certificate.noService"
        case .onlyPending: return "certificate.pending"
        case .overlaps: return "certificate.overlaps"
        case .minutes: return "value.invalid"
        case .noContent: return "outline.noContent"
        }
    }

    package var field: String? {
        switch self {
        case .noService(_, let period): return period == nil ? "person" : "from"
        case .onlyPending: return "person"
        case .overlaps: return "overlaps"
        case .minutes: return "minutes"
        case .noContent: return "topic"
        }
    }

    package var message: LocalizedText {
        switch self {
        case .noService(let name, let period):
            return L(.certificateNoService, ["name": name, "period": period ?? "—"])
        case .onlyPending(let name, let list, let hours):
            return L(.certificateOnlyPending, ["name": name, "list": list, "hours": hours])
        case .overlaps(let name, let count, let list):
            return L(.certificateOverlapsRefused, ["name": name, "count": String(count), "list": list])
        case .minutes(let minutes):
            return .invalidValue(
                field: "minutes", value: String(minutes),
                accepted: L(
                    .argIntegerRange,
                    [
                        "min": String(OutlineBuilder.minuteRange.lowerBound),
                        "max": String(OutlineBuilder.minuteRange.upperBound),
                    ]))
        case .noContent(let audience, let topic):
            return L(.outlineNoContent, ["audience": audience, "topic": topic ?? "—"])
        }
    }
}
