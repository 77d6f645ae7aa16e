import Foundation

/// A question compiled against one index: what to look up, how much each part weighs, who
/// it is for, and which tokens to highlight in the answer.
///
/// Each clause is one thing the user asked about (a bigram, a word, a synonym group, a
/// pinyin spelling); its score for an entry is the best of its alternatives (the words as
/// typed, their synonyms at 0.8, typo corrections below exact words), so a synonym never
/// counts twice.
///
/// How much of the question an entry answers ("coverage") is measured in units of the
/// question — its characters, words and dates — not in clauses. Why: bigrams overlap, and in a
/// question as people speak it (垃圾被车混着拉走) half of them straddle word boundaries (圾被,
/// 车混); counting clauses made every extra clause-straddling bigram a "missed part", so long
/// natural questions fell under the threshold even when their topic matched exactly. A
/// character is accounted for by any matching bigram that contains it, in full, or by
/// itself in a title or keyword, at half; grammatical characters (被, 着, 了 …) weigh half.
public struct SearchQuery: Sendable {
    struct Term: Sendable {
        var token: UInt64
        /// Bit per `SearchIndex.Field`.
        var fields: UInt8
    }

    struct Alternative: Sendable {
        var weight: Float
        var terms: [Term]
    }

    struct Clause: Sendable {
        var weight: Float
        /// The question's units (indices into `unitWeights`) this clause accounts for.
        var units: [Int32]
        /// How fully a match accounts for them: 1, or `SearchQuery.loneCharacterCredit`.
        var credit: Float = 1
        var alternatives: [Alternative]
        /// `units` as a bit set of `maskWords` words (see `finishUnits`).
        var mask: [UInt64] = []
    }

    var clauses: [Clause] = []
    /// Normalized whole-question hashes that equal a title or keyword, with their bonus.
    var exact: [(hash: UInt64, bonus: Float)] = []
    /// Weight of each unit of the question (a character, a word, a date).
    var unitWeights: [Float] = []
    /// Weight of each bit of the clause masks (units fold onto at most `maxUnitBits` bits).
    var bitWeights: [Float] = []
    var maskWords = 0
    /// Audience and service-type bits named in the question.
    public internal(set) var audienceMask: UInt8 = 0
    public internal(set) var serviceMask: UInt8 = 0
    /// Tokens to highlight in bodies (the query's and their synonyms').
    public internal(set) var highlight: Set<UInt64> = []
    /// The question only said who it is for (适合小学生吗, for kids?): a follow-up.
    public internal(set) var isAudienceOnly = false
    /// The question names a date (6月5日, June 5): environmental-day entries come first.
    public internal(set) var hasDate = false
    /// The question had nothing to search for (only question words, or empty).
    public var isEmpty: Bool { clauses.isEmpty }

    /// Audience keys named in the question.
    public var audiences: [String] {
        KnowledgeVocabulary.audiences.enumerated().filter { audienceMask & (1 << UInt8($0.offset)) != 0 }.map(\.element)
    }

    /// The clauses, for tests and tuning: weight, units, credit and alternatives' token counts.
    public var debugDescription: String {
        clauses.map { c in
            "[w\(c.weight) u\(c.units.map(String.init).joined(separator: ","))\(c.credit < 1 ? "½" : ""): "
                + c.alternatives.map { "\($0.weight)x\($0.terms.count)" }.joined(separator: " | ") + "]"
        }.joined(separator: " ") + " units=\(unitWeights) aud=\(audienceMask) exact=\(exact.count)"
    }

    static let textFields: UInt8 = 0b01111
    static let pinyinField: UInt8 = 0b10000
    /// Titles and keywords: the fields that hold single characters.
    static let titleFields: UInt8 = 0b00011
    /// Credit of a character found only on its own in a title or keyword (车 of 垃圾车).
    static let loneCharacterCredit: Float = 0.5
    /// Score weight of such a match: enough to order otherwise equal entries, no more.
    static let loneCharacterWeight: Float = 0.1
    /// Masks stay within four words; a longer question (a pasted paragraph) folds its units.
    static let maxUnitBits = 256

