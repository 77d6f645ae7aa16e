import Foundation

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
