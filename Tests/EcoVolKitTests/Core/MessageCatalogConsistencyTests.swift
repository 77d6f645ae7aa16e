import Foundation
import Testing

@testable import EcoVolKit

/// Checks over every message of the catalogue, beyond "both languages, same placeholders":
/// the braces are all placeholders, filling them leaves nothing behind, and the two
/// languages say the same kind of thing (a question, a sentence, the same line breaks).
@Suite struct MessageCatalogConsistencyTests {
    /// The template with every well-formed `{name}` removed (names are lowerCamel identifiers).
    static func withoutPlaceholders(_ template: String) -> String {
        template.replacingOccurrences(of: #"\{[a-z][A-Za-z0-9]*\}"#, with: "", options: .regularExpression)
    }

    /// `placeholders(in:)` skips a malformed brace silently, so "{count" or "{Count}" would
    /// reach the user as it is: every brace in every template must be part of a placeholder.
    @Test func everyBraceIsPartOfAPlaceholderNamedLikeAnIdentifier() {
        for key in MessageKey.allCases {
            for (language, template) in [("zh", key.text.zh), ("en", key.text.en)] {
                let rest = Self.withoutPlaceholders(template)
                #expect(!rest.contains("{") && !rest.contains("}"), "\(key.rawValue) \(language): \(template)")
            }
        }
    }

    /// Filled with a value for each placeholder, no message shows a brace or a placeholder name.
    @Test func aFilledMessageHasNoPlaceholderLeft() {
        for key in MessageKey.allCases {
            let names = LocalizedText.placeholders(in: key.text.zh).union(LocalizedText.placeholders(in: key.text.en))
            var arguments: [String: String] = [:]
            for name in names { arguments[name] = "«\(name)»" }
            let filled = L(key, arguments)
            for text in [filled.zh, filled.en] {
                #expect(!text.contains("{") && !text.contains("}"), "\(key.rawValue): \(text)")
                for name in names { #expect(text.contains("«\(name)»"), "\(key.rawValue) lost {\(name)}") }
            }
        }
    }

    @Test func aQuestionInOneLanguageIsAQuestionInTheOther() {
        var questions = 0
        for key in MessageKey.allCases {
            let zh = key.text.zh.trimmingCharacters(in: .whitespaces)
            let en = key.text.en.trimmingCharacters(in: .whitespaces)
            #expect(zh.hasSuffix("？") == en.hasSuffix("?"), "\(key.rawValue): \(zh) / \(en)")
            if en.hasSuffix("?") { questions += 1 }
        }
        #expect(questions >= 5)
    }

    /// A message that ends a Chinese sentence ends an English one. The list of accepted
    /// `key=` names has no full stop in English, where it would read as part of the last name.
    @Test func aChineseSentenceIsAnEnglishSentence() {
        let unpunctuated: Set<MessageKey> = [.argAcceptedKeys]
        var sentences = 0
        for key in MessageKey.allCases where key.text.zh.hasSuffix("。") && !unpunctuated.contains(key) {
            let en = key.text.en
            #expect(
                [".", "?", "!", ")", "\"", "”"].contains { en.hasSuffix($0) }, "\(key.rawValue): \(key.text.en)")
            sentences += 1
        }
        #expect(sentences > 300)
        #expect(L(.argAcceptedKeys, ["keys": "city= date="]).en == "Accepted: city= date=")
    }

    @Test func bothLanguagesBreakLinesInTheSamePlaces() {
        for key in MessageKey.allCases {
            let zh = key.text.zh.filter { $0 == "\n" }.count
            let en = key.text.en.filter { $0 == "\n" }.count
            #expect(zh == en, "\(key.rawValue): \(zh) line breaks in Chinese, \(en) in English")
        }
    }

    /// A Chinese comma or full stop in an English message is a copy-and-paste slip. Chinese
    /// examples (6月5日, 原《…》, （2013年修正）) keep their brackets; they end no English clause.
    @Test func englishUsesNoChineseSentencePunctuation() {
        let fullWidth = Set("，。；：！？、")
        for key in MessageKey.allCases {
            let found = key.text.en.filter { fullWidth.contains($0) }
            #expect(found.isEmpty, "\(key.rawValue): \(found) in \(key.text.en)")
        }
    }

    @Test func noMessageStartsWithASpaceInChinese() {
        for key in MessageKey.allCases {
            #expect(key.text.zh.first.map { !$0.isWhitespace } ?? false, "\(key.rawValue)")
        }
    }

    /// The dotted name seen in test failures is the case's own name: `label.error` is
    /// `.labelError`, `check.kind.missing_leader` is `.checkKindMissingLeader`.
    @Test func theDottedNameSpellsTheCase() {
        for key in MessageKey.allCases {
            let raw = key.rawValue
            #expect(raw.range(of: #"^[a-z][A-Za-z0-9_]*(\.[a-z][A-Za-z0-9_]*)+$"#, options: .regularExpression) != nil)
            var camel = ""
            var upper = false
            for ch in raw {
                if ch == "." || ch == "_" {
                    upper = true
                } else {
                    camel += upper ? ch.uppercased() : String(ch)
                    upper = false
                }
            }
            #expect(camel == String(describing: key), "\(raw) is .\(key)")
        }
    }

    @Test func theCoreMessagesReadAsWritten() {
        #expect(L(.labelError) == LocalizedText(zh: "错误：", en: "Error: "))
        #expect(L(.labelWarning) == LocalizedText(zh: "注意：", en: "Warning: "))
        #expect(
            L(.errorInvalidValue, ["field": "hours", "value": "abc"])
                == LocalizedText(zh: "hours 的值“abc”无效。", en: "hours: \"abc\" is not valid."))
        #expect(L(.errorMissingValue, ["field": "title"]) == LocalizedText(zh: "缺少 title。", en: "title is missing."))
        #expect(
            L(.parseUnterminatedQuote, ["column": "7", "quote": "\""]).en == "The quote \" at column 7 is not closed.")
        #expect(L(.parseLineTooLong, ["limit": "4096"]).zh == "这一行太长（最多 4096 个字符）。")
        // An argument missing from the call stays visible rather than vanishing.
        #expect(L(.argDidYouMean).en == "Did you mean {suggestion}?")
    }
}
