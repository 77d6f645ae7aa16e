import Foundation
import Testing

@testable import EcoVolKit

/// The spans reports cover, as coordinators name them, with both ends inclusive.
@Suite struct ReportPeriodTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d) }

    private func period(_ text: String?, from: CalendarDate? = nil, to: CalendarDate? = nil, today: CalendarDate)
        throws(SessionFilterError) -> ReportPeriod?
    {
        try ReportPeriod.resolve(text, from: from, to: to, today: today)
    }

    @Test func yearsMonthsAndQuartersInEitherLanguageAndDigitWidth() throws {
        let today = day(2026, 12, 3)
        #expect(try period("2026", today: today) == .year(2026))
        #expect(try period("２０２６年", today: today) == .year(2026))
        #expect(try period("2026-06", today: today) == .month(2026, 6))
        #expect(try period("2026年6月", today: today) == .month(2026, 6))
        #expect(try period("2026/6", today: today) == .month(2026, 6))
        #expect(try period("2026-Q2", today: today) == .quarter(2026, 2))
        #expect(try period("2026年第二季度", today: today) == .quarter(2026, 2))
        #expect(ReportPeriod.quarter(2026, 2).label == "2026-Q2")
        #expect(ReportPeriod.quarter(2026, 4).last == day(2026, 12, 31))
        // February has its leap day when the year has one.
        #expect(ReportPeriod.month(2028, 2).last == day(2028, 2, 29))
        #expect(ReportPeriod.month(2026, 2).last == day(2026, 2, 28))
    }

    @Test func relativeWordsCrossTheYearBoundary() throws {
        let january = day(2026, 1, 15)
        #expect(try period("last-month", today: january) == .month(2025, 12))
        #expect(try period("上季度", today: january) == .quarter(2025, 4))
        #expect(try period("this-quarter", today: january) == .quarter(2026, 1))
        #expect(try period("去年", today: january) == .year(2025))
        #expect(try period(" 本月 ", today: day(2026, 6, 30)) == .month(2026, 6))
        // All time, and no period at all, are both "no bounds".
        #expect(try period("全部", today: january) == nil)
        #expect(try period(nil, today: january) == nil)
        #expect(try period("  ", today: january) == nil)
    }

    @Test func anythingElseIsRefusedByWhatWasTyped() {
        let today = day(2026, 12, 3)
        for text in ["2026-13", "20x6", "1969", "3000", "2026-Q5", "26", "next-year", "2026-06-05"] {
            #expect(throws: SessionFilterError.unknownPeriod(text), "\(text)") { try period(text, today: today) }
        }
    }

    @Test func fromAndToRefineOrReplaceThePeriod() throws {
        let today = day(2026, 12, 3)
        let refined = try period("2026", from: day(2026, 3, 1), today: today)
        #expect(refined?.first == day(2026, 3, 1) && refined?.last == day(2026, 12, 31))
        // The year gives the end, so the label shows it rather than an open end.
        #expect(refined?.label == "2026-03-01 – 2026-12-31")
        #expect(try period("2026-06", to: day(2026, 6, 15), today: today)?.label == "2026-06-01 – 2026-06-15")
        let openStart = try period(nil, to: day(2026, 6, 30), today: today)
        #expect(openStart?.label == "… – 2026-06-30" && openStart?.first == day(1970, 1, 1))
        let openEnd = try period(nil, from: day(2026, 6, 1), today: today)
        #expect(openEnd?.label == "2026-06-01 – …")
        #expect(throws: SessionFilterError.toBeforeFrom(from: day(2026, 6, 2), to: day(2026, 6, 1))) {
            try period(nil, from: day(2026, 6, 2), to: day(2026, 6, 1), today: today)
        }
        // The same day at both ends is one day.
        let one = try period(nil, from: day(2026, 6, 1), to: day(2026, 6, 1), today: today)
        #expect(one?.contains(day(2026, 6, 1)) == true && one?.contains(day(2026, 6, 2)) == false)
    }

    @Test func monthsListEveryMonthTouchedAndSessionsCountByTheirOwnZone() {
        let span = ReportPeriod(first: day(2025, 11, 20), last: day(2026, 2, 1), label: "x")
        #expect(span.months.map { "\($0.year)-\($0.month)" } == ["2025-11", "2025-12", "2026-1", "2026-2"])
        // fixedNow is 04:26 on 29 May in Shanghai but still 28 May in London.
        var session = sampleSession("S1")
        #expect(ReportPeriod.month(2026, 5).contains(session))
        #expect(ReportPeriod(first: day(2026, 5, 29), last: day(2026, 5, 29), label: "d").contains(session))
        session.timeZone = "Europe/London"
        #expect(!ReportPeriod(first: day(2026, 5, 29), last: day(2026, 5, 29), label: "d").contains(session))
    }
}
