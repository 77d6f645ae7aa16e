import Foundation
import Testing

@testable import EcoVolKit

/// The home zone must never crash a machine without tzdata: an unknown name falls back to a
/// fixed UTC+8, the same clock as Asia/Shanghai.
@Suite struct ChinaTimeTests {
    @Test func unknownZoneFallsBackToFixedUTCPlus8() {
        let zone = ChinaTime.zone(identifier: "Nowhere/NoSuchZone")
        #expect(zone.secondsFromGMT(for: fixedNow) == 8 * 3600)
        #expect(zone.secondsFromGMT(for: Date(timeIntervalSince1970: 1_700_000_000)) == 8 * 3600)
    }

    @Test func sessionWithUnknownZoneUsesChinaTime() {
        let s = Session(
            id: "S1", title: "t", type: .lecture, start: fixedNow, end: fixedNow.addingTimeInterval(3600),
            timeZone: "Nowhere/NoSuchZone", city: "贵阳市", created: fixedNow)
        #expect(s.zone.secondsFromGMT(for: fixedNow) == 8 * 3600)
        #expect(CalendarDate(s.start, in: s.zone).iso == "2026-05-29")
    }

    @Test func anOfficeIsListedUnderTheDayItWasCreatedInChina() {
        // 17:30 UTC on 1 May is 01:30 on 2 May in Guiyang: the machine's zone must not decide.
        let office = PostgresAdministration.Office(
            role: "zunyi_office", city: "遵义市", created: Date(timeIntervalSince1970: 1_777_656_600))
        #expect(StoreTool.officeLine(office, language: .zh) == "zunyi_office　遵义市　建立于 2026-05-02")
        #expect(StoreTool.officeLine(office, language: .en) == "zunyi_office  遵义市  created 2026-05-02")
    }

    @Test func theKnowledgeCheckAuditsAsOfTodayInChina() {
        let before = CalendarDate(Date(), in: ChinaTime.zone).iso
        let today = KnowledgeCheck.isoToday()
        let after = CalendarDate(Date(), in: ChinaTime.zone).iso
        #expect(today == before || today == after, "\(today) is not China's \(before)")
    }

    /// Every zone the sources name goes through `ChinaTime`, whose fallback is a fixed UTC+8:
    /// `TimeZone(identifier:) ?? .current` would show the machine's day (often UTC) when tzdata
    /// is missing. Only checks of what a user typed may ask the system for a zone by name.
    @Test func noSourceFallsBackToTheMachinesZone() throws {
        for (name, text) in try MessageCatalogTests.sourceTexts() {
            for machineZone in ["?? .current", "timeZone: .current", "TimeZone.current", "in: .current"] {
                #expect(!text.contains(machineZone), "\(name) uses the machine's zone: \(machineZone)")
            }
            let lookups = text.components(separatedBy: "TimeZone(identifier:").count - 1
            let allowed = ["ChinaTime.swift": 1, "SessionInput.swift": 1, "ArgumentValues.swift": 1][name] ?? 0
            #expect(lookups <= allowed, "\(name) looks up a zone by name outside ChinaTime")
        }
    }

    @Test func knownZoneIsKept() {
        #expect(ChinaTime.zone(identifier: "UTC").secondsFromGMT(for: fixedNow) == 0)
        #expect(ChinaTime.zone.secondsFromGMT(for: fixedNow) == 8 * 3600)
    }
}
