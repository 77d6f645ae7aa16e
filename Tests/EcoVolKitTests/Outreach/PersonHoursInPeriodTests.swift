import Foundation
import Testing

@testable import EcoVolKit

/// `/person NAME period=…`: 张伟这个月服务了多少小时 asks for one month's hours. The month's
/// hours are shown beside the total, the history keeps to the month, and the stars stay those
/// of all service (a star is earned once, not per month).
@MainActor
@Suite struct PersonHoursInPeriodTests {
    /// 张三: 2 hours in May 2026 (the fixed clock's month) and 3 hours in January 2026.
    private func store() throws -> String {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir)
        var may = sampleSession("s1")
        may.status = .done
        var january = sampleSession("s2", hours: 3)
        january.start = january.start.addingTimeInterval(-130 * 86_400)
        january.end = january.start.addingTimeInterval(3 * 3600)
        january.status = .done
        try store.append(
            command: "seed",
            [
                .putSession(may), .putSession(january), .putPerson(samplePerson("p1", name: "张三")),
                .putParticipation(sampleParticipation("s1", "p1", hours: 2)),
                .putParticipation(sampleParticipation("s2", "p1", hours: 3)),
            ])
        store.close()
        return dir
    }

    @Test func aPeriodAddsItsHoursAndKeepsTheHistoryToIt() async throws {
        let dir = try store()
        let outcome = await run(makeContext(dir), "/person 张三 period=this-month --json")
        #expect(outcome.status == .succeeded, "\(String(describing: outcome.error?.message.zh))")
        let json = try #require(outcome.output?.json)
        #expect(json["hours"] == .number(5))
        #expect(json["period"]?["hours"] == .number(2))
        #expect(json["period"]?["from"]?.stringValue == "2026-05-01")
        #expect(json["period"]?["to"]?.stringValue == "2026-05-31")
        #expect(json["history"]?.arrayValue?.compactMap { $0["session"]?.stringValue } == ["s1"])

        let zh = plainText(await run(makeContext(dir), "/person 张三 period=2026-01"))
        #expect(zh.contains("时长（2026-01）"), "\(zh)")
        #expect(zh.contains("垃圾分类进社区 s2") && !zh.contains("垃圾分类进社区 s1"), "\(zh)")
        let en = plainText(await run(makeContext(dir, language: .en), "/person 张三 from=2026-01-01 to=2026-01-31"))
        #expect(en.contains("Hours in"), "\(en)")
        #expect(!en.contains("垃圾分类进社区 s1"), "\(en)")
    }

    @Test func withoutAPeriodEverythingIsShownAsBefore() async throws {
        let json = try #require(await run(makeContext(try store()), "/person 张三 --json").output?.json)
        #expect(json["period"] == nil && json["hours"] == .number(5))
        #expect(json["history"]?.arrayValue?.count == 2)
    }

    @Test func aBadPeriodNamesTheFieldInBothLanguages() async throws {
        let dir = try store()
        let zh = await run(makeContext(dir), "/person 张三 period=上辈子")
        #expect(zh.status != .succeeded && zh.error?.field == "period", "\(String(describing: zh.error))")
        #expect(zh.error?.message.zh.contains("period") == true || zh.error?.message.zh.contains("期间") == true)
        let en = await run(makeContext(dir, language: .en), "/person 张三 to=2026-13-40")
        #expect(en.status != .succeeded && en.error?.field == "to", "\(String(describing: en.error))")
    }

    /// The request reads the period too.
    @Test func aRequestWithAPeriodAsksForThatPeriodsHours() {
        let i = RequestFixture.interpreter(RequestFixture.state())
        let month = i.interpret("李四这个月服务了多少小时")
        #expect(
            month.best?.command == "person" && ["this-month", "2026-12"].contains(month.best?.value("period")),
            "\(month.best?.line ?? "-")")
        let year = i.interpret("赵六这一年服务了几个小时")
        #expect(year.best?.command == "person" && year.best?.value("period") == "2026", "\(year.best?.line ?? "-")")
        #expect(i.interpret("李四一共服务了多少小时").best?.value("period") == nil)
    }
}
