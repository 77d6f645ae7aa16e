/// Short ids people can type: a kind letter and seven characters of lower-case Crockford
/// base32 (no i, l, o, u), 35 random bits. Random rather than counted so two stores that are
/// merged later do not both hold `s1`; the store re-draws on a clash inside one store.
package enum OutreachID {
    package static let alphabet: [Character] = Array("0123456789abcdefghjkmnpqrstvwxyz")
    package static let length = 8

    package enum Kind: Character, Sendable {
        case session = "s"
        case person = "p"
        case project = "j"
        case series = "r"
    }

    package static func make<G: RandomNumberGenerator>(_ kind: Kind, using generator: inout G) -> String {
        var id = String(kind.rawValue)
        for _ in 1..<length { id.append(alphabet[Int(generator.next(upperBound: UInt32(alphabet.count)))]) }
        return id
    }

    package static func make(_ kind: Kind) -> String {
        var g = SystemRandomNumberGenerator()
        return make(kind, using: &g)
    }

    /// A fresh id not in `taken`.
    package static func make(_ kind: Kind, avoiding taken: (String) -> Bool) -> String {
        while true {
            let id = make(kind)
            if !taken(id) { return id }
        }
    }

    /// True for a well-formed id of any kind (ids of built-in projects are words and also pass).
    package static func isWellFormed(_ text: String) -> Bool {
        !text.isEmpty && text.count <= length
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) && $0.isLowercase || $0.isNumber }
    }
}
