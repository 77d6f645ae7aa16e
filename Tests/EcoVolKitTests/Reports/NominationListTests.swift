import Foundation
import Testing

@testable import EcoVolKit

/// The recognition shortlists built from a store: who is ranked first and why, which sessions
/// are cases, and what is left out (other years, cancelled or planned sessions, merged people).
@MainActor
@Suite struct NominationListTests {
    static func session(
        _ id: String, at epoch: TimeInterval, status: SessionStatus = .done, type: ServiceType = .education,
        reached: Int? = nil, rating: Int? = nil
    ) -> Session {
        let start = Date(timeIntervalSince1970: epoch)
        return Session(
            id: id, title: "活动 \(id)", type: type, start: start, end: start.addingTimeInterval(8 * 3600),
            city: id == "B" ? "遵义市" : "贵阳市", status: status, reached: reached, rating: rating, created: start)
    }

    static func attended(_ session: String, _ person: String, hours: Double, evaluation: Int? = nil)
        -> StoreOperation
    {
        .putParticipation(
            Participation(
                session: session, person: person, status: .attended, scheduledHours: hours, evaluation: evaluation,
                logged: fixedNow))
    }

    /// A and B held in 2026 (B rated higher), C held in 2025, D cancelled and E planned in 2026.
    static func state() -> OutreachState {
        var state = OutreachState()
        state.apply(.putSession(session("A", at: 1_772_330_400, reached: 100, rating: 4)))
        state.apply(.putSession(session("B", at: 1_775_008_800, type: .lecture, reached: 100, rating: 5)))
        state.apply(.putSession(session("C", at: 1_748_743_200, reached: 500, rating: 5)))
        state.apply(.putSession(session("D", at: 1_777_600_800, status: .cancelled, reached: 900)))
        state.apply(.putSession(session("E", at: 1_782_871_200, status: .planned)))
        for id in ["p1", "p2", "p3", "p4", "p5", "p6"] { state.apply(.putPerson(samplePerson(id))) }
        var merged = samplePerson("p6")
        merged.mergedInto = "p1"
        state.apply(.putPerson(merged))
        for op in [
            // p1 and p3: 6 hours over two sessions; p3's are evaluated. p2: 6 hours in one.
            attended("A", "p1", hours: 3), attended("B", "p1", hours: 3), attended("C", "p1", hours: 4),
            attended("A", "p3", hours: 3, evaluation: 5), attended("B", "p3", hours: 3, evaluation: 4),
            attended("A", "p2", hours: 6),
            // Only in 2025, only at a cancelled session, merged away.
            attended("C", "p4", hours: 8), attended("D", "p5", hours: 8), attended("A", "p6", hours: 8),
        ] {
            state.apply(op)
        }
        return state
    }

    @Test func volunteersRankByHoursThenSessionsThenEvaluation() {
        let list = NominationList.build(
            state: Self.state(), year: 2026, levels: StarLevel(thresholds: [5, 10, 20, 30, 40]), now: fixedNow)
        #expect(list.year == 2026)
        #expect(list.volunteers.map(\.person.id) == ["p3", "p1", "p2"])
        let p3 = list.volunteers[0]
        #expect(p3.hours == 6 && p3.sessions == 2 && p3.averageEvaluation == 4.5)
        let p1 = list.volunteers[1]
        #expect(p1.averageEvaluation == nil)
        // The year's hours rank; all years' hours give the stars.
        #expect(p1.hours == 6 && p1.totalHours == 10 && p1.stars == 2)
        #expect(p1.types == ServiceType.allCases.filter { [.education, .lecture].contains($0) })
        #expect(p1.cities == ["贵阳市", "遵义市"].sorted())
        #expect(p1.firstDay == CalendarDate(year: 2026, month: 3, day: 1))
        #expect(p1.lastDay == CalendarDate(year: 2026, month: 4, day: 1))
    }

    @Test func casesAreTheYearsHeldSessionsByPeopleReachedThenRating() {
        let list = NominationList.build(state: Self.state(), year: 2026, levels: .standard, now: fixedNow)
        #expect(list.cases.map(\.session.id) == ["B", "A"])
        #expect(list.cases.map(\.volunteers) == [2, 4])
        #expect(list.cases.map(\.hours) == [6, 20])
        let earlier = NominationList.build(state: Self.state(), year: 2025, levels: .standard, now: fixedNow)
        #expect(earlier.cases.map(\.session.id) == ["C"])
        #expect(earlier.volunteers.map(\.person.id).sorted() == ["p1", "p4"])
    }

    @Test func theLimitsCutTheListsAndAnEmptyYearHasNone() {
        let short = NominationList.build(
            state: Self.state(), year: 2026, levels: .standard, now: fixedNow, volunteerLimit: 1, caseLimit: 1)
        #expect(short.volunteers.map(\.person.id) == ["p3"])
        #expect(short.cases.map(\.session.id) == ["B"])
        let none = NominationList.build(state: Self.state(), year: 2024, levels: .standard, now: fixedNow)
        #expect(none.volunteers.isEmpty && none.cases.isEmpty)
    }
}
