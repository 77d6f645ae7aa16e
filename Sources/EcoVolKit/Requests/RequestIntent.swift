/// Which command a line asks for, and whether it is a question for the knowledge base
/// instead: weighted cue words per command (Chinese and English), plus what the slots found
/// (a future date and time, a headcount, a known volunteer's name). Questions are told apart
/// by their markers: "how/why/what is/怎么/如何/为什么" mark a question for knowledge, while
/// "which/how many/哪些/多少" may ask about records (下周有哪些活动) and so leave a reporting
/// command possible. A line that would change records and carries any question marker is
/// never taken as a request without asking.
struct RequestIntent {
    struct Cue {
        var words: [String]
        var weight: Double
    }

    /// The commands a request can become, with their cue words.
    static let cues: [String: [Cue]] = [
        "cancel": [
            Cue(
                words: [
                    "取消", "不办了", "别办了", "不用办了", "不举办了", "停办", "作废", "不搞了", "取消掉", "撤掉", "莫搞了", "莫办了", "不整了", "莫整了",
                    "不弄了",
                    "搞不成了", "办不成了", "cancel", "call off",
                    "called off", "scrap", "scrub",
                ], weight: 4)
        ],
        "done": [
            Cue(
                words: [
                    "结束了", "办完了", "完成了", "搞完了", "圆满结束", "已结束", "顺利结束", "办好了", "做完了", "讲完了", "巡完了", "已完成", "结束啦", "收工",
                    "is done", "was done", "are done", "finished", "wrapped up", "completed", "is over", "went well",
                    "mark as done", "mark done", "done", "标记完成", "标记为完成", "标记为已完成", "标为完成", "标为已完成", "点完成",
                ], weight: 4),
            Cue(words: ["结束", "完成"], weight: 2.5),
        ],
        "log": [
            Cue(
                words: [
                    "登记到", "登记", "记到", "记上", "加到", "加进", "加上", "添上", "报名", "录入", "添加到", "记一下", "加入到", "报上", "补登",
                    "再加", "加两个人", "加几个人", "加个人", "加一个人",
                    "补录", "补记",
                    "log ", "sign up", "signed up", "register", "enrol", "enroll", "add ", "put ",
                ], weight: 3.5)
        ],
        "unlog": [
            Cue(
                words: ["移除", "去掉", "删掉", "划掉", "撤销登记", "删除", "不算", "remove", "take off", "unlog", "strike"],
                weight: 3.5),
            Cue(words: leavingWords, weight: 5),
        ],
        "edit": [
            Cue(
                words: [
                    "改到", "改成", "改为", "推迟", "延期", "提前到", "挪到", "换到", "换成", "调整到", "改在", "改期", "延后", "往后推", "推到", "调到",
                    "延到", "改至", "调至", "推迟至", "提前至", "延至", "挪至", "换至", "改期至", "调整至", "reschedule",
                    "postpone",
                    "push back", "move ", "bring forward", "change the",
                ], weight: 4)
        ],
        "schedule": [
            Cue(
                words: [
                    "安排", "组织", "举办", "开展", "办一场", "搞一场", "办个", "搞个", "来一场", "新建", "计划", "要办", "想办", "准备", "办一次", "搞一次",
                    "约一场", "整一场", "整场", "弄一场", "搞场", "办场",
                    "schedule ", "plan ", "organise", "organize", "set up", "arrange", "hold ", "book ", "host ",
                    "run a",
                ], weight: 3.5)
        ],
        "outline": [
            Cue(
                words: [
                    "提纲", "大纲", "讲稿", "稿子", "课件", "讲义", "教案", "讲些什么", "讲什么内容", "outline", "talk notes", "script",
                    "speaking notes",
                    "talking points", "speech",
                ], weight: 4.5)
        ],
        "person": [
            Cue(
                words: [
                    "服务了多少", "多长时间", "多少小时", "多少个小时", "几个小时", "服务了几", "服务时长", "时长多少", "参加了几次", "参加过", "几次活动", "多少次",
                    "服务了多久", "干了多久", "一共多久", "how many times has", "how many times did", "how often has", "volunteered",
                    "的情况",
                    "的档案", "的信息", "个人记录", "的记录",
                    "how many hours", "hours has", "hours did", "'s hours", "'s record", "'s profile", "'s history",
                    "record of", "profile", "history of",
                ], weight: 2.5)
        ],
        "mark": [
            Cue(
                words: [
                    "没来", "缺席", "缺勤", "没有来", "没出现", "没到", "未到场", "没参加", "没去", "没有去", "放鸽子", "no-show", "no show",
                    "didn't come",
                    "did not come", "didn't show",
                    "was absent", "absent",
                ], weight: 4)
        ],
        "people": [
            Cue(
                words: [
                    "志愿者名单", "所有志愿者", "有哪些志愿者", "志愿者列表", "人员名单", "志愿者有哪些", "全部志愿者", "登记的志愿者", "注册的志愿者",
                    "志愿者都有谁", "志愿者有谁", "列个名单", "list volunteers", "all volunteers",
                    "volunteer list", "list of volunteers", "who are our volunteers", "list people",
                    "registered volunteers",
                    "all our volunteers", "our volunteers",
                ], weight: 4)
        ],
        "report": [
            Cue(
                words: [
                    "报告", "报表", "统计", "汇总", "总结一下", "工作总结", "数据", "多少场", "办了几场", "how many sessions", "report",
                    "statistics", "stats", "summary", "figures", "numbers for",
                ], weight: 3.5)
        ],
        "sessions": [
            Cue(
                words: [
                    "有哪些活动", "有什么活动", "活动安排", "活动列表", "哪些活动", "几场活动", "日程", "安排了什么", "安排了哪些", "什么活动", "列出活动", "看看活动",
                    "有活动吗", "周的活动", "月的活动", "天的活动", "周末的活动", "办过的活动", "搞过的活动", "做过的活动", "开展过的活动",
                    "举办过的活动", "过去的活动", "以前的活动", "之前的活动", "所有活动", "全部活动", "past sessions",
                    "活动有哪些", "有几场", "哪些讲座", "哪些培训", "什么安排", "排了哪些", "有啥活动", "有啥安排", "啥安排", "哪些安排", "安排了些啥", "安排了啥",
                    "安排了些什么", "都安排了",
                    "what's on", "what is on", "what sessions", "which sessions", "list sessions", "any sessions",
                    "events", "what do we have", "upcoming", "sessions", "coming up", "what's planned",
                    "what is planned",
                    "show me the schedule", "the schedule for", "calendar for",
                ], weight: 4)
        ],
        "certificate": [Cue(words: ["证明", "证书", "certificate", "cert", "certs"], weight: 4.5)],
        "stars": [
            Cue(
                words: [
                    "星级", "几星", "几颗星", "星志愿者", "star rating", "star ratings", "star level", "star levels", "stars",
                    "five-star", "four-star", "three-star", "two-star", "one-star", "5-star", "4-star", "3-star",
                    "star volunteers",
                ], weight: 4),
            // 五星 alone may be a session's rating (评价五星): a level only when nothing else is asked.
            Cue(words: ["五星", "四星", "三星", "二星", "一星"], weight: 3),
        ],
        "session": [
            Cue(
                words: [
                    "详情", "详细信息", "详细情况", "具体情况", "报了多少人", "多少人报名", "报名情况", "报了几个人", "几个人报名", "报了几个", "几点开始", "在哪里举行",
                    "details",
                    "detail", "how many people signed up", "how many have signed up", "how many signed up",
                    "在哪举行", "在哪儿举行", "在什么地方举行", "几点结束",
                    "how many people are coming", "how many are coming",
                ], weight: 4),
            Cue(
                words: [
                    "几个人签到", "多少人签到", "签到了几", "签到了多少", "签到情况", "几个人到了", "多少人到了", "how many have checked in",
                    "how many checked in", "how many are here",
                ], weight: 5),
            Cue(
                words: [
                    "谁报名了", "都有谁", "有谁报名", "哪些人报名", "报名的有谁", "报名的人", "哪些人报了名", "谁报了名", "有谁报了", "who's signed up",
                    "who is signed up",
                    "who signed up", "who's coming", "who is coming", "who's going", "who is going", "who's on",
                    "哪些人参加", "谁参加了", "都有哪些人", "有哪些人去", "谁去了", "who attended", "who came", "who took part",
                ], weight: 4.5),
        ],
        "checkin": [
            Cue(
                words: [
                    "签到", "签个到", "check in", "checked in", "check-in", "sign in", "just arrived", "has arrived",
                    "arrived at", "is here",
                ], weight: 4.5)
        ],
        "checkout": [
            Cue(words: ["签退", "签个退", "check out", "checked out", "check-out", "sign out", "left early"], weight: 4.5)
        ],
        "undo": [
            Cue(
                words: [
                    "撤销刚才", "撤销上一", "撤销上次", "撤回刚才", "撤回上一", "刚才弄错", "弄错了", "刚才那个错", "刚才那步", "上一步", "退回去", "回退一步", "撤回去",
                    "undo",
                    "revert the last",
                    "take that back",
                ], weight: 4.5),
            Cue(words: ["撤销", "撤回"], weight: 3),
        ],
        "merge": [
            Cue(
                words: [
                    "合并", "是同一个人", "是一个人", "同一个人", "同一人", "重复登记", "并到", "并入", "merge", "duplicate", "duplicates",
                    "same person",
                ], weight: 4.5)
        ],
        "nominate": [
            Cue(
                words: [
                    "推选", "候选人", "候选名单", "提名", "百名", "十佳", "评选", "nominate", "nomination", "nominations", "candidates",
                    "nominee", "nominees",
                ], weight: 4.5)
        ],
        "check": [
            Cue(
                words: [
                    "检查一下数据", "检查数据", "检查记录", "检查一下记录", "核对数据", "核对一下", "核对下", "核查数据", "记录有没有问题", "数据有没有问题",
                    "漏填", "漏登", "record check", "check the records", "check records", "check the data", "data check",
                    "核查", "记录是否完整", "数据是否完整", "有没有漏", "过一遍", "数据检查", "检查下数据", "数据校验", "校验一下", "有没有错的记录",
                    "错的记录", "记录有错", "记录有没有错", "记录全面检查", "记录检查", "把记录检查", "记录都检查", "检查一遍记录",
                    "记录过一遍", "run a check", "check on our records", "check our records",
                    "audit the records", "records check", "record check", "check of the records",
                    "check of our records",
                ], weight: 4.5)
        ],
        "record": [
            Cue(
                words: [
                    "服务记录", "完整记录", "志愿记录", "服务档案", "志愿档案", "service record", "full record", "volunteer record",
                ], weight: 4.5)
        ],
        "export": [Cue(words: ["导出", "excel", "csv", "export"], weight: 4.5)],
    ]

