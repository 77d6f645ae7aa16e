import Foundation

@testable import EcoVolKit

/// The store the older labelled sets and the request unit tests read against, loaded from
/// `Labelled/fixture-store.json`: a week of sessions around Tuesday 2026-12-01 10:00
/// (Asia/Shanghai) and a handful of volunteers, two of them namesakes.
@MainActor
enum RequestFixture {
    static let zone = ChinaTime.zone
    static let now = CalendarDate(year: 2026, month: 12, day: 1).at(hour: 10, minute: 0, in: zone)

    static func state() -> OutreachState {
        (try? RequestLabelSet.storeDescription("fixture-store"))?.recordState() ?? OutreachState()
    }

    static func interpreter(_ state: OutreachState) -> RequestInterpreter {
        RequestInterpreter(now: now, timeZone: zone, state: state)
    }
}
