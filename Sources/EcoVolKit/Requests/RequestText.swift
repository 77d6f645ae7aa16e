import Foundation

/// A request line prepared for reading: Traditional characters in their Simplified form,
/// full-width forms folded, lower-cased, Chinese numerals
/// that count something (两点半, 四十五分钟, 三十人, 十二月五日) turned into digits so the existing
/// date, time and duration parsers read them, and a mask of the characters already explained
/// by a slot, so what is left over can become a title, a topic or a reason.
struct RequestText {
    let chars: [Character]
    var used: [Bool]
    /// The line as typed, for what must keep its letters and numerals (a file name: 九月活动.csv).
    let typed: String
    /// The characters' scalar values when every character is one scalar (Han, Latin, digits:
    /// nearly always), so searching compares integers instead of grapheme clusters.
    private let scalars: [UInt32]?

    init(_ raw: String) {
        typed = raw
        let folded = NumberText.halfWidth(TextNormalizer.simplifiedHan(raw)).lowercased()
            .replacingOccurrences(of: "：", with: ":")
            .replacingOccurrences(of: "　", with: " ")
            .replacingOccurrences(of: "’", with: "'")
        chars = Self.arabicNumerals(
            Array(
                Self.englishDates(
                    Self.englishDigits(Self.spokenDayParts(Self.mistyped(Self.englishShorthand(folded)))))))
        used = Array(repeating: false, count: chars.count)
        scalars = Self.scalarValues(chars)
    }

    var text: String { String(chars) }
    var count: Int { chars.count }

    /// The verbs of a request as a pinyin keyboard mistypes them (登寄 for 登记, 签倒 for 签到,
    /// 讲坐 for 讲座): a homophone picked from the candidate list, read as meant. And 钟头, the
    /// spoken hour (一个半钟头, 干了多少个钟头), read as 小时.
    static let mistypings = [
        ("登寄", "登记"), ("登计", "登记"), ("签倒", "签到"), ("签推", "签退"), ("取销", "取消"), ("取肖", "取消"), ("讲坐", "讲座"),
        ("报民", "报名"), ("证名", "证明"), ("撤消", "撤销"), ("安拍", "安排"), ("推尺", "推迟"), ("钟头", "小时"),
    ]

    /// Chat shorthand in English (tmr, ppl, hrs, pls, w/): the words meant, so the date,
    /// headcount and duration readers and the cues see them.
    static let shorthands: [String: String] = [
        "tmr": "tomorrow", "tmrw": "tomorrow", "tmw": "tomorrow", "tomo": "tomorrow", "2moro": "tomorrow",
        "ppl": "people", "hrs": "hours", "hr": "hour", "mins": "minutes", "pls": "please", "plz": "please",
        "nxt": "next", "wk": "week", "wks": "weeks", "w/": "with", "tho": "though", "thx": "thanks",
        "yday": "yesterday", "ystd": "yesterday", "tonite": "tonight", "wkend": "weekend",
    ]
    static let shorthandPattern = try? NSRegularExpression(
        pattern: "(?<![a-z0-9])(tmrw?|tmw|tomo|2moro|ppl|hrs?|mins|plz|pls|nxt|wks?|w/|tho|thx|yday|ystd|tonite|wkend)"
            + "(?![a-z])")

    static func englishShorthand(_ text: String) -> String {
        guard text.contains(where: { $0.isASCII && $0.isLetter }) else { return text }
        return replacing(shorthandPattern, in: text) { groups in shorthands[groups[0]] }
    }

    /// Guizhou speech typed as said (啥子活动, 莫得人, 看哈, 村头): the Mandarin the cues and
    /// slots are written in.
    static let dialect = [
        ("啥子", "啥"), ("莫得", "没有"), ("咋个", "怎么"), ("搞哈", "搞一下"), ("看哈", "看一下"), ("查哈", "查一下"),
        ("村头", "村里"), ("要得不", "行不"),
    ]

    static func mistyped(_ text: String) -> String {
        var out = text
        for (typed, meant) in mistypings + dialect where out.contains(typed) {
            out = out.replacingOccurrences(of: typed, with: meant)
        }
        return out
    }

