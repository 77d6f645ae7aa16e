import Foundation
import Testing

@testable import EcoVolKit

@Suite("Message catalogue")
struct MessageCatalogTests {
    /// The Swift files of `Sources`, without the two that declare the catalogue.
    static func sourceTexts() throws -> [(name: String, text: String)] {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources")
        var texts: [(name: String, text: String)] = []
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift",
                !["MessageKey.swift", "MessageCatalog.swift"].contains(url.lastPathComponent)
            else { continue }
            texts.append((url.lastPathComponent, try String(contentsOf: url, encoding: .utf8)))
        }
        return texts
    }

    @Test func everyKeyHasBothLanguagesWithTheSamePlaceholders() {
        #expect(!MessageKey.allCases.isEmpty)
        for key in MessageKey.allCases {
            let text = key.text
            #expect(!text.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(key.rawValue) has no Chinese")
            #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key.rawValue) has no English")
            #expect(
                LocalizedText.placeholders(in: text.zh) == LocalizedText.placeholders(in: text.en),
                "\(key.rawValue) placeholders differ")
        }
    }

    @Test func noKeyIsDeclaredTwice() {
        var seen: Set<String> = []
        for key in MessageKey.allCases {
            #expect(seen.insert(key.rawValue).inserted, "\(key.rawValue) is declared twice")
        }
    }

    /// A case nothing uses is a message nobody can see: delete it. Swift does not warn about an
    /// unused enum case, so this scan is the check; every use is written `.caseName`.
    @Test func everyDeclaredKeyIsUsedInTheSources() throws {
        let pattern = try NSRegularExpression(pattern: #"\.`?([a-z][A-Za-z0-9]*)"#)
        var names: Set<String> = []
        var uses = 0
        for (_, text) in try Self.sourceTexts() {
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                names.insert((text as NSString).substring(with: match.range(at: 1)))
            }
            uses += text.components(separatedBy: "L(.").count - 1
        }
        #expect(uses > 10)
        for key in MessageKey.allCases {
            #expect(names.contains(String(describing: key)), "\(key.rawValue) (.\(key)) is used nowhere in Sources")
        }
    }

    /// Messages are named by `MessageKey`, never by a string (which the compiler cannot check).
    @Test func noSourceLooksUpAMessageByString() throws {
        let pattern = try NSRegularExpression(pattern: #"\bL\(\s*""#)
        for (name, text) in try Self.sourceTexts() {
            let found = pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(found == 0, "\(name) looks up \(found) message(s) by a string key")
        }
    }

    @Test func substitutionFillsBothLanguages() {
        let text = L(.runnerUnknownCommand, ["command": "/x"])
        #expect(text.zh == "没有命令 /x。")
        #expect(text.en == "There is no command /x.")
    }
}
