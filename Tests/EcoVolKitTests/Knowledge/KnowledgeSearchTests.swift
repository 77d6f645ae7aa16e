import Foundation
import Testing
@testable import EcoVolKit

@Suite("Knowledge search")
struct KnowledgeSearchTests {
    private func index() throws -> SearchIndex {
        let (base, _) = KnowledgeBase.load(directories: [try KnowledgeFixtures.makeBase()])
        return SearchIndex(entries: base.entries, synonyms: base.synonyms)
    }

    @Test func chinesePinyinSynonymsTyposAndDates() throws {
        let index = try index()
        func top(_ q: String) -> String? { index.search(q).first(where: \.isConfident)?.id }
        #expect(top("湿地") == "fact-wetlands")
        #expect(top("shidi") == "fact-wetlands")
        #expect(top("wetlands") == "fact-wetlands")
        #expect(top("省电") == "tip-lights-off")
        #expect(top("湿垃圾") == "tip-four-bins")
        #expect(top("6月5日是什么日子") == "date-environment-day")
        #expect(top("June 5") == "date-environment-day")
        #expect(top("electricty") == "tip-lights-off")
        #expect(top("ljfl")?.isEmpty == false)
        #expect(top("今天股票涨了吗") == nil)
    }

    @Test func audienceWordsBoostInsteadOfBeingRequired() throws {
        let index = try index()
        let hits = index.search("适合小学生的垃圾分类活动")
        #expect(hits.first?.id == "activity-sorting-game")
        let query = index.compile("适合小学生吗")
        #expect(query.isAudienceOnly)
        #expect(query.audiences == ["school"])
    }

    @Test func rankingIsDeterministic() throws {
        let index = try index()
        let a = index.search("垃圾")
        let b = index.search("垃圾")
        #expect(a.map(\.id) == b.map(\.id))
    }

    @Test func highlightsMatchedTerms() throws {
        let index = try index()
        let query = index.compile("垃圾分类")
        let spans = Highlighter.spans("我们做垃圾分类吧", terms: query.highlight)
        #expect(spans.contains { $0.style == .highlight && $0.text == "垃圾分类" })
        let snippet = Highlighter.snippet(String(repeating: "无关的话。", count: 30) + "垃圾分类很重要。" + String(repeating: "别的。", count: 30), terms: query.highlight, length: 30)
        #expect(snippet.plainText.contains("垃圾分类"))
        #expect(snippet.plainText.hasPrefix("…"))
    }
}