    /// 明早, 今晚, 昨晚: the day and its part in two characters, as coordinators type them.
    static func spokenDayParts(_ text: String) -> String {
        guard text.contains(where: { "早晚".contains($0) }) else { return text }
        var out = text
        for (short, long) in [
            ("明早", "明天早上"), ("明晚", "明天晚上"), ("今早", "今天早上"), ("今晚", "今天晚上"), ("昨晚", "昨天晚上"), ("昨早", "昨天早上"),
        ] {
            out = out.replacingOccurrences(of: short, with: long)
        }
        return out
    }

    func contains(_ word: String) -> Bool { range(of: word) != nil }

    func containsAny(_ words: [String]) -> Bool { words.contains { contains($0) } }

    /// The first occurrence of `word` from `start`, as a character range.
    func range(of word: String, from start: Int = 0) -> Range<Int>? {
        if let scalars, let w = Self.scalarValues(Array(word)) { return Self.find(w, in: scalars, from: start) }
        return Self.find(Array(word), in: chars, from: start)
    }

    static func scalarValues(_ chars: [Character]) -> [UInt32]? {
        var out: [UInt32] = []
        out.reserveCapacity(chars.count)
        for c in chars {
            let s = c.unicodeScalars
            guard s.count == 1, let v = s.first?.value else { return nil }
            out.append(v)
        }
        return out
    }

    /// The first place `word` occurs in `text` from `start`, compared element by element.
    static func find<E: Equatable>(_ word: [E], in text: [E], from start: Int) -> Range<Int>? {
        let n = word.count
        guard n > 0, n <= text.count, start >= 0 else { return nil }
        var i = start
        while i + n <= text.count {
            if text[i] == word[0] {
                var k = 1
                while k < n, text[i + k] == word[k] { k += 1 }
                if k == n { return i..<i + n }
            }
            i += 1
        }
        return nil
    }

    /// The last occurrence of `word`.
    func lastRange(of word: String) -> Range<Int>? {
        var found: Range<Int>? = nil
        var start = 0
        while let r = range(of: word, from: start) {
            found = r
            start = r.lowerBound + 1
        }
        return found
    }

    /// An occurrence of an English word with no letter on either side.
    func wordRange(of word: String, from: Int = 0) -> Range<Int>? {
        var start = from
        while let r = range(of: word, from: start) {
            let before = r.lowerBound == 0 || !Self.isLatin(chars[r.lowerBound - 1])
            let after = r.upperBound >= chars.count || !Self.isLatin(chars[r.upperBound])
            if before && after { return r }
            start = r.lowerBound + 1
        }
        return nil
    }

    func hasWord(_ word: String) -> Bool { wordRange(of: word) != nil }

    func hasAnyWord(_ words: [String]) -> Bool { words.contains { hasWord($0) } }

    mutating func markUsed(_ r: Range<Int>) {
        for i in r where i < used.count { used[i] = true }
    }

    /// Marks every occurrence of each word as explained.
    mutating func markWords(_ words: [String]) {
        for w in words {
            var start = 0
            while let r = range(of: w, from: start) {
                markUsed(r)
                start = r.upperBound
            }
        }
    }

    func slice(_ r: Range<Int>) -> String { String(chars[max(0, r.lowerBound)..<min(chars.count, r.upperBound)]) }

    /// Runs of characters not explained by any slot, split at punctuation and spaces.
    func leftovers(in r: Range<Int>? = nil) -> [String] {
        let range = r ?? 0..<chars.count
        var out: [String] = []
        var current = ""
        for i in range {
            let ch = chars[i]
            if used[i] || Self.isSeparator(ch) {
                let t = current.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { out.append(t) }
                current = ""
            } else {
                current.append(ch)
            }
        }
        let t = current.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty { out.append(t) }
        return out
    }

    static func isLatin(_ ch: Character) -> Bool { ch.isASCII && (ch.isLetter || ch.isNumber) }

    static func isSeparator(_ ch: Character) -> Bool { "，,。.；;！!？?、：:（）()【】《》\"“”「」".contains(ch) }

    static func isHan(_ ch: Character) -> Bool {
        guard let s = ch.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
    }

    // MARK: - Chinese numerals

