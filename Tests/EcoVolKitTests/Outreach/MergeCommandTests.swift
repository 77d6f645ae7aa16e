import Foundation
import Testing

@testable import EcoVolKit

/// `/merge`: what counts as a detail that would be dropped, and what the kept record holds after.
@MainActor
@Suite struct MergeCommandTests {
    @Test func onlyDetailsBothHoldAndThatDifferWouldBeDropped() {
        var keep = samplePerson("p1", name: "张三")
        var other = samplePerson("p2", name: "张三")
        // Same name, same phone, nothing held by one side only: nothing to confirm.
        other.organisation = "贵州大学"
        #expect(MergeCommand.differences(keep: keep, other: other).isEmpty)
        // Two numbers that mask alike are still two numbers.
        other.phone = "13899995678"
        #expect(keep.maskedPhone == other.maskedPhone)
        #expect(MergeCommand.differences(keep: keep, other: other).map(\.field) == ["phone"])
        keep.organisation = "贵州师范大学"
        other.name = "张三丰"
        let dropped = MergeCommand.differences(keep: keep, other: other)
        #expect(dropped.map(\.field) == ["name", "phone", "org"])
        #expect(dropped.first?.keep == "张三" && dropped.first?.other == "张三丰")
        // What is shown of a phone is masked on both sides.
        #expect(dropped[1].keep == "138****5678" && dropped[1].other == "138****5678")
    }

    @Test func aPersonCannotBeMergedIntoThemselves() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) 张三").status == .succeeded)
        let person = try #require(try await c.outreachStore().state.people.values.first)
        let same = await run(c, "/merge \(person.id) \(person.id)")
        #expect(same.status == .failed)
        #expect(same.error?.code == "merge.same" && same.error?.field == "other")
        let unknown = await run(c, "/merge \(person.id) nobody")
        #expect(unknown.status == .failed && unknown.error?.field == "other")
    }

    @Test func bothAtOneSessionKeepsTheRowWithMoreHoursAndBlanksAreFilledFromTheDuplicate() async throws {
        let c = makeContext(temporaryStoreDirectory())
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=4h")
        let other = try await scheduleSession(c, "start=\"2026-05-21 09:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=甲 hours=1").status == .succeeded)
        #expect(await run(c, "/log \(id) name=乙 org=贵州大学 hours=3").status == .succeeded)
        let state = try await c.outreachStore().state
        let keep = try #require(state.people.values.first { $0.name == "甲" })
        let dup = try #require(state.people.values.first { $0.name == "乙" })
        #expect(await run(c, "/log \(other) \(dup.id)").status == .succeeded)
        let merged = await run(c, "/merge \(keep.id) \(dup.id) confirm=yes")
        #expect(merged.status == .succeeded, "\(String(describing: merged.error?.message.zh))")
        #expect(merged.output?.warnings.contains { $0 == L(.outreachMergeBoth, ["id": id]) } == true)
        let after = try await makeContext(c.dataDirectory.path).outreachStore().state
        let rows = after.participations(person: keep.id)
        #expect(rows.map(\.session).sorted() == [id, other].sorted())
        #expect(rows.first { $0.session == id }?.creditedHours == 3)
        #expect(after.participations(person: dup.id).isEmpty)
        #expect(after.people[keep.id]?.organisation == "贵州大学")
        #expect(after.people[keep.id]?.name == "甲")
        #expect(after.people[dup.id]?.mergedInto == keep.id)
        #expect(after.serviceHours(person: keep.id, asOf: c.now()).hours == 5)
    }
}
