import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite struct DateTimeParserTests {
    let zone = TimeZone(identifier: "Asia/Shanghai")!
    // fixedNow is 2026-05-29 04:26 in Shanghai, a Friday.
    var parser: DateTimeParser { DateTimeParser(now: fixedNow, timeZone: zone) }

    func parts(_ text: String) throws -> (String, Int, Int) {
        let m = try parser.parse(text)
        return (m.day.iso, m.hour, m.minute)
    }

    @Test func chineseAndEnglishForms() throws {
        #expect(try parts("2026-06-05 09:30") == ("2026-06-05", 9, 30))
        #expect(try parts("2026/6/5 9:30") == ("2026-06-05", 9, 30))
        #expect(try parts("2026年6月5日 14:00") == ("2026-06-05", 14, 0))
        #expect(try parts("6月5日 上午9点半") == ("2026-06-05", 9, 30))
        #expect(try parts("6月5日 下午3点15分") == ("2026-06-05", 15, 15))
        #expect(try parts("6月5号 晚上7点") == ("2026-06-05", 19, 0))
        #expect(try parts("明天 14:00") == ("2026-05-30", 14, 0))
        #expect(try parts("后天 中午12点") == ("2026-05-31", 12, 0))
        #expect(try parts("下周三 9:30") == ("2026-06-03", 9, 30))
        #expect(try parts("周六 9:00") == ("2026-05-30", 9, 0))
        // 礼拜 is said for 周 with every week word: last, this and next week's.
        #expect(try parts("上礼拜六 9:00") == ("2026-05-23", 9, 0))
        #expect(try parts("上个礼拜三 9:00") == ("2026-05-20", 9, 0))
        #expect(try parts("这个礼拜六 9:00") == ("2026-05-30", 9, 0))
        #expect(try parts("下个礼拜一 9:00") == ("2026-06-01", 9, 0))
        #expect(try parts("上个星期五 9:00") == ("2026-05-22", 9, 0))
        #expect(try parts("next Wednesday 9:30") == ("2026-06-03", 9, 30))
        #expect(try parts("tomorrow 2pm") == ("2026-05-30", 14, 0))
        #expect(try parts("today 12am") == ("2026-05-29", 0, 0))
        #expect(try parts("Friday 10:15") == ("2026-05-29", 10, 15))
        #expect(try parts("２０２６－０６－０５　０９：３０".replacingOccurrences(of: "－", with: "-")) == ("2026-06-05", 9, 30))
    }

    @Test func impossibleDatesAndTimesAreRefused() {
        #expect(throws: DateTimeProblem.impossibleDate("2026-02-30")) { try parser.parse("2026-02-30 09:00") }
        #expect(throws: DateTimeProblem.impossibleDate("2026-04-31")) { try parser.parse("2026-04-31") }
        #expect(throws: DateTimeProblem.impossibleDate("2100-02-29")) { try parser.parse("2100-02-29 08:00") }
        #expect(throws: DateTimeProblem.self) { try parser.parse("2026-06-05 25:00") }
        #expect(throws: DateTimeProblem.self) { try parser.parse("2026-06-05 9:75") }
        #expect(throws: DateTimeProblem.unrecognised) { try parser.parse("someday") }
        #expect(throws: DateTimeProblem.unrecognised) { try parser.parse("") }
    }

    @Test func leapYears() throws {
        #expect(try parts("2028-02-29 10:00").0 == "2028-02-29")
        #expect(try parts("2000-02-29 10:00").0 == "2000-02-29")
        #expect(throws: DateTimeProblem.self) { try parser.parse("2027-02-29") }
        // 2月29日 without a year goes to the next leap year.
        #expect(try parts("2月29日 9点").0 == "2028-02-29")
    }

    @Test func endTimeAfterMidnightRollsToTheNextDay() throws {
        let t = try #require(try parser.parseTimeOnly("01:30"))
        #expect(t.hour == 1 && t.minute == 30)
        #expect(try parser.parseTimeOnly("明天 9:00") == nil)
    }

    @Test func anyValidDateRoundTrips() async {
        await propertyCheck(
            input: Gen.int(in: 1990...2100), Gen.int(in: 1...12), Gen.int(in: 1...31), Gen.int(in: 0...23),
            Gen.int(in: 0...59)
        ) { y, m, d, h, mi in
            let text = String(format: "%04d-%02d-%02d %d:%02d", y, m, d, h, mi)
            if y < 2000 {
                #expect(throws: DateTimeProblem.yearOutOfRange(y)) { try parser.parse(text) }
            } else if CalendarDate.isValid(year: y, month: m, day: d) {
                let parsed = try? parser.parse(text)
                #expect(parsed?.day == CalendarDate(year: y, month: m, day: d))
                #expect(parsed?.hour == h && parsed?.minute == mi)
                #expect(parsed.map { CalendarDate($0.date, in: zone) } == CalendarDate(year: y, month: m, day: d))
            } else {
                #expect(throws: DateTimeProblem.self) { try parser.parse(text) }
            }
        }
    }

    @Test func dayNumbersRoundTrip() async {
        await propertyCheck(input: Gen.int(in: -100_000...200_000)) { n in
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(CalendarDate.isValid(year: d.year, month: d.month, day: d.day))
            #expect(d.adding(days: 7).isoWeekday == d.isoWeekday)
        }
    }

    @Test func nextWeekWeekdaysAreInNextWeek() async {
        await propertyCheck(input: Gen.int(in: 0...3650), Gen.int(in: 1...7)) { offset, weekday in
            let now = CalendarDate(year: 2024, month: 1, day: 1).adding(days: offset).at(hour: 10, minute: 0, in: zone)
            let p = DateTimeParser(now: now, timeZone: zone)
            let names = ["一", "二", "三", "四", "五", "六", "日"]
            let day = try? p.parse("下周" + names[weekday - 1] + " 9:00").day
            let today = CalendarDate(now, in: zone)
            #expect(day?.isoWeekday == weekday)
            let mondayNext = today.adding(days: 8 - today.isoWeekday)
            #expect(day.map { $0 >= mondayNext && $0 < mondayNext.adding(days: 7) } == true)
        }
    }

    @Test func durations() {
        #expect(DurationParser.hours("2h") == 2)
        #expect(DurationParser.hours("90分钟") == 1.5)
        #expect(DurationParser.hours("1.5小时") == 1.5)
        #expect(DurationParser.hours("1h30m") == 1.5)
        #expect(DurationParser.hours("1小时30分") == 1.5)
        #expect(DurationParser.hours("半小时") == 0.5)
        #expect(DurationParser.hours("两个小时") == 2)
        #expect(DurationParser.hours("一个半小时") == 1.5)
        #expect(DurationParser.hours("3") == 3)
        #expect(DurationParser.hours("abc") == nil)
        #expect(DurationParser.hours("-2h") == nil)
    }

    // MARK: - Dates and times in words

    /// 0–59 written as people write it: 五, 十, 十二, 二十, 四十五 (两 for 2 as an hour).
    static func chinese(_ n: Int, hour: Bool = false) -> String {
        let digits = ["零", "一", hour ? "两" : "二", "三", "四", "五", "六", "七", "八", "九"]
        if n < 10 { return digits[n] }
        let tens = n / 10 == 1 ? "十" : (n / 10 == 2 ? "二" : digits[n / 10]) + "十"
        return tens + (n % 10 == 0 ? "" : ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"][n % 10])
    }

    @Test func timesInChineseWords() throws {
        #expect(try parts("明天 下午两点") == ("2026-05-30", 14, 0))
        #expect(try parts("明天 两点半") == ("2026-05-30", 14, 30))
        #expect(try parts("明天 三点一刻") == ("2026-05-30", 15, 15))
        #expect(try parts("明天 十点") == ("2026-05-30", 10, 0))
        #expect(try parts("明天 早上八点") == ("2026-05-30", 8, 0))
        #expect(try parts("明天 上午十一点三刻") == ("2026-05-30", 11, 45))
        #expect(try parts("明天 中午十二点") == ("2026-05-30", 12, 0))
        #expect(try parts("明天 中午一点") == ("2026-05-30", 13, 0))
        #expect(try parts("明天 傍晚六点") == ("2026-05-30", 18, 0))
        #expect(try parts("明天 晚上七点半") == ("2026-05-30", 19, 30))
        #expect(try parts("明天 九点零五") == ("2026-05-30", 9, 5))
        #expect(try parts("明天 下午三点二十分") == ("2026-05-30", 15, 20))
        #expect(try parts("周三两点") == ("2026-06-03", 14, 0))
        #expect(try parts("明天 上午12点") == ("2026-05-30", 12, 0))
        #expect(try parts("明天 凌晨12点") == ("2026-05-30", 0, 0))
        #expect(try parts("tomorrow 12pm") == ("2026-05-30", 12, 0))
        // 晚上12点 is midnight of the next day: refused rather than read as noon.
        #expect(throws: DateTimeProblem.self) { try parser.parse("明天 晚上12点") }
        #expect(try parts("明天 晚上20:30") == ("2026-05-30", 20, 30))
        #expect(try parts("明天 下午12点半") == ("2026-05-30", 12, 30))
        // Written with a colon, the time is read as written.
        #expect(try parts("明天 2:00") == ("2026-05-30", 2, 0))
        #expect(try parts("六月五日 上午九点") == ("2026-06-05", 9, 0))
        #expect(try parts("十月一日 十点") == ("2026-10-01", 10, 0))
    }

    @Test func monthDayFormsAndEnglishMonthNames() throws {
        #expect(try parts("12-10 14:00") == ("2026-12-10", 14, 0))
        #expect(try parts("6/5 9:30") == ("2026-06-05", 9, 30))
        #expect(try parts("6/5/2027 9:30") == ("2027-06-05", 9, 30))
        #expect(try parts("June 5 9:30") == ("2026-06-05", 9, 30))
        #expect(try parts("5 June 10:00") == ("2026-06-05", 10, 0))
        #expect(try parts("Jun 5th, 2027 2pm") == ("2027-06-05", 14, 0))
        #expect(try parts("5 June 2027") == ("2027-06-05", 0, 0))
        #expect(try parts("the 5th of june".replacingOccurrences(of: "the ", with: "")) == ("2026-06-05", 0, 0))
        #expect(try parts("Sept 16 9:00") == ("2026-09-16", 9, 0))
        #expect(throws: DateTimeProblem.self) { try parser.parse("June 31 9:00") }
        #expect(throws: DateTimeProblem.self) { try parser.parse("13/5 9:00") }
    }

    @Test func yearlessDatesAreTheNextOccurrenceOrThisYear() throws {
        // fixedNow is 29 May 2026: 5 May is past, so scheduling means next year …
        #expect(try parser.parse("5月5日 9:00").day.iso == "2027-05-05")
        #expect(try parser.parse("5月29日 9:00").day.iso == "2026-05-29")
        #expect(try parser.parse("5月5日 9:00").dayForm == .withoutYear)
        // … while in a report filter it is this year.
        let filter = DateTimeParser(now: fixedNow, timeZone: zone, yearless: .currentYear)
        #expect(try filter.parse("5月5日").day.iso == "2026-05-05")
        #expect(try filter.parse("12-31").day.iso == "2026-12-31")
        #expect(throws: DateTimeProblem.self) { try filter.parse("2月29日") }
        #expect(try parser.parse("2026-05-05 9:00").yearGiven)
        #expect(try parser.parse("昨天 9:00").dayForm == .relative)
        #expect(try parser.parse("9:00").dayForm == ParsedMoment.DayForm.none)
    }

    @Test func yearsOutsideTheRecordRangeAreRefused() {
        #expect(throws: DateTimeProblem.yearOutOfRange(1900)) { try parser.parse("1900-01-01 09:00") }
        #expect(throws: DateTimeProblem.yearOutOfRange(9999)) { try parser.parse("9999-12-31") }
        #expect(throws: DateTimeProblem.yearOutOfRange(2101)) { try parser.parse("June 5 2101") }
        #expect(throws: DateTimeProblem.yearOutOfRange(1999)) { try parser.parse("6/5/1999") }
    }

    @Test func anyChineseWordTimeParses() async {
        // period: 0 none, 1 上午, 2 下午, 3 晚上; minutes as 整/半/一刻/三刻/numerals.
        await propertyCheck(input: Gen.int(in: 1...12), Gen.int(in: 0...59), Gen.int(in: 0...3), Gen.int(in: 0...4)) {
            h, m, period, style in
            let words = ["", "上午", "下午", "晚上"][period]
            let minuteText: String
            var minute = m
            switch style {
            case 0:
                minuteText = ""
                minute = 0
            case 1:
                minuteText = "半"
                minute = 30
            case 2:
                minuteText = "一刻"
                minute = 15
            case 3:
                minuteText = "三刻"
                minute = 45
            default: minuteText = m == 0 ? "整" : (m < 10 ? "零" : "") + Self.chinese(m)
            }
            let text = "明天 " + words + Self.chinese(h, hour: true) + "点" + minuteText
            var hour = h
            switch period {
            case 1: break
            case 2, 3: if h < 12 { hour += 12 }
            default: if (1...6).contains(h) { hour += 12 }
            }
            if period == 3, h == 12 {
                #expect(throws: DateTimeProblem.self, "\(text)") { try parser.parse(text) }
                return
            }
            let parsed = try? parser.parse(text)
            #expect(parsed?.hour == hour && parsed?.minute == minute, "\(text)")
            #expect(parsed?.day.iso == "2026-05-30", "\(text)")
        }
    }

    @Test func anyEnglishMonthDayParses() async {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        await propertyCheck(
            input: Gen.int(in: 1...12), Gen.int(in: 1...31), Gen.int(in: 2000...2100), Gen.int(in: 0...3)
        ) { m, d, y, form in
            let name = form % 2 == 0 ? names[m - 1] : String(names[m - 1].prefix(3))
            let text = form < 2 ? "\(name) \(d), \(y) 9:30" : "\(d) \(name) \(y) 9:30"
            if CalendarDate.isValid(year: y, month: m, day: d) {
                let parsed = try? parser.parse(text)
                #expect(parsed?.day == CalendarDate(year: y, month: m, day: d), "\(text)")
                #expect(parsed?.hour == 9 && parsed?.minute == 30, "\(text)")
            } else {
                #expect(throws: DateTimeProblem.self, "\(text)") { try parser.parse(text) }
            }
        }
    }

    @Test func anyYearlessDateIsTheNextOccurrence() async {
        await propertyCheck(input: Gen.int(in: 0...3000), Gen.int(in: 1...12), Gen.int(in: 1...28)) { offset, m, d in
            let now = CalendarDate(year: 2024, month: 1, day: 1).adding(days: offset).at(hour: 10, minute: 0, in: zone)
            let p = DateTimeParser(now: now, timeZone: zone)
            let today = CalendarDate(now, in: zone)
            for text in ["\(m)月\(d)日 9:00", String(format: "%02d-%02d 9:00", m, d), "\(m)/\(d) 9:00"] {
                let day = try? p.parse(text).day
                #expect(
                    day.map { $0 >= today && $0 < today.adding(days: 366) && $0.month == m && $0.day == d } == true,
                    "\(text)")
            }
        }
    }
}
