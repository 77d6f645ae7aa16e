/// Turns an outcome into what the user sees: blocks for people (with the error's column
/// pointed at under the input line) or one JSON document for scripts.
package enum OutcomePresenter {
    /// Lines for a terminal or a pipe.
    package static func blocks(for outcome: LineOutcome, language: Language, echoInput: Bool) -> [OutputBlock] {
        var blocks: [OutputBlock] = []
        if let output = outcome.output {
            blocks.append(contentsOf: output.blocks)
            for warning in output.warnings {
                blocks.append(
                    .paragraph(
                        StyledText([
                            StyledSpan(L(.labelWarning).text(language), .warning), StyledSpan(warning.text(language)),
                        ])))
            }
        }
        if let error = outcome.error {
            if echoInput, let column = error.column, !outcome.line.isEmpty, outcome.line.count < 300 {
                blocks.append(
                    .preformatted([
                        StyledText(TerminalSafeText.singleLine(outcome.line), .dim),
                        StyledText(String(repeating: " ", count: column) + "^", .error),
                    ]))
            }
            if outcome.status == .cancelled {
                // A deliberate cancel is a notice, not an error.
                blocks.append(.paragraph(StyledText(error.message.text(language), .dim)))
            } else {
                blocks.append(
                    .paragraph(
                        StyledText([
                            StyledSpan(L(.labelError).text(language), .error),
                            StyledSpan(error.message.text(language)),
                        ])))
            }
        }
        return blocks
    }

    /// The one-line JSON document for `--json`.
    package static func json(for outcome: LineOutcome, language: Language) -> JSONValue? {
        if let error = outcome.error {
            return .obj([
                (
                    "error",
                    .obj([
                        ("code", .string(error.code)),
                        ("message", .string(error.message.text(language))),
                        ("message_zh", .string(error.message.zh)),
                        ("message_en", .string(error.message.en)),
                        ("field", error.field.map { .string($0) }),
                        ("column", error.column.map { .int($0 + 1) }),
                        ("usage", .bool(outcome.status == .usageError)),
                    ])
                ), ("warnings", outcome.storeDamage.map { .array([.string($0.text(language))]) }),
            ])
        }
        guard let output = outcome.output else { return nil }
        if output.warnings.isEmpty { return output.json }
        let warnings = JSONValue.array(output.warnings.map { .string($0.text(language)) })
        if case .object(var pairs) = output.json {
            pairs.append(("warnings", warnings))
            return .object(pairs)
        }
        return .obj([("result", output.json), ("warnings", warnings)])
    }
}
