import Foundation

/// The rules a session's times must follow before anything is saved — one place, so the
/// one-line `/schedule`/`/edit` and the guided dialogue accept exactly the same: a start in
/// the past only as a deliberate back-filled record, an end before the start only for an
/// overnight session, and more than 12 hours only when confirmed. A refusal names the field
/// and the flag that confirms it (`past=yes`, `overnight=yes`, `long=yes`);
/// `SessionTimeError.confirmFlag` lets a dialogue ask the question instead.
package struct SessionTimeRules: Sendable, Equatable {
    /// Longest session without `long=yes`.
    package static let ordinaryLength: TimeInterval = 12 * 3600
    /// Longest session at all.
    package static let maximumLength: TimeInterval = 24 * 3600

    package var past: Bool
    package var overnight: Bool
    package var long: Bool

    package init(past: Bool = false, overnight: Bool = false, long: Bool = false) {
        self.past = past
        self.overnight = overnight
        self.long = long
    }

    /// The confirmation flags among `key=value` fields; a value that is not yes/no is refused.
    package init(_ values: [String: String]) throws(FieldError) {
        self.init(
            past: try Self.flag("past", values["past"]), overnight: try Self.flag("overnight", values["overnight"]),
            long: try Self.flag("long", values["long"]))
    }

    package static let flagKeys = ["past", "overnight", "long"]

    package static func flag(_ field: String, _ value: String?) throws(FieldError) -> Bool {
        guard let value else { return false }
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        guard let answer = YesNo.parse(value) else { throw .invalid(field: field, value: value, accepted: .yesNo) }
        return answer
    }

    /// Checks a typed start. Returns the warning a back-filled record gets; throws when the
    /// start is in the past and neither the year was written nor `past=yes` given.
    package func checkStart(_ moment: ParsedMoment, text: String, now: Date, zone: TimeZone)
        throws(SessionTimeError) -> [LocalizedText]
    {
        guard moment.date < now else { return [] }
        let resolved = Self.describe(moment.date, zone)
        guard past || moment.yearGiven else { throw .pastStart(value: text, resolved: resolved) }
        return [L(.rulesBackfilled, ["resolved": resolved])]
    }

    /// The end for an end given as a time of day only: on the start's day, or the next day
    /// when it is not after the start and `overnight` confirms that.
    package func end(hour: Int, minute: Int, text: String, start: Date, zone: TimeZone) throws(SessionTimeError)
        -> Date
    {
        let day = CalendarDate(start, in: zone)
        let end = day.at(hour: hour, minute: minute, in: zone)
        if end > start { return end }
        guard overnight else { throw .endBeforeStart(value: text, start: Self.describe(start, zone)) }
        return day.adding(days: 1).at(hour: hour, minute: minute, in: zone)
    }

    /// Checks the length: after the start, at most 24 h, and over 12 h only with `long`.
    package func checkLength(start: Date, end: Date, field: String, text: String) throws(SessionTimeError) {
        let length = end.timeIntervalSince(start)
        guard length > 0 else { throw .notAfterStart(field: field, value: text) }
        guard length <= Self.maximumLength else { throw .overMaximum(field: field, value: text) }
        if length > Self.ordinaryLength, !long {
            throw .long(field: field, hours: CentiHours(seconds: Int(length.rounded())))
        }
    }

    /// `2026-06-05 09:30` in the session's zone (the same in both languages).
    package static func describe(_ date: Date, _ zone: TimeZone) -> String {
        let seconds = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let s = ((seconds % 86400) + 86400) % 86400
        return CalendarDate(date, in: zone).iso + String(format: " %02d:%02d", s / 3600, s / 60 % 60)
    }
}

/// A session time the rules refuse. The three that a flag can confirm say which
/// (`confirmFlag`), so a dialogue can ask the question instead of refusing.
package enum SessionTimeError: DomainError, Equatable {
    /// A start in the past without the year written or `past=yes`; `resolved` is how it was read.
    case pastStart(value: String, resolved: String)
    /// An end (a time of day) not after the start without `overnight=yes`.
    case endBeforeStart(value: String, start: String)
    /// An end or duration that does not end after the start.
    case notAfterStart(field: String, value: String)
    /// A session over `SessionTimeRules.maximumLength`.
    case overMaximum(field: String, value: String)
    /// A session over `SessionTimeRules.ordinaryLength` without `long=yes`.
    case long(field: String, hours: CentiHours)

    /// The flag that confirms this refusal (`past`, `overnight`, `long`), nil when none can.
    package var confirmFlag: String? {
        switch self {
        case .pastStart: return "past"
        case .endBeforeStart: return "overnight"
        case .long: return "long"
        case .notAfterStart, .overMaximum: return nil
        }
    }

    /// The question a dialogue asks to confirm this refusal, nil when none can.
    package var confirmQuestion: MessageKey? {
        switch self {
        case .pastStart: return .rulesAskPast
        case .endBeforeStart: return .rulesAskOvernight
        case .long: return .rulesAskLong
        case .notAfterStart, .overMaximum: return nil
        }
    }

    package var code: String {
        switch self {
        case .pastStart: return "session.pastStart"
        case .endBeforeStart: return "session.endBeforeStart"
        case .long: return "session.long"
        case .notAfterStart, .overMaximum: return "value.invalid"
        }
    }

    package var field: String? {
        switch self {
        case .pastStart: return "start"
        case .endBeforeStart: return "end"
        case .notAfterStart(let field, _), .overMaximum(let field, _), .long(let field, _): return field
        }
    }

    package var message: LocalizedText {
        switch self {
        case .pastStart(let value, let resolved):
            return L(.rulesPastStart, ["value": TerminalSafeText.clip(value, maxLength: 40), "resolved": resolved])
        case .endBeforeStart(let value, let start):
            return L(.rulesEndBeforeStart, ["value": TerminalSafeText.clip(value, maxLength: 40), "start": start])
        case .notAfterStart(let field, let value):
            return .invalidValue(field: field, value: value, accepted: L(.outreachAcceptedEndAfterStart))
        case .overMaximum(let field, let value):
            return .invalidValue(field: field, value: value, accepted: L(.outreachAcceptedMaxLength))
        case .long(let field, let hours):
            return L(.rulesLong, ["field": field, "hours": hours.description])
        }
    }
}
