import Foundation

/// How a record reads wherever it is shown — commands, reports, exports and requests: the
/// weekday, the clock time in the session's zone, a session's time span, hours, a city's
/// short name, a person in one line.
package enum OutreachFormat {
    package static func weekday(_ d: CalendarDate, _ lang: Language) -> String {
        let zh = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return (lang == .zh ? zh : en)[d.isoWeekday - 1]
    }

    package static func clock(_ date: Date, _ zone: TimeZone) -> String {
        let seconds = Int(floor(date.timeIntervalSince1970)) + zone.secondsFromGMT(for: date)
        let s = ((seconds % 86400) + 86400) % 86400
        return String(format: "%02d:%02d", s / 3600, s / 60 % 60)
    }

    /// `2026-06-05 周五 09:30–11:30` (the end date is shown when the session runs past midnight).
    package static func when(_ s: Session, _ lang: Language) -> String {
        let z = s.zone
        let d0 = CalendarDate(s.start, in: z)
        let d1 = CalendarDate(s.end, in: z)
        let end = d0 == d1 ? clock(s.end, z) : d1.iso + " " + clock(s.end, z)
        return "\(d0.iso) \(weekday(d0, lang)) \(clock(s.start, z))–\(end)"
    }

    /// Hours with up to two decimals, the figure every output shows (see `CentiHours`).
    package static func hours(_ h: Double) -> String { CentiHours(hours: h).description }

    /// A city as tables show it: the short Chinese name, or the English name in English.
    package static func cityShort(_ name: String, _ lang: Language = .zh) -> String {
        guard let city = City.find(name) else { return name }
        return lang == .en ? city.english : city.shortName
    }

    /// A person in one line: id, name, masked phone, organisation.
    package static func describe(_ p: Person) -> String {
        [p.id, p.name, p.maskedPhone, p.organisation].compactMap { $0 }.joined(separator: " ")
    }
}