    static let digitValues: [Character: Int] = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]
    static let unitValues: [Character: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10_000]
    /// What may follow a numeral that counts: times, dates, people, lengths, ratings.
    static let countedBy: Set<Character> = [
        "点", "时", "分", "号", "日", "月", "人", "个", "位", "名", "场", "次", "岁", "星", "小", "钟", "周", "天", "年", "颗", "批", "多",
        "余", "来",
    ]

    /// The value of a Chinese numeral (三十, 一百二十, 两, 十二), nil if not one.
    static func value(ofNumeral run: [Character]) -> Int? {
        guard !run.isEmpty else { return nil }
        var total = 0
        var section = 0
        var digit: Int? = nil
        for ch in run {
            if let d = digitValues[ch] {
                digit = d
            } else if let u = unitValues[ch] {
                if u == 10_000 {
                    section = (section + (digit ?? 0)) * u
                    total += section
                    section = 0
                } else {
                    section += (digit ?? 1) * u
                }
                digit = nil
            } else {
                return nil
            }
        }
        // 一百二 = 120: a trailing digit after 百/千 counts one place lower.
        if let d = digit, let last = run.dropLast().last, let u = unitValues[last], u >= 100, run.count >= 3 {
            return total + section + d * u / 10
        }
        return total + section + (digit ?? 0)
    }

    /// Place names that begin with a numeral (七星关区, 六盘水市, 三穗县).
    static let protectedWords: [[Character]] = ["七星关", "六盘水", "六枝", "三都", "三穗", "万山"].map { Array($0) }

    static func startsProtectedWord(_ chars: [Character], at i: Int) -> Bool {
        protectedWords.contains { w in i + w.count <= chars.count && Array(chars[i..<i + w.count]) == w }
    }

    /// Rewrites counting numerals as digits, leaving 周一, 星期三, 一起, 统一 … alone.
    static func arabicNumerals(_ chars: [Character]) -> [Character] {
        var out: [Character] = []
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            guard digitValues[ch] != nil || unitValues[ch] != nil else {
                out.append(ch)
                i += 1
                continue
            }
            var j = i
            while j < chars.count, digitValues[chars[j]] != nil || unitValues[chars[j]] != nil { j += 1 }
            let run = Array(chars[i..<j])
            let previous = out.last
            let next = j < chars.count ? chars[j] : nil
            // 星期二, 礼拜三, 第二 — but 延期两周 and 学期两次 count.
            let afterWeekWord =
                previous.map { "周拜第".contains($0) || ($0 == "期" && out.dropLast().last == "星") } ?? false
            let onlyUnits = run.allSatisfy { unitValues[$0] != nil } && run != ["十"]
            // 十分 as "very" (十分感谢) is not ten points.
            let veryWord = run == ["十"] && next == "分" && (j + 1 >= chars.count || !"钟".contains(chars[j + 1]))
            // 周 that starts a weekday (王五周六, 李四周日) does not count the numeral before it.
            let weekdayNext = next == "周" && j + 1 < chars.count && "一二三四五六日天末".contains(chars[j + 1])
            // 王五来了: a digit after a surname is a name's, not "about five" (十来个 is).
            let nameDigit =
                run.count == 1 && run != ["十"] && next == "来"
                && previous.map { RequestInterpreter.surnames.contains($0) } ?? false
            // 名额三十, 最多二十: the number of places, said with nothing after it.
            let placesBefore = ["名额", "限额", "上限", "人数", "最多"].contains { word in
                let w = Array(word)
                let trimmed = Array(out.reversed().drop { $0 == " " }.reversed())
                return trimmed.count >= w.count && Array(trimmed.suffix(w.count)) == w
            }
            if !afterWeekWord, !onlyUnits, !veryWord, !weekdayNext, !nameDigit, !startsProtectedWord(chars, at: i),
                next.map(countedBy.contains) ?? false || placesBefore && next.map({ !isHan($0) }) ?? true,
                let v = value(ofNumeral: run)
            {
                out.append(contentsOf: Array(String(v)))
            } else {
                out.append(contentsOf: run)
            }
            i = j
        }
        return out
    }
}

