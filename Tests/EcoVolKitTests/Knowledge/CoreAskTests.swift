import Foundation
import Testing

@testable import EcoVolKit

/// What a question of several clauses asks: the clause holding the question word leads the
/// ranking and the kind of answer, the scene around it follows; characters between the
/// dictionary words weigh less; a mixed question's English phrase names its entry; the
/// answer decision has a coverage floor under its model.
@Suite("Core ask")
struct CoreAskTests {
    static func index() -> SearchIndex {
        let entries = [
            KnowledgeEntry(
                id: "case-village-river-day", kind: .case, title: "村里的河道清理日", titleEn: "A village river clean-up day",
                keywords: ["河道清理", "村里", "清理日"],
                body: "村里每个月组织一次河道清理，村民带上工具一起下河沟清理垃圾，村委会记下参加的人。"),
            KnowledgeEntry(
                id: "qa-outdoor-safety", kind: .qa, title: "户外志愿活动要注意哪些安全问题", titleEn: "Outdoor safety",
                keywords: ["安全问题", "安全注意事项", "救生衣"],
                body: "河道清理、河边捡垃圾，先讲安全：不下水、不单独行动，备好救生衣和急救包。"),
            KnowledgeEntry(
                id: "activity-water-fair", kind: .activity, title: "社区节水集市", titleEn: "Community water-saving fair",
                keywords: ["节水活动", "社区活动", "节约用水"],
                body: "在社区广场摆几张桌子，请居民带来家里的节约用水的做法，评一评，发小奖品。"),
            KnowledgeEntry(
                id: "tip-basin-washing", kind: .tip, title: "洗菜用盆接水", titleEn: "Wash vegetables in a basin",
                keywords: ["节约用水", "节水小窍门"],
                body: "洗菜洗碗用盆接水，别开着龙头一直冲，接下的水还能冲厕所。"),
            KnowledgeEntry(
                id: "fact-greenhouse", kind: .fact, title: "温室效应", titleEn: "The greenhouse effect",
                keywords: ["温室效应", "greenhouse effect"],
                body: "大气里的二氧化碳像一层被子，让地面的热散不出去。"),
            KnowledgeEntry(
                id: "fact-cave-formation", kind: .fact, title: "溶洞是怎样形成的", titleEn: "How caves form",
                keywords: ["溶洞", "cave formation"],
                body: "雨水带着二氧化碳，慢慢溶蚀石灰岩，千万年形成溶洞。"),
        ]
        return SearchIndex(entries: entries)
    }

    @Test func theAskingClauseIsTheOneWithTheQuestionWord() {
        let index = Self.index()
        #expect(index.compile("下个月村里搞河道清理，要注意哪些安全问题").askingClauses == [1])
        #expect(index.compile("湿地很重要。它有什么用？").askingClauses == [1])
        // A question mark marks the clause that asks, even without a question word.
        #expect(index.compile("家里有老人和孩子，晨练还去得了？").askingClauses == [1])
        // One clause, or every clause asking: the whole question is the ask.
        #expect(index.compile("河道清理要注意哪些安全问题").askingClauses.isEmpty)
        #expect(index.compile("河长是谁，管什么").askingClauses.isEmpty)
        #expect(index.compile("河道清理，安全问题").askingClauses.isEmpty)
    }

    @Test func theCoreAskRanksAboveTheScene() throws {
        let index = Self.index()
        let hits = index.search("下个月村里搞河道清理，要注意哪些安全问题")
        #expect(hits.first?.id == "qa-outdoor-safety")
        let features = try #require(hits.first?.features)
        #expect(features.askCoverage > features.coverage)
        // Without a separate asking clause the scene is the question.
        #expect(index.search("村里的河道清理").first?.id == "case-village-river-day")
    }

    @Test func anAskingClauseThatNamesOnlyAKindDoesNotSteerTheTopic() {
        let index = Self.index()
        // 小窍门 is read as the kind asked for (a tip), not as what the question is about.
        let query = index.compile("社区想搞节约用水，有什么小窍门")
        #expect(query.askWeight == 0)
        #expect(query.intent.prefers(.tip))
    }

