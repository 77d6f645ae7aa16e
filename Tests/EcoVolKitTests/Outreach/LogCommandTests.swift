import Foundation
import Testing

@testable import EcoVolKit

/// `/log` and `/unlog`: who is registered, what row each person gets, what `--json` reports,
/// and every refusal naming its field in both languages with the store untouched.
@MainActor
@Suite struct LogCommandTests {
    @Test func loggingNewNamesRegistersThemAndSignsThemUpForTheSessionsLength() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        let outcome = await run(c, "/log \(id) 张三 李四 --json")
        #expect(outcome.status == .succeeded)
        let json = try #require(outcome.output?.json)
        let records = try await StoredRecords.read(dir)
        #expect(json["saved"] == .bool(true) && json["seq"]?.intValue == records.seq)
        #expect(json["session"]?.stringValue == id)
        let logged = try #require(json["logged"]?.arrayValue)
        #expect(logged.compactMap { $0["name"]?.stringValue } == ["张三", "李四"])
        #expect(logged.allSatisfy { $0["status"]?.stringValue == "signed_up" && $0["hours"]?.doubleValue == 2 })
        for entry in logged {
            let person = try #require(records.people[entry["person"]?.stringValue ?? ""])
            #expect(person.name == entry["name"]?.stringValue)
            #expect(records.participation(id, person.name)?.role == .volunteer)
        }
        // Each newcomer is announced with the id they were given.
        let warnings = outcome.output?.warnings.map(\.en) ?? []
        for name in ["张三", "李四"] {
            let id = try #require(records.person(named: name)?.id)
            #expect(warnings.contains(L(.outreachRegistered, ["name": name, "id": id]).en), "\(warnings)")
        }
    }

    @Test func fromTheSessionsStartALogIsAttendanceWithTheHoursGiven() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let outcome = await run(c, "/log \(id) name=赵六 phone=13812345678 org=贵州大学 role=staff hours=5 note=带队")
        #expect(outcome.status == .succeeded)
        let records = try await StoredRecords.read(dir)
        let row = try #require(records.participation(id, "赵六"))
        #expect(row.status == .attended && row.role == .staff && row.actualHours == 5 && row.scheduledHours == 2)
        #expect(row.note == "带队")
        let person = try #require(records.person(named: "赵六"))
        #expect(person.phone == "13812345678" && person.organisation == "贵州大学")
        // More hours than the session lasted is kept, with a word to check it.
        let warning = L(.rulesHoursAboveLength, ["name": "赵六", "hours": "5", "length": "2"])
        #expect(outcome.output?.warnings.contains(warning) == true, "\(outcome.output?.warnings.map(\.en) ?? [])")
    }

    @Test func aLecturerOfTheSessionIsLoggedAsOneAndAnExplicitRoleWins() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h lecturer=张三")
        #expect(await run(c, "/登记 \(id) 张三 李四").status == .succeeded)
        #expect(await run(c, "/log \(id) name=王五 角色=讲师").status == .succeeded)
        let records = try await StoredRecords.read(dir)
        #expect(records.participation(id, "张三")?.role == .lecturer)
        #expect(records.participation(id, "李四")?.role == .volunteer)
        #expect(records.participation(id, "王五")?.role == .lecturer)
    }

    @Test func loggingSomeoneTwiceChangesNothingAndSaysSo() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        let before = try await StoredRecords.read(dir)
        let again = await run(c, "/log \(id) 张三 张三 --json")
        #expect(again.status == .succeeded)
        #expect(again.output?.json["saved"] == .bool(false) && again.output?.json["seq"] == nil)
        #expect(again.output?.json["logged"]?.arrayValue?.isEmpty == true)
        #expect(again.output?.warnings.contains(L(.outreachAlreadyLogged, ["name": "张三"])) == true)
        #expect(try await StoredRecords.read(dir) == before)
    }

    @Test func aPhoneGivenForSomeoneKnownWithoutOneIsAddedToTheirRecord() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let first = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let second = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(first) 张三").status == .succeeded)
        let outcome = await run(c, "/log \(second) name=张三 phone=13812345678")
        #expect(outcome.status == .succeeded)
        let records = try await StoredRecords.read(dir)
        #expect(records.people.count == 1)
        let zhang = try #require(records.person(named: "张三"))
        #expect(zhang.phone == "13812345678" && zhang.updated == fixedNow)
        #expect(records.participation(second, "张三")?.status == .signedUp)
        #expect(outcome.output?.warnings.contains { $0.en.contains(PhoneNumber.mask("13812345678")) } == true)
    }

    @Test func aFullSessionWaitlistsTheRestInTheOrderLogged() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=1")
        let json = await succeededJSON(c, "/log \(id) 张三 李四 王五 --json")
        #expect(
            json["logged"]?.arrayValue?.compactMap { $0["status"]?.stringValue }
                == ["signed_up", "waitlisted", "waitlisted"])
        // Unlogging the one with the place moves the first waiting one up, and says who.
        let unlog = await succeededJSON(c, "/unlog \(id) 张三 --json")
        #expect(unlog["promoted"]?.arrayValue == [.string("李四")])
        let records = try await StoredRecords.read(dir)
        #expect(unlog["seq"]?.intValue == records.seq)
        #expect(records.participation(id, "张三") == nil)
        #expect(records.person(named: "张三") != nil, "the person stays on record")
        #expect(records.participation(id, "李四")?.status == .signedUp)
        #expect(records.participation(id, "王五")?.status == .waitlisted)
    }

    /// A finished session credited 张三's hours: taking him off it would quietly lower every
    /// total and certificate, so it takes force=yes (as cancelling a finished session does).
    @Test func creditedHoursComeOffAFinishedSessionOnlyWithForce() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-28 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        #expect(await run(c, "/done \(id)").status == .succeeded)
        let refused = try await refusal(dir, "/unlog \(id) 张三")
        #expect(refused.code == "participation.credited" && refused.field == "force")
        #expect(refused.zh.contains("force=yes") && refused.zh.contains("2 小时"), "\(refused.zh)")
        #expect(refused.en.contains("force=yes") && refused.en.contains("no-show"), "\(refused.en)")
        #expect(
            try await c.outreachStore().state.serviceHours(
                person: try #require(
                    try await StoredRecords.read(dir).person(named: "张三")?.id), asOf: c.now()
            ).hours == 2)
        #expect(await run(c, "/unlog \(id) 张三 force=yes").status == .succeeded)
        let records = try await StoredRecords.read(dir)
        #expect(records.participation(id, "张三") == nil)
    }

    /// A Latin name in two words is one person when quoted, when either word is a registered
    /// name, or when the first word is not a surname; at the keyboard the user says which.
    @Test func aLatinNameInTwoWordsIsOnePersonOrTwoAsTheUserSays() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) \"Li Na\" Tom Jerry").status == .succeeded)
        var names = Set(try await StoredRecords.read(dir).people.values.map(\.name))
        #expect(names == ["Li Na", "Tom", "Jerry"])
        // Li and Na registered on their own before: two people, as typed.
        let other = try await scheduleSession(c, "start=\"2026-06-06 09:30\" duration=2h")
        #expect(await run(c, "/log \(other) Li").status == .succeeded)
        #expect(await run(c, "/log \(other) Li Na").status == .succeeded)
        names = Set(try await StoredRecords.read(dir).people.values.map(\.name))
        #expect(names == ["Li Na", "Tom", "Jerry", "Li", "Na"])
        // Asked: "no" keeps two people, "yes" (the default) makes one.
        let asked = try await scheduleSession(c, "start=\"2026-06-07 09:30\" duration=2h")
        let no = ScriptedPrompter(["no"])
        let askedNo = makeContext(dir)
        askedNo.prompter = no  // the context holds its prompter weakly
        #expect(await run(askedNo, "/log \(asked) Wang Fang").status == .succeeded)
        let yes = ScriptedPrompter([""])
        let askedYes = makeContext(dir)
        askedYes.prompter = yes
        #expect(await run(askedYes, "/log \(asked) Zhang Wei").status == .succeeded)
        #expect(no.answers.isEmpty && yes.answers.isEmpty)
        let records = try await StoredRecords.read(dir)
        #expect(records.participation(asked, "Wang") != nil && records.participation(asked, "Fang") != nil)
        #expect(records.participation(asked, "Zhang Wei") != nil && records.person(named: "Zhang") == nil)
    }

    /// `{id}` is an upcoming session with 张三 (phone 13812345678) logged, `{cancelled}` a
    /// cancelled one.
    typealias Bad = BadLine

    nonisolated static let bad: [Bad] = [
        Bad(line: "/log {id}", code: "value.missing", field: "names", shown: ["names", "name="]),
        Bad(line: "/log 王五", code: "session.unknown", field: "id", shown: ["王五", "/sessions"]),
        Bad(line: "/log nosuch 王五", code: "session.unknown", field: "id", shown: ["nosuch"]),
        Bad(line: "/log {cancelled} 王五", code: "session.cancelled", field: "id", shown: ["{cancelled}"]),
        Bad(line: "/log {id} 王五 role=chef", code: "value.invalid", field: "role", shown: ["chef", "lecturer"]),
        Bad(line: "/log {id} 王五 hours=25", code: "value.invalid", field: "hours", shown: ["25", "24"]),
        Bad(line: "/log {id} 王五 hours=0", code: "value.invalid", field: "hours", shown: ["0", "2h"]),
        Bad(line: "/log {id} name=王五 phone=12345", code: "value.invalid", field: "phone", shown: ["12345"]),
        Bad(line: "/log {id} 王五 13900001111", code: "value.invalid", field: "names", shown: ["phone="]),
        Bad(
            line: "/log {id} 王五 赵六 phone=13900001111", code: "value.conflict", field: "phone",
            shown: ["phone="]),
        Bad(
            line: "/log {id} name=王五 id_number=52010219900101123X", code: "value.missing", field: "consent",
            shown: ["consent"]),
        Bad(
            line: "/log {id} name=王五 id_number=520102199001011234 consent=书面", code: "value.invalid",
            field: "id_number", shown: ["id_number"]),
        // 13812345678 is 张三's: someone else's hours must not land on his record.
        Bad(
            line: "/log {id} name=王五 phone=13812345678", code: "person.phoneTaken", field: "phone",
            shown: ["张三", "王五", PhoneNumber.mask("13812345678")]),
        // A pinyin surname and a given name, unquoted: one person split into two.
        Bad(line: "/log {id} Li Na", code: "names.split", field: "names", shown: ["Li Na", "\"Li Na\""]),
        Bad(line: "/log {id} 王五 wang fang", code: "names.split", field: "names", shown: ["wang fang"]),
        // A given name and a common English surname: a foreign volunteer's full name.
        Bad(
            line: "/log {id} Emily Carter", code: "names.split", field: "names",
            shown: ["Emily Carter", "\"Emily Carter\""]),
        Bad(line: "/unlog {id} 王五", code: "person.unknown", field: "person", shown: ["王五"]),
        Bad(line: "/unlog {id} 李四", code: "participation.unknown", field: "person", shown: ["李四"]),
        Bad(line: "/unlog nosuch 张三", code: "session.unknown", field: "id", shown: ["nosuch"]),
        Bad(line: "/unlog {id}", code: "value.missing", field: "person", shown: ["person"]),
    ]

    @Test(arguments: bad)
    func isRefusedNamingTheFieldInBothLanguagesAndChangesNothing(_ bad: Bad) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        let other = try await scheduleSession(c, "start=\"2026-06-06 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        // 李四 exists, but is logged at the other session only.
        #expect(await run(c, "/log \(other) 李四").status == .succeeded)
        let cancelled = try await scheduleSession(c, "start=\"2026-06-07 09:30\" duration=2h")
        #expect(await run(c, "/cancel \(cancelled) reason=暴雨").status == .succeeded)
        try await expectRefusal(bad, in: dir, filling: ["id": id, "cancelled": cancelled])
    }
}