    /// Markers of a question about knowledge (how to, why, what is).
    static let knowledgeMarkers = [
        "怎么", "怎样", "如何", "为什么", "为何", "什么是", "是什么", "什么叫", "什么意思", "有什么用", "好处", "区别", "原理", "要求", "规定", "应该",
        "注意什么", "注意事项", "需要注意", "的时候要", "要带", "要填", "哪些信息", "有哪些方法", "能不能", "可不可以", "是否", "标准", "依据", "多久", "技巧", "建议",
        "意义", "危害", "作用", "会不会", "会影响", "有影响吗", "影响大吗", "咋", "为啥", "啥是", "啥叫", "是啥", "干啥用",
        "哪里", "谁来", "有用吗", "适合", "推荐", "可以做", "条件", "流程", "步骤", "由来", "方法",
        "how to", "how do", "how does", "how can", "how should", "why", "what is", "what are", "what's the difference",
        "what does",
        "should i", "should we", "what should", "include", "包括哪些", "tips", "need", "needed", "required", "ideas",
        "explain", "meaning", "difference", "which is better", "who can", "who should",
    ]

    /// Markers of a question asking for advice, an explanation or material — how to prepare,
    /// what to take care of, what to say, whether something counts. Unlike `knowledgeMarkers`
    /// a polite frame does not make these a request: 帮我准备一下要讲的要点 and 我想举报，要准备哪些
    /// 证据 ask for knowledge, where 能不能帮我取消周六的讲座 asks for a change.
    static let adviceMarkers = [
        "怎么", "怎样", "如何", "为什么", "为何", "什么是", "是什么", "什么意思", "啥意思", "怎么回事", "算不算", "是不是", "要不要", "有没有必要", "是否需要",
        "注意什么", "注意哪些", "注意些什么", "要注意", "需要注意", "注意事项", "准备什么", "准备哪些", "准备些什么", "做哪些准备", "需要做哪些", "带什么", "要带",
        "讲什么", "讲哪些", "讲些什么", "讲点什么", "讲点啥", "讲啥", "该讲", "准备点什么", "准备点啥", "准备一下",
        "想想", "开场白", "开场", "开头", "结尾", "环节", "故事", "说法", "道具", "知识点", "多长", "合适", "说了什么", "讲了什么", "哪天", "好办法", "什么办法",
        "啥办法", "可以参考", "小贴士", "贴士", "可以讲", "准备啥", "要准备", "啥材料", "什么材料", "哪些材料",
        "参考一下", "有没有现成", "案例", "讲法",
        "例子", "游戏", "互动", "素材", "要点", "内容", "步骤", "小窍门", "窍门", "技巧", "点子", "咋", "为啥", "啥是", "啥叫", "是啥",
        "how to", "how do", "how does", "how can", "how should", "why", "what is", "what are", "what does",
        "what should",
        "where can i", "where do i", "where should", "is it ", "tips", "ideas", "advice", "examples",
        "how many hours for",
        "how many hours does", "how many hours do",
    ]

