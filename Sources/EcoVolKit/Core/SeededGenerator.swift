/// A small, fast random number generator with a fixed seed (SplitMix64). The demo store,
/// talk outlines with `vary=` and
/// the benchmark's synthetic data must come out byte-for-byte the same on every machine and
/// every run, which `SystemRandomNumberGenerator` cannot promise.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) {
        state = seed
    }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen element (the array must not be empty).
    package mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next(upperBound: UInt64(items.count)))]
    }

    /// A whole number in `range`.
    package mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next(upperBound: UInt64(range.count)))
    }

    /// True with probability `p`.
    package mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }
}
