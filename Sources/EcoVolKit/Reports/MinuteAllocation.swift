/// Splits a talk's length among its parts by weight, in whole minutes that always add up to
/// exactly the length asked: every part gets at least one minute, the rest goes by the
/// largest-remainder method (ties to the earlier part), so rounding never adds or loses one.
package enum MinuteAllocation {
    /// Minutes per part; `total` must be at least `weights.count`.
    package static func split(_ total: Int, weights: [Int]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let n = weights.count
        guard total >= n else {
            // Too short for one minute each: the first `total` parts get one.
            return (0..<n).map { $0 < max(0, total) ? 1 : 0 }
        }
        let spare = total - n
        let weightSum = max(1, weights.reduce(0) { $0 + max(0, $1) })
        var shares = weights.map { max(0, $0) * spare / weightSum }
        let remainders = weights.enumerated().map { (index: $0.offset, rest: max(0, $0.element) * spare % weightSum) }
        var left = spare - shares.reduce(0, +)
        for r in remainders.sorted(by: { $0.rest != $1.rest ? $0.rest > $1.rest : $0.index < $1.index }) where left > 0
        {
            shares[r.index] += 1
            left -= 1
        }
        return shares.map { $0 + 1 }
    }
}
