import Foundation
import Testing

@testable import EcoVolKit

/// `/project add` and `/projects` against a temporary store: what the library lists (the four
/// provincial programmes first, then the city's own, with how many sessions each has), which
/// names are refused, and that an added project is a change `/undo` takes back.
@MainActor
@Suite struct ProjectCommandTests {
    @Test func theLibraryListsTheProvincialProgrammesThenOursWithTheirSessionCounts() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let empty = await run(c, "/projects --json")
        let builtIn = try #require(empty.output?.json["projects"]?.arrayValue)
        #expect(builtIn.compactMap { $0["id"]?.stringValue } == Project.builtIns.map(\.id))
        #expect(builtIn.allSatisfy { $0["built_in"] == .bool(true) && $0["sessions"] == .int(0) })

        let add = await run(c, "/项目 新增 name=南明河净滩行动 city=gy note=每月一次 --json")
        #expect(add.status == .succeeded, "\(String(describing: add.error?.message.zh))")
        let pid = try #require(add.output?.json["project"]?["id"]?.stringValue)
        #expect(plainText(add) == "已保存：项目 南明河净滩行动（\(pid)）。")
        _ = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h project=\(pid)")
        _ = try await scheduleSession(c, "start=\"2026-06-12 09:30\" duration=2h project=\(pid)")
        _ = try await scheduleSession(c, "start=\"2026-06-19 09:30\" duration=2h project=qingqing")

        let listed = try #require(await run(c, "/projects --json").output?.json["projects"]?.arrayValue)
        #expect(listed.count == 5)
        let ours = try #require(listed.last)
        #expect(ours["id"]?.stringValue == pid && ours["name"]?.stringValue == "南明河净滩行动")
        #expect(ours["city"]?.stringValue == "贵阳市" && ours["built_in"] == .bool(false))
        #expect(ours["sessions"] == .int(2))
        #expect(listed.first { $0["id"]?.stringValue == "qingqing" }?["sessions"] == .int(1))
        let stored = try #require(try await makeContext(dir).outreachStore().state.customProjects[pid])
        #expect(stored.note == "每月一次" && stored.created == ISOTimestamp.normalize(fixedNow))

        // The table, in English: provincial programmes by their English names, ours as given.
        let table = plainText(await run(makeContext(dir, language: .en), "/projects"))
        #expect(table.contains("\"Clear Rivers\" river and lake protection volunteer action"), "\(table)")
        #expect(table.contains("province-wide"))
        #expect(table.contains("南明河净滩行动"))
    }

    @Test func aNameTakenByAProvincialProgrammeOrWithOnlySpacesIsRefused() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let builtInName = try #require(Project.builtIns.first { $0.id == "qingqing" }?.name)
        let taken = await run(c, "/project add name=\"\(builtInName)\"")
        #expect(taken.status == .failed && taken.error?.code == "project.exists" && taken.error?.field == "name")
        #expect(taken.error?.message.en == "A project \"\(builtInName)\" already exists.")
        // Spaces around a name are not a new name.
        #expect(await run(c, "/project add name=净滩").status == .succeeded)
        let padded = await run(c, "/project add name=\"  净滩 \"")
        #expect(padded.status == .failed && padded.error?.code == "project.exists")
        // Nor is the same name in other letter case, or a programme's English name.
        #expect(await run(c, "/project add name=\"Campus recycling\"").status == .succeeded)
        let cased = await run(c, "/project add name=\"campus RECYCLING\"")
        #expect(cased.status == .failed && cased.error?.code == "project.exists")
        let english = await run(
            c, "/project add name=\"eco-environment volunteer service at relocation resettlement sites\"")
        #expect(english.status == .failed && english.error?.code == "project.exists", "\(english.status)")
        let blank = await run(c, "/project add name=\"   \"")
        #expect(blank.status == .failed && blank.error?.field == "name")
        #expect(try await makeContext(dir).outreachStore().state.customProjects.count == 2)
    }

    @Test func anActionOtherThanAddIsRefusedNamingTheField() async throws {
        let dir = temporaryStoreDirectory()
        for language in [Language.zh, .en] {
            let c = makeContext(dir, language: language)
            let remove = await run(c, "/project remove name=净滩")
            #expect(remove.status != .succeeded)
            #expect(remove.error?.field == "action")
            let message = try #require(remove.error?.message)
            #expect(message.zh.contains("/project add name=") && message.en.contains("/project add name="))
            #expect(message.zh != message.en)
            let none = await run(c, "/project name=净滩")
            #expect(none.status != .succeeded && none.error?.field == "action")
        }
        #expect(try await makeContext(dir).outreachStore().state.customProjects.isEmpty)
    }

    @Test func anAddedProjectIsUndoneAndCanThenBeAddedAgain() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        #expect(await run(c, "/project add name=绿色校园").status == .succeeded)
        let undo = await run(c, "/undo --json")
        #expect(undo.status == .succeeded && undo.output?.json["command"]?.stringValue == "project")
        #expect(try await makeContext(dir).outreachStore().state.customProjects.isEmpty)
        #expect(await run(c, "/project add name=绿色校园").status == .succeeded)
        #expect(try await makeContext(dir).outreachStore().state.customProjects.count == 1)
    }
}
