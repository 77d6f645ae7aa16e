/// One word of a command line, with where it started so errors can point at it.
package struct ArgumentToken: Sendable, Equatable {
    /// The text with quotes removed and escapes resolved (for `key=value`, the value).
    package var text: String
    /// For `key=value`, the key, lower-cased; nil for positionals.
    package var key: String?
    /// Display column (0-based) where the token starts in the line.
    package var column: Int
    /// True if any part was quoted: a quoted `"a=b"` stays a positional.
    package var quoted: Bool

    package init(text: String, key: String? = nil, column: Int, quoted: Bool = false) {
        self.text = text
        self.key = key
        self.column = column
        self.quoted = quoted
    }
}

/// A line as typed: either a slash-command with its arguments, or free text for the
/// knowledge assistant.
package struct ParsedLine: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case command(name: String, column: Int)
        case freeText(String)
        case empty
    }

    package var kind: Kind
    package var tokens: [ArgumentToken]
    /// `--flag` words (without the dashes), e.g. `json`.
    package var flags: Set<String>
}

/// Why a line could not be split into arguments.
package struct ParseError: EcoVolError, Equatable {
    package enum Reason: Sendable, Equatable {
        case unterminatedQuote(Character)
        case emptyKey
        case emptyCommand
        case lineTooLong(Int)
    }

    package var reason: Reason
    package var column: Int?

    package var code: String {
        switch reason {
        case .unterminatedQuote: return "argument.unterminatedQuote"
        case .emptyKey: return "argument.emptyKey"
        case .emptyCommand: return "argument.emptyCommand"
        case .lineTooLong: return "argument.lineTooLong"
        }
    }

    package var message: LocalizedText {
        switch reason {
        case .unterminatedQuote(let quote):
            return L(.parseUnterminatedQuote, ["quote": String(quote), "column": String((column ?? 0) + 1)])
        case .emptyKey:
            return L(.parseEmptyKey, ["column": String((column ?? 0) + 1)])
        case .emptyCommand:
            return L(.parseEmptyCommand)
        case .lineTooLong(let limit):
            return L(.parseLineTooLong, ["limit": String(limit)])
        }
    }
}

/// Splits a REPL line into a command and its arguments, the way a shell user expects:
/// words separated by spaces (ASCII or the ideographic space), `key=value` pairs, and
/// quoting with "…", '…', “…”, ‘…’ and 「…」 so values may hold spaces. A backslash escapes
/// the next character outside single quotes. Full-width `／` and `＝` work like `/` and `=`,
/// since Chinese input methods produce them.
package enum CommandLineParser {
    /// Longest line accepted (characters); a pasted book is refused with a clear message.
    package static let maximumLength = 200_000

    static let quotePairs: [Character: Character] = ["\"": "\"", "'": "'", "“": "”", "‘": "’", "「": "」", "『": "』"]

    package static func isSpace(_ ch: Character) -> Bool {
        ch == " " || ch == "\t" || ch == "\u{3000}" || ch == "\n" || ch == "\r"
    }

    package static func parse(_ line: String) throws(ParseError) -> ParsedLine {
        if line.count > maximumLength {
            throw ParseError(reason: .lineTooLong(maximumLength), column: nil)
        }
        let trimmed = line.drop(while: isSpace)
        guard let first = trimmed.first else {
            return ParsedLine(kind: .empty, tokens: [], flags: [])
        }
        guard first == "/" || first == "／" else {
            let text = String(trimmed).trimmingTrailingSpaces()
            return ParsedLine(kind: .freeText(text), tokens: [], flags: [])
        }
        let leading = DisplayWidth.of(line.prefix(line.count - trimmed.count))
        let afterSlash = trimmed.dropFirst()
        if afterSlash.first.map(isSpace) ?? true {
            throw ParseError(reason: .emptyCommand, column: leading)
        }
        let rawTokens = try tokenize(String(trimmed.dropFirst()), columnOffset: leading + 1)
        guard let nameToken = rawTokens.first, !nameToken.text.isEmpty, nameToken.key == nil else {
            throw ParseError(reason: .emptyCommand, column: leading)
        }
        var tokens: [ArgumentToken] = []
        var flags: Set<String> = []
        for token in rawTokens.dropFirst() {
            if token.key == nil, !token.quoted, token.text.hasPrefix("--"), token.text.count > 2 {
                flags.insert(String(token.text.dropFirst(2)).lowercased())
            } else {
                tokens.append(token)
            }
        }
        return ParsedLine(kind: .command(name: nameToken.text, column: leading), tokens: tokens, flags: flags)
    }

    /// Splits text into tokens; columns are display columns from `columnOffset`.
    package static func tokenize(_ text: String, columnOffset: Int = 0) throws(ParseError) -> [ArgumentToken] {
        var tokens: [ArgumentToken] = []
        let chars = Array(text)
        var i = 0
        var column = columnOffset
        // Column of each character index, for error positions.
        func advance() {
            column += DisplayWidth.of(chars[i])
            i += 1
        }
        while i < chars.count {
            if isSpace(chars[i]) {
                advance()
                continue
            }
            let start = column
            var text = ""
            var key: String?
            var quoted = false

            while i < chars.count, !isSpace(chars[i]) {
                let ch = chars[i]
                if let close = quotePairs[ch] {
                    let quoteColumn = column
                    quoted = true
                    advance()
                    var closed = false
                    while i < chars.count {
                        let c = chars[i]
                        if c == close {
                            advance()
                            closed = true
                            break
                        }
                        if c == "\\", close == "\"", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
                            advance()
                        }
                        text.append(chars[i])
                        advance()
                    }
                    if !closed { throw ParseError(reason: .unterminatedQuote(ch), column: quoteColumn) }
                    continue
                }
                if ch == "\\", i + 1 < chars.count {
                    advance()
                    text.append(chars[i])
                    advance()
                    continue
                }
                if ch == "=" || ch == "＝", key == nil, !quoted {
                    if text.isEmpty { throw ParseError(reason: .emptyKey, column: column) }
                    if isKey(text) {
                        key = text.lowercased()
                        text = ""
                        advance()
                        continue
                    }
                }
                text.append(ch)
                advance()
            }
            tokens.append(ArgumentToken(text: text, key: key, column: start, quoted: quoted))
        }
        return tokens
    }

    /// Keys are ASCII identifiers (`city`, `from`, `service_type`) or short Chinese words (`城市`).
    static func isKey(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.count <= 24 else { return false }
        let okFirst = first.properties.isAlphabetic || first == "_"
        return okFirst
            && text.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-"
            }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while let last = s.last, CommandLineParser.isSpace(last) { s.removeLast() }
        return s
    }
}
