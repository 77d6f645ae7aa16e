import Foundation
import Testing

@testable import EcoVolKit

/// The waitlist rules on values: who gets a place, who waits, who moves up and in what order.
@Suite struct WaitlistTests {
    /// A planned session starting a day after `fixedNow`.
    static func session(capacity: Int?, status: SessionStatus = .planned) -> Session {
        var s = sampleSession("S1")
        s.start = fixedNow.addingTimeInterval(86_400)
        s.end = s.start.addingTimeInterval(7200)
        s.capacity = capacity
        s.status = status
        return s
    }

    /// A row for `person` in S1 with `status`, logged `minutes` after `fixedNow`.
    static func row(_ person: String, _ status: ParticipationStatus, minutes: Double) -> Participation {
        Participation(
            session: "S1", person: person, status: status, scheduledHours: 2,
            logged: fixedNow.addingTimeInterval(minutes * 60))
    }

    @Test func placesAreHeldBySignUpsAndAttendanceOnly() {
        let rows = [
            Self.row("a", .signedUp, minutes: 0), Self.row("b", .attended, minutes: 1),
            Self.row("c", .waitlisted, minutes: 2), Self.row("d", .noShow, minutes: 3),
        ]
        #expect(Waitlist.placesTaken(rows) == 2)
        #expect(Waitlist.placesTaken([]) == 0)
    }

    @Test func aNewEntryTakesAPlaceWaitsOrAttended() {
        let s = Self.session(capacity: 2)
        #expect(Waitlist.status(forNewEntryIn: s, placesTaken: 1, at: fixedNow) == .signedUp)
        #expect(Waitlist.status(forNewEntryIn: s, placesTaken: 2, at: fixedNow) == .waitlisted)
        #expect(Waitlist.status(forNewEntryIn: s, placesTaken: 5, at: fixedNow) == .waitlisted)
        // No capacity: nobody waits.
        #expect(Waitlist.status(forNewEntryIn: Self.session(capacity: nil), placesTaken: 99, at: fixedNow) == .signedUp)
        // From the start on (or once done), whoever is logged attended, full or not.
        #expect(Waitlist.status(forNewEntryIn: s, placesTaken: 2, at: s.start) == .attended)
        #expect(Waitlist.status(forNewEntryIn: s, placesTaken: 2, at: s.end.addingTimeInterval(60)) == .attended)
        let done = Self.session(capacity: 2, status: .done)
        #expect(Waitlist.status(forNewEntryIn: done, placesTaken: 0, at: fixedNow) == .attended)
    }

    @Test func freePlacesGoToTheLongestWaitingInOrder() {
        let rows = [
            Self.row("held", .signedUp, minutes: 0),
            Self.row("third", .waitlisted, minutes: 30),
            Self.row("first", .waitlisted, minutes: 10),
            Self.row("second", .waitlisted, minutes: 20),
            Self.row("gone", .noShow, minutes: 5),
        ]
        let two = Waitlist.promotions(capacity: 3, participations: rows)
        #expect(two.map(\.person) == ["first", "second"])
        #expect(two.allSatisfy { $0.status == .signedUp })
        // Everything else about the row is kept.
        #expect(two.first?.logged == fixedNow.addingTimeInterval(600) && two.first?.scheduledHours == 2)
        #expect(Waitlist.promotions(capacity: 10, participations: rows).map(\.person) == ["first", "second", "third"])
        // Full, or over-full after a capacity was lowered: no one moves up.
        #expect(Waitlist.promotions(capacity: 1, participations: rows).isEmpty)
        #expect(Waitlist.promotions(capacity: 0, participations: rows).isEmpty)
        // Without a capacity (it was removed) everyone waiting moves up, longest waiting first.
        #expect(Waitlist.promotions(capacity: nil, participations: rows).map(\.person) == ["first", "second", "third"])
    }