    /// Material a lecturer prepares: 帮我准备一个主题班会 asks for something to say, not for a
    /// session in the calendar (which needs a day or a time).
    static let lessonNouns = [
        "课", "班会", "讲座", "讲稿", "提纲", "大纲", "课件", "介绍", "宣讲", "科普", "讲解", "发言", "演讲", "lesson", "talk", "presentation",
        "speech", "class",
    ]

    /// What a report on pollution is about: 举报 and "report illegal dumping" go to the
    /// knowledge base's reporting entries, not to `/report`.
    static let complaintWords = [
        "举报", "投诉", "污染", "排污", "偷排", "倾倒", "12369", "dumping", "pollution", "polluting", "polution", "illegal",
        "complaint", "factory", "ipcc",
    ]

    /// What the environment measures, not what the programme did: 昨天的溶解氧监测数据是多少
    /// asks for monitoring data, which no report of sessions holds.
    static let measurementWords = [
        "监测", "浓度", "溶解氧", "水质", "空气质量", "aqi", "pm2.5", "pm10", "排放量", "排放数据", "air quality", "water quality",
    ]

    /// Markers that ask, but may ask about records (哪些, 多少, 吗).
    static let askingMarkers = [
        "哪些", "多少", "什么时候", "啥时候", "何时", "几时", "几场", "几次", "几个", "吗", "呢", "？", "?", "what", "which", "how many",
        "how much", "is there",
        "are there", "any ",
    ]

    /// Asking where or when a session is (周六的讲座在哪里举行, what time does the training start):
    /// about a session the words find in the calendar, it is that session's details, though
    /// 哪里 and "where" also open questions for the knowledge base.
    static let sessionInquiries = [
        "在哪里举行", "在哪举行", "在哪儿举行", "在什么地方举行", "几点开始", "几点结束", "在哪里上课", "在哪上课", "在哪里集合", "在哪集合",
        "地点在哪", "在什么地方", "what time does", "where is", "where's",
        "when is", "when's", "what time is",
    ]

    /// Asking when something is best done (when is the best time to plant trees, 什么时候种树最好):
    /// advice for the knowledge base, though it names a kind of session.
    static let timingAdvice = [
        "best time", "good time", "right time", "time to", "time of year", "season", "最好", "最佳", "什么季节", "哪个季节",
    ]

    /// Words that put a change as a suggestion (我觉得应该把周六的讲座取消吧, 建议把培训推迟两天): said
    /// of a session in the calendar, the change is offered and asked about, not answered as a question.
    static let suggestionMarkers = [
        "应该把", "应该给", "可以把", "还是把", "建议把", "建议你把", "建议给", "要不要把", "要不要给", "最好把", "最好给", "i think we should",
        "maybe we should", "we should probably",
    ]

    /// Words that make a question-shaped line a polite request (能帮我取消…吗, can you …).
    static let politeMarkers = [
        "帮我", "请帮", "麻烦", "帮忙", "替我", "给我", "请你", "烦请", "劳驾", "请将", "请把", "we need a ", "we need an ", "can you",
        "could you", "would you",
        "please", "i need", "i want",
        "i'd like", "let's",
        "我要", "我想", "我需要", "we need to", "i need to", "we have to", "i have to", "we must",
        // Chat shorthand drops the subject: "need the 2026 report", "pls mark it".
        "need the ", "need a ", "need an ", "need our ",
    ]

