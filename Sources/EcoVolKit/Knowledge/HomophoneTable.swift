/// The bigrams the knowledge base uses, by their toneless pinyin: 作永 → zuoyong → 作用.
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
struct HomophoneTable: Sendable {
    private var bigrams: [UInt64: UInt64] = [:]

    init() {}

    /// Reads the bigram terms of `title` and `keywords`.
    init(title: SearchIndex.FieldIndex, keywords: SearchIndex.FieldIndex) {
        var best: [UInt64: (token: UInt64, uses: Int)] = [:]
        var uses: [UInt64: Int] = [:]
        for field in [title, keywords] {
            for (token, id) in field.termIDs where TokenValue.isBigram(token) {
                uses[token, default: 0] += Int(field.offsets[Int(id) + 1] - field.offsets[Int(id)])
            }
        }
        for (token, count) in uses {
            let (a, b) = TokenValue.characters(ofBigram: token)
            guard let sound = Self.sound(a, b) else { continue }
            if let known = best[sound], known.uses > count || (known.uses == count && known.token < token) { continue }
            best[sound] = (token, count)
        }
        bigrams = best.mapValues(\.token)
    }

    /// The most used bigram of the entries that sounds like `sound` (see `sound(_:_:)`).
    func bigram(soundingLike sound: UInt64) -> UInt64? { bigrams[sound] }

    /// The sound of two characters: their default toneless syllables (石莫 and 石漠 both
    /// shi mo), packed without building strings, since every unknown pair of a question is
    /// looked up; nil when either has no reading.
    static func sound(_ a: UInt32, _ b: UInt32) -> UInt64? {
        let x = Pinyin.code(a)
        let y = Pinyin.code(b)
        guard x != 0, y != 0 else { return nil }
        return UInt64(x) << 32 | UInt64(y)
    }
}
