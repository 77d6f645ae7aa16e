import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The `OutreachStore` contract, run on every backend: what a commit saves, what a stale
/// instance sees, that concurrent writers lose nothing, that history replays to the same
/// state, that undo restores it, and that bad input is refused whole.
@MainActor
@Suite struct StoreConformanceTests {
    /// Runs `body` on a fresh fixture of `kind` and always cleans up.
    func with(_ kind: StoreKind, _ body: (StoreBackendFixture) async throws -> Void) async throws {
        let fixture = try await StoreBackendFixture.make(kind)
        do {
            try await body(fixture)
        } catch {
            await fixture.finish()
            throw error
        }
        await fixture.finish()
    }

    func fullSession(_ id: String) -> Session {
        Session(
            id: id, title: "“河长制”进校园 \"quoted\" \\ back\nline 🌿", type: .training,
            trainingLevel: TrainingLevel.allCases.first,
            start: fixedNow.addingTimeInterval(0.25), end: fixedNow.addingTimeInterval(5400.75),
            timeZone: "Asia/Shanghai", venue: "遵义市红花岗区 会议室",
            city: "遵义市", county: "红花岗区", audience: .school, project: "qianxing", capacity: 40,
            lecturers: ["王老师", "Li"],
            organiser: "市生态环境局", leader: "张三", recorder: "李四", support: SupportKind.allCases, status: .done,
            cancelReason: nil,
            reached: 1200, rating: 5, notes: String(repeating: "长", count: 5000), series: "r1", created: fixedNow,
            updated: fixedNow.addingTimeInterval(60))
    }

    // MARK: - Scenarios

