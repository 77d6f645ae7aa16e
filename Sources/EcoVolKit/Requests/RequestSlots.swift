import Foundation

/// A span of days a request names (下周, 上个月, this quarter), with the report period code
/// when it is a whole month, quarter or year.
struct DaySpan: Equatable {
    var first: CalendarDate
    var last: CalendarDate
    /// `2026-11`, `2026-Q3`, `2026` — nil for weeks and other spans.
    var code: String?
}

/// The values a request line carries, each read with the parser the commands themselves use
/// (dates and times by `DateTimeParser`, lengths by `DurationParser`, places by `City` and
/// `County`, settings by `Audience` and `ServiceType` words), with the characters each one
/// explained marked, so the rest can be read as a title, topic, name or reason.
struct RequestSlots {
    var day: CalendarDate?
    var dayRange: Range<Int>?
    /// The day was a weekday with no week (周六, Saturday): the parser reads it as the next one
    /// from today, which a past-tense request (done, a no-show) means as the last one instead.
    var dayIsBareWeekday = false
    /// The day was read from a day of the month alone (15号): this month, or the next once past.
    var dayIsBareDayOfMonth = false
    /// The day was a month and day with no year (9月9日, Sept 9): the parser reads the next one.
    var dayIsYearless = false
    /// The span was a month named without its year (4月份, April): the last such month for a
    /// report; a listing of sessions may mean the coming one.
    var bareMonth: Int?
    var time: (hour: Int, minute: Int)?
    var endTime: (hour: Int, minute: Int)?
    var span: DaySpan?
    var city: City?
    var county: County?
    var audience: Audience?
    var type: ServiceType?
    var hours: Double?
    var headcount: Int?
    var headcountRange: Range<Int>?
    var rating: Int?

    init(_ t: inout RequestText, parser: DateTimeParser) {
        // "I'd rate it 4/5": a score out of five before the date reader takes 4/5 for April 5.
        rating = Self.firstNumber(in: &t, Self.ratingOutOfFivePatterns)?.value
        scanMoments(&t, parser)
        scanSpan(&t, today: parser.today)
        scanPlaces(&t)
        scanDuration(&t)
        scanRating(&t)
        scanHeadcount(&t)
        audience = Self.addressedAudience(in: &t) ?? Self.firstWord(in: &t, Self.audienceWords)
        // 机关干部, 社区家庭: the other setting words belong to the same phrase.
        t.markWords(Self.audienceWords.map(\.0).filter { !$0.allSatisfy(\.isASCII) && $0.count >= 2 })
        // The head noun comes last in Chinese (环境监督培训 is a training); 讲 alone only when nothing else names the kind.
        type = Self.lastWord(in: t, Self.typeWords.filter { $0.0 != "讲" }) ?? Self.lastWord(in: t, Self.typeWords)
    }

    // MARK: - Dates and times

    /// The English words a date or time can begin with (today, next, saturday, dec …).
    static let englishMomentWords: Set<String> = Set(
        ["today", "tomorrow", "yesterday", "next", "this", "last"] + DateTimeParser.englishWeekdays.map(\.0)
            + DateTimeParser.englishMonths.map(\.0))

    static let momentStarts: Set<Character> = Set("0123456789今明后大昨前下这本上星礼周凌早中傍晚夜tnlmwfsy")

    /// 登记一下周六, 看一下下个月: the 下 of 一下 ("a little", "once") does not begin 下周 or 下个月.
    static func isYiXia(_ t: RequestText, _ i: Int) -> Bool {
        i > 0 && t.chars[i] == "下" && t.chars[i - 1] == "一"
    }

