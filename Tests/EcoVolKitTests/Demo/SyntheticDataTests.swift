import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Synthetic data and ecovol demo")
struct SyntheticDataTests {
    static func collect(_ generator: SyntheticOutreach, batchSize: Int = 500) -> (
        ops: [StoreOperation], summary: SyntheticOutreach.Summary
    ) {
        var ops: [StoreOperation] = []
        let summary = generator.generate(batchSize: batchSize) { batch in
            #expect(batch.count <= batchSize)
            ops += batch
        }
        return (ops, summary)
    }

    @Test func outreachIsDeterministic() {
        let scale = SyntheticOutreach.Scale.proportionate(participations: 3_000)
        let a = Self.collect(SyntheticOutreach(scale: scale, seed: 7))
        let b = Self.collect(SyntheticOutreach(scale: scale, seed: 7), batchSize: 97)
        let c = Self.collect(SyntheticOutreach(scale: scale, seed: 8))
        #expect(a.ops == b.ops)
        #expect(a.summary == b.summary)
        #expect(a.ops != c.ops)
    }

    @Test func outreachCountsAreExact() async {
        await propertyCheck(input: Gen.int(in: 0...4_000)) { n in
            let scale = SyntheticOutreach.Scale.proportionate(participations: n)
            let (ops, summary) = Self.collect(SyntheticOutreach(scale: scale, seed: UInt64(n)))
            var sessions = 0
            var people = 0
            var rows = 0
            for op in ops {
                switch op {
                case .putSession: sessions += 1
                case .putPerson: people += 1
                case .putParticipation: rows += 1
                default: break
                }
            }
            #expect(rows == n)
            #expect(summary.participations == n)
            #expect(sessions == scale.sessions)
            #expect(people == scale.people)
        }
    }

    @Test func outreachRecordsAreValid() {
        let cities = City.all.map(\.name)
        let (ops, _) = Self.collect(SyntheticOutreach(scale: .proportionate(participations: 5_000), seed: 3))
        var sessions: [String: Session] = [:]
        var people: [String: Person] = [:]
        var projects: Set<String> = Set(Project.builtIns.map(\.id))
        var keys: Set<ParticipationKey> = []
        for op in ops {
            switch op {
            case .putProject(let p):
                projects.insert(p.id)
                #expect(OutreachID.isWellFormed(p.id))
            case .putPerson(let p):
                #expect(people[p.id] == nil)
                #expect(OutreachID.isWellFormed(p.id) && p.id.hasPrefix("p"))
                #expect(PhoneNumber.normalize(p.phone ?? "") == p.phone)
                #expect((2...3).contains(p.name.count))
                people[p.id] = p
            case .putSession(let s):
                #expect(sessions[s.id] == nil)
                #expect(cities.contains(s.city))
                #expect(s.end > s.start && s.hours >= 1.5 && s.hours <= 4)
                #expect(s.project.map(projects.contains) ?? true)
                #expect((s.type == .training) == (s.trainingLevel != nil))
                sessions[s.id] = s
            case .putParticipation(let p):
                // Sessions and people come before the rows that name them; one row per pair.
                let session = sessions[p.session]
                #expect(session != nil)
                #expect(people[p.person] != nil)
                #expect(keys.insert(p.key).inserted)
                #expect(p.scheduledHours == session?.hours)
                #expect(p.actualHours <= p.scheduledHours)
                if session?.status == .done {
                    #expect(p.status == .attended || p.status == .noShow)
                } else {
                    #expect(p.status == .signedUp)
                }
            default: Issue.record("unexpected operation \(op)")
            }
        }
        #expect(Set(sessions.values.map(\.city)).count == cities.count)
        #expect(Set(sessions.values.map(\.type)).count == ServiceType.allCases.count)
    }

    @Test func fillWritesAStoreThatReopensTheSame() throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        let summary = try SyntheticOutreach(scale: .proportionate(participations: 2_000), seed: 11).fill(
            store, batchSize: 300)
        #expect(store.state.participationCount == 2_000)
        #expect(store.statistics.journalLines == 0)
        let reopened = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        #expect(reopened.state.hasSameContent(as: store.state))
        let total = reopened.state.people.keys.reduce(0.0) { $0 + reopened.state.totalHours(person: $1) }
        #expect(abs(total - summary.attendedHours) < 0.001)
        store.close()
    }

    @Test func knowledgeKeepsRealEntriesAndMakesUniqueIDs() {
        let real = (0..<20).map { n in
            KnowledgeEntry(
                id: "e\(n)", kind: .fact, title: "垃圾分类第\(n)条", keywords: ["垃圾", "分类\(n)", "waste"],
                body: "第一句话讲垃圾分类。第二句讲节水\(n)！第三句？\n\n最后一段。")
        }
        let big = SyntheticKnowledge.entries(from: real, count: 500, seed: 1)
        #expect(big.count == 500)
        #expect(Array(big.prefix(20)) == real)
        #expect(Set(big.map(\.id)).count == 500)
        #expect(big.allSatisfy { !$0.body.isEmpty && !$0.keywords.isEmpty && !$0.title.isEmpty })
        #expect(big == SyntheticKnowledge.entries(from: real, count: 500, seed: 1))
        #expect(big != SyntheticKnowledge.entries(from: real, count: 500, seed: 2))
        #expect(SyntheticKnowledge.entries(from: real, count: 5) == Array(real.prefix(5)))
        let queries = SyntheticKnowledge.queries(from: real, count: 64)
        #expect(queries.count == 64 && queries.allSatisfy { !$0.isEmpty })
        #expect(queries == SyntheticKnowledge.queries(from: real, count: 64))
    }

    @MainActor @Test func demoRefusesANonEmptyDirectoryUnlessForced() async throws {
        let dir = temporaryStoreDirectory()
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: dir + "/notes.txt", contents: Data("mine".utf8))
        let refused = await DemoTool.run(directory: dir, language: .en)
        #expect(refused.exitStatus == 1)
        #expect(refused.output.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/outreach.json"))
        let now = Date(timeIntervalSince1970: 1_780_000_000)
        let forced = await DemoTool.run(directory: dir, force: true, city: "遵义", now: now, language: .zh)
        #expect(forced.exitStatus == 0)
        let store = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        #expect(store.state.participationCount == SyntheticOutreach.Scale.cityYear.participations)
        #expect(store.state.sessions.values.allSatisfy { $0.city == "遵义市" })
        #expect(store.state.sessions.values.contains { $0.status == .planned })
        #expect(store.state.sessions.values.contains { $0.status == .done })
        #expect(await DemoTool.run(directory: dir + "/x", city: "nowhere", language: .en).exitStatus == 2)
    }
}
