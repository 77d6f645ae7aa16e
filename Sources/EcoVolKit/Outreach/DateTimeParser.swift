import Foundation

/// Why a date/time text was refused, so the message can say exactly what to fix.
package enum DateTimeProblem: Error, Sendable, Equatable {
    case unrecognised
    case impossibleDate(String)
    case impossibleTime(String)
    /// Years outside 2000–2100 are typing mistakes for a volunteer record.
    case yearOutOfRange(Int)
}

/// What a date without a year means: the next occurrence (scheduling — `6月5日` typed in
/// December is next June) or the current year (report filters — `from=6月1日` is this June).
package enum YearlessDates: Sendable, Equatable {
    case nextOccurrence
    case currentYear
}

/// A moment a user typed, and which parts they actually gave.
package struct ParsedMoment: Sendable, Equatable {
    package var date: Date
    package var day: CalendarDate
    package var hasTime: Bool
    package var hour: Int
    package var minute: Int
    /// How the day was given, so a rule can tell a deliberate `2026-06-05` from `昨天`.
    package var dayForm: DayForm = .none

    package enum DayForm: Sendable, Equatable {
        /// No day given (today was assumed).
        case none
        /// With a year: `2026-06-05`, `2026年6月5日`, `June 5 2026`.
        case explicitYear
        /// A month and day only, resolved by the parser's `YearlessDates` rule.
        case withoutYear
        /// Today, tomorrow, weekdays and the like.
        case relative
    }

    /// True when the user wrote the year themselves.
    package var yearGiven: Bool { dayForm == .explicitYear }
}

