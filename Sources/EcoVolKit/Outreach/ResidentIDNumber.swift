import Foundation

/// The 18-character resident identity number (GB 11643-1999): six region digits, the birth
/// date, three sequence digits and an ISO 7064 MOD 11-2 check character. Certificates need
/// it, so it is validated when given (with consent) and masked everywhere else.
package enum ResidentIDNumber {
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = Array("10X98765432")

    package enum Problem: Sendable, Equatable { case length, characters, birthDate, checkDigit }

    /// The normalised number (upper-case X) or the reason it is not valid.
    package static func validate(_ text: String) -> Result<String, ProblemBox> {
        let v = NumberText.halfWidth(text).trimmingCharacters(in: .whitespaces).uppercased()
        let chars = Array(v)
        guard chars.count == 18 else { return .failure(ProblemBox(.length)) }
        guard chars.prefix(17).allSatisfy({ $0.isASCII && $0.isNumber }), chars[17].isASCII,
            chars[17].isNumber || chars[17] == "X"
        else {
            return .failure(ProblemBox(.characters))
        }
        let digits = chars.prefix(17).map { $0.wholeNumberValue ?? 0 }
        let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard (1900...2100).contains(year), CalendarDate.isValid(year: year, month: month, day: day) else {
            return .failure(ProblemBox(.birthDate))
        }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        guard checkCharacters[sum % 11] == chars[17] else { return .failure(ProblemBox(.checkDigit)) }
        return .success(v)
    }

    /// 520102199001011234 → 5201**********1234
    package static func mask(_ number: String) -> String {
        let chars = Array(number)
        guard chars.count > 8 else { return String(repeating: "*", count: chars.count) }
        return String(chars.prefix(4)) + String(repeating: "*", count: chars.count - 8) + String(chars.suffix(4))
    }

    /// An Error box so the problem can travel in a `Result`.
    package struct ProblemBox: Error, Sendable, Equatable {
        package var problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }
}
