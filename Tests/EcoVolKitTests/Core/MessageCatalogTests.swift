import Foundation
import Testing

@testable import EcoVolKit

@Suite("Message catalogue")
struct MessageCatalogTests {
    @Test func everyKeyHasBothLanguagesWithTheSamePlaceholders() {
        #expect(!MessageCatalog.all.isEmpty)
        for (key, text) in MessageCatalog.all {
            #expect(!text.zh.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no Chinese")
            #expect(!text.en.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no English")
            #expect(
                LocalizedText.placeholders(in: text.zh) == LocalizedText.placeholders(in: text.en),
                "\(key) placeholders differ")
        }
    }

    @Test func noKeyIsDeclaredTwice() {
        var seen: Set<String> = []
        for table in MessageCatalog.tables {
            for key in table.keys {
                #expect(seen.insert(key).inserted, "\(key) is declared in two tables")
            }
        }
    }

    @Test func everyKeyUsedInTheSourcesExists() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Sources")
        // `L("key")`, or `L("prefix." + name)` for a family of keys chosen at run time.
        let pattern = try NSRegularExpression(pattern: #"\bL\("([A-Za-z0-9_.]+)"(\s*\+)?"#)
        var used = 0
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift", let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let key = (text as NSString).substring(with: match.range(at: 1))
                used += 1
                if match.range(at: 2).location != NSNotFound {
                    #expect(
                        MessageCatalog.all.keys.contains { $0.hasPrefix(key) },
                        "\(url.lastPathComponent) uses missing message family \(key)…")
                } else {
                    #expect(MessageCatalog.all[key] != nil, "\(url.lastPathComponent) uses missing message key \(key)")
                }
            }
        }
        #expect(used > 10)
    }

    @Test func substitutionFillsBothLanguages() {
        let text = L("runner.unknownCommand", ["command": "/x"])
        #expect(text.zh == "没有命令 /x。")
        #expect(text.en == "There is no command /x.")
    }
}
