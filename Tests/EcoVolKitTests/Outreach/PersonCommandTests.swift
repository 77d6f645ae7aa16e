import Foundation
import Testing

@testable import EcoVolKit

/// `/person`: one person's record as a coordinator reads it — found by id, phone or name,
/// identifiers masked, credited hours (overlapping sessions counted once), history newest first.
@MainActor
@Suite struct PersonCommandTests {
    /// 张三 (with phone and org) attended two overlapping sessions on 20 May and is signed up
    /// for one on 5 June; returns the sessions' ids, earliest first.
    static func store(_ dir: String) async throws -> [String] {
        let c = makeContext(dir)
        let morning = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let late = try await scheduleSession(c, "start=\"2026-05-20 10:00\" duration=2h venue=另一处")
        let june = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=3h")
        #expect(await run(c, "/log \(morning) name=张三 phone=13812345678 org=贵州大学").status == .succeeded)
        #expect(await run(c, "/log \(late) 张三 role=lecturer").status == .succeeded)
        #expect(await run(c, "/log \(june) 张三").status == .succeeded)
        return [morning, late, june]
    }

    @Test func theRecordShowsMaskedIdentifiersCreditedHoursAndHistoryNewestFirst() async throws {
        let dir = temporaryStoreDirectory()
        let ids = try await Self.store(dir)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        let json = await succeededJSON(makeContext(dir, language: .en), "/person 张三 --json")
        #expect(json["id"]?.stringValue == zhang.id && json["name"]?.stringValue == "张三")
        #expect(json["phone"]?.stringValue == PhoneNumber.mask("13812345678"))
        #expect(json["phone"]?.stringValue != "13812345678")
        #expect(json["organisation"]?.stringValue == "贵州大学")
        // 09:00–11:00 and 10:00–12:00 are three hours of service, not four.
        #expect(json["hours"]?.doubleValue == 3)
        #expect(json["stars"]?.intValue == 0 && json["hours_to_next_star"]?.doubleValue == 97)
        let history = try #require(json["history"]?.arrayValue)
        #expect(history.compactMap { $0["session"]?.stringValue } == ids.reversed())
        #expect(history.compactMap { $0["status"]?.stringValue } == ["signed_up", "attended", "attended"])
        #expect(history.compactMap { $0["role"]?.stringValue } == ["volunteer", "lecturer", "volunteer"])
        #expect(history.compactMap { $0["hours"]?.doubleValue } == [0, 1, 2])
        #expect(history[1]["overlaps"]?.arrayValue == [.string(ids[0])])
        #expect(history[2]["overlaps"]?.arrayValue?.isEmpty == true)
    }

    @Test func thePersonIsFoundByIdPhoneOrNameAndTheScreenWarnsOfTheOverlap() async throws {
        let dir = temporaryStoreDirectory()
        let ids = try await Self.store(dir)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        for text in [zhang.id, "13812345678", "\"138 1234 5678\"", "+8613812345678", "张三", zhang.id.uppercased()] {
            let json = await succeededJSON(makeContext(dir), "/个人 \(text) --json")
            #expect(json["id"]?.stringValue == zhang.id, "\(text)")
        }
        let outcome = await run(makeContext(dir, language: .en), "/person 张三")
        let text = plainText(outcome)
        #expect(text.contains(L(.hoursOverlapNote, ["count": "1"]).en), "\(text)")
        #expect(text.contains(ids[0]) && text.contains(PhoneNumber.mask("13812345678")))
        #expect(!text.contains("13812345678"))
    }

    @Test func aMergedDuplicatesIdLeadsToThePersonKept() async throws {
        let dir = temporaryStoreDirectory()
        let ids = try await Self.store(dir)
        let c = makeContext(dir)
        #expect(await run(c, "/log \(ids[2]) name=张小三").status == .succeeded)
        let records = try await StoredRecords.read(dir)
        let kept = try #require(records.person(named: "张三"))
        let duplicate = try #require(records.person(named: "张小三"))
        #expect(await run(c, "/merge \(kept.id) \(duplicate.id) confirm=yes").status == .succeeded)
        let json = await succeededJSON(c, "/person \(duplicate.id) --json")
        #expect(json["id"]?.stringValue == kept.id)
    }

    @Test func anUnknownOrSharedNameIsRefusedNamingThePersonField() async throws {
        let dir = temporaryStoreDirectory()
        let ids = try await Self.store(dir)
        let unknown = try await refusal(dir, "/person 王五")
        #expect(unknown.code == "person.unknown" && unknown.field == "person")
        #expect(unknown.zh.contains("王五") && unknown.en.contains("王五"))
        // A second 张三, with another phone: without a keyboard to ask, the refusal lists both.
        let c = makeContext(dir)
        #expect(await run(c, "/log \(ids[2]) name=张三 phone=13900001111").status == .succeeded)
        let shared = try await refusal(dir, "/person 张三")
        #expect(shared.code == "person.ambiguous" && shared.field == "person")
        for masked in [PhoneNumber.mask("13812345678"), PhoneNumber.mask("13900001111")] {
            #expect(shared.zh.contains(masked) && shared.en.contains(masked), "\(shared.en)")
        }
        let missing = try await refusal(dir, "/person")
        #expect(missing.field == "person")
    }
}
