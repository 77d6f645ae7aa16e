import PropertyBased

/// Generators for property tests over the text users really produce: ASCII (with control
/// characters and escapes), CJK and full-width forms, combining marks, emoji and
/// anything else in Unicode.
enum TestGen {
    static func scalar(_ seed: UInt32) -> Character {
        let ranges: [ClosedRange<UInt32>] = [
            0x00...0x7F,  // ASCII, controls included
            0x4E00...0x9FFF,  // CJK ideographs
            0x3000...0x303F,  // CJK punctuation
            0xFF00...0xFFEF,  // full-width forms
            0x0300...0x036F,  // combining marks
            0x1F300...0x1FAFF,  // emoji
            0x80...0x10FFFF,  // anything
        ]
        let range = ranges[Int(seed % UInt32(ranges.count))]
        let value = range.lowerBound + (seed / 7) % (range.upperBound - range.lowerBound + 1)
        return Character(Unicode.Scalar(value) ?? "\u{FFFD}")
    }

    static let character = Gen<UInt32>.value(in: 0...UInt32.max / 2).map { scalar($0) }

    /// Any text of up to `length` characters.
    static func text(_ length: ClosedRange<Int>) -> Generator<
        String, Generator<Character, Shrink.Integer<UInt32>>.ArrayShrink
    > {
        character.string(of: length)
    }
}