    @Test func kindsNamedWhereTheQuestionAsksLeadThoseOfTheScene() {
        let index = Self.index()
        let query = index.compile("我们社区想办一次节水活动，有什么节水小窍门")
        #expect(query.intent.prefers(.tip))
        #expect(!query.intent.prefers(.activity))
        #expect(query.intent.prefersInContext(.activity))
        // The tip gains on the activity against the same words asked in one clause, where
        // both kinds are asked for alike.
        func ratio(_ question: String) -> Double {
            let hits = index.search(question, options: SearchOptions(limit: 6))
            let tip = hits.first { $0.id == "tip-basin-washing" }?.score ?? 0
            let activity = hits.first { $0.id == "activity-water-fair" }?.score ?? 1
            return tip / activity
        }
        #expect(ratio("我们社区想办一次节水活动，有什么节水小窍门") > ratio("我们社区想办一次节水活动有什么节水小窍门"))
        // With no kind where it asks, the scene's kinds are what is asked for.
        let plain = index.compile("社区想办一次节水活动，怎么弄好")
        #expect(plain.intent.prefers(.activity) || plain.intent.prefers(.tip))
        #expect(plain.intent.contextKinds & plain.intent.kinds == 0)
    }

    @Test func charactersBetweenDictionaryWordsWeighLess() {
        let index = Self.index()
        // 配 of 配个游戏 stands before the word 游戏; 个 is light anyway.
        let glued = index.compile("配个游戏")
        #expect(glued.unitWeights.filter { $0 <= SearchIndex.betweenWordsWeight }.count == 2)
        // A run with no dictionary word in it is left as it is (a typo, a name): only the
        // light 个 weighs half.
        #expect(index.compile("配个").unitWeights.filter { $0 <= SearchIndex.betweenWordsWeight }.count == 1)
    }

    @Test func aMixedQuestionsEnglishPhraseNamesItsEntry() throws {
        let index = Self.index()
        let s = TextNormalizer.normalize("greenhouse effect是怎么形成的")
        let runs = SearchIndex.latinPhrases(s)
        #expect(runs.count == 1)
        let run = try #require(runs.first)
        #expect(String(decoding: s[run].map { UInt8($0) }, as: UTF8.self) == "greenhouse effect")
        let query = index.compile("greenhouse effect是怎么形成的")
        #expect(
            query.exact.contains { $0.hash == TokenValue.phrase(s[run]) && $0.bonus == SearchIndex.latinPhraseBonus })
        // The same words in another order are no keyword: the entry gains less.
        func share(_ question: String) -> Double {
            let hits = index.search(question, options: SearchOptions(limit: 6))
            let total = hits.reduce(0) { $0 + $1.score }
            return (hits.first { $0.id == "fact-greenhouse" }?.score ?? 0) / max(total, 1e-9)
        }
        #expect(share("greenhouse effect是怎么形成的") > share("effect greenhouse是怎么形成的"))
        // English alone, or a short word, is not such a phrase.
        #expect(SearchIndex.latinPhrases(TextNormalizer.normalize("greenhouse effect")).isEmpty)
        #expect(SearchIndex.latinPhrases(TextNormalizer.normalize("ev充电")).isEmpty)
    }

    @Test func aRecommendationOfAKindTheBaseHoldsIsNotAPurchase() {
        let index = Self.index()
        #expect(!index.compile("给家长讲节水，有什么亲子活动可以推荐").intent.asksLookup)
        #expect(index.compile("推荐一款净水器").intent.asksLookup)
        #expect(index.compile("电动车上牌要带什么证件").intent.asksLookup)
    }

    @Test func theDecisionRefusesUnderItsCoverageFloor() {
        var features = AnswerFeatures(
            coverage: 0.1, titleCoverage: 0.1, segmentCoverage: 0.2, wordCoverage: 0, askCoverage: 0.1, unmatched: 6,
            score: 80, runnerUp: 5, intentMatch: 0.5, lookup: 0, unknownWords: 0, units: 30)
        #expect(!AnswerDecision.shouldAnswer(features))
        features.segmentCoverage = 1
        features.titleCoverage = 1
        features.coverage = 0.9
        features.askCoverage = 0.9
        features.wordCoverage = 1
        features.unmatched = 0.5
        #expect(AnswerDecision.shouldAnswer(features))
    }
}