    /// Builds the clause masks once every unit is known.
    mutating func finishUnits() {
        let count = unitWeights.count
        let bits = min(count, Self.maxUnitBits)
        maskWords = (bits + 63) / 64
        bitWeights = [Float](repeating: 0, count: maskWords * 64)
        func bit(_ unit: Int32) -> Int { count <= Self.maxUnitBits ? Int(unit) : Int(unit) * bits / count }
        for (u, w) in unitWeights.enumerated() { bitWeights[bit(Int32(u))] += w }
        for k in clauses.indices {
            var mask = [UInt64](repeating: 0, count: maskWords)
            for u in clauses[k].units {
                let b = bit(u)
                mask[b >> 6] |= 1 << UInt64(b & 63)
            }
            clauses[k].mask = mask
        }
    }

    /// Share of the question's unit weight accounted for, given the bits matched in full
    /// and at partial credit (`full` and `partial` hold `maskWords` words from `offset`).
    func coverage(full: [UInt64], partial: [UInt64], offset: Int, totalWeight: Float) -> Float {
        guard totalWeight > 0 else { return 0 }
        var sum: Float = 0
        for w in 0..<maskWords {
            var f = full[offset + w]
            var h = partial[offset + w] & ~f
            while f != 0 {
                sum += bitWeights[w << 6 | f.trailingZeroBitCount]
                f &= f - 1
            }
            while h != 0 {
                sum += Self.loneCharacterCredit * bitWeights[w << 6 | h.trailingZeroBitCount]
                h &= h - 1
            }
        }
        return min(1, sum / totalWeight)
    }
}

/// The units of a question being compiled: each character, word or date gets an index and
/// a weight the first time a clause claims it.
struct QueryUnits {
    private var indices: [Int: Int32] = [:]
    private(set) var weights: [Float] = []

    mutating func unit(_ key: Int, weight: Float) -> Int32 {
        if let known = indices[key] { return known }
        let index = Int32(weights.count)
        indices[key] = index
        weights.append(weight)
        return index
    }
}

extension SearchIndex {
    /// The longest question read; the rest is ignored (a pasted page is not a question).
    static let maxQueryScalars = 500

