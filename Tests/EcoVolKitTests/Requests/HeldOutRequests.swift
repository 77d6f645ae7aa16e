/// Lines written after the interpreter was tuned and measured once before any change, so
/// their figures say how it does on phrasing it has not seen (same fixture store).
enum HeldOutRequests {
    static let all: [LabelledRequest] = [
        // schedule
        .r(
            "周四上午十点在乌当区社区搞个垃圾分类宣传，一个小时", "schedule", [],
            [
                "type": "education", "start": "2026-12-03 10:00", "duration": "1h", "city": "贵阳市", "county": "乌当区",
                "audience": "community",
            ]),
        .r(
            "下周一下午3点到5点给湄潭县的村民讲茶园农药减量", "schedule", [],
            [
                "type": "lecture", "start": "2026-12-07 15:00", "duration": "2h", "city": "遵义市", "county": "湄潭县",
                "audience": "village",
            ]),
        .r(
            "12月10日上午在黔西南兴义市组织一次骨干志愿者培训，9点开始，4小时", "schedule", [],
            ["type": "training", "start": "2026-12-10 09:00", "duration": "4h", "city": "黔西南布依族苗族自治州", "county": "兴义市"]),
        .r(
            "明天上午十点半在红花岗区机关讲碳达峰碳中和，40分钟", "schedule", [],
            [
                "type": "lecture", "start": "2026-12-02 10:30", "duration": "40min", "city": "遵义市", "county": "红花岗区",
                "audience": "agency",
            ]),
        .r(
            "本周五晚上7点，贵阳云岩区小区，亲子环保手工，两小时，限15个家庭", "schedule", [],
            [
                "start": "2026-12-04 19:00", "duration": "2h", "city": "贵阳市", "county": "云岩区", "audience": "community",
                "capacity": "15",
            ]),
        .r(
            "arrange an energy-saving talk for factory workers in Liupanshui next Thursday at 2:30pm, one hour",
            "schedule", [],
            [
                "type": "lecture", "start": "2026-12-10 14:30", "duration": "1h", "city": "六盘水市",
                "audience": "enterprise",
            ]),
        .r(
            "schedule a river patrol in Tongren this Sunday at 9am, 3 hours, 20 volunteers", "schedule", [],
            ["type": "supervision", "start": "2026-12-06 09:00", "duration": "3h", "city": "铜仁市", "capacity": "20"]),
        .r(
            "下周二上午九点半在安顺平坝区中学开展节水科普，两个半小时", "schedule", [],
            [
                "type": "education", "start": "2026-12-08 09:30", "duration": "2.5h", "city": "安顺市", "county": "平坝区",
                "audience": "school",
            ]),
        .r(
            "后天下午两点在荔波县乡镇组织净河清洁活动，3小时", "schedule", [],
            [
                "type": "practice", "start": "2026-12-03 14:00", "duration": "3h", "city": "黔南布依族苗族自治州",
                "county": "荔波县", "audience": "village",
            ]),
        .r(
            "plan a climate change lecture for students in Duyun on December 16 at 10am, 45 minutes", "schedule", [],
            [
                "type": "lecture", "start": "2026-12-16 10:00", "duration": "45min", "city": "黔南布依族苗族自治州",
                "county": "都匀市", "audience": "school",
            ]),
        .r(
            "下周三下午在毕节七星关区给企业员工讲固废管理，三点开始，1.5小时", "schedule", [],
            [
                "type": "lecture", "start": "2026-12-09 15:00", "duration": "1.5h", "city": "毕节市", "county": "七星关区",
                "audience": "enterprise",
            ]),
        .r(
            "周六上午8点半在花溪组织居民植树，大约60人，4个小时", "schedule", [],
            [
                "type": "practice", "start": "2026-12-05 08:30", "duration": "4h", "city": "贵阳市", "county": "花溪区",
                "audience": "community", "capacity": "60",
            ]),
        // outline
        .r("帮我准备给村民讲秸秆禁烧的讲稿，半个小时", "outline", [], ["audience": "village", "minutes": "30", "topic": "秸秆禁烧"]),
        .r("机关单位节能降耗宣讲提纲，50分钟", "outline", [], ["audience": "agency", "minutes": "50", "topic": "节能降耗"]),
        .r(
            "outline for a 20-minute talk to residents about kitchen waste", "outline", [],
            ["audience": "community", "minutes": "20", "topic": "kitchen waste"]),
        .r("给中学生上一堂生物多样性的课，需要45分钟的提纲", "outline", [], ["audience": "school", "minutes": "45", "topic": "生物多样性"]),
        .r(
            "prepare talking points on air pollution for a village meeting, 30 minutes", "outline", [],
            ["audience": "village", "minutes": "30", "topic": "air pollution"]),
        .r("给企业职工讲安全生产与环保的大纲，一个半小时", "outline", [], ["audience": "enterprise", "minutes": "90", "topic": "安全生产与环保"]),
        .r("给家长们讲垃圾减量，20分钟，出个提纲", "outline", [], ["audience": "family", "minutes": "20", "topic": "垃圾减量"]),
        // log
        .r("把赵六登记到周五的节水进校园", "log", ["swater04", "pzhao6"]),
        .r("陈静和刘洋今天下午去了机关宣讲，记一下", "log", ["sagency1", "pchenj", "pliuy"]),
        .r("add Wang Lei and Li Na to the wetland lecture next Saturday", "log", ["swet1212", "Wang Lei", "plina"]),
        .r("帮我把郑浩登记到明天植树", "log", ["splant02", "郑浩"]),
        .r("把李四、张三、王五都加到昨天的巡护", "log", ["sriver01", "pli4", "pzhang3", "pwang5"]),
        .r("log Li Na for the Guiyang lecture on Saturday", "log", ["stalk005", "plina"]),
        .r("韩梅报名下周三的培训", "log", ["strain09", "韩梅"]),
        .r("把刘洋记到上周三的乡村行，服务4小时", "log", ["svill025", "pliuy"], ["hours": "4h"]),
        // done
        .r("昨天南明河那场结束了，一共来了75位居民", "done", ["sriver01"], ["reached": "75"]),
        .r("上周六锦江净滩顺利结束，评分4星，来了90人", "done", ["sclean28"], ["rating": "4", "reached": "90"]),
        .r(
            "the village day in Kaili last Wednesday is over, 55 people reached", "done", ["svill025"],
            ["reached": "55"]),
        .r("昨天的巡护搞完了", "done", ["sriver01"]),
        .r(
            "yesterday's patrol finished with 40 residents, rating 5", "done", ["sriver01"],
            ["reached": "40", "rating": "5"]),
        .r("凯里乡村行完成了，覆盖村民150人", "done", ["svill025"], ["reached": "150"]),
        // cancel
        .r("明天毕节的植树取消，天气预报有冻雨", "cancel", ["splant02"], ["reason": "天气预报有冻雨"]),
        .r("把周六的垃圾分类讲座取消了，社区有别的安排", "cancel", ["stalk005"], ["reason": "社区有别的安排"]),
        .r(
            "cancel tomorrow's tree planting, not enough volunteers", "cancel", ["splant02"],
            ["reason": "not enough volunteers"]),
        .r("下周六都匀的讲座不办了，学校放假", "cancel", ["swet1212"], ["reason": "学校放假"]),
        .r(
            "call off Friday's water-saving session because the school is closed", "cancel", ["swater04"],
            ["reason": "the school is closed"]),
        .r("取消下周三的岗前培训，由于讲师出差", "cancel", ["strain09"], ["reason": "讲师出差"]),
        // edit
        .r("把周五的节水进校园改到下午两点", "edit", ["swater04"], ["start": "2026-12-04 14:00"]),
        .r("下周六的湿地讲座推迟到下周日", "edit", ["swet1212"], ["start": "2026-12-13 10:00"]),
        .r("reschedule the Zunyi training to next Thursday 9:30", "edit", ["strain09"], ["start": "2026-12-10 09:30"]),
        .r("周六的讲座改成上午十点", "edit", ["stalk005"], ["start": "2026-12-05 10:00"]),
        // records
        .r("王五今年服务了多长时间", "person", ["pwang5"]),
        .r("查一下陈静的情况", "person", ["pchenj"]),
        .r("how many hours did Li Na do this year", "person", ["plina"]),
        .r("赵六一共参加了多少次活动", "person", ["pzhao6"]),
        .r("今天有什么活动", "sessions", ["all"], ["from": "2026-12-01", "to": "2026-12-01"]),
        .r("下周遵义有哪些活动", "sessions", [], ["from": "2026-12-07", "to": "2026-12-13", "city": "遵义市"]),
        .r(
            "any trainings this month", "sessions", ["all"],
            ["from": "2026-12-01", "to": "2026-12-31", "type": "training"]),
        .r(
            "本周贵阳有几场讲座", "sessions", ["all"],
            ["from": "2026-11-30", "to": "2026-12-06", "city": "贵阳市", "type": "lecture"]),
        .r("上个月黔东南有哪些活动", "sessions", ["past"], ["from": "2026-11-01", "to": "2026-11-30", "city": "黔东南苗族侗族自治州"]),
        .r("what events do we have tomorrow", "sessions", [], ["from": "2026-12-02", "to": "2026-12-02"]),
        .r("出个安顺今年的统计报告", "report", ["2026"], ["city": "安顺市"]),
        .r("上季度的活动报表", "report", ["2026-Q3"]),
        .r("去年遵义进乡村活动的统计", "report", ["2025"], ["city": "遵义市", "audience": "village"]),
        .r("a report on trainings this year", "report", ["2026"], ["type": "training"]),
        .r("11月份铜仁的报告", "report", ["2026-11"], ["city": "铜仁市"]),
        .r("给刘洋出个服务证明", "certificate", ["pliuy"]),
        .r("certificate for Li Na for last year", "certificate", ["plina"], ["period": "2025"]),
        .r("黔南今年的星级志愿者", "stars", ["2026"], ["city": "黔南布依族苗族自治州"]),
        .r("所有志愿者名单给我看看", "people"),
        .r("导出本月的活动", "export", ["sessions"], ["period": "2026-12"]),
        // questions
        .q("秸秆焚烧有什么危害"),
        .q("怎么给村民解释垃圾分类的好处"),
        .q("志愿服务时长怎么计算"),
        .q("取消活动的时候要怎么通知志愿者"),
        .q("世界水日是哪天"),
        .q("给小学生讲碳中和用什么例子好"),
        .q("what is the difference between recyclable and other waste"),
        .q("how long should a talk for pupils be"),
        .q("why should villages stop burning straw"),
        .q("一星志愿者需要多少小时"),
        .q("活动报告应该包括哪些内容"),
        .q("志愿者可以拿报酬吗"),
        .q("what should a river patrol report include"),
        .q("how do I cancel a session"),
        .q("塑料袋为什么难降解"),
        .q("社区宣讲有哪些互动游戏"),
        .q("节能减排的小窍门"),
        .q("环境违法行为怎么举报"),
        .q("what is ecological civilisation"),
        .q("废旧衣物怎么处理"),
        .q("培训新志愿者要讲哪些内容"),
        .q("全国生态日是什么时候"),
        .q("为什么要记录志愿服务时长"),
        .q("ideas for a talk on saving electricity"),
    ]
}

extension LabelledRequest {
    static func r(_ text: String, _ command: String, _ positionals: [String] = [], _ arguments: [String: String] = [:])
        -> LabelledRequest
    {
        LabelledRequest(text: text, command: command, positionals: positionals, arguments: arguments)
    }

    static func q(_ text: String) -> LabelledRequest {
        LabelledRequest(text: text, command: nil, positionals: [], arguments: [:])
    }
}
