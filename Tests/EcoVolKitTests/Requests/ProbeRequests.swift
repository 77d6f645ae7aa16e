/// A third set, written after the held-out set was folded in, measured once before changes.
enum ProbeRequests {
    static let all: [LabelledRequest] = [
        .r(
            "下周五上午十点，安顺，学校，讲水污染防治，一个小时", "schedule", [],
            ["type": "lecture", "start": "2026-12-11 10:00", "duration": "1h", "city": "安顺市", "audience": "school"]),
        .r(
            "我想在明天上午9点组织村民去巡河，4个钟头，黔东南", "schedule", [],
            [
                "type": "supervision", "start": "2026-12-02 09:00", "duration": "4h", "city": "黔东南苗族侗族自治州",
                "audience": "village",
            ]),
        .r(
            "周六下午2点 贵阳 社区 垃圾分类宣讲 2小时", "schedule", [],
            ["type": "lecture", "start": "2026-12-05 14:00", "duration": "2h", "city": "贵阳市", "audience": "community"]),
        .r(
            "please schedule a plastic-free workshop for families in Zunyi on Sunday at 10am for two hours", "schedule",
            [],
            ["type": "education", "start": "2026-12-06 10:00", "duration": "2h", "city": "遵义市", "audience": "family"]),
        .r(
            "新安排一场12月22日下午三点铜仁市机关的生态文明讲座，90分钟，名额80", "schedule", [],
            [
                "type": "lecture", "start": "2026-12-22 15:00", "duration": "1.5h", "city": "铜仁市", "audience": "agency",
                "capacity": "80",
            ]),
        .r(
            "下周一上午在盘州市的企业开展环境监督活动，10点到12点", "schedule", [],
            [
                "type": "supervision", "start": "2026-12-07 10:00", "duration": "2h", "city": "六盘水市", "county": "盘州市",
                "audience": "enterprise",
            ]),
        .r("给小学生讲讲垃圾分类，准备个二十分钟的", "outline", [], ["audience": "school", "minutes": "20", "topic": "垃圾分类"]),
        .r("村里的宣讲要讲水源保护，40分钟，帮我列个提纲", "outline", [], ["audience": "village", "minutes": "40", "topic": "水源保护"]),
        .r(
            "draft an outline: 25 minutes on energy saving for government staff", "outline", [],
            ["audience": "agency", "minutes": "25", "topic": "energy saving"]),
        .r("把陈静也登记到周六那场讲座", "log", ["stalk005", "pchenj"]),
        .r("昨天巡河来了赵六和王五，登记一下", "log", ["sriver01", "pzhao6", "pwang5"]),
        .r("put Li Na on tomorrow's tree planting", "log", ["splant02", "plina"]),
        .r("给明天的植树活动加上冯雪", "log", ["splant02", "冯雪"]),
        .r("昨天那场巡护结束了，参加的群众有65人", "done", ["sriver01"], ["reached": "65"]),
        .r("净滩活动圆满结束，评分四分", "done", ["sclean28"], ["rating": "4"]),
        .r("finished the river patrol yesterday, about 30 residents", "done", ["sriver01"], ["reached": "30"]),
        .r("周六的讲座别办了，讲师来不了", "cancel", ["stalk005"], ["reason": "讲师来不了"]),
        .r("明天植树活动作废，下大雪", "cancel", ["splant02"], ["reason": "下大雪"]),
        .r(
            "we need to cancel the wetland lecture next Saturday, the hall is booked", "cancel", ["swet1212"],
            ["reason": "the hall is booked"]),
        .r("周五那场进校园挪到下周五", "edit", ["swater04"], ["start": "2026-12-11 10:00"]),
        .r("move tomorrow's tree planting to 10am", "edit", ["splant02"], ["start": "2026-12-02 10:00"]),
        .r("张三服务时长", "person", ["pzhang3"]),
        .r("李四这个月参加了几次活动", "person", ["pli4"]),
        .r("show me Li Na's record", "person", ["plina"]),
        .r("下周都有什么安排", "sessions", [], ["from": "2026-12-07", "to": "2026-12-13"]),
        .r("看看遵义下个月的活动", "sessions", [], ["from": "2027-01-01", "to": "2027-01-31", "city": "遵义市"]),
        .r(
            "what sessions do we have in Bijie next week", "sessions", [],
            ["from": "2026-12-07", "to": "2026-12-13", "city": "毕节市"]),
        .r("今年全省的活动报告", "report", ["2026"]),
        .r("铜仁上季度的统计", "report", ["2026-Q3"], ["city": "铜仁市"]),
        .r("summary report for November", "report", ["2026-11"]),
        .r("帮陈静开个志愿服务证明", "certificate", ["pchenj"]),
        .r("今年谁能评上星级", "stars", ["2026"]),
        .r("export last month's hours", "export", ["hours"], ["period": "2026-11"]),
        .q("垃圾分类是从哪一年开始的"),
        .q("取消活动会影响志愿者的时长吗"),
        .q("河道巡护要带什么东西"),
        .q("明天适合做什么环保活动"),
        .q("what to say in a talk about plastic"),
        .q("why do we need volunteer insurance"),
        .q("志愿者证明需要盖章吗"),
        .q("给村民讲课用方言好吗"),
        .q("碳足迹怎么算"),
        .q("how can schools save water"),
        .q("世界环境日的由来"),
        .q("怎么报名成为志愿者"),
        .q("哪些垃圾属于有害垃圾"),
        .q("星级认定的条件"),
        .q("讲座结束后怎么做总结"),
    ]
}