    /// Compiles `text` into clauses (see `SearchQuery`).
    public func compile(_ text: String) -> SearchQuery {
        var query = SearchQuery()
        var s = TextNormalizer.normalize(text)
        if s.count > Self.maxQueryScalars { s.removeSubrange(Self.maxQueryScalars...) }

        // 1. Phrases: question words go; audience words and synonym terms are remembered.
        enum SpanKind { case audience, service, synonym(Int, Int), oneWay(Int) }
        var spans: [(start: Int, end: Int, kind: SpanKind)] = []
        for match in matcher.matches(in: s) {
            let payloads = match.payloads
            if let mask = payloads.lazy.compactMap({ if case let .audience(m) = $0 { return m } else { return nil } }).first {
                query.audienceMask |= mask
                spans.append((match.start, match.end, .audience))
            } else if payloads.contains(where: { if case .stop = $0 { return true } else { return false } })
                        || payloads.contains(where: { if case .followUp = $0 { return true } else { return false } }) {
                for k in match.start..<match.end { s[k] = TextNormalizer.separator }
            } else if let mask = payloads.lazy.compactMap({ if case let .service(m) = $0 { return m } else { return nil } }).first {
                query.serviceMask |= mask
                spans.append((match.start, match.end, .service))
            } else if let first = payloads.first {
                switch first {
                case let .synonym(group, term): spans.append((match.start, match.end, .synonym(group, term)))
                case let .oneWay(rule): spans.append((match.start, match.end, .oneWay(rule)))
                default: break
                }
            }
        }

        // 2. Tokens, grouped by the span they fall in.
        var tokens: [Token] = []
        Tokenizer.tokenize(normalized: s, mode: .query, into: &tokens)
        func spanIndex(_ t: Token) -> Int? {
            spans.firstIndex { Int(t.start) >= $0.start && Int(t.end) <= $0.end }
        }
        let hasPlainContent = tokens.contains { t in
            guard let k = spanIndex(t) else { return true }
            switch spans[k].kind {
            case .audience, .service: return false
            default: return true
            }
        }
        query.isAudienceOnly = !hasPlainContent && query.audienceMask != 0

        // Dates: the canonical date token or the characters as typed, one clause.
        let dateTokens = tokens.filter { $0.kind == .date }
        func dateIndex(_ t: Token) -> Int? {
            guard t.kind != .date else { return nil }
            return dateTokens.firstIndex { t.start >= $0.start && t.end <= $0.end }
        }
        var dateLiterals: [Int: [Token]] = [:]

        // Units: what coverage is counted in (see `SearchQuery`).
        var units = QueryUnits()
        func straddlesSpan(_ t: Token) -> Bool {
            t.kind == .cjkBigram && spans.contains { (Int(t.start) < $0.start && Int(t.end) > $0.start) || (Int(t.start) < $0.end && Int(t.end) > $0.end) }
        }
        // A character weighs as much as the most common word it is part of tells: 环保 in
        // 点外卖怎么更环保 is in a third of all entries and says little; 外卖 is in three.
        var characterWeight: [Int: Float] = [:]
        for t in tokens where (t.kind == .cjkBigram || t.kind == .cjkUnigram) && !straddlesSpan(t) {
            let w = informativeness(t.value)
            for k in Int(t.start)..<Int(t.end) where TextNormalizer.isCJK(s[k]) {
                characterWeight[k] = min(characterWeight[k] ?? 1, w)
            }
        }
        func charUnit(_ k: Int) -> Int32 {
            let w = characterWeight[k] ?? 1
            return units.unit(k, weight: KnowledgeVocabulary.lightCharacters.contains(s[k]) ? min(w, 0.5) : w)
        }
        func tokenUnits(_ t: Token) -> [Int32] {
            switch t.kind {
            case .cjkBigram, .cjkUnigram:
                return (Int(t.start)..<Int(t.end)).filter { TextNormalizer.isCJK(s[$0]) }.map(charUnit)
            case .date:
                return [units.unit(-1 - Int(t.start), weight: 2)]
            case .word:
                return [units.unit(Int(t.start), weight: informativeness(t.value))]
            case .symbol:
                return [units.unit(Int(t.start), weight: 1)]
            }
        }
        /// Characters of plain content in runs of two or more: each may also be found on its own.
        var loneCharacters: [Int] = []

        var spanTokens: [Int: [Token]] = [:]
        var pendingWords: [Token] = []
        var lastWordEnd = -1
        func term(_ t: Token, _ fields: UInt8 = SearchQuery.textFields) -> SearchQuery.Term {
            SearchQuery.Term(token: t.value, fields: fields)
        }
        func flushWords() {
            guard !pendingWords.isEmpty else { return }
            addUnknownWords(pendingWords, s, isLast: pendingWords.last.map { Int($0.end) } == lastContentEnd(tokens), &units, &query)
            pendingWords.removeAll()
        }
        for t in tokens {
            if let k = spanIndex(t) {
                switch spans[k].kind {
                case .audience, .service:
                    if hasPlainContent {
                        let isAudience: Bool
                        if case .audience = spans[k].kind { isAudience = true } else { isAudience = false }
                        query.clauses.append(.init(weight: isAudience ? 1.0 : 0.5, units: [], alternatives: [.init(weight: 1, terms: [term(t)])]))
                        query.highlight.insert(t.value)
                        continue
                    }
                default:
                    spanTokens[k, default: []].append(t)
                    query.highlight.insert(t.value)
                    continue
                }
            }
            if t.kind == .word, !isKnownWord(t.value) {
                if !pendingWords.isEmpty, lastWordEnd >= 0, !hasContent(s, from: lastWordEnd, to: Int(t.start)) {
                    pendingWords.append(t)
                } else {
                    flushWords()
                    pendingWords = [t]
                }
                lastWordEnd = Int(t.end)
                continue
            }
            flushWords()
            query.highlight.insert(t.value)
            if let d = dateIndex(t) {
                dateLiterals[d, default: []].append(t)
                continue
            }
            if t.kind == .date { query.hasDate = true }
            let weight: Float = t.kind == .date ? 2.0 : (t.kind == .cjkUnigram && tokens.count > 1 ? 0.5 : 1.0)
            var alternatives: [SearchQuery.Alternative] = [.init(weight: 1, terms: [term(t)])]
            // A bigram found nowhere (a wrong character, 石莫化) may be a homophone typo:
            // its pinyin (shi mo) finds the intended word in titles and keywords.
            if t.kind == .cjkBigram, !isKnownWord(t.value), let pair = pinyinPair(s[Int(t.start)], s[Int(t.end) - 1]) {
                alternatives.append(.init(weight: 0.8, terms: [.init(token: pair, fields: SearchQuery.pinyinField)]))
            }
            // A bigram straddling a recognised phrase (企业|双碳 → 业双) is an artefact of
            // bigramming, not something the user asked about: it may help, never required.
            let straddles = straddlesSpan(t)
            query.clauses.append(.init(weight: straddles ? 0.5 : weight, units: straddles ? [] : tokenUnits(t), alternatives: alternatives))
            if t.kind == .cjkBigram {
                for k in [Int(t.start), Int(t.end) - 1] where !spans.contains(where: { k >= $0.start && k < $0.end }) && loneCharacters.last != k {
                    loneCharacters.append(k)
                }
            }
        }
        flushWords()
        for (d, literals) in dateLiterals {
            if let k = query.clauses.firstIndex(where: { $0.alternatives.first?.terms.first?.token == dateTokens[d].value }) {
                query.clauses[k].alternatives.append(.init(weight: 1, terms: literals.map { term($0) }))
            }
        }

        // A character of a longer run that no bigram of an entry matched may still be in its
        // title or keywords on its own (车 of 垃圾车 for 被车混): half credit, a little score.
        // Grammatical characters are left out: they are in every title.
        for k in loneCharacters where !KnowledgeVocabulary.lightCharacters.contains(s[k]) {
            let token = SearchQuery.Term(token: UInt64(s[k]), fields: SearchQuery.titleFields)
            query.clauses.append(.init(
                weight: SearchQuery.loneCharacterWeight, units: [charUnit(k)], credit: SearchQuery.loneCharacterCredit,
                alternatives: [.init(weight: 1, terms: [token])]))
        }

        // 3. Synonym groups: one clause each, the typed words or any term of the group.
        for (k, list) in spanTokens.sorted(by: { $0.key < $1.key }) {
            var alternatives: [SearchQuery.Alternative] = [.init(weight: 1, terms: list.map { term($0) })]
            var others: [[Token]] = []
            switch spans[k].kind {
            case let .synonym(group, index):
                others = synonymTerms[group].enumerated().filter { $0.offset != index }.map(\.element)
            case let .oneWay(rule):
                others = oneWay[rule].to
            default: break
            }
            for other in others where !other.isEmpty {
                alternatives.append(.init(weight: 0.8, terms: other.map { term($0) }))
                for t in other { query.highlight.insert(t.value) }
            }
            let weight = Float(max(1, min(list.count, 3)))
            query.clauses.append(.init(weight: weight, units: Array(Set(list.flatMap(tokenUnits))).sorted(), alternatives: alternatives))
        }

        // 4. Exactness: the whole question equals a title or keyword.
        let whole = TokenValue.phrase(s)
        if whole != 0 { query.exact.append((whole, 1.0)) }
        if spans.count == 1, case let .synonym(group, index) = spans[0].kind, spanTokens.count == 1, tokens.count == spanTokens[0]?.count {
            for (j, termTokens) in synonymTerms[group].enumerated() where j != index && !termTokens.isEmpty {
                query.exact.append((TokenValue.phrase(TextNormalizer.normalize(groupTermText(group, j))), 0.6))
            }
        }
        query.unitWeights = units.weights
        query.finishUnits()
        return query
    }

