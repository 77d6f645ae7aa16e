/// Splits normalized text (see `TextNormalizer`) into tokens the way Lucene's CJK analyzer
/// does, with no dictionary: runs of Chinese characters become overlapping bigrams (plus
/// every single character when indexing, so one-character queries work), Latin and digit
/// runs become lower-case words with plural endings stripped, and dates written in any of
/// the usual ways (6月5日, 六月五日, June 5, 6/5) also become one canonical date token.
///
/// Every character that is not a separator ends up inside some token, so nothing typed is
/// silently dropped.
package enum Tokenizer {
    package enum Mode: Sendable {
        /// Unigrams and bigrams for every CJK run.
        case index
        /// Bigrams, and a unigram only for a one-character run.
        case query
    }

    /// Tokenizes `text` (normalizing it first).
    package static func tokenize(_ text: String, mode: Mode) -> [Token] {
        var out: [Token] = []
        tokenize(normalized: TextNormalizer.normalize(text), mode: mode, into: &out)
        return out
    }

    /// Appends the tokens of normalized scalars to `out`.
    package static func tokenize(normalized s: [UInt32], mode: Mode, into out: inout [Token]) {
        let n = s.count
        var i = 0
        var wordBytes: [UInt8] = []
        while i < n {
            let v = s[i]
            if v == TextNormalizer.separator || v == TextNormalizer.ignorable {
                i += 1
                continue
            }
            if TextNormalizer.isCJK(v) {
                // A run of CJK characters, ignorable scalars skipped.
                var run: [(value: UInt32, at: Int)] = []
                var j = i
                while j < n {
                    let c = s[j]
                    if TextNormalizer.isCJK(c) {
                        run.append((c, j))
                    } else if c != TextNormalizer.ignorable {
                        break
                    }
                    j += 1
                }
                if run.count == 1 || mode == .index {
                    for item in run {
                        out.append(
                            Token(value: UInt64(item.value), kind: .cjkUnigram, start: item.at, end: item.at + 1))
                    }
                }
                if run.count > 1 {
                    for k in 0..<(run.count - 1) {
                        out.append(
                            Token(
                                value: TokenValue.bigram(run[k].value, run[k + 1].value), kind: .cjkBigram,
                                start: run[k].at, end: run[k + 1].at + 1
                            ))
                    }
                }
                i = j
                continue
            }
            if TextNormalizer.isLatinOrDigit(v) {
                wordBytes.removeAll(keepingCapacity: true)
                var j = i
                while j < n {
                    let c = s[j]
                    if TextNormalizer.isLatinOrDigit(c) {
                        wordBytes.append(UInt8(c))
                    } else if c == 0x2E, j + 1 < n, TextNormalizer.isDigit(s[j + 1]), let last = wordBytes.last,
                        TextNormalizer.isDigit(UInt32(last))
                    {
                        wordBytes.append(0x2E)  // 2.5 in PM2.5
                    } else if c != TextNormalizer.ignorable {
                        break
                    }
                    j += 1
                }
                LatinStemmer.stem(&wordBytes)
                out.append(
                    Token(value: TokenValue.hash(wordBytes, tag: TokenValue.wordTag), kind: .word, start: i, end: j))
                i = j
                continue
            }
            if v == 0x2E || v == 0x2F || v == 0x2D {
                i += 1  // a sign outside a word is punctuation
                continue
            }
            out.append(Token(value: UInt64(v), kind: .symbol, start: i, end: i + 1))
            i += 1
        }
        DateMentionScanner.scan(s, into: &out)
    }

    /// The stemmed letters of a word token (for vocabulary, typo and prefix matching), or
    /// the letters as typed (for reading pinyin: `huanjing` must keep its `-ing`).
    static func wordBytes(_ s: [UInt32], _ token: Token, stemmed: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = []
        for k in Int(token.start)..<Int(token.end) where s[k] != TextNormalizer.ignorable {
            bytes.append(UInt8(truncatingIfNeeded: s[k]))
        }
        if stemmed { LatinStemmer.stem(&bytes) }
        return bytes
    }
}
