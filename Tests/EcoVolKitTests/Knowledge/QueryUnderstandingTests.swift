import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// Query understanding before ranking: framing and fillers, clauses, intent, word forms,
/// weighted one-way synonyms, dictionary words, and the answer decision's inputs.
@Suite("Query understanding")
struct QueryUnderstandingTests {
    static func index(synonyms: SynonymTable = .empty) -> SearchIndex {
        let entries = [
            KnowledgeEntry(
                id: "fact-caohai", kind: .fact, title: "草海：黑颈鹤越冬的高原湖泊", titleEn: "Caohai lake",
                keywords: ["草海", "黑颈鹤", "Caohai"],
                body: "草海在贵州威宁，是高原湖泊，冬天可以看黑颈鹤。"),
            KnowledgeEntry(
                id: "tip-sorting", kind: .tip, title: "生活垃圾分四类", titleEn: "Four waste categories",
                keywords: ["垃圾分类", "waste sorting"],
                body: "可回收物、有害垃圾、厨余垃圾、其他垃圾。"),
            KnowledgeEntry(
                id: "activity-sorting-relay", kind: .activity, title: "垃圾分类接力赛", titleEn: "Sorting relay race",
                keywords: ["垃圾分类", "游戏"],
                body: "小学生分组接力，把卡片投进正确的桶。"),
            KnowledgeEntry(
                id: "fact-neutrality", kind: .fact, title: "碳中和是什么意思", titleEn: "What carbon neutrality means",
                keywords: ["碳中和", "carbon neutrality"],
                body: "排放和吸收相抵。"),
            KnowledgeEntry(
                id: "fact-plastic", kind: .fact, title: "塑料污染", titleEn: "Plastic pollution",
                keywords: ["塑料", "plastic"],
                body: "塑料袋和塑料瓶。"),
            KnowledgeEntry(
                id: "tip-mulch", kind: .tip, title: "地膜回收", titleEn: "Mulch film", keywords: ["地膜", "白色污染"],
                body: "田里的白色污染。"),
        ]
        return SearchIndex(entries: entries, synonyms: synonyms)
    }

    @Test func framingAndFillersAreNotContent() {
        let index = Self.index()
        #expect(index.compile("我想问一下草海到底在哪里呀").understood == "草海在")
        #expect(index.compile("帮我准备一个垃圾分类的主题班会").understood == "垃圾分类")
        #expect(index.compile("can you tell me what carbon neutrality is").understood == "carbon neutrality")
        #expect(index.compile("那个草海到底管啥的呀").understood == "草海")
        #expect(index.compile("草海到底是啥子").understood == "草海")
        #expect(index.compile("我下个月给家长们讲碳中和，帮我列个提纲").understood == "家长们碳中和")
        // Every framing phrase is removed on its own, whatever surrounds it.
        for phrase in KnowledgeVocabulary.framingPhrases
        where phrase.unicodeScalars.allSatisfy({ TextNormalizer.isCJK($0.value) }) {
            #expect(!index.compile("草海" + phrase).understood.contains(phrase), "\(phrase)")
        }
    }

    @Test func theFramingListKeepsContentWords() {
        // Words that name what is asked about must never be stripped as framing.
        for word in ["垃圾", "一次性", "活动", "游戏", "哪天", "举报", "保险", "不"] {
            #expect(!KnowledgeVocabulary.framingPhrases.contains(word), "\(word)")
        }
    }

    @Test func aSecondClauseDoesNotSinkTheCoreAsk() throws {
        let index = Self.index()
        let short = try #require(index.search("草海在哪里").first)
        let long = try #require(index.search("草海到底在哪里，有啥好看的呢").first)
        #expect(short.id == "fact-caohai")
        #expect(long.id == "fact-caohai")
        let features = try #require(long.features)
        #expect(features.segmentCoverage >= features.coverage)
    }