    /// How much finding `token` tells about an entry, 0.25…1, from its inverse document
    /// frequency: 1 for a word in up to about one entry in twenty, less for words most
    /// entries share (环保, 生态, environment), never nothing. Unknown tokens count fully.
    func informativeness(_ token: UInt64) -> Float {
        var df = 0
        for f in [Field.title, .keywords, .english, .body] {
            if let (_, count) = fields[f.rawValue].range(token) { df = max(df, count) }
        }
        let n = Float(entries.count)
        let idf = logf(1 + (n - Float(df) + 0.5) / (Float(df) + 0.5))
        return min(1, max(0.25, idf / 3))
    }

    private func groupTermText(_ group: Int, _ term: Int) -> String {
        synonymTexts[group][term]
    }

    private func lastContentEnd(_ tokens: [Token]) -> Int {
        tokens.last { $0.kind != .date }.map { Int($0.end) } ?? -1
    }

    /// True when anything other than separators lies between two offsets.
    private func hasContent(_ s: [UInt32], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        return s[from..<to].contains { $0 != TextNormalizer.separator && $0 != TextNormalizer.ignorable }
    }

    /// Latin words found in no text field: pinyin (`lajifenlei`, `la ji fen lei`, `ljfl`),
    /// a prefix of a longer word (the last word only, as Meilisearch does), or a typo.
    private func addUnknownWords(_ words: [Token], _ s: [UInt32], isLast: Bool, _ units: inout QueryUnits, _ query: inout SearchQuery) {
        let spellings = words.map { Tokenizer.wordBytes(s, $0) }
        let letters = spellings.joined().map { $0 }
        let allLetters = letters.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        if allLetters, let syllables = Pinyin.segment(letters), syllables.count >= 2 {
            var terms: [SearchQuery.Term] = []
            for k in 0..<(syllables.count - 1) {
                terms.append(.init(token: TokenValue.hash(syllables[k] + syllables[k + 1], tag: TokenValue.pinyinTag), fields: SearchQuery.pinyinField))
            }
            terms.append(.init(token: TokenValue.hash(syllables.joined(), tag: TokenValue.pinyinTag), fields: SearchQuery.pinyinField))
            let weight = Float(min(syllables.count - 1, 3))
            query.clauses.append(.init(weight: weight, units: [units.unit(Int(words[0].start), weight: weight)], alternatives: [.init(weight: 1, terms: terms)]))
            return
        }
        for (k, word) in words.enumerated() {
            let spelling = spellings[k]
            var alternatives: [SearchQuery.Alternative] = [.init(weight: 1, terms: [.init(token: word.value, fields: SearchQuery.textFields)])]
            let isLetters = spelling.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
            if isLetters, (2...8).contains(spelling.count) {
                let initials = Pinyin.initialsToken(String(decoding: spelling.map { $0 == UInt8(ascii: "v") ? UInt8(ascii: "u") : $0 }, as: UTF8.self))
                if fields[SearchIndex.Field.pinyin.rawValue].contains(initials) {
                    alternatives.append(.init(weight: 1, terms: [.init(token: initials, fields: SearchQuery.pinyinField)]))
                }
            }
            if isLast, k == words.count - 1, spelling.count >= 3 {
                for candidate in prefixMatches(spelling, limit: 8) {
                    alternatives.append(.init(weight: 0.9, terms: [.init(token: candidate, fields: SearchQuery.textFields)]))
                    query.highlight.insert(candidate)
                }
            }
            for (candidate, distance) in typoMatches(spelling, limit: 4) {
                alternatives.append(.init(weight: distance == 1 ? 0.7 : 0.55, terms: [.init(token: candidate, fields: SearchQuery.textFields)]))
                query.highlight.insert(candidate)
            }
            query.clauses.append(.init(weight: 1, units: [units.unit(Int(word.start), weight: 1)], alternatives: alternatives))
        }
    }

