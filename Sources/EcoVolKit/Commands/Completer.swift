/// Tab completion driven by the command declarations: command names and aliases after `/`,
/// then the argument keys and values of the command being typed, and knowledge vocabulary
/// in free text. The line editor only inserts what this returns.
@MainActor
package struct Completer {
    package let context: CommandContext

    package init(context: CommandContext) {
        self.context = context
    }

    package struct Result: Sendable, Equatable {
        /// The word being completed as typed: the text before the cursor since the last space
        /// outside quotes, or since `key=` (`key＝`) for a value.
        package var prefix: String
        /// Everything that matches, sorted.
        package var candidates: [CompletionCandidate]
        /// Text to insert at the cursor: the rest of a unique match plus a space (no space
        /// after `key=`), or the longer common prefix of several; empty when nothing can be added.
        package var insertion: String
        /// The text just before the cursor that `insertion` replaces (empty: nothing is
        /// replaced). A value that needs quotes after part of it was typed bare is put back
        /// whole inside them: `when=明` becomes `when="明天 `, not `when=明"天 `.
        package var replacing: String = ""

        package var isAmbiguous: Bool { candidates.count > 1 && insertion.isEmpty }
    }

    /// Completes `line` with the cursor after `cursor` characters.
    package func complete(line: String, cursor: Int) -> Result {
        let before = String(line.prefix(cursor))
        let trimmed = before.drop(while: CommandLineParser.isSpace)
        // Free text: knowledge vocabulary.
        guard let first = trimmed.first, first == "/" || first == "／" else {
            let word = lastWord(of: before)
            let vocabulary = context[FreeTextVocabularyKey.self].candidates(context)
            return result(prefix: word, from: vocabulary, appendSpace: false)
        }
        let afterSlash = String(trimmed.dropFirst())
        // Still typing the command name.
        if !afterSlash.contains(where: CommandLineParser.isSpace) {
            let names = context.registry.commands.flatMap { type in
                type.configuration.completableNames.map {
                    CompletionCandidate("/" + $0, description: type.configuration.summary.text(context.language))
                }
            }
            return result(prefix: "/" + afterSlash, from: names, appendSpace: true, replaceFrom: String(first))
        }
        guard let nameEnd = afterSlash.firstIndex(where: CommandLineParser.isSpace) else {
            return result(prefix: String(trimmed), from: [], appendSpace: false)
        }
        let name = String(afterSlash[..<nameEnd])
        guard let type = context.registry.command(named: name) else {
            return Result(prefix: "", candidates: [], insertion: "")
        }
        let configuration = type.configuration
        // The word at the cursor and the words before it, read as the parser will read them:
        // quotes, escapes and a full-width `＝` after a key included.
        let word = PartialWord(String(afterSlash[nameEnd...]))
        // A value after `key=`.
        if let key = word.key {
            guard let spec = configuration.keySpec(key) else {
                return Result(prefix: word.typed, candidates: [], insertion: "")
            }
            return argumentResult(word, from: spec.completion.candidates(context), appendSpace: true)
        }
        // A key or a positional value.
        let given = (try? CommandLineParser.tokenize(word.completed)) ?? []
        let usedKeys = Set(given.compactMap { $0.key.flatMap { configuration.keySpec($0)?.name } })
        let positionalIndex = given.filter { $0.key == nil && !Self.isFlag($0) }.count
        // A quoted word is a positional value: `"a=b"` is not a key.
        var candidates: [CompletionCandidate] =
            word.isQuoted
            ? []
            : configuration.keys
                .filter { !usedKeys.contains($0.name) }
                .map { CompletionCandidate($0.name + "=", description: $0.help.text(context.language)) }
        if !configuration.positionals.isEmpty {
            let index = min(positionalIndex, configuration.positionals.count - 1)
            let spec = configuration.positionals[index]
            if positionalIndex < configuration.positionals.count || spec.isVariadic {
                candidates = spec.completion.candidates(context) + candidates
            }
        }
        return argumentResult(word, from: candidates, appendSpace: true)
    }

    /// A `--flag` word, which the parser sets apart from the positionals.
    private static func isFlag(_ token: ArgumentToken) -> Bool {
        !token.quoted && token.text.hasPrefix("--") && token.text.count > 2
    }

    private func lastWord(of text: String) -> String {
        var word = ""
        for ch in text.reversed() {
            if CommandLineParser.isSpace(ch) { break }
            word.insert(ch, at: word.startIndex)
        }
        return word
    }

    /// Completes the answer to a dialogue question about `key` of `command`: only that
    /// field's values (service types, cities, audiences, date examples …).
    package func completeValue(of key: String, command: String, line: String, cursor: Int) -> Result {
        let before = String(line.prefix(cursor)).trimmingCharacters(in: .whitespaces)
        guard let spec = context.registry.command(named: command)?.configuration.keySpec(key) else {
            return Result(prefix: before, candidates: [], insertion: "")
        }
        return result(prefix: before, from: spec.completion.candidates(context), appendSpace: false)
    }

    private func result(prefix: String, from all: [CompletionCandidate], appendSpace: Bool, replaceFrom: String? = nil)
        -> Result
    {
        let matches = matching(prefix, in: all)
        var typed = prefix
        if let replaceFrom, typed.hasPrefix("/"), replaceFrom == "／" { typed = "/" + typed.dropFirst() }
        guard !matches.isEmpty else { return Result(prefix: prefix, candidates: [], insertion: "") }
        if matches.count == 1 {
            let value = matches[0].value
            let rest = String(value.dropFirst(typed.count))
            let space = appendSpace && !value.hasSuffix("=") && !value.hasSuffix("/") ? " " : ""
            return Result(prefix: prefix, candidates: matches, insertion: rest + space)
        }
        let common = matches.dropFirst().reduce(matches[0].value) { commonPrefix($0, $1.value) }
        let insertion = common.count > typed.count ? String(common.dropFirst(typed.count)) : ""
        return Result(prefix: prefix, candidates: matches, insertion: insertion)
    }

    /// The candidates starting with `prefix` (ignoring case and full width), each value once,
    /// in pinyin order.
    private func matching(_ prefix: String, in all: [CompletionCandidate]) -> [CompletionCandidate] {
        let folded = fold(prefix)
        var seen: Set<String> = []
        var matches: [CompletionCandidate] = []
        for candidate in all where fold(candidate.value).hasPrefix(folded) && candidate.value != "" {
            if seen.insert(candidate.value).inserted { matches.append(candidate) }
        }
        return matches.map { (key: PinyinOrder.key($0.value), candidate: $0) }
            .sorted { ($0.key, $0.candidate.value) < ($1.key, $1.candidate.value) }
            .map(\.candidate)
    }

    /// Completes an argument word. Values holding a space (or a quote or backslash) are
    /// offered in double quotes, and what is inserted opens and closes the quote so the
    /// parser reads the completed value as one word; inside a quote the user opened, the
    /// rest of the value is inserted and the quote closed.
    private func argumentResult(_ word: PartialWord, from all: [CompletionCandidate], appendSpace: Bool) -> Result {
        let typed = word.text
        let matches = matching(typed, in: all)
        guard !matches.isEmpty else { return Result(prefix: word.typed, candidates: [], insertion: "") }
        let shown = matches.map { candidate in
            var quoted = candidate
            if Self.needsQuotes(candidate.value) { quoted.value = "\"" + Self.escaped(candidate.value) + "\"" }
            return quoted
        }
        if matches.count == 1 {
            let value = matches[0].value
            let rest = String(value.dropFirst(typed.count))
            // A folder or a key goes on being typed: no space, and its quote stays open.
            let continues = value.hasSuffix("=") || value.hasSuffix("/")
            let space = appendSpace && !continues ? " " : ""
            let insertion: String
            if let close = word.openQuote {
                insertion = Self.escaped(rest, closing: close) + (continues ? "" : String(close)) + space
            } else if Self.needsQuotes(rest) {
                // The quote opens where the value starts: the part typed bare is put back inside it.
                insertion = "\"" + Self.escaped(value) + (continues ? "" : "\"") + space
                return Result(prefix: word.typed, candidates: shown, insertion: insertion, replacing: word.typed)
            } else {
                insertion = rest + space
            }
            return Result(prefix: word.typed, candidates: shown, insertion: insertion)
        }
        let common = matches.dropFirst().reduce(matches[0].value) { commonPrefix($0, $1.value) }
        let more = common.count > typed.count ? String(common.dropFirst(typed.count)) : ""
        let insertion: String
        if let close = word.openQuote {
            insertion = Self.escaped(more, closing: close)
        } else if Self.needsQuotes(more) {
            // The common part runs past a space: open the quote the rest will close, where the
            // value starts.
            return Result(
                prefix: word.typed, candidates: shown, insertion: "\"" + Self.escaped(common), replacing: word.typed)
        } else {
            insertion = more
        }
        return Result(prefix: word.typed, candidates: shown, insertion: insertion)
    }

    /// True when `value` typed bare would not be read back as one word.
    private static func needsQuotes(_ value: String) -> Bool {
        value.contains { CommandLineParser.isSpace($0) || CommandLineParser.quotePairs[$0] != nil || $0 == "\\" }
    }

    /// `value` as it may stand inside a quote closed by `closing`: in double quotes the
    /// parser reads `\"` and `\\` as the characters themselves.
    private static func escaped(_ value: String, closing: Character = "\"") -> String {
        guard closing == "\"" else { return value }
        var out = ""
        for ch in value {
            if ch == "\"" || ch == "\\" { out.append("\\") }
            out.append(ch)
        }
        return out
    }

    private func fold(_ s: String) -> String {
        NumberText.halfWidth(s).lowercased()
    }

    private func commonPrefix(_ a: String, _ b: String) -> String {
        var out = ""
        for (x, y) in zip(a, b) {
            guard x == y else { break }
            out.append(x)
        }
        return out
    }
}

