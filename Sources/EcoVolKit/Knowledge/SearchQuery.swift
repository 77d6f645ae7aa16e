import Foundation

/// A question compiled against one index: what to look up, how much each part weighs, who
/// it is for, and which tokens to highlight in the answer.
///
/// Each clause is one thing the user asked about (a bigram, a word, a synonym group, a
/// pinyin spelling); its score for an entry is the best of its alternatives (the words as
/// typed, their synonyms at the group's weight (0.8 unless set), typo corrections below exact words), so a synonym never
/// counts twice.
///
/// How much of the question an entry answers ("coverage") is measured in units of the
/// question — its characters, words and dates — not in clauses. Why: bigrams overlap, and in a
/// question as people speak it (垃圾被车混着拉走) half of them straddle word boundaries (圾被,
/// 车混); counting clauses made every extra clause-straddling bigram a "missed part", so long
/// natural questions fell under the threshold even when their topic matched exactly. A
/// character is accounted for by any matching bigram that contains it, in full, or by
/// itself in a title or keyword, at half; grammatical characters (被, 着, 了 …) weigh half.
package struct SearchQuery: Sendable {
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
    /// The clause of the question each unit is in.
    var unitSegments: [Int32] = []
    /// The units of each content word of the question (see `ChineseSegmenter`).
    var contentWordUnits: [[Int32]] = []
    /// The same as bit masks of `maskWords` words each.
    var contentWordMasks: [[UInt64]] = []
    /// Content words no entry contains anywhere (减肥, 电影, 股票 …): a question about them is
    /// not about anything the knowledge base holds.
    var unknownWords = 0
    /// Weight of each bit of the clause masks (units fold onto at most `maxUnitBits` bits).
    var bitWeights: [Float] = []
    var maskWords = 0
    /// Audience and service-type bits named in the question.
    package internal(set) var audienceMask: UInt8 = 0
    package internal(set) var serviceMask: UInt8 = 0
    /// Tokens to highlight in bodies (the query's and their synonyms').
    package internal(set) var highlight: Set<UInt64> = []
    /// The question only said who it is for (适合小学生吗, for kids?): a follow-up.
    package internal(set) var isAudienceOnly = false
    /// All the question holds, once framing and question words are gone, is one Chinese
    /// character (不, 好 of 好吧): an answer needs an entry titled or keyed by it (霾).
    package internal(set) var isLoneCharacter = false
    /// The question names a date (6月5日, June 5): environmental-day entries come first.
    package internal(set) var hasDate = false
    /// The question had nothing to search for (only question words, or empty).
    package var isEmpty: Bool { clauses.isEmpty }
    /// The kind of answer asked for (a ranking prior, see `QueryIntent`).
    var intent = QueryIntent()
    /// Every token a clause looks for (synonyms and translations too): how much of an entry's
    /// title the question says is read against it.
    /// Sorted, each once (compared with a title's sorted tokens by a merge, not by hashing).
    var termTokens: [UInt64] = []
    /// The question asks for material to present (给小学生讲…, 宣讲, a lecture).
    package var isLectureRequest: Bool { intent.isLecture }
    /// The clause of the question (split at ，。？！；) each bit of the masks belongs to.
    var bitSegments: [Int32] = []
    var segmentCount = 1
    /// The unit weight of each clause (the bits of `bitSegments`).
    var segmentWeights: [Float] = []
    /// What the question was understood to ask about: its content with question words and
    /// request framing taken out (电动车补贴 of 电动车补贴怎么申请啊), for an honest refusal.
    package internal(set) var understood = ""

    /// Audience keys named in the question.
    package var audiences: [String] {
        KnowledgeVocabulary.audiences.enumerated().filter { audienceMask & (1 << UInt8($0.offset)) != 0 }.map(\.element)
    }

    /// The clauses, for tests and tuning: weight, units, credit and alternatives' token counts.
    package var debugDescription: String {
        clauses.map { c in
            "[w\(c.weight) u\(c.units.map(String.init).joined(separator: ","))\(c.credit < 1 ? "½" : ""): "
                + c.alternatives.map { "\($0.weight)x\($0.terms.count)" }.joined(separator: " | ") + "]"
        }.joined(separator: " ") + " units=\(unitWeights) aud=\(audienceMask) exact=\(exact.count)"
    }

    static let textFields: UInt8 = 0b100_1111
    static let pinyinField: UInt8 = 0b10000
    static let phraseField: UInt8 = 0b100000
    /// What a keyword of two words found with its words apart in one clause counts for (see
    /// `KeywordPhrases`): less than the bigram across its words that the keyword typed whole
    /// matches.
    static let splitKeywordWeight: Float = 0.6
    /// The same for a Latin keyword typed whole, which has no such bigram.
    static let wholeLatinKeywordWeight: Float = 1.5
    /// Titles and keywords: the fields that hold single characters.
    static let titleFields: UInt8 = 0b00011
    /// Score weight of a date's characters as typed (see `SearchIndex.compile`).
    static let dateLiteralWeight: Float = 0.3
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
        bitSegments = [Int32](repeating: 0, count: maskWords * 64)
        func bit(_ unit: Int32) -> Int { count <= Self.maxUnitBits ? Int(unit) : Int(unit) * bits / count }
        for (u, w) in unitWeights.enumerated() {
            bitWeights[bit(Int32(u))] += w
            if u < unitSegments.count { bitSegments[bit(Int32(u))] = unitSegments[u] }
        }
        segmentWeights = [Float](repeating: 0, count: max(segmentCount, 1))
        for (b, w) in bitWeights.enumerated() where w > 0 { segmentWeights[Int(bitSegments[b])] += w }
        for k in clauses.indices {
            var mask = [UInt64](repeating: 0, count: maskWords)
            for u in clauses[k].units {
                let b = bit(u)
                mask[b >> 6] |= 1 << UInt64(b & 63)
            }
            clauses[k].mask = mask
        }
        contentWordMasks = contentWordUnits.map { word in
            var mask = [UInt64](repeating: 0, count: maskWords)
            for u in word {
                let b = bit(u)
                mask[b >> 6] |= 1 << UInt64(b & 63)
            }
            return mask
        }
    }

    /// Share of the question's unit weight accounted for, given the bits matched in full
    /// and at partial credit (`maskWords` words each, one entry's).
    func coverage(full: UnsafePointer<UInt64>, partial: UnsafePointer<UInt64>, totalWeight: Float) -> Float {
        coverage(full: full, partial: partial, alsoPartial: nil, totalWeight: totalWeight)
    }

    /// The same with the bits of `alsoPartial` counted at partial credit too: what the entry
    /// would cover if it matched them (a bound, see `LoneCharacters`).
    func coverage(
        full: UnsafePointer<UInt64>, partial: UnsafePointer<UInt64>, alsoPartial: UnsafePointer<UInt64>?,
        totalWeight: Float
    ) -> Float {
        guard totalWeight > 0 else { return 0 }
        var sum: Float = 0
        for w in 0..<maskWords {
            var f = full[w]
            var h = (partial[w] | (alsoPartial?[w] ?? 0)) & ~f
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

    /// The share of the question's content words an entry matched in full, or −1 when the
    /// question has none (only Latin words, or one-character words).
    func wordCoverage(full: UnsafePointer<UInt64>) -> Float {
        guard !contentWordMasks.isEmpty else { return -1 }
        var found = 0
        for mask in contentWordMasks {
            var all = true
            for w in 0..<maskWords where mask[w] & ~full[w] != 0 { all = false }
            if all { found += 1 }
        }
        return Float(found) / Float(contentWordMasks.count)
    }

    /// The best coverage of one clause of the question (split at ，。？！；) that carries at
    /// least a unit and a half of weight: the core ask of 草海在哪里，有啥好看的 is covered
    /// even when the second clause is not; −1 for a one-clause question. `alsoPartial` as in
    /// `coverage`. Reads only the bits that are set: ranking calls it for every entry it
    /// considers.
    func bestSegmentCoverage(
        full: UnsafePointer<UInt64>, partial: UnsafePointer<UInt64>, alsoPartial: UnsafePointer<UInt64>? = nil
    ) -> Float {
        guard segmentCount > 1 else { return -1 }
        return withUnsafeTemporaryAllocation(of: Float.self, capacity: segmentCount) { matched in
            matched.initialize(repeating: 0)
            for w in 0..<maskWords {
                var f = full[w]
                var h = (partial[w] | (alsoPartial?[w] ?? 0)) & ~f
                while f != 0 {
                    let index = w << 6 | f.trailingZeroBitCount
                    matched[Int(bitSegments[index])] += bitWeights[index]
                    f &= f - 1
                }
                while h != 0 {
                    let index = w << 6 | h.trailingZeroBitCount
                    matched[Int(bitSegments[index])] += Self.loneCharacterCredit * bitWeights[index]
                    h &= h - 1
                }
            }
            var best: Float = -1
            for k in 0..<segmentCount where segmentWeights[k] >= 1.5 {
                best = max(best, matched[k] / segmentWeights[k])
            }
            return best
        }
    }

    /// What an entry that answers one clause of a question in full counts for, as a share
    /// of the whole: 垃圾分类怎么分，我家老是分不清 is answered by the entry on how to sort,
    /// not by one whose title happens to hold the second clause's characters.
    static let segmentShare: Float = 0.9

    /// The coverage ranking scores an entry by: `whole` (its `coverage` of the question), or
    /// its best clause's at `segmentShare` when that is more. Bounds pass `alsoPartial`.
    func rankingCoverage(
        whole: Float, full: UnsafePointer<UInt64>, partial: UnsafePointer<UInt64>,
        alsoPartial: UnsafePointer<UInt64>? = nil
    ) -> Float {
        guard segmentCount > 1 else { return whole }
        return max(
            whole, Self.segmentShare * bestSegmentCoverage(full: full, partial: partial, alsoPartial: alsoPartial))
    }
}

/// The units of a question being compiled: each character, word or date gets an index and
/// a weight the first time a clause claims it.
struct QueryUnits {
    private var indices: [Int: Int32] = [:]
    private(set) var weights: [Float] = []
    private(set) var segments: [Int32] = []
    /// The clause of each offset of the question.
    var segmentOf: [Int32] = []

    /// The unit of `key` if some clause claimed it.
    func existing(_ key: Int) -> Int32? { indices[key] }

    mutating func unit(_ key: Int, weight: Float) -> Int32 {
        if let known = indices[key] { return known }
        let index = Int32(weights.count)
        indices[key] = index
        weights.append(weight)
        let offset = key >= 0 ? key : -1 - key
        segments.append(offset < segmentOf.count ? segmentOf[offset] : 0)
        return index
    }
}

extension SearchIndex {
    /// The longest question read; the rest is ignored (a pasted page is not a question).
    static let maxQueryScalars = 500

    /// Compiles `text` into clauses (see `SearchQuery`).
    package func compile(_ text: String) -> SearchQuery {
        var query = SearchQuery()
        var s = TextNormalizer.normalize(text)
        if s.count > Self.maxQueryScalars { s.removeSubrange(Self.maxQueryScalars...) }
        correctHomophones(&s)
        TalkLength.blank(&s) { [s] k in
            k > 0 && TextNormalizer.isCJK(s[k - 1]) && TextNormalizer.isCJK(s[k])
                && usedInTitles(s, (k - 1)..<(k + 1))
        }
        // The question as typed, before its question words go: "why should we sort waste" is
        // itself a keyword, which the stripped "sort waste" no longer equals.
        let asTyped = TokenValue.phrase(s)
        for match in intentMatcher.matches(in: s) {
            for cue in match.payloads {
                query.intent.kinds |= cue.kinds
                query.intent.cueGroups |= cue.cueGroups
                query.intent.isLecture = query.intent.isLecture || cue.isLecture
                query.intent.asksLookup = query.intent.asksLookup || cue.asksLookup
            }
        }
        // Clauses of the question: split at sentence and clause punctuation.
        var segmentOf = [Int32](repeating: 0, count: s.count)
        var segment: Int32 = 0
        var sawContent = false
        for (k, scalar) in text.unicodeScalars.prefix(s.count).enumerated() {
            if Self.clauseBreaks.contains(scalar.value) {
                if sawContent { segment += 1 }
                sawContent = false
            } else if s[k] != TextNormalizer.separator {
                sawContent = true
            }
            segmentOf[k] = segment
        }
        query.segmentCount = Int(segment) + (sawContent ? 1 : 0)
        var modifiers: [(start: Int, end: Int)] = []

        // 1. Phrases: question words go; audience words and synonym terms are remembered.
        enum SpanKind {
            case audience, service
            case synonym(Int, Int)
            case oneWay(Int)
        }
        var spans: [(start: Int, end: Int, kind: SpanKind)] = []
        for match in matcher.matches(in: s) {
            let payloads = match.payloads
            if let mask = payloads.lazy.compactMap({ if case .audience(let m) = $0 { return m } else { return nil } })
                .first
            {
                query.audienceMask |= mask
                spans.append((match.start, match.end, .audience))
            } else if payloads.contains(where: { if case .stop = $0 { return true } else { return false } })
                || payloads.contains(where: { if case .followUp = $0 { return true } else { return false } })
            {
                for k in match.start..<match.end { s[k] = TextNormalizer.separator }
            } else if payloads.contains(where: { if case .modifier = $0 { return true } else { return false } }) {
                modifiers.append((match.start, match.end))
            } else if let mask = payloads.lazy.compactMap({
                if case .service(let m) = $0 { return m } else { return nil }
            }).first {
                query.serviceMask |= mask
                spans.append((match.start, match.end, .service))
            } else if let first = payloads.first {
                switch first {
                case .synonym(let group, let term): spans.append((match.start, match.end, .synonym(group, term)))
                case .oneWay(let rule): spans.append((match.start, match.end, .oneWay(rule)))
                default: break
                }
            }
        }

        // A clause-final 不 asks yes or no (有啥小窍门不, 外卖盒能回收不): how the question is
        // put, like 吗, not a negation of anything.
        let not = UInt32(("不" as Unicode.Scalar).value)
        for k in 1..<max(s.count, 1)
        where s[k] == not && TextNormalizer.isCJK(s[k - 1])
            && (k + 1 == s.count || s[k + 1] == TextNormalizer.separator)
        {
            s[k] = TextNormalizer.separator
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
        query.isLoneCharacter = tokens.count == 1 && tokens[0].kind == .cjkUnigram

        // Dates: the canonical date token or the characters as typed, one clause.
        let dateTokens = tokens.filter { $0.kind == .date }
        func dateIndex(_ t: Token) -> Int? {
            guard t.kind != .date else { return nil }
            return dateTokens.firstIndex { t.start >= $0.start && t.end <= $0.end }
        }
        var dateLiterals: [Int: [Token]] = [:]

        // Units: what coverage is counted in (see `SearchQuery`).
        var units = QueryUnits()
        units.segmentOf = segmentOf
        func isModifier(_ t: Token) -> Bool {
            modifiers.contains { Int(t.start) >= $0.start && Int(t.end) <= $0.end }
        }
        func straddlesSpan(_ t: Token) -> Bool {
            t.kind == .cjkBigram
                && spans.contains {
                    (Int(t.start) < $0.start && Int(t.end) > $0.start) || (Int(t.start) < $0.end && Int(t.end) > $0.end)
                }
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
        for m in modifiers {
            for k in m.start..<m.end { characterWeight[k] = Self.modifierWeight }
        }
        // Words: a common general word (问题, 进行, 内容) the titles and keywords never use
        // weighs little; the other words are the question's content words.
        var contentWords: [Range<Int>] = []
        var run = 0
        while run < s.count {
            guard TextNormalizer.isCJK(s[run]) else {
                run += 1
                continue
            }
            var end = run
            while end < s.count, TextNormalizer.isCJK(s[end]) { end += 1 }
            for word in segmenter.words(in: s, run..<end) {
                if word.isCommon, !usedInTitles(s, word.range) {
                    for k in word.range { characterWeight[k] = min(characterWeight[k] ?? 1, Self.commonWordWeight) }
                } else {
                    contentWords.append(word.range)
                    if !isKnownCJK(s, word.range) { query.unknownWords += 1 }
                }
            }
            run = end
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
                return [
                    units.unit(Int(t.start), weight: isModifier(t) ? Self.modifierWeight : informativeness(t.value))
                ]
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
            addUnknownWords(
                pendingWords, s, isLast: pendingWords.last.map { Int($0.end) } == lastContentEnd(tokens), &units, &query
            )
            pendingWords.removeAll()
        }
        for t in tokens {
            if let k = spanIndex(t) {
                switch spans[k].kind {
                case .audience, .service:
                    if hasPlainContent {
                        let isAudience: Bool
                        if case .audience = spans[k].kind { isAudience = true } else { isAudience = false }
                        query.clauses.append(
                            .init(
                                weight: isAudience ? 1.0 : 0.5, units: [],
                                alternatives: [.init(weight: 1, terms: [term(t)])]))
                        query.highlight.insert(t.value)
                        continue
                    }
                default:
                    spanTokens[k, default: []].append(t)
                    query.highlight.insert(t.value)
                    continue
                }
            }
            if isModifier(t) {
                flushWords()
                query.clauses.append(
                    .init(
                        weight: Self.modifierWeight, units: tokenUnits(t),
                        alternatives: [.init(weight: 1, terms: [term(t)])]))
                continue
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
            // A bigram found nowhere (a wrong character, 石莫化) may be a homophone typo
            // that `correctHomophones` could not mend: its pinyin (shi mo) finds the
            // intended word in titles and keywords.
            if t.kind == .cjkBigram, !isKnownWord(t.value), let pair = pinyinPair(s[Int(t.start)], s[Int(t.end) - 1]) {
                alternatives.append(.init(weight: 0.8, terms: [.init(token: pair, fields: SearchQuery.pinyinField)]))
            }
            // A bigram straddling a recognised phrase (企业|双碳 → 业双) is an artefact of
            // bigramming, not something the user asked about: it may help, never required.
            let straddles = straddlesSpan(t)
            query.clauses.append(
                .init(
                    weight: straddles ? 0.5 : weight, units: straddles ? [] : tokenUnits(t), alternatives: alternatives)
            )
            if t.kind == .cjkBigram {
                for k in [Int(t.start), Int(t.end) - 1]
                where !spans.contains(where: { k >= $0.start && k < $0.end }) && loneCharacters.last != k {
                    loneCharacters.append(k)
                }
            }
        }
        flushWords()
        // The characters of a date as typed (12, 月, 5, 日) help an entry that writes the date
        // in a way the tokenizer does not read as one; they never stand for the date itself:
        // 6月5日 shares 月, 5 and 日 with 12月5日, so they are a clause of their own that covers
        // nothing and weighs little, and only the date token accounts for the date.
        for (_, literals) in dateLiterals.sorted(by: { $0.key < $1.key }) {
            query.clauses.append(
                .init(
                    weight: SearchQuery.dateLiteralWeight, units: [],
                    alternatives: [.init(weight: 1, terms: literals.map { term($0) })]))
        }

        // A character of a longer run that no bigram of an entry matched may still be in its
        // title or keywords on its own (车 of 垃圾车 for 被车混): half credit, a little score.
        // Grammatical characters are left out: they are in every title.
        for k in loneCharacters where !KnowledgeVocabulary.lightCharacters.contains(s[k]) {
            let token = SearchQuery.Term(token: UInt64(s[k]), fields: SearchQuery.titleFields)
            query.clauses.append(
                .init(
                    weight: SearchQuery.loneCharacterWeight, units: [charUnit(k)],
                    credit: SearchQuery.loneCharacterCredit,
                    alternatives: [.init(weight: 1, terms: [token])]))
        }

        // 3. Synonym groups: one clause each, the typed words or any term of the group.
        for (k, list) in spanTokens.sorted(by: { $0.key < $1.key }) {
            var alternatives: [SearchQuery.Alternative] = [.init(weight: 1, terms: list.map { term($0) })]
            var others: [[Token]] = []
            var expansionWeight = Float(SynonymTable.defaultWeight)
            switch spans[k].kind {
            case .synonym(let group, let index):
                others = synonymTerms[group].enumerated().filter { $0.offset != index }.map(\.element)
                expansionWeight = synonymWeights[group]
            case .oneWay(let rule):
                others = oneWay[rule].to
                expansionWeight = oneWay[rule].weight
            default: break
            }
            for other in others where !other.isEmpty {
                alternatives.append(.init(weight: expansionWeight, terms: other.map { term($0) }))
                for t in other { query.highlight.insert(t.value) }
            }
            let weight = Float(max(1, min(list.count, 3)))
            query.clauses.append(
                .init(weight: weight, units: Array(Set(list.flatMap(tokenUnits))).sorted(), alternatives: alternatives))
        }

        // Keywords of two words whose words the question holds in one clause (see `KeywordPhrases`):
        // a clause that accounts for no unit of its own, the words' clauses already do.
        for found in keywordPhrases.splitKeywords(in: s, tokens: tokens, segmentOf: segmentOf) {
            query.clauses.append(
                .init(
                    weight: found.isWhole ? SearchQuery.wholeLatinKeywordWeight : SearchQuery.splitKeywordWeight,
                    units: [],
                    alternatives: [
                        .init(weight: 1, terms: [.init(token: found.token, fields: SearchQuery.phraseField)])
                    ]))
        }

        // 4. Exactness: the whole question equals a title or keyword.
        let whole = TokenValue.phrase(s)
        if whole != 0 { query.exact.append((whole, 1.0)) }
        if asTyped != 0, asTyped != whole { query.exact.append((asTyped, 1.0)) }
        if spans.count == 1, case .synonym(let group, let index) = spans[0].kind, spanTokens.count == 1,
            tokens.count == spanTokens[0]?.count
        {
            for (j, termTokens) in synonymTerms[group].enumerated() where j != index && !termTokens.isEmpty {
                query.exact.append((TokenValue.phrase(TextNormalizer.normalize(groupTermText(group, j))), 0.6))
            }
        }
        query.unitWeights = units.weights
        query.unitSegments = units.segments
        query.contentWordUnits = contentWords.compactMap { range in
            let found = range.compactMap { units.existing($0) }
            return found.isEmpty ? nil : found
        }
        query.finishUnits()
        var looked: [UInt64] = []
        for clause in query.clauses {
            for alternative in clause.alternatives { looked.append(contentsOf: alternative.terms.lazy.map(\.token)) }
        }
        looked.sort()
        query.termTokens = looked.enumerated().compactMap { k, token in k > 0 && looked[k - 1] == token ? nil : token }
        query.understood = Self.understood(s)
        return query
    }

    /// Mends the input method's wrong picks in place (节约永水 → 节约用水, 湿地的作永 →
    /// 湿地的作用, 垃圾分内 → 垃圾分类), before anything else reads the question, so that framing,
    /// question words and synonyms are recognised in the mended text too.
    ///
    /// A slip makes a non-word inside a word, so a pair of characters no entry has and no
    /// dictionary knows is mended to a title or keyword bigram of the same sound that differs
    /// from it in one character (see `HomophoneTable`), or failing that of the same fuzzy sound
    /// (n/l, in/ing, zh/z …). A same-sound mend needs that bigram to be a word or the mended
    /// character to complete a longer title or keyword with its neighbours (石莫化 → 石漠化: 石漠
    /// alone is no word). A fuzzy mend, and any mend of a pair that is a word (分内, 减肥), needs
    /// a title or keyword of three characters or more completed around the pair (垃圾分内 →
    /// 垃圾分类; 这是我分内的事 stays). Never changed: a character of a
    /// title or keyword as typed, or one that is a keyword alone (a question made of keywords
    /// stays as it is: 绿色出行氡 keeps 氡, which 行动 would take), one that makes a
    /// word with its other neighbour (上坟烧纸 keeps 坟: 上坟 is a word, so 坟烧 is two words
    /// meeting, not a misspelt 焚烧), and numerals and date characters (六月五日 is a date).
    func correctHomophones(_ s: inout [UInt32]) {
        guard s.count >= 2 else { return }
        for k in 0..<(s.count - 1) where TextNormalizer.isCJK(s[k]) && TextNormalizer.isCJK(s[k + 1]) {
            let isWord = isKnownWord(TokenValue.bigram(s[k], s[k + 1])) || isCJKWord(s, k, k + 1)
            if let sound = HomophoneTable.sound(s[k], s[k + 1]),
                let (j, c) = mend(s, k, strict: isWord, homophones.bigrams(soundingLike: sound))
            {
                s[j] = c
            } else if let sound = HomophoneTable.fuzzySound(s[k], s[k + 1]),
                let (j, c) = mend(s, k, strict: true, homophones.bigrams(fuzzilySoundingLike: sound))
            {
                s[j] = c
            }
        }
    }

    /// The first of `candidates` (bigrams of the pair `s[k], s[k + 1]`'s sound) that mends the
    /// pair by one character under the rules of `correctHomophones`: where, and to what.
    /// `strict` (a pair that is a word, or a fuzzy sound) asks for a title or keyword of three
    /// characters or more to be completed.
    private func mend(_ s: [UInt32], _ k: Int, strict: Bool, _ candidates: [UInt64]) -> (Int, UInt32)? {
        for candidate in candidates {
            let (a, b) = TokenValue.characters(ofBigram: candidate)
            let j: Int
            let c: UInt32
            if a == s[k], b != s[k + 1] {
                (j, c) = (k + 1, b)
            } else if b == s[k + 1], a != s[k] {
                (j, c) = (k, a)
            } else {
                continue
            }
            // A character of a title or keyword as typed stays, a one-character keyword (氡) too.
            guard !Self.neverMended.contains(s[j]), longestPhrase(s, j, s[j], covering: j, j) == 0,
                exactPhrases[TokenValue.phrase(CollectionOfOne(s[j]))] == nil
            else { continue }
            let longest = longestPhrase(s, j, c, covering: k, k + 1)
            if strict {
                guard longest >= 3 else { continue }
            } else {
                guard segmenter.isWord([a, b][...]) || longest >= 3 else { continue }
            }
            // The character's other neighbour: a word with it, or the start of a title or
            // keyword too long to be seen whole here (治理 + 市州…), means two words meet here,
            // unless a mended title or keyword covers that neighbour too.
            let other = j == k ? j - 1 : j + 1
            if isCJKWord(s, min(j, other), max(j, other)) || isTitleOrKeywordPair(s, min(j, other), max(j, other)),
                longestPhrase(s, j, c, covering: min(k, other), max(k + 1, other)) < 3
            {
                continue
            }
            return (j, c)
        }
        return nil
    }

    private func isTitleOrKeywordPair(_ s: [UInt32], _ a: Int, _ b: Int) -> Bool {
        guard a >= 0, b < s.count, TextNormalizer.isCJK(s[a]), TextNormalizer.isCJK(s[b]) else { return false }
        let pair = TokenValue.bigram(s[a], s[b])
        return fields[Field.title.rawValue].contains(pair) || fields[Field.keywords.rawValue].contains(pair)
    }

    private func isCJKWord(_ s: [UInt32], _ a: Int, _ b: Int) -> Bool {
        a >= 0 && b < s.count && TextNormalizer.isCJK(s[a]) && TextNormalizer.isCJK(s[b]) && segmenter.isWord(s[a...b])
    }

    /// The length of the longest whole title or keyword (two characters or more, at most
    /// `longestMendedPhrase`) that `s`, with `s[j]` read as `c`, makes over `low...high`;
    /// 0 when none. A word typed whole with `c` added at one end does not count.
    private func longestPhrase(_ s: [UInt32], _ j: Int, _ c: UInt32, covering low: Int, _ high: Int) -> Int {
        let reach = Self.longestMendedPhrase - 1
        var first = low
        var last = high
        while first > 0, high - first < reach, TextNormalizer.isCJK(s[first - 1]) { first -= 1 }
        while last + 1 < s.count, last - low < reach, TextNormalizer.isCJK(s[last + 1]) { last += 1 }
        var longest = 0
        for start in first...low {
            for end in stride(from: max(high, start + 1), through: last, by: 1)
            where end - start < Self.longestMendedPhrase && end - start + 1 > longest {
                let window = (start...end).lazy.map { $0 == j ? c : s[$0] }
                guard exactPhrases[TokenValue.phrase(window)] != nil else { continue }
                // A mend that only puts a character before a word the question already has
                // (一星志愿者 is not 一新志愿者, 捡拾垃圾 not 捡湿垃圾) completes nothing: what
                // comes before a word is often a word of its own that qualifies it. After a
                // word it completes one (塑料代能回收吗 is 塑料袋), unless the character makes a
                // word with what follows (用塑料代替, checked by the caller).
                if c != s[j], j == start, end - start >= 2 {
                    let rest = s[(j == start ? start + 1 : start)...(j == end ? end - 1 : end)]
                    if segmenter.isWord(rest) || exactPhrases[TokenValue.phrase(rest)] != nil { continue }
                }
                longest = end - start + 1
            }
        }
        return longest
    }

    /// The longest title or keyword a mend looks for around the mended character.
    static let longestMendedPhrase = 8

    /// Characters `correctHomophones` leaves as typed: numerals and the characters of dates.
    static let neverMended: Set<UInt32> = Set("零〇一二三四五六七八九十百千万亿两年月日号周".unicodeScalars.map(\.value))

    /// Sentence and clause punctuation, where a question is split into clauses.
    static let clauseBreaks: Set<UInt32> = Set("，。？！；,?!;…\n".unicodeScalars.map(\.value))

    /// What a modifier (heavy, 特别) weighs: a fifth of a content word.
    static let modifierWeight: Float = 0.2
    /// What a character of a common general word weighs (see `ChineseSegmenter`).
    static let commonWordWeight: Float = 0.35

    /// True when every bigram of the word occurs in some field of some entry.
    private func isKnownCJK(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        for k in range.lowerBound..<(range.upperBound - 1) {
            let token = TokenValue.bigram(s[k], s[k + 1])
            if !fields[Field.title.rawValue].contains(token), !fields[Field.keywords.rawValue].contains(token),
                !fields[Field.body.rawValue].contains(token)
            {
                return false
            }
        }
        return true
    }

    /// True when a bigram of the word is in some title or keyword.
    private func usedInTitles(_ s: [UInt32], _ range: Range<Int>) -> Bool {
        for k in range.lowerBound..<(range.upperBound - 1) {
            let token = TokenValue.bigram(s[k], s[k + 1])
            if fields[Field.title.rawValue].contains(token) || fields[Field.keywords.rawValue].contains(token) {
                return true
            }
        }
        return false
    }

    /// The question's content as text: what is left once question words and framing became
    /// separators, runs of separators folded to one space, and spaces between Chinese
    /// characters dropped.
    static func understood(_ s: [UInt32]) -> String {
        var out: [UInt32] = []
        for v in s where v != TextNormalizer.ignorable {
            if v == TextNormalizer.separator {
                if let last = out.last, last != TextNormalizer.separator { out.append(v) }
            } else {
                if out.last == TextNormalizer.separator, out.count >= 2, TextNormalizer.isCJK(out[out.count - 2]),
                    TextNormalizer.isCJK(v)
                {
                    out.removeLast()
                }
                out.append(v)
            }
        }
        while out.last == TextNormalizer.separator { out.removeLast() }
        var text = ""
        text.unicodeScalars.append(contentsOf: out.compactMap { Unicode.Scalar($0) })
        return text
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
    private func addUnknownWords(
        _ words: [Token], _ s: [UInt32], isLast: Bool, _ units: inout QueryUnits, _ query: inout SearchQuery
    ) {
        let spellings = words.map { Tokenizer.wordBytes(s, $0) }
        let typed = words.map { Tokenizer.wordBytes(s, $0, stemmed: false) }
        let letters = typed.joined().map { $0 }
        let allLetters = letters.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        if allLetters, let syllables = Pinyin.segment(letters), syllables.count >= 2 {
            var terms: [SearchQuery.Term] = []
            for k in 0..<(syllables.count - 1) {
                terms.append(
                    .init(
                        token: TokenValue.hash(syllables[k] + syllables[k + 1], tag: TokenValue.pinyinTag),
                        fields: SearchQuery.pinyinField))
            }
            terms.append(
                .init(
                    token: TokenValue.hash(syllables.joined(), tag: TokenValue.pinyinTag),
                    fields: SearchQuery.pinyinField))
            let weight = Float(min(syllables.count - 1, 3))
            query.clauses.append(
                .init(
                    weight: weight, units: [units.unit(Int(words[0].start), weight: weight)],
                    alternatives: [.init(weight: 1, terms: terms)]))
            return
        }
        for (k, word) in words.enumerated() {
            let spelling = spellings[k]
            var alternatives: [SearchQuery.Alternative] = [
                .init(weight: 1, terms: [.init(token: word.value, fields: SearchQuery.textFields)])
            ]
            let isLetters = spelling.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
            if isLetters, (2...8).contains(spelling.count) {
                let initials = Pinyin.initialsToken(
                    String(decoding: typed[k].map { $0 == UInt8(ascii: "v") ? UInt8(ascii: "u") : $0 }, as: UTF8.self))
                if fields[SearchIndex.Field.pinyin.rawValue].contains(initials) {
                    alternatives.append(
                        .init(weight: 1, terms: [.init(token: initials, fields: SearchQuery.pinyinField)]))
                }
            }
            if isLast, k == words.count - 1, spelling.count >= 3 {
                for candidate in prefixMatches(spelling, limit: 8) {
                    alternatives.append(
                        .init(weight: 0.9, terms: [.init(token: candidate, fields: SearchQuery.textFields)]))
                    query.highlight.insert(candidate)
                }
            }
            for (candidate, distance) in typoMatches(spelling, limit: 4) {
                alternatives.append(
                    .init(
                        weight: distance == 1 ? 0.7 : 0.55,
                        terms: [.init(token: candidate, fields: SearchQuery.textFields)]))
                query.highlight.insert(candidate)
            }
            query.clauses.append(
                .init(weight: 1, units: [units.unit(Int(word.start), weight: 1)], alternatives: alternatives))
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
