import Foundation
import Testing

@testable import EcoVolKit

/// The fitted re-ranking as the search uses it.
@Suite("Re-ranking")
struct RerankingTests {
    static let index: SearchIndex = {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        return SearchIndex(entries: base.entries, synonyms: base.synonyms)
    }()

    /// A model fitted for other inputs would silently weigh the wrong ones (the weights are
    /// read by position): one weight and one mean per input, and names for the script.
    @Test func theModelHasOneWeightPerInput() throws {
        let hit = try #require(Self.index.search("为什么要垃圾分类").first?.rankFeatures)
        #expect(hit.vector.count == RankFeatures.names.count)
        #expect(RankingModel.weights.count == RankFeatures.names.count)
        #expect(RankingModel.means.count == RankFeatures.names.count)
        #expect(AnswerDecisionModel.weights.count == AnswerFeatures.names.count)
    }

    /// The first ten are always re-ranked, so the best entry does not depend on how many are
    /// asked for, and the order shown is the order of the scores shown.
    @Test func theOrderDoesNotDependOnHowManyAreShown() {
        for question in [
            "为什么要垃圾分类", "Why should we sort garbage?", "喀斯特到底是个啥子东西哦", "低碳lifestyle有哪些简单做法", "节约用水的小窍门",
            "How can I report illegal dumping?", "给小学生讲碳中和",
        ] {
            let ten = Self.index.search(question)
            let one = Self.index.search(question, options: SearchOptions(limit: 1))
            #expect(one.first?.id == ten.first?.id, "\(question)")
            #expect(zip(ten, ten.dropFirst()).allSatisfy { $0.score >= $1.score }, "\(question)")
        }
    }

    /// An entry whose title asks the question's own question (为什么 … 为什么) is lifted over
    /// one that only shares the topic, all else equal.
    @Test func aTitleAskingTheSameQuestionLiftsAnEntry() throws {
        let base = RankFeatures(
            score: 50, coverage: 0.8, rankedCoverage: 0.8, titleCoverage: 0.6, segmentCoverage: 0.8, wordCoverage: 0.8,
            intent: 1, askInTitle: 0, exact: 0, audience: 0.5, titleLength: 10, titleSaid: 0.3, askSaid: 0, kind: 4,
            cues: 1)
        var asking = base
        asking.askInTitle = 1
        #expect(asking.rerankedScore > base.rerankedScore)
        var saidMore = base
        saidMore.titleSaid = 0.8
        #expect(saidMore.rerankedScore > base.rerankedScore)
    }
}

/// Writes what the re-ranking reads for the leading entries of every answerable question of
/// the development halves (asked, unseen, spoken, winter, dawn and mixed sets) and of the judged
/// set, for `Scripts/fit-ranking.py`; only when `ECOVOL_RANK_FEATURES` names the file to write (a
/// run of the suite writes nothing). The held-out halves never reach the file.
@Suite("Re-ranking features")
struct RankFeatureDump {
    typealias Judged = AskedQuestionTests.Asked

    static let sets = [
        "AskedQuestions", "UnseenQuestions", "SpokenQuestions", "WinterQuestions", "DawnQuestions", "MixedQuestions",
        "JudgedQueries",
    ]

    @Test func writeFeaturesWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["ECOVOL_RANK_FEATURES"], !path.isEmpty else { return }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        var lines = ["question\tsource\tlabel\tlog_score\t" + RankFeatures.names.joined(separator: "\t")]
        var question = 0
        for source in Self.sets {
            let items = try JSONDecoder().decode(
                [Judged].self, from: Data(contentsOf: folder.appendingPathComponent(source + ".json")))
            for item in items where item.half != "held" && !item.expect.isEmpty {
                question += 1
                for hit in index.search(item.query) {
                    guard let features = hit.rankFeatures else { continue }
                    let row =
                        [
                            String(question), source, item.expect.contains(hit.id) ? "1" : "0",
                            String(log(1 + features.score)),
                        ] + features.vector.map { String($0) }
                    lines.append(row.joined(separator: "\t"))
                }
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
