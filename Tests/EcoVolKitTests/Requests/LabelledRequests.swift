/// A line as coordinators, lecturers and volunteers type it, with what it should become:
/// nil for a question for the knowledge base, else the command with its positionals and
/// arguments ("*" accepts any non-empty value). Written for the fixture store (Tuesday
/// 2026-12-01, Asia/Shanghai). These tuned the interpreter; `HeldOutRequests` measures it.
struct LabelledRequest {
    var text: String
    var command: String?
    var positionals: [String]
    var arguments: [String: String]
}

// swift-format-ignore: AlwaysUseLowerCamelCase
private func R(_ text: String, _ command: String, _ positionals: [String] = [], _ arguments: [String: String] = [:])
    -> LabelledRequest
{
    LabelledRequest(text: text, command: command, positionals: positionals, arguments: arguments)
}

// swift-format-ignore: AlwaysUseLowerCamelCase
private func Q(_ text: String) -> LabelledRequest {
    LabelledRequest(text: text, command: nil, positionals: [], arguments: [:])
}

enum LabelledRequests {
    static let all: [LabelledRequest] = schedule + outline + log + done + cancel + edit + mark + records + questions

    static let mark: [LabelledRequest] = [
        R("王五没来昨天的巡河", "mark", ["sriver01", "pwang5"], ["status": "no-show"]),
        R(
            "Li Na didn't come to the beach clean-up last Saturday", "mark", ["sclean28", "plina"],
            ["status": "no-show"]),
        R("上周三乡村行赵六缺席", "mark", ["svill025", "pzhao6"], ["status": "no-show"]),
        R("下周二上午给企业员工讲节能减排", "schedule", [], ["title": "节能减排宣讲", "type": "lecture", "audience": "enterprise"]),
        R("周六讲座的名额改成50", "edit", ["stalk005"], ["capacity": "50"]),
        R(
            "15号下午两点在花溪给村民讲秸秆禁烧", "schedule", [],
            [
                "title": "秸秆禁烧宣讲", "type": "lecture", "start": "2026-12-15 14:00", "city": "贵阳市", "county": "花溪区",
                "audience": "village",
            ]),
    ]

