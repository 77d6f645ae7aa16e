/// One searchable unit of normalized text, packed into a `UInt64` so that counting and
/// looking tokens up never hashes a `String` (String-keyed dictionaries were 8× slower when
/// measured): a CJK unigram is its scalar, a bigram is `a << 21 | b`, a Latin word is a
/// tagged 60-bit FNV-1a hash of its stemmed letters, a date is a tagged `MMDD`.
package struct Token: Sendable, Hashable {
    package enum Kind: UInt8, Sendable {
        case cjkUnigram
        case cjkBigram
        case word
        case date
        /// Any other character that is not punctuation (emoji, symbols, other scripts).
        case symbol
    }

    package var value: UInt64
    package var kind: Kind
    /// Offsets in Unicode scalars of the source text, `end` exclusive.
    package var start: Int32
    package var end: Int32

    package init(value: UInt64, kind: Kind, start: Int, end: Int) {
        self.value = value
        self.kind = kind
        self.start = Int32(truncatingIfNeeded: start)
        self.end = Int32(truncatingIfNeeded: end)
    }
}

/// How token values are packed.
enum TokenValue {
    static let wordTag: UInt64 = 1 << 60
    static let dateTag: UInt64 = 2 << 60
    static let pinyinTag: UInt64 = 3 << 60
    static let hashMask: UInt64 = (1 << 60) - 1

    @inline(__always)
    static func bigram(_ a: UInt32, _ b: UInt32) -> UInt64 { UInt64(a) << 21 | UInt64(b) }

    /// True for a CJK bigram's value (two Chinese characters).
    static func isBigram(_ value: UInt64) -> Bool {
        guard value >> 21 != 0, value < 1 << 42 else { return false }
        let (a, b) = characters(ofBigram: value)
        return TextNormalizer.isCJK(a) && TextNormalizer.isCJK(b)
    }

    /// The two characters of a bigram's value.
    static func characters(ofBigram value: UInt64) -> (UInt32, UInt32) {
        (UInt32(truncatingIfNeeded: value >> 21), UInt32(truncatingIfNeeded: value & ((1 << 21) - 1)))
    }

    @inline(__always)
    static func date(month: Int, day: Int) -> UInt64 { dateTag | UInt64(month * 100 + day) }

    /// FNV-1a over bytes, tagged.
    static func hash<C: Collection>(_ bytes: C, tag: UInt64) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return tag | (h & hashMask)
    }

    static func word(_ text: String) -> UInt64 { hash(Array(text.utf8), tag: wordTag) }
    static func pinyin(_ text: String) -> UInt64 { hash(Array(text.utf8), tag: pinyinTag) }

    /// A hash of a whole normalized phrase (for exact title/keyword matches), separators dropped.
    static func phrase(_ scalars: some Sequence<UInt32>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var any = false
        for v in scalars where v != TextNormalizer.separator && v != TextNormalizer.ignorable {
            any = true
            h ^= UInt64(v)
            h = h &* 0x0000_0100_0000_01B3
        }
        return any ? h : 0
    }
}
