import Foundation
import Testing

@testable import EcoVolKit

/// A store built the way coordinators build one — through `/schedule`, `/import`, `/log`,
/// `/done` and `/cancel` run by `CommandRunner` on a temporary directory — so report figures
/// are checked against what the commands recorded, not against hand-written records.
/// The clock is `fixedNow` (Friday 2026-05-29 in Shanghai).
@MainActor
struct ReportFixture {
    let directory: String
    let context: CommandContext
    /// Session ids by the fixture's own names.
    var ids: [String: String] = [:]

    init(language: Language = .zh, knowledge: [String]? = nil) async throws {
        directory = temporaryStoreDirectory()
        let kb = try knowledge ?? [KnowledgeFixtures.makeBase()]
        context = CommandContext(
            language: language, dataDirectory: DataDirectory(path: directory), knowledgeDirectories: kb,
            now: { fixedNow })
        let csv = (directory as NSString).deletingLastPathComponent + "/people.csv"
        try "name,phone,org,id_number,consent\n钱七,13900001111,贵州大学,520102199003071236,2026-01-05 书面同意\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        try await expectSuccess("/import people \(csv)")
        ids["s1"] = try await schedule(
            "/schedule title=垃圾分类进社区 type=education start=\"2026-05-10 09:30\" duration=2h city=贵阳 audience=community venue=云岩区文化站 leader=王主任 recorder=李记录 support=insurance,transport"
        )
        ids["s2"] = try await schedule(
            "/schedule title=\"河湖巡护, 青清河\" type=supervision start=\"2026-05-20 09:00\" end=12:00 city=黔东南 audience=village project=qingqing"
        )
        ids["s3"] = try await schedule(
            "/schedule title=志愿者岗前培训 type=training level=basic start=\"2026-03-10 14:00\" duration=3h city=贵阳")
        ids["s4"] = try await schedule(
            "/schedule title=六五环境日校园宣讲 type=education start=\"2026-06-05 09:00\" duration=2h city=遵义 audience=school")
        ids["s5"] = try await schedule(
            "/schedule title=地球日家庭活动 type=practice start=\"2026-04-22 09:00\" duration=2h city=贵阳 audience=family")
        ids["s6"] = try await schedule(
            "/schedule title=\"=1+1\" type=lecture start=\"2026-05-10 10:00\" duration=1h city=贵阳 audience=agency")
        try await expectSuccess("/log \(ids["s1"]!) 张三 李四")
        try await expectSuccess("/done \(ids["s1"]!) reached=100 rating=5")
        try await expectSuccess("/log \(ids["s2"]!) 张三 赵六")
        try await expectSuccess("/log \(ids["s2"]!) name=王五 hours=2")
        try await expectSuccess("/done \(ids["s2"]!) reached=40 rating=3")
        try await expectSuccess("/log \(ids["s3"]!) 张三")
        try await expectSuccess("/done \(ids["s3"]!) reached=20")
        try await expectSuccess("/log \(ids["s4"]!) 李四")
        try await expectSuccess("/cancel \(ids["s5"]!) reason=暴雨预警")
        try await expectSuccess("/log \(ids["s6"]!) 张三")
        try await expectSuccess("/log \(ids["s6"]!) name=钱七 hours=3")
        // A second registration of 赵六 with a space, as happens on paper sign-in sheets.
        try await expectSuccess("/log \(ids["s4"]!) \"赵 六\"")
    }

    func schedule(_ line: String) async throws -> String {
        let outcome = await CommandRunner(context: context).execute(line + " --json")
        #expect(outcome.status == .succeeded, "\(line): \(String(describing: outcome.error?.message.zh))")
        return try #require(outcome.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue)
    }

    @discardableResult
    func expectSuccess(_ line: String) async throws -> CommandOutput {
        let outcome = await CommandRunner(context: context).execute(line)
        #expect(outcome.status == .succeeded, "\(line): \(String(describing: outcome.error?.message.zh))")
        return try #require(outcome.output)
    }

    func run(_ line: String) async -> LineOutcome {
        await CommandRunner(context: context).execute(line)
    }

    func json(_ line: String) async throws -> JSONValue {
        try await expectSuccess(line + " --json").json
    }

    /// A fresh folder for export files.
    func exportDirectory() throws -> String {
        let dir = (directory as NSString).deletingLastPathComponent + "/out-" + UUID().uuidString.prefix(6)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    var state: OutreachState { get async throws { try await context.outreachStore().state } }
}

extension JSONValue {
    var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .number(let n) where n == n.rounded(): return Int(n)
        default: return nil
        }
    }

    var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .number(let n): return n
        default: return nil
        }
    }
}
