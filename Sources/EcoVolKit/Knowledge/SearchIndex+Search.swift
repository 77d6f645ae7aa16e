import Foundation

extension SearchIndex {
    /// Ranks entries for a question. Deterministic: equal scores are ordered by id.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) -> [SearchHit] {
        search(compile(text), options: options)
    }

    /// Ranks entries for a compiled question.
    ///
    /// Two phases: every clause's postings add BM25 scores into per-entry accumulators
    /// (`accumulate`), then the touched entries are ranked. Ranking an entry (its coverage,
    /// kind, audience and exact-match factors) costs more than its postings did, and at
    /// 10,000 entries a question touches thousands of them, so the entries with the highest
    /// raw scores are ranked first and the rest only when their raw score times the largest
    /// factor they could get still beats the last of the top: the same hits, without ranking
    /// entries that cannot make the list.
    package func search(_ query: SearchQuery, options: SearchOptions = SearchOptions()) -> [SearchHit] {
        let n = entries.count
        guard n > 0, !query.clauses.isEmpty, options.limit > 0 else { return [] }
        let words = query.maskWords
        return SearchScratch.withScratch(count: n, maskWords: words) { scratch in
            accumulate(query, into: &scratch, deferred: false)
            return rank(query, options: options, &scratch)
        }
    }

    /// Ranks the entries `accumulate` touched (see `search`).
    private func rank(_ query: SearchQuery, options: SearchOptions, _ scratch: inout SearchScratch) -> [SearchHit] {
        let words = query.maskWords
        let total = scratch.total
        let flags = scratch.flags
        let touched = UnsafeBufferPointer(start: scratch.touched, count: scratch.touchedCount)
        let lone = LoneCharacters(query: query, index: self)
        let fullMasks = scratch.full
        let partialMasks = scratch.partial
        let titleMasks = scratch.titleFull

        // Exact title/keyword matches of the whole question.
        var exactBonus: [(doc: Int32, bonus: Float)] = []
        for (hash, bonus) in query.exact {
            for doc in exactPhrases[hash] ?? [] {
                if let k = exactBonus.firstIndex(where: { $0.doc == doc }) {
                    exactBonus[k].bonus = max(exactBonus[k].bonus, bonus)
                } else {
                    exactBonus.append((doc, bonus))
                    flags[Int(doc)] |= SearchScratch.Flag.exact
                }
            }
        }
        let maxExact = exactBonus.reduce(Float(0)) { max($0, $1.bonus) }

        let unitTotal = query.unitWeights.reduce(0, +)
        let kindFilter: UInt8 = options.kinds.map { QueryIntent.mask(Array($0)) } ?? 0xFF
        let audienceFilter: UInt8? = options.audience.flatMap { a in
            KnowledgeVocabulary.audiences.firstIndex(of: a).map { UInt8(1) << UInt8($0) }
        }
        var boostMask = query.audienceMask
        for a in options.boostAudiences {
            if let k = KnowledgeVocabulary.audiences.firstIndex(of: a) { boostMask |= 1 << UInt8(k) }
        }
        let dateKind = QueryIntent.mask([.date])

        // The largest factor ranking can give a raw score, beyond the exact-match bonus.
        var ceiling: Float = 1
        if boostMask != 0 { ceiling *= 1.25 + Self.ownAudienceBoost }
        if query.serviceMask != 0 { ceiling *= 1.1 }
        if query.hasDate { ceiling *= 1.25 }
        if !query.intent.isEmpty { ceiling *= 1 + Self.intentBoost }
        // Float rounding of the real product may exceed the bound's by an ulp or two.
        ceiling *= 1.001

        var top: [Ranked] = []
        // The re-ranking's depth at least (two at least: whether the best stands clear of the
        // next decides its confidence), whatever the caller shows, so that the order does not
        // depend on how many are shown.
        let limit = max(options.limit, Self.rerankDepth)
        func consider(_ doc: Int) {
            if flags[doc] & SearchScratch.Flag.completed == 0 {
                lone.add(to: doc, total: total, partial: partialMasks + doc * words, index: self)
                flags[doc] |= SearchScratch.Flag.completed
            }
            flags[doc] |= SearchScratch.Flag.ranked
            let kind = kindBits[doc]
            if kind & kindFilter == 0 { return }
            if let audienceFilter, audienceMasks[doc] & audienceFilter == 0 { return }
            let offset = doc * words
            let coverage = query.coverage(
                full: fullMasks + offset, partial: partialMasks + offset, totalWeight: unitTotal)
            let ranked = query.rankingCoverage(
                whole: coverage, full: fullMasks + offset, partial: partialMasks + offset)
            var score = total[doc] * (0.2 + 0.8 * ranked * ranked)
            if flags[doc] & SearchScratch.Flag.exact != 0,
                let bonus = exactBonus.first(where: { $0.doc == Int32(doc) })?.bonus
            {
                score *= 1 + bonus
            }
            if boostMask != 0 {
                let shared = Float((audienceMasks[doc] & boostMask).nonzeroBitCount)
                let boosted = Float(boostMask.nonzeroBitCount)
                // An entry written for few audiences, the asked one among them, is written for
                // it (the Code for enterprises, not the Code for everyone): a little more.
                let own = Float(audienceMasks[doc].nonzeroBitCount)
                score *= shared > 0 ? 1 + 0.25 * shared / boosted + Self.ownAudienceBoost * shared / own : 0.85
            }
            if query.serviceMask != 0, serviceMasks[doc] & query.serviceMask != 0 { score *= 1.1 }
            if query.hasDate, kind == dateKind { score *= 1.25 }
            if !query.intent.isEmpty {
                if query.intent.kinds & kind != 0 {
                    score *= 1 + Self.intentBoost
                } else if kind == dateKind, !query.hasDate {
                    // How or why something is done is not answered by the day it is marked on.
                    score *= Self.dateShareForOtherAsks
                }
            }
            let candidate = Ranked(score: score, coverage: coverage, ranked: ranked, doc: doc)
            if top.count == limit, !isBetter(candidate, than: top[top.count - 1]) { return }
            var lo = 0
            var hi = top.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isBetter(top[mid], than: candidate) { lo = mid + 1 } else { hi = mid }
            }
            top.insert(candidate, at: lo)
            if top.count > limit { top.removeLast() }
        }

        // First the entries with the highest raw scores, so that the bar is high early.
        var leaders: [Int32] = []
        leaders.reserveCapacity(limit + 1)
        for doc in touched {
            let score = total[Int(doc)]
            if leaders.count == limit, score <= total[Int(leaders[limit - 1])] { continue }
            var at = leaders.count
            while at > 0, total[Int(leaders[at - 1])] < score { at -= 1 }
            leaders.insert(doc, at: at)
            if leaders.count > limit { leaders.removeLast() }
        }
        for doc in leaders { consider(Int(doc)) }
        lone.units.withUnsafeBufferPointer { loneUnits in
            for doc32 in touched {
                let doc = Int(doc32)
                let docFlags = flags[doc]
                if docFlags & SearchScratch.Flag.ranked != 0 { continue }
                if !options.exhaustive, top.count == limit {
                    let last = top[limit - 1].score
                    let exact = docFlags & SearchScratch.Flag.exact != 0 ? 1 + maxExact : 1
                    let bound = (total[doc] + lone.maxScore) * ceiling * exact
                    if bound < last { continue }
                    // Closer, at the coverage the entry would have if every lone character matched.
                    let offset = doc * words
                    let whole = query.coverage(
                        full: fullMasks + offset, partial: partialMasks + offset, alsoPartial: loneUnits.baseAddress,
                        totalWeight: unitTotal)
                    let coverage = query.rankingCoverage(
                        whole: whole, full: fullMasks + offset, partial: partialMasks + offset,
                        alsoPartial: loneUnits.baseAddress)
                    if bound * (0.2 + 0.8 * coverage * coverage) < last { continue }
                }
                consider(doc)
            }
        }
        // An entry only a lone character matched scores little; when even the best such an
        // entry could score misses the list, their postings are never read.
        if !lone.clauses.isEmpty,
            options.exhaustive || top.count < limit
                || lone.bestAlone(query, unitTotal: unitTotal) * ceiling * (1 + maxExact) >= top[limit - 1].score
        {
            let before = scratch.touchedCount
            accumulate(query, into: &scratch, deferred: true)
            for k in before..<scratch.touchedCount {
                let doc = Int(scratch.touched[k])
                flags[doc] |= SearchScratch.Flag.completed
                consider(doc)
            }
        }

        let requiredCoverage = Self.minimumCoverage(questionLength: query.unitWeights.count)
        // What each leading entry offers, then the order the fitted re-ranking gives them.
        let asked = askTerms(query.termTokens)
        let candidates = top.map { item in
            let offset = item.doc * words
            let full = fullMasks + offset
            let partial = partialMasks + offset
            let segment = query.bestSegmentCoverage(full: full, partial: partial)
            let wordShare = query.wordCoverage(full: full)
            let kind = kindBits[item.doc]
            var audience = 0.5
            if boostMask != 0 {
                audience =
                    Double((audienceMasks[item.doc] & boostMask).nonzeroBitCount)
                    / Double(boostMask.nonzeroBitCount)
            }
            let features = RankFeatures(
                score: Double(item.score),
                coverage: Double(item.coverage),
                rankedCoverage: Double(item.ranked),
                titleCoverage: Double(
                    query.coverage(full: titleMasks + offset, partial: partial, totalWeight: unitTotal)),
                segmentCoverage: Double(segment < 0 ? item.coverage : segment),
                wordCoverage: Double(wordShare < 0 ? item.coverage : wordShare),
                intent: query.intent.isEmpty ? 0 : (query.intent.kinds & kind != 0 ? 1 : -1),
                askInTitle: query.intent.cueGroups & titleCues[item.doc] != 0 ? 1 : 0,
                exact: flags[item.doc] & SearchScratch.Flag.exact != 0 ? 1 : 0,
                audience: audience,
                titleLength: Double(titleLengths[item.doc]),
                titleSaid: titleSaid(item.doc, query.termTokens),
                askSaid: askSaid(item.doc, asked),
                kind: kind.trailingZeroBitCount,
                cues: query.intent.cueGroups
            )
            return (doc: item.doc, coverage: item.coverage, features: features, score: features.rerankedScore)
        }
        .sorted { a, b in
            a.score != b.score ? a.score > b.score : idRank[a.doc] < idRank[b.doc]
        }
        // The decision reads the match scores, as before the re-ranking: how strong an entry's
        // match is and the strongest of those after it (above it, when the re-ranking lifted it
        // past a stronger match, which lowers its confidence).
        var strongestAfter = [Double](repeating: 0, count: candidates.count + 1)
        for k in candidates.indices.reversed() {
            strongestAfter[k] = max(strongestAfter[k + 1], candidates[k].features.score)
        }
        let shown = Array(candidates.prefix(options.limit))
        return shown.enumerated().map { position, item in
            let next = strongestAfter[position + 1]
            let features = AnswerFeatures(
                coverage: item.features.coverage,
                titleCoverage: item.features.titleCoverage,
                segmentCoverage: item.features.segmentCoverage,
                wordCoverage: item.features.wordCoverage,
                unmatched: Double(unitTotal) * (1 - item.features.coverage),
                score: item.features.score,
                runnerUp: next,
                intentMatch: (item.features.intent + 1) / 2,
                lookup: query.intent.asksLookup ? 1 : 0,
                unknownWords: query.unknownWords,
                units: query.unitWeights.count,
                askSaid: item.features.askSaid
            )
            // The best entry answers when the fitted decision says so; the others are listed
            // as related when they account for enough of the question on their own.
            let confident =
                position == 0
                ? AnswerDecision.shouldAnswer(features)
                    && (!query.isLoneCharacter || flags[item.doc] & SearchScratch.Flag.exact != 0)
                : item.coverage >= requiredCoverage && Float(item.features.score) >= Self.minimumScore
            return SearchHit(
                entryIndex: item.doc, id: entries[item.doc].id, score: item.score,
                coverage: Double(item.coverage),
                isConfident: confident, features: features, rankFeatures: item.features
            )
        }
    }

    /// Adds every clause's BM25 scores and the units it accounts for into `scratch`. A
    /// clause counts with its best alternative only, so a synonym never counts twice.
    ///
    /// With `deferred` false it reads every clause but the lone characters' (see
    /// `LoneCharacters`); with `deferred` true only theirs, for the entries no other clause
    /// touched.
    private func accumulate(_ query: SearchQuery, into scratch: inout SearchScratch, deferred: Bool) {
        let words = query.maskWords
        let total = scratch.total
        let full = scratch.full
        let partial = scratch.partial
        let titleFull = scratch.titleFull
        let clauseBest = scratch.clauseBest
        let altScore = scratch.altScore
        let flags = scratch.flags
        let touched = scratch.touched
        let clauseTouched = scratch.clauseTouched
        let altTouched = scratch.altTouched
        let capacity = scratch.count
        var touchedCount = scratch.touchedCount
        let skip: UInt8 = deferred ? SearchScratch.Flag.touched : 0
        var clauseTouchedCount = 0
        var altTouchedCount = 0
        defer { scratch.touchedCount = touchedCount }
        for clause in query.clauses where LoneCharacters.isLone(clause) == deferred {
            for alternative in clause.alternatives {
                for term in alternative.terms {
                    for f in 0..<fields.count where term.fields & (1 << UInt8(f)) != 0 {
                        let field = fields[f]
                        let titleFlag =
                            f != Field.body.rawValue && f != Field.asks.rawValue ? SearchScratch.Flag.altInTitle : 0
                        guard let (offset, count) = field.range(term.token) else { continue }
                        let weight = termWeight(field: f, count: count)
                        field.postings.withUnsafeBufferPointer { postings in
                            field.norms.withUnsafeBufferPointer { norms in
                                for p in postings[offset..<(offset + count)] {
                                    let doc = Int(p >> 8)
                                    if flags[doc] & skip != 0 { continue }
                                    let tf = Float(p & 0xFF)
                                    let s = weight * tf / (tf + norms[doc])
                                    // Listed when first scored, without a branch: whether a
                                    // term's entry was scored by the alternative's other terms
                                    // or fields is a coin toss the processor mispredicts.
                                    altTouched[altTouchedCount] = Int32(doc)
                                    altTouchedCount = min(altTouchedCount + (altScore[doc] == 0 ? 1 : 0), capacity)
                                    altScore[doc] += s
                                    flags[doc] |= titleFlag
                                }
                            }
                        }
                    }
                }
                for k in 0..<altTouchedCount {
                    let doc32 = altTouched[k]
                    let doc = Int(doc32)
                    let v = altScore[doc] * alternative.weight
                    altScore[doc] = 0
                    clauseTouched[clauseTouchedCount] = doc32
                    clauseTouchedCount = min(clauseTouchedCount + (clauseBest[doc] == 0 ? 1 : 0), capacity)
                    let inTitle = flags[doc] & SearchScratch.Flag.altInTitle
                    if v > clauseBest[doc] {
                        clauseBest[doc] = v
                        flags[doc] = flags[doc] & ~SearchScratch.Flag.clauseInTitle | (inTitle << 1)
                    }
                    flags[doc] &= ~SearchScratch.Flag.altInTitle
                }
                altTouchedCount = 0
            }
            clause.mask.withUnsafeBufferPointer { mask in
                for k in 0..<clauseTouchedCount {
                    let doc32 = clauseTouched[k]
                    let doc = Int(doc32)
                    if flags[doc] & SearchScratch.Flag.listed == 0, touchedCount < capacity {
                        touched[touchedCount] = doc32
                        touchedCount += 1
                        flags[doc] |= SearchScratch.Flag.listed | (deferred ? 0 : SearchScratch.Flag.touched)
                        for w in 0..<words {
                            full[doc * words + w] = 0
                            partial[doc * words + w] = 0
                            titleFull[doc * words + w] = 0
                        }
                    }
                    total[doc] += clauseBest[doc] * clause.weight
                    if words > 0 {
                        let offset = doc * words
                        if clause.credit >= 1 {
                            for w in 0..<words { full[offset + w] |= mask[w] }
                            if flags[doc] & SearchScratch.Flag.clauseInTitle != 0 {
                                for w in 0..<words { titleFull[offset + w] |= mask[w] }
                            }
                        } else {
                            for w in 0..<words { partial[offset + w] |= mask[w] }
                        }
                    }
                    clauseBest[doc] = 0
                    flags[doc] &= ~SearchScratch.Flag.clauseInTitle
                }
            }
            clauseTouchedCount = 0
        }
    }

    /// Share of an entry's title the question looks for: of its bigrams and words, in Chinese or
    /// in English, whichever is higher.
    func titleSaid(_ doc: Int, _ looked: [UInt64]) -> Double {
        Self.bestShare(of: titleTokens, spans: titleSpans, Int(2 * doc)..<Int(2 * doc + 2), saidBy: looked)
    }

    /// The same for the entry's asks: the share of its closest ask the question looks for.
    /// `looked`: the question's tokens as asks-field term numbers, sorted (`askTerms`).
    func askSaid(_ doc: Int, _ looked: [UInt32]) -> Double {
        Self.bestShare(of: askTokens, spans: askSpans, Int(askFirst[doc])..<Int(askFirst[doc + 1]), saidBy: looked)
    }

    /// The question's tokens that some ask holds, as the asks field numbers them, sorted.
    func askTerms(_ looked: [UInt64]) -> [UInt32] {
        let terms = fields[Field.asks.rawValue].termIDs
        return looked.compactMap { terms[$0].map { UInt32($0) } }.sorted()
    }

    /// The highest share of a span's tokens that are in `looked` (both sorted), over `spans`
    /// `which` (span `k` is `tokens[spans[k]..<spans[k + 1]]`).
    private static func bestShare<T: BinaryInteger>(
        of tokens: [T], spans: [UInt32], _ which: Range<Int>, saidBy looked: [T]
    ) -> Double {
        tokens.withUnsafeBufferPointer { tokens in
            looked.withUnsafeBufferPointer { looked in
                var best = 0.0
                for span in which {
                    let start = Int(spans[span])
                    let end = Int(spans[span + 1])
                    guard end > start else { continue }
                    // Both sorted: count the shared tokens in one pass.
                    var i = start
                    var j = 0
                    var shared = 0
                    while i < end, j < looked.count {
                        if tokens[i] == looked[j] {
                            shared += 1
                            i += 1
                            j += 1
                        } else if tokens[i] < looked[j] {
                            i += 1
                        } else {
                            j += 1
                        }
                    }
                    best = max(best, Double(shared) / Double(end - start))
                }
                return best
            }
        }
    }

    /// BM25's weight of a term in `count` entries of field `f`, before its term frequency:
    /// idf · field weight · (k1 + 1).
    func termWeight(field f: Int, count: Int) -> Float {
        let df = Float(count)
        let idf = logf(1 + (Float(entries.count) - df + 0.5) / (df + 0.5))
        return idf * Self.weights[f] * (Self.k1 + 1)
    }

    /// What a date entry keeps of its score when the question asks for another kind and
    /// names no date: 全国低碳日 holds 低碳 in its title in both languages, and answered
    /// low carbon生活怎么做 until it weighed half.
    static let dateShareForOtherAsks: Float = 0.5

    /// An entry in the running list of the best: its score, its coverage of the question and
    /// the coverage the score was ranked by.
    private struct Ranked {
        var score: Float
        var coverage: Float
        var ranked: Float
        var doc: Int
    }

    /// How many leading entries the fitted re-ranking orders (see `RankFeatures`).
    static let rerankDepth = 10

    /// How much an entry of the kind the question asks for is lifted (see `QueryIntent`).
    static let intentBoost: Float = 0.3

    /// The lift, on top of sharing the audience, of an entry written only for the audience
    /// asked about (scaled down by how many other audiences it serves).
    static let ownAudienceBoost: Float = 0.15

    /// Below this a related entry is not listed with an answer.
    static let minimumScore: Float = 1.0

    /// The share of a question an entry must account for to be listed as related to an answer:
    /// 60 % for a short question, easing to 40 % for one of 16 characters (words) or more. Why: a
    /// long question as people ask it carries context the answer need not repeat (下个月要去
    /// 一个村里开院坝会……), the way Elasticsearch's `minimum_should_match` asks for a smaller
    /// share of a longer query; a short question that is mostly unmatched is off-topic.
    static func minimumCoverage(questionLength: Int) -> Float {
        let long = min(max(Float(questionLength - 6) / 10, 0), 1)
        return 0.6 - 0.2 * long
    }

    @inline(__always)
    private func isBetter(
        _ a: Ranked, than b: Ranked
    ) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return idRank[a.doc] < idRank[b.doc]
    }
}
