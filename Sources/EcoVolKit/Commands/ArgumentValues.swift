import Foundation

// The value types commands take, each parsed, described and completed in one place. The
// vocabularies themselves (alias tables, names) live with their types in Core/ and
// Outreach/; these conformances only connect them to the command framework.

// MARK: - Plain values

/// Free text as typed (the command applies its own length rules).
extension String: ArgumentValue {
    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> String { text }
    package var argumentText: String { self }
    package static var acceptedValues: LocalizedText { L(.argAcceptedText) }
}

/// An integer; full-width digits (１２) read as ASCII. Ranges come from the declaration.
extension Int: ArgumentValue {
    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> Int {
        guard let value = Int(NumberText.halfWidth(text).trimmingCharacters(in: .whitespaces)) else {
            throw ArgumentRejection(accepted: acceptedValues)
        }
        return value
    }
    package var argumentText: String { String(self) }
    package static var acceptedValues: LocalizedText { L(.argAcceptedInteger) }
    package static var usagePlaceholder: String { "N" }
}

/// yes/no in either language (`yes`, `是`, `true`, `1` …).
extension Bool: ArgumentValue {
    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> Bool {
        guard let answer = YesNo.parse(text) else { throw ArgumentRejection(accepted: acceptedValues) }
        return answer
    }
    package var argumentText: String { self ? "yes" : "no" }
    package static var acceptedValues: LocalizedText { L(.argYesNo) }
    package static var usagePlaceholder: String { "yes|no" }
    package static var completion: Completion { .values(["yes", "no"]) }
}

// MARK: - Vocabularies

extension Audience: ArgumentChoice {
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedAudience, ["audiences": acceptedText]) }
}

extension ServiceType: ArgumentChoice {
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedType, ["types": acceptedText]) }
}

extension TrainingLevel: ArgumentChoice {
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedLevel) }
}

extension ParticipationRole: ArgumentChoice {
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedRole) }
}

extension SupportKind: ArgumentChoice {
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedSupport) }
}

extension Language: ArgumentChoice {
    package var label: LocalizedText {
        switch self {
        case .zh: return LocalizedText(zh: "中文", en: "Chinese")
        case .en: return LocalizedText(zh: "英文", en: "English")
        }
    }
    package static var acceptedValues: LocalizedText { L(.argAcceptedLanguage) }
}

extension KnowledgeKind: ArgumentChoice {
    package init?(argument: String) {
        self.init(rawValue: argument.trimmingCharacters(in: .whitespaces).lowercased())
    }
    package var label: LocalizedText { name }
    package static var acceptedValues: LocalizedText {
        L(.kbAcceptedKinds, ["kinds": allCases.map(\.rawValue).joined(separator: " ")])
    }
}

/// A city as typed: one of the list (by any alias or its English name) or, for places
/// outside it, the text itself; `city` tells which.
package struct CityName: ArgumentValue, Equatable {
    /// The canonical name (贵阳市) or the trimmed text.
    package var name: String
    package var city: City?

    package init(_ city: City) {
        self.name = city.name
        self.city = city
    }

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> CityName {
        let v = try FieldValidator.city("city", text)
        return CityName(name: v.name, city: v.known ? City.find(v.name) : nil)
    }

    init(name: String, city: City?) {
        self.name = name
        self.city = city
    }

    package var argumentText: String { city?.english ?? name }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedCity, ["cities": City.acceptedText]) }
    /// Chinese short names in Chinese, English names in English.
    package static var completion: Completion { .cities }
}

// MARK: - References to records

/// A non-empty word that names a record (looked up by the command in the state it reads) or
/// a file: parsing only trims it and refuses it empty.
package protocol TrimmedTextArgument: ArgumentValue {
    var text: String { get }
    init(text: String)
}

extension TrimmedTextArgument {
    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> Self {
        let v = text.trimmingCharacters(in: .whitespaces)
        guard !v.isEmpty else { throw ArgumentRejection(accepted: acceptedValues) }
        return Self(text: v)
    }

    package var argumentText: String { text }
}

/// A session id (or the start of one) as typed.
package struct SessionIDArgument: TrimmedTextArgument, Equatable {
    package var text: String
    package init(text: String) { self.text = text }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedSessionID) }
    package static var usagePlaceholder: String { "ID" }
    package static var completion: Completion { .sessionIDs }
}

/// A person as typed: a name, a person id or a phone number.
package struct PersonArgument: TrimmedTextArgument, Equatable {
    package var text: String
    package init(text: String) { self.text = text }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedPerson) }
    package static var usagePlaceholder: String { "PERSON" }
    package static var completion: Completion { .people }
}

// MARK: - Time

/// A date and time as people write them (`2026-06-05 09:30`, `明天 14:00`, `下周三 9:30`),
/// checked in the environment's clock and zone; the text is kept because the command may
/// read it again in a session's own zone.
package struct DateTimeText: ArgumentValue, Equatable {
    package var text: String
    package var moment: ParsedMoment

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> DateTimeText {
        let parser = DateTimeParser(now: environment.now, timeZone: environment.timeZone)
        do {
            return DateTimeText(text: text, moment: try parser.parse(text))
        } catch {
            throw ArgumentRejection(accepted: error.accepted)
        }
    }

    package var argumentText: String { text }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedDate) }
    package static var completion: Completion { .dateExamples }
}

