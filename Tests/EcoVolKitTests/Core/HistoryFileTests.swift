import Foundation
import Testing

@testable import EcoVolKit

@Suite("History file")
struct HistoryFileTests {
    func tempPath() -> String {
        let dir = NSTemporaryDirectory() + "ecovol-history-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir + "/history"
    }

    @Test func appendsDropsAdjacentDuplicatesAndIsPrivate() {
        let history = HistoryFile(path: tempPath())
        #expect(history.append("垃圾分类"))
        #expect(history.append("垃圾分类"))
        #expect(history.append("/help"))
        #expect(history.append("垃圾分类"))
        #expect(history.load() == ["垃圾分类", "/help", "垃圾分类"])
        var info = stat()
        stat(history.path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test func entriesWithNewlinesAndBackslashesRoundTrip() {
        let history = HistoryFile(path: tempPath())
        history.append("第一行\n第二行 \\ end")
        #expect(history.load() == ["第一行\n第二行 \\ end"])
    }

    @Test func twoWritersMergeInsteadOfOverwriting() async {
        let path = tempPath()
        await withTaskGroup(of: Void.self) { group in
            for writer in ["A", "B"] {
                group.addTask {
                    let history = HistoryFile(path: path, limit: 10_000)
                    for i in 0..<200 { history.append("\(writer) \(i)") }
                }
            }
        }
        let entries = HistoryFile(path: path, limit: 10_000).load()
        #expect(entries.count == 400)
        #expect(entries.filter { $0.hasPrefix("A ") }.count == 200)
    }

    @Test func sizeIsLimited() {
        let history = HistoryFile(path: tempPath(), limit: 10)
        for i in 0..<35 { history.append("line \(i)") }
        let entries = history.load()
        #expect(entries.count == 10)
        #expect(entries.last == "line 34")
        let lines = (try? String(contentsOfFile: history.path, encoding: .utf8))?.split(separator: "\n").count ?? 0
        #expect(lines <= 21)
    }

    func contents(_ history: HistoryFile) -> String? {
        try? String(contentsOfFile: history.path, encoding: .utf8)
    }

    @Test func theFileStartsWithItsHeaderAndHoldsOneEntryALine() {
        let history = HistoryFile(path: tempPath())
        #expect(contents(history) == nil)
        #expect(history.load().isEmpty)
        history.append("  垃圾分类  ")
        history.append("/help")
        #expect(contents(history) == "#ecovol-history v1\n垃圾分类\n/help\n")
        #expect(history.load() == ["垃圾分类", "/help"])
    }

    @Test func blankEntriesAreNotSavedAndSpacesAroundAreTrimmed() {
        let history = HistoryFile(path: tempPath())
        #expect(!history.append(""))
        #expect(!history.append("   \n\t "))
        #expect(contents(history) == nil)
        history.append("\t/sessions  ")
        // The same line with other spaces around it is the same line.
        #expect(history.append("/sessions"))
        #expect(history.load() == ["/sessions"])
    }

    @Test func backslashesAndCarriageReturnsRoundTrip() {
        let history = HistoryFile(path: tempPath())
        history.append("C:\\data\\")
        history.append("a\\nb")
        history.append("第一行\r\n第二行")
        #expect(history.load() == ["C:\\data\\", "a\\nb", "第一行\n第二行"])
        // Each entry is still one line of the file.
        #expect(contents(history)?.split(separator: "\n").count == 4)
    }

    @Test func theFileIsTrimmedOnlyOnceItHoldsTwiceTheLimit() {
        let history = HistoryFile(path: tempPath(), limit: 5)
        for i in 1...10 { history.append("line \(i)") }
        // Ten entries are kept on disk, five are read.
        #expect(contents(history)?.split(separator: "\n").count == 11)
        #expect(history.load() == (6...10).map { "line \($0)" })
        history.append("line 11")
        #expect(contents(history) == "#ecovol-history v1\n" + (7...11).map { "line \($0)\n" }.joined())
        var info = stat()
        stat(history.path, &info)
        #expect(info.st_mode & 0o777 == 0o600)
        #expect(!FileManager.default.fileExists(atPath: history.path + ".tmp"))
    }

    @Test func anotherWindowReadsTheSameHistoryWithItsOwnLimit() {
        let path = tempPath()
        let first = HistoryFile(path: path)
        for i in 1...6 { first.append("entry \(i)") }
        #expect(HistoryFile(path: path, limit: 3).load() == ["entry 4", "entry 5", "entry 6"])
        #expect(HistoryFile(path: path).load().count == 6)
        // A limit below one still keeps the newest entry.
        let one = HistoryFile(path: path, limit: 0)
        #expect(one.limit == 1 && one.load() == ["entry 6"])
        // A line the other window appended last is the newest for both.
        HistoryFile(path: path, limit: 3).append("/report")
        #expect(first.load().last == "/report")
        #expect(first.append("/report"))
        #expect(first.load().filter { $0 == "/report" }.count == 1)
    }

    @Test func aHandWrittenFileWithoutTheHeaderIsRead() throws {
        let history = HistoryFile(path: tempPath())
        try Data("/help\n\n/sessions\n".utf8).write(to: URL(fileURLWithPath: history.path))
        #expect(history.load() == ["/help", "/sessions"])
        history.append("/people")
        #expect(history.load() == ["/help", "/sessions", "/people"])
    }

    @Test func aHistoryThatCannotBeWrittenSaysSo() {
        let missing = NSTemporaryDirectory() + "ecovol-history-missing-" + UUID().uuidString + "/sub/history"
        let history = HistoryFile(path: missing)
        #expect(!history.append("/help"))
        #expect(history.load().isEmpty)
    }

    @Test func theLockFileIsPrivateToo() {
        let history = HistoryFile(path: tempPath())
        history.append("x")
        var info = stat()
        #expect(stat(history.path + ".lock", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }
}
