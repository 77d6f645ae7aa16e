/// A text field the user typed that a rule refuses: missing when required, or a value that
/// is not accepted. Thrown by `FieldValidator` and `SessionTimeRules.flag`; the message names
/// the field, the value (clipped) and what is accepted, in both languages.
package enum FieldError: DomainError, Equatable {
    /// A required field given empty (or only invisible characters).
    case missing(field: String, accepted: Accepted)
    /// A value the field does not accept (`value` as shown to the user: an ID number masked).
    case invalid(field: String, value: String, accepted: Accepted)

    /// What a field accepts, each with its sentence in the message catalogue.
    package enum Accepted: Sendable, Equatable {
        /// One line of text of at most `maxLength` characters.
        case text(maxLength: Int)
        /// Text without control characters, line breaks or direction controls.
        case noControlCharacters
        /// A person's name, 1–40 characters.
        case name
        /// Service hours: more than 0, at most 24.
        case hours
        /// A mainland mobile or landline number.
        case phone
        /// An 18-character resident ID number, refused for this reason.
        case idNumber(ResidentIDNumber.Problem)
        /// A city or prefecture of Guizhou (an unknown place is kept, but not an empty one).
        case city
        /// yes or no (是/否 …).
        case yesNo

        package var text: LocalizedText {
            switch self {
            case .text(let maxLength): return L(.outreachAcceptedText, ["max": String(maxLength)])
            case .noControlCharacters: return L(.outreachAcceptedNoControl)
            case .name: return L(.outreachAcceptedName)
            case .hours: return L(.outreachAcceptedHours)
            case .phone: return L(.outreachAcceptedPhone)
            case .idNumber(.length): return L(.outreachAcceptedIdNumberLength)
            case .idNumber(.characters): return L(.outreachAcceptedIdNumberCharacters)
            case .idNumber(.birthDate): return L(.outreachAcceptedIdNumberBirthDate)
            case .idNumber(.checkDigit): return L(.outreachAcceptedIdNumberCheckDigit)
            case .city: return L(.outreachAcceptedCity, ["cities": City.acceptedText])
            case .yesNo: return L(.rulesAcceptedYesNo)
            }
        }
    }

    package var code: String {
        switch self {
        case .missing: return "value.missing"
        case .invalid: return "value.invalid"
        }
    }

    package var field: String? {
        switch self {
        case .missing(let field, _), .invalid(let field, _, _): return field
        }
    }

    package var accepted: Accepted {
        switch self {
        case .missing(_, let accepted), .invalid(_, _, let accepted): return accepted
        }
    }

    package var message: LocalizedText {
        switch self {
        case .missing(let field, let accepted): return .missingValue(field: field, accepted: accepted.text)
        case .invalid(let field, let value, let accepted):
            return .invalidValue(field: field, value: value, accepted: accepted.text)
        }
    }
}
