/// How long a talk or activity should run (二十分钟, 一个半小时, 45分钟, a 20-minute talk, half
/// an hour), said in a lecturer's request: it sizes the answer (the `/outline` the request is
/// read as), it is not what the answer is about.
///
/// Why it is blanked before ranking: 给村民讲二十分钟垃圾分类 was answered with an activity
/// whose body says 十分钟就好, because the length counted as content every entry had to cover.
enum TalkLength {
    /// Replaces each length in `s` (normalized) with separators, except where `continuesName`
    /// says the characters before it run on into it as one name (地球一小时 is Earth Hour).
    static func blank(_ s: inout [UInt32], continuesName: (Int) -> Bool) {
        var k = 0
        while k < s.count {
            if let end = chineseLength(s, from: k) ?? englishLength(s, from: k), !continuesName(k) {
                for j in k..<end { s[j] = TextNormalizer.separator }
                k = end
            } else {
                k += 1
            }
        }
    }

    private static let numerals = Set("0123456789零〇一二两三四五六七八九十百半".unicodeScalars.map(\.value))
    private static let measure = ("个" as Unicode.Scalar).value
    private static let half = ("半" as Unicode.Scalar).value
    private static let chineseUnits: [[UInt32]] = ["分钟", "钟头", "小时", "课时"].map { $0.unicodeScalars.map(\.value) }
    private static let englishUnits: [[UInt32]] = ["minutes", "minute", "mins", "min", "hours", "hour"].map {
        $0.unicodeScalars.map(\.value)
    }
    private static let englishPhrases: [[UInt32]] = ["half an hour", "an hour", "one hour"].map {
        $0.unicodeScalars.map { $0 == " " ? TextNormalizer.separator : $0.value }
    }

    /// The end of 二十分钟, 一个半小时, 45分钟 … starting at `k`.
    private static func chineseLength(_ s: [UInt32], from k: Int) -> Int? {
        var j = k
        while j < s.count, numerals.contains(s[j]) { j += 1 }
        guard j > k else { return nil }
        if j < s.count, s[j] == measure { j += 1 }
        if j < s.count, s[j] == half { j += 1 }
        for unit in chineseUnits where matches(unit, s, at: j) { return j + unit.count }
        return nil
    }

    /// The end of `20 minutes`, `20-minute`, `half an hour` … starting at `k`.
    private static func englishLength(_ s: [UInt32], from k: Int) -> Int? {
        guard k == 0 || !isLetterOrDigit(s[k - 1]) else { return nil }
        for phrase in englishPhrases where matches(phrase, s, at: k) && ends(s, at: k + phrase.count) {
            return k + phrase.count
        }
        var j = k
        while j < s.count, (0x30...0x39).contains(s[j]) { j += 1 }
        guard j > k else { return nil }
        if j < s.count, s[j] == TextNormalizer.separator || s[j] == 0x2D { j += 1 }
        for unit in englishUnits where matches(unit, s, at: j) && ends(s, at: j + unit.count) { return j + unit.count }
        return nil
    }

    private static func matches(_ word: [UInt32], _ s: [UInt32], at k: Int) -> Bool {
        k + word.count <= s.count && s[k..<(k + word.count)].elementsEqual(word)
    }

    private static func ends(_ s: [UInt32], at k: Int) -> Bool { k == s.count || !isLetterOrDigit(s[k]) }

    private static func isLetterOrDigit(_ v: UInt32) -> Bool { (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) }
}