    private mutating func scanMoments(_ t: inout RequestText, _ parser: DateTimeParser) {
        scanDayOfMonth(&t, today: parser.today)
        var i = 0
        var lastEnd = -1
        while i < t.count {
            let ch = t.chars[i]
            let wordStart = !ch.isASCII || !ch.isLetter || i == 0 || !RequestText.isLatin(t.chars[i - 1])
            guard Self.momentStarts.contains(ch), wordStart, !t.used[i], !Self.isYiXia(t, i) else {
                i += 1
                continue
            }
            // An English word the date parser cannot begin with (talk, schedule, the) is skipped
            // whole instead of being tried at every length: most of what an English line cost.
            if ch.isASCII, ch.isLetter {
                var end = i
                while end < t.count, t.chars[end].isASCII, t.chars[end].isLetter { end += 1 }
                if !Self.englishMomentWords.contains(String(t.chars[i..<end])) {
                    i = end
                    continue
                }
            }
            var found: (Int, ParsedMoment)? = nil
            for length in stride(from: min(24, t.count - i), through: 2, by: -1) {
                let piece = t.slice(i..<i + length)
                // A piece must not cut an English word or a number in two.
                let cuts =
                    i + length < t.count && RequestText.isLatin(t.chars[i + length - 1])
                    && RequestText.isLatin(t.chars[i + length])
                if !cuts, !piece.hasSuffix(" "), let m = try? parser.parse(piece) {
                    found = (length, m)
                    break
                }
            }
            guard let (len, m) = found else {
                i += 1
                continue
            }
            let r = i..<i + len
            // "next week" is a span of days, not its Monday.
            if t.slice(r).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) == "next week" {
                i = r.upperBound
                continue
            }
            let timeOnly = ((try? parser.parseTimeOnly(t.slice(r))) ?? nil) != nil
            if time != nil, timeOnly, lastEnd >= 0, Self.isEndJoin(t.slice(lastEnd..<i)) {
                // 2点到4点, 9:00-11:30, 2pm to 4pm: the second time is the end.
                // 两点半到四点半: an end before the start is in the afternoon.
                var end = (hour: m.hour, minute: m.minute)
                if let start = time, end.hour * 60 + end.minute <= start.hour * 60 + start.minute, end.hour + 12 < 24 {
                    end.hour += 12
                }
                endTime = end
                t.markUsed(lastEnd..<r.upperBound)
            } else {
                if day == nil, !timeOnly {
                    day = m.day
                    dayRange = r
                    dayIsBareWeekday = Self.isBareWeekday(t.slice(r))
                    dayIsYearless = Self.isYearless(t.slice(r))
                }
                if time == nil, m.hasTime {
                    // 三点开始 for an outreach session is three in the afternoon unless said otherwise.
                    let piece = t.slice(r)
                    let morning = ["凌晨", "早", "上午", "am", "a.m."].contains { piece.contains($0) }
                    time = (m.hour + ((1...6).contains(m.hour) && !morning && !piece.contains(":") ? 12 : 0), m.minute)
                }
                t.markUsed(r)
            }
            lastEnd = r.upperBound
            i = r.upperBound
        }
        // 后天上午 with no hour: the part of the day is when, never part of a title.
        if day != nil || time != nil { t.markWords(Self.dayParts) }
    }

    static let dayParts = ["上午", "下午", "中午", "晚上", "早上", "傍晚", "凌晨"]

    /// 下个月8号, 本月20日, 15号: a day of a month the date parser is not given whole.
    private mutating func scanDayOfMonth(_ t: inout RequestText, today: CalendarDate) {
        guard let regex = Self.dayOfMonthPattern, let m = t.matches(regex).first, let d = Int(m.groups[2] ?? "") else {
            return
        }
        let which = m.groups[1] ?? ""
        // 上周日21号: the weekday names the week; the date only repeats it.
        let before = t.slice(max(0, m.range.lowerBound - 4)..<m.range.lowerBound)
        if which.isEmpty, Self.weekdayEndings.contains(where: { before.hasSuffix($0) }) {
            t.markUsed(m.range)
            return
        }
        dayIsBareDayOfMonth = which.isEmpty
        var year = today.year
        var month = today.month
        if which.hasPrefix("下") || which.isEmpty && d < today.day {
            month += 1
            if month > 12 {
                month = 1
                year += 1
            }
        }
        guard CalendarDate.isValid(year: year, month: month, day: d) else { return }
        day = CalendarDate(year: year, month: month, day: d)
        dayRange = m.range
        t.markUsed(m.range)
    }

    /// 9月9日, 9月9号下午, sept 9, 3/10: a month and a day and no year.
    static func isYearless(_ piece: String) -> Bool {
        let p = piece.lowercased()
        guard !p.contains("年"), p.range(of: "\\d{4}", options: .regularExpression) == nil else { return false }
        return p.contains("月") || DateTimeParser.englishMonths.contains { p.contains($0.0) }
            || p.range(of: "^\\s*\\d{1,2}/\\d{1,2}(?!\\d)", options: .regularExpression) != nil
    }

    /// 周六, 星期六下午, saturday 3pm — a weekday not tied to a week by 上/下/这/本, last/next/this.
    static func isBareWeekday(_ piece: String) -> Bool {
        let p = piece.trimmingCharacters(in: .whitespaces)
        if ["周", "星期", "礼拜"].contains(where: { p.hasPrefix($0) }) { return true }
        return DateTimeParser.englishWeekdays.contains { p.hasPrefix($0.0) }
    }

    /// The most recent such day (today included) when the one read is still ahead: what
    /// 周六的净滩办完了 said on a Tuesday means, and "the tree planting on the 14th is done" said
    /// on the 23rd.
    func pastDay(today: CalendarDate) -> RequestSlots {
        guard let d = day, d > today else { return self }
        var s = self
        if dayIsBareWeekday {
            s.day = d.adding(days: -7)
        } else if dayIsYearless {
            guard CalendarDate.isValid(year: d.year - 1, month: d.month, day: d.day) else { return self }
            s.day = CalendarDate(year: d.year - 1, month: d.month, day: d.day)
        } else if dayIsBareDayOfMonth {
            let (y, m) = d.month == 1 ? (d.year - 1, 12) : (d.year, d.month - 1)
            guard CalendarDate.isValid(year: y, month: m, day: d.day) else { return self }
            s.day = CalendarDate(year: y, month: m, day: d.day)
        }
        return s
    }

    /// The ends of a weekday word (周日, 星期天, 礼拜六).
    static let weekdayEndings: [String] = ["周", "星期", "礼拜"].flatMap { w in
        ["一", "二", "三", "四", "五", "六", "日", "天"].map { w + $0 }
    }

    static let dayOfMonthPattern = regex("(下个?月|本月|这个月|(?<![\\d月]))(\\d{1,2})\\s*[号日](?!\\d)")

    static func isEndJoin(_ between: String) -> Bool {
        let s = between.trimmingCharacters(in: .whitespaces)
        return ["到", "至", "-", "~", "—", "–", "to", "until", "till", "-", "到下午", "到晚上"].contains(s)
    }

    // MARK: - Spans of days

    private mutating func scanSpan(_ t: inout RequestText, today: CalendarDate) {
        let monday = today.adding(days: 1 - today.isoWeekday)
        let month = { (y: Int, m: Int) -> DaySpan in
            let p = ReportPeriod.month(y, m)
            return DaySpan(first: p.first, last: p.last, code: String(format: "%04d-%02d", y, m))
        }
        let prevMonth = today.month == 1 ? (today.year - 1, 12) : (today.year, today.month - 1)
        let nextMonth = today.month == 12 ? (today.year + 1, 1) : (today.year, today.month + 1)
        let quarter = (today.month - 1) / 3 + 1
        let quarterSpan = { (y: Int, q: Int) -> DaySpan in
            let p = ReportPeriod.quarter(y, q)
            return DaySpan(first: p.first, last: p.last, code: "\(y)-Q\(q)")
        }
        let year = { (y: Int) -> DaySpan in
            DaySpan(
                first: CalendarDate(year: y, month: 1, day: 1), last: CalendarDate(year: y, month: 12, day: 31),
                code: String(y))
        }
        // 去年全年 is last year's whole, not this year's 全年.
        for (word, y) in [("去年全年", today.year - 1), ("前年全年", today.year - 2), ("今年全年", today.year)] {
            if let r = t.range(of: word), !t.used[r.lowerBound] {
                span = year(y)
                t.markUsed(r)
                return
            }
        }
        // 2026年全年 / 2026全年度 is that year, not this year's 全年.
        if let regex = Self.wholeYearPattern,
            let m = t.matches(regex).first(where: { !t.used[$0.range.lowerBound] }),
            let y = Int(m.groups[1] ?? "")
        {
            span = year(y)
            t.markUsed(m.range)
            return
        }
        // 今年1到3月, 从2026年7月到12月, "from July to December": a run of whole months.
        if let regex = Self.monthRangePattern,
            let m = t.matches(regex).first(where: { !t.used[$0.range.lowerBound] }),
            let a = Int(m.groups[3] ?? ""), let b = Int(m.groups[4] ?? ""), (1...12).contains(a), (a...12).contains(b)
        {
            let said = m.groups[1] ?? ""
            let y =
                Int(m.groups[2] ?? "") ?? (said == "去年" ? today.year - 1 : said == "前年" ? today.year - 2 : today.year)
            let first = ReportPeriod.month(y, a).first
            let last = ReportPeriod.month(y, b).last
            let code: String? =
                a == b
                ? String(format: "%04d-%02d", y, a) : (a - 1) % 3 == 0 && b == a + 2 ? "\(y)-Q\((a + 2) / 3)" : nil
            span = DaySpan(first: first, last: last, code: code)
            t.markUsed(m.range)
            return
        }
        if let regex = Self.englishMonthRangePattern,
            let m = t.matches(regex).first(where: { !t.used[$0.range.lowerBound] }),
            let a = Self.englishMonthNumber(m.groups[1] ?? ""), let b = Self.englishMonthNumber(m.groups[2] ?? ""),
            a <= b
        {
            let y = t.containsAny(["last year"]) ? today.year - 1 : today.year
            span = DaySpan(first: ReportPeriod.month(y, a).first, last: ReportPeriod.month(y, b).last)
            t.markUsed(m.range)
            return
        }
        let named: [([String], DaySpan)] = [
            (
                ["这周末", "本周末", "这个周末", "this weekend", "the weekend"],
                DaySpan(first: monday.adding(days: 5), last: monday.adding(days: 6))
            ),
            (["下下周"], DaySpan(first: monday.adding(days: 14), last: monday.adding(days: 20))),
            (
                ["本周", "这周", "这个星期", "这星期", "本星期", "这礼拜", "this week"],
                DaySpan(first: monday, last: monday.adding(days: 6))
            ),
            (
                ["下周", "下个星期", "下星期", "下礼拜", "下个礼拜", "next week"],
                DaySpan(first: monday.adding(days: 7), last: monday.adding(days: 13))
            ),
            (
                ["上周", "上个星期", "上星期", "上礼拜", "last week"],
                DaySpan(first: monday.adding(days: -7), last: monday.adding(days: -1))
            ),
            // 一 is read as a numeral before a measure word (这一年 → 这1年), so both spellings.
            (["本月", "这个月", "当月", "这1个月", "这一个月", "this month"], month(today.year, today.month)),
            (["上个月", "上月", "last month", "previous month"], month(prevMonth.0, prevMonth.1)),
            (["下个月", "下月", "next month"], month(nextMonth.0, nextMonth.1)),
            (["本季度", "这个季度", "this quarter"], quarterSpan(today.year, quarter)),
            (
                ["上季度", "上个季度", "last quarter"],
                quarter == 1 ? quarterSpan(today.year - 1, 4) : quarterSpan(today.year, quarter - 1)
            ),
            (["今年", "本年", "本年度", "这1年", "这一年", "this year", "全年"], year(today.year)),
            (["去年", "last year"], year(today.year - 1)),
            (
                ["最近一周", "近一周", "过去一周", "past week", "last 7 days", "past 7 days"],
                DaySpan(first: today.adding(days: -6), last: today)
            ),
            (
                ["最近1个月", "近1个月", "过去1个月", "最近一个月", "近一个月", "过去一个月", "past month", "last 30 days", "past 30 days"],
                DaySpan(first: today.adding(days: -29), last: today)
            ),
            (["rest of the month", "rest of this month", "本月剩下", "这个月剩下"], month(today.year, today.month)),
            (
                ["未来一周", "接下来一周", "今后一周", "next 7 days", "coming week", "the week ahead"],
                DaySpan(first: today, last: today.adding(days: 6))
            ),
        ]
        for (words, s) in named {
            for w in words.sorted(by: { $0.count > $1.count }) {
                guard let r = w.first?.isASCII == true ? t.wordRange(of: w) : t.range(of: w), !t.used[r.lowerBound],
                    !Self.isYiXia(t, r.lowerBound)
                else { continue }
                if span == nil { span = s }
                t.markUsed(r)
            }
        }
        guard span == nil else { return }
        // 2026年11月, 2026-11, 11月份, 第三季度 / q3, 2026年 (`spanPatterns`, in this order)
        let makers: [(RequestText.Match) -> DaySpan?] = [
            { m in
                guard let y = Int(m[1] ?? ""), let mo = Int(m[2] ?? ""), (1...12).contains(mo) else { return nil }
                return month(y, mo)
            },
            { m in
                guard let mo = Int(m[1] ?? ""), (1...12).contains(mo) else { return nil }
                return month(mo <= today.month ? today.year : today.year - 1, mo)
            },
            { m in
                let y = Int(m[1] ?? "") ?? today.year
                let qText = m[2] ?? m[3] ?? ""
                guard let q = Int(qText) ?? ["一": 1, "二": 2, "三": 3, "四": 4][qText] else { return nil }
                return quarterSpan(y, q)
            },
            { m in Int(m[1] ?? "").map(year) },
            { m in Int(m[1] ?? "").map(year) },
        ]
        for (k, (make, regex)) in zip(makers, Self.spanPatterns).enumerated() {
            guard let regex else { continue }
            for m in t.matches(regex) where !t.used[m.range.lowerBound] {
                if let s = make(m.groups) {
                    span = s
                    // The second pattern is a month alone (4月份).
                    if k == 1 { bareMonth = s.first.month }
                    t.markUsed(m.range)
                    return
                }
            }
        }
        for (i, name) in Self.englishMonths.enumerated() {
            let full = name
            let short = String(name.prefix(3))
            if let r = t.wordRange(of: full) ?? (short == "may" ? nil : t.wordRange(of: short)), !t.used[r.lowerBound] {
                let mo = i + 1
                bareMonth = mo
                span = month(mo <= today.month ? today.year : today.year - 1, mo)
                t.markUsed(r)
                return
            }
        }
    }

    /// The patterns of `scanSpan`, compiled once, in its order: year and month, month, quarter, year, English year.
    static let spanPatterns: [NSRegularExpression?] = [
        "(20\\d\\d)\\s*[年-]\\s*(\\d{1,2})\\s*月?(?![\\d日号])", "(\\d{1,2})\\s*月份?(?![\\d日号])",
        "(?:(20\\d\\d)\\s*年?\\s*)?(?:第\\s*([1-4一二三四])\\s*季度|q([1-4]))", "(20\\d\\d)\\s*年(?!\\s*\\d)",
        // "for 2026", "in 2025": a year in English, not the start of a date.
        "\\b(?:in|for|of|during|year)\\s+(20\\d\\d)\\b(?![-/.\\d年])",
    ].map(regex)

    /// A year followed by 全年 (the whole of it): 2026年全年, 2026全年度.
    static let wholeYearPattern = regex("(20\\d\\d)\\s*年?\\s*全年度?")

    static let monthRangePattern = regex(
        "(今年|去年|前年)?\\s*(?:从)?\\s*(?:(20\\d\\d)\\s*年)?\\s*(\\d{1,2})\\s*月?(?:份)?\\s*(?:到|至|~|～|—|-)\\s*(?:20\\d\\d\\s*年)?\\s*(\\d{1,2})\\s*月(?:份|底)?"
    )

    static let englishMonthRangePattern = regex(
        "\\bfrom\\s+(jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\s+(?:to|till|until|through)\\s+(jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*)\\b"
    )

    static func englishMonthNumber(_ word: String) -> Int? {
        DateTimeParser.englishMonths.first { word.hasPrefix($0.0) }?.1
    }

    static let englishMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]

    // MARK: - Places

    private mutating func scanPlaces(_ t: inout RequestText) {
        for c in County.all {
            for name in [c.name] + c.shortNames {
                if let r = t.range(of: name), !t.used[r.lowerBound] {
                    county = c
                    city = City.find(c.city)
                    t.markUsed(r)
                    break
                }
            }
            if county != nil { break }
        }
        if county == nil {
            for (latin, c) in Self.latinCounties {
                if let r = t.wordRange(of: latin) {
                    county = c
                    city = City.find(c.city)
                    t.markUsed(r)
                    break
                }
            }
        }
        for c in City.all {
            let words = ([c.name] + c.aliases.filter { !$0.allSatisfy(\.isASCII) && $0.count >= 2 }).sorted {
                $0.count > $1.count
            }
            for w in words {
                if let r = t.range(of: w), !t.used[r.lowerBound] {
                    if city == nil { city = c }
                    t.markUsed(r)
                    break
                }
            }
            for w in [c.english.lowercased()] + c.aliases.filter({ $0.allSatisfy(\.isASCII) && $0.count > 3 }) {
                if let r = t.wordRange(of: w) {
                    if city == nil { city = c }
                    t.markUsed(r)
                }
            }
        }
    }

    /// Place names whose characters read otherwise in everyday words (都 dou, 长 zhang).
    static let latinOverrides = ["都匀": "duyun", "三都": "sandu", "长顺": "changshun"]

    /// Counties by their pinyin (kaili, yunyan, huaxi), for requests written in English.
    static let latinCounties: [(String, County)] = County.all.compactMap { c in
        let short = c.shortNames.first ?? c.name
        let latin = latinOverrides[short] ?? Pinyin.latin(short).replacingOccurrences(of: " ", with: "")
        return latin.count >= 4 ? (latin, c) : nil
    }

    // MARK: - Lengths, counts, ratings

    private mutating func scanDuration(_ t: inout RequestText) {
        if let regex = Self.andAHalfPattern, let m = t.matches(regex).first,
            let n = Double(m.groups[1] ?? "")
        {
            hours = n + 0.5
            t.markUsed(m.range)
            return
        }
        if let regex = Self.spokenHoursPattern, let m = t.matches(regex).first(where: { !t.used[$0.range.lowerBound] }),
            let n = Double(m.groups[1] ?? ""), n > 0
        {
            hours = n
            t.markUsed(m.range)
            return
        }
        let specials: [(String, Double)] = [
            ("an hour and a half", 1.5), ("1 hour and a half", 1.5), ("hour and a half", 1.5), ("1.5 hours", 1.5),
            ("half an hour", 0.5), ("half-hour", 0.5), ("half hour", 0.5), ("半个小时", 0.5), ("半个钟头", 0.5), ("半小时", 0.5),
            // 半天 for an outing is a morning or an afternoon: four hours; 一整天 a working day.
            ("半天", 4), ("half a day", 4), ("half-day", 4), ("half day", 4), ("一整天", 8), ("1整天", 8), ("a full day", 8),
        ]
        for (w, h) in specials {
            if let r = t.range(of: w), !t.used[r.lowerBound] {
                hours = h
                t.markUsed(r)
                return
            }
        }
        guard let regex = Self.durationPattern else { return }
        // 地球一小时 is Earth Hour, the event, not a length.
        for m in t.matches(regex)
        where !t.used[m.range.lowerBound]
            && !t.slice(max(0, m.range.lowerBound - 2)..<m.range.lowerBound).hasSuffix("地球")
        {
            let piece = t.slice(m.range).replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
            if let h = DurationParser.hours(piece), h > 0 {
                hours = h
                t.markUsed(m.range)
                // 时长/长度/for glue before it
                return
            }
        }
    }

    /// 2个半小时. Compiled once: compiling ICU patterns per line was most of a request's cost.
    static let andAHalfPattern = regex("(\\d+)\\s*个半\\s*(小时|钟头|钟(?![点]))")

    /// 3个钟: hours, as they are said in speech (not 3个钟头, read by the duration pattern).
    static let spokenHoursPattern = regex("(\\d+(?:\\.\\d+)?)\\s*个钟(?![头点])")

    /// 2小时30分, 90 minutes, 1.5 hrs.
    static let durationPattern = regex(
        "(\\d+(?:\\.\\d+)?)\\s*[- ]?\\s*(个)?\\s*(小时|钟头|hours?|hrs?|h\\b)(\\s*(\\d+)\\s*(分钟|分|minutes?|mins?|m\\b))?|(\\d+)\\s*[- ]?\\s*(分钟|minutes?|mins?\\b|min\\b)"
    )

    /// 推迟一周, 提前两天, "push it back a week": how many days a session moves, later positive.
    /// A move by an amount names no new day, so the day and time parsers cannot read it.
    static func shiftDays(in t: RequestText) -> Int? {
        for (regex, sign) in [(laterPattern, 1), (earlierPattern, -1)] {
            guard let regex, let m = t.matches(regex).first else { continue }
            let count = m.groups[1].flatMap { Int($0) } ?? (m.groups[1] == "a" || m.groups[1] == "an" ? 1 : nil)
            guard let n = count, (1...60).contains(n) else { continue }
            let unit = m.groups[2] ?? ""
            let days = ["周", "星期", "礼拜", "week", "weeks"].contains(unit) ? 7 : 1
            return sign * n * days
        }
        return nil
    }

    /// 推迟一个小时, 提前半小时, "push it back an hour": a move within the day, in minutes.
    static func shiftMinutes(in t: RequestText) -> Int? {
        for (regex, sign) in [
            (laterTimePattern, 1), (earlierTimePattern, -1), (laterAfterPattern, 1), (earlierAfterPattern, -1),
        ] {
            guard let regex, let m = t.matches(regex).first else { continue }
            // The Chinese alternative of the patterns after the direction captures in groups 3 and 4.
            let amount = m.groups[1] ?? (m.groups.count > 3 ? m.groups[3] ?? "" : "")
            let unit = m.groups[2] ?? (m.groups.count > 4 ? m.groups[4] ?? "" : "")
            let minutes: Int?
            if ["半小时", "半个小时", "半个钟头", "half an hour", "half hour"].contains(amount + unit)
                || amount.hasPrefix("半") || amount.hasPrefix("half")
            {
                minutes = 30
            } else if let n = Int(amount) ?? (amount == "a" || amount == "an" ? 1 : nil) {
                minutes = ["分钟", "分", "minute", "minutes", "min", "mins"].contains(unit) ? n : n * 60
            } else {
                minutes = nil
            }
            guard let minutes, (1...(12 * 60)).contains(minutes) else { continue }
            return sign * minutes
        }
        return nil
    }

    static let shiftTimeAmount =
        "[^，,。;；]{0,40}?(?:了|by\\s+)?\\s*(\\d{1,3}|\\ban?|半个?|half an?|half)\\s*个?\\s*"
        + "(小时|钟头|分钟|hours?\\b|minutes?\\b|mins?\\b)"
        // 提前一个小时到 / 提前半小时集合: when people arrive, not when the session starts.
        + "(?!\\s*(?:到|来|出发|集合|签到|进场|early|to arrive))"

    /// "start an hour later", 晚半小时开始: the amount before the direction.
    static let laterAfterPattern = regex(
        "(\\d{1,3}|\\ban?|half an?)\\s*(hours?|minutes?|mins?)\\s+later\\b|晚\\s*(\\d{1,3}|半)\\s*个?\\s*(小时|钟头|分钟)\\s*开始")
    static let earlierAfterPattern = regex(
        "(\\d{1,3}|\\ban?|half an?)\\s*(hours?|minutes?|mins?)\\s+earlier\\b|早\\s*(\\d{1,3}|半)\\s*个?\\s*(小时|钟头|分钟)\\s*开始"
    )
    static let laterTimePattern = regex(laterWords + shiftTimeAmount)
    static let earlierTimePattern = regex(earlierWords + shiftTimeAmount)

    /// A move's direction word, then (in the same clause) its amount: "postpone Saturday's talk
    /// by a week" puts the session between them.
    static let shiftAmount =
        "[^，,。;；]{0,40}?(?:了|by\\s+)?\\s*(\\d{1,2}|\\ban?)\\s*个?\\s*(天|日|周|星期|礼拜|days?\\b|weeks?\\b)"

    static let laterPattern = regex(laterWords + shiftAmount)
    static let earlierPattern = regex(earlierWords + shiftAmount)

    /// The words that move a session later or earlier, by days or within the day.
    static let laterWords =
        "(?:推迟|延期|延后|往后推|往后延|推后|顺延|\\bpostpone|\\bdelay"
        + "|\\bpush(?:ed)? (?:[\\w']+ ){0,8}back|\\bmove[ds]? (?:[\\w']+ ){0,8}back)"
    static let earlierWords =
        "(?:提前|往前挪|往前提|\\bearlier"
        + "|\\bbring (?:[\\w']+ ){0,8}forward|\\bmove[ds]? (?:[\\w']+ ){0,8}(?:up|forward))"

    static let ratingPatterns: [NSRegularExpression] = [
        // 打5分, 打个5分, 评了个4星, 给个5分.
        "(?:评分|评价|打了?个?|满意度|评了?个?|rated|rating(?: of)?|score(?: of)?)\\s*[:：]?\\s*([1-5])"
            + "\\s*(?:分|星|颗星|stars?|/5|out of 5)?",
        "给\\s*(?:他|她|它|ta)?\\s*(?:打)?\\s*(?:个)?\\s*([1-5])\\s*(?:分|星|颗星)",
        "([1-5])\\s*(?:颗星|星|stars?\\b|/5|out of 5)",
    ].compactMap(regex)

    /// A score written as a fraction of five, said as one ("rate it 4/5", 打分4/5, 4 out of 5).
    static let ratingOutOfFivePatterns: [NSRegularExpression] = [
        "(?:\\brat(?:e|ed|ing)|\\bscore|\\bgive it|评分|打分|评价|打个?)[^,，。；;]{0,12}?(?<![\\d.])([1-5])\\s*(?:/\\s*5|out of 5)\\b",
        "(?<![\\d.])([1-5])\\s*out of 5\\b",
    ].compactMap(regex)

    static let countedNouns = [
        "人次", "人", "群众", "居民", "村民", "小学生", "中学生", "学生", "孩子", "小朋友", "志愿者", "听众", "同学", "职工", "员工", "干部", "家庭",
        "people", "persons", "participants", "attendees", "residents", "villagers", "students", "pupils", "kids",
        "children",
        "volunteers", "places", "spots", "seats", "guests", "members", "visitors",
    ]

    static let headcountPatterns: [NSRegularExpression] = [
        "(\\d{1,6})\\s*(?:多|来|余)?\\s*(?:个|名|位)?\\s*(?:"
            + countedNouns.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|") + ")",
        "(?:名额|人数|限额|限|容纳|capacity(?: of)?|up to|最多|reached|reach(?:ed)?|覆盖了?|受众)\\s*"
            + "(?:[:：]|为|是|有|加到|增加到|扩大到|扩到|改成|改为|调到|调整为|减到|减少到|提高到|提到)?\\s*(\\d{1,6})",
        // 共需志愿者10名, 招募志愿者20人: the places, said noun first.
        "(?:共需|需要|需|招募|招)\\s*(?:志愿者|人手|人员)\\s*(\\d{1,4})\\s*(?:名|个|位|人)",
        // 学生来了大概120个: a rough figure is still the figure.
        "(?:来了|到了|到场|参加了?)\\s*(?:大概|大约|约|差不多|将近|接近)?\\s*(\\d{1,6})\\s*(?:多|来|余)?\\s*(?:个|名|位)",
    ].compactMap(regex)

    private mutating func scanRating(_ t: inout RequestText) {
        if rating == nil { rating = Self.firstNumber(in: &t, Self.ratingPatterns)?.value }
    }

    private mutating func scanHeadcount(_ t: inout RequestText) {
        if let found = Self.firstNumber(in: &t, Self.headcountPatterns) {
            headcount = found.value
            headcountRange = found.range
        }
    }

    /// The number in the first match of the first pattern that matches unexplained text.
    static func firstNumber(in t: inout RequestText, _ patterns: [NSRegularExpression]) -> (
        value: Int, range: Range<Int>
    )? {
        for regex in patterns {
            for m in t.matches(regex) where !t.used[m.range.lowerBound] {
                if let n = Int(m.groups[1] ?? "") {
                    t.markUsed(m.range)
                    return (n, m.range)
                }
            }
        }
        return nil
    }

    // MARK: - Settings

    /// `Audience.aliases` (the one table every parser reads), plus two one-character cues
    /// that only make sense inside a sentence (村, 厂: 去村里, 到厂里).
    static let audienceWords: [(String, Audience)] =
        Audience.aliases.map { ($0.word, $0.audience) } + [("村", .village), ("厂", .enterprise)]

    static let typeWords: [(String, ServiceType)] = [
        ("岗前培训", .training), ("培训", .training), ("训练", .training), ("training", .training), ("induction", .training),
        ("巡河", .supervision), ("巡护", .supervision), ("巡查", .supervision), ("监督", .supervision), ("暗访", .supervision),
        ("排查", .supervision), ("督查", .supervision), ("督导", .supervision), ("监测", .supervision),
        ("patrol", .supervision), ("inspection", .supervision), ("monitoring", .supervision),
        ("植树", .practice), ("种树", .practice), ("净山", .practice), ("净河", .practice), ("捡垃圾", .practice),
        ("清洁", .practice), ("清理", .practice), ("净滩", .practice), ("骑行", .practice),
        ("实践", .practice), ("清扫", .practice), ("clean-up", .practice), ("cleanup", .practice), ("clean up", .practice),
        ("tree planting", .practice),
        ("plant trees", .practice), ("litter pick", .practice),
        ("科普", .education), ("宣传", .education), ("展览", .education), ("知识竞赛", .education), ("竞赛", .education),
        ("workshop", .education),
        ("exhibition", .education), ("quiz", .education), ("awareness", .education), ("education", .education),
        ("educational", .education), ("outreach", .education), ("supervision", .supervision),
        ("理论宣讲", .lecture), ("宣讲", .lecture), ("讲座", .lecture), ("讲课", .lecture), ("报告会", .lecture), ("讲", .lecture),
        ("lecture", .lecture), ("talk", .lecture), ("seminar", .lecture), ("lectures", .lecture), ("talks", .lecture),
        ("trainings", .training),
        ("patrols", .supervision), ("workshops", .education), ("clean-ups", .practice), ("cleanups", .practice),
    ]

    /// The first word of `table` in the text (longest words win at one place), marking it.
    static func firstWord<V>(in t: inout RequestText, _ table: [(String, V)], mark: Bool = true) -> V? {
        var best: (Int, Int, V, Range<Int>)? = nil
        for (w, v) in table {
            let r = w.first?.isASCII == true ? t.wordRange(of: w) : t.range(of: w)
            guard let r, !t.used[r.lowerBound] else { continue }
            if let b = best, b.0 < r.lowerBound || (b.0 == r.lowerBound && b.1 >= w.count) { continue }
            best = (r.lowerBound, w.count, v, r)
        }
        guard let best else { return nil }
        if mark { t.markUsed(best.3) }
        return best.2
    }

    /// The audience the words address (为企业职工开展, 给村民讲, 面向中学生, for families): it wins
    /// over a setting word said earlier (两河街道 is where, not for whom).
    static func addressedAudience(in t: inout RequestText) -> Audience? {
        var best: (Int, Int, Audience, Range<Int>)? = nil
        for (w, v) in audienceWords where w.count >= 2 {
            let ascii = w.first?.isASCII == true
            var start = 0
            while let r = ascii ? t.wordRange(of: w, from: start) : t.range(of: w, from: start) {
                start = r.upperBound
                guard !t.used[r.lowerBound] else { continue }
                let before = t.slice(max(0, r.lowerBound - 5)..<r.lowerBound)
                let addressed =
                    ascii
                    ? ["for ", "for the ", "for local ", "to "].contains { before.hasSuffix($0) }
                    : ["给", "为", "面向", "针对", "向", "对"].contains { before.hasSuffix($0) }
                guard addressed else { continue }
                if let b = best, b.0 < r.lowerBound || (b.0 == r.lowerBound && b.1 >= w.count) { break }
                best = (r.lowerBound, w.count, v, r)
                break
            }
        }
        guard let best else { return nil }
        t.markUsed(best.3)
        return best.2
    }

    /// The word of `table` that occurs last in the text (longest at one place).
    static func lastWord<V>(in t: RequestText, _ table: [(String, V)]) -> V? {
        var best: (Int, Int, V)? = nil
        for (w, v) in table {
            guard let r = w.first?.isASCII == true ? t.wordRange(of: w) : t.lastRange(of: w), !t.used[r.lowerBound]
            else { continue }
            if let b = best, b.0 > r.lowerBound || (b.0 == r.lowerBound && b.1 >= w.count) { continue }
            best = (r.lowerBound, w.count, v)
        }
        return best?.2
    }

    static func regex(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }
}

extension RequestText {
    typealias Match = [String?]
}
