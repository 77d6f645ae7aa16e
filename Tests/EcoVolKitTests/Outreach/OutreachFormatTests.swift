import Foundation
import Testing

@testable import EcoVolKit

/// How a record reads wherever it is shown, and the one reading of a yes/no answer.
@Suite struct OutreachFormatTests {
    @Test func aSessionReadsAsItsDayWeekdayAndClockTimesInItsZone() {
        // fixedNow is 04:26:40 on Friday 29 May 2026 in Shanghai.
        let morning = sampleSession("S1", hours: 2)
        #expect(OutreachFormat.when(morning, .zh) == "2026-05-29 周五 04:26–06:26")
        #expect(OutreachFormat.when(morning, .en) == "2026-05-29 Fri 04:26–06:26")
        // Past midnight the end shows its own date.
        let overnight = sampleSession("S2", hours: 22)
        #expect(OutreachFormat.when(overnight, .zh) == "2026-05-29 周五 04:26–2026-05-30 02:26")
        // The same instant in another zone is another day and time.
        var elsewhere = morning
        elsewhere.timeZone = "Europe/London"
        #expect(OutreachFormat.when(elsewhere, .en) == "2026-05-28 Thu 21:26–23:26")
    }

    @Test func theClockWrapsForZonesBehindUTCAndInstantsBeforeTheEpoch() throws {
        let behind = try #require(TimeZone(secondsFromGMT: -5 * 3600))
        #expect(OutreachFormat.clock(Date(timeIntervalSince1970: 0), behind) == "19:00")
        let utc = try #require(TimeZone(secondsFromGMT: 0))
        #expect(OutreachFormat.clock(Date(timeIntervalSince1970: -1), utc) == "23:59")
        #expect(OutreachFormat.clock(Date(timeIntervalSince1970: 86_399.9), utc) == "23:59")
    }

    @Test func everyWeekdayHasItsNameInBothLanguages() {
        // 2026-06-01 is a Monday.
        let days = (0..<7).map { CalendarDate(year: 2026, month: 6, day: 1 + $0) }
        #expect(days.map { OutreachFormat.weekday($0, .zh) } == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"])
        #expect(days.map { OutreachFormat.weekday($0, .en) } == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    }

    @Test func hoursShowAtMostTwoDecimalsAndNoTrailingZeros() {
        #expect(OutreachFormat.hours(2) == "2")
        #expect(OutreachFormat.hours(1.5) == "1.5")
        #expect(OutreachFormat.hours(1.25) == "1.25")
        #expect(OutreachFormat.hours(1.05) == "1.05")
        #expect(OutreachFormat.hours(0) == "0")
    }

    @Test func aCityReadsByItsShortNameAndAnUnknownOneAsTyped() {
        #expect(OutreachFormat.cityShort("黔东南苗族侗族自治州") == "黔东南州")
        #expect(OutreachFormat.cityShort("qdn", .en) == "Qiandongnan")
        #expect(OutreachFormat.cityShort(" 贵阳 ") == "贵阳市")
        #expect(OutreachFormat.cityShort("火星") == "火星")
        #expect(OutreachFormat.cityShort("") == "")
    }

    @Test func aPersonInOneLineHidesMostOfThePhone() {
        var person = samplePerson("p1", name: "张三")
        #expect(OutreachFormat.describe(person) == "p1 张三 138****5678")
        person.organisation = "花果园社区"
        person.phone = nil
        #expect(OutreachFormat.describe(person) == "p1 张三 花果园社区")
    }

    @Test func yesAndNoReadTheSameInEitherLanguageAndAnythingElseIsNeither() {
        for word in ["yes", "Y", " TRUE ", "1", "是", "对", "确认", "on"] {
            #expect(YesNo.parse(word) == true, "\(word)")
        }
        for word in ["no", "N", "false", "0", "否", "不", "没有", "Off"] {
            #expect(YesNo.parse(word) == false, "\(word)")
        }
        for word in ["", " ", "maybe", "yes please", "是的吧", "2", "nah"] {
            #expect(YesNo.parse(word) == nil, "\(word)")
        }
    }
}
