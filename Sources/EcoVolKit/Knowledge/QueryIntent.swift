/// What kind of answer a question asks for, read from its question words and request
/// framing: why/what → a fact, a common question or a talking point; how/tips → a tip or a
/// common question; organise/activity/game → an activity or a case; when/哪天 → a date; a
/// lecturer's request (给…讲, 宣讲, 讲稿) → talking points.
///
/// Why a prior and never a filter: the words are weak evidence (怎么 also opens a why
/// question) and an entry of another kind may still be the only one on the topic, so a
/// matching kind only lifts an entry a little (`SearchIndex.intentBoost`).
struct QueryIntent: Sendable, Hashable {
    /// Bit per `KnowledgeKind.allCases` index.
    var kinds: UInt8 = 0
    /// The question asks for material to teach or present (an `/outline` may help).
    var isLecture = false
    /// The question asks for something a knowledge base of explanations cannot hold: live
    /// figures (今天, 明天, 价格), a purchase or a firm (推荐, 哪个牌子), an administrative
    /// procedure (申请, 补贴). The answer decision weighs it; it filters nothing. Not 现在,
    /// 今年 or 电话: 现在的空气质量标准 and 举报电话是多少 ask what the knowledge base holds.
    var asksLookup = false

    /// Kinds named only in a clause that sets the scene of a question asked in another
    /// (活动 of 我们社区想搞一个节约用水的活动，有什么节水小窍门): a weaker prior.
    var contextKinds: UInt8 = 0
    /// A weak lookup cue was seen (see `weakLookupCues`).
    var weakLookup = false

    var isEmpty: Bool { kinds == 0 }

    /// When the asking clause names no kind, the scene's kinds are what is asked for.
    mutating func settle() {
        if weakLookup, kinds == 0, contextKinds == 0 { asksLookup = true }
        if kinds == 0 {
            kinds = contextKinds
            contextKinds = 0
        } else {
            contextKinds &= ~kinds
        }
    }

    func prefersInContext(_ kind: KnowledgeKind) -> Bool {
        guard let k = KnowledgeKind.allCases.firstIndex(of: kind) else { return false }
        return contextKinds & (1 << UInt8(k)) != 0
    }

    /// The clauses where a question of `count` clauses asks, given those holding a question
    /// word or mark: none when it is one clause, when no clause asks or when every clause
    /// does (then the whole question is the ask).
    static func askingClauses(_ asking: Set<Int32>, of count: Int) -> Set<Int32> {
        count > 1 && asking.count < count ? asking : []
    }

    func prefers(_ kind: KnowledgeKind) -> Bool {
        guard let k = KnowledgeKind.allCases.firstIndex(of: kind) else { return false }
        return kinds & (1 << UInt8(k)) != 0
    }

    static func mask(_ kinds: [KnowledgeKind]) -> UInt8 {
        kinds.reduce(0) { m, kind in
            m | (KnowledgeKind.allCases.firstIndex(of: kind).map { UInt8(1) << UInt8($0) } ?? 0)
        }
    }

    /// Cue phrases and the kinds they ask for. The lecture cue is the last group.
    static let cues: [(phrases: [String], kinds: [KnowledgeKind])] = [
        (
            [
                "为什么", "为啥", "是什么", "是啥", "什么是", "什么意思", "啥意思", "怎么回事", "怎么形成", "怎样形成", "怎么来的", "由来",
                "原理", "危害", "影响", "作用", "有什么用", "有没有用", "是不是", "算不算", "会不会",
                "why", "what is", "what are", "what does", "what causes", "meaning", "mean", "is it",
            ],
            [.fact, .qa, .point]
        ),
        (
            [
                "怎么做", "怎么办", "咋办", "如何", "怎样", "怎么处理", "怎么扔", "扔哪", "怎么分", "怎么减少", "怎么回收", "小窍门", "窍门",
                "妙招", "技巧", "方法", "办法", "tips", "tip", "how to", "how can", "how do", "ways to", "ideas",
            ],
            [.tip, .qa]
        ),
        (
            [
                "组织", "活动", "游戏", "比赛", "班会", "方案", "策划", "互动", "集市", "实验", "organise", "organize", "activity",
                "game", "event", "campaign",
            ],
            [.activity, .case]
        ),
        (
            ["哪天", "哪一天", "几月几号", "几月几日", "几号", "日期", "什么时候", "when", "date"],
            [.date]
        ),
        (
            ["讲稿", "宣讲", "讲座", "备课", "讲一讲", "讲讲", "给学生讲", "讲给", "讲", "提纲", "科普课", "lecture", "talk about"],
            [.point]
        ),
    ]

    /// Question words and frames: a clause holding one is where a question asks (怎么, 哪些,
    /// 有没有, 吗, how, what). Matched on the question as typed, before they are taken out.
    static let askCues: [String] = [
        "怎么", "怎样", "如何", "为什么", "为啥", "什么", "啥", "谁", "哪些", "哪里", "哪儿", "哪个", "哪天", "哪", "几月", "几号",
        "多少", "多久", "多长", "吗", "么", "呢", "有没有", "能不能", "可不可以", "是不是", "会不会", "要不要", "该不该",
        "咋", "是否", "能否", "可否", "请问", "注意", "需要准备", "怎么办", "求", "推荐一下", "有哪些", "有什么",
        "how", "what", "why", "when", "where", "which", "who", "can", "could", "should", "is it", "are there", "do i",
        "does", "tips", "ideas",
    ]

    /// Cues of `asksLookup`.
    static let lookupCues: [String] = [
        "今天", "明天", "后天", "昨天", "实时", "几点", "价格", "多少钱", "票价", "门票", "电价", "利率", "地址", "招聘", "工资", "哪个牌子", "牌子",
        "哪家", "品牌", "购买", "哪里买", "哪儿买", "在哪买", "买到", "申请", "办理", "哪里办", "去哪办", "手续", "证件", "上牌", "预约", "补贴", "报销", "股票",
        "today", "tomorrow", "now", "current", "latest", "price", "prices", "cost", "buy", "brand",
        "apply", "subsidy",
    ]

    /// Cues of `asksLookup` only when the question names no kind of answer: 推荐一款净化器
    /// asks for a purchase, 有什么亲子活动可以推荐 for an activity the knowledge base holds.
    static let weakLookupCues: [String] = ["推荐", "recommend", "recommended"]
}