    /// Words that begin a question in English.
    static let questionOpeners = [
        "what", "why", "how", "which", "who", "when", "where", "is ", "are ", "does ", "do ", "should ", "can i ",
        "can we ", "could i ", "will ",
    ]

    /// "Saturday's talk", "the 12th's session": one session named by its day.
    static let possessivePattern = RequestSlots.regex(
        "\\b(?:today|tomorrow|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d+(?:st|nd|rd|th))'s\\b"
    )

    /// "check Huang Lei in", "check her out": the phrasal verb around the person.
    static let splitCheckPattern = RequestSlots.regex("\\b(?:check|sign)\\s+(?:[a-z]+\\s+){1,3}(in|out)\\b")

    /// "how many hours does Yang Fan have": the hours someone holds, where "how many hours does
    /// a volunteer need" asks a rule.
    static let howManyHoursHeldPattern = RequestSlots.regex(
        "\\bhow many hours (?:does|do) [a-z]+(?: [a-z]+)? (?:have|got|get|hold)\\b")

    /// 刘小燕就是刘晓燕: one name said to be another (就是 elsewhere is a filler of speech).
    static let sameNamePattern = RequestSlots.regex("^\\p{Han}{2,3}(?:其实就是|就是|其实是)\\p{Han}{2,3}(?:[，,。\\s]|$)")

    static let splitMovePattern = RequestSlots.regex(
        "\\b(?:push|move|bring|shift)\\s+(?:[\\w']+\\s+){1,6}?(?:back\\s+|forward\\s+|up\\s+)?to\\b")

    /// "35 people, 4 stars": a session's rating in stars.
    static let ratingStarsPattern = RequestSlots.regex("\\b[1-5]\\s*(?:stars?|颗星)\\b")

    /// "sign Long Chunhua up for the wetland talk", "put Li Na down for Saturday".
    static let splitSignUpPattern = RequestSlots.regex("\\b(?:sign|put)\\s+(?:[a-z']+\\s+){1,3}(?:up|down)\\s+for\\b")

    /// "take Tian Tian off the talk", "cross Li Na off": the phrasal verb around the person.
    static let splitOffPattern = RequestSlots.regex("\\b(?:take|cross|strike|get)\\s+(?:[a-z']+\\s+){1,3}off\\b")

    /// 取消报名, 不去了, "can't make it": someone leaving a session, not the session being cancelled.
    static let leavingWords = [
        "取消报名", "撤销报名", "退出报名", "退报名", "不去了", "不参加了", "去不了了", "来不了了", "参加不了",
        "can't make it", "cannot make it", "can't come", "cannot come", "won't make it", "won't be coming",
        "not coming", "drop out", "drops out", "dropped out", "pull out", "pulled out", "can't attend",
        "cannot attend", "won't attend", "can't make", "cannot make", "won't make",
    ]

    /// Someone who left a session before its end (checked out, or served until a time).
    static let leftEarlyWords = [
        "提前走", "先走了", "提前离开", "中途离开", "离开了", "就走了", "早退", "中途走了", "提前撤", "先回家", "回家了", "先回去", "先撤", "要走了",
    ]
    static let leftEarlyEnglish = [
        "left early", "had to leave", "went home", "left the", "left at", "has left", "just left",
    ]

    /// 不去今天下午的讲座了, 来不了周六的巡河了: the leaving words split by the session they leave.
    static let leavingPattern = RequestSlots.regex("(?:不去|不来|不参加|去不了|来不了|参加不了)[^，,。；;？?]{1,16}?了")

    struct Scores {
        var commands: [(String, Double)]
        var knowledge: Bool
        /// Asks for advice or material, whatever the politeness (`adviceMarkers`).
        var advice: Bool
        var asking: Bool
        var polite: Bool
    }