extension RequestText {
    /// Regular-expression matches as character ranges with their capture groups.
    func matches(_ regex: NSRegularExpression) -> [(range: Range<Int>, groups: [String?])] {
        let s = text
        let ns = s as NSString
        var out: [(Range<Int>, [String?])] = []
        for m in regex.matches(in: s, range: NSRange(location: 0, length: ns.length)) {
            guard let whole = Range(m.range, in: s) else { continue }
            let lower = s.distance(from: s.startIndex, to: whole.lowerBound)
            let upper = lower + s.distance(from: whole.lowerBound, to: whole.upperBound)
            var groups: [String?] = []
            for g in 0..<m.numberOfRanges {
                let r = m.range(at: g)
                groups.append(r.location == NSNotFound ? nil : ns.substring(with: r))
            }
            out.append((lower..<upper, groups))
        }
        return out
    }

    static let englishNumberPattern: NSRegularExpression? = try? NSRegularExpression(
        pattern:
            "\\b(forty-five|a hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|an|a)([ -])(hours?|hrs?|minutes?|mins?|people|persons|participants|attendees|residents|villagers|students|pupils|kids|children|volunteers|places|spots|seats|stars?|members)\\b"
    )

    /// "two and a half hours", "3 and a half hours" (an hour and a half is read as it stands).
    static let andAHalfPattern: NSRegularExpression? = try? NSRegularExpression(
        pattern: "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten)\\s+and\\s+a\\s+half\\s+(hours?|hrs?)\\b")

    static func englishDigits(_ text: String) -> String {
        guard text.contains(where: { $0.isASCII && $0.isLetter }) else { return text }
        let halves = replacing(andAHalfPattern, in: text) { groups in
            (Int(groups[0]) ?? englishNumbers[groups[0]]).map { "\($0).5 hours" }
        }
        return replacing(englishNumberPattern, in: halves) { groups in
            englishNumbers[groups[0]].map { "\($0)" + groups[1] + groups[2] }
        }
    }

