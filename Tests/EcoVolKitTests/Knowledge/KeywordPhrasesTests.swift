import Foundation
import Testing

@testable import EcoVolKit

/// Keywords of two words typed with their words apart in one clause (see `KeywordPhrases`).
@Suite("Keyword phrases")
struct KeywordPhrasesTests {
    static let phrases = KeywordPhrases(
        keywords: ["志愿者保险", "volunteer insurance", "草海", "空调省电"].map(TextNormalizer.normalize))

    /// The keyword tokens found in `question`, clauses split at Chinese and Latin commas.
    static func found(_ question: String) -> [(token: UInt64, isWhole: Bool)] {
        let s = TextNormalizer.normalize(question)
        // The normalizer keeps one scalar per scalar typed; clauses are read from the text as typed.
        var segment: Int32 = 0
        var segmentOf: [Int32] = []
        for scalar in question.unicodeScalars.prefix(s.count) {
            if "，,".unicodeScalars.contains(scalar) { segment += 1 }
            segmentOf.append(segment)
        }
        var tokens: [Token] = []
        Tokenizer.tokenize(normalized: s, mode: .query, into: &tokens)
        return phrases.splitKeywords(in: s, tokens: tokens, segmentOf: segmentOf)
    }

    static func token(_ keyword: String) -> UInt64? {
        KeywordPhrases.token(ofKeyword: TextNormalizer.normalize(keyword))
    }

    @Test func onlyKeywordsOfTwoWordsAreIndexedAsPhrases() {
        #expect(Self.token("志愿者保险") != nil)
        #expect(Self.token("volunteer insurance") != nil)
        #expect(Self.token("草海") == nil, "two characters cannot be held apart")
        #expect(Self.token("黑颈鹤") == nil, "three characters leave a one-character part")
        #expect(Self.token("karst") == nil)
        #expect(Self.token("志愿者 insurance") == nil, "mixed scripts are not split")
    }

    @Test func aKeywordsWordsApartInOneClauseAreFound() throws {
        let insurance = try #require(Self.token("志愿者保险"))
        for question in ["志愿者有没有保险", "做志愿者要不要买保险", "保险给志愿者买了吗"] {
            let found = Self.found(question)
            #expect(found.count == 1 && found[0].token == insurance && !found[0].isWhole, "\(question)")
        }
        let aircon = try #require(Self.token("空调省电"))
        #expect(Self.found("空调开多少度最省电").map(\.token) == [aircon])
    }

    @Test func aChineseKeywordTypedWholeIsLeftToItsBigrams() {
        #expect(Self.found("志愿者保险怎么买").isEmpty)
    }

    @Test func wordsInDifferentClausesAreTwoAsks() {
        #expect(Self.found("志愿者要注意什么，保险怎么买").isEmpty)
        #expect(Self.found("volunteers wanted, insurance included").isEmpty)
    }

    @Test func aLatinKeywordIsFoundWholeOrApartInEitherOrder() throws {
        let insurance = try #require(Self.token("volunteer insurance"))
        let whole = Self.found("volunteer insurance")
        #expect(whole.count == 1 && whole[0].token == insurance && whole[0].isWhole)
        for question in ["do volunteers get insurance", "insurance for volunteers"] {
            let found = Self.found(question)
            #expect(found.count == 1 && found[0].token == insurance && !found[0].isWhole, "\(question)")
        }
    }

    /// The entry keyed by the two words together ranks above one that has them only as
    /// separate keywords, and the lift is a clause of its own that accounts for no unit.
    @Test func theEntryKeyedByTheWholeKeywordRanksFirst() throws {
        let body = "活动前为志愿者购买意外保险，是组织方的责任。"
        let index = SearchIndex(entries: [
            KnowledgeEntry(
                id: "qa-separate", kind: .qa, title: "活动前要准备什么", titleEn: "Before an activity",
                keywords: ["志愿者", "保险"], body: body),
            KnowledgeEntry(
                id: "qa-whole", kind: .qa, title: "活动前要准备什么", titleEn: "Before an activity",
                keywords: ["志愿者保险"], body: body),
        ])
        let query = index.compile("做志愿者有没有保险啊")
        let phraseClauses = query.clauses.filter { c in
            c.alternatives.contains { $0.terms.contains { $0.fields == SearchQuery.phraseField } }
        }
        #expect(phraseClauses.count == 1)
        #expect(phraseClauses.allSatisfy { $0.units.isEmpty && $0.weight == SearchQuery.splitKeywordWeight })
        #expect(index.search(query).first?.id == "qa-whole")
        let apart = index.compile("志愿者要注意什么，保险怎么买")
        #expect(
            !apart.clauses.contains { c in
                c.alternatives.contains { $0.terms.contains { $0.fields == SearchQuery.phraseField } }
            })
    }
}
