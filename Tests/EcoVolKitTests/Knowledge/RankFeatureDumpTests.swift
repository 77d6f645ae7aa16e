import EcoVolKit
import Foundation
import Testing

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
