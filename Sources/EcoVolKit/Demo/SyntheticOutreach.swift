import Foundation

/// A year of outreach records made up deterministically: sessions across the nine 市州 and
/// 贵安新区 (or one city), the people who served at them and one participation row per
/// person per session. It fills `ecovol demo` and the store benchmarks, so both see what a
/// real province's data looks like: Chinese names, venues in real counties, the five
/// service types, the six audiences, the provincial programmes and each city's own projects,
/// busy environmental days and a core of regular volunteers who serve far more than most.
public struct SyntheticOutreach: Sendable {
    /// How many of each record to make.
    public struct Scale: Sendable, Equatable {
        package var sessions: Int
        package var people: Int
        package var participations: Int

        package init(sessions: Int, people: Int, participations: Int) {
            self.sessions = max(1, sessions)
            self.people = max(1, people)
            self.participations = max(0, participations)
        }

        /// About 25 people per session and 10 sessions per person a year.
        public static func proportionate(participations: Int) -> Scale {
            Scale(
                sessions: max(4, participations / 25), people: max(60, participations / 10),
                participations: participations)
        }

        /// One city's year, what `ecovol demo` writes.
        public static let cityYear = Scale(sessions: 180, people: 600, participations: 4_500)
    }

    /// What was made.
    public struct Summary: Sendable, Equatable {
        package var projects = 0
        package var people = 0
        package var sessions = 0
        package var participations = 0
        package var attendedHours = 0.0
    }

    package var scale: Scale
    /// Canonical city names (see `City.all`).
    package var cities: [String]
    /// Midnight (Asia/Shanghai) of the first of the 365 days the sessions fall on.
    package var start: Date
    package var seed: UInt64
    /// Sessions after this instant are still planned; earlier ones are done (a few cancelled).
    public var now: Date

    /// The calendar year `year`, as seen on 1 December (December's sessions still planned).
    public init(scale: Scale, cities: [String] = City.all.map(\.name), year: Int = 2025, seed: UInt64 = 20_250_605) {
        let start = Self.yearStart(year)
        self.init(scale: scale, cities: cities, start: start, now: start.addingTimeInterval(334 * 86_400), seed: seed)
    }

    /// The 365 days from `start` (rounded down to midnight in Asia/Shanghai), as seen at `now`.
    package init(scale: Scale, cities: [String], start: Date, now: Date, seed: UInt64 = 20_250_605) {
        self.scale = scale
        self.cities = cities.isEmpty ? City.all.map(\.name) : cities
        self.start = Self.shanghai.startOfDay(for: start)
        self.now = now
        self.seed = seed
    }

