import Foundation

/// A name in a request that belongs to registered people (one, or several namesakes), so the
/// proposal can carry the person id and a namesake is asked about when the command runs.
struct KnownPerson {
    var name: String
    var people: [Person]
    var range: Range<Int>
    /// Named as the lecturer (张三主讲, lecturer Li Na).
    var lecturer: Bool
    /// Other registered names the same Latin spelling reads as (Huang Lei: 黄磊 and 黄蕾), so
    /// the request is offered in both readings instead of silently taking one.
    var otherReadings: [KnownPerson] = []
}

extension RequestInterpreter {
    /// Registered names in the text, in the order they appear. Looks up each 2–4 character
    /// piece of Han text in the index's name table, and only the few Latin-letter names as
    /// words, so a large register costs a handful of hash look-ups.
    func knownPeople(in t: RequestText) -> [KnownPerson] {
        guard let index, !index.peopleByName.isEmpty else { return [] }
        var pieces: [String: Range<Int>] = [:]
        let chars = t.chars
        for i in 0..<chars.count where RequestText.isHan(chars[i]) {
            for len in 2...4 where i + len <= chars.count {
                let r = i..<i + len
                guard chars[r].allSatisfy(RequestText.isHan) else { break }
                let s = String(chars[r])
                if pieces[s] == nil { pieces[s] = r }
            }
        }
        var byName: [String: (Range<Int>, [Person], [KnownPerson])] = [:]
        for (piece, r) in pieces {
            if let people = index.peopleByName[piece] { byName[piece] = (r, people, []) }
        }
        for entry in index.latinNames where byName[entry.name] == nil {
            if let r = t.wordRange(of: entry.name.lowercased()) { byName[entry.name] = (r, entry.people, []) }
        }
        // Zhang San, Wang Xiaoming: two or three Latin words that spell a registered Han name.
        if !index.peopleByPinyin.isEmpty {
            let words = Self.latinWords(t)
            for i in words.indices {
                for n in [3, 2] where i + n <= words.count {
                    let key = words[i..<i + n].map(\.word).joined()
                    guard let people = index.peopleByPinyin[key], let name = people.first?.name, byName[name] == nil
                    else { continue }
                    let r = words[i].range.lowerBound..<words[i + n - 1].range.upperBound
                    // One spelling, several names: the longest registered first, each a reading.
                    var names: [String] = []
                    for p in people where !names.contains(p.name) { names.append(p.name) }
                    let others = names.dropFirst().map { other in
                        KnownPerson(
                            name: other, people: people.filter { $0.name == other }, range: r, lecturer: false)
                    }
                    byName[name] = (r, people.filter { $0.name == name }, others)
                    break
                }
            }
        }
        // A longer name wins over a shorter one inside it (王小明 over 王小).
        var found = byName.map {
            KnownPerson(
                name: $0.key, people: $0.value.1, range: $0.value.0, lecturer: false, otherReadings: $0.value.2)
        }
        found = found.filter { k in
            !found.contains { o in
                o.name != k.name && o.range.contains(k.range.lowerBound) && o.range.count > k.range.count
            }
        }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        for i in found.indices {
            let after = t.slice(found[i].range.upperBound..<min(t.count, found[i].range.upperBound + 2))
            let before = t.slice(max(0, found[i].range.lowerBound - 3)..<found[i].range.lowerBound)
            let lead = t.slice(max(0, found[i].range.lowerBound - 6)..<found[i].range.lowerBound)
            // 请吴晓燕到七星关区…讲: the one invited to speak.
            let following = t.slice(found[i].range.upperBound..<min(t.count, found[i].range.upperBound + 24))
            let invited = before.hasSuffix("请") && following.contains("讲")
            found[i].lecturer =
                after.hasPrefix("主讲") || after.hasPrefix("来讲") || before.hasSuffix("讲师") || invited
                || before.hasSuffix("由") && after.hasPrefix("讲")
                || before.hasSuffix("by ")
                || Self.lecturerLeadIns.contains { lead.hasSuffix($0) }
                || [
                    " as the lecturer", " as lecturer", " as the speaker", " as speaker", " to give the talk",
                    " giving the talk",
                ]
                .contains { following.hasPrefix($0) }
                || t.slice(max(0, found[i].range.lowerBound - 9)..<found[i].range.lowerBound).contains("lecturer")
        }
        return found
    }