extension DateTimeProblem {
    /// What is accepted, saying what was wrong with the text (a 30 February, a 25:00).
    package var accepted: LocalizedText {
        switch self {
        case .impossibleDate(let d): return L(.outreachAcceptedImpossibleDate, ["date": d])
        case .impossibleTime(let t): return L(.outreachAcceptedImpossibleTime, ["time": t])
        case .unrecognised: return L(.outreachAcceptedDate)
        case .yearOutOfRange(let y): return L(.rulesAcceptedYear, ["year": String(y)])
        }
    }
}

/// A day for `from=`/`to=`: a date in any accepted form; a date without a year is in the
/// current year.
package struct DayArgument: ArgumentValue, Equatable {
    package var day: CalendarDate

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> DayArgument {
        let parser = DateTimeParser(now: environment.now, timeZone: environment.timeZone, yearless: .currentYear)
        do {
            return DayArgument(day: try parser.parse(text).day)
        } catch {
            throw ArgumentRejection(accepted: error.accepted)
        }
    }

    package var argumentText: String { day.iso }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedDate) }
    package static var completion: Completion { .dateExamples }
}

/// Service hours or a session's length: more than 0 and at most 24 (`2h`, `90分钟`, `1.5小时`).
package struct HoursArgument: ArgumentValue, Equatable {
    package var hours: Double

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> HoursArgument {
        guard let h = DurationParser.hours(text), h > 0, h <= 24 else {
            throw ArgumentRejection(accepted: acceptedValues)
        }
        return HoursArgument(hours: h)
    }

    package var argumentText: String {
        hours == hours.rounded() ? String(Int(hours)) + "h" : String(hours) + "h"
    }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedHours) }
    package static var completion: Completion { .durationExamples }
}

/// A report period word (`2026`, `2026-06`, `2026-Q2`, `this-month`, `去年`, `all`).
package struct PeriodArgument: ArgumentValue, Equatable {
    package var text: String

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> PeriodArgument {
        guard ReportPeriod.named(text, today: environment.today) != nil else {
            throw ArgumentRejection(accepted: acceptedValues)
        }
        return PeriodArgument(text: text)
    }

    package var argumentText: String { text }
    package static var acceptedValues: LocalizedText { L(.reportsAcceptedPeriod) }
    package static var completion: Completion { .periods }
}

/// An IANA time zone name.
package struct ZoneArgument: ArgumentValue, Equatable {
    package var identifier: String

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> ZoneArgument {
        guard TimeZone(identifier: text) != nil else { throw ArgumentRejection(accepted: acceptedValues) }
        return ZoneArgument(identifier: text)
    }

    package var argumentText: String { identifier }
    package static var acceptedValues: LocalizedText { L(.outreachAcceptedZone) }
}

/// How a series repeats (`/schedule repeat=weekly count=4`).
package enum RepeatRule: String, ArgumentChoice {
    case daily, weekly, biweekly, monthly

    package init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "daily", "每天": self = .daily
        case "weekly", "每周": self = .weekly
        case "biweekly", "每两周": self = .biweekly
        case "monthly", "每月": self = .monthly
        default: return nil
        }
    }

    package var label: LocalizedText {
        switch self {
        case .daily: return LocalizedText(zh: "每天", en: "daily")
        case .weekly: return LocalizedText(zh: "每周", en: "weekly")
        case .biweekly: return LocalizedText(zh: "每两周", en: "biweekly")
        case .monthly: return LocalizedText(zh: "每月", en: "monthly")
        }
    }

    /// Days and months between two sessions of the series.
    package var step: (days: Int, months: Int) {
        switch self {
        case .daily: return (1, 0)
        case .weekly: return (7, 0)
        case .biweekly: return (14, 0)
        case .monthly: return (0, 1)
        }
    }

    package static var acceptedValues: LocalizedText { L(.outreachAcceptedRepeat) }
}

// MARK: - Files and scales

/// A file path to write or read; Tab offers the working directory's entries.
package struct FilePath: TrimmedTextArgument, Equatable {
    package var text: String
    package init(text: String) { self.text = text }
    package var path: String { text }
    package static var acceptedValues: LocalizedText { L(.exportAcceptedFile) }
    package static var usagePlaceholder: String { "FILE" }
    package static var completion: Completion { .files }
}

/// Hours for one to five stars (`100,300,600,1000,1500`).
extension StarLevel: ArgumentValue {
    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> StarLevel {
        let values = NumberText.halfWidth(text).split(whereSeparator: { ",，/ ".contains($0) }).map { Double($0) }
        guard values.count == 5, values.allSatisfy({ ($0 ?? 0) > 0 }) else {
            throw ArgumentRejection(accepted: acceptedValues)
        }
        return StarLevel(thresholds: values.compactMap { $0 })
    }

    package var argumentText: String {
        thresholds.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }.joined(separator: ",")
    }
    package static var acceptedValues: LocalizedText { L(.reportsAcceptedThresholds) }
    package static var completion: Completion { .values(["100,300,600,1000,1500", "100,200,500,800,1000"]) }
}

/// A year between 1970 and 2999 (`2026`, `２０２６`, `2026年`).
package struct YearArgument: ArgumentValue, Equatable {
    package var year: Int

    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> YearArgument {
        let digits = NumberText.halfWidth(text).trimmingCharacters(in: CharacterSet(charactersIn: " 年"))
        guard let y = Int(digits), (1970...2999).contains(y) else { throw ArgumentRejection(accepted: acceptedValues) }
        return YearArgument(year: y)
    }

    package var argumentText: String { String(year) }
    package static var acceptedValues: LocalizedText { L(.argIntegerRange, ["min": "1970", "max": "2999"]) }
    package static var usagePlaceholder: String { "YEAR" }
}
