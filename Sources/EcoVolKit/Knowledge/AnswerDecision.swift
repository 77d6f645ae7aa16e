import Foundation

/// What the answer decision reads about the best-ranked entry of a question.
///
/// Why these: a fixed share of the question's characters refused right answers to long
/// questions (the details and second clauses of 草海到底在哪里，有啥好看的呢 sank it) and let
/// weak one-word matches through. Each feature is one thing a person checks: how much of the
/// question the entry accounts for, overall and in its best clause; whether that is in its
/// title and keywords or only somewhere in its body; how much of the question is left
/// unexplained; how strong the match is and how far it stands above the next entry; whether
/// it is the kind of answer asked for; how long the question is.
package struct AnswerFeatures: Sendable, Hashable {
    package var coverage: Double
    package var titleCoverage: Double
    package var segmentCoverage: Double
    /// Share of the question's content words (dictionary words) found in full.
    package var wordCoverage: Double
    package var unmatched: Double
    package var score: Double
    package var runnerUp: Double
    /// 1: the kind asked for; 0: another kind; 0.5: the question named no kind.
    package var intentMatch: Double
    /// 1 when the question asks for live figures, a purchase or a procedure (see `QueryIntent`).
    package var lookup: Double
    /// Content words of the question that no entry contains.
    package var unknownWords: Int
    package var units: Int
    /// Share of the entry's closest ask the question says (see `RankFeatures.askSaid`).
    package var askSaid: Double

    package init(
        coverage: Double, titleCoverage: Double, segmentCoverage: Double, wordCoverage: Double, unmatched: Double,
        score: Double,
        runnerUp: Double, intentMatch: Double, lookup: Double, unknownWords: Int, units: Int,
        askSaid: Double = 0
    ) {
        self.coverage = coverage
        self.titleCoverage = titleCoverage
        self.segmentCoverage = segmentCoverage
        self.wordCoverage = wordCoverage
        self.unmatched = unmatched
        self.score = score
        self.runnerUp = runnerUp
        self.intentMatch = intentMatch
        self.lookup = lookup
        self.unknownWords = unknownWords
        self.units = units
        self.askSaid = askSaid
    }

    /// Names of `vector`'s components, in order (the fitting script reads them).
    package static let names = [
        "coverage", "segment_coverage", "word_coverage", "title_coverage", "unmatched", "log_score", "margin", "intent",
        "lookup", "unknown_words", "log_units", "ask_said",
    ]

    /// The model's inputs.
    package var vector: [Double] {
        [
            coverage, segmentCoverage, wordCoverage, titleCoverage, min(unmatched, 6), log(1 + score),
            log((score + 1) / (runnerUp + 1)), intentMatch, lookup, Double(min(unknownWords, 3)),
            log(1 + Double(units)), askSaid,
        ]
    }
}

/// Whether the best entry is presented as the answer: a logistic model over
/// `AnswerFeatures`, fitted on the development half of the asked-question set and the judged
/// queries by `Scripts/fit-answer-decision.py`, which writes `AnswerDecisionModel.swift`.
/// Near-ties between good entries are answered with the best: the margin is one input among
/// several, so two entries that both cover the question do not refuse each other.
package enum AnswerDecision {
    /// Probability that the best entry answers the question.
    package static func probability(_ f: AnswerFeatures) -> Double {
        let x = f.vector
        var z = AnswerDecisionModel.intercept
        for k in 0..<min(x.count, AnswerDecisionModel.weights.count) {
            z += AnswerDecisionModel.weights[k] * (x[k] - AnswerDecisionModel.means[k]) / AnswerDecisionModel.scales[k]
        }
        return 1 / (1 + exp(-z))
    }

    package static func shouldAnswer(_ f: AnswerFeatures) -> Bool {
        f.score > 0 && probability(f) >= AnswerDecisionModel.threshold
    }
}
