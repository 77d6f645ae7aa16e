/// The language of every user-visible message. Chinese speakers are the main users, so
/// the choice is made from the environment the way POSIX tools choose theirs, with an
/// explicit `--lang` always winning.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh
    case en

    /// `--lang` if given, else the first of LC_ALL, LC_MESSAGES, LANG that is set and
    /// non-empty: `zh…` means Chinese, anything else English.
    package static func detect(explicit: String?, environment: [String: String]) -> Language {
        if let explicit, let lang = Language(argument: explicit) { return lang }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// Accepts `zh`, `en`, `中文`, `english`, `zh_CN` and the like.
    package init?(argument: String) {
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
    /// The language a question is written in, or nil when it shows none (digits, an id).
    /// A question with Chinese grammar in it (的, 吗, 怎么, 我) is Chinese even around English
    /// words (eco volunteer 的 training 都学些啥); English words around a Chinese name or term
    /// (what is 碳中和, where is 草海) are English; any other Chinese is Chinese.
    package static func of(question text: String) -> Language? {
        var han = 0
        var grammar = false
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isLetter = scalar.isASCII && scalar.properties.isAlphabetic
            if isLetter, !inWord { words += 1 }
            inWord = isLetter
            guard scalar.properties.isIdeographic else { continue }
            han += 1
            if chineseGrammar.contains(scalar) { grammar = true }
        }
        if han > 0, grammar || words < 2 { return .zh }
        return words > 0 ? .en : nil
    }

    /// Characters a Chinese sentence has and a Chinese name or term (碳中和, 草海) seldom does:
    /// particles, question words, pronouns.
    private static let chineseGrammar = Set("的了吗呢吧啊呀嘛么啥怎哪谁咋我你他她们这那".unicodeScalars)

    /// Between the items of an inline list: 、 in Chinese, a comma in English.
    package var listSeparator: String { self == .zh ? "、" : ", " }

    /// Between clauses: a full-width semicolon in Chinese, "; " in English.
    package var clauseSeparator: String { self == .zh ? "；" : "; " }

    /// A note in brackets after text: （…） in Chinese, " (…)" in English.
    package func parenthesized(_ text: String) -> String {
        self == .zh ? "（" + text + "）" : " (" + text + ")"
    }
}
