/// The one error shape every command failure takes, so the REPL, `--json` and exit codes
/// treat all failures alike: a stable code for scripts and a message in the user's language
/// naming the field at fault. Whether a failure is a usage mistake (exit status 2) or a
/// command that could not do its work (exit status 1) is not the error's to say: the
/// `CommandRunner` decides it by where the failure arose (reading the line, or running it).
package protocol EcoVolError: Error, Sendable {
    /// Stable, machine-readable code, e.g. `argument.unterminatedQuote`.
    var code: String { get }
    /// What went wrong, in both languages, naming the field and what is accepted.
    var message: LocalizedText { get }
    /// The argument or field at fault, when there is one.
    var field: String? { get }
    /// The display column (0-based) in the input line that the error points at.
    var column: Int? { get }
}

extension EcoVolError {
    package var field: String? { nil }
    package var column: Int? { nil }
}

/// A general-purpose error for commands: most failures are "this field is wrong, here is
/// what is accepted", which this carries without a new type per command.
package struct CommandFailure: EcoVolError, Equatable {
    package var code: String
    package var message: LocalizedText
    package var field: String?
    package var column: Int?

    package init(code: String, message: LocalizedText, field: String? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.field = field
        self.column = column
    }

    /// A field whose value is not accepted: the message names the field, the value, and what is accepted.
    package static func invalidValue(field: String, value: String, accepted: LocalizedText) -> CommandFailure {
        CommandFailure(
            code: "value.invalid",
            message: .invalidValue(field: field, value: value, accepted: accepted),
            field: field
        )
    }

    /// A required field that was not given.
    package static func missing(field: String, accepted: LocalizedText) -> CommandFailure {
        CommandFailure(
            code: "value.missing",
            message: .missingValue(field: field, accepted: accepted),
            field: field
        )
    }
}

extension LocalizedText {
    /// Two sentences joined with the right spacing for each language.
    package func joined(with other: LocalizedText) -> LocalizedText {
        LocalizedText(zh: zh + other.zh, en: en + " " + other.en)
    }
}
