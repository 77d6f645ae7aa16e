import Foundation
import Testing

@testable import EcoVolKit

/// The judged query set over the real content in the repository's `knowledge/` folder:
/// Chinese (two characters, words, questions as people ask them at a stall, long questions),
/// English, mixed, pinyin, typos, synonyms, dates and audience words, each with the entries
/// that may answer it, and off-topic questions (`expect` empty) that must get no answer.
/// Reports top-1 and top-3 accuracy overall and per category; fails under 90 % top-1 or
/// 98 % top-3.
@Suite("Judged queries")
struct JudgedQueryTests {
    struct Judged: Decodable {
        var category: String
        var query: String
        var expect: [String]
    }

    @Test func accuracyOnTheRealKnowledgeBase() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "JudgedQueries.json")
        let judged = try JSONDecoder().decode([Judged].self, from: Data(contentsOf: url))
        #expect(judged.count >= 220)
        #expect(
            judged.filter(\.expect.isEmpty).count >= 10, "at least ten questions the knowledge base must not answer")
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        guard !base.entries.isEmpty else {
            print("Judged queries: no entries in \(KnowledgeFixtures.repositoryKnowledge); nothing to judge")
            return
        }
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        var top1 = 0
        var top3 = 0
        var byCategory: [String: (top1: Int, top3: Int, count: Int)] = [:]
        var misses: [String] = []
        for item in judged {
            let missing = item.expect.filter { base.entry(id: $0) == nil }
            if !missing.isEmpty { misses.append("missing ids for \(item.query): \(missing)") }
            let hits = index.search(item.query, options: SearchOptions(limit: 3))
            let answered = hits.first?.isConfident ?? false
            // An off-topic question is right when nothing is presented as its answer.
            let ok1 = item.expect.isEmpty ? !answered : answered && item.expect.contains(hits[0].id)
            let ok3 = item.expect.isEmpty ? !answered : answered && hits.contains { item.expect.contains($0.id) }
            top1 += ok1 ? 1 : 0
            top3 += ok3 ? 1 : 0
            byCategory[item.category, default: (0, 0, 0)].top1 += ok1 ? 1 : 0
            byCategory[item.category, default: (0, 0, 0)].top3 += ok3 ? 1 : 0
            byCategory[item.category, default: (0, 0, 0)].count += 1
            if !ok1 {
                misses.append(
                    "\(ok3 ? "top-3" : "miss ") [\(item.category)] \(item.query) → \(hits.map(\.id)) expected \(item.expect)"
                )
            }
        }
        let n = Double(judged.count)
        print(
            String(
                format: "Judged queries: top-1 %.1f%% (%d/%d), top-3 %.1f%% (%d/%d)", Double(top1) / n * 100, top1,
                judged.count, Double(top3) / n * 100, top3, judged.count))
        print(
            "By category (top-1, top-3): "
                + byCategory.sorted { $0.key < $1.key }.map {
                    "\($0.key) \($0.value.top1)/\($0.value.top3)/\($0.value.count)"
                }.joined(separator: ", "))
        for line in misses { print("  " + line) }
        #expect(Double(top1) / n >= 0.90)
        #expect(Double(top3) / n >= 0.98)
    }
}
