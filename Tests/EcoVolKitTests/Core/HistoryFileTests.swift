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
}