    /// Each match of `regex` replaced by what `make` returns for its capture groups (nil leaves it).
    static func replacing(_ regex: NSRegularExpression?, in text: String, _ make: ([String]) -> String?) -> String {
        guard let regex else { return text }
        var result = text
        let ns = text as NSString
        for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).reversed() {
            let groups = (1..<max(1, m.numberOfRanges)).map { i in
                m.range(at: i).location == NSNotFound ? "" : ns.substring(with: m.range(at: i))
            }
            guard let replacement = make(groups), let r = Range(m.range, in: result) else { continue }
            result.replaceSubrange(r, with: replacement)
        }
        return result
    }

    static let englishDatePatterns: [NSRegularExpression] = [
        "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b",
        "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\b",
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    static let monthStems = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// "December 15", "15th of Dec" → 12月15日, the form `DateTimeParser` reads.
    static func englishDates(_ text: String) -> String {
        guard text.contains(where: { $0.isASCII && $0.isLetter }) else { return text }
        var result = text
        for (i, regex) in englishDatePatterns.enumerated() {
            let ns = result as NSString
            for m in regex.matches(in: result, range: NSRange(location: 0, length: ns.length)).reversed() {
                let a = ns.substring(with: m.range(at: 1))
                let b = ns.substring(with: m.range(at: 2))
                let (monthText, dayText) = i == 0 ? (a, b) : (b, a)
                guard let month = monthStems.firstIndex(of: String(monthText.prefix(3))), let day = Int(dayText),
                    (1...31).contains(day),
                    let r = Range(m.range, in: result)
                else { continue }
                result.replaceSubrange(r, with: "\(month + 1)月\(day)日")
            }
        }
        // "Sat Mar 20", "Saturday, 20th March": the date says the day; the weekday before it only
        // agrees (or is a slip), and read first it would name this week's.
        result = replacing(weekdayBeforeDatePattern, in: result) { _ in "" }
        // "10am to noon", "at midday": twelve o'clock.
        result = replacing(noonPattern, in: result) { groups in "\(groups[0]) 12pm" }
        // "at 9", "at 3": an hour with no am/pm, read as 9点 (and so as an afternoon for 1–6).
        result = replacing(bareHourPattern, in: result) { groups in
            Int(groups[0]).flatMap { (1...12).contains($0) ? "\($0)点" : nil }
        }
        // "from 9 to 12": a span of hours with no am/pm, read as 9点到12点.
        result = replacing(bareSpanPattern, in: result) { groups in
            guard let a = Int(groups[0]), let b = Int(groups[1]), (1...12).contains(a), (1...12).contains(b) else {
                return nil
            }
            return "\(a)点到\(b)点"
        }
        // "9am to 12": the end hour without its half of the day is the first one after the start.
        result = replacing(halfSpanPattern, in: result) { groups in
            guard let a = Int(groups[0]), let b = Int(groups[2]), (1...12).contains(a), (1...12).contains(b) else {
                return nil
            }
            let start = a % 12 + (groups[1].lowercased().hasPrefix("p") ? 12 : 0)
            let end = b % 12 + (b % 12 + 12 > start && b % 12 <= start ? 12 : 0)
            guard end > start else { return nil }
            return "\(groups[0])\(groups[1]) to \(end > 12 ? end - 12 : end)\(end >= 12 ? "pm" : "am")"
        }
        // "next Saturday 9 to 12": hours after a day, with no am/pm.
        result = replacing(dayThenSpanPattern, in: result) { groups in
            guard let a = Int(groups[1]), let b = Int(groups[2]), (1...12).contains(a), (1...12).contains(b) else {
                return nil
            }
            return "\(groups[0]) \(a)点到\(b)点"
        }
        // "on the 25th": a day of this or next month, read as 25号.
        result = replacing(ordinalDayPattern, in: result) { groups in
            Int(groups[0]).flatMap { (1...31).contains($0) ? "\($0)号" : nil }
        }
        return result
    }

    static let weekdayBeforeDatePattern = try? NSRegularExpression(
        pattern: "\\b(?:on\\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
            + "\\.?,?\\s+(?=\\d{1,2}月\\d{1,2}日)")

    static let noonPattern = try? NSRegularExpression(
        pattern: "\\b(to|till|until|at|from)\\s+(?:noon|midday)\\b", options: [.caseInsensitive])

    /// "at 9" with nothing after the number that says what it counts or which half of the day.
    static let bareHourPattern = try? NSRegularExpression(
        pattern:
            "\\bat\\s+(\\d{1,2})\\b(?![:.]\\d|\\s*(?:am|pm|a\\.m|p\\.m|o'clock|oclock|h|hours?|hrs?|minutes?|mins?|%|people|persons|点|时))",
        options: [.caseInsensitive])

    /// "from 9 to 12": hours with nothing after them that says what they count ("aged 9 to 12"
    /// is not a time).
    static let halfSpanPattern = try? NSRegularExpression(
        pattern: "\\b(\\d{1,2})\\s*(am|pm)\\s*(?:to|till|until|-)\\s*(\\d{1,2})\\b"
            + "(?![:.]\\d|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|hours?|hrs?|minutes?|mins?|people|persons|%|点|时|人|月|日|号))",
        options: [.caseInsensitive])

    static let bareSpanPattern = try? NSRegularExpression(
        pattern: "\\bfrom\\s+(\\d{1,2})\\s*(?:to|till|until|-)\\s*(\\d{1,2})\\b"
            + "(?![:.]\\d|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|hours?|hrs?|minutes?|mins?|people|persons|%|点|时|人|月|日|号))",
        options: [.caseInsensitive])

    static let dayThenSpanPattern = try? NSRegularExpression(
        pattern:
            "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow)\\s+(\\d{1,2})\\s*(?:to|till|until|-)\\s*(\\d{1,2})\\b"
            + "(?![:.]\\d|\\s*(?:am|pm|a\\.m|p\\.m|h\\b|hours?|hrs?|minutes?|mins?|people|persons|year|%|点|时|人|月|日|号))",
        options: [.caseInsensitive])

    static let ordinalDayPattern = try? NSRegularExpression(
        pattern: "\\b(?:on )?the (\\d{1,2})(?:st|nd|rd|th)\\b", options: [.caseInsensitive])

    /// English number words before a counted word (two hours, forty-five minutes, fifty people).
    static let englishNumbers: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45,
        "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    ]
}
