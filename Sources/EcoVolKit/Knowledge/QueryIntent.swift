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
    /// Bit per group of `cues` that the text says (why/what, how, organise, when, lecture):
    /// compared with the cues of an entry's title, which states the question it answers.
    var cueGroups: UInt8 = 0
    /// The question asks for material to teach or present (an `/outline` may help).
    var isLecture = false
    /// The question asks for something a knowledge base of explanations cannot hold: live
    /// figures (今天, 明天, 价格), a purchase or a firm (推荐, 哪个牌子), an administrative
    /// procedure (审批, 补贴). The answer decision weighs it; it filters nothing. Not 现在,
    /// 今年 or 电话: 现在的空气质量标准 and 举报电话是多少 ask what the knowledge base holds.
    var asksLookup = false

    var isEmpty: Bool { kinds == 0 }

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
                "原理", "危害", "影响", "作用", "有什么用", "有没有用", "是不是", "算不算", "会不会", "得不得",
                "why", "what is", "what are", "what does", "what causes", "meaning", "mean", "is it",
            ],
            [.fact, .qa, .point]
        ),
        (
            [
                "怎么做", "怎么办", "咋办", "咋做", "咋弄", "咋整", "如何", "怎样", "怎么处理", "怎么扔", "扔哪", "怎么分", "分几类", "哪几类", "怎么减少",
                "怎么回收", "小窍门",
                "窍门",
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
            ["哪天", "哪一天", "几月几号", "几月几日", "几号", "日期", "什么时候", "when", "date", "what day", "which day"],
            [.date]
        ),
        (
            ["讲稿", "宣讲", "讲座", "备课", "讲一讲", "讲讲", "给学生讲", "讲给", "讲", "提纲", "科普课", "lecture", "talk about"],
            [.point]
        ),
    ]

    /// A cue and the ways it is said in southwestern speech (贵州话): 怎么 as 咋, 咋个 or 啷个
    /// (垃圾分类咋个分), 什么 as 啥, 啥子 or 哪样 (是啥子意思, 这是哪样), 有没有 as 有没得
    /// (还有没得酸雨). Without them a question in dialect found no intent, and 垃圾分类咋分 was
    /// answered with the sorting game.
    static func spokenForms(_ phrase: String) -> [String] {
        var forms = [phrase]
        let spokenWords = [("怎么", ["咋", "咋个", "啷个"]), ("什么", ["啥", "啥子"]), ("有没有", ["有没得"])]
        for (standard, spoken) in spokenWords {
            for form in forms where form.contains(standard) {
                forms += spoken.map { form.replacingOccurrences(of: standard, with: $0) }
            }
        }
        return Array(Set(forms)).sorted()
    }

    /// Cues of `asksLookup`.
    static let lookupCues: [String] = [
        "今天", "明天", "后天", "昨天", "实时", "几点", "价格", "多少钱", "票价", "门票", "电价", "利率", "地址", "招聘", "工资", "推荐", "哪个牌子", "牌子",
        "哪家", "品牌", "购买", "办理", "补贴", "报销", "股票",
        // Another agency's procedure (环评审批流程要多久, 资质怎么办, 民政局要哪些注册材料) and
        // this weekend's live news: what an office or a forecast answers, not an explanation.
        // 申请 alone is not one: applying for a star rating or a service certificate is the
        // programme's own procedure, and the entries explain it (补贴 still marks a subsidy).
        "审批", "手续", "资质", "注册材料", "哪些材料", "什么材料", "这周末", "本周末",
        "today", "tomorrow", "now", "current", "latest", "price", "prices", "cost", "buy", "recommend", "brand",
        "apply", "subsidy",
    ]
}
