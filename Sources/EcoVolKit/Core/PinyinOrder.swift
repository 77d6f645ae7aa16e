/// The order Chinese readers expect for names, cities and titles: by pinyin (安顺 before
/// 毕节 before 贵阳 before 六盘水), not by Unicode code point, using the knowledge base's
/// pinyin table. Latin text sorts among the syllables case-insensitively; equal readings
/// fall back to the characters themselves, so the order is total and stable.
package enum PinyinOrder {
    /// A sort key: each Han character becomes its syllable followed by a separator that sorts
    /// before every letter, so 何 (he) < 贺 (he) by tie-break and 何伟 < 何伟辉.
    package static func key(_ text: String) -> String {
        var out = ""
        for character in text {
            let scalars = TextNormalizer.normalize(String(character))
            if scalars.count == 1, let syllable = Pinyin.reading(scalars[0]) {
                out += syllable + "\u{1}"
            } else {
                out += character.lowercased()
            }
        }
        return out
    }

    /// Whether `a` comes before `b`.
    package static func precedes(_ a: String, _ b: String) -> Bool {
        let (ka, kb) = (key(a), key(b))
        return ka != kb ? ka < kb : a < b
    }
}
