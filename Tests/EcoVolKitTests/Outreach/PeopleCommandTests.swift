import Foundation
import Testing

@testable import EcoVolKit

/// `/people [query]` against a temporary store: who a query finds (part of a name or an
/// organisation, the start of an id, phone digits), that merged records stay out of the list,
/// that phones are never shown whole, and the credited hours beside each name.
@MainActor
@Suite struct PeopleCommandTests {
    /// 张三 (贵州大学, 2 hours at a finished session), 李四 (遵义医科大学), and 张叁, merged into 张三.
    private func store() throws -> String {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        var session = sampleSession("s1")
        session.status = .done
        try store.append(
            command: "seed",
            [
                .putSession(session),
                .putPerson(
                    Person(
                        id: "p1", name: "张三", phone: "13812345678", organisation: "贵州大学", registered: fixedNow)),
                .putPerson(
                    Person(
                        id: "p2", name: "李四", phone: "13900001111", organisation: "遵义医科大学", registered: fixedNow)),
                .putPerson(Person(id: "p3", name: "张叁", registered: fixedNow, mergedInto: "p1")),
                .putParticipation(sampleParticipation("s1", "p1", hours: 2)),
            ])
        store.close()
        return dir
    }

    private func names(_ c: CommandContext, _ line: String) async throws -> [String] {
        let outcome = await run(c, line + " --json")
        #expect(outcome.status == .succeeded, "\(line): \(String(describing: outcome.error?.message.zh))")
        let people = try #require(outcome.output?.json["people"]?.arrayValue, "\(line)")
        return people.compactMap { $0["name"]?.stringValue }
    }

    @Test func aQueryFindsByNameOrganisationIdOrPhoneDigits() async throws {
        let c = makeContext(try store())
        #expect(try await names(c, "/people") == ["李四", "张三"])
        #expect(try await names(c, "/people 张") == ["张三"])
        #expect(try await names(c, "/人员 医科") == ["李四"])
        #expect(try await names(c, "/people P2") == ["李四"])
        #expect(try await names(c, "/people 5678") == ["张三"])
        #expect(try await names(c, "/people 13900001111") == ["李四"])
        // Three digits are not enough to search phones by.
        #expect(try await names(c, "/people 678").isEmpty)
    }

    @Test func phonesAreMaskedAndHoursAreCredited() async throws {
        let c = makeContext(try store())
        let table = await run(c, "/people 张三")
        let text = plainText(table)
        #expect(text.contains("138****5678") && !text.contains("13812345678"), "\(text)")
        #expect(text.contains("贵州大学"))
        let json = try #require(await run(c, "/people 张三 --json").output?.json["people"]?.arrayValue?.first)
        #expect(json["phone"]?.stringValue == "138****5678")
        #expect(json["hours"] == .number(2) && json["organisation"]?.stringValue == "贵州大学")
        #expect(try await names(c, "/people 李四").count == 1)
        let li = try #require(await run(c, "/people 李四 --json").output?.json["people"]?.arrayValue?.first)
        #expect(li["hours"] == .number(0))
    }

    @Test func nobodyFoundIsSaidInTheUsersLanguage() async throws {
        let dir = try store()
        let zh = await run(makeContext(dir), "/people 王")
        #expect(zh.status == .succeeded && plainText(zh) == "没有找到人员。")
        let en = await run(makeContext(dir, language: .en), "/people nobody --json")
        #expect(plainText(en) == "No people found." && en.output?.json["people"] == .array([]))
        // The merged record is found by nothing, not even its own id.
        #expect(try await names(makeContext(dir), "/people p3").isEmpty)
    }
}
