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
            "title_said",
        ] + KnowledgeKind.allCases.map { "kind_\($0.rawValue)" }
        + QueryIntent.cues.indices.flatMap { g in KnowledgeKind.allCases.map { "cue\(g)_\($0.rawValue)" } }

    /// The re-ranking's inputs, besides the score.
    package var vector: [Double] {
        [
            coverage, rankedCoverage * rankedCoverage, titleCoverage, segmentCoverage, wordCoverage, intent,
            askInTitle, exact, audience, log(1 + titleLength), titleSaid,
        ] + KnowledgeKind.allCases.indices.map { $0 == kind && cues == 0 ? 1 : 0 }
            + QueryIntent.cues.indices.flatMap { g in
                KnowledgeKind.allCases.indices.map { k in k == kind && cues & (1 << UInt8(g)) != 0 ? 1.0 : 0 }
            }
    }

    /// The score the entry is ranked by: its match score times what the fitted model makes of
    /// the rest, so that scores keep their scale for the thresholds that read them.
    package var rerankedScore: Double {
        let x = vector
        var z = 0.0
        for k in 0..<min(x.count, RankingModel.weights.count) {
            z += RankingModel.weights[k] * (x[k] - RankingModel.means[k])
        }
        return score * exp(min(max(z, -RankingModel.maxLogFactor), RankingModel.maxLogFactor))
    }
}
