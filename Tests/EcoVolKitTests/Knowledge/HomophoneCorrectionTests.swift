import Foundation
import Testing

@testable import EcoVolKit

/// An input method's wrong pick of a same-sounding character (作永 for 作用) is mended before
/// the question is read; two words that merely meet, real words the knowledge base lacks,
/// and numerals are left as typed.
@Suite("Homophone correction")
struct HomophoneCorrectionTests {
    static let index: SearchIndex = {
        let entries = [
            KnowledgeEntry(
                id: "fact-wetlands", kind: .fact, title: "湿地为什么被称为地球之肾", titleEn: "Wetlands",
                keywords: ["湿地", "光合作用"], body: "湿地能净化水质、调蓄洪水。"),
            KnowledgeEntry(
                id: "tip-water", kind: .tip, title: "节约用水的小办法", titleEn: "Saving water",
                keywords: ["节约用水", "节水"], body: "洗菜水留着冲厕所。"),
            KnowledgeEntry(
                id: "qa-incinerator", kind: .qa, title: "垃圾焚烧会产生二噁英吗", titleEn: "Incinerators",
                keywords: ["焚烧", "垃圾焚烧"], body: "上坟烧纸也会污染空气。"),
            KnowledgeEntry(
                id: "date-june5", kind: .date, title: "六五环境日", titleEn: "Environment Day",
                keywords: ["环境日", "高一学生"], body: "每年6月5日。"),
        ]
        return SearchIndex(entries: entries)
    }()

    private func text(_ s: [UInt32]) -> String { String(String.UnicodeScalarView(s.compactMap(Unicode.Scalar.init))) }

    private func mended(_ typed: String) -> String {
        var s = TextNormalizer.normalize(typed)
        Self.index.correctHomophones(&s)
        return text(s)
    }

    @Test(arguments: [("湿地的作永", "湿地的作用"), ("节约永水", "节约用水"), ("垃圾分烧", "垃圾焚烧")])
    func aSlipInsideAWordIsMended(typed: String, meant: String) {
        #expect(mended(typed) == meant)
    }

    @Test(arguments: [
        "上坟烧纸",  // 上坟 and 烧纸 are words: 坟烧 is where they meet, not a misspelt 焚烧
        "想搞一个活动",  // 搞一 sounds like 高一 (a keyword), but 高一 is not what was meant
        "六月五日",  // numerals and date characters are never changed
        "如何减肥",  // 减肥 is a word the knowledge base lacks, not a slip
    ])
    func wordsThatMeetAndRealWordsStay(typed: String) {
        #expect(mended(typed) == text(TextNormalizer.normalize(typed)))
    }

    @Test func theMendedQuestionFindsWhatTheRightSpellingFinds() {
        for (typed, meant) in [("湿地的作永", "湿地的作用"), ("节约永水的办法", "节约用水的办法")] {
            let wrong = Self.index.search(typed, options: SearchOptions(limit: 1)).first
            let right = Self.index.search(meant, options: SearchOptions(limit: 1)).first
            #expect(wrong?.id == right?.id && wrong != nil, "\(typed)")
            #expect(abs((wrong?.score ?? 0) - (right?.score ?? 0)) < 1e-3, "\(typed)")
        }
    }

    @Test func theRealKnowledgeBaseAnswersCommonSlips() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty)
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        for (typed, meant) in [("湿地的作永", "湿地的作用"), ("塑料代能回收吗", "塑料袋能回收吗"), ("什么是喀斯特地冒", "什么是喀斯特地貌")] {
            let wrong = index.search(typed, options: SearchOptions(limit: 1)).first
            let right = index.search(meant, options: SearchOptions(limit: 1)).first
            #expect(wrong?.id == right?.id, "\(typed): \(wrong?.id ?? "-") ≠ \(right?.id ?? "-")")
        }
    }
}
