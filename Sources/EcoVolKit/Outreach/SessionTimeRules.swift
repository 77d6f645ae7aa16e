import Foundation

/// The rules a session's times must follow before anything is saved — one place, so the
/// one-line `/schedule`/`/edit` and the guided dialogue accept exactly the same: a start in
/// the past only as a deliberate back-filled record, an end before the start only for an
/// overnight session, and more than 12 hours only when confirmed. A refusal names the field
/// and the flag that confirms it (`past=yes`, `overnight=yes`, `long=yes`); `confirmFlag`
/// lets a dialogue ask the question instead.
public struct SessionTimeRules: Sendable, Equatable {
    /// Longest session without `long=yes`.
    public static let ordinaryLength: TimeInterval = 12 * 3600
    /// Longest session at all.
    public static let maximumLength: TimeInterval = 24 * 3600

    public var past: Bool
    public var overnight: Bool
    public var long: Bool

    public init(past: Bool = false, overnight: Bool = false, long: Bool = false) {
        self.past = past
        self.overnight = overnight
        self.long = long
    }

    /// The confirmation flags among `key=value` fields; a value that is not yes/no is refused.
    public init(_ values: [String: String]) throws {
        self.init(
            past: try Self.flag("past", values["past"]), overnight: try Self.flag("overnight", values["overnight"]),
            long: try Self.flag("long", values["long"]))
    }

    public static let flagKeys = ["past", "overnight", "long"]

    public static func flag(_ field: String, _ value: String?) throws -> Bool {
        guard let value else { return false }
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        guard let answer = YesNo.parse(value) else {
            throw CommandFailure.invalidValue(field: field, value: value, accepted: L("rules.accepted.yesNo"))
        }
        return answer
    }

    /// The flag a refusal asks for, when the refusal can be confirmed (nil otherwise).
    public static func confirmFlag(of failure: CommandFailure) -> String? {
        switch failure.code {
        case "session.pastStart": return "past"
        case "session.endBeforeStart": return "overnight"
        case "session.long": return "long"
        default: return nil
        }
    }

    /// Checks a typed start. Returns the warning a back-filled record gets; throws when the
    /// start is in the past and neither the year was written nor `past=yes` given.
    public func checkStart(_ moment: ParsedMoment, text: String, now: Date, zone: TimeZone) throws -> [LocalizedText] {
        guard moment.date < now else { return [] }
        let resolved = Self.describe(moment.date, zone)
        guard past || moment.yearGiven else {
            throw CommandFailure(
                code: "session.pastStart",
                message: L(
                    "rules.pastStart", ["value": TerminalSafeText.clip(text, maxLength: 40), "resolved": resolved]),
                field: "start")
        }
        return [L("rules.backfilled", ["resolved": resolved])]
    }

    /// The end for an end given as a time of day only: on the start's day, or the next day
    /// when it is not after the start and `overnight` confirms that.
    public func end(hour: Int, minute: Int, text: String, start: Date, zone: TimeZone) throws -> Date {
        let day = CalendarDate(start, in: zone)
        let end = day.at(hour: hour, minute: minute, in: zone)
        if end > start { return end }
        guard overnight else {
            throw CommandFailure(
                code: "session.endBeforeStart",
                message: L(
                    "rules.endBeforeStart",
                    ["value": TerminalSafeText.clip(text, maxLength: 40), "start": Self.describe(start, zone)]),
                field: "end")
        }
        return day.adding(days: 1).at(hour: hour, minute: minute, in: zone)
    }

    /// Checks the length: after the start, at most 24 h, and over 12 h only with `long`.
    public func checkLength(start: Date, end: Date, field: String, text: String) throws {
        let length = end.timeIntervalSince(start)
        guard length > 0 else {
            throw CommandFailure.invalidValue(field: field, value: text, accepted: L("outreach.accepted.endAfterStart"))
        }
        guard length <= Self.maximumLength else {
            throw CommandFailure.invalidValue(field: field, value: text, accepted: L("outreach.accepted.maxLength"))
        }
        if length > Self.ordinaryLength, !long {
            throw CommandFailure(
                code: "session.long",
                message: L(
                    "rules.long", ["field": field, "hours": CentiHours(seconds: Int(length.rounded())).description]),
                field: field)
        }
    }

    /// `2026-06-05 09:30` in the session's zone (the same in both languages).
    public static func describe(_ date: Date, _ zone: TimeZone) -> String {
        let seconds = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let s = ((seconds % 86400) + 86400) % 86400
        return CalendarDate(date, in: zone).iso + String(format: " %02d:%02d", s / 3600, s / 60 % 60)
    }
}