    /// `newNames`: how many names the line gives for people not registered yet (李四王五来了).
    static func scores(
        _ t: RequestText, slots: RequestSlots, knownPeople: Int, newNames: Int = 0, today: CalendarDate
    ) -> Scores {
        let text = t.text
        var list: [(String, Double)] = []
        for (command, cueList) in cues {
            var score = 0.0
            for cue in cueList where cue.words.contains(where: { matches($0, t) }) { score = max(score, cue.weight) }
            list.append((command, score))
        }
        func bump(_ c: String, _ by: Double) { if let i = list.firstIndex(where: { $0.0 == c }) { list[i].1 += by } }
        func score(_ c: String) -> Double { list.first { $0.0 == c }?.1 ?? 0 }
        let scheduleCue = score("schedule")
        // How a line about something over reads its day: 周六 / 17号 said after them are the last ones.
        let recent = slots.pastDay(today: today)
        // 那场 and 名额 point at a session as surely as 讲座 does (平坝小学那场名额改成20个).
        let activityNoun =
            slots.type != nil || t.containsAny(["活动", "宣讲", "讲座", "培训", "巡河", "巡护", "宣传", "那场", "这场", "那次", "名额"])
            || t.hasAnyWord([
                "session", "sessions", "event", "events", "talk", "talks", "training", "trainings", "patrol", "patrols",
                "trip", "trips", "cleanup", "clean-up", "workshop", "workshops", "lecture", "lectures", "activity",
                "activities",
            ])
        // 明天下午两点在云岩区社区讲垃圾分类: a future moment with a time and something to do.
        if slots.time != nil, slots.day.map({ $0 >= today }) ?? true, activityNoun {
            bump("schedule", score("schedule") > 0 ? 1 : 3.5)
        } else if slots.time == nil, slots.rating == nil, slots.day.map({ $0 >= today }) ?? false,
            slots.audience != nil,
            t.containsAny(["讲", "宣讲", "培训", "组织", "开展", "搞", "办", "举办", "举行"]) || slots.type != nil,
            score("sessions") == 0, score("outline") == 0
        {
            // 下周二给企业讲节能减排: a day, an audience and a talk — a plan still missing its time.
            bump("schedule", score("schedule") > 0 ? 1 : 3.5)
        } else if slots.time == nil, slots.rating == nil, slots.day.map({ $0 >= today }) ?? false,
            slots.city != nil || slots.county != nil, activityNoun, knownPeople == 0,
            t.containsAny(["办", "搞", "组织", "举办", "开展", "举行"]), score("sessions") == 0, score("outline") == 0
        {
            // 本周六晚上在西秀区办地球一小时宣传: a day, a place and something to hold — a plan still
            // missing its hour.
            bump("schedule", score("schedule") > 0 ? 1 : 3.5)
        } else if slots.time != nil, slots.day.map({ $0 >= today }) ?? false, slots.city != nil || slots.county != nil,
            slots.audience != nil
        {
            // 本周五晚上7点，云岩区小区，亲子手工: when, where and for whom is a plan.
            bump("schedule", 3.5)
        }
        // 补录：上周六下午两点在余庆县给村民讲了一场垃圾分类: a past session, back-filled, with no one named.
        if slots.time != nil, let day = slots.day, day < today, knownPeople == 0, newNames == 0,
            t.containsAny(["补录", "补登", "补记", "补一场", "补一个", "补建"]) || t.hasAnyWord(["backfill", "back-fill"]),
            activityNoun || slots.audience != nil || t.contains("讲")
        {
            bump("schedule", 5)
            bump("log", -3)
        }
        // 陈思雨十一点就离开了 / "Zhang Wei left the clean-up at 11": someone leaving early — the
        // hours they served when a time is said, their check-out otherwise.
        if knownPeople > 0, scheduleCue == 0,
            t.containsAny(leftEarlyWords) || leftEarlyEnglish.contains(where: { t.contains($0) })
        {
            if slots.time != nil || slots.hours != nil {
                // …干了2个小时就走了: the hours they served.
                bump("mark", 5)
            } else if score("checkout") == 0 {
                bump("checkout", 4.5)
            }
            bump("schedule", -4)
        }
        // "remove Zhou Xiaoqin from the Yunyan community talk next Thursday": a registered person
        // put on or taken off a session the words describe is not a new session.
        if knownPeople > 0, scheduleCue == 0, score("unlog") > 0 || score("log") > 0 { bump("schedule", -2) }
        if slots.headcount != nil {
            if t.containsAny(["来了", "到场", "参加了", "覆盖", "到了", "参与了"])
                || t.hasAnyWord(["came", "attended", "turned", "showed", "reached"])
            {
                // 昨天巡河来了30人: how many came to a past session is its outcome.
                bump("done", score("done") == 0 && (recent.day.map { $0 <= today } ?? false) ? 3.5 : 1.5)
            }
            if score("schedule") > 0 { bump("schedule", 0.5) }
        }
        if slots.rating != nil { bump("done", 1) }
        // 张三李四都来参加了周六的河道巡护: named people came to a session — their attendance,
        // logged. With a headcount it is the session's outcome (above); with 几次 or 哪些 a question.
        if slots.headcount == nil, score("log") == 0, activityNoun || slots.day != nil,
            t.containsAny(["来参加了", "参加了", "都来了", "来了", "到场了", "参与了", "也去了"])
                || t.containsAny(["也去", "也来", "也参加"]) && t.contains("了")
                || t.containsAny(["去了"]) && t.containsAny(["补上", "补登", "补录", "补记"]),
            !askingMarkers.contains(where: { matches($0, t) }),
            knownPeople > 0 || newNames > 0
        {
            bump("log", 3)
        }
        // 给小学生讲碳中和，45分钟: a talk for an audience with a length but no date.
        if slots.audience != nil, slots.hours != nil, slots.day == nil, slots.time == nil,
            t.containsAny(["讲", "宣讲"]) || t.hasAnyWord(["talk", "presentation"])
        {
            bump("outline", 3.5)
        }
        if knownPeople > 0 {
            bump("person", score("person") > 0 ? 1.5 : 0)
            if t.hasAnyWord(["show", "look up"]) || t.containsAny(["查一下", "看看", "查查", "查询", "查下", "看下", "调出"]) {
                bump("person", score("person") > 0 ? 1 : 3.5)
            }
            if score("log") > 0 { bump("log", 1) }
        } else if score("person") > 0, !t.containsAny(["我", "他", "她"]) || t.containsAny(["志愿者", "volunteer"]) {
            bump("person", -1)
        }
        if slots.span != nil || slots.day != nil, activityNoun,
            t.containsAny(["哪些", "什么", "有", "列", "看看", "几场"]) || t.hasAnyWord(["what", "list", "show", "any"]),
            score("schedule") == 0 || t.containsAny(["哪些", "有什么"])
        {
            bump("sessions", score("sessions") > 0 ? 2 : 3.5)
        }
        // "schedule" as a noun: what's on the schedule.
        if score("sessions") >= 4, score("schedule") > 0, !text.hasPrefix("schedule"),
            !t.containsAny(["安排一", "安排个", "安排场"])
        {
            bump("schedule", -3)
        }
        if score("report") > 0, score("sessions") > 0,
            t.containsAny(["报告", "报表", "统计"]) || t.hasAnyWord(["report", "statistics", "stats"])
        {
            bump("sessions", -3)
        }
        if score("outline") > 0 {
            bump("schedule", -2)
            bump("report", -2)
            // 列个提纲 lists nothing from the calendar.
            bump("sessions", -2)
        }
        if score("certificate") > 0 {
            bump("person", -2)
            bump("report", -2)
        }
        // 评价五星: the bare level word is the rating read into the slot, not a star level; so is
        // "4 stars" said of a session.
        if score("stars") > 0, score("stars") < 4, slots.rating != nil { bump("stars", -3) }
        if score("stars") >= 4, slots.rating != nil, let regex = ratingStarsPattern, !t.matches(regex).isEmpty,
            !t.containsAny(["星级"]), !t.hasAnyWord(["star level", "star levels", "star rating", "star ratings"])
        {
            bump("stars", -4)
        }
        if score("stars") >= 4 {
            bump("done", -3)
            bump("people", -3)
        }
        // 王芳现在几星了, what star level is Wang Fang at: one volunteer's level is on their page.
        if score("stars") > 0, knownPeople == 1,
            !t.containsAny(["哪些", "名单", "谁", "都有", "各"]) && !t.hasAnyWord(["who", "list", "all", "which"])
        {
            bump("person", score("stars") + 1 - score("person"))
        }
        // 姓王的志愿者: people by surname.
        if t.chars.indices.contains(where: { i in
            t.chars[i] == "姓" && i + 1 < t.count && RequestText.isHan(t.chars[i + 1])
                && (i + 2 >= t.count || t.chars[i + 2] == "的")
        }), t.containsAny(["志愿者", "人"]) || t.hasWord("volunteers") {
            bump("people", score("people") > 0 ? 1 : 4)
        }
        // One session, not a list: 周五那个讲座的详情, "Saturday's talk".
        // 哪些人参加了 lists the people of one session, not sessions.
        let listing =
            t.containsAny(["哪些", "什么", "有啥", "列", "几场", "所有", "全部"]) && !t.containsAny(["哪些人", "哪些志愿者参加"])
            || t.hasAnyWord(["what", "which", "list", "any", "all", "upcoming", "sessions", "events", "talks"])
        let possessive = possessivePattern.map { !t.matches($0).isEmpty } ?? false
        if possessive, activityNoun, !listing, score("sessions") > 0,
            t.hasAnyWord(["show", "see", "open", "view"]) || t.containsAny(["看看", "看一下", "查看"])
        {
            bump("session", 5)
        }
        if score("session") > 0 {
            if listing { bump("session", -2) }
            if knownPeople > 0 { bump("session", -3) }
            bump("sessions", -2)
        }
        if score("record") > 0 { bump("person", -2) }
        // 张三昨天巡河表现很好，打5分 / 实际干了5个小时: how one person's part went.
        let asksHowMuch = t.containsAny(["多少", "几次", "几个"]) || t.hasAnyWord(["how"])
        if knownPeople > 0, score("log") == 0, score("schedule") == 0, recent.day.map({ $0 <= today }) ?? true,
            !asksHowMuch,
            slots.rating != nil
                || (slots.hours != nil
                    && t.containsAny(["实际", "服务了", "干了", "做了", "工作了", "只待了", "只呆了", "待了", "只讲了", "只干了", "只做了"]))
                || t.hasAnyWord(["served", "worked", "stayed", "only did", "only worked", "only stayed"])
                || t.containsAny(["时长改成", "时长改为", "时长改一下", "改一下时长", "改下时长", "更正时长", "修改时长", "时长不对"])
                || t.hasAnyWord(["correct his hours", "correct her hours", "fix his hours", "fix her hours"])
        {
            bump("mark", score("mark") > 0 ? 1 : 4.5)
            bump("done", -2)
            bump("person", -2)
        }
        if score("checkin") > 0 || score("checkout") > 0 { bump("log", -3) }
        // 把下周六江口那场的名额加到30个: the places of a session change; no one is added.
        if t.containsAny(["名额", "人数", "容量"]) || t.hasWord("capacity"),
            t.containsAny(["加到", "增加到", "扩到", "扩大到", "减到", "减少到", "提高到", "提到", "改成", "改为", "调到", "调整为", "改至", "调至"])
                || t.hasAnyWord(["raise", "increase", "reduce", "lower", "change"])
        {
            if score("edit") < 4 { bump("edit", 4 - score("edit")) }
            bump("log", -3)
            // 报名的人多得很，名额改成四十个: the sign-ups are the reason, not the question.
            bump("session", -3)
        }
        // 蒙丽昨天南明小学那场 缺: the shorthand for absent.
        if knownPeople > 0, score("mark") < 4, text.hasSuffix(" 缺") || text.hasSuffix("，缺") || text.hasSuffix("缺了") {
            bump("mark", 4 - score("mark"))
        }
        // 罗婷上周四那场没来，记一下缺勤: recording an absence is a mark, not a sign-up.
        if score("mark") >= 4, knownPeople > 0 { bump("log", -3) }
        // 刘小燕就是刘晓燕，登记的时候打错字了: two registered names for one person.
        if knownPeople >= 2, score("merge") < 4.5,
            t.containsAny(["打错字", "打错了", "写错了", "录错了", "错登", "登重了", "重复了"])
                || (sameNamePattern.map { !t.matches($0).isEmpty } ?? false)
                || t.hasAnyWord(["is actually", "are the same", "typo", "misspelled", "misspelt"])
        {
            bump("merge", 4.5 - score("merge"))
        }
        if score("merge") > 0 { bump("log", -3) }
        if score("check") > 0 {
            bump("report", -3)
            bump("schedule", -3)
            // 在导出之前，把记录检查一遍: the check is asked for now, the export comes after it.
            if t.containsAny(["导出之前", "导出前", "导出以前"]) || t.hasAnyWord(["before exporting", "before the export"]) {
                bump("export", -3)
            }
        }
        if score("undo") > 0, score("undo") < 4,
            knownPeople > 0 || slots.day != nil || slots.type != nil || activityNoun
        {
            bump("undo", -3)
        }
        // 百名推选名单导出成nominate.csv: the nomination written to a file, not an export.
        if score("export") > 0, score("nominate") > 0 || score("certificate") > 0 || score("stars") >= 4 {
            bump("export", -3)
        }
        // "the 2026 report as a csv": a report written to a file; csv alone does not ask for an export.
        if score("export") > 0, score("report") > 0, !t.contains("导出"), !t.hasAnyWord(["export", "exported"]) {
            bump("export", -score("export"))
        }
        if score("export") > 0 {
            bump("report", -2)
            bump("sessions", -2)
            bump("people", -2)
        }
        // 提前一天, "bring the training forward 2 days": a move by an amount is an edit.
        let moves =
            RequestSlots.shiftDays(in: t) != nil
            || RequestSlots.shiftMinutes(in: t) != nil && (activityNoun || slots.day != nil)
        if moves, score("edit") < 4 { bump("edit", 4 - score("edit")) }
        // 想把开车换成公交: a change of habit; a session moved names the session or its day.
        if score("edit") > 0, !activityNoun, slots.day == nil, slots.time == nil, slots.span == nil, knownPeople == 0,
            !moves
        {
            bump("edit", -3)
        }
        if score("cancel") > 0 || score("edit") > 0 {
            bump("schedule", -2)
            bump("done", -2)
        }
        if score("unlog") > 0, score("log") > 0, t.containsAny(["从", "from"]) { bump("log", -3) }
        // 李四不去今天下午的讲座了: leaving, with the session between the words.
        let leavingAround = leavingPattern.map { !t.matches($0).isEmpty } ?? false
        if leavingAround, score("unlog") < 5 { bump("unlog", 5 - score("unlog")) }
        // 石磊说下周六的技能培训他去不了: a named volunteer who cannot go, the sentence ending there.
        if knownPeople > 0, activityNoun || slots.day != nil, score("unlog") < 5,
            ["去不了", "来不了", "参加不了", "不去了", "不来了"].contains(where: { text.hasSuffix($0) || text.hasSuffix($0 + "。") })
        {
            bump("unlog", 5 - score("unlog"))
        }
        // 杨帆这几个月参加了哪些活动: one volunteer's history is their page.
        if knownPeople > 0, t.containsAny(["参加了哪些", "参加过哪些", "去过哪些", "参加了什么", "参加过什么", "都参加了"]),
            !t.containsAny(["登记", "报名", "加上", "记上"])
        {
            bump("person", max(score("sessions"), score("log"), 4) + 1 - score("person"))
            bump("log", -3)
        }
        // "record Li Na at yesterday's patrol": record as the verb that begins the line.
        if text.hasPrefix("record "), !text.hasPrefix("record of"), !text.hasPrefix("record check"), score("log") == 0 {
            bump("log", 3.5)
        }
        if score("session") >= 4.5 { bump("log", -3) }
        // 李四不去周六的讲座了，帮他取消报名: the person leaves; the session stays.
        if leavingAround || leavingWords.contains(where: { t.contains($0) }) {
            bump("cancel", -4)
            bump("log", -4)
        }
        // "how many hours has Li Na done": the perfect tense, not a session marked done.
        if t.hasWord("done"), t.hasAnyWord(["has", "have", "had"]), score("person") > 0 || knownPeople > 0 {
            bump("done", -4)
            // "what has Wu Jing done so far": that person's record.
            if knownPeople > 0, score("person") == 0 { bump("person", 3.5) }
        }
        if score("unlog") == 0, let regex = splitOffPattern, !t.matches(regex).isEmpty { bump("unlog", 3.5) }
        // "push the Friday talk back to 4pm", "move Saturday's patrol to Sunday": a move.
        if score("edit") < 4, let regex = splitMovePattern, !t.matches(regex).isEmpty {
            bump("edit", 4 - score("edit"))
            bump("schedule", -3)
        }
        if score("log") == 0, let regex = splitSignUpPattern, !t.matches(regex).isEmpty { bump("log", 3.5) }
        // 龙春花和孙志刚要参加下周四的讲座: named volunteers who will take part are signed up.
        if score("log") == 0, knownPeople > 0, activityNoun || slots.day != nil,
            t.containsAny(["要参加", "想参加", "也参加", "会参加", "去参加", "报名参加", "也要去", "想去"]),
            !askingMarkers.contains(where: { matches($0, t) })
        {
            bump("log", 3.5)
        }
        if score("checkin") == 0, score("checkout") == 0, let regex = splitCheckPattern,
            let m = t.matches(regex).first
        {
            bump(m.groups[1] == "in" ? "checkin" : "checkout", 4.5)
        }
        // 植树节那个活动结束了吗: asking whether a session is over is asking how it stands.
        let asksIfOver =
            text.hasSuffix("吗") || text.hasSuffix("吗？") || text.hasSuffix("吗?") || text.hasSuffix("?")
            || text.hasSuffix("？") || t.containsAny(["了没", "结束没", "完了没", "有没有结束"])
        if score("done") > 0, asksIfOver, slots.headcount == nil, slots.rating == nil, knownPeople == 0 {
            bump("session", score("done") + 1 - score("session"))
            bump("done", -2)
        }
        // 湿地保护讲座的情况: how one session stands, when no volunteer is named.
        // 明天那个宣讲准备得怎么样了: 怎么样了 asks how it stands, not how to do it.
        let asksHowItStands =
            activityNoun && knownPeople == 0 && !listing && t.containsAny(["的情况", "情况如何", "怎么样了"])
        if asksHowItStands {
            bump("session", score("session") > 0 ? 1 : 4)
            bump("sessions", -2)
        }
        // 推荐百名志愿者的候选人: 推荐 is the nomination, not a request for advice.
        let nominating = score("nominate") > 0
        // 吴晓燕和吴晓艳是不是同一个人，是的话合并: whether two registered names are one person is
        // asked of the records.
        let sameQuestion = score("merge") >= 4.5 && knownPeople >= 2
        // 杨帆今年一共服务了多久: how long a named volunteer has served is their record.
        let servedHowLong = knownPeople > 0 && t.containsAny(["服务了多久", "干了多久", "一共多久", "服务多久"])
        let standing = { (marker: String) in
            asksHowItStands && ["怎么", "怎样", "咋"].contains(marker) || servedHowLong && marker == "多久"
                || sameQuestion && ["是不是", "是否", "会不会"].contains(marker)
        }
        let knowledgeWord = knowledgeMarkers.contains {
            matches($0, t) && !(nominating && $0 == "推荐") && !standing($0)
        }
        let asking = askingMarkers.contains { matches($0, t) } || questionOpeners.contains { text.hasPrefix($0) }
        // "do we need to cancel …?" is still a question.
        let polite = politeMarkers.contains { matches($0, t) } && !questionOpeners.contains { text.hasPrefix($0) }
        let knowledge =
            knowledgeWord || (t.contains("需要") && (text.hasSuffix("吗") || text.hasSuffix("?") || text.hasSuffix("？")))
        let anchored = slots.day != nil || slots.time != nil || slots.span != nil
        // An outline is made for a length (给小学生讲碳中和，45分钟) or for a session in the
        // calendar; 帮我列个提纲 with neither is answered from the knowledge base, with the
        // `/outline` line to run suggested beside the answer.
        let sized = slots.hours != nil
        if score("outline") > 0, !sized, slots.day == nil, slots.time == nil { bump("outline", -3) }
        let lesson = !anchored && !sized && t.contains("准备") && (lessonNouns.contains { matches($0, t) })
        // 百名志愿者和十佳案例的推选名单: the cases are the nomination's, not a request for examples.
        let hoursHeld = howManyHoursHeldPattern.map { !t.matches($0).isEmpty } ?? false
        let advice =
            lesson
            || (adviceMarkers.contains {
                matches($0, t) && !(nominating && $0 == "案例") && !standing($0)
                    // "how many hours does Yang Fan have": a volunteer's total, not a rule.
                    && !(knownPeople > 0 && $0.hasPrefix("how many hours") && hoursHeld)
            }
                && !(sized && score("outline") >= 3))
        // A session needs a when: 办个垃圾分类比赛 with no day or time is an idea, not a plan,
        // unless the words say to put it in the calendar.
        if !anchored, !t.containsAny(["安排", "新建", "排一场", "排个"]), !t.hasAnyWord(["schedule", "book"]) {
            bump("schedule", -2)
        }
        // A report is asked for with a period, a place or a verb; 举报 is not a report.
        if score("report") > 0 {
            if complaintWords.contains(where: { matches($0, t) })
                || measurementWords.contains(where: { matches($0, t) })
            {
                bump("report", -4)
            } else if !anchored, slots.city == nil, slots.county == nil,
                !t.containsAny(["出一份", "出个", "生成", "做一份", "做个", "导出", "给我", "来一份", "汇总", "统计", "报表"]),
                !t.hasAnyWord([
                    "make", "generate", "produce", "give", "show", "run", "need", "want", "monthly", "annual",
                ])
            {
                bump("report", -2)
            }
        }
        // A certificate is someone's; star ratings and a person's record are asked for with a
        // name, a period or a place — 星级志愿者 on its own asks what that is.
        // 我也想当志愿者，咋报名 / I want to register as a volunteer: the speaker asks how to
        // join the programme; putting people on a session names them or the session.
        if knownPeople == 0, slots.day == nil, slots.time == nil,
            t.containsAny(["成为", "当志愿者", "当环保志愿者", "做志愿者", "当个志愿者", "注册志愿者", "志愿者注册"])
                || t.hasAnyWord(["become", "as a volunteer", "volunteer"]) && !t.hasAnyWord(["volunteers"])
        {
            bump("log", -4)
        }
        if knownPeople == 0 {
            bump("certificate", -3)
            bump("person", -2)
            // 服务记录要包含哪些字段 asks what a record holds; a record is someone's.
            // 培训什么时候报名 asks how to sign up; putting people on a session names them.
            if askingMarkers.contains(where: { matches($0, t) }) {
                bump("record", -3)
                bump("log", -3)
            }
            if !anchored, slots.city == nil, slots.county == nil,
                !t.containsAny([
                    "看看", "看哈", "看一下", "看下", "查一下", "查查", "列出", "哪些", "谁", "名单", "多少人", "几个人", "各星级", "有几", "都到",
                ]),
                !t.hasAnyWord(["show", "list", "who", "which"])
            {
                bump("stars", -2)
            }
        }
        list.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        return Scores(commands: list, knowledge: knowledge, advice: advice, asking: asking, polite: polite)
    }

    /// Chinese cue words as a request's text reads them (是同一个人 → 是同1个人, 搞一次 → 搞1次: a
    /// numeral before a measure word is a digit there), so a cue matches the line it was written for.
    static let readCues: [String: String] = {
        var words = cues.values.flatMap { $0.flatMap(\.words) }
        words += knowledgeMarkers + adviceMarkers + politeMarkers + suggestionMarkers + askingMarkers
        words += sessionInquiries + timingAdvice + complaintWords + measurementWords + lessonNouns + leavingWords
        var table: [String: String] = [:]
        for w in words where w.first?.isASCII == false {
            let read = RequestText(w).text
            if read != w { table[w] = read }
        }
        return table
    }()

    /// A cue in the text: Chinese anywhere; English as whole words (a trailing space in the
    /// cue allows any continuation: `add ` matches "add Li Na").
    static func matches(_ cue: String, _ t: RequestText) -> Bool {
        guard cue.first?.isASCII == true else { return t.contains(readCues[cue] ?? cue) }
        if cue.hasSuffix(" ") {
            let w = String(cue.dropLast())
            return t.hasWord(w)
        }
        return t.hasWord(cue) || (cue.contains("'") && t.contains(cue))
    }
}