    @Test(arguments: StoreBackendFixture.kinds)
    func emptyStoreOpensEmpty(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            #expect(store.seq == 0)
            #expect(store.state.sessions.isEmpty && store.state.people.isEmpty && store.state.participationCount == 0)
            #expect(store.isWritable)
            #expect(store.kind == kind)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func committedChangeReplaysInANewInstance(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            var person = Person(
                id: "p0000001", name: "王小明 O'Neil \"🌱\"", phone: "13812345678", organisation: "遵义师范学院",
                skills: ["讲解", "摄影"],
                registered: fixedNow.addingTimeInterval(0.5), consent: "2026-05-01", idNumber: nil)
            person.updated = fixedNow.addingTimeInterval(1)
            var part = sampleParticipation("s0000001", "p0000001", hours: 1.5)
            part.role = ParticipationRole.allCases.last ?? part.role
            part.checkIn = fixedNow.addingTimeInterval(10.125)
            part.note = "迟到 10 分钟,\t\"ok\""
            part.evaluation = 4
            let project = Project(id: "j0000001", name: "赤水河保护", city: "遵义市", note: "年度", created: fixedNow)
            let commit = try await store.commit(command: "schedule") { _ in
                [
                    .putSession(self.fullSession("s0000001")), .putPerson(person), .putParticipation(part),
                    .putProject(project),
                ]
            }
            #expect(commit?.seq == 1)
            #expect(commit?.command == "schedule")
            #expect(store.seq == 1)
            let other = try await f.open()
            #expect(other.seq == 1)
            #expect(other.state.hasSameContent(as: store.state))
            #expect(other.state.sessions["s0000001"] == store.state.sessions["s0000001"])
            #expect(other.state.people["p0000001"]?.name == person.name)
            #expect(other.state.participation(part.key)?.note == part.note)
            #expect(other.state.project("j0000001")?.name == "赤水河保护")
            #expect(other.state.totalHours(person: "p0000001") == 1.5)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func anEmptyBuildWritesNothing(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            try await store.append(command: "seed", [.putPerson(samplePerson("p1"))])
            let none = try await store.commit(command: "noop") { _ in [] }
            #expect(none == nil)
            #expect(store.seq == 1)
            #expect(try await f.open().seq == 1)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func aThrowingBuildSavesNothingAndTheStoreGoesOn(_ kind: StoreKind) async throws {
        struct Refused: Error {}
        try await with(kind) { f in
            let store = try await f.open()
            await #expect(throws: Refused.self) {
                try await store.commit(command: "bad") { _ in throw Refused() }
            }
            #expect(store.seq == 0)
            try await store.append(command: "good", [.putPerson(samplePerson("p1"))])
            #expect(store.seq == 1)
            #expect(try await f.open().state.people.count == 1)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func aStaleInstanceSeesOthersOnlyAfterRefresh(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let a = try await f.open()
            let b = try await f.open()
            try await a.append(command: "add", [.putPerson(samplePerson("p1"))])
            #expect(b.state.people.isEmpty, "state changes only on refresh or commit")
            #expect(b.seq == 0)
            try await b.refresh()
            #expect(b.state.people["p1"] != nil)
            #expect(b.seq == 1)
            try await b.refresh()
            #expect(b.seq == 1, "refresh twice applies nothing twice")
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func commitBuildsOnFreshStateSoNoUpdateIsLost(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let a = try await f.open()
            let b = try await f.open()
            try await a.append(command: "seed", [.putSession(sampleSession("s1"))])
            // Each writer adds one to the session's `reached`, from whatever it sees in `build`.
            for i in 0..<10 {
                let writer = i % 2 == 0 ? a : b
                try await writer.commit(command: "count") { state in
                    var s = try #require(state.sessions["s1"])
                    s.reached = (s.reached ?? 0) + 1
                    return [.putSession(s)]
                }
            }
            let fresh = try await f.open()
            #expect(fresh.state.sessions["s1"]?.reached == 10)
            #expect(fresh.seq == 11)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func concurrentWritersGetDistinctIDsAndGaplessSeqs(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let writers = [try await f.open(), try await f.open(), try await f.open()]
            let perWriter = 12
            let tasks = writers.enumerated().map { w, store in
                Task { @MainActor in try await Self.addPeople(store, writer: w, count: perWriter) }
            }
            var all: [Int] = []
            for task in tasks {
                let seqs = try await task.value
                #expect(seqs == seqs.sorted(), "one writer's seqs grow")
                all += seqs
            }
            #expect(all.sorted() == Array(1...(perWriter * writers.count)))
            let fresh = try await f.open()
            #expect(fresh.state.people.count == perWriter * writers.count)
            #expect(Set(fresh.state.people.keys) == Set((1...(perWriter * writers.count)).map { "p\($0)" }))
            #expect(fresh.seq == perWriter * writers.count)
        }
    }

    /// `count` commits whose new id depends on what the writer sees: a lost update would reuse one.
    static func addPeople(_ store: any OutreachStore, writer: Int, count: Int) async throws -> [Int] {
        var seqs: [Int] = []
        for _ in 0..<count {
            let commit = try await store.commit(command: "add") { state in
                [.putPerson(Person(id: "p\(state.people.count + 1)", name: "writer \(writer)", registered: fixedNow))]
            }
            seqs.append(try #require(commit?.seq))
        }
        return seqs
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func undoIsANewChangeThatRestoresTheRecords(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            try await store.append(
                command: "add", [.putPerson(samplePerson("p1", name: "甲")), .putSession(sampleSession("s1"))])
            let before = try await f.open().state
            let renamed = Person(id: "p1", name: "乙", phone: "13812345678", registered: fixedNow)
            let edited = try await store.append(
                command: "edit",
                [.putPerson(renamed), .putParticipation(sampleParticipation("s1", "p1")), .deleteSession("s1")])
            let change = try #require(edited)
            let undo = try await store.commit(command: "undo", undoes: change.seq) { state in
                change.operations.allSatisfy { state.matches($0) } ? change.inverse : []
            }
            #expect(undo?.seq == 3)
            let fresh = try await f.open()
            #expect(fresh.seq == 3, "undo adds a change; history is not rewritten")
            #expect(fresh.state.hasSameContent(as: before))
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func undoSeesAnotherWritersLaterChange(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let a = try await f.open()
            let b = try await f.open()
            let change = try #require(try await a.append(command: "add", [.putPerson(samplePerson("p1", name: "甲"))]))
            try await b.append(command: "edit", [.putPerson(samplePerson("p1", name: "丙"))])
            // `a` has not refreshed, yet its build sees b's edit, so /undo can refuse.
            let matched = try await a.commit(command: "undo", undoes: change.seq) { state in
                change.operations.allSatisfy { state.matches($0) } ? change.inverse : []
            }
            #expect(matched == nil)
            #expect(a.state.people["p1"]?.name == "丙")
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func deletingWhatIsNotThereIsHarmless(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            try await store.append(
                command: "rm",
                [
                    .deleteSession("nope"), .deletePerson("nope"), .deleteProject("nope"),
                    .deleteParticipation(ParticipationKey(session: "a", person: "b")),
                ])
            let fresh = try await f.open()
            #expect(fresh.seq == 1)
            #expect(fresh.state.sessions.isEmpty && fresh.state.participationCount == 0)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func badValuesAreRefusedWholeNamingTheField(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            var nul = samplePerson("p1", name: "名\u{0}字")
            nul.organisation = "ok"
            var nan = sampleParticipation("s1", "p2")
            nan.actualHours = .nan
            for (ops, field) in [
                ([StoreOperation.putPerson(samplePerson("p0")), .putPerson(nul)], "person.name"),
                ([.putParticipation(nan)], "participation.actualHours"),
            ] {
                do {
                    try await store.append(command: "bad", ops)
                    Issue.record("\(field) was accepted")
                } catch let error as StoreError {
                    #expect(error.message.en.contains(field))
                    #expect(error.message.zh.contains(field))
                }
            }
            #expect(store.seq == 0)
            let fresh = try await f.open()
            #expect(fresh.seq == 0 && fresh.state.people.isEmpty, "nothing of a refused change is kept")
            try await store.append(command: "good", [.putPerson(samplePerson("p1"))])
            #expect(store.seq == 1)
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func anyTextRoundTrips(_ kind: StoreKind) async throws {
        try await with(kind) { f in
            let store = try await f.open()
            var written: [String: String] = [:]
            await propertyCheck(count: 25, input: TestGen.text(0...60)) { raw in
                let text = String(raw.unicodeScalars.filter { $0 != "\u{0}" })
                let id = "p\(written.count + 1)"
                written[id] = text
                try await store.append(
                    command: "t", [.putPerson(Person(id: id, name: text, organisation: text, registered: fixedNow))])
            }
            let fresh = try await f.open()
            for (id, text) in written {
                #expect(fresh.state.people[id]?.name == text)
                #expect(fresh.state.people[id]?.organisation == text)
            }
        }
    }

    @Test(arguments: StoreBackendFixture.kinds)
    func anyHistoryReplaysToTheSameState(_ kind: StoreKind) async throws {
        await propertyCheck(count: kind == .postgres ? 8 : 20, input: Gen.int(in: 0...10_000).array(of: 1...16)) {
            codes in
            try await with(kind) { f in
                let a = try await f.open()
                let b = try await f.open()
                var model = OutreachState()
                for (i, code) in codes.enumerated() {
                    let ops = [
                        StoreReplayPropertyTests.operation(code), StoreReplayPropertyTests.operation(code &* 7 &+ 3),
                    ]
                    let normalized = ops.map(\.normalized)
                    for op in normalized { model.apply(op) }
                    try await (i % 2 == 0 ? a : b).append(command: "t", ops)
                }
                let fresh = try await f.open()
                #expect(fresh.seq == codes.count)
                #expect(fresh.state.hasSameContent(as: model))
                try await a.refresh()
                #expect(a.state.hasSameContent(as: model))
            }
        }
    }
}