    static let schedule: [LabelledRequest] = [
        R(
            "后天上午九点在南明区给社区居民讲节约用水，一个半小时", "schedule", [],
            [
                "title": "节约用水宣讲", "type": "lecture", "start": "2026-12-03 09:00", "duration": "1.5h", "city": "贵阳市",
                "county": "南明区", "audience": "community",
            ]),
        R(
            "安排下周五下午3点在凯里市的村民垃圾分类宣讲，2小时，名额20", "schedule", [],
            [
                "title": "垃圾分类宣讲", "type": "lecture", "start": "2026-12-11 15:00", "duration": "2h",
                "city": "黔东南苗族侗族自治州", "county": "凯里市", "audience": "village", "capacity": "20",
            ]),
        R(
            "下周三上午9:30在遵义搞一场志愿者培训，3个小时", "schedule", [],
            ["title": "志愿者培训", "type": "training", "start": "2026-12-09 09:30", "duration": "3h", "city": "遵义市"]),
        R(
            "明天下午两点半到四点半在花溪区小学做低碳生活科普", "schedule", [],
            [
                "title": "低碳生活科普", "type": "education", "start": "2026-12-02 14:30", "duration": "2h", "city": "贵阳市",
                "county": "花溪区", "audience": "school",
            ]),
        R(
            "这周六早上8点组织居民去南明河巡河，大概40人", "schedule", [],
            [
                "title": "*", "type": "supervision", "start": "2026-12-05 08:00", "city": "贵阳市",
                "audience": "community", "capacity": "40",
            ]),
        R(
            "12月18日下午3点在毕节给机关干部讲生态文明思想，90分钟", "schedule", [],
            [
                "title": "生态文明思想宣讲", "type": "lecture", "start": "2026-12-18 15:00", "duration": "1.5h", "city": "毕节市",
                "audience": "agency",
            ]),
        R(
            "帮我安排下周二上午十点在铜仁碧江区企业的节能宣传，一小时", "schedule", [],
            [
                "type": "education", "start": "2026-12-08 10:00", "duration": "1h", "city": "铜仁市", "county": "碧江区",
                "audience": "enterprise",
            ]),
        R(
            "周日上午9点在安顺西秀区组织家庭植树活动，三小时，限30人", "schedule", [],
            [
                "type": "practice", "start": "2026-12-06 09:00", "duration": "3h", "city": "安顺市", "county": "西秀区",
                "audience": "family", "capacity": "30",
            ]),
        R(
            "schedule a recycling talk for residents in Guiyang next Tuesday at 3pm, 2 hours", "schedule", [],
            ["type": "lecture", "start": "2026-12-08 15:00", "duration": "2h", "city": "贵阳市", "audience": "community"]),
        R(
            "plan a tree planting day with families in Bijie on Saturday 9:00 for 3 hours", "schedule", [],
            ["type": "practice", "start": "2026-12-05 09:00", "duration": "3h", "city": "毕节市", "audience": "family"]),
        R(
            "organise a volunteer training in Zunyi next Wednesday 9:30, three hours, 25 places", "schedule", [],
            ["type": "training", "start": "2026-12-09 09:30", "duration": "3h", "city": "遵义市", "capacity": "25"]),
        R(
            "set up a river patrol with villagers in Kaili tomorrow at 8am for 4 hours", "schedule", [],
            [
                "type": "supervision", "start": "2026-12-02 08:00", "duration": "4h", "city": "黔东南苗族侗族自治州",
                "county": "凯里市", "audience": "village",
            ]),
        R(
            "下周四下午两点在都匀的中学讲湿地保护，45分钟", "schedule", [],
            [
                "title": "湿地保护宣讲", "type": "lecture", "start": "2026-12-10 14:00", "duration": "45min",
                "city": "黔南布依族苗族自治州", "county": "都匀市", "audience": "school",
            ]),
        R(
            "后天晚上七点在观山湖区社区开展垃圾分类知识竞赛，2h", "schedule", [],
            [
                "type": "education", "start": "2026-12-03 19:00", "duration": "2h", "city": "贵阳市", "county": "观山湖区",
                "audience": "community",
            ]),
        R(
            "hold a waste sorting workshop at a primary school in Anshun on Friday at 10:00, 90 minutes", "schedule",
            [],
            ["type": "education", "start": "2026-12-04 10:00", "duration": "1.5h", "city": "安顺市", "audience": "school"]),
        R(
            "新建活动：12月20日上午9点仁怀市乡村净水宣讲，两小时", "schedule", [],
            [
                "type": "lecture", "start": "2026-12-20 09:00", "duration": "2h", "city": "遵义市", "county": "仁怀市",
                "audience": "village",
            ]),
        R(
            "下周六上午十点在六盘水给小学生讲垃圾分类", "schedule", [],
            ["title": "垃圾分类宣讲", "type": "lecture", "start": "2026-12-12 10:00", "city": "六盘水市", "audience": "school"]),
        R(
            "周五下午四点在清镇市工厂搞一次环境监督培训，两个小时", "schedule", [],
            [
                "type": "training", "start": "2026-12-04 16:00", "duration": "2h", "city": "贵阳市", "county": "清镇市",
                "audience": "enterprise",
            ]),
        R(
            "book a low-carbon lecture for civil servants in Tongren on December 15 at 2pm, one hour", "schedule", [],
            ["type": "lecture", "start": "2026-12-15 14:00", "duration": "1h", "city": "铜仁市", "audience": "agency"]),
        R(
            "明早9点在息烽县村里组织捡垃圾，约50人，3小时", "schedule", [],
            [
                "type": "practice", "city": "贵阳市", "county": "息烽县", "audience": "village", "capacity": "50",
                "duration": "3h",
            ]),
    ]

