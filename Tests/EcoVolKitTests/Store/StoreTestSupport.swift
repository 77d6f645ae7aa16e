import Foundation
import Testing

@testable import EcoVolKit

/// A fresh temporary directory per test; never the user's data.
func temporaryStoreDirectory(_ name: String = #function) -> String {
    let base = NSTemporaryDirectory() + "ecovol-tests-" + UUID().uuidString.prefix(8)
    try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
    return base + "/store"
}

let fixedNow = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28T20:26:40Z, Friday 29 May in Shanghai

func sampleSession(_ id: String, hours: Double = 2, city: String = "贵阳市") -> Session {
    Session(
        id: id, title: "垃圾分类进社区 \(id)", type: .education, start: fixedNow,
        end: fixedNow.addingTimeInterval(hours * 3600),
        city: city, audience: .community, project: "qianxing", created: fixedNow)
}

func samplePerson(_ id: String, name: String? = nil) -> Person {
    Person(id: id, name: name ?? "志愿者\(id)", phone: "13812345678", registered: fixedNow)
}

func sampleParticipation(_ session: String, _ person: String, hours: Double = 2) -> Participation {
    Participation(session: session, person: person, status: .attended, scheduledHours: hours, logged: fixedNow)
}

/// Runs `work` to the end from synchronous code (a store's build closure), on the global
/// executor, so the caller may block on it without holding up what `work` waits for.
func blockUntilDone(_ work: @escaping @Sendable () async -> Void) {
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        await work()
        done.signal()
    }
    done.wait()
}

/// A JSON store with session s1 and `people` people logged at it for 3 h, one change each,
/// whose journal line 4 (change no. 3) has a digit flipped after its checksum was written
/// (actual hours 3 → 9), so that line, and the changes after it, fail verification.
func storeWithFlippedJournalDigit(people: Int) throws -> String {
    let dir = temporaryStoreDirectory()
    do {
        let store = try JSONFileStore(directory: dir)
        try store.append(command: "t", [.putSession(sampleSession("s1"))])
        for i in 0..<people {
            try store.append(
                command: "t",
                [.putPerson(samplePerson("p\(i)")), .putParticipation(sampleParticipation("s1", "p\(i)", hours: 3))])
        }
    }
    let journal = dir + "/journal.jsonl"
    var text = try String(contentsOfFile: journal, encoding: .utf8)
    let target = String(text.split(separator: "\n")[3])
    let changed = target.replacingOccurrences(of: "\"attended\",3,3", with: "\"attended\",3,9")
    #expect(changed != target)
    text = text.replacingOccurrences(of: target, with: changed)
    try text.write(toFile: journal, atomically: false, encoding: .utf8)
    return dir
}