    static let shanghai: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = ChinaTime.zone
        return calendar
    }()

    /// Midnight of 1 January in Asia/Shanghai (UTC+8, no daylight saving).
    static func yearStart(_ year: Int) -> Date {
        // 1 January exists in every Gregorian year and China has no daylight-saving gap at
        // midnight, so the calendar always answers; the unwrap cannot fail.
        shanghai.date(from: DateComponents(year: year, month: 1, day: 1))!
    }

    /// Offsets from `start` of the environmental days that fall in its 365 days.
    func busyDays() -> [Int] {
        let year = Self.shanghai.component(.year, from: start)
        var days: [Int] = []
        for y in [year, year + 1] {
            for (month, day) in Self.environmentalDays {
                guard let date = Self.shanghai.date(from: DateComponents(year: y, month: month, day: day)) else {
                    continue
                }
                let offset = Int((date.timeIntervalSince(start) / 86_400).rounded())
                if (0..<365).contains(offset) { days.append(offset) }
            }
        }
        return days.isEmpty ? [0] : days
    }

    /// Calls `body` with the operations in batches of at most `batchSize`: projects, then
    /// people, then each session followed by its participations, in date order.
    public func generate(batchSize: Int = 5_000, _ body: ([StoreOperation]) throws -> Void) rethrows -> Summary {
        var rng = SeededGenerator(seed: seed)
        var summary = Summary()
        var batch: [StoreOperation] = []
        batch.reserveCapacity(batchSize)
        func emit(_ op: StoreOperation) throws {
            batch.append(op)
            if batch.count >= batchSize {
                try body(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        let start = self.start
        let busyDays = busyDays()
        var usedIDs: Set<String> = []
        func freshID(_ kind: OutreachID.Kind) -> String {
            while true {
                let id = OutreachID.make(kind, using: &rng)
                if usedIDs.insert(id).inserted { return id }
            }
        }

        // Projects: two of each city's own beside the built-in programmes.
        var cityProjects: [String: [String]] = [:]
        for city in cities {
            let short = City.find(city)?.shortName ?? city
            // Two different themes: two projects of one name would be one project to a user.
            let first = rng.pick(Self.projectThemes)
            var second = rng.pick(Self.projectThemes)
            while second == first { second = rng.pick(Self.projectThemes) }
            for theme in [first, second] {
                let id = freshID(.project)
                let project = Project(id: id, name: short + theme, city: city, created: start)
                cityProjects[city, default: []].append(id)
                summary.projects += 1
                try emit(.putProject(project))
            }
        }

        // People: each belongs to a city; earlier people in a city's list serve more often.
        var people: [Person] = []
        people.reserveCapacity(scale.people)
        var pool: [String: [Int]] = [:]
        var usedNames: Set<String> = []
        for k in 0..<scale.people {
            let city = cities[k % cities.count]
            // Names are kept distinct while the name space allows, so `/check` finds no
            // made-up "duplicates" (at benchmark scale some names repeat, as in life).
            var name = ""
            for _ in 0..<8 {
                name =
                    rng.pick(Self.surnames) + rng.pick(Self.givenNames)
                    + (rng.chance(0.6) ? rng.pick(Self.givenNames) : "")
                if !usedNames.contains(name) { break }
            }
            usedNames.insert(name)
            var phone = "1" + rng.pick(["3", "5", "7", "8", "9"])
            for _ in 0..<9 { phone.append(Character(String(rng.int(0...9)))) }
            let short = City.find(city)?.shortName ?? city
            let organisation = rng.chance(0.8) ? short + rng.pick(Self.organisations) : nil
            let skills = Self.skills.filter { _ in rng.chance(0.15) }
            let registered = start.addingTimeInterval(
                -Double(rng.int(0...(3 * 365))) * 86_400 + Double(rng.int(9...20)) * 3600)
            let person = Person(
                id: freshID(.person), name: name, phone: phone, organisation: organisation, skills: skills,
                registered: registered, consent: rng.chance(0.3) ? "书面同意" : nil)
            pool[city, default: []].append(people.count)
            people.append(person)
            summary.people += 1
            try emit(.putPerson(person))
        }

        // Session sizes: about the mean, spread out, adding up exactly.
        let sessionCount = scale.sessions
        let mean = scale.participations / sessionCount
        var sizes = [Int](repeating: mean, count: sessionCount)
        for k in 0..<(scale.participations - mean * sessionCount) { sizes[k % sessionCount] += 1 }
        if mean >= 2 {
            for _ in 0..<sessionCount {
                let i = Int(rng.next(upperBound: UInt64(sessionCount)))
                let j = Int(rng.next(upperBound: UInt64(sessionCount)))
                let d = rng.int(0...(mean / 2))
                if i != j, sizes[i] - d >= 1 {
                    sizes[i] -= d
                    sizes[j] += d
                }
            }
        }
        let maxSize = min(people.count, max(1, mean * 3))
        var overflow = 0
        for k in 0..<sessionCount where sizes[k] > maxSize {
            overflow += sizes[k] - maxSize
            sizes[k] = maxSize
        }
        var k = 0
        while overflow > 0, k < sessionCount * 4 {
            let i = k % sessionCount
            if sizes[i] < maxSize {
                sizes[i] += 1
                overflow -= 1
            }
            k += 1
        }

        // Days: spread over the year, with extra sessions on the environmental days.
        var days = (0..<sessionCount).map { _ in rng.chance(0.15) ? rng.pick(busyDays) : rng.int(0...364) }
        days.sort()

        // Sessions come in start order, so a person is free when their last session has ended.
        var busyUntil: [Int: Date] = [:]
        var slots: [(day: Int, hour: Int)] = days.map { ($0, rng.pick([9, 9, 10, 14, 14, 15, 19])) }
        slots.sort { $0.day != $1.day ? $0.day < $1.day : $0.hour < $1.hour }
        for (n, slot) in slots.enumerated() {
            let day = slot.day
            let city = cities[Int(rng.next(upperBound: UInt64(cities.count)))]
            let short = City.find(city)?.shortName ?? city
            let type = Self.weightedType(&rng)
            let audience: Audience? = type == .training ? nil : rng.pick(Audience.allCases)
            let topic = rng.pick(Self.topics)
            let title: String
            switch type {
            case .lecture: title = "习近平生态文明思想进\(audience?.label.zh ?? "社区")"
            case .education: title = "\(topic)进\(audience?.label.zh ?? "社区")"
            case .supervision: title = rng.pick(["河湖巡护", "污染线索排查", "饮用水源地巡查", "噪声扰民走访"])
            case .practice: title = rng.pick(["植树", "净滩", "垃圾分类督导", "光盘行动", "绿色出行"]) + "实践"
            case .training: title = short + rng.pick(["岗前基础培训", "项目技能培训", "骨干管理培训"])
            }
            let hour = slot.hour
            let length = rng.pick([1.5, 2, 2, 2.5, 3, 4])
            var begin = start.addingTimeInterval(Double(day) * 86_400 + Double(hour) * 3600)
            var end = begin.addingTimeInterval(length * 3600)
            let projectRoll = rng.int(0...99)
            let project =
                projectRoll < 55
                ? rng.pick(Project.builtIns).id : projectRoll < 85 ? cityProjects[city].map { rng.pick($0) } : nil
            let county = Self.counties[city].map { rng.pick($0) }
            let venue = (county ?? short) + rng.pick(Self.venues[audience ?? .agency] ?? ["会议室"])

            // Participants: mostly the city's people, the regulars most often.
            // Nobody is put in two sessions at once: a record that counts hours twice is
            // exactly what `/check` and the certificate refuse.
            let local = pool[city] ?? []
            var chosen: [Int] = []
            var taken: Set<Int> = []
            let size = sizes[n]
            var tries = 0
            func free(_ who: Int) -> Bool { !(busyUntil[who].map { $0 > begin } ?? false) }
            while chosen.count < size, tries < size * 16 {
                tries += 1
                let candidate: Int
                if !local.isEmpty, rng.chance(0.9), tries < size * 8 {
                    let u = Double(rng.next() >> 11) / Double(1 << 53)
                    candidate = local[min(local.count - 1, Int(Double(local.count) * u * u))]
                } else {
                    candidate = Int(rng.next(upperBound: UInt64(people.count)))
                }
                if free(candidate), taken.insert(candidate).inserted { chosen.append(candidate) }
            }
            if chosen.count < size {
                // A crowded day: take whoever is still free, in order from a random place.
                let offset = Int(rng.next(upperBound: UInt64(people.count)))
                for i in 0..<people.count where chosen.count < size {
                    let who = (offset + i) % people.count
                    if free(who), taken.insert(who).inserted { chosen.append(who) }
                }
            }
            if chosen.count < size {
                // Still short: start later, once enough of the others have finished. A person
                // is busy until the end of their latest session, so a later start never overlaps.
                let ends = busyUntil.filter { !taken.contains($0.key) && $0.value > begin }.map(\.value).sorted()
                let need = size - chosen.count
                if need <= ends.count {
                    let shift = (ends[need - 1].timeIntervalSince(begin) / 1800).rounded(.up) * 1800
                    begin += shift
                    end += shift
                    for who in people.indices where chosen.count < size {
                        if free(who), taken.insert(who).inserted { chosen.append(who) }
                    }
                }
            }
            var status: SessionStatus = begin > now ? .planned : .done
            if status == .done, rng.chance(0.03) { status = .cancelled }
            if status != .cancelled { for who in chosen { busyUntil[who] = max(busyUntil[who] ?? end, end) } }
            let hasLecturer = type == .lecture || type == .education || type == .training
            let staffCount = min(chosen.count, rng.int(0...2))
            var lecturers: [String] = []
            var staff: [String] = []
            for (i, who) in chosen.enumerated() {
                if hasLecturer, i == 0 {
                    lecturers.append(people[who].name)
                } else if staff.count < staffCount {
                    staff.append(people[who].name)
                }
            }
            let session = Session(
                id: freshID(.session), title: title, type: type,
                trainingLevel: type == .training ? rng.pick(TrainingLevel.allCases) : nil,
                start: begin, end: end, venue: venue, city: city, county: county, audience: audience, project: project,
                capacity: size + rng.int(0...10), lecturers: lecturers, organiser: short + rng.pick(Self.organisations),
                leader: staff.first, recorder: staff.count > 1 ? staff[1] : nil,
                support: SupportKind.allCases.filter { _ in rng.chance(0.5) }, status: status,
                cancelReason: status == .cancelled ? rng.pick(["天气原因", "场地冲突", "疫情防控"]) : nil,
                reached: status == .done ? rng.int(20...300) : nil, rating: status == .done ? rng.int(3...5) : nil,
                created: begin.addingTimeInterval(-Double(rng.int(3...30)) * 86_400)
            )
            summary.sessions += 1
            try emit(.putSession(session))
            let hours = session.hours
            for (i, who) in chosen.enumerated() {
                let role: ParticipationRole =
                    hasLecturer && i == 0 ? .lecturer : i < (hasLecturer ? 1 : 0) + staffCount ? .staff : .volunteer
                let participation: Participation
                switch status {
                case .done:
                    let attended = rng.chance(0.92)
                    let actual = attended ? max(0.5, hours - (rng.chance(0.2) ? 0.5 : 0)) : 0
                    participation = Participation(
                        session: session.id, person: people[who].id, role: role, status: attended ? .attended : .noShow,
                        scheduledHours: hours, actualHours: actual,
                        evaluation: attended && rng.chance(0.4) ? rng.int(3...5) : nil,
                        logged: ISOTimestamp.normalize(end.addingTimeInterval(Double(rng.int(10...600)) * 60))
                    )
                    if attended { summary.attendedHours += actual }
                case .planned, .cancelled:
                    participation = Participation(
                        session: session.id, person: people[who].id, role: role, status: .signedUp,
                        scheduledHours: hours,
                        logged: ISOTimestamp.normalize(
                            session.created.addingTimeInterval(Double(rng.int(1...48)) * 3600))
                    )
                }
                summary.participations += 1
                try emit(.putParticipation(participation))
            }
        }
        if !batch.isEmpty { try body(batch) }
        return summary
    }

    /// Writes everything into the JSON files (one journal line per batch), then compacts so
    /// the store opens from a snapshot with an empty journal (benchmarks and tests).
    @discardableResult
    public func fill(_ store: JSONFileStore, batchSize: Int = 5_000) throws -> Summary {
        let summary = try generate(batchSize: batchSize) { ops in
            try store.append(command: "demo", ops)
        }
        try store.compact()
        return summary
    }

    /// Writes everything into any store, one change per batch (`ecovol demo` on any backend;
    /// the JSON store compacts its grown journal when it is closed).
    @MainActor @discardableResult
    package func fill(_ store: any OutreachStore, batchSize: Int = 5_000) async throws -> Summary {
        var batches: [[StoreOperation]] = []
        let summary = generate(batchSize: batchSize) { batches.append($0) }
        for ops in batches { try await store.append(command: "demo", ops) }
        return summary
    }

    static func weightedType(_ rng: inout SeededGenerator) -> ServiceType {
        let r = rng.int(0...99)
        switch r {
        case 0..<40: return .education
        case 40..<65: return .practice
        case 65..<80: return .lecture
        case 80..<90: return .supervision
        default: return .training
        }
    }

    /// 植树节, 世界水日, 世界地球日, 生物多样性日, 环境日, 贵州生态日, 全国生态日, 国际保护臭氧层日.
    static let environmentalDays = [(3, 12), (3, 22), (4, 22), (5, 22), (6, 5), (6, 18), (8, 15), (9, 16)]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程龙吴杨石韦罗").map(String.init)
    static let givenNames = Array("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红建文辉鹏飞宇欣怡子涵浩然思雨梓轩佳琪晨阳").map(String.init)
    static let organisations = ["环保志愿者协会", "生态环境局", "青年志愿者协会", "大学生志愿服务队", "社区志愿服务站", "河湖保护志愿队", "自然教育中心"]
    static let skills = ["宣讲", "摄影", "急救", "驾驶", "外语", "垃圾分类指导", "水质检测", "文案", "手语", "无人机"]
    static let topics = [
        "垃圾分类", "节水护水", "低碳生活", "生物多样性保护", "塑料污染治理", "大气污染防治", "土壤保护", "节约用电", "绿色出行", "湿地保护", "噪声防治", "光盘行动",
    ]
    static let projectThemes = ["「河长制」巡河护河行动", "绿色学校创建", "乡村人居环境整治", "低碳社区创建", "赤水河流域保护", "草海湿地守护", "自然课堂"]
    static let venues: [Audience: [String]] = [
        .family: ["家庭教育服务站", "社区活动室"],
        .community: ["社区服务中心", "居委会会议室", "小区广场"],
        .school: ["第一中学", "实验小学", "职业技术学院"],
        .enterprise: ["工业园区", "电厂会议室", "物流园"],
        .agency: ["机关会议室", "政务服务中心"],
        .village: ["村委会", "易地扶贫搬迁安置点", "乡镇文化站"],
    ]
    static let counties: [String: [String]] = [
        "贵阳市": ["南明区", "云岩区", "花溪区", "乌当区", "白云区", "观山湖区", "清镇市", "修文县", "息烽县", "开阳县"],
        "六盘水市": ["钟山区", "六枝特区", "水城区", "盘州市"],
        "遵义市": ["红花岗区", "汇川区", "播州区", "仁怀市", "赤水市", "习水县"],
        "安顺市": ["西秀区", "平坝区", "普定县", "镇宁县", "关岭县"],
        "毕节市": ["七星关区", "大方县", "黔西市", "金沙县", "威宁县", "赫章县"],
        "铜仁市": ["碧江区", "万山区", "江口县", "石阡县", "松桃县"],
        "黔西南布依族苗族自治州": ["兴义市", "兴仁市", "安龙县", "贞丰县"],
        "黔东南苗族侗族自治州": ["凯里市", "镇远县", "黎平县", "从江县", "雷山县"],
        "黔南布依族苗族自治州": ["都匀市", "福泉市", "荔波县", "贵定县", "龙里县"],
        "贵安新区": ["湖潮乡", "马场镇", "党武镇"],
    ]
}
