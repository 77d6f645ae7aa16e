import Foundation

extension SearchIndex {
    /// Ranks entries for a question. Deterministic: equal scores are ordered by id.
    public func search(_ text: String, options: SearchOptions = SearchOptions()) -> [SearchHit] {
        search(compile(text), options: options)
    }

    /// Ranks entries for a compiled question.
    public func search(_ query: SearchQuery, options: SearchOptions = SearchOptions()) -> [SearchHit] {
        let n = entries.count
        guard n > 0, !query.clauses.isEmpty, options.limit > 0 else { return [] }
        var total = [Float](repeating: 0, count: n)
        // Units of the question each entry accounts for, in full and at partial credit.
        let words = query.maskWords
        var full = [UInt64](repeating: 0, count: n * words)
        var partial = [UInt64](repeating: 0, count: n * words)
        // Units matched in full by a title, keyword or English title/summary.
        var titleFull = [UInt64](repeating: 0, count: n * words)
        var clauseBest = [Float](repeating: 0, count: n)
        var clauseInTitle = [Bool](repeating: false, count: n)
        var altScore = [Float](repeating: 0, count: n)
        var altInTitle = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        var clauseTouched: [Int32] = []
        var altTouched: [Int32] = []
        let docCount = Float(n)

        for clause in query.clauses {
            for alternative in clause.alternatives {
                for term in alternative.terms {
                    for f in 0..<fields.count where term.fields & (1 << UInt8(f)) != 0 {
                        let field = fields[f]
                        let inTitle = f != Field.body.rawValue
                        guard let (offset, count) = field.range(term.token) else { continue }
                        let df = Float(count)
                        let idf = logf(1 + (docCount - df + 0.5) / (df + 0.5))
                        let weight = idf * Self.weights[f] * (Self.k1 + 1)
                        field.postings.withUnsafeBufferPointer { postings in
                            field.norms.withUnsafeBufferPointer { norms in
                                for p in postings[offset..<(offset + count)] {
                                    let doc = Int(p >> 8)
                                    let tf = Float(p & 0xFF)
                                    let s = weight * tf / (tf + norms[doc])
                                    if altScore[doc] == 0 { altTouched.append(Int32(doc)) }
                                    altScore[doc] += s
                                    if inTitle { altInTitle[doc] = true }
                                }
                            }
                        }
                    }
                }
                for doc32 in altTouched {
                    let doc = Int(doc32)
                    let v = altScore[doc] * alternative.weight
                    altScore[doc] = 0
                    if clauseBest[doc] == 0 { clauseTouched.append(doc32) }
                    if v > clauseBest[doc] {
                        clauseBest[doc] = v
                        clauseInTitle[doc] = altInTitle[doc]
                    }
                    altInTitle[doc] = false
                }
                altTouched.removeAll(keepingCapacity: true)
            }
            for doc32 in clauseTouched {
                let doc = Int(doc32)
                if total[doc] == 0 { touched.append(doc32) }
                total[doc] += clauseBest[doc] * clause.weight
                if words > 0 {
                    let offset = doc * words
                    if clause.credit >= 1 {
                        for w in 0..<words { full[offset + w] |= clause.mask[w] }
                        if clauseInTitle[doc] {
                            for w in 0..<words { titleFull[offset + w] |= clause.mask[w] }
                        }
                    } else {
                        for w in 0..<words { partial[offset + w] |= clause.mask[w] }
                    }
                }
                clauseBest[doc] = 0
                clauseInTitle[doc] = false
            }
            clauseTouched.removeAll(keepingCapacity: true)
        }

        // Exact title/keyword matches of the whole question.
        var exactBonus: [Int32: Float] = [:]
        for (hash, bonus) in query.exact {
            for doc in exactPhrases[hash] ?? [] where exactBonus[doc, default: 0] < bonus { exactBonus[doc] = bonus }
        }

        let unitTotal = query.unitWeights.reduce(0, +)
        var kindFilter: Set<String>?
        if let kinds = options.kinds { kindFilter = Set(kinds.map(\.rawValue)) }
        let audienceFilter: UInt8? = options.audience.flatMap { a in
            KnowledgeVocabulary.audiences.firstIndex(of: a).map { UInt8(1) << UInt8($0) }
        }
        var boostMask = query.audienceMask
        for a in options.boostAudiences {
            if let k = KnowledgeVocabulary.audiences.firstIndex(of: a) { boostMask |= 1 << UInt8(k) }
        }

        var top: [(score: Float, coverage: Float, doc: Int)] = []
        // Two at least: whether the best stands clear of the next decides its confidence.
        let limit = max(options.limit, 2)
        for doc32 in touched {
            let doc = Int(doc32)
            if let kindFilter, !kindFilter.contains(entries[doc].kind.rawValue) { continue }
            if let audienceFilter, audienceMasks[doc] & audienceFilter == 0 { continue }
            let coverage = query.coverage(full: full, partial: partial, offset: doc * words, totalWeight: unitTotal)
            var score = total[doc] * (0.2 + 0.8 * coverage * coverage)
            if let bonus = exactBonus[doc32] { score *= 1 + bonus }
            if boostMask != 0 {
                let shared = (audienceMasks[doc] & boostMask).nonzeroBitCount
                score *= shared > 0 ? 1.0 + 0.25 * Float(shared) / Float(boostMask.nonzeroBitCount) : 0.85
            }
            if query.serviceMask != 0, serviceMasks[doc] & query.serviceMask != 0 { score *= 1.1 }
            if query.hasDate, entries[doc].kind == .date { score *= 1.25 }
            if !query.intent.isEmpty {
                if query.intent.prefers(entries[doc].kind) {
                    score *= 1 + Self.intentBoost
                } else if entries[doc].kind == .date, !query.hasDate {
                    // How or why something is done is not answered by the day it is marked on.
                    score *= 1 - Self.intentBoost
                }
            }
            let candidate = (score: score, coverage: coverage, doc: doc)
            if top.count == limit, !isBetter(candidate, than: top[top.count - 1]) { continue }
            var lo = 0
            var hi = top.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isBetter(top[mid], than: candidate) { lo = mid + 1 } else { hi = mid }
            }
            top.insert(candidate, at: lo)
            if top.count > limit { top.removeLast() }
        }
        let requiredCoverage = Self.minimumCoverage(questionLength: query.unitWeights.count)
        let shown = Array(top.prefix(options.limit))
        return shown.enumerated().map { rank, item in
            let next = rank + 1 < top.count ? top[rank + 1].score : 0
            let offset = item.doc * words
            let segment = query.bestSegmentCoverage(full: full, partial: partial, offset: offset)
            let wordShare = query.wordCoverage(full: full, offset: offset)
            let features = AnswerFeatures(
                coverage: Double(item.coverage),
                titleCoverage: Double(
                    query.coverage(full: titleFull, partial: partial, offset: offset, totalWeight: unitTotal)),
                segmentCoverage: Double(segment < 0 ? item.coverage : segment),
                wordCoverage: Double(wordShare < 0 ? item.coverage : wordShare),
                unmatched: Double(unitTotal * (1 - item.coverage)),
                score: Double(item.score),
                runnerUp: Double(next),
                intentMatch: query.intent.isEmpty ? 0.5 : (query.intent.prefers(entries[item.doc].kind) ? 1 : 0),
                lookup: query.intent.asksLookup ? 1 : 0,
                unknownWords: query.unknownWords,
                units: query.unitWeights.count
            )
            // The best entry answers when the fitted decision says so; the others are listed
            // as related when they account for enough of the question on their own.
            let confident =
                rank == 0
                ? AnswerDecision.shouldAnswer(features)
                : item.coverage >= requiredCoverage && item.score >= Self.minimumScore
            return SearchHit(
                entryIndex: item.doc, id: entries[item.doc].id, score: Double(item.score),
                coverage: Double(item.coverage),
                isConfident: confident, features: features
            )
        }
    }

    /// How much an entry of the kind the question asks for is lifted (see `QueryIntent`).
    static let intentBoost: Float = 0.3

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
        _ a: (score: Float, coverage: Float, doc: Int), than b: (score: Float, coverage: Float, doc: Int)
    ) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return entries[a.doc].id < entries[b.doc].id
    }
}
