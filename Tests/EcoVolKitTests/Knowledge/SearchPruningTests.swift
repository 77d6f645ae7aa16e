import Foundation
import Testing

@testable import EcoVolKit

/// The ranking skips entries that cannot make the list and scores lone characters only
/// where they can change it (`SearchIndex.search`, `LoneCharacters`). These tests hold it to
/// the exhaustive ranking — every touched entry ranked, every posting read — on the judged
/// questions and the benchmark's questions, at the real size and at 3,000 recombined
/// entries (where lists are long enough for the pruning to skip most of them), with the
/// option sets the commands use: the same hits, in the same order, with the same scores,
/// coverage and answer decisions.
@Suite("Search pruning")
struct SearchPruningTests {
    struct Judged: Decodable {
        var query: String
    }

    private func questions(_ base: KnowledgeBase) throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "JudgedQueries.json")
        let judged = try JSONDecoder().decode([Judged].self, from: Data(contentsOf: url))
        return judged.map(\.query) + SyntheticKnowledge.queries(from: base.entries, count: 150)
    }

    private let optionSets: [SearchOptions] = [
        SearchOptions(),
        SearchOptions(limit: 3, kinds: [.tip, .qa]),
        SearchOptions(limit: 5, audience: "school", boostAudiences: ["village"]),
    ]

    private func expectSameHits(_ index: SearchIndex, _ questions: [String], label: String) -> Int {
        var compared = 0
        for question in questions {
            for options in optionSets {
                var reference = options
                reference.exhaustive = true
                let pruned = index.search(question, options: options)
                let exhaustive = index.search(question, options: reference)
                let same = pruned == exhaustive
                #expect(
                    same,
                    "\(label): \(question) (limit \(options.limit)): \(pruned.map(\.id)) vs \(exhaustive.map(\.id))")
                compared += pruned.isEmpty ? 0 : 1
            }
        }
        return compared
    }

    @Test func prunedRankingEqualsTheExhaustiveOneAtTheRealSize() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty, "no entries in \(KnowledgeFixtures.repositoryKnowledge)")
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        let questions = try questions(base)
        let compared = expectSameHits(index, questions, label: "real")
        // Most questions find something: the comparison is not of empty lists.
        #expect(compared > questions.count * 2)
    }

    @Test func prunedRankingEqualsTheExhaustiveOneAtThreeThousandEntries() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty, "no entries in \(KnowledgeFixtures.repositoryKnowledge)")
        let entries = SyntheticKnowledge.entries(from: base.entries, count: 3_000)
        let index = SearchIndex(entries: entries, synonyms: base.synonyms)
        let questions = try questions(base)
        let compared = expectSameHits(index, questions, label: "3,000")
        #expect(compared > questions.count * 2)
    }

    @Test func aQuestionOnlyLoneCharactersMatchStillFindsItsEntries() throws {
        let dir = try KnowledgeFixtures.makeBase()
        let (base, _) = KnowledgeBase.load(directories: [dir])
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        var reference = SearchOptions()
        reference.exhaustive = true
        for question in ["灯", "被灯混", "灯和垃圾"] {
            #expect(index.search(question) == index.search(question, options: reference), "\(question)")
        }
        // No bigram of 被灯混 is in an entry; 灯 alone is in 随手关灯: a lone-only match.
        #expect(index.search("被灯混").first?.id == "tip-lights-off")
    }
}
