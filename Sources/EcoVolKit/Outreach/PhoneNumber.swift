/// Phone numbers as mainland volunteers give them: an 11-digit mobile (optionally +86, with
/// spaces or dashes) or a landline with its area code. Stored as digits; shown masked
/// (138****5678) because the Personal Information Protection Law asks for the minimum.
package enum PhoneNumber {
    /// The normalised digits, or nil when the text is not a phone number.
    package static func normalize(_ text: String) -> String? {
        var digits = NumberText.halfWidth(text).filter { !" -()（）".contains($0) }
        if digits.hasPrefix("+86") { digits.removeFirst(3) } else if digits.hasPrefix("0086") { digits.removeFirst(4) }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let chars = Array(digits)
        if chars.count == 11, chars[0] == "1", ("3"..."9").contains(chars[1]) { return digits }
        if chars.first == "0", (10...12).contains(chars.count) { return digits }
        return nil
    }

    /// 13812345678 → 138****5678; landlines keep the area code and the last four.
    package static func mask(_ digits: String) -> String {
        let chars = Array(digits)
        guard chars.count >= 7 else { return String(repeating: "*", count: chars.count) }
        let keepHead = chars.first == "0" ? (chars.count >= 11 ? 4 : 3) : 3
        return String(chars.prefix(keepHead)) + String(repeating: "*", count: chars.count - keepHead - 4)
            + String(chars.suffix(4))
    }
}
