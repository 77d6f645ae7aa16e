import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

@MainActor
@Suite struct OutlineTests {
    func context(_ language: Language = .zh) -> CommandContext {
        CommandContext(
            language: language, dataDirectory: DataDirectory(path: temporaryStoreDirectory()),
            knowledgeDirectories: [KnowledgeFixtures.repositoryKnowledge], now: { fixedNow })
    }

    func outline(_ c: CommandContext, _ line: String) async throws -> JSONValue {
        let outcome = await CommandRunner(context: c).execute(line + " --json")
        #expect(outcome.status == .succeeded, "\(line): \(String(describing: outcome.error?.message.zh))")
        return try #require(outcome.output?.json)
    }

    @Test(arguments: Audience.allCases)
    func minutesAddUpForEveryAudienceAndLength(_ audience: Audience) async throws {
        let c = context()
        for minutes in [10, 15, 25, 30, 45, 60, 90, 240] {
            for topic in ["", " topic=垃圾分类", " topic=water"] {
                let o = try await outline(c, "/outline audience=\(audience.rawValue) minutes=\(minutes)" + topic)
                let parts = try #require(o["parts"]?.arrayValue)
                #expect(
                    parts.compactMap { $0["minutes"]?.intValue }.reduce(0, +) == minutes,
                    "\(audience) \(minutes)\(topic)")
                #expect(parts.allSatisfy { ($0["minutes"]?.intValue ?? 0) >= 1 })
                let points = parts.filter { $0["kind"]?.stringValue == "point" }
                #expect((3...5).contains(points.count))
                #expect(parts.first?["kind"]?.stringValue == "opening" && parts.last?["kind"]?.stringValue == "closing")
                #expect(
                    parts.contains { $0["kind"]?.stringValue == "tips" }
                        && parts.contains { $0["kind"]?.stringValue == "activity" })
                #expect(points.allSatisfy { ($0["lines"]?.arrayValue?.first?.stringValue ?? "").hasPrefix("事实：") })
                #expect((o["sources"]?.arrayValue?.count ?? 0) > 0)
            }
        }
    }

    @Test func sameRequestSameOutlineUnlessVaried() async throws {
        let c = context()
        let a = try await outline(c, "/outline audience=school minutes=45 topic=节约用水")
        let b = try await outline(c, "/outline audience=school minutes=45 topic=节约用水")
        #expect(a.serialized() == b.serialized())
        let v1 = try await outline(c, "/outline audience=school minutes=45 topic=节约用水 vary=1")
        let v1again = try await outline(c, "/outline audience=school minutes=45 topic=节约用水 vary=1")
        #expect(v1.serialized() == v1again.serialized())
        var variants: Set<String> = [a["parts"]!.serialized()]
        for seed in 1...6 {
            variants.insert(
                try await outline(c, "/outline audience=school minutes=45 topic=节约用水 vary=\(seed)")["parts"]!
                    .serialized())
        }
        #expect(variants.count > 1)
    }

    @Test func topicRanksOnTopicEntriesFirst() async throws {
        let c = context()
        let o = try await outline(c, "/outline audience=village minutes=30 topic=垃圾分类")
        let service = KnowledgeService.shared(in: c)
        let ids = try #require(o["parts"]?.arrayValue).filter { $0["kind"]?.stringValue == "point" }.compactMap {
            $0["entries"]?.arrayValue?.first?.stringValue
        }
        #expect(ids.allSatisfy { service.base.entry(id: $0)?.topics.contains("waste") == true }, "\(ids)")
    }

    @Test func outlineForAScheduledSessionUsesItsAudienceLengthAndType() async throws {
        let c = context()
        let s = await CommandRunner(context: c).execute(
            "/schedule title=河湖保护进乡村 type=lecture start=\"2026-06-02 09:00\" duration=90分钟 city=黔东南 audience=village --json"
        )
        let id = try #require(s.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
        let o = try await outline(c, "/outline \(id)")
        #expect(o["audience"]?.stringValue == "village")
        #expect(o["minutes"]?.intValue == 90)
        #expect(o["type"]?.stringValue == "lecture")
        #expect(o["session"]?.stringValue == id)
        #expect(o["parts"]?.arrayValue?.compactMap { $0["minutes"]?.intValue }.reduce(0, +) == 90)
        // 六五环境日 is three days after the session: the opening starts from it.
        #expect(o["parts"]?.arrayValue?.first?["lines"]?.arrayValue?.first?.stringValue?.contains("环境日") == true)
        let dir = (temporaryStoreDirectory() as NSString).deletingLastPathComponent
        let written = await CommandRunner(context: c).execute("/outline \(id) file=\(dir)/talk.md")
        #expect(written.status == .succeeded)
        let md = try String(contentsOfFile: dir + "/talk.md", encoding: .utf8)
        #expect(md.hasPrefix("# 河湖保护进乡村"))
        #expect(md.contains("## 1. 开场"))
        #expect(md.contains("## 资料来源"))
    }

    @Test func badRequestsNameTheField() async throws {
        let c = context(.en)
        let runner = CommandRunner(context: c)
        #expect(await runner.execute("/outline minutes=30").error?.field == "audience")
        #expect(await runner.execute("/outline audience=school").error?.field == "minutes")
        #expect(await runner.execute("/outline audience=school minutes=5").error?.field == "minutes")
        #expect(await runner.execute("/outline audience=martians minutes=30").error?.field == "audience")
        #expect(await runner.execute("/outline audience=school minutes=30 file=talk.docx").error?.field == "file")
        let english = try await outline(c, "/outline audience=村民 minutes=20 topic=plastic")
        #expect(english["audience"]?.stringValue == "village")
        #expect(english["parts"]?.arrayValue?.first?["title"]?.stringValue == "Opening")
    }

    @Test func minuteAllocationAlwaysAddsUp() async {
        await propertyCheck(input: Gen.int(in: 0...600), Gen.int(in: 1...6).array(of: 1...12)) { total, weights in
            let split = MinuteAllocation.split(total, weights: weights)
            #expect(split.count == weights.count)
            if total >= weights.count {
                #expect(split.reduce(0, +) == total)
                #expect(split.allSatisfy { $0 >= 1 })
            }
        }
    }
}
