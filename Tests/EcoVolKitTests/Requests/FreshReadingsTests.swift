import Foundation
import Testing

@testable import EcoVolKit

/// Readings added after the fresh set was first measured (its dev half; the held half is only
/// scored): a series (每周六…一共4次), a training's level, a back-filled session, a move within
/// the day, an English hour with no am/pm, "two and a half hours", 2026年全年, someone who left
/// early, the people of one session, the sessions already held. Read against the fresh set's
/// store (now: Thursday 2027-01-14 10:00).
@MainActor
@Suite struct FreshReadingsTests {
    static func reading(_ line: String, store: String = "fresh-store") async throws -> (
        RequestInterpretation, [String: String], OutreachState
    ) {
        let description = try RequestLabelSet.storeDescription(store)
        let (state, ids) = try await RequestLabelSet.build(description)
        let interpreter = RequestInterpreter(now: description.now, timeZone: ChinaTime.zone, state: state)
        return (interpreter.interpret(line), ids, state)
    }

    /// Another reading of the same records (their ids are made anew each time the store is built).
    static func interpreter(_ state: OutreachState, store: String = "fresh-store") -> RequestInterpreter {
        let now = (try? RequestLabelSet.storeDescription(store))?.now ?? Date()
        return RequestInterpreter(now: now, timeZone: ChinaTime.zone, state: state)
    }

    static func line(_ text: String) async throws -> String {
        let (reading, _, _) = try await reading(text)
        #expect(reading.decision == .request, "\(text): \(reading.decision)")
        return reading.best?.line ?? ""
    }

    @Test func aSeriesIsRepeatAndCount() async throws {
        let weekly = try await Self.line("从这周六开始，每周六上午9点在花溪区社区搞一次低碳实践活动，每次两小时，一共4次")
        #expect(weekly.contains("repeat=weekly count=4") && weekly.contains("start=\"2027-01-16 09:00\""))
        let english = try await Self.line(
            "every Tuesday at 3pm in Huaxi, a recycling talk for residents, 1 hour, for 6 weeks")
        #expect(english.contains("repeat=weekly count=6") && english.contains("start=\"2027-01-19 15:00\""))
        let fortnightly = try await Self.line("隔周周二下午3点在花溪区给居民讲垃圾分类，1小时，共5次")
        #expect(fortnightly.contains("repeat=biweekly count=5"))
        let once = try await Self.line("下周二下午3点在花溪区给居民讲垃圾分类，1小时")
        #expect(!once.contains("repeat=") && !once.contains("count="))
    }

    @Test func aTrainingSaysItsLevel() async throws {
        #expect(try await Self.line("2月2号上午9点在碧江区办一期志愿者骨干管理培训，三个小时").contains("level=backbone"))
        #expect(try await Self.line("下周六上午9点在观山湖区办新志愿者岗前培训，3小时").contains("level=basic"))
        #expect(try await Self.line("下周六上午9点在观山湖区搞一次水质检测技能培训，3小时").contains("level=skills"))
        // Only a training has a level.
        #expect(!(try await Self.line("下周六上午9点在观山湖区给居民讲垃圾分类基础知识，1小时")).contains("level="))
    }