    static let outline: [LabelledRequest] = [
        R("给村民讲农药包装回收，30分钟的提纲", "outline", [], ["audience": "village", "minutes": "30", "topic": "农药包装回收"]),
        R("帮我出一份面向机关干部的碳达峰宣讲提纲，一小时", "outline", [], ["audience": "agency", "minutes": "60", "topic": "碳达峰"]),
        R("写个给中学生讲节约用水的稿子，40分钟", "outline", [], ["audience": "school", "minutes": "40", "topic": "节约用水"]),
        R("企业员工的垃圾分类讲稿，20分钟", "outline", [], ["audience": "enterprise", "minutes": "20", "topic": "垃圾分类"]),
        R(
            "I need an outline for a 45 minute talk on saving water for school kids", "outline", [],
            ["audience": "school", "minutes": "45", "topic": "saving water"]),
        R(
            "talk outline about climate change for villagers, 30 minutes", "outline", [],
            ["audience": "village", "minutes": "30", "topic": "climate change"]),
        R("给社区家庭讲低碳生活，半小时", "outline", [], ["audience": "community", "minutes": "30", "topic": "低碳生活"]),
        R("做一个给小朋友讲野生动物保护的大纲，25分钟", "outline", [], ["audience": "school", "minutes": "25", "topic": "野生动物保护"]),
        R(
            "an outline on plastic pollution for company employees, one hour", "outline", [],
            ["audience": "enterprise", "minutes": "60", "topic": "plastic pollution"]),
        R("给机关讲习近平生态文明思想，一个小时", "outline", [], ["audience": "agency", "minutes": "60", "topic": "习近平生态文明思想"]),
        R(
            "speaking notes on waste sorting for residents, 20 minutes", "outline", [],
            ["audience": "community", "minutes": "20", "topic": "waste sorting"]),
        R("给小学生讲垃圾分类要准备一个15分钟的提纲", "outline", [], ["audience": "school", "minutes": "15", "topic": "垃圾分类"]),
    ]

    static let log: [LabelledRequest] = [
        R("把张三和李四登记到周六的讲座", "log", ["stalk005", "pzhang3", "pli4"]),
        R("赵六、刘洋参加了昨天的巡河，帮我记上", "log", ["sriver01", "pzhao6", "pliuy"]),
        R("把陈静加到下周三遵义的培训", "log", ["strain09", "pchenj"]),
        R("登记孙丽到明天的植树活动", "log", ["splant02", "孙丽"]),
        R("add Li Na to Saturday's lecture", "log", ["stalk005", "plina"]),
        R("log Zhang San and Li Si for yesterday's river patrol", "log", ["sriver01", "Zhang San", "Li Si"]),
        R("把王五记到今天下午的机关宣讲", "log", ["sagency1", "pwang5"]),
        R("帮我把周强、吴敏报名到下周六都匀的湿地讲座", "log", ["swet1212", "周强", "吴敏"]),
        R("李四王五报名周五的节水进校园", "log", ["swater04", "pli4", "pwang5"]),
        R("register Li Na for the training next Wednesday", "log", ["strain09", "plina"]),
        R("把刘洋登记到上周六的净滩活动", "log", ["sclean28", "pliuy"]),
        R("张三作为讲师登记到周六的讲座", "log", ["stalk005", "pzhang3"], ["role": "lecturer"]),
        R("sign up Chen Jing for the tree planting tomorrow", "log", ["splant02", "Chen Jing"]),
        R("把赵六登记到上周三的乡村行", "log", ["svill025", "pzhao6"]),
    ]

    static let done: [LabelledRequest] = [
        R("昨天南明河巡护办完了，覆盖了120人", "done", ["sriver01"], ["reached": "120"]),
        R("上周六的净滩搞完了，来了八十个居民，评分5", "done", ["sclean28"], ["reached": "80", "rating": "5"]),
        R("乡村行活动已结束，来了60个村民", "done", ["svill025"], ["reached": "60"]),
        R("yesterday's river patrol is done, 35 people came", "done", ["sriver01"], ["reached": "35"]),
        R("the beach clean-up last Saturday went well, rated 4", "done", ["sclean28"], ["rating": "4"]),
        R("昨天的巡河圆满结束，群众满意度4分", "done", ["sriver01"], ["rating": "4"]),
        R("上周三凯里的活动做完了，来了四十多人", "done", ["svill025"], ["reached": "40"]),
        R("mark yesterday's patrol as done, reached 200", "done", ["sriver01"], ["reached": "200"]),
        R("锦江净滩结束了，大约100人参加", "done", ["sclean28"], ["reached": "100"]),
        R("昨天的活动结束了，到场50人", "done", ["sriver01"], ["reached": "50"]),
        R(
            "the Kaili village day last week is finished, 70 villagers attended", "done", ["svill025"],
            ["reached": "70"]),
        R("南明河巡护完成了，评价五星", "done", ["sriver01"], ["rating": "5"]),
    ]

