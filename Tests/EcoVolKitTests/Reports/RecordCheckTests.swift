import Foundation
import Testing

@testable import EcoVolKit

/// `/check`'s findings one kind at a time, on records built to have exactly that problem:
/// what is found, which records it names, the command that fixes it, and a clean store
/// finding nothing.
@Suite struct RecordCheckTests {
    /// 29 May 2026, 04:26 in Shanghai.
    let now = fixedNow

    /// A session `from` hours after `now`, `hours` long, with leader, recorder and insurance
    /// given unless the test takes them away.
    func session(
        _ id: String, from: Double, hours: Double = 2, status: SessionStatus = .planned, leader: String? = "王老师",
        recorder: String? = "李记录", support: [SupportKind] = [.insurance]
    ) -> Session {
        let start = now.addingTimeInterval(from * 3600)
        return Session(
            id: id, title: "河道巡护 \(id)", type: .supervision, start: start, end: start.addingTimeInterval(hours * 3600),
            city: "贵阳市", leader: leader, recorder: recorder, support: support, status: status, created: now)
    }

    func person(_ id: String, _ name: String, phone: String? = nil, org: String? = nil, day: Double = 0) -> Person {
        Person(id: id, name: name, phone: phone, organisation: org, registered: now.addingTimeInterval(day * 86400))
    }

    func row(_ s: Session, _ p: String, _ status: ParticipationStatus = .attended, hours: Double? = nil)
        -> Participation
    {
        Participation(
            session: s.id, person: p, status: status, scheduledHours: s.hours, actualHours: hours, logged: now)
    }

    func check(_ sessions: [Session], _ people: [Person], _ rows: [Participation]) -> RecordCheck {
        var state = OutreachState()
        for s in sessions { state.apply(.putSession(s)) }
        for p in people { state.apply(.putPerson(p)) }
        for r in rows { state.apply(.putParticipation(r)) }
        return RecordCheck.run(state: state, now: now)
    }

    @Test func cleanRecordsFindNothingAndSaySo() {
        let done = session("s1", from: -26, status: .done)
        let result = check([done], [person("p1", "张三", phone: "13800000001")], [row(done, "p1")])
        #expect(result.findings.isEmpty)
        #expect(result.json["ok"] == .bool(true) && result.json["count"] == .int(0))
        let document = result.document(.zh)
        #expect(document.title == L(.checkTitle).zh)
        guard case .paragraph(let text, _) = document.blocks.first else {
            Issue.record("no all-good paragraph: \(document.blocks)")
            return
        }
        #expect(text.plainText == L(.checkAllGood).zh)
    }

    @Test func aSessionThatHasBegunNeedsItsLeaderAndRecorder() {
        let begun = session("s1", from: -1, leader: nil, recorder: "")
        let later = session("s2", from: 48, leader: nil, recorder: nil)
        let result = check([begun, later], [], [])
        let kinds = result.findings.map(\.kind)
        // A session still to come is not yet missing anything.
        #expect(kinds == [.missingLeader, .missingRecorder])
        #expect(result.findings.map(\.records) == [["s1"], ["s1"]])
        #expect(result.findings.map(\.fix) == ["/edit s1 leader=…", "/edit s1 recorder=…"])
    }

    @Test func hoursAboveTheSessionsLengthAreFoundWithTheFix() {
        let s = session("s1", from: -26, hours: 2, status: .done)
        let result = check([s], [person("p1", "张三")], [row(s, "p1", hours: 3.5), row(s, "p2", hours: 2)])
        let found = result.findings.filter { $0.kind == .hoursAboveLength }
        #expect(found.map(\.records) == [["s1", "p1"]])
        #expect(found.first?.fix == "/unlog s1 p1 → /log s1 name=张三 hours=2")
        #expect(found.first?.detail.zh == "张三 在 s1「河道巡护 s1」记了 3.5 小时，活动只有 2 小时")
        #expect(found.first?.detail.en == "张三 has 3.5 h at s1 “河道巡护 s1”, which lasted 2 h")
    }

    @Test func overlappingSessionsOfOnePersonAreFoundOnceAPair() {
        let a = session("s1", from: -30, hours: 3, status: .done)
        let b = session("s2", from: -28, hours: 3, status: .done)  // starts inside a
        let c = session("s3", from: -25, hours: 1, status: .done)  // starts as b ends: touching, not overlapping
        let result = check([a, b, c], [person("p1", "张三")], [row(a, "p1"), row(b, "p1"), row(c, "p1")])
        let found = result.findings.filter { $0.kind == .overlapping }
        #expect(found.map(\.records) == [["p1", "s1", "s2"]])
        #expect(found.first?.fix == "/unlog s2 p1")
        // A no-show holds no time.
        let noShow = check([a, b], [person("p1", "张三")], [row(a, "p1"), row(b, "p1", .noShow)])
        #expect(noShow.findings.filter { $0.kind == .overlapping }.isEmpty)
    }

