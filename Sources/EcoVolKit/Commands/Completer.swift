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
        /// The word being completed (text before the cursor since the last space or `=`).
        package var prefix: String
        /// Everything that matches, sorted.
        package var candidates: [CompletionCandidate]
        /// Text to insert at the cursor: the rest of a unique match plus a space (no space
        /// after `key=`), or the longer common prefix of several; empty when nothing can be added.
        package var insertion: String

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
        let word = lastWord(of: before)
        // A value after `key=`.
        if let eq = word.firstIndex(where: { $0 == "=" || $0 == "＝" }) {
            let key = String(word[..<eq])
            let valuePrefix = String(word[word.index(after: eq)...])
            guard let spec = configuration.keySpec(key) else {
                return Result(prefix: valuePrefix, candidates: [], insertion: "")
            }
            return result(prefix: valuePrefix, from: spec.completion.candidates(context), appendSpace: true)
        }
        // A key or a positional value.
        let typedWords = afterSlash[nameEnd...].split(whereSeparator: CommandLineParser.isSpace).map(String.init)
        let completedWords = word.isEmpty ? typedWords : Array(typedWords.dropLast())
        let usedKeys = Set(
            completedWords.compactMap { w -> String? in
                guard let eq = w.firstIndex(of: "=") else { return nil }
                return configuration.keySpec(String(w[..<eq]))?.name
            })
        let positionalIndex = completedWords.filter { !$0.contains("=") }.count
        var candidates: [CompletionCandidate] = configuration.keys
            .filter { !usedKeys.contains($0.name) }
            .map { CompletionCandidate($0.name + "=", description: $0.help.text(context.language)) }
        if !configuration.positionals.isEmpty {
            let index = min(positionalIndex, configuration.positionals.count - 1)
            let spec = configuration.positionals[index]
            if positionalIndex < configuration.positionals.count || spec.isVariadic {
                candidates = spec.completion.candidates(context) + candidates
            }
        }
        return result(prefix: word, from: candidates, appendSpace: true)
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
        let folded = fold(prefix)
        var seen: Set<String> = []
        var matches: [CompletionCandidate] = []
        for candidate in all where fold(candidate.value).hasPrefix(folded) && candidate.value != "" {
            if seen.insert(candidate.value).inserted { matches.append(candidate) }
        }
        matches = matches.map { (key: PinyinOrder.key($0.value), candidate: $0) }
            .sorted { ($0.key, $0.candidate.value) < ($1.key, $1.candidate.value) }
            .map(\.candidate)
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