    static let cancel: [LabelledRequest] = [
        R("周五节约用水进校园取消，学校要考试", "cancel", ["swater04"], ["reason": "学校要考试"]),
        R("明天的植树活动不办了，因为降温下雪", "cancel", ["splant02"], ["reason": "降温下雪"]),
        R("取消下周三遵义的培训，场地没借到", "cancel", ["strain09"], ["reason": "场地没借到"]),
        R("cancel Saturday's talk because of heavy rain", "cancel", ["stalk005"], ["reason": "heavy rain"]),
        R("call off the tree planting tomorrow due to snow", "cancel", ["splant02"], ["reason": "snow"]),
        R("下周六的湿地讲座取消掉吧，讲师生病了", "cancel", ["swet1212"], ["reason": "讲师生病了"]),
        R("帮我取消今天下午的机关宣讲，领导临时开会", "cancel", ["sagency1"], ["reason": "领导临时开会"]),
        R(
            "cancel the Zunyi training next Wednesday, the room is not available", "cancel", ["strain09"],
            ["reason": "the room is not available"]),
        R("周六云岩区的讲座停办，原因是疫情防控", "cancel", ["stalk005"], ["reason": "疫情防控"]),
        R("please cancel Friday's school session, exams", "cancel", ["swater04"], ["reason": "exams"]),
    ]

    static let edit: [LabelledRequest] = [
        R("周六的讲座改到下午三点", "edit", ["stalk005"], ["start": "2026-12-05 15:00"]),
        R("把明天的植树推迟到周日", "edit", ["splant02"], ["start": "2026-12-06 09:00"]),
        R("下周三的培训提前到下周二上午9点", "edit", ["strain09"], ["start": "2026-12-08 09:00"]),
        R("move Saturday's talk to Sunday 2pm", "edit", ["stalk005"], ["start": "2026-12-06 14:00"]),
        R("postpone the school session on Friday to next Monday", "edit", ["swater04"], ["start": "2026-12-07 10:00"]),
        R("湿地讲座的名额改成60人", "edit", ["swet1212"], ["capacity": "60"]),
    ]