    @Test func aSessionThatTookPlaceIsBackFilled() async throws {
        let line = try await Self.line("补录一下：上周六下午两点在余庆县给村民讲了一场垃圾分类，两个小时")
        #expect(
            line.hasPrefix("/schedule ") && line.contains("start=\"2027-01-09 14:00\"") && line.contains("past=yes"))
        #expect(line.contains("county=余庆县") && line.contains("audience=village"))
        // A session still to come is not marked past.
        #expect(!(try await Self.line("下周二下午3点在花溪区给居民讲垃圾分类，1小时")).contains("past="))
    }

    @Test func aMoveWithinTheDayKeepsTheDay() async throws {
        let (later, ids, state) = try await Self.reading("push the Yunyan community talk next Thursday back an hour")
        let night = try #require(ids["yunyan-sorting-night"])
        #expect(later.best?.line == "/edit \(night) start=\"2027-01-21 20:00\"")
        let earlier = Self.interpreter(state).interpret("把下周四云岩区的夜间宣讲提前半小时")
        #expect(earlier.best?.line == "/edit \(night) start=\"2027-01-21 18:30\"")
        // Arriving early is not moving the session.
        let (arrive, _, _) = try await Self.reading("志愿者要提前一个小时到吗")
        #expect(arrive.decision == .question)
    }

    @Test func englishHoursAndHalves() async throws {
        let line = try await Self.line(
            "set up a river patrol with the villagers this Sunday at 9 in Leishan County, about two and a half hours")
        #expect(line.contains("start=\"2027-01-17 09:00\"") && line.contains("duration=2.5h"))
        // "at 3" for a talk is three in the afternoon, as 三点 is.
        #expect(
            try await Self.line("schedule a talk for residents in Huaxi next Tuesday at 3, 1 hour").contains("15:00"))
        #expect(RequestText("three and a half hours at 9").text == "3.5 hours 9点")
        #expect(RequestText("two hours, at 10am").text == "2 hours, at 10am")
    }

    @Test func aYearsWholeYearIsThatYear() async throws {
        #expect(try await Self.line("出一份2026年全年的活动统计报告") == "/report 2026")
        #expect(try await Self.line("出一份全年的活动统计报告") == "/report 2027")
    }

    @Test func someoneWhoLeftEarly() async throws {
        let (atTime, ids, state) = try await Self.reading("陈思雨十一点就离开了黔灵山那个活动")
        let cleanup = try #require(ids["qianling-cleanup-today"])
        let chen = try #require(state.people.values.first { $0.name == "陈思雨" }?.id)
        // 09:00 to 11:00: two hours served.
        #expect(atTime.best?.line == "/mark \(cleanup) \(chen) hours=2")
        let now = Self.interpreter(state).interpret("陈思雨提前走了，帮她签退")
        #expect(now.best?.line == "/checkout \(cleanup) \(chen)")
    }

    @Test func thePeopleOfOneSessionAndTheSessionsHeld() async throws {
        let (who, ids, _) = try await Self.reading("昨天花溪河巡河都有哪些人参加了")
        #expect(who.best?.line == "/session \(try #require(ids["huaxi-patrol-yesterday"]))")
        #expect(try await Self.line("列一下已经办过的活动") == "/sessions past")
        #expect(try await Self.line("现在登记的志愿者都有谁，列个名单") == "/people")
    }

    @Test func askingAboutSomeonesHoursIsNotMarkingThem() async throws {
        let (hours, _, state) = try await Self.reading("how many hours has Yang Fan served this year")
        let yang = try #require(state.people.values.first { $0.name == "杨帆" }?.id)
        #expect(hours.best?.line == "/person \(yang) period=2027")
        let (done, _, _) = try await Self.reading("what has Wu Jing done so far")
        #expect(done.best?.command == "person")
    }

    /// Lines written as a check of the readings above, in the ways coordinators type.
    @Test func shortDayPartsHoursFromToAndEnglishYears() async throws {
        #expect(try await Self.line("明早9点观山湖区社区垃圾分类宣讲1小时").contains("start=\"2027-01-15 09:00\""))
        #expect(try await Self.line("今晚7点在南明区给居民讲低碳生活，1小时").contains("start=\"2027-01-14 19:00\""))
        let span = try await Self.line("organise a tree planting day in Xingyi on Feb 6 from 9 to 12")
        #expect(span.contains("start=\"2027-02-06 09:00\"") && span.contains("duration=3h"))
        // A span of ages is not a time.
        #expect(RequestText("for kids aged 9 to 12").text == "for kids aged 9 to 12")
        #expect(try await Self.line("certificate for Liu Tingting for 2026").hasSuffix("period=2026"))
        // 后天上午 with no hour leaves the start missing, and no 午 in the title.
        let (morning, _, _) = try await Self.reading("后天上午在西秀区搞亲子活动")
        #expect(morning.best?.missing.contains("start") == true)
        #expect(morning.best?.value("title")?.contains("午") == false)
    }

    @Test func phrasalVerbsStarsAndArrivals() async throws {
        let (off, ids, state) = try await Self.reading("take Tian Tian off the Tongren carbon talk tomorrow")
        #expect(off.best?.command == "unlog" && off.best?.positionals.first == ids["tongren-carbon-tomorrow"])
        #expect(try await Self.line("现在各星级志愿者有多少人") == "/stars")
        #expect(try await Self.line("who are the five-star volunteers") == "/stars")
        let cleanup = try #require(ids["qianling-cleanup-today"])
        let counted = Self.interpreter(state).interpret("黔灵山公园那场现在几个人签到了")
        #expect(counted.best?.line == "/session \(cleanup)")
        let arrived = Self.interpreter(state).interpret("Zhang Wei just arrived at the Qianling park clean-up")
        #expect(arrived.best?.command == "checkin" && arrived.best?.positionals.first == cleanup)
    }

    /// From the second fresh set's dev half, against its store (now: Tuesday 2027-03-23 15:30).
    @Test func secondFreshSetReadings() async throws {
        let (merge, ids, state) = try await Self.reading("刘阳和刘洋其实是同一个人，把刘阳并到刘洋名下", store: "fresh-b-store")
        #expect(merge.best?.command == "merge" && merge.best?.positionals.count == 2)
        let read = { (line: String) in Self.interpreter(state, store: "fresh-b-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        // Traditional characters read as their Simplified forms.
        let traditional = read("本週五上午10點在凱里市的苗寨辦秸稈禁燒宣講，兩小時").best?.line ?? ""
        #expect(traditional.contains("start=\"2027-03-26 10:00\"") && traditional.contains("county=凯里市"))
        #expect(read("调一下龙海波的志愿服务档案").best?.line == "/record \(id("龙海波"))")
        #expect(read("出一下2027年百名生态环境志愿者和十佳案例的推选名单").best?.line == "/nominate 2027")
        // Asking what to prepare for the nomination is a question, not the list.
        #expect(read("十佳公众参与案例要准备啥材料").decision == .question)
        #expect(read("去年全年的报表").best?.line == "/report 2026")
        // 上周日21号 is last Sunday, the 21st, not next month's.
        let back = read("补录上周日21号上午九点在西秀区搞的湿地保护科普，两个小时，对象是家庭").best?.line ?? ""
        #expect(back.contains("start=\"2027-03-21 09:00\"") && back.contains("past=yes"))
        // "the 14th", said on the 23rd of a session that is over, is this month's.
        let planting = try #require(ids["tree-planting"])
        #expect(
            read("mark the tree planting on the 14th as done, 45 people reached").best?.line
                == "/done \(planting) reached=45")
        #expect(read("给吴晓燕17号的企业宣讲打5分 讲得很好").best?.command == "mark")
        let invited = read("4月8号下午3点请吴晓燕到七星关区给机关干部讲碳达峰碳中和，一个小时").best?.line ?? ""
        #expect(invited.contains("lecturer=\(id("吴晓燕"))"))
        let friday = try #require(ids["waste-talk-fri"])
        #expect(read("给周五的社区讲座准备个提纲").best?.line == "/outline \(friday)")
        #expect(read("周六要给社区讲低碳生活，有哪些小贴士可以讲").decision == .question)
        let added = read("今天安置点那个活动再加两个人 陈晨 黄小芳").best
        #expect(added?.command == "log" && added?.positionals.first == ids["resettlement-today"])
        // 评价五星 rates the session; 五星志愿者 are a level.
        #expect(read("万峰湖巡查昨天完成了，评价五星").best?.command != "stars")
        #expect(read("今年有哪些五星志愿者").best?.command == "stars")
    }

    /// A coordinator's phone shorthand, checked against the second fresh set's store.
    @Test func phoneShorthand() async throws {
        let (first, ids, state) = try await Self.reading("下礼拜二早上九点半乌当区村里巡河 3个钟", store: "fresh-b-store")
        #expect(first.best?.line.contains("duration=3h") == true)
        #expect(first.best?.value("title")?.contains("3") == false)
        let read = { (line: String) in Self.interpreter(state, store: "fresh-b-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        // 地球一小时 is the event, not a length; a day, a place and 办 are a plan missing its hour.
        let earth = try #require(read("本週六晚上在西秀区辦地球一小時宣傳").best)
        #expect(earth.command == "schedule" && earth.value("duration") == nil && earth.missing.contains("start"))
        let friday = try #require(ids["waste-talk-fri"])
        #expect(read("周五那场垃圾分类讲座推到下午3点").best?.line == "/edit \(friday) start=\"2027-03-26 15:00\"")
        let libo = try #require(ids["libo-biodiversity"])
        #expect(read("荔波那个科普取消 下大雨").best?.line == "/cancel \(libo) reason=下大雨")
        let chishui = try #require(ids["chishui-patrol"])
        #expect(read("杨光明在赤水河巡河干了2个小时就走了").best?.line == "/mark \(chishui) \(id("杨光明")) hours=2")
        let caohai = try #require(ids["caohai-birds"])
        #expect(read("草海观鸟那场罗文静表现很好，给她5分").best?.line == "/mark \(caohai) \(id("罗文静")) rating=5")
        #expect(read("查下田甜的记录").best?.line == "/person \(id("田甜"))")
        // Asking whether a session is over shows it; saying it is over marks it done.
        let planting = try #require(ids["tree-planting"])
        #expect(read("植树节那个活动结束了吗").best?.line == "/session \(planting)")
        #expect(read("is the tree planting done?").best?.line == "/session \(planting)")
        #expect(read("植树节那个活动结束了，来了45人").best?.line == "/done \(planting) reached=45")
        // A month named alone: a listing means the coming one, a report the last one.
        #expect(read("4月份有什么活动").best?.line == "/sessions from=2027-04-01 to=2027-04-30")
        #expect(read("出一份4月份的报告").best?.line == "/report 2026-04")
    }

    /// A third writer's ways (the fresh-c store, now Wednesday 2027-05-19 10:20): 那场 and 名额
    /// name a session, 登寄 is 登记, 钟头 is an hour, 上礼拜六 is last week's, a newcomer is
    /// introduced with 叫, someone not on a session's list is logged with the hours they served,
    /// one volunteer's star level is on their page, and English phrasal verbs.
    @Test func aThirdWritersWays() async throws {
        let (first, ids, state) = try await Self.reading("平坝小学节约用水那场名额改成20个吧，报的人多", store: "fresh-c-store")
        let pingba = try #require(ids["pingba-water-sat"])
        #expect(first.best?.line == "/edit \(pingba) capacity=20")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-c-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        let training = try #require(ids["duyun-backbone-training"])
        #expect(
            read("把马晓东 孙志刚登寄到下周五的骨干培训").best?.line == "/log \(training) \(id("马晓东")) \(id("孙志刚"))")
        #expect(read("王芳今年一共干了多少个钟头").best?.line == "/person \(id("王芳")) period=2027")
        // 周建国 is not on the patrol's list: his hours come with logging him.
        let patrol = try #require(ids["duyun-river-patrol"])
        #expect(
            read("上礼拜六巡河周建国也去了，帮他补上，干了两个半小时").best?.line
                == "/log \(patrol) \(id("周建国")) hours=2.5h")
        // 王芳 is: her hours are marked.
        #expect(read("上礼拜六巡河王芳只待了两个小时").best?.line == "/mark \(patrol) \(id("王芳")) hours=2")
        let kaili = try #require(ids["kaili-river-cleanup"])
        #expect(read("巴拉河净滩那场来了个新志愿者叫石磊，帮忙登记上").best?.line == "/log \(kaili) 石磊")
        #expect(read("王芳现在几星了").best?.line == "/person \(id("王芳"))")
        #expect(read("What star level is Wang Fang at?").best?.command == "person")
        #expect(read("各星级的志愿者有哪些").best?.command == "stars")
        let office = try #require(ids["huichuan-lowcarbon-office"])
        #expect(
            read("龙春花和孙志刚要参加下周四汇川的低碳办公讲座").best?.line == "/log \(office) \(id("龙春花")) \(id("孙志刚"))")
        #expect(read("我要参加下周四的讲座，需要准备什么").decision == .question)
        let wetland = try #require(ids["caohai-wetland-village"])
        #expect(
            read("Sign Long Chunhua up for the wetland talk next Tuesday.").best?.line == "/log \(wetland) \(id("龙春花"))"
        )
        let friday = try #require(ids["yunyan-sorting-fri"])
        #expect(
            read("Zhao Jing can't make Friday's talk, please take her off the list.").best?.line
                == "/unlog \(friday) \(id("赵静"))")
        #expect(read("麻烦帮我看看周五云岩那场垃圾分类讲座现在报了几个人").best?.line == "/session \(friday)")
        let resettlement = try #require(ids["huishui-resettlement"])
        #expect(
            read("The resettlement site session wrapped up early, we reached 52 residents").best?.line
                == "/done \(resettlement) reached=52")
        // 刘小燕就是刘晓燕: two registered names for one person; the one after 就是 is kept.
        #expect(read("刘小燕就是刘晓燕，登记的时候打错字了").best?.line == "/merge \(id("刘晓燕")) \(id("刘小燕"))")
        // An NGO worker's English: "9 to 12" after a day, "we need a …", "only did", "push … back to".
        let cleanup = try #require(
            read("Book a river cleanup at the Jianjiang in Duyun next Saturday 9 to 12, for families, 20 spots").best)
        #expect(cleanup.value("start") == "2027-05-29 09:00" && cleanup.value("duration") == "3h")
        #expect(
            read("We need a tree planting day in Pingba on June 12 from 8:30, 4 hours, villagers, 30 people").best?
                .command == "schedule")
        let anshun = try #require(ids["anshun-school-talk"])
        #expect(
            read("Zhang Wei only did one hour at the Anshun school talk last Thursday").best?.line
                == "/mark \(anshun) \(id("张伟")) hours=1")
        #expect(
            read("Push the Friday Yunyan talk back to 4pm").best?.line == "/edit \(friday) start=\"2027-05-21 16:00\"")
        // 就是 as a filler of speech is not a merge.
        #expect(read("那个王芳和李强也说要去这周六平坝那个活动，就是帮我把她们两个都登记上去").best?.command == "log")
        #expect(read("List all our registered volunteers.").best?.line == "/people")
        #expect(read("What's coming up in Anshun?").best?.line == "/sessions city=安顺市")
        // A series' count is not its title; "to noon" ends at twelve.
        let series = try #require(read("从下周六开始 每周六早上八点半去都匀剑江巡河 搞三个小时 连续整四周").best)
        #expect(series.value("count") == "4" && series.value("title") == "剑江巡河")
        let wetlandDay = try #require(
            read("Schedule a wetland education session for families in Guiyang this Sunday, 10am to noon.").best)
        #expect(wetlandDay.value("type") == "education" && wetlandDay.value("duration") == "2h")
    }

    /// A fourth writer's ways (the fresh-d store, now Monday 2027-09-13 16:40): a rough
    /// headcount (来了大概120个), a past month and day (9月9日) for a session that is over, the
    /// audience the words address over a setting said before it (两河街道为企业职工开展), the
    /// sessions held before (以往已开展), a file name as typed, a lecturer named after the
    /// talk, "next week," before a comma.
    @Test func aFourthWritersWays() async throws {
        let (first, ids, state) = try await Self.reading(
            "上周四红花岗四中那场垃圾分类讲座早就讲完了，学生来了大概120个，打个4分吧", store: "fresh-d-store")
        let school = try #require(ids["sorting-school"])
        #expect(first.best?.line == "/done \(school) reached=120 rating=4")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-d-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        #expect(read("请将9月9日垃圾分类进校园活动标记为已完成，覆盖学生约150人").best?.line == "/done \(school) reached=150")
        let series = try #require(read("请自下周一起，每两周一次于盘州市两河街道为企业职工开展危废管理科普，每次10:00-11:30，共4次").best)
        #expect(series.value("audience") == "enterprise" && series.value("repeat") == "biweekly")
        #expect(read("请列出铜仁市以往已开展的全部活动").best?.line == "/sessions past city=铜仁市")
        #expect(
            read("请将9月份全部活动导出为Excel表格，文件名为九月活动.csv").best?.line
                == "/export sessions 九月活动.csv period=2027-09")
        let talk = try #require(
            read("Set up a wetland talk for families in Guanshanhu on the 25th at 10am, with Wang Fang as the lecturer")
                .best)
        #expect(talk.value("lecturer") == id("王芳"))
        let kaili = try #require(ids["kaili-enterprise"])
        #expect(
            read("Take Shi Lei off the Kaili factory talk next week, he can't make it.").best?.line
                == "/unlog \(kaili) \(id("石磊"))")
        // A run-on sentence asking who signed up; places said noun first; a merge asked as a
        // question about the records; "4 stars" said of a session is its rating.
        let water = try #require(ids["water-agency"])
        #expect(
            read("那个就是周四钟山区节约用水进机关那个讲座，就是，能不能帮我看一下现在有哪些人报了名").best?.line == "/session \(water)")
        #expect(read("本周日上午九点半，于碧江区锦江开展巡河，村民参与，时长3小时，共需志愿者10名").best?.value("capacity") == "10")
        #expect(read("帮我看看吴晓燕和吴晓艳是不是同一个人，是的话合并").best?.command == "merge")
        let cleanup = try #require(read("The Huaxi family cleanup on the 5th is done, 35 people, 4 stars").best)
        #expect(cleanup.command == "done" && cleanup.value("rating") == "4")
        // Someone not registered yet who also went is logged with the hours served.
        let patrol = try #require(ids["river-patrol"])
        #expect(read("黄海上周六也去巡河了，干了两个半小时").best?.line == "/log \(patrol) 黄海 hours=2.5h")
        // 讲讲节约用水: what is told is the title, not the day it falls on.
        let told = try #require(read("国庆那天上午十点想在汇川区给居民讲讲节约用水，两个钟头，顺便把讲师写成周敏").best)
        #expect(told.value("title") == "节约用水宣讲" && told.value("lecturer") == id("周敏"))
    }

    /// A fifth writer's ways (the fresh-e store, now Thursday 2027-03-11 08:50), in lines of my
    /// own: Guizhou speech (莫搞了, 整一场, 村头, 啥子, 看哈), a voice-typed correction with spaces
    /// for pauses, chat English (pls, ppl, tmr, "rate it 4/5", "issuer …", "name it …"), a
    /// weekday before an explicit date, the check asked for before an export, 退回去 for undo.
    @Test func aFifthWritersWays() async throws {
        let (first, ids, state) = try await Self.reading("下周三遵义那个骨干培训莫搞了，场地借不到", store: "fresh-e-store")
        let training = try #require(ids["zunyi-training"])
        #expect(first.best?.line == "/cancel \(training) reason=场地借不到")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-e-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        let straw = try #require(read("下个礼拜天上午九点在钟山区整一场秸秆禁烧宣讲，讲给村头老百姓听，搞两个钟头").best)
        #expect(straw.command == "schedule" && straw.value("audience") == "village")
        #expect(straw.value("start") == "2027-03-21 09:00" && straw.value("duration") == "2h")
        let kaili = try #require(ids["kaili-enterprise"])
        #expect(
            read("the Kaili talk on Tuesday went well btw, about 40 ppl, I'd rate it 3/5").best?.line
                == "/done \(kaili) reached=40 rating=3")
        #expect(
            read("need the 2026 report for 遵义 as a csv, name it zy2026.csv").best?.line
                == "/report 2026 city=遵义市 file=zy2026.csv")
        #expect(read("都匀那边接下来还有啥子活动嘛").best?.line == "/sessions city=黔南布依族苗族自治州")
        #expect(read("看哈大家现在都到几星了").best?.line == "/stars")
        #expect(read("刚才那步弄错了，退回去").best?.line == "/undo")
        #expect(read("在导出之前先帮我把记录全面检查一遍").best?.line == "/check")
        let family = try #require(ids["guiyang-family"])
        #expect(
            read("把王皓然和赵敏 不是赵敏 是杨雪妹 登记到周六云岩那个亲子课堂").best?.line
                == "/log \(family) \(id("王皓然")) \(id("杨雪妹"))")
        #expect(
            read("pls make a certificate for 赵敏, issuer 贵阳市生态环境志愿者协会").best?.line
                == "/certificate \(id("赵敏")) issuer=贵阳市生态环境志愿者协会")
        // Tomorrow's session is for an agency: a talk to high schoolers is another talk.
        let outline = try #require(read("need a 20 min outline for high schoolers tmr on water saving").best)
        #expect(
            outline.positionals.isEmpty && outline.value("audience") == "school" && outline.value("minutes") == "20")
        let campus = try #require(
            read("pls set up a river clean-up in 花溪区 on Sun Mar 21, 9am, 2 hrs, for students").best)
        #expect(campus.value("start") == "2027-03-21 09:00" && campus.value("duration") == "2h")
        #expect(read("need the 2027 nomination list, top 10").best?.line == "/nominate 2027 limit=10")
    }

    /// Lines of my own in the fifth writer's ways for the commands its held half missed (its
    /// misses unread, only the per-command counts): an edit whose session is said after the new
    /// value or corrected with spaces for pauses, a certificate's issuer after a pause, "cert",
    /// nominees and 前十个, "a records check", places as a bare numeral, "9am to 12".
    @Test func theCommandsTheFifthHeldHalfMissed() async throws {
        let (first, ids, state) = try await Self.reading("名额 改成 20个 铜仁梵净山那个研学", store: "fresh-e-store")
        let fanjing = try #require(ids["tongren-fanjing"])
        #expect(first.best?.line == "/edit \(fanjing) capacity=20")
        // With one session to come, the words before the change find it too; the session's
        // place said after the value is still not a new place.
        var alone = OutreachState()
        alone.load(sessions: state.sessions.filter { $0.key == fanjing }, people: state.people, projects: [:])
        #expect(
            Self.interpreter(alone, store: "fresh-e-store").interpret("名额 改成 30个 铜仁梵净山那个研学").best?.line
                == "/edit \(fanjing) capacity=30")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-e-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        let training = try #require(ids["zunyi-training"])
        #expect(
            read("那个就是 花溪那个巡河 不对 是下周三遵义的培训 改到早上九点半").best?.line
                == "/edit \(training) start=\"2027-03-17 09:30\"")
        #expect(
            read("给田甜开个志愿服务证明 出具单位 贵州大学环保协会 负责人 王老师").best?.line
                == "/certificate \(id("田甜")) issuer=贵州大学环保协会 head=王老师")
        #expect(read("need a cert for 陈思雨, issued by 贵阳市志愿者协会").best?.command == "certificate")
        #expect(read("百名志愿者候选名单出一份 前十个就行 存成 top10.html").best?.line == "/nominate limit=10 file=top10.html")
        #expect(
            read("need the nominee list for 2026 top 15 as nominees.md").best?.line
                == "/nominate 2026 limit=15 file=nominees.md")
        #expect(read("pls run a records check before I send the report up").best?.line == "/check")
        let kaili = try #require(read("下周五上午十点 凯里经开区 给企业员工讲危废管理 两个钟头 名额三十").best)
        #expect(kaili.value("capacity") == "30" && kaili.value("audience") == "enterprise")
        let trees = try #require(read("set up a tree planting for families sat the 27th 9am to 12 in 观山湖区").best)
        #expect(trees.value("start") == "2027-03-27 09:00" && trees.value("duration") == "3h")
    }

    /// Lines of my own, in the four writers' styles, for the commands their held halves
    /// missed most (check, check-out, done, a person's hours, edits, marks), against the
    /// fresh-d store: 核查/过一遍 ask for the record check, 烦请/请将 are polite, 标记完成 marks a
    /// session done, 改至 moves it, 名额加到30个 changes its places, "an hour later" moves it
    /// within the day, 缺勤 and 只讲了一个小时 mark one volunteer, "sign him out" checks out.
    @Test func theCommandsTheHeldHalvesMissed() async throws {
        let (first, ids, state) = try await Self.reading("烦请核查一下目前系统里的记录是否完整", store: "fresh-d-store")
        #expect(first.best?.line == "/check")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-d-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        #expect(read("帮我 check 一下数据有没有漏的").best?.line == "/check")
        #expect(read("Could you run a check on our records before I send the report?").best?.line == "/check")
        let wetland = try #require(ids["wetland-now"])
        #expect(
            read("Liu Yang had to head home early from the wetland session, sign him out").best?.line
                == "/checkout \(wetland) \(id("刘洋"))")
        let patrol = try #require(ids["river-patrol"])
        #expect(read("烦请将9月11日锦江巡护活动标记完成").best?.line == "/done \(patrol)")
        #expect(read("How many hours does Yang Fan have so far?").best?.line == "/person \(id("杨帆"))")
        #expect(read("How many hours does a volunteer need for one star?").decision == .question)
        let water = try #require(ids["water-agency"])
        #expect(read("请将周四节约用水进机关的讲座改至下午两点半").best?.line == "/edit \(water) start=\"2027-09-16 14:30\"")
        let village = try #require(ids["village-sorting"])
        #expect(read("把下周六江口那场的名额加到30个").best?.line == "/edit \(village) capacity=30")
        let kaili = try #require(ids["kaili-enterprise"])
        #expect(
            read("The Kaili talk next week needs to start an hour later").best?.line
                == "/edit \(kaili) start=\"2027-09-23 15:00\"")
        let school = try #require(ids["sorting-school"])
        #expect(read("罗婷上周四那场没来，记一下缺勤").best?.line == "/mark \(school) \(id("罗婷")) status=no-show")
        #expect(read("陈建国那天在四中那场其实只讲了一个小时，帮忙改一下时长").best?.line == "/mark \(school) \(id("陈建国")) hours=1")
    }

    /// A certificate as coordinators ask for one (the fresh-b store, now Tuesday 2027-03-23):
    /// a run of months (今年1到3月 is the first quarter, 从2026年7月到12月 its dates), who issues
    /// it (单位写…, issued by …, 负责人, 经办人, 联系电话) and the file, each as typed.
    @Test func aCertificateSaysWhoIssuesItAndForWhen() async throws {
        let (first, _, state) = try await Self.reading("杨帆要一份今年1到3月的时长证明，单位写观山湖区志愿者协会", store: "fresh-b-store")
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        #expect(first.best?.line == "/certificate \(id("杨帆")) period=2027-Q1 issuer=观山湖区志愿者协会")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-b-store").interpret(line) }
        let asked: [(line: String, person: String, arguments: String)] = [
            ("杨帆申请志愿服务证明，时间从2026年7月到12月", "杨帆", "from=2026-07-01 to=2026-12-31"),
            (
                "开一张郑凯的志愿服务时长证明，盖章单位是仁怀市志愿者协会，经办人李四，联系电话0851-1234567", "郑凯",
                "issuer=仁怀市志愿者协会 handler=李四 contact=0851-1234567"
            ),
            ("给田甜出个证明 出具单位写贵阳市生态环境志愿服务总队 负责人张三", "田甜", "issuer=贵阳市生态环境志愿服务总队 head=张三"),
            ("刘洋要开证明 去年全年的 存成刘洋证明.html", "刘洋", "period=2026 file=刘洋证明.html"),
        ]
        for (line, person, arguments) in asked {
            #expect(read(line).best?.line == "/certificate \(id(person)) \(arguments)", "\(line)")
        }
        let english = try #require(
            read("Please issue Yang Fan a certificate for last year, issued by the Guanshanhu volunteer association")
                .best)
        #expect(english.value("issuer") == "Guanshanhu volunteer association" && english.value("period") == "2026")
        // The same run of months lists sessions and makes reports.
        #expect(read("1到2月有哪些活动").best?.line == "/sessions past from=2027-01-01 to=2027-02-28")
    }

    /// More of my own lines for what the first fresh set's held half missed (check-out, a
    /// person, a session, leaving, listings; counts only), against its store (now Thursday
    /// 2027-01-14 10:00).
    @Test func aPersonASessionAndLeavingSaidOtherwise() async throws {
        let (first, ids, state) = try await Self.reading("杨帆这几个月参加了哪些活动")
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        #expect(first.best?.line == "/person \(id("杨帆"))")
        let read = { (line: String) in Self.interpreter(state).interpret(line) }
        let session = { (key: String) in ids[key] ?? key }
        let proposals: [(line: String, expected: String)] = [
            ("看看明天铜仁那个宣讲准备得怎么样了", "/session \(session("tongren-carbon-tomorrow"))"),
            ("石磊说下周六的技能培训他去不了", "/unlog \(session("honghuagang-river-skills")) \(id("石磊"))"),
            ("蒙春梅捡完垃圾先回家了", "/checkout \(session("qianling-cleanup-today")) \(id("蒙春梅"))"),
            ("杨帆今年到现在一共服务了多久", "/person \(id("杨帆")) period=2027"),
            ("How many times has Long Haiyan volunteered this month?", "/person \(id("龙海燕")) period=2027-01"),
            ("张伟最近参加了什么活动", "/person \(id("张伟"))"),
            ("下周二都匀那场湿地科普在哪里上课", "/session \(session("duyun-wetland-school"))"),
            ("最近一个月搞了哪些活动", "/sessions all from=2026-12-16 to=2027-01-14"),
            ("下个礼拜都安排了些啥", "/sessions from=2027-01-18 to=2027-01-24"),
            ("What's planned for the rest of the month?", "/sessions upcoming from=2027-01-01 to=2027-01-31"),
        ]
        for (line, expected) in proposals {
            #expect(read(line).best?.line == expected, "\(line)")
        }
        for question in ["铜仁那个宣讲怎么准备比较好", "志愿服务时长一般多久能评一星"] {
            #expect(read(question).decision == .question, "\(question)")
        }
    }

    /// The nomination's size and file, and a coordinator's shorthand for lengths and
    /// lecturers not registered, the record check and absences (the fresh-b store, now Tuesday
    /// 2027-03-23).
    @Test func aNominationsSizeAndFileAndShorthandLengths() async throws {
        let (first, ids, state) = try await Self.reading("今年百名志愿者推选 先出20个候选人看看", store: "fresh-b-store")
        #expect(first.best?.line == "/nominate 2027 limit=20")
        let read = { (line: String) in Self.interpreter(state, store: "fresh-b-store").interpret(line) }
        let id = { (name: String) in state.people.values.first { $0.name == name }?.id ?? name }
        for line in ["数据检查下", "跑一下数据校验", "系统里有没有错的记录 查一下"] {
            #expect(read(line).best?.line == "/check", "\(line)")
        }
        let caohai = try #require(ids["caohai-birds"])
        #expect(read("田甜3/10草海那次没去").best?.line == "/mark \(caohai) \(id("田甜")) status=no-show")
        let school = try #require(ids["water-day-school"])
        #expect(read("蒙丽昨天南明小学那场 缺").best?.line == "/mark \(school) \(id("蒙丽")) status=no-show")
        #expect(read("2027年百名推選名單 導出成nominate.csv").best?.line == "/nominate 2027 file=nominate.csv")
        #expect(
            read("nominations for this year, top 50, save as noms.html").best?.line
                == "/nominate 2027 limit=50 file=noms.html")
        let half = try #require(read("下週六上午9點半在西秀區給居民講垃圾分類 一個半鐘").best)
        #expect(half.value("duration") == "1.5h" && half.value("title") == "垃圾分类宣讲")
        let day = try #require(read("后天早上8点集合 去红枫湖净滩 亲子 半天").best)
        #expect(day.value("duration") == "4h" && day.value("title")?.contains("集合") == false)
        let talk = try #require(read("明天下午三点半到五点 观山湖 社区 低碳宣传 李娜主讲").best)
        #expect(talk.value("lecturer") == "李娜" && talk.value("title")?.contains("李娜") == false)
    }
}
