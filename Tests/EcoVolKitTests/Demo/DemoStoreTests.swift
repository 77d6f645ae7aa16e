import Foundation
import Testing

@testable import EcoVolKit

/// The store `ecovol demo` writes: the same on every run for a given day, and consistent the
/// way real records must be, so every command tried on it shows sensible results and
/// `/check` shows only the problems seeded on purpose.
@MainActor @Suite struct DemoStoreTests {
    /// Early on Friday 29 May 2026 in Shanghai (see `fixedNow`).
    static let now = fixedNow

    /// A fresh demo store for `city`, opened read-only.
    static func demo(city: String? = nil, language: Language = .en) async throws -> (
        result: StoreToolResult, state: OutreachState, directory: String
    ) {
        let dir = temporaryStoreDirectory("demo-" + UUID().uuidString)
        let result = await DemoTool.run(directory: dir, city: city, now: now, language: language)
        let store = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        defer { store.close() }
        return (result, store.state, dir)
    }

    @Test func theSameDayGivesTheSameStore() async throws {
        let a = try await Self.demo()
        let b = try await Self.demo()
        #expect(a.result.exitStatus == 0 && b.result.exitStatus == 0)
        #expect(a.state.hasSameContent(as: b.state))
        #expect(a.state.sessions.keys.sorted() == b.state.sessions.keys.sorted())
        #expect(a.state.people.keys.sorted() == b.state.people.keys.sorted())
        // Another seed is another store.
        let dir = temporaryStoreDirectory("demo-seed-" + UUID().uuidString)
        #expect(await DemoTool.run(directory: dir, seed: 1, now: Self.now, language: .en).exitStatus == 0)
        let other = try JSONFileStore(directory: dir, options: .init(readOnly: true))
        defer { other.close() }
        #expect(!other.state.hasSameContent(as: a.state))
    }

    /// `--force` on a demo store of the same day writes the same records again: nothing changes.
    @Test func runningAgainTheSameDayChangesNothing() async throws {
        let first = try await Self.demo()
        let again = await DemoTool.run(directory: first.directory, force: true, now: Self.now, language: .en)
        #expect(again.exitStatus == 0)
        let store = try JSONFileStore(directory: first.directory, options: .init(readOnly: true))
        defer { store.close() }
        #expect(store.state.hasSameContent(as: first.state))
    }

    @Test func everyParticipationNamesARealSessionAndPersonWithinTheSessionsLength() async throws {
        let state = try await Self.demo().state
        let rows = state.allParticipations
        #expect(rows.count == SyntheticOutreach.Scale.cityYear.participations)
        #expect(state.sessions.count == SyntheticOutreach.Scale.cityYear.sessions)
        #expect(state.people.count == SyntheticOutreach.Scale.cityYear.people)
        var pairs: Set<String> = []
        for row in rows {
            let session = try #require(state.sessions[row.session], "\(row.session)")
            #expect(state.people[row.person] != nil, "\(row.person)")
            #expect(pairs.insert(row.session + "/" + row.person).inserted)
            #expect(row.scheduledHours == session.hours)
            #expect(row.actualHours >= 0 && row.actualHours <= session.hours)
            #expect(row.creditedHours <= session.hours)
            switch session.status {
            case .done:
                #expect(row.status == .attended || row.status == .noShow)
                #expect((row.status == .attended) == (row.actualHours > 0))
            case .planned, .cancelled:
                // Signed up: the hours are the session's, and none count until it is over.
                #expect(row.status == .signedUp && row.actualHours == session.hours && row.creditedHours == 0)
            }
        }
        // Every session has people, and every lecturer, leader and recorder named is one of them.
        for session in state.sessions.values {
            let names = Set(state.participations(session: session.id).compactMap { state.people[$0.person]?.name })
            #expect(!names.isEmpty, "\(session.id)")
            for name in session.lecturers + [session.leader, session.recorder].compactMap(\.self) {
                #expect(names.contains(name), "\(session.id): \(name)")
            }
            #expect(session.capacity.map { $0 >= names.count } ?? true)
        }
    }

