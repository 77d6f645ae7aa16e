import Foundation

/// When an environmental day falls. Most are fixed (6月5日), some last a month (贵州省生态文明
/// 宣传月), some move by weekday (世界清洁地球日, third weekend of September) and some are
/// announced year by year (全国低碳日), so the format offers all four.
package enum EnvironmentalDayRule: Sendable, Hashable {
    case fixed(month: Int, day: Int)
    case month(Int)
    /// The `n`th `weekday` (1 = Monday … 7 = Sunday) of `month`.
    case nthWeekday(month: Int, weekday: Int, n: Int)
    /// Dates announced per year, with the text saying how the day is set.
    case perYear([YearDate], rule: String?)

    /// A calendar day.
    package struct YearDate: Sendable, Hashable, Comparable {
        package var year: Int
        package var month: Int
        package var day: Int

        package init(year: Int, month: Int, day: Int) {
            self.year = year
            self.month = month
            self.day = day
        }

        package static func < (a: YearDate, b: YearDate) -> Bool {
            (a.year, a.month, a.day) < (b.year, b.month, b.day)
        }

        package var iso: String {
            String(format: "%04d-%02d-%02d", year, month, day)
        }
    }

    /// The next time the day starts or is under way, on or after `today`; nil when unknown
    /// (a per-year day whose next date has not been announced).
    package func next(onOrAfter today: YearDate) -> YearDate? {
        switch self {
        case .fixed(let month, let day):
            let candidate = YearDate(year: today.year, month: month, day: day)
            return candidate < today ? YearDate(year: today.year + 1, month: month, day: day) : candidate
        case .month(let month):
            if today.month == month { return today }
            return YearDate(year: month > today.month ? today.year : today.year + 1, month: month, day: 1)
        case .nthWeekday(let month, let weekday, let n):
            for year in [today.year, today.year + 1] {
                if let date = Self.nthWeekday(year: year, month: month, weekday: weekday, n: n), !(date < today) {
                    return date
                }
            }
            return nil
        case .perYear(let dates, _):
            return dates.sorted().first { !($0 < today) }
        }
    }

    /// Month-day tokens to index (a fixed day is found by "6月5日" or "June 5").
    var monthDay: (month: Int, day: Int)? {
        if case .fixed(let month, let day) = self { return (month, day) }
        return nil
    }

    /// How the day is described in lists: 6月5日 / June 5, 每年6月 / every June, …
    package func describe() -> LocalizedText {
        switch self {
        case .fixed(let month, let day):
            return LocalizedText(zh: "\(month)月\(day)日", en: "\(Self.monthNames[month - 1]) \(day)")
        case .month(let month):
            return LocalizedText(zh: "每年\(month)月", en: "every \(Self.monthNames[month - 1])")
        case .nthWeekday(let month, let weekday, let n):
            let zhWeekday = ["一", "二", "三", "四", "五", "六", "日"][weekday - 1]
            let enWeekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday - 1]
            let ordinal = ["first", "second", "third", "fourth", "fifth"][max(0, min(n, 5) - 1)]
            return LocalizedText(
                zh: "\(month)月第\(n)个星期\(zhWeekday)", en: "the \(ordinal) \(enWeekday) of \(Self.monthNames[month - 1])")
        case .perYear(_, let rule):
            return LocalizedText(zh: rule ?? "每年公布", en: "announced each year")
        }
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    static func nthWeekday(year: Int, month: Int, weekday: Int, n: Int) -> YearDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let first = calendar.date(from: DateComponents(year: year, month: month, day: 1)) else { return nil }
        // Calendar weekday: 1 = Sunday … 7 = Saturday; ours: 1 = Monday … 7 = Sunday.
        let firstWeekday = (calendar.component(.weekday, from: first) + 5) % 7 + 1
        let day = 1 + (weekday - firstWeekday + 7) % 7 + (n - 1) * 7
        guard let range = calendar.range(of: .day, in: .month, for: first), range.contains(day) else { return nil }
        return YearDate(year: year, month: month, day: day)
    }

    /// Whole days from `a` to `b`.
    package static func days(from a: YearDate, to b: YearDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard let x = calendar.date(from: DateComponents(year: a.year, month: a.month, day: a.day)),
            let y = calendar.date(from: DateComponents(year: b.year, month: b.month, day: b.day))
        else { return 0 }
        return calendar.dateComponents([.day], from: x, to: y).day ?? 0
    }

    /// Today's date in `timeZone`.
    package static func today(_ now: Date, timeZone: TimeZone) -> YearDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return YearDate(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1)
    }
}
