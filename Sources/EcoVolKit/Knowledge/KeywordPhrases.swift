/// Keywords of two words or more (志愿者保险, 空调省电, volunteer insurance) found in a question
/// with their words apart, in one clause: 志愿者有没有保险, 空调开多少度最省电, do volunteers get
/// insurance.
///
/// Why: a keyword's characters are matched as bigrams, so a keyword typed whole also matches
/// the bigram across its two words (者保 of 志愿者保险), which says "this entry is keyed by what
/// was asked". People seldom type a keyword whole: they put words between its parts (有没有,
/// 开多少度最, get), and then each part only matches entries that use it anywhere, however
/// unrelated (保险 alone is in every entry on insurance). A keyword whose parts are all in one
/// clause of the question is looked up as a whole in the `phrases` field, at less than the
/// bigram a whole keyword matches (`SearchQuery.splitKeywordWeight`); parts in different
/// clauses (志愿者要注意什么，保险怎么买) are two asks and count nothing together.
///
/// A keyword is split at every place that leaves two parts a question can hold apart: Chinese
/// keywords of four to eight characters into parts of two characters or more (志愿|者保险 and
/// 志愿者|保险), Latin keywords of two words or more at each space. Either order counts
/// (保险给志愿者买了吗).
struct KeywordPhrases: Sendable {
    /// One way of splitting a keyword into a head and a tail.
    private struct Split: Sendable {
        var keyword: UInt64
        var isLatin: Bool
    }

    /// Part hash → the splits it is the head (even) or the tail (odd) of: `split << 1 | tail`.
    private let parts: [UInt64: [Int32]]
    private let splits: [Split]
    /// The most characters of a Chinese part, and words of a Latin one.
    private let longestCJKPart: Int
    private let longestLatinPart: Int

    static let phraseTag: UInt64 = 4 << 60

    /// The token a keyword is indexed under in the `phrases` field, or nil when it cannot be
    /// split (one word, three characters or fewer, mixed scripts).
    static func token(ofKeyword s: [UInt32]) -> UInt64? {
        guard cjkSplits(s) != nil || latinSplits(s) != nil else { return nil }
        return keywordToken(s)
    }

    private static func keywordToken(_ s: [UInt32]) -> UInt64 {
        phraseTag | (TokenValue.phrase(s) & TokenValue.hashMask)
    }

    /// The Chinese splits of `s`: the keyword's characters and the places it splits at.
    private static func cjkSplits(_ s: [UInt32]) -> ([UInt32], [Int])? {
        let chars = s.filter { $0 != TextNormalizer.ignorable }
        guard (4...8).contains(chars.count), chars.allSatisfy(TextNormalizer.isCJK) else { return nil }
        return (chars, Array(2...(chars.count - 2)))
    }

    /// The Latin splits of `s`: its word tokens and the places it splits at.
    private static func latinSplits(_ s: [UInt32]) -> ([UInt64], [Int])? {
        guard !s.contains(where: TextNormalizer.isCJK) else { return nil }
        var tokens: [Token] = []
        Tokenizer.tokenize(normalized: s, mode: .query, into: &tokens)
        let words = tokens.filter { $0.kind == .word }.map(\.value)
        guard words.count >= 2, words.count <= 4 else { return nil }
        return (words, Array(1..<words.count))
    }

    /// The hash of a Latin part: its word tokens folded in order.
    private static func latinPart(_ words: ArraySlice<UInt64>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15
        for w in words { h = (h ^ w) &* 0x0000_0100_0000_01B3 }
        return h | 1 << 63
    }

