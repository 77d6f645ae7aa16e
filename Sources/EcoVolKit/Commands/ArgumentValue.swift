import Foundation

/// What a value parser may need besides the text: the clock and the zone, so `明天 9:30`
/// and `this-month` mean the same day for the parser as for the command that reads them.
package struct ArgumentEnvironment: Sendable {
    package var now: Date
    package var timeZone: TimeZone

    package init(now: Date = Date(), timeZone: TimeZone = ChinaTime.zone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// Today in the environment's zone.
    package var today: CalendarDate { CalendarDate(now, in: timeZone) }
}

/// A value refused by its parser: the framework turns it into `value.invalid` naming the
/// argument, the text and `accepted`.
package struct ArgumentRejection: Error, Sendable {
    package var accepted: LocalizedText

    package init(accepted: LocalizedText) {
        self.accepted = accepted
    }
}

/// A type an argument can hold, as swift-argument-parser's `ArgumentValue`: one place
/// that parses the user's text (Chinese and English words, full-width digits), says what is
/// accepted (for usage, `/help` and error messages) and offers completions. Commands declare
/// `CommandArgument<Value>`s and read typed values, so no command re-checks presence or re-lists the
/// accepted words by hand.
package protocol ArgumentValue: Sendable {
    /// Parses what the user typed. Throws `ArgumentRejection` (or a field error of the
    /// validators) when the text is not accepted.
    static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> Self
    /// The canonical text of the value: `parse` reads it back to the same value.
    var argumentText: String { get }
    /// What is accepted, as one sentence in both languages.
    static var acceptedValues: LocalizedText { get }
    /// The placeholder in a generated usage line (`…`, `ID`, `yes|no`).
    static var usagePlaceholder: String { get }
    /// What Tab offers for a value of this type.
    static var completion: Completion { get }
    /// The closed list of values with their names, for `/help` (empty for open values).
    static var choices: [ArgumentChoiceItem] { get }
}

/// One value of a closed list as `/help` shows it: the code and its name.
package struct ArgumentChoiceItem: Sendable, Equatable {
    package var code: String
    package var label: LocalizedText
}

extension ArgumentValue {
    package static var usagePlaceholder: String { "…" }
    package static var completion: Completion { .none }
    package static var choices: [ArgumentChoiceItem] { [] }
}

/// A closed set of values with names in both languages (audiences, service types, roles …):
/// parsing goes through the type's own alias table, accepted values and completions are the
/// cases, so adding a case updates every parser, message and completion list at once.
package protocol ArgumentChoice: ArgumentValue, CaseIterable, Hashable
where AllCases == [Self] {
    /// The case for a code, a Chinese name or an alias; nil when none matches.
    init?(argument: String)
    /// The name shown beside the code (Chinese in Chinese, English in English).
    var label: LocalizedText { get }
}

extension ArgumentChoice {
    package static func parse(argument text: String, in environment: ArgumentEnvironment) throws -> Self {
        guard let value = Self(argument: text) else { throw ArgumentRejection(accepted: acceptedValues) }
        return value
    }

    /// `a|b|c` for three cases or fewer, `…` for longer lists (shown in full by `/help`).
    package static var usagePlaceholder: String {
        allCases.count <= 3 ? allCases.map(\.argumentText).joined(separator: "|") : "…"
    }

    /// The codes, each with its name in the user's language (omitted when it is the code).
    package static var completion: Completion {
        Completion { context in
            allCases.map { value in
                let label = value.label.text(context.language)
                return CompletionCandidate(value.argumentText, description: label == value.argumentText ? nil : label)
            }
        }
    }

    package static var choices: [ArgumentChoiceItem] {
        allCases.map { ArgumentChoiceItem(code: $0.argumentText, label: $0.label) }
    }

    /// `code(中文名)` for every case, the list the accepted-value sentences quote.
    package static var choiceList: String {
        allCases.map { "\($0.argumentText)(\($0.label.zh))" }.joined(separator: " ")
    }
}

extension ArgumentChoice where Self: RawRepresentable, RawValue == String {
    package var argumentText: String { rawValue }
}
