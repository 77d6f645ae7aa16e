import Testing

@testable import EcoVolKit

/// Ctrl-R through the REPL history: newest match first, the match kept while the pattern
/// grows, older matches skipping repeats, letter case ignored, and where the match starts in
/// libedit's wide characters.
@Suite("History search")
struct HistorySearchTests {
    /// Oldest first, as the history file keeps them.
    private let search = HistorySearch(entries: [
        "/sessions city=贵阳",  // 0
        "垃圾分类怎么分",  // 1
        "/Report 2026-05",  // 2
        "/report 2026-04",  // 3
        "厨余垃圾怎么处理",  // 4
        "/report 2026-04",  // 5
        "/help",  // 6
    ])

    @Test func findReturnsTheNewestEntryContainingTheQuery() {
        #expect(search.find("report") == 5)
        #expect(search.find("垃圾") == 4)
        #expect(search.find("贵阳") == 0)
        #expect(search.find("/") == 6)
        #expect(search.find("怎么分") == 1)
    }

    @Test func findFromAPlaceLooksAtThatEntryAndOlderOnes() {
        // The match stays put while it still contains the longer pattern.
        #expect(search.find("垃圾", from: 4) == 4)
        #expect(search.find("垃圾怎", from: 4) == 4)
        // It moves back when it no longer does.
        #expect(search.find("垃圾分", from: 4) == 1)
        #expect(search.find("report", from: 4) == 3)
        #expect(search.find("report", from: 1) == nil)
    }

    @Test func aStartPastTheEndIsTheNewestAndBeforeTheStartFindsNothing() {
        #expect(search.find("help", from: 100) == 6)
        #expect(search.find("help", from: -1) == nil)
        #expect(search.find("sessions", from: 0) == 0)
    }

    @Test func caseIsIgnored() {
        #expect(search.find("REPORT") == 5)
        #expect(search.find("Report 2026-05") == 2)
        #expect(search.find("HELP") == 6)
        #expect(search.find("CITY=") == 0)
    }

    @Test func nothingIsFoundForAnEmptyQueryNoEntriesOrNoMatch() {
        #expect(search.find("") == nil)
        #expect(search.find("湿地") == nil)
        #expect(search.find("reports") == nil)
        #expect(HistorySearch(entries: []).find("x") == nil)
        #expect(HistorySearch(entries: []).older(than: nil, "x") == nil)
    }

    @Test func olderSkipsEntriesIdenticalToTheOneShown() {
        // 5 and 3 are the same line: the next older different one is 2.
        #expect(search.older(than: 5, "report") == 2)
        #expect(search.older(than: 3, "report") == 2)
        #expect(search.older(than: 2, "report") == nil)
        #expect(search.older(than: 4, "垃圾") == 1)
        #expect(search.older(than: 1, "垃圾") == nil)
        #expect(search.older(than: 0, "贵阳") == nil)
    }

    @Test func olderWithoutACurrentMatchStartsFromTheNewest() {
        #expect(search.older(than: nil, "report") == 5)
        #expect(search.older(than: nil, "") == nil)
    }

    @Test func olderStepsThroughEveryDistinctMatch() {
        var shown: [Int] = []
        var current = search.find("/")
        while let index = current {
            shown.append(index)
            current = search.older(than: index, "/")
        }
        // 3 is the same line as 5, so stepping back from 5 passes over it.
        #expect(shown == [6, 5, 2, 0])
    }

    @Test func matchOffsetCountsUnicodeScalars() {
        #expect(HistorySearch.matchOffset(of: "怎么", in: "垃圾分类怎么分") == 4)
        #expect(HistorySearch.matchOffset(of: "report", in: "/Report 2026-05") == 1)
        #expect(HistorySearch.matchOffset(of: "/", in: "/help") == 0)
        #expect(HistorySearch.matchOffset(of: "湿地", in: "/help") == nil)
        // A character made of two scalars counts as two.
        #expect(HistorySearch.matchOffset(of: "x", in: "e\u{301}x") == 2)
        #expect(HistorySearch.matchOffset(of: "abc", in: "👍🏽abc") == 2)
        #expect(HistorySearch.matchOffset(of: "b", in: "ab") == 1)
    }
}