    @Test func onlyAPlannedSessionMovesAnyoneUp() {
        let rows = [Self.row("held", .signedUp, minutes: 0), Self.row("waiting", .waitlisted, minutes: 1)]
        #expect(Waitlist.promotions(in: Self.session(capacity: 2), participations: rows).map(\.person) == ["waiting"])
        for status in [SessionStatus.cancelled, .done] {
            #expect(Waitlist.promotions(in: Self.session(capacity: 2, status: status), participations: rows).isEmpty)
        }
        #expect(Waitlist.promotions(in: Self.session(capacity: nil), participations: rows).map(\.person) == ["waiting"])
        #expect(Waitlist.promotions(in: Self.session(capacity: nil, status: .done), participations: rows).isEmpty)
    }

    @Test func peopleLoggedTogetherMoveUpInTheOrderTheyWereLogged() {
        let rows = ["甲", "乙", "丙", "丁"].map { Self.row($0, .waitlisted, minutes: 0) }
        #expect(Waitlist.promotions(capacity: 2, participations: rows).map(\.person) == ["甲", "乙"])
        #expect(Waitlist.promotions(capacity: 4, participations: rows).map(\.person) == ["甲", "乙", "丙", "丁"])
    }
}

/// Finding a session or a person from what was typed.
@Suite struct RecordLookupTests {
    static func state() -> OutreachState {
        var state = OutreachState()
        for id in ["abc12345", "abd67890", "xyz00000"] { state.apply(.putSession(sampleSession(id))) }
        var old = samplePerson("p1", name: "张三")
        old.mergedInto = "p2"
        old.phone = "13900000001"
        var middle = samplePerson("p2", name: "张三")
        middle.mergedInto = "p3"
        middle.phone = "13900000002"
        var kept = samplePerson("p3", name: "张三")
        kept.phone = "13900000003"
        var namesake = samplePerson("p4", name: "李四")
        namesake.registered = fixedNow.addingTimeInterval(60)
        namesake.phone = "13900000004"
        var earlier = samplePerson("p5", name: "李四")
        earlier.phone = "13900000005"
        for p in [old, middle, kept, namesake, earlier] { state.apply(.putPerson(p)) }
        return state
    }

    @Test func sessionsByIdOrAUniquePrefix() {
        let state = Self.state()
        guard case .found(let exact) = RecordLookup.session(" ABC12345 ", in: state) else {
            Issue.record("exact id not found")
            return
        }
        #expect(exact.id == "abc12345")
        guard case .found(let prefix) = RecordLookup.session("xy", in: state) else {
            Issue.record("unique prefix not found")
            return
        }
        #expect(prefix.id == "xyz00000")
        #expect(RecordLookup.session("ab", in: state) == .ambiguous(["abc12345", "abd67890"]))
        #expect(RecordLookup.session("nothing", in: state) == .none)
        // An empty text is no prefix of everything.
        #expect(RecordLookup.session("  ", in: state) == .ambiguous(["abc12345", "abd67890", "xyz00000"]))
    }

    @Test func peopleByIdFollowMergesByPhoneAndByName() {
        let state = Self.state()
        #expect(RecordLookup.people("p1", in: state).map(\.id) == ["p3"])
        #expect(RecordLookup.people("P2", in: state).map(\.id) == ["p3"])
        #expect(RecordLookup.people("13900000003", in: state).map(\.id) == ["p3"])
        // A phone of someone merged away finds no one by phone (and no one has that name).
        #expect(RecordLookup.people("13900000001", in: state).isEmpty)
        // A shared name lists everyone not merged away, registered first.
        #expect(RecordLookup.people("张三", in: state).map(\.id) == ["p3"])
        #expect(RecordLookup.people(" 李四 ", in: state).map(\.id) == ["p5", "p4"])
        #expect(RecordLookup.people("王五", in: state).isEmpty)
    }

    @Test func aMergeCycleEnds() throws {
        var state = OutreachState()
        var a = samplePerson("a")
        a.mergedInto = "b"
        var b = samplePerson("b")
        b.mergedInto = "a"
        state.apply(.putPerson(a))
        state.apply(.putPerson(b))
        let end = RecordLookup.current(a, in: state)
        #expect(["a", "b"].contains(end.id))
        #expect(RecordLookup.current(samplePerson("c"), in: state).id == "c")
    }
}
