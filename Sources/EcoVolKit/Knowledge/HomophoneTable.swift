/// The bigrams the knowledge base uses, by their toneless pinyin: 作永 → zuoyong → 作用, and by
/// a fuzzy sound that southern accents and slips confuse: 分内 → fen lei → 分类.
///
/// Why: most typos in Chinese are an input method's wrong pick of a character with the same
/// sound (节约永水, 湿地的作永). A bigram found nowhere was already looked up by its pinyin
/// in titles and keywords, but the word the user meant is often only in a body (作用 is in
/// no title), and a pinyin match accounted for nothing of the question, so the right entry
/// was ranked and then refused; and the framing around a wrong pick (有什么作永) was not
/// recognised either. Mending the text to the bigram of that sound the entries use fixes
/// all of it (`SearchIndex.correctHomophones`). Only bigrams of titles and keywords are
/// offered, the most used first: the words the knowledge base is about, not every pair of
/// characters that meets in a body (高一 for 搞一 in 想搞一个).
///
/// People also type on pinyin input methods with accents that merge sounds (n/l, in/ing,
/// en/eng, an/ang, z/zh, c/ch, s/sh, f/h): 垃圾分内 for 垃圾分类, 巡胡 for 巡护. The fuzzy table
/// files each bigram under a sound with those pairs merged, tried after the exact one.
struct HomophoneTable: Sendable {
    /// Sound → the bigrams of that sound, the most used first.
    private var exact: [UInt64: [UInt64]] = [:]
    private var fuzzy: [UInt64: [UInt64]] = [:]

    /// The most bigrams kept for one sound: a handful of real words share one.
    static let candidatesPerSound = 4

    init() {}

    /// Reads the bigram terms of `title` and `keywords`, and those of `terms` (the synonym
    /// groups' words, normalized: 巡护 is how people say 巡河, in no title), counted once each.
    init(title: SearchIndex.FieldIndex, keywords: SearchIndex.FieldIndex, terms: [[UInt32]] = []) {
        var uses: [UInt64: Int] = [:]
        for field in [title, keywords] {
            for (token, id) in field.termIDs where TokenValue.isBigram(token) {
                uses[token, default: 0] += Int(field.offsets[Int(id) + 1] - field.offsets[Int(id)])
            }
        }
        for term in terms where term.count >= 2 {
            for k in 0..<(term.count - 1) where TextNormalizer.isCJK(term[k]) && TextNormalizer.isCJK(term[k + 1]) {
                uses[TokenValue.bigram(term[k], term[k + 1]), default: 0] += 1
            }
        }
        // Most used first, then by value, so that the order never depends on hashing.
        let ranked = uses.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        for (token, _) in ranked {
            let (a, b) = TokenValue.characters(ofBigram: token)
            if let sound = Self.sound(a, b) { Self.file(token, under: sound, in: &exact) }
            if let sound = Self.fuzzySound(a, b) { Self.file(token, under: sound, in: &fuzzy) }
        }
    }

    private static func file(_ token: UInt64, under sound: UInt64, in table: inout [UInt64: [UInt64]]) {
        if table[sound, default: []].count < candidatesPerSound { table[sound, default: []].append(token) }
    }

    /// The bigrams of the entries that sound like `sound` (see `sound(_:_:)`), the most used first.
    func bigrams(soundingLike sound: UInt64) -> [UInt64] { exact[sound] ?? [] }

    /// The bigrams of the entries whose fuzzy sound is `sound` (see `fuzzySound(_:_:)`).
    func bigrams(fuzzilySoundingLike sound: UInt64) -> [UInt64] { fuzzy[sound] ?? [] }

    /// The sound of two characters: their default toneless syllables (石莫 and 石漠 both
    /// shi mo), packed without building strings, since every unknown pair of a question is
    /// looked up; nil when either has no reading.
    static func sound(_ a: UInt32, _ b: UInt32) -> UInt64? {
        let x = Pinyin.code(a)
        let y = Pinyin.code(b)
        guard x != 0, y != 0 else { return nil }
        return UInt64(x) << 32 | UInt64(y)
    }

    /// The sound of two characters with the pairs accents merge made one (分内 and 分类 both
    /// fen lei); nil when either has no reading.
    static func fuzzySound(_ a: UInt32, _ b: UInt32) -> UInt64? {
        let x = Pinyin.code(a)
        let y = Pinyin.code(b)
        guard x != 0, y != 0 else { return nil }
        return UInt64(fuzzyCodes[x - 1]) << 32 | UInt64(fuzzyCodes[y - 1])
    }

    /// Each syllable's fuzzy class, 1-based: syllables that differ only by the merged pairs
    /// share one.
    static let fuzzyCodes: [UInt32] = {
        var classes: [String: UInt32] = [:]
        return ChineseTables.syllables.map { syllable in
            let key = fuzzyForm(syllable)
            if let known = classes[key] { return known }
            let code = UInt32(classes.count + 1)
            classes[key] = code
            return code
        }
    }()

    /// A syllable with the merged pairs written one way: zh ch sh → z c s, n → l, h → f at the
    /// start; ing eng ang → in en an at the end (xiang → xian, huang → fuan).
    static func fuzzyForm(_ syllable: String) -> String {
        var s = Substring(syllable)
        var initial = ""
        for (from, to) in [("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("h", "f")]
        where s.hasPrefix(from) && s.count > from.count {
            initial = to
            s = s.dropFirst(from.count)
            break
        }
        if s.hasSuffix("ng"), s.dropLast(2).last.map({ "iea".contains($0) }) ?? false { s = s.dropLast() }
        return initial + s
    }
}
