import Foundation

/// What the re-ranking reads about each of a question's leading entries.
///
/// Why a re-ranking: the hand-set ranking puts an acceptable entry in the first three far more
/// often than first (on the development halves, 83 % against 69 % for the dawn set): the raw
/// match is strong for an entry that repeats the topic (垃圾分类 in the sorting game) while the
/// one that answers the ask (垃圾为什么要分类？) says less of it. Each feature is one thing a
/// person compares between two candidate answers: how much of the question each accounts for,
/// overall, in its best clause and in its title; whether it is the kind of answer asked for and
/// whether its title asks the same question (why, how, when…); whether it is written for the
/// audience named; how long its title is; its kind.
package struct RankFeatures: Sendable, Hashable {
    package var score: Double
    package var coverage: Double
    package var rankedCoverage: Double
    package var titleCoverage: Double
    package var segmentCoverage: Double
    package var wordCoverage: Double
    /// The question names a kind of answer and this entry is of it (1), of another (−1), or
    /// names none (0).
    package var intent: Double
    /// 1 when the entry's title says one of the question's cues (为什么, 怎么, 哪天…).
    package var askInTitle: Double
    /// 1 when the whole question is the entry's title or one of its keywords.
    package var exact: Double
    /// Share of the audiences named that the entry is written for; 0.5 when none is named.
    package var audience: Double
    package var titleLength: Double
    /// Share of the entry's title (its bigrams and words, Chinese or English, whichever is
    /// higher) that the question looks for: a short title the question says most of is about
    /// what was asked; a long one it says a word of is about more.
    package var titleSaid: Double
    /// The same for the entry's closest ask (`KnowledgeEntry.asks`): a question worded as one
    /// of the questions the entry is written to answer is about what it answers.
    package var askSaid: Double
    /// Index into `KnowledgeKind.allCases`.
    package var kind: Int
    /// The question's cue groups (`QueryIntent.cueGroups`): which kind answers it is learnt
    /// for each group (how → tips, a lecturer's request → talking points), not as one prior.
    package var cues: UInt8

    /// Names of `vector`'s components, in order (the fitting script reads them).
    package static let names =
        [
            "coverage", "ranked_coverage_sq", "title_coverage", "segment_coverage", "word_coverage", "intent",
            "ask_in_title", "exact", "audience", "log_title_length",
            "title_said", "ask_said",
        ] + KnowledgeKind.allCases.map { "kind_\($0.rawValue)" }
        + QueryIntent.cues.indices.flatMap { g in KnowledgeKind.allCases.map { "cue\(g)_\($0.rawValue)" } }

    /// The re-ranking's inputs, besides the score: the dense ones, then one column per kind
    /// (set when the question has no cue), then one per cue group and kind.
    package var vector: [Double] {
        var x = [Double](repeating: 0, count: Self.names.count)
        withDense { k, value in x[k] = value }
        withSparse { x[$0] = 1 }
        return x
    }

    /// The score the entry is ranked by: its match score times what the fitted model makes of
    /// the rest, so that scores keep their scale for the thresholds that read them. Computed
    /// without building `vector` (ten entries per question): Σ w·(x − mean) is the dense
    /// products, plus the weights of the few one-hot columns set, minus Σ w·mean.
    package var rerankedScore: Double {
        let weights = RankingModel.weights
        guard weights.count == Self.names.count else { return score }
        var z = -RankingModel.weightedMean
        withDense { k, value in z += weights[k] * value }
        withSparse { z += weights[$0] }
        return score * exp(min(max(z, -RankingModel.maxLogFactor), RankingModel.maxLogFactor))
    }

    private static let denseCount = 12
    private static let kindCount = KnowledgeKind.allCases.count

    @inline(__always)
    private func withDense(_ body: (Int, Double) -> Void) {
        body(0, coverage)
        body(1, rankedCoverage * rankedCoverage)
        body(2, titleCoverage)
        body(3, segmentCoverage)
        body(4, wordCoverage)
        body(5, intent)
        body(6, askInTitle)
        body(7, exact)
        body(8, audience)
        body(9, log(1 + titleLength))
        body(10, titleSaid)
        body(11, askSaid)
    }

    /// The one-hot columns that are 1: the kind's own when the question has no cue, else one
    /// per cue group the question has.
    @inline(__always)
    private func withSparse(_ body: (Int) -> Void) {
        if cues == 0 { body(Self.denseCount + kind) }
        for g in 0..<QueryIntent.cues.count where cues & (1 << UInt8(g)) != 0 {
            body(Self.denseCount + Self.kindCount * (1 + g) + kind)
        }
    }
}
