/// The fixed vocabularies entries are checked against (audiences and service types, from
/// the provincial volunteer-service document) and the words in questions that name them.
/// The keys and names come from the shared `Audience` and `ServiceType` types, so sessions,
/// reports and knowledge entries use one vocabulary; entries keep them as strings because a
/// knowledge file may name one that this version does not know (reported by the check).
package enum KnowledgeVocabulary {
    package static let audiences = Audience.allCases.map(\.rawValue)
    package static let serviceTypes = ServiceType.allCases.map(\.rawValue)

    package static func audienceName(_ key: String) -> LocalizedText {
        Audience(rawValue: key)?.label ?? LocalizedText(verbatim: key)
    }

    package static func serviceTypeName(_ key: String) -> LocalizedText {
        ServiceType(rawValue: key)?.label ?? LocalizedText(verbatim: key)
    }

    /// Accepts a key, its Chinese name or a common word for it (`小学生` → school): the same
    /// reading as every `audience=` argument.
    package static func audience(named text: String) -> String? {
        Audience(argument: text)?.rawValue
    }

    /// Words in a question that say who it is for: they boost entries for that audience
    /// instead of being required words. The table is `Audience.aliases`, shared with every
    /// `audience=` argument and the request reader.
    static let audienceWords: [(String, [String])] = Audience.allCases.map { audience in
        (audience.rawValue, Audience.aliases.filter { $0.audience == audience }.map(\.word))
    }

    /// Words in a question that name a service type (`ServiceType.aliases`).
    static let serviceTypeWords: [(String, [String])] = ServiceType.allCases.map { type in
        (type.rawValue, ServiceType.aliases.filter { $0.type == type }.map(\.word))
    }

    /// Question words and fillers that carry no content (怎么, 什么, how, what …).
    static let stopPhrases: [String] = [
        "为什么", "为啥", "怎么样", "怎么办", "怎么做", "怎么", "怎样", "如何", "什么样", "什么", "是什么", "是啥", "啥",
        "哪些", "哪里", "哪儿", "哪个", "哪天", "哪一天", "多少", "几月几日", "几月几号", "几号", "是不是", "能不能",
        "可不可以", "可以吗", "有没有", "会不会", "要不要", "该不该", "请问", "吗", "呢", "吧", "啊", "呀", "嘛", "的",
        "我们", "我国", "我", "你们", "你", "咱们", "大家", "应该", "需要", "一下", "告诉我", "介绍", "讲讲", "说说",
        "关于", "有关", "有什么", "有哪些", "一些", "一点", "讲", "讲一讲", "说一说", "聊聊", "谈谈",
        // Spoken fillers and question frames (到底丢哪个桶, 污染大不大, 是什么原因): how people
        // ask at a stall, not what they ask about.
        "到底", "究竟", "真的", "是否", "能否", "可否", "是怎么", "是怎样", "是如何", "是多少", "怎么回事", "是怎么回事",
        "什么原因", "是什么原因", "会怎么样", "会怎样", "大不大", "多不多", "高不高", "好不好", "对不对", "算不算",
        "行不行", "管不管用", "有多大", "有多严重", "比较好", "一点儿", "老是", "总是", "经常", "常常", "现在",
        "请教", "想问", "想知道", "问一下", "啦", "哈", "嗯",
        // Southwestern speech (贵州话): 啥子 is 什么, 些啥 is 些什么, 得不得 is 会不会; 哦, 噻,
        // 咯, 哟 end a sentence as 啊 and 吧 do.
        "啥子", "为啥子", "是啥子", "些啥", "些什么", "些啥子", "得不得", "哦", "噻", "咯", "哟", "喔",
        // 没得 is 没有, 晓得 is 知道, 哪点 is 哪里, 里头 is 里面, 得行 is 行; 怎么整 and 咋个弄 are 怎么办.
        "没得", "有没得", "晓得", "不晓得", "晓不晓得", "哪点", "在哪点", "里头", "里面", "得行", "得不得行",
        "要得", "要不得", "怎么整", "怎么弄", "咋整", "咋弄", "咋个整", "咋个弄", "咋个办", "咋子",
        "what", "whats", "why", "how", "is", "are", "was", "the", "a", "an", "to", "of", "do", "does", "did", "can",
        "could", "should", "would", "i", "me", "my", "we", "our", "you", "your", "it", "its", "in", "on", "at", "and",
        "or", "be", "with", "about", "this", "that", "there", "which", "who", "when", "where", "tell", "please", "any",
        "some", "much", "many", "s", "someone", "somebody", "anyone", "anybody", "near",
        // Asking what a word means (PM2.5是什么意思, what does AQI mean): the word is the question.
        "什么意思", "是什么意思", "啥意思", "是啥意思", "mean", "means",
    ]

    /// Request framing and spoken fillers: how a question is put, not what it is about
    /// (我想问一下, 帮我准备一个, 讲哪些内容比较实用, can you tell me). Stripped before ranking
    /// like `stopPhrases`, and kept apart so the list stays reviewable and tested on its own.
    /// Words that also name a kind of answer (活动, 游戏, 哪天) are not here: they stay
    /// content, and `QueryIntent` reads them as a ranking prior.
    static let framingPhrases: [String] = [
        "我想问一下", "想问一下", "我想问", "问一下", "请问一下", "请教一下", "我想了解一下", "想了解一下", "了解一下", "我想了解",
        "想了解", "我想知道", "帮我", "帮忙", "麻烦", "给我", "帮我们", "我想", "我要", "我们想", "想要", "打算", "准备一下",
        "准备一个", "准备一堂", "准备一次", "准备", "设计一个", "列一个", "做一个", "写一个", "一个", "一堂", "一篇",
        "一份", "进行", "开展", "搞个", "搞一个", "搞", "一下", "来着", "咋办", "咋个", "咋", "有啥", "啥样", "好看", "干嘛", "干啥",
        "讲哪些内容", "哪些内容", "讲什么", "讲些什么", "讲点什么", "需要讲", "应该讲", "要讲", "该讲", "从哪里讲起", "从哪讲起", "讲起",
        // What a lecturer prepares is the frame, not the topic: 垃圾分类的主题班会 is about 垃圾分类.
        "主题班会", "班会", "主题课", "科普课", "一堂课", "一节课", "一节", "讲座", "讲稿", "宣讲稿", "发言稿", "课件", "提纲", "大纲", "教案",
        "比较实用", "实用", "要点", "有哪些要点", "需要注意什么", "要注意什么", "注意什么", "注意点啥", "注意些什么",
        "需要准备什么", "需要准备些什么", "要准备什么", "准备什么", "准备些什么", "可以参考", "参考", "有没有什么", "什么样的",
        "具体", "比如", "一般", "平时", "日常", "最近", "听说", "据说", "其实", "感觉", "觉得", "知道", "不知道", "不太懂",
        "可以吗", "行吗", "好吗", "对吗", "是吧", "的吧", "了吗", "呗", "呐", "哇", "诶", "欸", "哎", "噢",
        // Spoken fillers and the measure word of a request (那个河长到底管啥, 帮我列个提纲, 能配个小游戏吗).
        "那个", "这个", "就是说", "然后", "的话", "列个", "配个", "来个", "出个", "做个", "写个", "想个", "弄个", "推荐个",
        "管啥", "管什么", "负责什么", "干什么的", "干啥的", "是干什么的", "是干啥的", "下个月", "下周", "这周", "这个月",
        "你好", "您好", "哈喽", "谢谢", "hello", "hi", "hey", "thanks", "thank you", "go", "going",
        // Acknowledgements typed in a chat (好的, 知道了): nothing is asked.
        "好的", "好吧", "知道了", "明白了", "收到", "嗯嗯", "ok", "okay",
        "can you", "could you", "would you", "tell me", "i want to know", "i would like to know", "i'd like to know",
        "want", "know", "like", "need", "please", "help", "really", "actually", "very", "just", "kind of", "sort of",
        "best", "fastest", "most", "good", "great", "way", "ways", "thing", "things", "something", "get", "some",
        // The same request framing in English, as it is dropped into a Chinese sentence (帮我写个
        // 10 min 的 speech, 我的志愿者 hours 在哪 check): what to produce, not what it is about.
        "write", "writing", "speech", "speak", "presentation", "prepare", "draft", "short", "check", "look up",
        // What a lecturer asks for in English, as 提纲, 讲座, 讲稿 and 教案 in Chinese.
        "make me", "outline", "talk outline", "talk", "lecture", "lesson plan", "slides",
        "主题是", "主题",
    ]

    /// Words that qualify what is asked about without naming it (heavy smog day, really
    /// polluting): they weigh little in coverage and scoring, never nothing.
    static let modifierWords: [String] = [
        "heavy", "bad", "big", "small", "new", "old", "much", "more", "less", "simple", "easy", "quick", "fast", "use",
        "特别", "非常", "很多", "好多", "严重", "简单", "好记", "通俗", "通俗易懂", "有效", "实用的", "简单的",
        "最快", "最好", "最大", "最多", "最有效", "更好", "好的",
        // Aspects asked about (湿地的作用, 甲醛的危害): they say what to tell about the topic,
        // and an entry on the topic tells it; an entry that merely uses the word (光合作用)
        // must not win through it.
        "作用", "危害", "影响", "好处", "坏处", "意义", "原因", "由来", "区别", "要求", "方法", "办法", "方式", "措施",
        "知识", "问题", "情况", "事情", "东西", "例子", "案例", "故事", "内容", "效果", "包含", "包括",
        // The same aspects in English (why are wetlands important, is it safe on a smog day).
        "important", "importance", "safe", "harmful", "dangerous", "benefit", "benefits", "effect",
        "effects", "impact", "impacts", "role", "useful", "meaning",
    ]

    /// Grammatical characters (particles, auxiliaries, pronouns, copulas, common measure
    /// words): in a spoken question they glue the content together (垃圾被车混着拉走), so they
    /// weigh half when measuring how much of a question an entry answers, and are never
    /// looked up on their own.
    static let lightCharacters: Set<UInt32> = Set(
        "的了着过被把将让给又也都就还才很太挺再和跟与及或而却在是有这那个些么得地之其会能可要想去来到从吗呢吧啊呀嘛哦一更最比较们儿".unicodeScalars.map(\.value))

    /// Words of a follow-up about who an answer suits (适合小学生吗, for kids?).
    static let followUpPhrases: [String] = [
        "适合", "合适", "适用", "给", "讲给", "对", "面向", "针对", "怎么讲", "能讲", "能用",
        "suitable", "suit", "suits", "for", "good", "ok", "okay", "fit", "version",
    ]
}
