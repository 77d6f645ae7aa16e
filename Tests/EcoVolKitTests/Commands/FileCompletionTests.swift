import Foundation
import Testing

@testable import EcoVolKit

/// A folder of files made once for the command below, whose `file=` completes from it.
private let fileFolder: String = {
    let dir = NSTemporaryDirectory() + "ecovol-files-" + UUID().uuidString
    let fm = FileManager.default
    try? fm.createDirectory(atPath: dir + "/exports", withIntermediateDirectories: true)
    try? fm.createDirectory(atPath: dir + "/My Reports", withIntermediateDirectories: true)
    for name in ["名单.csv", "names.csv", "notes.txt", "My Plan.txt", ".hidden"] {
        _ = fm.createFile(atPath: dir + "/" + name, contents: Data("x".utf8))
    }
    return dir
}()

private struct OpenCommand: Command {
    static let configuration = CommandConfiguration(
        name: "open", aliases: ["打开"], summary: LocalizedText(zh: "打开文件", en: "Open a file"),
        keys: [
            ArgumentSpec(
                "file", help: LocalizedText(zh: "文件", en: "file"),
                completion: Completion { _ in FileCompletion.entries(in: fileFolder).map { CompletionCandidate($0) } })
        ]
    )

    func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput { CommandOutput() }
}

/// File names for Tab: what is listed, in which order, folders marked, and how the completer
/// inserts them (a folder goes on being typed; a name with a space is quoted).
@MainActor
@Suite("File completion")
struct FileCompletionTests {
    private func folder(_ names: [String], directories: [String] = []) throws -> String {
        let dir = NSTemporaryDirectory() + "ecovol-files-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for name in directories { try fm.createDirectory(atPath: dir + "/" + name, withIntermediateDirectories: true) }
        for name in names { #expect(fm.createFile(atPath: dir + "/" + name, contents: Data())) }
        return dir
    }

    private func complete(_ line: String) -> Completer.Result {
        let context = CommandContext(
            language: .en, dataDirectory: DataDirectory(path: temporaryStoreDirectory()),
            registry: CommandRegistry(commands: [OpenCommand.self]))
        return Completer(context: context).complete(line: line, cursor: line.count)
    }

    @Test func filesAreListedSortedWithFoldersMarked() throws {
        let dir = try folder(["b.csv", "a.txt", "c.md"], directories: ["data", "archive"])
        #expect(FileCompletion.entries(in: dir) == ["a.txt", "archive/", "b.csv", "c.md", "data/"])
    }

    @Test func hiddenFilesAndFoldersAreLeftOut() throws {
        let dir = try folder([".env", ".DS_Store", "visible.csv"], directories: [".git"])
        #expect(FileCompletion.entries(in: dir) == ["visible.csv"])
    }

    @Test func theOrderIsByCodePointCapitalsFirst() throws {
        let dir = try folder(["b", "B", "a", "A", "名单.csv", "1.csv"])
        #expect(FileCompletion.entries(in: dir) == ["1.csv", "A", "B", "a", "b", "名单.csv"])
    }

    @Test func aLinkToAFolderIsAFolder() throws {
        let dir = try folder(["plain.txt"], directories: ["real"])
        try FileManager.default.createSymbolicLink(atPath: dir + "/link", withDestinationPath: dir + "/real")
        #expect(FileCompletion.entries(in: dir) == ["link/", "plain.txt", "real/"])
    }

    @Test func aMissingFolderOrAFileListsNothing() throws {
        let dir = try folder(["only.txt"])
        #expect(FileCompletion.entries(in: dir + "/nope").isEmpty)
        #expect(FileCompletion.entries(in: dir + "/only.txt").isEmpty)
        #expect(FileCompletion.entries(in: try folder([])).isEmpty)
    }

    @Test func namesWithSpacesAreListedAsTheyAre() throws {
        let dir = try folder(["My Plan.txt"], directories: ["My Reports"])
        #expect(FileCompletion.entries(in: dir) == ["My Plan.txt", "My Reports/"])
    }

    /// Chinese names sort by their pinyin among the Latin ones (名单 reads "ming dan").
    @Test func theCompleterOffersTheFolderQuotingNamesWithSpaces() {
        #expect(
            complete("/open file=").candidates.map(\.value) == [
                "exports/", "名单.csv", "\"My Plan.txt\"", "\"My Reports/\"", "names.csv", "notes.txt",
            ])
    }

    @Test func aFileIsCompletedWithASpaceAndAFolderWithout() {
        #expect(complete("/open file=not").insertion == "es.txt ")
        #expect(complete("/open file=ex").insertion == "ports/")
        #expect(complete("/open file=名").insertion == "单.csv ")
        #expect(complete("/open file=n").insertion == "")
        #expect(complete("/open file=na").insertion == "mes.csv ")
    }

    @Test func aFolderWithASpaceKeepsItsQuoteOpenForTheNameThatFollows() throws {
        // Typed bare, the folder is put back inside the quote it needs, left open for the name.
        #expect(complete("/open file=My").replacing == "My" && complete("/open file=My").insertion == "\"My ")
        #expect(complete("/open file=\"My R").insertion == "eports/")
        let line = "/open file=\"My R" + complete("/open file=\"My R").insertion + "2026.csv\""
        #expect(try CommandLineParser.parse(line).tokens.map(\.text) == ["My Reports/2026.csv"])
        #expect(complete("/open file=\"My P").insertion == "lan.txt\" ")
        let file = "/open file=\"My P" + complete("/open file=\"My P").insertion
        #expect(try CommandLineParser.parse(file).tokens.map(\.text) == ["My Plan.txt"])
    }
}
