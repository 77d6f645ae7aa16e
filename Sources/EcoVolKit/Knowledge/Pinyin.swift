/// Toneless pinyin for indexing titles and keywords, so `lajifenlei`, `la ji fen lei`,
/// `lajifen` and `ljfl` find 垃圾分类. Readings come from the generated `ChineseTables`
/// (ICU's defaults, no ICU cold start at run time) corrected by a small table of domain
/// words whose characters have another reading (湿地 shi di, not shi de).
///
/// Pinyin is only ever an extra, low-weight field: homophones (景点 = 经典 = jingdian) make
/// it a poor normal form, as Meilisearch found.
package enum Pinyin {
    private static let readings: [UInt16] = {
        let alphabet = Array(ChineseTables.alphabet.utf8)
        var digit = [Int](repeating: 0, count: 128)
        for (i, c) in alphabet.enumerated() { digit[Int(c)] = i }
        var out: [UInt16] = []
        out.reserveCapacity(Int(ChineseTables.lastScalar - ChineseTables.firstScalar + 1))
        var high: Int?
        for c in ChineseTables.readings.utf8 where c != 0x0A {
            if let h = high {
                out.append(UInt16(h * alphabet.count + digit[Int(c)]))
                high = nil
            } else {
                high = digit[Int(c)]
            }
        }
        return out
    }()

    /// Words whose reading differs from their characters' defaults.
    static let wordOverrides: [String: [String]] = [
        "湿地": ["shi", "di"], "银行": ["yin", "hang"], "长城": ["chang", "cheng"], "重庆": ["chong", "qing"],
        "还原": ["huan", "yuan"], "音乐": ["yin", "yue"], "生长": ["sheng", "zhang"], "成长": ["cheng", "zhang"],
        "长大": ["zhang", "da"], "重复": ["chong", "fu"], "重新": ["chong", "xin"], "种树": ["zhong", "shu"],
        "种植": ["zhong", "zhi"], "种地": ["zhong", "di"], "便宜": ["pian", "yi"], "行业": ["hang", "ye"],
        "降解": ["jiang", "jie"], "可降解": ["ke", "jiang", "jie"], "的确": ["di", "que"], "目的": ["mu", "di"],
        "处理": ["chu", "li"], "处置": ["chu", "zhi"], "调查": ["diao", "cha"], "调节": ["tiao", "jie"],
        "空调": ["kong", "tiao"], "调整": ["tiao", "zheng"], "单车": ["dan", "che"], "参与": ["can", "yu"],
        "人参": ["ren", "shen"], "省份": ["sheng", "fen"], "节省": ["jie", "sheng"], "反省": ["fan", "xing"],
        "数量": ["shu", "liang"], "数据": ["shu", "ju"], "更新": ["geng", "xin"], "朝阳": ["zhao", "yang"],
        "还有": ["hai", "you"], "还是": ["hai", "shi"], "归还": ["gui", "huan"], "退还": ["tui", "huan"],
        "角色": ["jue", "se"], "露天": ["lu", "tian"], "薄膜": ["bo", "mo"], "地膜": ["di", "mo"],
        "了解": ["liao", "jie"], "为了": ["wei", "le"], "传记": ["zhuan", "ji"], "强制": ["qiang", "zhi"],
        "勉强": ["mian", "qiang"], "着火": ["zhao", "huo"], "着急": ["zhao", "ji"], "得分": ["de", "fen"],
        "少年": ["shao", "nian"], "少先队": ["shao", "xian", "dui"], "都市": ["du", "shi"], "首都": ["shou", "du"],
        "和平": ["he", "ping"], "暖和": ["nuan", "huo"], "效率": ["xiao", "lu"], "频率": ["pin", "lu"],
        "重量": ["zhong", "liang"], "供给": ["gong", "ji"], "给水": ["ji", "shui"], "发现": ["fa", "xian"],
        "头发": ["tou", "fa"], "厦门": ["xia", "men"], "大厦": ["da", "sha"], "血液": ["xue", "ye"],
        "曾经": ["ceng", "jing"], "不曾": ["bu", "ceng"], "藏族": ["zang", "zu"], "西藏": ["xi", "zang"],
        "宝藏": ["bao", "zang"], "只有": ["zhi", "you"], "一只": ["yi", "zhi"], "几乎": ["ji", "hu"],
        "茶几": ["cha", "ji"], "黔东南": ["qian", "dong", "nan"], "六盘水": ["liu", "pan", "shui"],
        "蚌埠": ["beng", "bu"], "河长": ["he", "zhang"], "湖长": ["hu", "zhang"], "林长": ["lin", "zhang"],
        "校长": ["xiao", "zhang"], "家长": ["jia", "zhang"], "村长": ["cun", "zhang"], "县长": ["xian", "zhang"],
        "市长": ["shi", "zhang"], "组长": ["zu", "zhang"], "部长": ["bu", "zhang"], "增长": ["zeng", "zhang"],
        "队长": ["dui", "zhang"], "班长": ["ban", "zhang"], "长辈": ["zhang", "bei"], "长老": ["zhang", "lao"],
        "会计": ["kuai", "ji"], "率先": ["shuai", "xian"], "行走": ["xing", "zou"],
    ]

    /// The default reading of one normalized scalar as a syllable code (0: none).
    @inline(__always)
    static func code(_ v: UInt32) -> Int {
        guard v >= ChineseTables.firstScalar, v <= ChineseTables.lastScalar else { return 0 }
        return Int(readings[Int(v - ChineseTables.firstScalar)])
    }

    /// The default reading of one normalized scalar, nil for non-Han characters.
    static func reading(_ v: UInt32) -> String? {
        let c = code(v)
        return c == 0 ? nil : ChineseTables.syllables[c - 1]
    }

    private static let syllableBytes: [[UInt8]] = ChineseTables.syllables.map { Array($0.utf8) }
    private static let syllableCodes: [String: Int] = Dictionary(
        uniqueKeysWithValues: ChineseTables.syllables.enumerated().map { ($0.element, $0.offset + 1) }
    )

    private static let overrideMatcher: PhraseMatcher<[Int]> = {
        var matcher = PhraseMatcher<[Int]>()
        for (word, syllables) in wordOverrides {
            let codes = syllables.compactMap { syllableCodes[$0] }
            if codes.count == syllables.count { matcher.add(word, codes) }
        }
        return matcher
    }()

    /// Syllable codes of one run of Han characters (already normalized), with word
    /// overrides applied; 0 for characters with no reading.
    static func codes(ofRun run: [UInt32]) -> [Int] {
        var out = run.map { code($0) }
        for match in overrideMatcher.matches(in: run) {
            guard let value = match.payloads.first, value.count == match.end - match.start else { continue }
            for (k, c) in value.enumerated() { out[match.start + k] = c }
        }
        return out
    }

    static func syllables(ofRun run: [UInt32]) -> [String?] {
        codes(ofRun: run).map { $0 == 0 ? nil : ChineseTables.syllables[$0 - 1] }
    }

    /// The pinyin of a whole string, syllables joined by spaces (for display and tests).
    package static func latin(_ text: String) -> String {
        let normalized = TextNormalizer.normalize(text)
        var parts: [String] = []
        var run: [UInt32] = []
        func flush() {
            parts.append(contentsOf: syllables(ofRun: run).compactMap { $0 })
            run.removeAll()
        }
        for v in normalized {
            if reading(v) != nil { run.append(v) } else { flush() }
        }
        flush()
        return parts.joined(separator: " ")
    }

    // MARK: - Reading typed pinyin

    /// Every syllable a user may type; `v` is read as `u` (ü) before segmenting.
    private static let syllableSet: Set<[UInt8]> = {
        var set = Set(
            ChineseTables.syllables.filter { s in s.contains { "aeiou".contains($0) } }.map { Array($0.utf8) })
        set.remove(Array("m".utf8))
        return set
    }()

    /// Splits typed letters (`lajifenlei`) into syllables (la ji fen lei), preferring long
    /// syllables but backtracking so that `xian` → xian and `xianggang` → xiang gang both
    /// parse. Returns nil when the letters are not pinyin.
    static func segment(_ letters: [UInt8]) -> [[UInt8]]? {
        let word = letters.map { $0 == UInt8(ascii: "v") ? UInt8(ascii: "u") : $0 }
        let n = word.count
        guard n > 0, n <= 64 else { return nil }
        // best[i]: a parse of word[i...] with the fewest syllables, found right to left.
        var best = [[Int]?](repeating: nil, count: n + 1)
        best[n] = []
        for i in stride(from: n - 1, through: 0, by: -1) {
            var chosen: [Int]?
            for length in stride(from: min(6, n - i), through: 1, by: -1) {
                guard let rest = best[i + length], syllableSet.contains(Array(word[i..<(i + length)])) else { continue }
                if chosen.map({ rest.count + 1 < $0.count }) ?? true { chosen = [length] + rest }
            }
            best[i] = chosen
        }
        guard let lengths = best[0] else { return nil }
        var out: [[UInt8]] = []
        var at = 0
        for length in lengths {
            out.append(Array(word[at..<(at + length)]))
            at += length
        }
        return out
    }

    /// Index tokens for a title or keyword: joined neighbouring syllables (`laji`, `jifen`,
    /// `fenlei`), the whole run joined (`lajifenlei`), the initials (`ljfl`), and a lone
    /// syllable for one-character runs. Hashes are built from bytes, never from Strings.
    static func indexTokens(of normalized: [UInt32], into out: inout [UInt64]) {
        var run: [UInt32] = []
        var joined: [UInt8] = []
        var initials: [UInt8] = [UInt8(ascii: "^")]
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard !run.isEmpty else { return }
            let codes = codes(ofRun: run)
            var start = 0
            // Split further at characters without a reading.
            for k in 0...codes.count where k == codes.count || codes[k] == 0 {
                let part = codes[start..<k]
                start = k + 1
                guard let first = part.first else { continue }
                if part.count == 1 {
                    out.append(TokenValue.hash(syllableBytes[first - 1], tag: TokenValue.pinyinTag))
                    continue
                }
                joined.removeAll(keepingCapacity: true)
                initials.removeSubrange(1...)
                var previous: [UInt8]?
                for c in part {
                    let bytes = syllableBytes[c - 1]
                    if let previous { out.append(TokenValue.hash(previous + bytes, tag: TokenValue.pinyinTag)) }
                    previous = bytes
                    joined.append(contentsOf: bytes)
                    initials.append(bytes[0])
                }
                if part.count <= 12 {
                    out.append(TokenValue.hash(joined, tag: TokenValue.pinyinTag))
                    out.append(TokenValue.hash(initials, tag: TokenValue.pinyinTag))
                }
            }
        }
        for v in normalized {
            if TextNormalizer.isCJK(v) { run.append(v) } else if v != TextNormalizer.ignorable { flush() }
        }
        flush()
    }

    static func initialsToken(_ initials: String) -> UInt64 {
        TokenValue.pinyin("^" + initials)
    }
}
