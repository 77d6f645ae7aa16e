import Foundation

/// Knowledge bases of any size, recombined deterministically from the real entries, and a
/// fixed set of realistic questions: what the search benchmark indexes and asks at the real
/// size, at 10,000 and at 100,000 entries. Recombined rather than random text so the
/// vocabulary, entry lengths and near-duplicates look like a province's worth of content.
public enum SyntheticKnowledge {
    /// The real entries first (in the order given), then recombinations until `count`
    /// entries: each new entry takes its kind, topics and most sentences from one entry and
    /// mixes in a keyword and sentences of another. Ids are unique (`<base id>-x<n>`).
    public static func entries(from real: [KnowledgeEntry], count: Int, seed: UInt64 = 20_260_601) -> [KnowledgeEntry] {
        guard !real.isEmpty, count > 0 else { return [] }
        if count <= real.count { return Array(real.prefix(count)) }
        var rng = SeededGenerator(seed: seed)
        let sentences = real.map { splitSentences($0.body) }
        var out = real
        out.reserveCapacity(count)
        for n in real.count..<count {
            let a = Int(rng.next(upperBound: UInt64(real.count)))
            var b = Int(rng.next(upperBound: UInt64(real.count)))
            if b == a { b = (b + 1) % real.count }
            let base = real[a]
            let other = real[b]
            var entry = base
            entry.id = "\(base.id)-x\(n)"
            entry.file = nil
            let extra = other.keywords.isEmpty ? other.title : rng.pick(other.keywords)
            entry.title = base.title + "·" + extra
            var keywords = base.keywords.filter { _ in rng.chance(0.7) }
            keywords.append(contentsOf: other.keywords.filter { _ in rng.chance(0.3) })
            entry.keywords = keywords.isEmpty ? base.keywords : keywords
            var body = sentences[a].filter { _ in rng.chance(0.8) }
            let others = sentences[b]
            if !others.isEmpty {
                for _ in 0..<rng.int(1...2) {
                    body.insert(rng.pick(others), at: rng.int(0...body.count))
                }
            }
            entry.body = body.isEmpty ? base.body : body.joined()
            out.append(entry)
        }
        return out
    }

    /// `count` questions of the kinds people type: a keyword, a whole title, a question
    /// around a keyword (是什么, 怎么, 为什么), two Chinese characters, an English title or
    /// words, and two keywords together. Built from the real entries only, so every size of
    /// knowledge base is asked the same questions.
    public static func queries(from real: [KnowledgeEntry], count: Int, seed: UInt64 = 20_260_602) -> [String] {
        guard !real.isEmpty else { return [] }
        var rng = SeededGenerator(seed: seed)
        var out: [String] = []
        out.reserveCapacity(count)
        let chinese = real.flatMap {
            $0.keywords.filter { k in k.unicodeScalars.contains { $0.properties.isIdeographic } }
        }
        let english = real.flatMap { $0.keywords.filter { k in k.unicodeScalars.allSatisfy { $0.isASCII } } }
        while out.count < count {
            let entry = rng.pick(real)
            let keyword = chinese.isEmpty ? entry.title : rng.pick(chinese)
            switch out.count % 8 {
            case 0: out.append(keyword)
            case 1: out.append(entry.title)
            case 2: out.append(keyword + "是什么")
            case 3: out.append("怎么" + keyword)
            case 4: out.append(String(keyword.prefix(2)))
            case 5: out.append(entry.titleEn.isEmpty ? keyword : entry.titleEn)
            case 6: out.append(english.isEmpty ? keyword : rng.pick(english))
            default: out.append(keyword + " " + (chinese.isEmpty ? entry.title : rng.pick(chinese)))
            }
        }
        return out
    }

    /// Sentences with their closing punctuation (。！？ or a blank line) kept.
    static func splitSentences(_ body: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in body {
            current.append(ch)
            if ch == "。" || ch == "！" || ch == "？" || ch == "\n" {
                if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(current) }
                current = ""
            }
        }
        if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { out.append(current) }
        return out
    }
}
