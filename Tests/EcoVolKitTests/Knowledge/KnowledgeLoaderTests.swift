import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Knowledge loading")
struct KnowledgeLoaderTests {
    @Test func loadsValidEntries() throws {
        let dir = try KnowledgeFixtures.makeBase()
        let (base, issues) = KnowledgeBase.load(directories: [dir])
        #expect(issues.filter { $0.severity == .error }.isEmpty, "\(issues.map { $0.formatted(.en) })")
        #expect(base.entries.count == 6)
        #expect(base.topics.count == 4)
        #expect(base.synonyms.groups.count == 2)
        let activity = try #require(base.entry(id: "activity-sorting-game"))
        #expect(activity.minutes == 40)
        #expect(base.entry(id: "date-environment-day")?.day == .fixed(month: 6, day: 5))
    }

    @Test func reportsProblemsWithFileAndLineAndKeepsGoing() throws {
        let dir = try KnowledgeFixtures.makeBase()
        try KnowledgeFixtures.write(
            "---\nid: tip-bad\nkind: tip\ntitle: [unclosed\n---\n正文", to: dir + "/tip/tip-bad.md")
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-kind", kind: "poem", title: "诗"), to: dir + "/tip/tip-kind.md")
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-aud", title: "对象", audiences: "[aliens]"), to: dir + "/tip/tip-aud.md")
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-lights-off", title: "重复"), to: dir + "/tip/z/tip-lights-off.md")
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-no-en", title: "没有英文标题").replacingOccurrences(
                of: "title_en: An English title\n", with: ""),
            to: dir + "/tip/tip-no-en.md")
        try KnowledgeFixtures.write("no front matter", to: dir + "/tip/tip-plain.md")
        let (base, issues) = KnowledgeBase.load(directories: [dir])
        #expect(base.entries.count == 6)
        let lines = issues.filter { $0.severity == .error }.map { $0.formatted(.en) }
        #expect(lines.contains { $0.contains("tip-bad.md:") && $0.contains("YAML") })
        #expect(lines.contains { $0.contains("tip-kind.md:3") && $0.contains("poem") })
        #expect(lines.contains { $0.contains("tip-aud.md") && $0.contains("aliens") && $0.contains("village") })
        #expect(lines.contains { $0.contains("tip-lights-off") && $0.contains("already used") })
        #expect(lines.contains { $0.contains("tip-no-en.md") && $0.contains("title_en") })
        #expect(lines.contains { $0.contains("tip-plain.md:1") })
        let check = KnowledgeCheck.run(directories: [dir], language: .zh)
        #expect(check.hasErrors)
        #expect(check.lines.last?.contains("错误") == true)
    }

    @Test func checkOfACleanFolderPasses() throws {
        let dir = try KnowledgeFixtures.makeBase()
        let check = KnowledgeCheck.run(directories: [dir], language: .en)
        #expect(!check.hasErrors, "\(check.lines)")
    }

    @Test func aUserFolderOverridesBuiltInEntries() throws {
        let builtIn = try KnowledgeFixtures.makeBase()
        let user = try KnowledgeFixtures.temporaryDirectory()
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-lights-off", title: "我们自己的关灯贴士", topics: "[energy]"),
            to: user + "/tip-lights-off.md")
        let (base, issues) = KnowledgeBase.load(directories: [builtIn, user])
        #expect(issues.filter { $0.severity == .error }.isEmpty)
        #expect(base.entry(id: "tip-lights-off")?.title == "我们自己的关灯贴士")
        #expect(base.entries.count == 6)
    }

    @Test func survivesArbitraryBytes() async throws {
        let dir = try KnowledgeFixtures.temporaryDirectory()
        try KnowledgeFixtures.write(KnowledgeFixtures.topics, to: dir + "/topics.yaml")
        await propertyCheck(count: 60, input: Gen<UInt8>.value(in: 0...255).array(of: 0...300)) { bytes in
            var data = Data("---\nid: tip-x\n".utf8)
            data.append(contentsOf: bytes)
            _ = FileManager.default.createFile(atPath: dir + "/tip-x.md", contents: data)
            _ = FileManager.default.createFile(atPath: dir + "/synonyms.yaml", contents: Data(bytes))
            let (base, _) = KnowledgeBase.load(directories: [dir])
            #expect(base.entries.count <= 1)
        }
    }

    @Test func dayRulesFindTheNextDate() {
        let today = EnvironmentalDayRule.YearDate(year: 2026, month: 6, day: 10)
        #expect(
            EnvironmentalDayRule.fixed(month: 6, day: 5).next(onOrAfter: today) == .init(year: 2027, month: 6, day: 5))
        #expect(EnvironmentalDayRule.month(6).next(onOrAfter: today) == today)
        // Third Saturday of September 2026 is the 19th.
        #expect(
            EnvironmentalDayRule.nthWeekday(month: 9, weekday: 6, n: 3).next(onOrAfter: today)
                == .init(year: 2026, month: 9, day: 19))
        let perYear = EnvironmentalDayRule.perYear([.init(year: 2026, month: 7, day: 8)], rule: nil)
        #expect(perYear.next(onOrAfter: today) == .init(year: 2026, month: 7, day: 8))
        #expect(perYear.next(onOrAfter: .init(year: 2027, month: 1, day: 1)) == nil)
    }
}

@Suite("Knowledge folders")
struct KnowledgeLocatorTests {
    @Test func builtInThenEnvironmentThenExplicit() {
        let existing: Set<String> = ["/srv/proj/knowledge/topics.yaml", "/opt/share/ecovol/knowledge/topics.yaml"]
        let dirs = KnowledgeLocator.directories(
            workingDirectory: "/srv/proj", environment: ["ECOVOL_KNOWLEDGE": "/a:/b"],
            executablePath: "/opt/bin/ecovol",
            explicit: ["mine", "/b"], fileExists: { existing.contains($0) }
        )
        #expect(dirs == ["/srv/proj/knowledge", "/a", "/b", "/srv/proj/mine"])
    }

    @Test func installedShareFolderAndWalkingUpFromTheBinary() {
        let share: Set<String> = ["/opt/share/ecovol/knowledge/topics.yaml"]
        #expect(
            KnowledgeLocator.directories(
                workingDirectory: "/tmp", environment: [:], executablePath: "/opt/bin/ecovol",
                explicit: [], fileExists: { share.contains($0) }) == ["/opt/share/ecovol/knowledge"])
        let repo: Set<String> = ["/src/ecovol/knowledge/topics.yaml"]
        #expect(
            KnowledgeLocator.directories(
                workingDirectory: "/tmp", environment: [:], executablePath: "/src/ecovol/.build/release/ecovol",
                explicit: [], fileExists: { repo.contains($0) }) == ["/src/ecovol/knowledge"])
        #expect(
            KnowledgeLocator.directories(
                workingDirectory: "/tmp", environment: [:], executablePath: nil, explicit: [],
                fileExists: { _ in false }
            ).isEmpty)
    }
}
