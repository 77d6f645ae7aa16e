/// A message in both languages. Requiring both at construction is what keeps every
/// user-visible string available in Chinese and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    package var zh: String
    package var en: String

    package init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text in both languages (ids, numbers, names).
    package init(verbatim: String) {
        self.zh = verbatim
        self.en = verbatim
    }

    package func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// Replaces `{name}` placeholders in both languages.
    package func formatted(_ arguments: [String: String]) -> LocalizedText {
        LocalizedText(zh: Self.substitute(zh, arguments), en: Self.singular(Self.substitute(en, arguments)))
    }

    /// Replaces `{name}` placeholders with values that are themselves in both languages (a
    /// command's summary): each language's template takes that language's value.
    package func formatted(localized arguments: [String: LocalizedText]) -> LocalizedText {
        LocalizedText(
            zh: Self.substitute(zh, arguments.mapValues(\.zh)),
            en: Self.singular(Self.substitute(en, arguments.mapValues(\.en))))
    }

    /// English nouns after a count of exactly 1 ("1 times" → "once", "1 people" → "1 person"),
    /// so templates can be written once with the plural.
    static func singular(_ text: String) -> String {
        guard text.contains("1 ") else { return text }
        var out = text
        for (plural, single) in Self.singulars {
            var searchStart = out.startIndex
            while let range = out.range(of: "1 " + plural, range: searchStart..<out.endIndex) {
                let before = range.lowerBound > out.startIndex ? out[out.index(before: range.lowerBound)] : " "
                let after = range.upperBound < out.endIndex ? out[range.upperBound] : " "
                if !(before.isNumber || before == ".") && !(after.isLetter) {
                    out.replaceSubrange(range, with: single)
                    searchStart = out.startIndex
                } else {
                    searchStart = range.upperBound
                }
            }
        }
        return out
    }

    static let singulars: [(String, String)] = [
        ("times", "once"), ("people", "1 person"), ("persons", "1 person"), ("sessions", "1 session"),
        ("hours", "1 hour"),
        ("records", "1 record"), ("days", "1 day"), ("volunteers", "1 volunteer"), ("issues", "1 issue"),
        ("problems", "1 problem"),
        ("entries", "1 entry"), ("results", "1 result"), ("minutes", "1 minute"), ("lines", "1 line"),
        ("changes", "1 change"),
        ("projects", "1 project"), ("participation records", "1 participation record"), ("stars", "1 star"),
        ("cities", "1 city"),
    ]

    /// The placeholder names a template uses, for catalogue checks.
    package static func placeholders(in template: String) -> Set<String> {
        var result: Set<String> = []
        var current: String?
        for ch in template {
            if ch == "{" {
                current = ""
            } else if ch == "}", let name = current {
                if !name.isEmpty { result.insert(name) }
                current = nil
            } else if current != nil {
                current?.append(ch)
            }
        }
        return result
    }

    static func substitute(_ template: String, _ arguments: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var index = template.startIndex
        while index < template.endIndex {
            let ch = template[index]
            if ch == "{", let close = template[index...].firstIndex(of: "}") {
                let name = String(template[template.index(after: index)..<close])
                if let value = arguments[name] {
                    out += value
                    index = template.index(after: close)
                    continue
                }
            }
            out.append(ch)
            index = template.index(after: index)
        }
        return out
    }
}
