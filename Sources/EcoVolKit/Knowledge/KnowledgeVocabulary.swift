/// The fixed vocabularies entries are checked against (audiences and service types, from
/// the provincial volunteer-service document) and the words in questions that name them.
/// The keys and names come from the shared `Audience` and `ServiceType` types, so sessions,
/// reports and knowledge entries use one vocabulary; entries keep them as strings because a
/// knowledge file may name one that this version does not know (reported by the check).
public enum KnowledgeVocabulary {
    public static let audiences = Audience.allCases.map(\.rawValue)
    public static let serviceTypes = ServiceType.allCases.map(\.rawValue)

    public static func audienceName(_ key: String) -> LocalizedText {
        Audience(rawValue: key)?.label ?? LocalizedText(verbatim: key)
    }

    public static func serviceTypeName(_ key: String) -> LocalizedText {
        ServiceType(rawValue: key)?.label ?? LocalizedText(verbatim: key)
    }

    /// Accepts a key, its Chinese name or a common word for it (`小学生` → school).
    public static func audience(named text: String) -> String? {
        let t = text.lowercased()
        if audiences.contains(t) { return t }
        for (key, words) in audienceWords where words.contains(t) || audienceName(key).zh == t { return key }
        return nil
    }

    /// Words in a question that say who it is for: they boost entries for that audience
    /// instead of being required words.
    static let audienceWords: [(String, [String])] = [
        ("family", ["家庭", "家里", "家长", "家人", "居家", "父母", "老人", "family", "families", "parents", "household", "households"]),
        ("community", ["社区", "居民", "小区", "街道", "邻居", "社区居民", "community", "communities", "residents", "neighbourhood", "neighborhood"]),
        ("school", ["学校", "学生", "小学生", "中学生", "大学生", "孩子", "孩子们", "儿童", "小朋友", "青少年", "幼儿园", "课堂", "老师", "校园",
                    "school", "schools", "students", "student", "pupils", "kids", "kid", "children", "child", "classroom", "teachers"]),
        ("enterprise", ["企业", "公司", "工厂", "员工", "职工", "企业员工", "老板", "企业家", "管理者", "老总", "enterprise", "enterprises", "company", "companies", "business", "factory", "employees", "staff", "workers"]),
        ("agency", ["机关", "单位", "政府", "机关单位", "公务员", "事业单位", "干部", "机关干部", "党员干部", "公职人员", "agency", "agencies", "government", "civil servants", "officials", "public sector"]),
        ("village", ["乡村", "农村", "村民", "村里", "农民", "村寨", "乡镇", "乡亲", "village", "villages", "villagers", "rural", "farmers", "countryside"]),
    ]

    static let serviceTypeWords: [(String, [String])] = [
        ("lecture", ["宣讲", "讲座", "理论宣讲", "lecture", "talk"]),
        ("education", ["科普", "宣传教育", "科学普及", "education"]),
        ("supervision", ["社会监督", "监督", "supervision"]),
        ("practice", ["实践", "实践活动", "practice", "hands-on"]),
        ("training", ["培训", "志愿者培训", "training"]),
    ]

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
        "what", "whats", "why", "how", "is", "are", "was", "the", "a", "an", "to", "of", "do", "does", "did", "can",
        "could", "should", "would", "i", "me", "my", "we", "our", "you", "your", "it", "its", "in", "on", "at", "and",
        "or", "be", "with", "about", "this", "that", "there", "which", "who", "when", "where", "tell", "please", "any",
        "some", "much", "many", "s",
    ]

    /// Grammatical characters (particles, auxiliaries, pronouns, copulas, common measure
    /// words): in a spoken question they glue the content together (垃圾被车混着拉走), so they
    /// weigh half when measuring how much of a question an entry answers, and are never
    /// looked up on their own.
    static let lightCharacters: Set<UInt32> = Set("的了着过被把将让给又也都就还才很太挺再和跟与及或而却在是有这那个些么得地之其会能可要想去来到从吗呢吧啊呀嘛哦一更最比较们儿".unicodeScalars.map(\.value))

    /// Words of a follow-up about who an answer suits (适合小学生吗, for kids?).
    static let followUpPhrases: [String] = [
        "适合", "合适", "适用", "给", "讲给", "对", "面向", "针对", "怎么讲", "能讲", "能用",
        "suitable", "suit", "suits", "for", "good", "ok", "okay", "fit", "version",
    ]
}
