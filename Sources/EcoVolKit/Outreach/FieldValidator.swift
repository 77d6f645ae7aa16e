import Foundation

/// Checks free-text fields the same way everywhere: trimmed, no control characters, no
/// 100 KB pastes, no invisible characters. Messages name the field and what is accepted.
///
/// Invisible characters matter because a name is how people are told apart: "张\u{200B}三"
/// looks exactly like "张三" yet is another person, with its own hours and certificate.
/// Zero-width characters are removed (they come from copying out of web pages and chat apps);
/// direction controls, which can make text display in another order than it is stored, are
/// refused as control characters.
package enum FieldValidator {
    /// Zero-width and other invisible format characters removed from every text field.
    static let invisible: Set<UInt32> = [
        0x200B, 0x2060, 0xFEFF, 0x180E, 0x00AD, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2061, 0x2062, 0x2063, 0x2064,
    ]
    /// Joiners: kept in free text (emoji and some scripts need them), removed from names.
    static let joiners: Set<UInt32> = [0x200C, 0x200D]
    /// Direction marks and embeddings (beyond those the terminal check already refuses).
    static let directionControls: Set<UInt32> = [0x061C, 0x200E, 0x200F]

    /// `value` without zero-width characters (and, for names, without joiners).
    package static func removingInvisible(_ value: String, joiners removeJoiners: Bool = false) -> String {
        guard
            value.unicodeScalars.contains(where: {
                invisible.contains($0.value) || (removeJoiners && joiners.contains($0.value))
            })
        else { return value }
        var scalars = String.UnicodeScalarView()
        scalars.append(
            contentsOf: value.unicodeScalars.filter {
                !invisible.contains($0.value) && !(removeJoiners && joiners.contains($0.value))
            })
        return String(scalars)
    }

    package static func text(_ field: String, _ value: String, maxLength: Int = 200, required: Bool = false)
        throws(FieldError) -> String?
    {
        try text(field, value, maxLength: maxLength, required: required, removeJoiners: false)
    }

    static func text(_ field: String, _ value: String, maxLength: Int, required: Bool, removeJoiners: Bool)
        throws(FieldError) -> String?
    {
        let v = removingInvisible(value, joiners: removeJoiners).trimmingCharacters(in: .whitespacesAndNewlines)
        if v.isEmpty {
            if required { throw .missing(field: field, accepted: .text(maxLength: maxLength)) }
            return nil
        }
        if TerminalSafeText.containsControlCharacters(v) || v.contains("\n")
            || v.unicodeScalars.contains(where: { directionControls.contains($0.value) })
        {
            throw .invalid(field: field, value: v, accepted: .noControlCharacters)
        }
        guard v.count <= maxLength else {
            throw .invalid(field: field, value: v, accepted: .text(maxLength: maxLength))
        }
        return v
    }

    /// A required free-text field: the same checks as `text`, but never nil, so callers need
    /// no unwrap.
    package static func requiredText(_ field: String, _ value: String, maxLength: Int = 200) throws(FieldError)
        -> String
    {
        guard let v = try text(field, value, maxLength: maxLength, required: true) else {
            throw .missing(field: field, accepted: .text(maxLength: maxLength))
        }
        return v
    }

    package static func name(_ field: String, _ value: String) throws(FieldError) -> String {
        guard let v = try text(field, value, maxLength: 40, required: true, removeJoiners: true) else {
            throw .missing(field: field, accepted: .name)
        }
        // A name has letters: `/log s1 张三 13812345678` must not register a person called
        // 13812345678 (the phone number belongs in phone=).
        guard v.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else {
            throw .invalid(field: field, value: v, accepted: .name)
        }
        return v
    }

    /// Service hours: more than 0 and at most 24 for one session.
    package static func hours(_ field: String, _ value: String) throws(FieldError) -> Double {
        guard let h = DurationParser.hours(value), h > 0, h <= 24 else {
            throw .invalid(field: field, value: value, accepted: .hours)
        }
        return h
    }

    package static func phone(_ field: String, _ value: String) throws(FieldError) -> String? {
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        guard let p = PhoneNumber.normalize(value) else { throw .invalid(field: field, value: value, accepted: .phone) }
        return p
    }

    package static func idNumber(_ field: String, _ value: String) throws(FieldError) -> String? {
        if value.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        switch ResidentIDNumber.validate(value) {
        case .success(let v): return v
        case .failure(let box):
            throw .invalid(field: field, value: ResidentIDNumber.mask(value), accepted: .idNumber(box.problem))
        }
    }

    package static func city(_ field: String, _ value: String) throws(FieldError) -> (name: String, known: Bool) {
        guard let v = try text(field, value, maxLength: 40, required: true, removeJoiners: true) else {
            throw .missing(field: field, accepted: .city)
        }
        if let c = City.find(v) { return (c.name, true) }
        return (v, false)
    }
}
