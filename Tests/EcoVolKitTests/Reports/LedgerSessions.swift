import Foundation

@testable import EcoVolKit

/// A session in Guiyang on `day` May 2026 (Shanghai time), `from` hours after midnight for
/// `hours`: the sessions the hours-ledger suites build their cases from.
func ledgerSession(_ id: String, day: Int, from: Double, hours: Double, status: SessionStatus) -> Session {
    let zone = ChinaTime.zone
    let start = CalendarDate(year: 2026, month: 5, day: day).at(hour: 0, minute: 0, in: zone).addingTimeInterval(
        from * 3600)
    return Session(
        id: id, title: id, type: .education, start: start, end: start.addingTimeInterval(hours * 3600), city: "贵阳市",
        status: status, created: fixedNow)
}
