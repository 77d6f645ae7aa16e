/// The clauses of a question that look up one character alone in titles and keywords (车 of
/// 垃圾车, see `SearchQuery.compile`), read last and only where they can change the list.
///
/// Why: at 10,000 entries a third of a question's postings belong to these clauses, yet each
/// adds a tenth of a clause's score (`SearchQuery.loneCharacterWeight`) and half a unit of
/// coverage. As in MaxScore (Turtle and Flood, 1995; Lucene's `MaxScoreBulkScorer`), a clause
/// whose best possible score is small is scored only for the entries that can still make the
/// list — here by binary search in its postings, which are in document order — and its
/// postings are scanned only when an entry it alone matched could beat the last of the list.
struct LoneCharacters {
    /// One field's postings of a clause's character.
    struct List {
        let field: Int
        let offset: Int
        let count: Int
        let weight: Float
    }

    struct Clause {
        /// In field order, as `SearchIndex.accumulate` reads them.
        let lists: [List]
        /// The weights of its one alternative and of the clause.
        let alternativeWeight: Float
        let clauseWeight: Float
        let mask: [UInt64]
    }

    let clauses: [Clause]
    /// The most all of them can add to an entry's raw score.
    let maxScore: Float
    /// The units of all of them (`maskWords` words).
    let units: [UInt64]

    static func isLone(_ clause: SearchQuery.Clause) -> Bool {
        clause.credit < 1 && clause.alternatives.count == 1 && clause.alternatives[0].terms.count == 1
    }

    init(query: SearchQuery, index: SearchIndex) {
        var clauses: [Clause] = []
        var maxScore: Float = 0
        for clause in query.clauses where Self.isLone(clause) {
            let alternative = clause.alternatives[0]
            let term = alternative.terms[0]
            var lists: [List] = []
            var best: Float = 0
            for f in 0..<index.fields.count where term.fields & (1 << UInt8(f)) != 0 {
                guard let (offset, count) = index.fields[f].range(term.token) else { continue }
                let weight = index.termWeight(field: f, count: count)
                lists.append(List(field: f, offset: offset, count: count, weight: weight))
                // A posting scores weight · tf / (tf + norm) < weight.
                best += weight
            }
            guard !lists.isEmpty else { continue }
            clauses.append(
                Clause(
                    lists: lists, alternativeWeight: alternative.weight, clauseWeight: clause.weight, mask: clause.mask)
            )
            maxScore += best * alternative.weight * clause.weight
        }
        self.clauses = clauses
        self.maxScore = maxScore
        var units = [UInt64](repeating: 0, count: query.maskWords)
        for clause in clauses {
            for w in clause.mask.indices where w < units.count { units[w] |= clause.mask[w] }
        }
        self.units = units
    }

    /// Adds these clauses' scores and units for one entry, in the order and with the
    /// arithmetic of `SearchIndex.accumulate`.
    func add(to doc: Int, total: UnsafeMutablePointer<Float>, partial: UnsafeMutablePointer<UInt64>, index: SearchIndex)
    {
        for clause in clauses {
            var score: Float = 0
            var found = false
            for list in clause.lists {
                let field = index.fields[list.field]
                let tf = field.postings.withUnsafeBufferPointer { postings in
                    Self.frequency(of: doc, in: postings, list.offset, list.count)
                }
                guard tf > 0 else { continue }
                score += list.weight * tf / (tf + field.norms[doc])
                found = true
            }
            guard found else { continue }
            total[doc] += score * clause.alternativeWeight * clause.clauseWeight
            for w in clause.mask.indices { partial[w] |= clause.mask[w] }
        }
    }

    /// The best score an entry matched by these clauses alone can reach before the ranking
    /// factors: all of their score, at the coverage of all of their units.
    func bestAlone(_ query: SearchQuery, unitTotal: Float) -> Float {
        let none = [UInt64](repeating: 0, count: query.maskWords)
        let coverage = units.withUnsafeBufferPointer { partial in
            none.withUnsafeBufferPointer { full in
                guard let p = partial.baseAddress, let f = full.baseAddress else { return Float(0) }
                let whole = query.coverage(full: f, partial: p, totalWeight: unitTotal)
                return query.rankingCoverage(whole: whole, full: f, partial: p)
            }
        }
        return maxScore * (0.2 + 0.8 * coverage * coverage)
    }

    /// The term frequency of `doc` in one term's postings (0 when it has none), found by a
    /// binary search without branches: which half holds the entry is a coin toss the processor
    /// would mispredict at every step, for every entry ranked.
    @inline(__always)
    private static func frequency(
        of doc: Int, in postings: UnsafeBufferPointer<UInt32>, _ offset: Int, _ count: Int
    ) -> Float {
        guard count > 0, let base = postings.baseAddress else { return 0 }
        var first = base + offset
        var n = count
        while n > 1 {
            let half = n / 2
            first = Int(first[half] >> 8) <= doc ? first + half : first
            n -= half
        }
        return Int(first[0] >> 8) == doc ? Float(first[0] & 0xFF) : 0
    }
}