    static let records: [LabelledRequest] = [
        R("李四今年一共服务了多少小时", "person", ["pli4"]),
        R("看看赵六的服务记录", "person", ["pzhao6"]),
        R("刘洋参加过几次活动", "person", ["pliuy"]),
        R("how many hours has Li Na volunteered", "person", ["plina"]),
        R("陈静的个人记录", "person", ["pchenj"]),
        R("王芳的服务时长是多少", "person", ["王芳"]),
        R("Li Na's hours this year", "person", ["plina"]),
        R("张三的情况", "person", ["pzhang3"]),
        R("本月有哪些活动", "sessions", ["all"], ["from": "2026-12-01", "to": "2026-12-31"]),
        R("这周有什么活动安排", "sessions", ["all"], ["from": "2026-11-30", "to": "2026-12-06"]),
        R("下个月遵义有哪些培训", "sessions", [], ["from": "2027-01-01", "to": "2027-01-31", "city": "遵义市", "type": "training"]),
        R("明天有活动吗", "sessions", [], ["from": "2026-12-02", "to": "2026-12-02"]),
        R("上周都有哪些活动", "sessions", ["past"], ["from": "2026-11-23", "to": "2026-11-29"]),
        R("what's on next week", "sessions", [], ["from": "2026-12-07", "to": "2026-12-13"]),
        R(
            "which sessions are there in Guiyang this month", "sessions", ["all"],
            ["from": "2026-12-01", "to": "2026-12-31", "city": "贵阳市"]),
        R(
            "list the school sessions next week", "sessions", [],
            ["from": "2026-12-07", "to": "2026-12-13", "audience": "school"]),
        R(
            "下周黔南有几场讲座", "sessions", [],
            ["from": "2026-12-07", "to": "2026-12-13", "city": "黔南布依族苗族自治州", "type": "lecture"]),
        R("安顺这周的活动有哪些", "sessions", ["all"], ["from": "2026-11-30", "to": "2026-12-06", "city": "安顺市"]),
        R("做一份今年毕节的活动报告", "report", ["2026"], ["city": "毕节市"]),
        R("统计一下上个月的活动", "report", ["2026-11"]),
        R("黔东南第三季度的报告", "report", ["2026-Q3"], ["city": "黔东南苗族侗族自治州"]),
        R("give me a report for Tongren last month", "report", ["2026-11"], ["city": "铜仁市"]),
        R("去年培训的统计", "report", ["2025"], ["type": "training"]),
        R("本月报表", "report", ["2026-12"]),
        R("report for this quarter", "report", ["2026-Q4"]),
        R("汇总一下10月份贵阳进校园的活动", "report", ["2026-10"], ["city": "贵阳市", "audience": "school"]),
        R("statistics for Zunyi this year", "report", ["2026"], ["city": "遵义市"]),
        R("上个月的宣讲报告", "report", ["2026-11"], ["type": "lecture"]),
        R("给张三开一份今年的服务证明", "certificate", ["pzhang3"], ["period": "2026"]),
        R("李四要一份志愿服务证明", "certificate", ["pli4"]),
        R("a service certificate for Li Na", "certificate", ["plina"]),
        R("陈静去年的服务证明", "certificate", ["pchenj"], ["period": "2025"]),
        R("今年的星级认定名单", "stars", ["2026"]),
        R("遵义志愿者星级情况", "stars", [], ["city": "遵义市"]),
        R("star ratings for last year", "stars", ["2025"]),
        R("列出所有志愿者", "people"),
        R("志愿者名单", "people"),
        R("show the volunteer list", "people"),
        R("把上个月的活动导出成excel", "export", ["sessions"], ["period": "2026-11"]),
        R("导出今年的服务时长", "export", ["hours"], ["period": "2026"]),
        R("export the volunteer list", "export", ["people"]),
    ]

    static let questions: [LabelledRequest] = [
        Q("垃圾分类的四个类别是什么"),
        Q("碳达峰和碳中和有什么区别"),
        Q("怎么取消一个志愿服务活动"),
        Q("志愿者一年至少要服务多少小时"),
        Q("六五环境日是哪一天"),
        Q("为什么要保护湿地"),
        Q("给小学生讲垃圾分类要注意什么"),
        Q("how do I sort kitchen waste"),
        Q("what is carbon neutrality"),
        Q("why is plastic bad for rivers"),
        Q("星级志愿者的标准是什么"),
        Q("活动结束后怎么记录服务时长"),
        Q("如何组织一场进社区的宣讲"),
        Q("what should volunteers bring to a river patrol"),
        Q("举报环境违法行为的电话是多少"),
        Q("低碳生活有哪些小妙招"),
        Q("废电池属于什么垃圾"),
        Q("志愿服务证明怎么开"),
        Q("贵州生态日是几月几号"),
        Q("节约用水的方法"),
        Q("how to run a training for new volunteers"),
        Q("tips for talking to villagers about pesticides"),
        Q("志愿者需要买保险吗"),
        Q("河长制是什么意思"),
        Q("给机关干部讲课应该讲哪些内容"),
        Q("what are good activities for world environment day"),
        Q("讲座可以讲多长时间比较合适"),
        Q("怎样写活动总结报告"),
        Q("为什么活动要登记志愿者信息"),
        Q("世界地球日的主题"),
        Q("取消活动需要提前多久通知志愿者"),
        Q("生物多样性是什么"),
        Q("is it ok to cancel a session because of rain"),
        Q("how many hours do volunteers need for a star rating"),
        Q("外卖餐盒怎么分类"),
        Q("什么是绿色出行"),
        Q("适合小学生的环保游戏"),
        Q("植树节的由来"),
        Q("垃圾分类"),
        Q("碳中和"),
        Q("river protection ideas for kids"),
        Q("有没有关于节约用电的宣传材料"),
        Q("志愿者培训包括哪些内容"),
        Q("如何评价一次活动的效果"),
        Q("how should I record volunteer hours"),
        Q("进社区宣讲的开场白怎么说"),
        Q("what does a supervision volunteer do"),
        Q("湿地有什么作用"),
    ]
}