    @Test func aSecondClauseDoesNotHandTheAnswerToATitleHoldingItsCharacters() throws {
        // In the real base the entry about trucks mixing sorted waste has 我, 分 and 家 in its
        // title; before an entry that answers one clause in full counted for it, the second
        // clause's characters made that entry the answer to how to sort.
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty)
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        let alone = try #require(index.search("垃圾分类怎么分").first)
        let withContext = try #require(index.search("垃圾分类怎么分，我家老是分不清").first)
        #expect(alone.id == "tip-four-waste-categories")
        #expect(withContext.id == alone.id)
    }

    @Test func aClauseFinalNotAsksYesOrNo() {
        let index = Self.index()
        #expect(index.compile("草海有黑颈鹤不").understood == index.compile("草海有黑颈鹤吗").understood)
        #expect(index.compile("塑料袋能回收不？").understood == "塑料袋能回收")
        // Inside a clause it is a negation and stays.
        #expect(index.compile("垃圾分类做不好").understood.contains("不"))
    }

    @Test func aLoneCharacterOrAnAcknowledgementIsNotAnsweredFromWhateverHoldsIt() throws {
        let index = Self.index()
        for line in ["不", "好吧", "我觉得不", "好的", "ok", "嗯嗯"] {
            #expect(index.search(line).first?.isConfident != true, "\(line)")
        }
        // A character an entry is titled or keyed by is a question about it.
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty)
        let real = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        #expect(real.search("霾").first?.isConfident == true)
        #expect(real.search("好吧").first?.isConfident != true)
    }

    /// A report question put in English with a pronoun and a place word is about the
    /// dumping, not about "someone" or "near": it is answered as its Chinese form is, by an
    /// entry that says where to report it (keyed by 12369). The English form may find the entry
    /// keyed by the very words it uses (report dumping) rather than the Chinese form's.
    @Test func aReportQuestionInEnglishIsAnsweredLikeItsChineseForm() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty)
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        let english = try #require(index.search("how do I report someone dumping waste near a river").first)
        let chinese = try #require(index.search("有人往河边倒垃圾怎么举报").first)
        #expect(english.isConfident && chinese.isConfident)
        for hit in [english, chinese] {
            #expect(base.entries[hit.entryIndex].keywords.contains("12369"), "\(hit.id)")
        }
    }

    /// A mixed Chinese-English question: English request framing is framing, asking what a
    /// word means asks about the word, and an English word reaches the Chinese word the
    /// entries use (synonyms.yaml), so the English half counts as the Chinese half would.
    @Test func theEnglishHalfOfAMixedQuestionCountsLikeItsChineseForm() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty)
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        let understood = index.compile("帮我写个 10 min 的 speech，主题 low carbon life").understood
        for framing in ["写", "speech", "min", "10", "主题"] {
            #expect(!understood.contains(framing), "\(understood)")
        }
        #expect(index.compile("my hours 在哪 check").understood == index.compile("my hours 在哪").understood)
        for (question, id) in [
            ("PM2.5 是什么意思啊", "fact-pm25"), ("AQI 多少算 unhealthy 啊", "fact-aqi-levels"),
            ("过期药品expired medicine属于有害垃圾吗", "tip-expired-medicine"),
        ] {
            let best = try #require(index.search(question).first)
            #expect(best.isConfident && best.id == id, "\(question) → \(best.id)")
        }
        let bridged = try #require(index.search("厨余垃圾能不能compost").first { $0.id == "qa-home-community-composting" })
        let unbridged = SearchIndex(entries: base.entries, synonyms: .empty)
        let alone = try #require(unbridged.search("厨余垃圾能不能compost").first { $0.id == "qa-home-community-composting" })
        #expect(bridged.score > alone.score)
    }

    @Test func aHowQuestionIsNotAnsweredByTheDayItsTopicIsMarkedOn() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        try #require(!base.entries.isEmpty)
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        for question in ["food waste怎么减少", "那个低碳生活具体要咋做呗"] {
            let best = try #require(index.search(question).first)
            #expect(base.entries[best.entryIndex].kind != .date, "\(question) → \(best.id)")
        }
        // Asking for the day still finds it.
        let day = try #require(index.search("全国低碳日是哪天").first)
        #expect(base.entries[day.entryIndex].kind == .date)
    }

    @Test func askingForLiveFiguresOrAnotherOfficesProcedureIsALookup() {
        let index = Self.index()
        for question in ["草海明天天气怎么样", "环评审批流程要多久", "办环保组织要哪些材料", "这周末草海有雾吗", "推荐个垃圾分类的牌子"] {
            #expect(index.compile(question).intent.asksLookup, "\(question)")
        }
        // Applying for what the programme itself grants (a star rating, a service certificate)
        // is a question it answers; a subsidy is not.
        #expect(index.compile("电动车补贴怎么申请").intent.asksLookup)
        for question in [
            "草海在哪里", "碳中和是什么意思", "举报电话是多少", "现在的空气质量标准", "星级志愿者怎么申请", "志愿服务证明怎么申请",
        ] {
            #expect(!index.compile(question).intent.asksLookup, "\(question)")
        }
    }

    @Test func intentIsAPriorNotAFilter() throws {
        let index = Self.index()
        #expect(index.search("垃圾分类怎么做").first?.id == "tip-sorting")
        #expect(index.search("垃圾分类游戏活动").first?.id == "activity-sorting-relay")
        #expect(index.compile("给小学生讲垃圾分类").isLectureRequest)
        #expect(!index.compile("垃圾分类").isLectureRequest)
        // A kind asked for that no entry has still finds the topic.
        #expect(
            index.search("垃圾分类是哪天").first.map { ["tip-sorting", "activity-sorting-relay"].contains($0.id) } == true)
    }

    /// 咋 / 咋个 for 怎么 and 啥 / 啥子 for 什么 ask what the standard words ask.
    @Test func dialectQuestionWordsAskLikeTheStandardOnes() {
        let index = Self.index()
        for question in ["垃圾分类咋分", "垃圾分类到底咋个分嘛", "垃圾分类咋个做"] {
            #expect(index.search(question).first?.id == "tip-sorting", "\(question)")
            #expect(index.compile(question).intent.kinds == index.compile("垃圾分类怎么分").intent.kinds, "\(question)")
            let understood = index.compile(question).understood
            #expect(
                understood.hasPrefix("垃圾分类") && !understood.contains("咋") && !understood.contains("个"), "\(understood)")
        }
        #expect(index.compile("碳中和是啥子意思").intent.kinds == index.compile("碳中和是什么意思").intent.kinds)
        // 得不得 asks yes or no as 会不会 does; 哦 and 噻 end a sentence as 啊 does.
        #expect(index.compile("塑料袋烧了得不得有毒哦").understood == index.compile("塑料袋烧了会不会有毒啊").understood)
        #expect(index.compile("塑料袋烧了得不得有毒哦").intent.kinds == index.compile("塑料袋烧了会不会有毒").intent.kinds)
        #expect(index.compile("草海好看噻").understood == "草海")
        #expect(QueryIntent.spokenForms("怎么分").contains("咋个分"))
        #expect(QueryIntent.spokenForms("是什么").contains("是啥子"))
        #expect(QueryIntent.spokenForms("tips") == ["tips"])
        // 没得 / 有没得 is 没有 / 有没有, 里头 is 里面, 咋个办 / 咋个整 are 怎么办, 啷个 is 怎么.
        #expect(index.compile("酸雨现在有没得").understood == index.compile("酸雨现在有没有").understood)
        #expect(index.compile("电池能丢到其他垃圾里头吗").understood == index.compile("电池能丢到其他垃圾吗").understood)
        for spoken in ["看到有人乱倒垃圾咋个办", "看到有人乱倒垃圾咋个整", "看到有人乱倒垃圾咋整"] {
            #expect(index.compile(spoken).understood == index.compile("看到有人乱倒垃圾怎么办").understood, "\(spoken)")
        }
        #expect(index.compile("垃圾分类啷个分").intent.kinds == index.compile("垃圾分类怎么分").intent.kinds)
    }

    @Test func englishWordFormsFoldTogether() {
        func stem(_ word: String) -> String {
            var bytes = Array(word.utf8)
            LatinStemmer.stem(&bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
        #expect(stem("neutrality") == stem("neutral"))
        #expect(stem("recycling") == stem("recycle"))
        #expect(stem("recycled") == stem("recycle"))
        #expect(stem("pollution") == stem("polluted"))
        #expect(stem("pollution") == stem("polluting"))
        #expect(stem("action") == "action")  // short -tion words keep their ending
        #expect(stem("planning") == stem("plan"))
        #expect(stem("batteries") == stem("battery"))
        #expect(stem("bus") == "bus")
        #expect(stem("pm2.5") == "pm2.5")
        let index = Self.index()
        #expect(index.search("carbon neutral").first?.id == "fact-neutrality")
    }

    @Test func modifiersWeighLittle() throws {
        let index = Self.index()
        let plain = try #require(index.search("plastic pollution").first)
        let modified = try #require(index.search("really heavy plastic pollution").first)
        #expect(modified.id == plain.id)
        #expect(modified.coverage > 0.7)
    }

    @Test func oneWaySynonymsWithWeights() throws {
        let table = SynonymTable(groups: [], oneWay: [.init(from: ["白色污染"], to: ["塑料"], weight: 0.6)])
        let index = Self.index(synonyms: table)
        // 白色污染 finds plastics, below the entry that uses the word itself …
        let hits = index.search("白色污染", options: SearchOptions(limit: 5))
        #expect(hits.first?.id == "tip-mulch")
        #expect(hits.contains { $0.id == "fact-plastic" })
        // … and plastics does not pull in the mulch film.
        #expect(!index.search("塑料").contains { $0.id == "tip-mulch" })
    }

    @Test func synonymWeightsAreReadAndChecked() {
        var issues: [KnowledgeIssue] = []
        let table = KnowledgeBase.parseSynonyms(
            """
            groups:
              - [a, b]
              - {terms: [巡河, 巡护], weight: 0.6}
              - {terms: [x, y], weight: 2}
            one_way:
              - {from: [白色污染], to: [塑料], weight: 0.5}
            """, path: "synonyms.yaml", &issues)
        #expect(table.groups == [["a", "b"], ["巡河", "巡护"]])
        #expect(table.groupWeights == [SynonymTable.defaultWeight, 0.6])
        #expect(table.oneWay.first?.weight == 0.5)
        #expect(issues.count == 1)
        #expect(issues.first?.message.en.contains("weight") == true)
    }

    @Test func theSegmenterFindsDictionaryAndDomainWords() {
        let segmenter = ChineseSegmenter(domainWords: [TextNormalizer.normalize("垃圾分类")])
        let s = TextNormalizer.normalize("进行垃圾分类的问题")
        let words = segmenter.words(in: s, 0..<s.count)
        #expect(words.contains { $0.range == 2..<6 && !$0.isCommon }, "垃圾分类 is one word")
        #expect(words.contains { $0.range == 0..<2 && $0.isCommon }, "进行 is a common word")
        #expect(words.contains { $0.range == 7..<9 && $0.isCommon }, "问题 is a common word")
    }

    @Test func theSegmenterNeverCrashes() async {
        let segmenter = ChineseSegmenter(domainWords: [])
        let scalar = Gen<UInt32>.value(in: 0x4E00...0x9FFF)
        await propertyCheck(input: scalar.array(of: 0...30)) { values in
            let words = segmenter.words(in: values, 0..<values.count)
            var last = 0
            for w in words {
                #expect(w.range.lowerBound >= last && w.range.count >= 2 && w.range.upperBound <= values.count)
                last = w.range.upperBound
            }
        }
    }

    @Test func theAnswerDecisionAnswersClearMatchesAndRefusesStrayOnes() {
        let index = Self.index()
        #expect(index.search("草海在哪里").first?.isConfident == true)
        #expect(index.search("碳中和").first?.isConfident == true)
        #expect(index.search("如何减肥最快").first?.isConfident != true)
        #expect(index.search("推荐一部好看的电影").first?.isConfident != true)
    }
}