/// Reads dates and times the way coordinators type them, in Chinese or English:
/// `2026-06-05 09:30`, `2026年6月5日 14:00`, `6月5日 上午9点半`, `明天 14:00`, `下周三 9:30`,
/// `next Wednesday 9:30`, `tomorrow 2pm`. Relative words are taken from `now` in `timeZone`.
/// "下周三" and "next Wednesday" both mean the Wednesday of next week (weeks start on
/// Monday); a bare weekday means the next one from today on.
///
/// Also read: Chinese numerals for times (两点, 两点半, 三点一刻, 十点, 下午三点二十) and dates
/// (六月五日), `MM-DD` and `M/D` (`12-10 14:00`, `6/5`), English month names (`June 5 9:30`,
/// `5 June`, `Jun 5, 2027`). Years outside 2000–2100 are refused.
package struct DateTimeParser: Sendable {
    package var now: Date
    package var timeZone: TimeZone
    package var yearless: YearlessDates

    package static let years = 2000...2100

    package init(now: Date, timeZone: TimeZone, yearless: YearlessDates = .nextOccurrence) {
        self.now = now
        self.timeZone = timeZone
        self.yearless = yearless
    }

    package var today: CalendarDate { CalendarDate(now, in: timeZone) }

    package func parse(_ text: String) throws(DateTimeProblem) -> ParsedMoment {
        var c = TextCursor(Self.normalize(text))
        c.skipSpaces()
        var form = ParsedMoment.DayForm.none
        let day = try parseDay(&c, form: &form)
        c.skipSpaces()
        _ = c.consume(",")
        c.skipSpaces()
        _ = c.consume("的")
        c.skipSpaces()
        _ = c.consume("t")  // ISO 2026-06-05T09:30
        let time = try parseTime(&c)
        c.skipSpaces()
        guard c.atEnd, day != nil || time != nil else { throw .unrecognised }
        let d = day ?? today
        let (h, m) = time ?? (0, 0)
        return ParsedMoment(
            date: d.at(hour: h, minute: m, in: timeZone), day: d, hasTime: time != nil, hour: h, minute: m,
            dayForm: form)
    }

    /// Only a time of day (for `end=16:00`), nil when the text is not one.
    package func parseTimeOnly(_ text: String) throws(DateTimeProblem) -> (hour: Int, minute: Int)? {
        var c = TextCursor(Self.normalize(text))
        c.skipSpaces()
        guard let t = try parseTime(&c) else { return nil }
        c.skipSpaces()
        return c.atEnd ? t : nil
    }

    static func normalize(_ text: String) -> String {
        NumberText.halfWidth(text).lowercased()
            .replacingOccurrences(of: "：", with: ":")
            .replacingOccurrences(of: "　", with: " ")
            .replacingOccurrences(of: "，", with: ",")
            .trimmingCharacters(in: .whitespaces)
    }

    // MARK: - Dates

    static let weekdayNames: [(String, Int)] = [
        ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("日", 7), ("天", 7), ("末", 6),
    ]
    static let englishWeekdays: [(String, Int)] = [
        ("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5), ("saturday", 6), ("sunday", 7),
        ("mon", 1), ("tues", 2), ("tue", 2), ("wed", 3), ("thurs", 4), ("thu", 4), ("fri", 5), ("sat", 6), ("sun", 7),
    ]

    static let englishMonths: [(String, Int)] = [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7),
        ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("sept", 9), ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ]

    /// The date for a month and day the user gave without a year.
    func yearlessDay(month m: Int, day d: Int, shown: String) throws(DateTimeProblem) -> CalendarDate {
        let t = today
        guard CalendarDate.isValid(year: 2000, month: m, day: d) else { throw .impossibleDate(shown) }
        switch yearless {
        case .currentYear:
            guard CalendarDate.isValid(year: t.year, month: m, day: d) else {
                throw .impossibleDate(String(format: "%04d-%02d-%02d", t.year, m, d))
            }
            return CalendarDate(year: t.year, month: m, day: d)
        case .nextOccurrence:
            var year = t.year
            while !CalendarDate.isValid(year: year, month: m, day: d) || CalendarDate(year: year, month: m, day: d) < t
            { year += 1 }
            return CalendarDate(year: year, month: m, day: d)
        }
    }

    func explicitDay(year y: Int, month m: Int, day d: Int) throws(DateTimeProblem) -> CalendarDate {
        guard Self.years.contains(y) else { throw .yearOutOfRange(y) }
        guard CalendarDate.isValid(year: y, month: m, day: d) else {
            throw .impossibleDate(String(format: "%04d-%02d-%02d", y, m, d))
        }
        return CalendarDate(year: y, month: m, day: d)
    }

    func parseDay(_ c: inout TextCursor, form: inout ParsedMoment.DayForm) throws(DateTimeProblem) -> CalendarDate? {
        let start = c.index
        // 2026-06-05, 2026/6/5, 2026.6.5, 2026年6月5日
        if let y = c.number(maxDigits: 5), c.index - start >= 4 {
            if c.consumeAny(["-", "/", ".", "年"]) != nil, let m = c.number(maxDigits: 2),
                c.consumeAny(["-", "/", ".", "月"]) != nil,
                let d = c.number(maxDigits: 2)
            {
                _ = c.consumeAny(["日", "号"])
                form = .explicitYear
                return try explicitDay(year: y, month: m, day: d)
            }
            c.index = start
            return nil
        }
        c.index = start
        // 6月5日, 六月五日, 12-10, 6/5 (month first, as written in China and the US)
        if let m = c.number(maxDigits: 2) ?? c.chineseNumber(), c.consume("月"),
            let d = c.number(maxDigits: 2) ?? c.chineseNumber()
        {
            _ = c.consumeAny(["日", "号"])
            form = .withoutYear
            return try yearlessDay(month: m, day: d, shown: "\(m)月\(d)日")
        }
        c.index = start
        if let m = c.number(maxDigits: 2), c.consumeAny(["-", "/"]) != nil, let d = c.number(maxDigits: 2) {
            // 6/5/2027 and 6-5-2027 carry the year last.
            let beforeYear = c.index
            if c.consumeAny(["-", "/"]) != nil, let y = c.number(maxDigits: 4), c.index - beforeYear == 5 {
                form = .explicitYear
                return try explicitDay(year: y, month: m, day: d)
            }
            c.index = beforeYear
            if !c.atEnd, !c.isSpace {
                c.index = start
                return nil
            }
            form = .withoutYear
            return try yearlessDay(month: m, day: d, shown: String(format: "%02d-%02d", m, d))
        }
        c.index = start
        // June 5, June 5th 2027, 5 June, 5 June 2027
        if let (m, d) = englishMonthDay(&c) {
            let afterDay = c.index
            c.skipSpaces()
            _ = c.consume(",")
            c.skipSpaces()
            let beforeYear = c.index
            if let y = c.number(maxDigits: 4), c.index - beforeYear == 4, !c.peekIs(":") {
                form = .explicitYear
                return try explicitDay(year: y, month: m, day: d)
            }
            c.index = afterDay
            form = .withoutYear
            return try yearlessDay(month: m, day: d, shown: "\(m)/\(d)")
        }
        c.index = start
        form = .relative
        defer { if c.index == start { form = .none } }
        c.index = start
        let t = today
        for (words, offset) in [
            (["今天", "今日", "today"], 0), (["明天", "明日", "tomorrow"], 1), (["后天", "day after tomorrow"], 2),
            (["大后天"], 3), (["昨天", "昨日", "yesterday"], -1), (["前天"], -2),
        ] {
            // Longest first so 大后天 is not read as 大 + 后天.
            if c.consumeAny(words.sorted { $0.count > $1.count }) != nil { return t.adding(days: offset) }
        }
        if c.consume("大后天") { return t.adding(days: 3) }
        // Chinese weekdays
        let monday = t.adding(days: 1 - t.isoWeekday)
        let prefixes: [(String, Int?)] = [
            ("下下周", 14), ("下下星期", 14), ("下个星期", 7), ("下星期", 7), ("下礼拜", 7), ("下周", 7),
            ("下个礼拜", 7), ("这个星期", 0), ("这星期", 0), ("本星期", 0), ("本周", 0), ("这周", 0), ("这个礼拜", 0),
            ("这礼拜", 0), ("本礼拜", 0), ("上个星期", -7), ("上周", -7), ("上星期", -7), ("上个礼拜", -7), ("上礼拜", -7),
            ("星期", nil), ("礼拜", nil), ("周", nil),
        ]
        for (prefix, weekOffset) in prefixes where c.consume(prefix) {
            guard
                let wd = c.consumeAny(Self.weekdayNames.map(\.0)).flatMap({ w in
                    Self.weekdayNames.first { $0.0 == w }?.1
                })
            else {
                c.index = start
                break
            }
            if let weekOffset { return monday.adding(days: weekOffset + wd - 1) }
            return t.adding(days: (wd - t.isoWeekday + 7) % 7)
        }
        // English weekdays
        var mode = 0  // 0 bare, 1 next, 2 this, 3 last
        if c.consumeWord("next") {
            mode = 1
        } else if c.consumeWord("this") {
            mode = 2
        } else if c.consumeWord("last") {
            mode = 3
        }
        c.skipSpaces()
        for (name, wd) in Self.englishWeekdays where c.consumeWord(name) {
            switch mode {
            case 1: return monday.adding(days: 7 + wd - 1)
            case 2: return monday.adding(days: wd - 1)
            case 3: return monday.adding(days: -7 + wd - 1)
            default: return t.adding(days: (wd - t.isoWeekday + 7) % 7)
            }
        }
        if mode == 1, c.consumeWord("week") { return monday.adding(days: 7) }
        c.index = start
        return nil
    }

    /// `june 5`, `jun 5th`, `5 june`, `5th of june`.
    func englishMonthDay(_ c: inout TextCursor) -> (Int, Int)? {
        let start = c.index
        for (name, m) in Self.englishMonths where c.consumeWord(name) {
            _ = c.consume(".")
            c.skipSpaces()
            if let d = c.number(maxDigits: 2) {
                _ = c.consumeAny(["st", "nd", "rd", "th"])
                if !c.atEnd, !c.isSpace, !c.peekIs(",") { break }
                return (m, d)
            }
            break
        }
        c.index = start
        if let d = c.number(maxDigits: 2) {
            _ = c.consumeAny(["st", "nd", "rd", "th"])
            c.skipSpaces()
            if c.consumeWord("of") { c.skipSpaces() }
            for (name, m) in Self.englishMonths where c.consumeWord(name) {
                _ = c.consume(".")
                return (m, d)
            }
        }
        c.index = start
        return nil
    }

    // MARK: - Times

    func parseTime(_ c: inout TextCursor) throws(DateTimeProblem) -> (Int, Int)? {
        let start = c.index
        let periods: [(String, Int)] = [
            ("凌晨", 0), ("早上", 1), ("早晨", 1), ("上午", 1), ("中午", 2), ("下午", 3), ("傍晚", 3), ("晚上", 4), ("夜里", 4), ("晚", 4),
        ]
        var period: Int? = nil
        for (word, p) in periods where c.consume(word) {
            period = p
            break
        }
        c.skipSpaces()
        let hourStart = c.index
        var parsedHour = c.number(maxDigits: 2)
        if parsedHour == nil, let h = c.chineseNumber() {
            // A Chinese numeral is a time only with 点/时 after it (两点, 十点半).
            if c.peekIs("点") || c.peekIs("时") { parsedHour = h } else { c.index = hourStart }
        }
        guard var hour = parsedHour else {
            if period == 2 { return (12, 0) }
            c.index = start
            return nil
        }
        var minute = 0
        var hadSeparator = false
        var spoken = false
        if c.consume(":") {
            guard let m = c.number(maxDigits: 2) else { throw .impossibleTime(c.text(from: start)) }
            minute = m
            hadSeparator = true
        } else if c.consumeAny(["点", "时"]) != nil {
            hadSeparator = true
            spoken = true
            if c.consume("半") {
                minute = 30
            } else if c.consume("一刻") || c.consume("1刻") {
                minute = 15
            } else if c.consume("三刻") || c.consume("3刻") {
                minute = 45
            } else if let m = c.number(maxDigits: 2) {
                minute = m
                _ = c.consume("分")
            } else if c.consume("零"), let m = c.chineseNumber(), m < 10 {
                minute = m  // 九点零五
                _ = c.consume("分")
            } else if let m = c.chineseNumber() {
                minute = m
                _ = c.consume("分")
            } else {
                _ = c.consume("整")
            }
        }
        c.skipSpaces()
        var english = false
        if let suffix = c.consumeAny(["a.m.", "p.m.", "am", "pm"]) {
            period = suffix.hasPrefix("a") ? 1 : 3
            hadSeparator = true
            english = true
        }
        guard hadSeparator else {
            c.index = start
            return nil
        }
        guard (0...24).contains(hour), (0...59).contains(minute) else { throw .impossibleTime(c.text(from: start)) }
        switch period {
        case 0?: if hour == 12 { hour = 0 }
        case 1?: if hour == 12, english { hour = 0 }  // 12am is midnight; 上午12点 is noon
        case 4?:
            // 晚上12点 is midnight, which belongs to the next day: ask for 0:00 or 24:00 instead of guessing.
            if hour == 12 { throw .impossibleTime(c.text(from: start)) }
            if hour < 12 { hour += 12 }
        case 2?: if hour < 11 { hour += 12 }
        case 3?: if hour < 12 { hour += 12 }
        default:
            // Said without 上午/下午, 一点 to 六点 is the afternoon: nobody schedules an
            // outreach session at 两点 in the night. 14:00 and 2:00 are read as written.
            if spoken, (1...6).contains(hour) { hour += 12 }
        }
        guard hour < 24 else { throw .impossibleTime(c.text(from: start)) }
        return (hour, minute)
    }
}

