import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// Any sequence of changes, replayed from the journal (and from a snapshot taken midway),
/// gives exactly the state the store held in memory.
@Suite struct StoreReplayPropertyTests {
    static func operation(_ code: Int) -> StoreOperation {
        let s = "s\(code % 5)"
        let p = "p\((code / 5) % 7)"
        switch (code / 35) % 8 {
        case 0: return .putSession(sampleSession(s, hours: Double(code % 4 + 1)))
        case 1: return .deleteSession(s)
        case 2:
            return .putPerson(
                Person(
                    id: p, name: "名字\(code % 13) \"引号\" \\ 🌿\u{2028}", phone: code % 2 == 0 ? "13812345678" : nil,
                    registered: fixedNow.addingTimeInterval(Double(code) + 0.75)))
        case 3: return .deletePerson(p)
        case 4, 5:
            var part = sampleParticipation(s, p, hours: Double(code % 9) / 4 + 0.1)
            part.note = code % 3 == 0 ? "备注,\n\(code)" : nil
            part.status = ParticipationStatus.allCases[code % 4]
            part.checkIn = code % 5 == 0 ? fixedNow.addingTimeInterval(0.4) : nil
            part.evaluation = code % 6 == 0 ? 5 : nil
            return .putParticipation(part)
        case 6: return .deleteParticipation(ParticipationKey(session: s, person: p))
        default: return .putProject(Project(id: "j\(code % 3)", name: "项目\(code)", created: fixedNow))
        }
    }

    @Test func replayEqualsMemory() async {
        await propertyCheck(count: 40, input: Gen.int(in: 0...10_000).array(of: 1...30), Gen.int(in: 0...30)) {
            codes, compactAt in
            let dir = temporaryStoreDirectory()
            let store = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
            for (i, code) in codes.enumerated() {
                try store.append(command: "t", [Self.operation(code), Self.operation(code &* 7 &+ 3)])
                if i == compactAt { try store.compact() }
            }
            let replayed = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
            #expect(replayed.state.hasSameContent(as: store.state))
            try replayed.compact()
            let fromSnapshot = try JSONFileStore(directory: dir)
            #expect(fromSnapshot.state.hasSameContent(as: store.state))
            try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent)
        }
    }
}