    /// Reads the keywords of every entry (normalized).
    init(keywords: [[UInt32]]) {
        var parts: [UInt64: [Int32]] = [:]
        var splits: [Split] = []
        var seen: Set<UInt64> = []
        var longestCJK = 0
        var longestLatin = 0
        /// Splits `keyword` of `count` characters or words at `places`; `hash` reads a part.
        func add(_ keyword: UInt64, isLatin: Bool, count: Int, places: [Int], hash: (Range<Int>) -> UInt64) {
            for k in places {
                let id = Int32(splits.count)
                splits.append(Split(keyword: keyword, isLatin: isLatin))
                parts[hash(0..<k), default: []].append(id << 1)
                parts[hash(k..<count), default: []].append(id << 1 | 1)
                if isLatin {
                    longestLatin = max(longestLatin, k, count - k)
                } else {
                    longestCJK = max(longestCJK, k, count - k)
                }
            }
        }
        for s in keywords {
            let keyword = Self.keywordToken(s)
            guard !seen.contains(keyword) else { continue }
            if let (chars, places) = Self.cjkSplits(s) {
                seen.insert(keyword)
                add(keyword, isLatin: false, count: chars.count, places: places) { TokenValue.phrase(chars[$0]) }
            } else if let (words, places) = Self.latinSplits(s) {
                seen.insert(keyword)
                add(keyword, isLatin: true, count: words.count, places: places) { Self.latinPart(words[$0]) }
            }
        }
        self.parts = parts
        self.splits = splits
        self.longestCJKPart = longestCJK
        self.longestLatinPart = longestLatin
    }

    /// A part found in a question: where (scalar offsets of `s`, or token positions for
    /// Latin words), and in which clause.
    private struct Found {
        var entry: Int32
        var start: Int
        var end: Int
        var segment: Int32
    }

    /// The keywords whose parts are all in one clause of `s` (a normalized question with its
    /// question words blanked), apart. A Chinese keyword typed whole is left out: its bigram
    /// across the parts already counts. A Latin keyword typed whole (two words in a row) has no
    /// such bigram, so it is listed too, `isWhole`. `segmentOf` gives each offset's clause;
    /// `tokens` are `s`'s tokens.
    func splitKeywords(in s: [UInt32], tokens: [Token], segmentOf: [Int32]) -> [(token: UInt64, isWhole: Bool)] {
        guard !parts.isEmpty else { return [] }
        var found: [Found] = []
        // Chinese parts: every run of characters, every length a part has.
        var i = 0
        while i < s.count {
            guard TextNormalizer.isCJK(s[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < s.count, TextNormalizer.isCJK(s[end]) { end += 1 }
            for a in i..<end {
                for b in stride(from: a + 2, through: min(end, a + longestCJKPart), by: 1) {
                    guard let list = parts[TokenValue.phrase(s[a..<b])] else { continue }
                    for entry in list where !splits[Int(entry >> 1)].isLatin {
                        found.append(Found(entry: entry, start: a, end: b, segment: segmentOf[a]))
                    }
                }
            }
            i = end
        }
        // Latin parts: runs of consecutive words, counted in word positions.
        let words = tokens.filter { $0.kind == .word }
        if longestLatinPart > 0 {
            for a in words.indices {
                for b in stride(from: a + 1, through: min(words.count, a + longestLatinPart), by: 1) {
                    if b > a + 1, Int(words[b - 2].end) < s.count,
                        Self.hasContent(s, from: Int(words[b - 2].end), to: Int(words[b - 1].start))
                    {
                        break
                    }
                    guard let list = parts[Self.latinPart(words[a..<b].map(\.value)[...])] else { continue }
                    let segment = segmentOf[Int(words[a].start)]
                    for entry in list where splits[Int(entry >> 1)].isLatin {
                        found.append(Found(entry: entry, start: a, end: b, segment: segment))
                    }
                }
            }
        }
        guard found.count >= 2 else { return [] }
        found.sort { $0.entry < $1.entry }
        var out: [(token: UInt64, isWhole: Bool)] = []
        var k = 0
        while k < found.count {
            let split = found[k].entry >> 1
            var heads: [Found] = []
            var tails: [Found] = []
            while k < found.count, found[k].entry >> 1 == split {
                if found[k].entry & 1 == 0 { heads.append(found[k]) } else { tails.append(found[k]) }
                k += 1
            }
            let isLatin = splits[Int(split)].isLatin
            var apart = false
            var whole = false
            for h in heads {
                for t in tails where h.segment == t.segment {
                    if t.start > h.end || h.start >= t.end { apart = true }
                    if isLatin, t.start == h.end { whole = true }
                }
            }
            let keyword = splits[Int(split)].keyword
            guard apart || whole else { continue }
            if let at = out.firstIndex(where: { $0.token == keyword }) {
                out[at].isWhole = out[at].isWhole || whole
            } else {
                out.append((keyword, whole))
            }
        }
        return out
    }

    private static func hasContent(_ s: [UInt32], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return s[from..<to].contains { $0 != TextNormalizer.separator && $0 != TextNormalizer.ignorable }
    }
}