    /// The pinyin token of two neighbouring characters (`shimo` for 石莫).
    private func pinyinPair(_ a: UInt32, _ b: UInt32) -> UInt64? {
        let syllables = Pinyin.syllables(ofRun: [a, b])
        guard let x = syllables[0], let y = syllables[1] else { return nil }
        return TokenValue.hash(Array((x + y).utf8), tag: TokenValue.pinyinTag)
    }

    /// Known words starting with `prefix`, shortest first.
    func prefixMatches(_ prefix: [UInt8], limit: Int) -> [UInt64] {
        var lo = 0
        var hi = vocabulary.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabulary[mid].lexicographicallyPrecedes(prefix) { lo = mid + 1 } else { hi = mid }
        }
        var found: [[UInt8]] = []
        var k = lo
        while k < vocabulary.count, vocabulary[k].starts(with: prefix), found.count < 64 {
            if vocabulary[k].count > prefix.count { found.append(vocabulary[k]) }
            k += 1
        }
        found.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        return found.prefix(limit).map { TokenValue.hash($0, tag: TokenValue.wordTag) }
    }

    /// Known words within Meilisearch's typo budget: none under 5 letters, one edit from 5,
    /// two from 9; an edit of the first letter counts double.
    func typoMatches(_ word: [UInt8], limit: Int) -> [(UInt64, Int)] {
        let budget = word.count >= 9 ? 2 : (word.count >= 5 ? 1 : 0)
        guard budget > 0 else { return [] }
        var found: [([UInt8], Int)] = []
        for candidate in vocabulary where abs(candidate.count - word.count) <= budget {
            var d = EditDistance.damerau(word, candidate, limit: budget)
            if d <= budget, candidate.first != word.first { d += 1 }
            if d <= budget { found.append((candidate, d)) }
        }
        found.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.lexicographicallyPrecedes($1.0) }
        return found.prefix(limit).map { (TokenValue.hash($0.0, tag: TokenValue.wordTag), $0.1) }
    }
}

/// Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions),
/// stopping early once `limit` is exceeded.
enum EditDistance {
    static func damerau(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 || m == 0 { return max(n, m) }
        var previous2 = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowMin = current[0]
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { v = min(v, previous2[j - 2] + 1) }
                current[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[m]
    }
}
