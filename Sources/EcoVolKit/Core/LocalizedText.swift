/// A message in both languages. Requiring both at construction is what keeps every
/// user-visible string available in Chinese and English.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text in both languages (ids, numbers, names).
    public init(verbatim: String) {
        self.zh = verbatim
        self.en = verbatim
    }

    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// Replaces `{name}` placeholders in both languages.
    public func formatted(_ arguments: [String: String]) -> LocalizedText {
        LocalizedText(zh: Self.substitute(zh, arguments), en: Self.substitute(en, arguments))
    }

    /// The placeholder names a template uses, for catalogue checks.
    public static func placeholders(in template: String) -> Set<String> {
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