/// A cursor over characters for the small hand-written parsers of this area.
struct TextCursor {
    let chars: [Character]
    var index = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool { index >= chars.count }

    mutating func skipSpaces() { while index < chars.count, chars[index] == " " || chars[index] == "\t" { index += 1 } }

    mutating func number(maxDigits: Int) -> Int? {
        var value = 0
        var n = 0
        while index < chars.count, n < maxDigits, let d = chars[index].wholeNumberValue, chars[index].isASCII {
            value = value * 10 + d
            index += 1
            n += 1
        }
        return n == 0 ? nil : value
    }

    mutating func consume(_ word: String) -> Bool {
        let w = Array(word)
        guard index + w.count <= chars.count, Array(chars[index..<index + w.count]) == w else { return false }
        index += w.count
        return true
    }

    /// A whole English word: not followed by a letter.
    mutating func consumeWord(_ word: String) -> Bool {
        let save = index
        guard consume(word) else { return false }
        if index < chars.count, chars[index].isLetter, chars[index].isASCII {
            index = save
            return false
        }
        return true
    }

    mutating func consumeAny(_ words: [String]) -> String? {
        for w in words where consume(w) { return w }
        return nil
    }

    var isSpace: Bool { index < chars.count && (chars[index] == " " || chars[index] == "\t") }

    func peekIs(_ ch: Character) -> Bool { index < chars.count && chars[index] == ch }

    static let chineseDigits: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// A Chinese numeral from 0 to 99 (五, 十, 十二, 二十, 四十五), nil (and nothing consumed)
    /// when there is none.
    mutating func chineseNumber() -> Int? {
        let save = index
        var tens: Int? = nil
        var units: Int? = nil
        if index < chars.count, let d = Self.chineseDigits[chars[index]] {
            units = d
            index += 1
        }
        if index < chars.count, chars[index] == "十" {
            index += 1
            tens = units ?? 1
            units = nil
            if tens == 0 {
                index = save
                return nil
            }
            if index < chars.count, let d = Self.chineseDigits[chars[index]], d > 0, chars[index] != "两" {
                units = d
                index += 1
            }
        }
        guard tens != nil || units != nil else {
            index = save
            return nil
        }
        return (tens ?? 0) * 10 + (units ?? 0)
    }

    func text(from start: Int) -> String { String(chars[start..<min(max(index, start), chars.count)]) }
}