    /// Words before the lecturer's name (讲师写成周建国, 主讲人是吴晓燕).
    static let lecturerLeadIns = [
        "讲师写成", "讲师填", "讲师是", "讲师为", "讲师由", "讲师请", "主讲人是", "主讲人为", "主讲人", "主讲是", "主讲为", "主讲请", "讲课人是", "宣讲人是",
    ]

    /// The runs of Latin letters of the text with their character ranges.
    static func latinWords(_ t: RequestText) -> [(word: String, range: Range<Int>)] {
        var out: [(String, Range<Int>)] = []
        var start: Int? = nil
        for i in 0...t.count {
            let letter = i < t.count && t.chars[i].isASCII && t.chars[i].isLetter
            if letter, start == nil { start = i }
            if !letter, let s = start {
                out.append((String(t.chars[s..<i]), s..<i))
                start = nil
            }
        }
        return out
    }

    nonisolated static let surnames: Set<Character> = Set(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤杨欧岳柳文罗吉班")

    /// Words that look like names but are not (a surname followed by an ordinary word).
    static let notNames: Set<String> = [
        "周六", "周日", "周末", "周一", "周二", "周三", "周四", "周五", "高中", "马上", "石阡", "江口", "万山", "龙里", "文化", "方便", "白天", "金沙",
        "周边", "杨柳", "林业", "江边", "黄河", "何时", "向导", "程序", "任务", "段落", "严格", "朱砂", "于是", "许多", "余庆", "毛巾", "钟头", "史料",
    ]

    /// Names given in a log request that are not registered yet: 把李四、王五登记到…, add Li Na
    /// and Wang Wu to …. Only pieces that look like names (a common surname and one or two
    /// more characters) are taken.
    static func unknownNames(_ t: RequestText) -> [String] {
        var out: [String] = []
        for regex in unknownNamePatterns {
            for m in t.matches(regex) {
                let group = m.groups[1] ?? ""
                for piece in group.split(whereSeparator: { "、，, 和跟与及".contains($0) }) {
                    for name in splitNames(String(piece)) where !out.contains(name) { out.append(name) }
                }
            }
            if !out.isEmpty { return out }
        }
        if let regex = englishNamesPattern, let m = t.matches(regex).first, let group = m.groups[1] {
            for piece in group.components(separatedBy: ",").flatMap({ $0.components(separatedBy: " and ") }) {
                let words = piece.split(separator: " ").map(String.init).filter { !$0.isEmpty }
                guard (1...3).contains(words.count), words.allSatisfy({ $0.allSatisfy(\.isLetter) }),
                    !["me", "us", "them", "him", "her", "everyone", "volunteers", "the", "people"].contains(words[0])
                else { continue }
                out.append(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
            }
        }
        // "a new volunteer named Li Xiang turned up"
        if out.isEmpty, let regex = englishNamedPattern, let g = t.matches(regex).first?.groups[1],
            let name = englishName(g)
        {
            out.append(name)
        }
        return out
    }

    static let englishNamedPattern = RequestSlots.regex("\\b(?:named|called)\\s+([a-z]+(?: [a-z]+)?)\\b")

    /// Where a log request names people, in the order tried (compiled once).
    static let unknownNamePatterns: [NSRegularExpression] = [
        "(?:把|将|给|让)\\s*([\\p{Han}、，,和跟与及 ]{2,40}?)\\s*(?:都|也|一起)?\\s*(?:登记|记到|记上|记进|加到|加进|加入|报名|录入|添加|签到|移除|去掉|删掉|从)",
        "(?:登记|记上|添加|录入|报名|签到)\\s*(?:一下)?\\s*([\\p{Han}、，,和跟与及 ]{2,40}?)\\s*(?:到|进|参加|为|在|去)",
        "^([\\p{Han}、，,和跟与及 ]{2,20}?)\\s*(?:参加了|去了|来了|到了|报名参加|报名|要参加)",
        "(?:加上|添上|还有|来了)\\s*([\\p{Han}、，,和跟与及 ]{2,20}?)\\s*(?:[，,。]|登记|$)",
        // 周建国上周六也去巡河了，干了两个半小时: a name opening the line, who also went.
        "^([\\p{Han}]{2,3}?)\\s*(?:上周.|上礼拜.|上星期.|昨天|前天|今天|周.)?\\s*(?:也|都)\\s*(?:去|来|参加)",
        // 上周六巡河周建国也去了，帮他补上: someone named after the session, who went.
        "([\\p{Han}]{2,3}?)\\s*(?:也|都)?\\s*(?:去了|参加了|来了|到了)[^吗呢？?]*(?:补上|补登|补录|补记|登记|记上|加上)",
        // 来了个新志愿者叫李想，麻烦登记上: a newcomer introduced by name.
        "(?:名叫|叫做|名字叫|名字是|叫)\\s*([\\p{Han}]{2,3}?)\\s*(?:[，,。！!、]|麻烦|帮|请|也|登记|记|加|$)",
    ].compactMap(RequestSlots.regex)

    static let englishNamesPattern = RequestSlots.regex(
        "\\b(?:add|log|register|sign up|signed up|enrol|enroll|record|remove|put)\\s+(.+?)\\s+(?:to|for|on|at|into|in|from|as)\\b"
    )

    static let unknownPersonPattern = RequestSlots.regex(
        "^(?:帮我)?(?:查一?下|看看|查查)?\\s*([\\p{Han}]{2,3}?)\\s*(?:今年|去年|这个月|上个月|一共|总共|累计|的|服务|参加|有多少|到现在|目前|现在)")

    /// Whose certificate a request asks for: 给王五开个证明, 帮我为李娜出一份志愿服务证明, 王五需要一份
    /// 时长证明 — the name sits between 给/为 and the verb, or opens the line before 需要.
    static let certificatePersonPatterns: [NSRegularExpression] = [
        "(?:给|为|替)\\s*([\\p{Han}]{2,3}?)\\s*(?:开具|出具|开|出|打印|打|办|做|弄|生成)(?:一下|一|1|个|份|张)*\\s*"
            + "(?:志愿服务|志愿|服务)?(?:时长|记录)?(?:证明|证书)",
        "^([\\p{Han}]{2,3}?)\\s*(?:需要|要|想要|想开|要开|申请)(?:一下|一|1|个|份|张)*\\s*(?:志愿服务|志愿|服务)?(?:时长|记录)?(?:证明|证书)",
        "\\b(?:certificate|cert)s?\\s+(?:for|of)\\s+([a-z]+(?: [a-z]+)?)",
        "\\b([a-z]+(?: [a-z]+)?)'s (?:certificate|cert)\\b",
    ].compactMap(RequestSlots.regex)

    /// English words after "for" that are not a person's name.
    static let notEnglishNames: Set<String> = [
        "the", "our", "my", "this", "that", "each", "every", "him", "her", "them", "me", "us", "all", "everyone",
        "volunteers", "volunteer", "people", "last", "next", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]

    static let englishPersonPatterns: [NSRegularExpression] = [
        "how many hours (?:has|did|does)\\s+([a-z]+(?: [a-z]+)?)\\s+(?:served|volunteered|done|worked|got|have|put)",
        "([a-z]+(?: [a-z]+)?)'s (?:hours|record|profile|history)",
        "(?:record of|profile of|history of|hours for|hours of)\\s+([a-z]+(?: [a-z]+)?)",
    ].compactMap(RequestSlots.regex)

    /// Words that introduce a name (新志愿者罗娟, 志愿者张三): dropped before the name is read.
    static let nameLeadIns = ["新志愿者", "志愿者", "新来的", "新成员", "新队员", "队员", "新人", "同学", "老师"]

    /// Words that sit beside names in a request without being part of them: a day or a time
    /// (李四王五周六…, 明天张三…), and the little words before a verb (都, 也, 一起, 来, 去, and
    /// 不/没 of 李娜周六不去了).
    static let wordsBesideNames: [String] =
        ["周末"] + "一二三四五六日天".map { "周\($0)" } + "一二三四五六日天".map { "星期\($0)" } + [
            "今天", "明天", "昨天", "前天", "后天", "今晚", "上午", "下午", "晚上", "早上", "中午",
            "刚才", "已经", "一起", "都", "也", "来", "去", "不", "没",
        ]

    /// The names in a run of Han characters written without separators (李四王五, 张三李四王五,
    /// 王小明李四): split into pieces of two or three characters that each look like a name.
    /// Words beside the names (a day, 都, 来) are dropped first. When the run can be split more
    /// than one way, the split into two-character names is taken.
    static func splitNames(_ s: String) -> [String] {
        // Before the whole is read as one name: 王五来 is 王五 and 来, not a name of three.
        for word in wordsBesideNames where s.count > word.count {
            if s.hasPrefix(word), case let names = splitNames(String(s.dropFirst(word.count))), !names.isEmpty {
                return names
            }
            if s.hasSuffix(word), case let names = splitNames(String(s.dropLast(word.count))), !names.isEmpty {
                return names
            }
        }
        if looksLikeName(s) { return [s] }
        if let lead = nameLeadIns.first(where: { s.hasPrefix($0) && s.count > $0.count }) {
            return splitNames(String(s.dropFirst(lead.count)))
        }
        return runOfNames(Array(s)[...]) ?? []
    }

    /// Splits `c` wholly into names of two or three characters, two-character pieces first.
    private static func runOfNames(_ c: ArraySlice<Character>) -> [String]? {
        if c.isEmpty { return [] }
        guard c.count >= 2, c.count <= 12 else { return nil }
        for length in [2, 3] where c.count >= length {
            let piece = String(c.prefix(length))
            if looksLikeName(piece), let rest = runOfNames(c.dropFirst(length)) { return [piece] + rest }
        }
        return nil
    }

    static func looksLikeName(_ s: String) -> Bool {
        let chars = Array(s)
        guard (2...3).contains(chars.count), chars.allSatisfy(RequestText.isHan), let first = chars.first,
            surnames.contains(first)
        else { return false }
        return !notNames.contains(s) && !s.hasSuffix("们")
    }

    /// The person a records question is about when that name is not registered (so the
    /// command can say it is unknown rather than the proposal guessing).
    static func unknownPersonName(_ t: RequestText) -> String? {
        if let regex = unknownPersonPattern, let m = t.matches(regex).first, let g = m.groups[1], looksLikeName(g) {
            return g
        }
        for regex in certificatePersonPatterns {
            for m in t.matches(regex) {
                guard let g = m.groups[1] else { continue }
                if g.first?.isASCII == true, let name = englishName(g) { return name }
                if looksLikeName(g) { return g }
            }
        }
        for regex in englishPersonPatterns {
            if let g = t.matches(regex).first?.groups[1], let name = englishName(g) { return name }
        }
        return nil
    }

    /// "li na" as Li Na; nil when the words are a pronoun or a determiner (the, our, them).
    private static func englishName(_ words: String) -> String? {
        let parts = words.split(separator: " ").map(String.init)
        guard let first = parts.first, !notEnglishNames.contains(first) else { return nil }
        return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}