    @Test func sessionsFallInTheYearUpToAMonthAheadAndPlannedOnesAreAhead() async throws {
        let state = try await Self.demo(city: "遵义").state
        let earliest = SyntheticOutreach.shanghai.startOfDay(for: Self.now.addingTimeInterval(-334 * 86_400))
        for session in state.sessions.values {
            #expect(session.city == "遵义市")
            #expect(session.start >= earliest && session.end < earliest.addingTimeInterval(366 * 86_400))
            #expect(session.end > session.start && session.hours <= 4)
            #expect((session.status == .planned) == (session.start > Self.now), "\(session.id)")
            #expect((session.status == .cancelled) == (session.cancelReason != nil))
            #expect(session.project.map { state.project($0) != nil } ?? true, "\(session.id)")
        }
        let planned = state.sessions.values.filter { $0.status == .planned }
        #expect(!planned.isEmpty && planned.allSatisfy { $0.start < Self.now.addingTimeInterval(32 * 86_400) })
    }

    /// Nobody serves at two sessions at once: hours that count twice are what `/check` and
    /// the certificate refuse.
    @Test func nobodyIsInTwoSessionsAtOnce() async throws {
        let state = try await Self.demo().state
        for person in state.people.keys {
            let times = state.participations(person: person)
                .compactMap { state.sessions[$0.session] }
                .filter { $0.status != .cancelled }
                .sorted { $0.start < $1.start }
            for (a, b) in zip(times, times.dropFirst()) {
                #expect(a.end <= b.start, "\(person): \(a.id) and \(b.id)")
            }
        }
    }

    /// The only findings of `/check` on a fresh demo store are the kinds seeded on purpose,
    /// and the summary shown after `ecovol demo` counts exactly those.
    @Test func checkFindsOnlyTheSeededProblems() async throws {
        let demo = try await Self.demo()
        let findings = RecordCheck.run(state: demo.state, now: Self.now).findings
        #expect(!findings.isEmpty)
        #expect(Set(findings.map(\.kind)).isSubset(of: Set(DemoTool.seededFindings)), "\(Set(findings.map(\.kind)))")
        let summary = try #require(
            await DemoTool.seededSummary(directory: demo.directory, now: Self.now, language: .en))
        for kind in DemoTool.seededFindings {
            let n = findings.filter { $0.kind == kind }.count
            if n > 0 { #expect(summary.contains(kind.title.en + " " + String(n)), "\(summary)") }
        }
        #expect(summary.hasPrefix("/check lists problems left in on purpose to practise fixing: "))
        let zh = try #require(await DemoTool.seededSummary(directory: demo.directory, now: Self.now, language: .zh))
        #expect(zh.hasPrefix("/check 会列出有意留下的问题，供练习修正："))
        #expect(
            await DemoTool.seededSummary(directory: demo.directory + "-missing", now: Self.now, language: .en) == nil)
    }

    @Test func theReportNamesWhatWasMadeInBothLanguages() async throws {
        let en = try await Self.demo(city: "六盘水", language: .en)
        let json = en.result.json
        #expect(json["city"] == "六盘水市" && json["path"]?.stringValue == en.directory)
        #expect(json["sessions"] == 180 && json["people"] == 600 && json["participations"] == 4_500)
        #expect(json["projects"] == 2)
        let hours = en.state.people.keys.reduce(0.0) { $0 + en.state.totalHours(person: $1) }
        guard case .number(let reported) = json["attended_hours"] else {
            Issue.record("\(json)")
            return
        }
        #expect(abs(reported - hours) < 0.001)
        let lines = en.result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(
            lines[0]
                == "Wrote a year of demo data for 六盘水市 into \(en.directory): 180 sessions, 600 people, 4500 participation records, 2 local projects, \(String(format: "%.0f", hours)) service hours."
        )
        #expect(lines[1].hasPrefix("Try: ecovol --store \(en.directory), then /sessions"))
        let zh = try await Self.demo(city: "六盘水", language: .zh)
        #expect(zh.result.output.hasPrefix("已在 \(zh.directory) 生成 六盘水市 近一年的演示数据：180 场活动、600 名志愿者、4500 条参与记录、2 个本地项目"))
    }

    @Test func aFileWhereTheDirectoryShouldBeIsRefused() async throws {
        let file = temporaryStoreDirectory("demo-file-" + UUID().uuidString)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = await DemoTool.run(directory: file, now: Self.now, language: .en)
        #expect(result.exitStatus == 1)
        #expect(result.output == "\(file) is not a directory.")
        let badCity = await DemoTool.run(directory: file, city: "北京", now: Self.now, language: .zh)
        #expect(badCity.exitStatus == 2 && badCity.json["field"] == "city")
        #expect(badCity.output.contains("北京"))
    }
}
