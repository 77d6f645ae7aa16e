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
        await propertyCheck(input: Gen.int(in: 1990...2100), Gen.int(in: 1...12), Gen.int(in: 1...31), Gen.int(in: 0...23), Gen.int(in: 0...59)) { y, m, d, h, mi in
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
}
