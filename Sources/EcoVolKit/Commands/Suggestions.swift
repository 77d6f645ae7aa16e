/// "Did you mean …?" for mistyped command names and keys: the closest candidate by edit
/// distance, if it is close enough to be a plausible typo.
package enum Suggestions {
    package static func closest(to input: String, in candidates: [String]) -> String? {
        let target = Array(input.lowercased())
        guard !target.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased())
            if c.starts(with: target) && target.count >= 2 { return candidate }
            let d = distance(target, c)
            if best.map({ d < $0.1 }) ?? true { best = (candidate, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = max(1, min(3, target.count / 3 + 1))
        return d <= limit ? name : nil
    }

    /// Damerau–Levenshtein (optimal string alignment) distance over characters.
    package static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            previous2 = previous
            previous = current
        }
        return previous[b.count]
    }
}