/// Words offered when completing free text (the knowledge area fills it with topics and keywords).
package enum FreeTextVocabularyKey: ContextKey {
    package static let defaultValue: Completion = .none
}

/// The word before the cursor of a command line, read the way `CommandLineParser.tokenize`
/// reads a whole line: words end at a space outside quotes, quotes and backslashes are
/// removed, and `key=` (or `key＝`) sets the key apart from the value being typed.
struct PartialWord: Equatable {
    /// The arguments before this word, complete.
    var completed: String
    /// The word as typed, from its start (after `key=` for a value).
    var typed: String
    /// The key given before `=`, as typed; nil for a positional.
    var key: String?
    /// The value typed so far, quotes removed and escapes resolved.
    var text: String
    /// The closing quote still expected when the cursor is inside a quote.
    var openQuote: Character?
    /// True if any part of the word is quoted.
    var isQuoted: Bool

    init(_ arguments: String) {
        let chars = Array(arguments)
        var start = 0
        var valueStart = 0
        var key: String?
        var text = ""
        var close: Character?
        var quoted = false
        var i = 0
        while i < chars.count {
            let ch = chars[i]
            if let expected = close {
                if ch == expected {
                    close = nil
                } else if ch == "\\", expected == "\"", i + 1 < chars.count,
                    chars[i + 1] == "\"" || chars[i + 1] == "\\"
                {
                    i += 1
                    text.append(chars[i])
                } else {
                    text.append(ch)
                }
            } else if CommandLineParser.isSpace(ch) {
                start = i + 1
                valueStart = i + 1
                key = nil
                text = ""
                quoted = false
            } else if let closing = CommandLineParser.quotePairs[ch] {
                close = closing
                quoted = true
            } else if ch == "\\", i + 1 < chars.count {
                i += 1
                text.append(chars[i])
            } else if ch == "=" || ch == "＝", key == nil, !quoted, !text.isEmpty, CommandLineParser.isKey(text) {
                key = text
                text = ""
                valueStart = i + 1
            } else {
                text.append(ch)
            }
            i += 1
        }
        self.completed = String(chars[..<start])
        self.typed = String(chars[valueStart...])
        self.key = key
        self.text = text
        self.openQuote = close
        self.isQuoted = quoted
    }
}
