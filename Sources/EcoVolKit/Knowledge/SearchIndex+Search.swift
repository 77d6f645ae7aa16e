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
        var covered = [Float](repeating: 0, count: n)
        var clauseBest = [Float](repeating: 0, count: n)
        var altScore = [Float](repeating: 0, count: n)
        var touched: [Int32] = []
        var clauseTouched: [Int32] = []
        var altTouched: [Int32] = []
        let docCount = Float(n)

        for clause in query.clauses {
            for alternative in clause.alternatives {
                for term in alternative.terms {
                    for f in 0..<fields.count where term.fields & (1 << UInt8(f)) != 0 {
                        let field = fields[f]
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
                    if v > clauseBest[doc] { clauseBest[doc] = v }
                }
                altTouched.removeAll(keepingCapacity: true)
            }
            for doc32 in clauseTouched {
                let doc = Int(doc32)
                if total[doc] == 0 { touched.append(doc32) }
                total[doc] += clauseBest[doc] * clause.weight
                covered[doc] += clause.coverage
                clauseBest[doc] = 0
            }
            clauseTouched.removeAll(keepingCapacity: true)
        }

        // Exact title/keyword matches of the whole question.
        var exactBonus: [Int32: Float] = [:]
        for (hash, bonus) in query.exact {
            for doc in exactPhrases[hash] ?? [] where exactBonus[doc, default: 0] < bonus { exactBonus[doc] = bonus }
        }

        let coverageTotal = max(query.clauses.reduce(0) { $0 + $1.coverage }, 0.0001)
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
        let limit = options.limit
        for doc32 in touched {
            let doc = Int(doc32)
            if let kindFilter, !kindFilter.contains(entries[doc].kind.rawValue) { continue }
            if let audienceFilter, audienceMasks[doc] & audienceFilter == 0 { continue }
            let coverage = min(1, covered[doc] / coverageTotal)
            var score = total[doc] * (0.2 + 0.8 * coverage * coverage)
            if let bonus = exactBonus[doc32] { score *= 1 + bonus }
            if boostMask != 0 {
                let shared = (audienceMasks[doc] & boostMask).nonzeroBitCount
                score *= shared > 0 ? 1.0 + 0.25 * Float(shared) / Float(boostMask.nonzeroBitCount) : 0.85
            }
            if query.serviceMask != 0, serviceMasks[doc] & query.serviceMask != 0 { score *= 1.1 }
            if query.hasDate, entries[doc].kind == .date { score *= 1.25 }
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
        return top.map { item in
            SearchHit(
                entryIndex: item.doc, id: entries[item.doc].id, score: Double(item.score), coverage: Double(item.coverage),
                isConfident: item.coverage >= Self.minimumCoverage && item.score >= Self.minimumScore
            )
        }
    }

    /// Below these an entry is not presented as the answer.
    static let minimumCoverage: Float = 0.6
    static let minimumScore: Float = 1.0

    @inline(__always)
    private func isBetter(_ a: (score: Float, coverage: Float, doc: Int), than b: (score: Float, coverage: Float, doc: Int)) -> Bool {
        if a.score != b.score { return a.score > b.score }
        return entries[a.doc].id < entries[b.doc].id
    }
}
