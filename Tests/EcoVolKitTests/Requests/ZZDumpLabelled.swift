import Foundation
import Testing

@testable import EcoVolKit

@MainActor
@Suite struct ZZDumpLabelled {
    @Test func dump() throws {
        func encode(_ cases: [LabelledRequest]) -> [[String: Any]] {
            cases.map { c in
                var d: [String: Any] = ["text": c.text, "command": c.command ?? NSNull()]
                if !c.positionals.isEmpty { d["positionals"] = c.positionals }
                if !c.arguments.isEmpty { d["arguments"] = c.arguments }
                d["strict"] = true
                if c.command == "schedule" { d["any"] = ["title", "county"] }
                return d
            }
        }
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Labelled")
        for (name, cases) in [
            ("tuning", LabelledRequests.all), ("held-out-2026", HeldOutRequests.all), ("probe-2026", ProbeRequests.all),
        ] {
            let data = try JSONSerialization.data(withJSONObject: encode(cases), options: [.sortedKeys])
            try data.write(to: dir.appendingPathComponent(name + ".raw.json"))
        }
        let f = DateFormatter()
        f.timeZone = RequestFixture.zone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        let sessions: [[String: Any]] = RequestFixture.sessions.map { s in
            [
                "id": s.id, "title": s.title, "type": s.type.rawValue, "start": f.string(from: s.start),
                "hours": s.end.timeIntervalSince(s.start) / 3600, "city": s.city, "county": s.county ?? NSNull(),
                "audience": s.audience?.rawValue ?? NSNull(),
            ]
        }
        let people: [[String: Any]] = RequestFixture.people.map { p in
            ["id": p.id, "name": p.name, "registered": f.string(from: p.registered)]
        }
        let store: [String: Any] = [
            "now": "2026-12-01T10:00:00+08:00", "records": ["sessions": sessions, "people": people],
        ]
        let data = try JSONSerialization.data(withJSONObject: store, options: [.sortedKeys, .prettyPrinted])
        try data.write(to: dir.appendingPathComponent("fixture-store.raw.json"))
    }
}
