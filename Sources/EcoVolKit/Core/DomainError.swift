/// A refusal by a rule of the domain — a field that is not accepted, a certificate with
/// nothing to certify, an export format a report cannot take. It says what went wrong in
/// both languages, naming the field and what is accepted, but knows nothing of command
/// lines: no column, no usage error, no exit status. The command layer turns it into a
/// `CommandFailure` (`CommandFailure(_:)` in `Commands/DomainFailures.swift`); the runner
/// does so for any that a command lets through, so the user sees the same message either way.
package protocol DomainError: Error, Sendable {
    /// Stable, machine-readable code, e.g. `value.invalid` or `certificate.noService`.
    var code: String { get }
    /// What went wrong, in both languages, naming the field and what is accepted.
    var message: LocalizedText { get }
    /// The field at fault, when there is one.
    var field: String? { get }
}

extension LocalizedText {
    /// "FIELD: "VALUE" is not valid." followed by what is accepted (the value clipped for the terminal).
    static func invalidValue(field: String, value: String, accepted: LocalizedText) -> LocalizedText {
        L(.errorInvalidValue, ["field": field, "value": TerminalSafeText.clip(value, maxLength: 60)])
            .joined(with: accepted)
    }

    /// "FIELD is missing." followed by what is accepted.
    static func missingValue(field: String, accepted: LocalizedText) -> LocalizedText {
        L(.errorMissingValue, ["field": field]).joined(with: accepted)
    }
}
