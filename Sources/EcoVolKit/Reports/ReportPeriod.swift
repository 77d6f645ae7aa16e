import Foundation

/// The span a report, an export or a star count covers, as coordinators name it: a year
/// (`2026`), a month (`2026-06`, `2026年6月`), a quarter (`2026-Q2`), a relative span
/// (`this-month`, `last-year`, 本月, 去年 …) or `from=`/`to=` dates. Days are civil dates in
/// the office's zone and both ends are inclusive, as on a paper report.
package struct ReportPeriod: Sendable, Equatable {
    package var first: CalendarDate
    package var last: CalendarDate
    /// How the period is named in headings and file titles (`2026-Q2`, `2026-06-01 – 2026-06-30`).
    package var label: String

    package init(first: CalendarDate, last: CalendarDate, label: String) {
        self.first = first
        self.last = last
        self.label = label
    }

    package static func year(_ y: Int) -> ReportPeriod {
        ReportPeriod(
            first: CalendarDate(year: y, month: 1, day: 1), last: CalendarDate(year: y, month: 12, day: 31),
            label: String(y))
    }

    package static func month(_ y: Int, _ m: Int) -> ReportPeriod {
        ReportPeriod(
            first: CalendarDate(year: y, month: m, day: 1),
            last: CalendarDate(year: y, month: m, day: CalendarDate.daysIn(year: y, month: m)),
            label: String(format: "%04d-%02d", y, m))
    }

    package static func quarter(_ y: Int, _ q: Int) -> ReportPeriod {
        let m = (q - 1) * 3 + 1
        return ReportPeriod(
            first: CalendarDate(year: y, month: m, day: 1),
            last: CalendarDate(year: y, month: m + 2, day: CalendarDate.daysIn(year: y, month: m + 2)),
            label: "\(y)-Q\(q)")
    }

    package func contains(_ day: CalendarDate) -> Bool { first <= day && day <= last }

    /// True when the session starts inside the period (in the session's own zone).
    package func contains(_ session: Session) -> Bool { contains(CalendarDate(session.start, in: session.zone)) }

    /// Every (year, month) the period touches, in order.
    package var months: [(year: Int, month: Int)] {
        var out: [(year: Int, month: Int)] = []
        var y = first.year
        var m = first.month
        while (y, m) <= (last.year, last.month), out.count < 1200 {
            out.append((y, m))
            m += 1
            if m > 12 {
                m = 1
                y += 1
            }
        }
        return out
    }

    /// Words accepted for the period, for messages and completion.
    package static let keywords = [
        "this-month", "last-month", "this-quarter", "last-quarter", "this-year", "last-year", "all",
        "本月", "上月", "本季度", "上季度", "今年", "去年", "全部",
    ]

    /// The period for `text` (nil text: none given), refined or replaced by `from`/`to`.
    /// Returns nil for "all time".
    package static func resolve(_ text: String?, from: CalendarDate?, to: CalendarDate?, today: CalendarDate)
        throws(SessionFilterError) -> ReportPeriod?
    {
        var period: ReportPeriod? = nil
        if let text, !text.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let p = named(text, today: today) else { throw .unknownPeriod(text) }
            period = p.isAll ? nil : p.period
        }
        guard from != nil || to != nil else { return period }
        let start = from ?? period?.first ?? CalendarDate(year: 1970, month: 1, day: 1)
        let end = to ?? period?.last ?? CalendarDate(year: 2999, month: 12, day: 31)
        guard start <= end else { throw .toBeforeFrom(from: start, to: end) }
        // An end is open only when neither the date nor the named period gives it.
        let openStart = from == nil && period == nil
        let openEnd = to == nil && period == nil
        let label = openStart ? "… – " + end.iso : openEnd ? start.iso + " – …" : start.iso + " – " + end.iso
        return ReportPeriod(first: start, last: end, label: label)
    }

    /// A named period, or nil when the text is not one. `isAll` for `all`/全部.
    static func named(_ raw: String, today: CalendarDate) -> (period: ReportPeriod?, isAll: Bool)? {
        let text = NumberText.halfWidth(raw).trimmingCharacters(in: .whitespaces).lowercased()
        let quarter = (today.month - 1) / 3 + 1
        switch text {
        case "all", "全部", "所有": return (nil, true)
        case "this-month", "本月", "这个月": return (month(today.year, today.month), false)
        case "last-month", "上月", "上个月":
            return (today.month == 1 ? month(today.year - 1, 12) : month(today.year, today.month - 1), false)
        case "this-quarter", "本季度": return (Self.quarter(today.year, quarter), false)
        case "last-quarter", "上季度":
            return (quarter == 1 ? Self.quarter(today.year - 1, 4) : Self.quarter(today.year, quarter - 1), false)
        case "this-year", "今年", "本年": return (year(today.year), false)
        case "last-year", "去年": return (year(today.year - 1), false)
        default: break
        }
        let digits = text.split(whereSeparator: { !$0.isNumber }).map(String.init)
        guard let y = digits.first.flatMap({ Int($0) }), digits.first?.count == 4, (1970...2999).contains(y) else {
            return nil
        }
        let rest = text.dropFirst(4).trimmingCharacters(in: CharacterSet(charactersIn: "-/. 年"))
        if rest.isEmpty { return (year(y), false) }
        if rest.hasPrefix("q") || rest.hasPrefix("第"), let q = quarterNumber(rest), (1...4).contains(q) {
            return (Self.quarter(y, q), false)
        }
        if digits.count == 2, let m = Int(digits[1]), (1...12).contains(m),
            rest.allSatisfy({ $0.isNumber || $0 == "月" })
        {
            return (month(y, m), false)
        }
        return nil
    }

    static func quarterNumber(_ text: String) -> Int? {
        let t = text.replacingOccurrences(of: "季度", with: "").replacingOccurrences(of: "第", with: "")
            .replacingOccurrences(of: "q", with: "")
        switch t {
        case "1", "一": return 1
        case "2", "二": return 2
        case "3", "三": return 3
        case "4", "四": return 4
        default: return nil
        }
    }
}
