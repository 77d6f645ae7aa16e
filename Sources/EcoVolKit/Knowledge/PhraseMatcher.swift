/// Finds known phrases (question words, audience words, synonym terms, pinyin overrides) in
/// normalized text, leftmost-longest and without overlaps. A run of separators in the text
/// matches one separator in a phrase (`waste  sorting`), and a phrase that starts or ends
/// with a Latin letter only matches whole words (`ev` is not found in `every`).
struct PhraseMatcher<Payload: Sendable>: Sendable {
    struct Match: Sendable {
        var start: Int
        var end: Int
        var payloads: [Payload]
    }

    private struct Phrase: Sendable {
        var scalars: [UInt32]
        var payloads: [Payload]
    }

    /// Phrases by first scalar, longest first.
    private var byFirst: [UInt32: [Phrase]] = [:]

    init() {}

    var isEmpty: Bool { byFirst.isEmpty }

    mutating func add(_ text: String, _ payload: Payload) {
        var scalars: [UInt32] = []
        for raw in TextNormalizer.normalize(text) where raw != TextNormalizer.ignorable {
            let v = Self.isSeparator(raw) ? TextNormalizer.separator : raw
            if v == TextNormalizer.separator, scalars.last == TextNormalizer.separator || scalars.isEmpty { continue }
            scalars.append(v)
        }
        while scalars.last == TextNormalizer.separator { scalars.removeLast() }
        guard let first = scalars.first else { return }
        var list = byFirst[first] ?? []
        if let k = list.firstIndex(where: { $0.scalars == scalars }) {
            list[k].payloads.append(payload)
        } else {
            list.append(Phrase(scalars: scalars, payloads: [payload]))
            list.sort { $0.scalars.count > $1.scalars.count }
        }
        byFirst[first] = list
    }

    func matches(in s: [UInt32]) -> [Match] {
        var out: [Match] = []
        var i = 0
        let n = s.count
        while i < n {
            guard let candidates = byFirst[s[i]],
                i == 0 || !(isWordChar(s[i]) && isWordChar(s[i - 1]))
            else {
                i += 1
                continue
            }
            var found: Match?
            for phrase in candidates {
                if let end = match(phrase.scalars, in: s, at: i) {
                    let last = phrase.scalars[phrase.scalars.count - 1]
                    if isWordChar(last), end < n, isWordChar(s[end]) { continue }
                    found = Match(start: i, end: end, payloads: phrase.payloads)
                    break
                }
            }
            if let found {
                out.append(found)
                i = found.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// End offset when `phrase` matches at `i`.
    private func match(_ phrase: [UInt32], in s: [UInt32], at i: Int) -> Int? {
        var j = i
        for p in phrase {
            if p == TextNormalizer.separator {
                guard j < s.count, Self.isSeparator(s[j]) else { return nil }
                while j < s.count, Self.isSeparator(s[j]) || s[j] == TextNormalizer.ignorable { j += 1 }
                continue
            }
            while j < s.count, s[j] == TextNormalizer.ignorable { j += 1 }
            guard j < s.count, s[j] == p else { return nil }
            j += 1
        }
        return j
    }

    /// Spaces and the joining signs kept by the normalizer (`low-carbon` = `low carbon`).
    @inline(__always)
    private static func isSeparator(_ v: UInt32) -> Bool {
        v == TextNormalizer.separator || v == 0x2D || v == 0x2F
    }

    @inline(__always)
    private func isWordChar(_ v: UInt32) -> Bool { TextNormalizer.isLatinOrDigit(v) }
}
