import Testing

@testable import EcoVolKit

/// The dates a question or an entry mentions, read by `DateMentionScanner` through the
/// tokenizer: which spellings are one date, which look like dates and are not, and where a
/// mention starts and ends.
@Suite("Date mentions")
struct DateMentionScannerTests {
    /// The (month, day) of each date token in `text`, in order.
    private func dates(_ text: String) -> [Int] {
        Tokenizer.tokenize(text, mode: .query).filter { $0.kind == .date }.map {
            Int($0.value & TokenValue.hashMask)
        }
    }

    @Test func everySpellingOfADateIsOneMMDD() {
        #expect(dates("6月5日") == [605])
        #expect(dates("6月5号") == [605])
        #expect(dates("十月一日") == [1001])
        #expect(dates("十一月二十日") == [1120])
        #expect(dates("三月三十一日") == [331])
        #expect(dates("5 June") == [605])
        #expect(dates("June 5") == [605])
        #expect(dates("sept 1st") == [901])
        #expect(dates("March 22nd") == [322])
        #expect(dates("Oct 3rd") == [1003])
        #expect(dates("12/25") == [1225])
        #expect(dates("2026-04-22") == [422])
        #expect(dates("04-22") == [422])
    }

    @Test func impossibleMonthsAndDaysAreNoDate() {
        #expect(dates("13月5日").isEmpty)
        #expect(dates("2月32日").isEmpty)
        #expect(dates("0月5日").isEmpty)
        #expect(dates("13/5").isEmpty)
        #expect(dates("6/40").isEmpty)
        #expect(dates("June 32").isEmpty)
        #expect(dates("2026-13-01").isEmpty)
        // 十三 is not a month name; 四十 is not a day.
        #expect(dates("十三月五日").isEmpty)
        #expect(dates("五月四十日").isEmpty)
    }

    @Test func numbersThatOnlyLookLikeDatesAreNoDate() {
        // A longer number is not cut into a date, nor a date out of a fraction or a range.
        #expect(dates("106/5").isEmpty)
        #expect(dates("2.5次").isEmpty)
        #expect(dates("1000-20").isEmpty)
        // A month name needs a day next to it; "may" alone is the verb.
        #expect(dates("you may recycle it").isEmpty)
        #expect(dates("june").isEmpty)
        // A word that starts like a month is not one.
        #expect(dates("marching 5").isEmpty)
        #expect(dates("June 5a").isEmpty)
    }

    @Test func everyMentionInATextIsFoundWhereItIs() {
        #expect(dates("从6月5日到 June 8，再到 9/1") == [605, 608, 901])
        let text = "世界环境日是6月5日"
        let token = Tokenizer.tokenize(text, mode: .query).first { $0.kind == .date }
        // Offsets are in Unicode scalars, the end exclusive: 6月5日 is scalars 6 to 9.
        #expect(token?.start == 6 && token?.end == 10)
    }
}
