import Foundation

/// Checks free-text fields the same way everywhere: trimmed, no control characters, no
/// 100 KB pastes. Messages name the field and what is accepted.
public enum FieldValidator {
    public static func text(_ field: String, _ value: String, maxLength: Int = 200, required: Bool = false) throws -> String? {
        let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if v.isEmpty {
            if required { throw CommandFailure.missing(field: field, accepted: L("outreach.accepted.text", ["max": String(maxLength)])) }
            return nil
        }
        if TerminalSafeText.containsControlCharacters(v) || v.contains("\n") {
            throw CommandFailure.invalidValue(field: field, value: v, accepted: L("outreach.accepted.noControl"))
        }
        guard v.count <= maxLength else {
            throw CommandFailure.invalidValue(field: field, value: v, accepted: L("outreach.accepted.text", ["max": String(maxLength)]))
        }
        return v
    }

    /// A required free-text field: the same checks as `text`, but never nil, so callers need
    /// no unwrap.
    public static func requiredText(_ field: String, _ value: String, maxLength: Int = 200) throws -> String {
        guard let v = try text(field, value, maxLength: maxLength, required: true) else {
            throw CommandFailure.missing(field: field, accepted: L("outreach.accepted.text", ["max": String(maxLength)]))
        }
        return v
    }

    public static func name(_ field: String, _ value: String) throws -> String {
        guard let v = try text(field, value, maxLength: 40, required: true) else {
            throw CommandFailure.missing(field: field, accepted: L("outreach.accepted.name"))
        }
        return v
    }

    /// Service hours: more than 0 and at most 24 for one session.
    public static func hours(_ field: String, _ value: String) throws -> Double {
        guard let h = DurationParser.hours(value), h > 0, h <= 24 else {
            throw CommandFailure.invalidValue(field: field, value: value, accepted: L("outreach.accepted.hours"))
        }
        return h
    }

    public static func phone(_ field: String, _ value: String) throws -> String? {
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        guard let p = PhoneNumber.normalize(value) else {
            throw CommandFailure.invalidValue(field: field, value: value, accepted: L("outreach.accepted.phone"))
        }
        return p
    }

    public static func idNumber(_ field: String, _ value: String) throws -> String? {
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        switch ResidentIDNumber.validate(value) {
        case let .success(v): return v
        case let .failure(box):
            let reason: String
            switch box.problem {
            case .length: reason = "length"
            case .characters: reason = "characters"
            case .birthDate: reason = "birthDate"
            case .checkDigit: reason = "checkDigit"
            }
            throw CommandFailure.invalidValue(field: field, value: ResidentIDNumber.mask(value), accepted: L("outreach.accepted.idNumber." + reason))
        }
    }

    public static func city(_ field: String, _ value: String) throws -> (name: String, known: Bool) {
        guard let v = try text(field, value, maxLength: 40, required: true) else { throw CommandFailure.missing(field: field, accepted: L("outreach.accepted.city", ["cities": City.acceptedText])) }
        if let c = City.find(v) { return (c.name, true) }
        return (v, false)
    }
}
