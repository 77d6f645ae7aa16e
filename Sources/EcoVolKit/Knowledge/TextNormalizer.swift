/// Folds text to the form both the index and queries use, one output value per input scalar
/// so that token offsets point straight back into the original text (for highlighting):
/// full-width forms to ASCII, upper to lower case, Latin diacritics to their base letter,
/// Traditional to Simplified Chinese, sub/superscript digits to digits. Punctuation and
/// spaces become `separator`; combining marks and joiners become `ignorable`.
///
/// Works on scalars with lookup tables only (no Foundation calls), because it runs on
/// every character of every entry at index time and on every query.
package enum TextNormalizer {
    /// A word or run boundary.
    package static let separator: UInt32 = 0x20
    /// A scalar that belongs to the text but carries no searchable content (U+0301, ZWJ …).
    package static let ignorable: UInt32 = 0

    /// Simplified form per scalar from `ChineseTables.firstScalar` (0: unchanged); a flat
    /// array because a dictionary lookup per character was measurable at index time.
    private static let traditionalToSimplified: [UInt32] = {
        var table = [UInt32](repeating: 0, count: Int(ChineseTables.lastScalar - ChineseTables.firstScalar + 1))
        for (from, to) in pairTable(ChineseTables.traditionalPairs)
        where from >= ChineseTables.firstScalar && from <= ChineseTables.lastScalar {
            table[Int(from - ChineseTables.firstScalar)] = to
        }
        return table
    }()
    private static let latinFolding: [UInt32: UInt32] = pairTable(ChineseTables.latinPairs)

    private static func pairTable(_ text: String) -> [UInt32: UInt32] {
        var table: [UInt32: UInt32] = [:]
        var pending: UInt32?
        for scalar in text.unicodeScalars where scalar != "\n" {
            if let from = pending {
                table[from] = scalar.value
                pending = nil
            } else {
                pending = scalar.value
            }
        }
        return table
    }

    /// Normalizes every scalar of `text`.
    package static func normalize(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            out.append(fold(scalar.value))
        }
        return out
    }

    /// `text` with its Traditional characters in their Simplified form and nothing else changed
    /// (punctuation, case and spacing kept): what a request reads, where 週五 is 周五.
    package static func simplifiedHan(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var changed = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= ChineseTables.firstScalar && v <= ChineseTables.lastScalar {
                let simple = traditionalToSimplified[Int(v - ChineseTables.firstScalar)]
                if simple != 0, let folded = Unicode.Scalar(simple) {
                    scalars.append(folded)
                    changed = true
                    continue
                }
            }
            scalars.append(scalar)
        }
        return changed ? String(scalars) : text
    }

    /// The normalized value of one scalar.
    @inline(__always)
    package static func fold(_ v: UInt32) -> UInt32 {
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return v + 0x20 }
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { return v }
            // Keep the few ASCII signs the tokenizer reads in context (2.5, 6/5, 06-05).
            if v == 0x2E || v == 0x2F || v == 0x2D { return v }
            return separator
        }
        if v >= ChineseTables.firstScalar && v <= ChineseTables.lastScalar {
            let simple = traditionalToSimplified[Int(v - ChineseTables.firstScalar)]
            return simple == 0 ? v : simple
        }
        if v >= 0xFF01 && v <= 0xFF5E { return fold(v - 0xFEE0) }
        if v == 0x3000 { return separator }
        if v >= 0xC0 && v <= 0x24F {
            if v == 0xD7 || v == 0xF7 { return separator }
            if let base = latinFolding[v] { return base }
            return v
        }
        if v == 0xB2 || v == 0xB3 { return v - 0xB2 + 0x32 }
        if v == 0xB9 { return 0x31 }
        if v < 0xC0 { return separator }  // Latin-1 punctuation, NBSP, ¥, ©
        switch v {
        case 0x2070, 0x2080: return 0x30
        case 0x2074...0x2079: return v - 0x2074 + 0x34
        case 0x2081...0x2089: return v - 0x2081 + 0x31
        case 0x0300...0x036F, 0x200B...0x200D, 0x2060, 0xFE00...0xFE0F, 0xFEFF: return ignorable
        case 0x2000...0x206F, 0x3001...0x303F, 0xFF5F...0xFF65, 0xFE10...0xFE6F, 0x2E00...0x2E7F:
            return separator
        case 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F:
            return v
        default:
            if let scalar = Unicode.Scalar(v), scalar.properties.isWhitespace { return separator }
            return v
        }
    }

    /// ASCII letter or digit (after folding).
    @inline(__always)
    static func isLatinOrDigit(_ v: UInt32) -> Bool {
        (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39)
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// Han ideographs, kana and hangul: written without spaces, so they are indexed as
    /// overlapping bigrams.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x3040 && v <= 0x30FF)
            || (v >= 0xAC00 && v <= 0xD7AF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3134F)
            || v == 0x3007
    }
}