    @Test func aPastSessionStillPlannedIsFoundAndOneStillRunningIsNot() {
        let past = session("s1", from: -30)
        let running = session("s2", from: -1, hours: 3)
        let result = check([past, running], [], [])
        let found = result.findings.filter { $0.kind == .pastPlanned }
        #expect(found.map(\.records) == [["s1"]])
        #expect(found.first?.fix == "/done s1 reached=… rating=… | /cancel s1 reason=…")
    }

    @Test func attendanceAtASessionNotYetBegunIsFound() {
        // Moved to next week after two people were logged at it.
        let moved = session("s1", from: 24 * 7)
        let result = check(
            [moved], [person("p1", "张三"), person("p2", "李四")],
            [row(moved, "p1"), row(moved, "p2"), row(moved, "p3", .signedUp)])
        let found = result.findings.filter { $0.kind == .attendedBeforeStart }
        #expect(found.map(\.records) == [["s1", "p1", "p2"]])
        #expect(found.first?.fix == "/edit s1 start=… | /unlog s1 PERSON")
        #expect(found.first?.detail.zh == "s1「河道巡护 s1」2026-06-05 04:26 才开始，已有 2 人记为已参加，时长要等活动结束才计入")
        #expect(found.first?.detail.en.hasPrefix("s1 “河道巡护 s1” starts 2026-06-05 04:26 but 2 people") == true)
        // Signed up only: nothing wrong yet.
        let signed = check([moved], [person("p1", "张三")], [row(moved, "p1", .signedUp)])
        #expect(signed.findings.filter { $0.kind == .attendedBeforeStart }.isEmpty)
    }

    @Test func likelyDuplicatesAreGroupedEarliestFirst() {
        let people = [
            person("p2", "张三", phone: "13800000001", day: 2),
            person("p1", "张 三", day: 1),  // same name spaced, no phone: no contradiction
            person("p3", "张三", phone: "13900000009", day: 3),  // same name, another phone: another person
            person("p4", "王芳", phone: "13700000007", org: "贵州大学", day: 1),
            person("p5", "王芳", phone: "13600000006", org: "贵州大学", day: 2),  // same organisation
            person("p6", "Li Na", phone: "13500000005", day: 1),
            person("p7", "李娜", phone: "13500000005", day: 2),  // same phone
        ]
        let groups = RecordCheck.duplicateGroups(people).map { $0.map(\.id) }
        #expect(groups == [["p1", "p2", "p3"], ["p4", "p5"], ["p6", "p7"]])
        let result = check([], people, [])
        let fixes = result.findings.filter { $0.kind == .duplicatePeople }.map(\.fix)
        #expect(fixes == ["/merge p1 p2 ; /merge p1 p3", "/merge p4 p5", "/merge p6 p7"])
    }

    @Test func peopleTakenAlongWithoutInsuranceAreFound() {
        let bare = session("s1", from: 24, support: [.transport])
        let empty = session("s2", from: 24, support: [])
        let result = check([bare, empty], [person("p1", "张三")], [row(bare, "p1", .signedUp)])
        let found = result.findings.filter { $0.kind == .uninsured }
        // Nobody goes to s2, so nobody is uninsured there.
        #expect(found.map(\.records) == [["s1"]])
        #expect(found.first?.fix == "/edit s1 support=insurance,transport")
    }

    @Test func theDocumentHasOneSectionPerKindWithItsCountAndTheJSONEveryFinding() {
        let s = session("s1", from: -30, leader: nil)
        let result = check([s], [], [])
        let kinds = result.findings.map(\.kind)
        #expect(kinds == [.missingLeader, .pastPlanned])
        let headings = result.document(.en).blocks.compactMap { block -> String? in
            if case .section(let text) = block { return text }
            return nil
        }
        #expect(headings.count == 2)
        #expect(
            headings.first?.hasPrefix(L(.checkKindMissingLeader).en) == true && headings.first?.hasSuffix("(1)") == true
        )
        let zhHeadings = result.document(.zh).blocks.compactMap { block -> String? in
            if case .section(let text) = block { return text }
            return nil
        }
        #expect(zhHeadings.first?.hasPrefix(L(.checkKindMissingLeader).zh) == true)
        #expect(result.json["ok"] == .bool(false) && result.json["count"] == .int(2))
        let findings = result.json["findings"]?.arrayValue ?? []
        #expect(findings.map { $0["kind"]?.stringValue } == ["missing_leader", "past_planned"])
        #expect(findings.allSatisfy { $0["records"]?.arrayValue == [.string("s1")] })
    }
}
