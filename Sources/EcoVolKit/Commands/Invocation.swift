import Foundation

/// The arguments of one command call, checked against the command's declaration: unknown
/// keys and surplus positionals are refused before `run` is called, so commands only deal
/// with values.
package struct Invocation: Sendable {
    /// The line as typed.
    package var line: String
    /// The name or alias the user typed.
    package var commandName: String
    package var positionals: [ArgumentToken]
    /// `key=value` pairs, keys resolved to their declared names, in the order given.
    package var options: [(key: String, token: ArgumentToken)]
    package var flags: Set<String>
    /// Free text sent to the knowledge assistant (no leading `/`).
    package var isFreeText: Bool
    /// The declared names of the positionals, in order, so typed arguments find theirs.
    package var positionalNames: [String]
    /// The clock and zone value parsers read (`明天`, `this-month`).
    package var environment: ArgumentEnvironment

    package init(
        line: String,
        commandName: String,
        positionals: [ArgumentToken] = [],
        options: [(key: String, token: ArgumentToken)] = [],
        flags: Set<String> = [],
        isFreeText: Bool = false,
        positionalNames: [String] = [],
        environment: ArgumentEnvironment = ArgumentEnvironment()
    ) {
        self.line = line
        self.commandName = commandName
        self.positionals = positionals
        self.options = options
        self.flags = flags
        self.isFreeText = isFreeText
        self.positionalNames = positionalNames
        self.environment = environment
    }

    /// Builds an invocation from a parsed line, refusing keys the command does not declare
    /// (with a suggestion) and keys given twice.
    package static func make(
        line: String,
        parsed: ParsedLine,
        name: String,
        configuration: CommandConfiguration,
        environment: ArgumentEnvironment = ArgumentEnvironment()
    ) throws -> Invocation {
        var positionals: [ArgumentToken] = []
        var options: [(key: String, token: ArgumentToken)] = []
        for token in parsed.tokens {
            guard let key = token.key else {
                positionals.append(token)
                continue
            }
            let resolved: String
            if let spec = configuration.keySpec(key) {
                resolved = spec.name
            } else if configuration.acceptsUndeclaredKeys {
                resolved = key
            } else {
                let known = configuration.keys.flatMap { [$0.name] + $0.aliases }
                let misplaced = configuration.misplacedKeys[key.lowercased()]
                let suggestion = misplaced == nil ? Suggestions.closest(to: key, in: known) : nil
                let accepted =
                    known.isEmpty
                    ? L(.argNoKeys) : L(.argAcceptedKeys, ["keys": known.map { $0 + "=" }.joined(separator: " ")])
                var message = L(
                    .argUnknownKey,
                    ["key": TerminalSafeText.clip(key, maxLength: 30), "command": "/" + configuration.name]
                )
                if let misplaced { message = message.joined(with: misplaced) }
                message = message.joined(with: accepted)
                if let suggestion {
                    message = message.joined(with: L(.argDidYouMean, ["suggestion": suggestion + "="]))
                }
                throw CommandFailure(
                    code: "argument.unknownKey", message: message, field: key, column: token.column)
            }
            if options.contains(where: { $0.key == resolved }) {
                throw CommandFailure(
                    code: "argument.duplicateKey",
                    message: L(.argDuplicateKey, ["key": resolved]),
                    field: resolved, column: token.column
                )
            }
            options.append((resolved, token))
        }
        let variadic = configuration.positionals.last?.isVariadic ?? false
        if !variadic, positionals.count > configuration.positionals.count {
            let extra = positionals[configuration.positionals.count]
            let value = TerminalSafeText.clip(extra.text, maxLength: 40)
            // A command that takes no words at all says so, and what it does, rather than
            // leaving a bare usage line (`/more abc` → "Usage: /more").
            let message =
                configuration.positionals.isEmpty
                ? MessageKey.argNoPositionals.text.formatted(localized: [
                    "value": LocalizedText(verbatim: value),
                    "command": LocalizedText(verbatim: "/" + configuration.name),
                    "usage": LocalizedText(verbatim: configuration.usage), "summary": configuration.summary,
                ])
                : L(.argUnexpectedPositional, ["value": value, "usage": configuration.usage])
            throw CommandFailure(code: "argument.unexpected", message: message, column: extra.column)
        }
        return Invocation(
            line: line, commandName: name, positionals: positionals, options: options, flags: parsed.flags,
            positionalNames: configuration.positionals.map(\.name), environment: environment)
    }

    // MARK: - Reading values

    package var wantsJSON: Bool { flags.contains("json") }

    package func token(_ key: String) -> ArgumentToken? {
        options.first { $0.key == key }?.token
    }

    /// The value of `key`, nil when absent. An empty value (`city=`) counts as given and empty.
    package func string(_ key: String) -> String? {
        token(key)?.text
    }

    package func has(_ key: String) -> Bool { token(key) != nil }

    /// The value of a required key, or a usage error naming it and what it accepts.
    package func require(_ key: String, accepted: LocalizedText) throws -> String {
        guard let value = string(key), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw CommandFailure.missing(field: key, accepted: accepted)
        }
        return value
    }

    /// An integer within `range`, or a usage error naming the field and the range.
    package func int(_ key: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let token = token(key) else { return nil }
        let text = token.text.trimmingCharacters(in: .whitespaces)
        guard let value = Int(NumberText.halfWidth(text)), range.contains(value) else {
            var failure = CommandFailure.invalidValue(
                field: key, value: token.text,
                accepted: L(.argIntegerRange, ["min": String(range.lowerBound), "max": String(range.upperBound)])
            )
            failure.column = token.column
            throw failure
        }
        return value
    }

    /// A yes/no value (`yes`, `no`, `是`, `否`, `true`, `false`, `1`, `0`).
    package func bool(_ key: String) throws -> Bool? {
        guard let token = token(key) else { return nil }
        guard let answer = YesNo.parse(token.text) else {
            var failure = CommandFailure.invalidValue(field: key, value: token.text, accepted: L(.argYesNo))
            failure.column = token.column
            throw failure
        }
        return answer
    }

    /// Positional words joined with spaces (for free text such as a question).
    package func joinedPositionals(from index: Int = 0) -> String {
        positionals.dropFirst(index).map(\.text).joined(separator: " ")
    }
}

/// Turns full-width digits and signs into ASCII so `１２` reads as 12.
package enum NumberText {
    package static func halfWidth(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    if (0xFF01...0xFF5E).contains(scalar.value) {
                        return Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar
                    }
                    return scalar
                }))
    }
}
