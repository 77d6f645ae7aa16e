/// The language of every user-visible message. Chinese speakers are the main users, so
/// the choice is made from the environment the way POSIX tools choose theirs, with an
/// explicit `--lang` always winning.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// `--lang` if given, else the first of LC_ALL, LC_MESSAGES, LANG that is set and
    /// non-empty: `zh…` means Chinese, anything else English.
    public static func detect(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let lang = Language(argument: explicit) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// Accepts `zh`, `en`, `中文`, `english`, `zh_CN` and the like.
    public init?(argument: String) {
        let value = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if value.hasPrefix("zh") || value == "中文" || value == "cn" || value == "chinese" {
            self = .zh
        } else if value.hasPrefix("en") || value == "英文" {
            self = .en
        } else {
            return nil
        }
    }
}

extension Language {
    /// Between the items of an inline list: 、 in Chinese, a comma in English.
    public var listSeparator: String { self == .zh ? "、" : ", " }

    /// Between clauses: a full-width semicolon in Chinese, "; " in English.
    public var clauseSeparator: String { self == .zh ? "；" : "; " }

    /// A note in brackets after text: （…） in Chinese, " (…)" in English.
    public func parenthesized(_ text: String) -> String {
        self == .zh ? "（" + text + "）" : " (" + text + ")"
    }
}
