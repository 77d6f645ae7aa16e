/// Finds dates in normalized text and emits one canonical token per mention (`MMDD`), so
/// 6月5日, 六月五日, June 5, 5 June, 6/5, 06-05 and 2024-06-05 all find the same entries;
/// without it, a date query is just the very common tokens 6, 月, 5, 日.
enum DateMentionScanner {
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    @inline(__always)
    private static func chineseDigit(_ v: UInt32) -> Int? {
        switch v {
        case 0x3007, 0x96F6: return 0
        case 0x4E00: return 1
        case 0x4E8C, 0x4E24: return 2
        case 0x4E09: return 3
        case 0x56DB: return 4
        case 0x4E94: return 5
        case 0x516D: return 6
        case 0x4E03: return 7
        case 0x516B: return 8
        case 0x4E5D: return 9
        case 0x5341: return 10
        default: return nil
        }
    }
    private static let yue: UInt32 = 0x6708  // 月
    private static let ri: UInt32 = 0x65E5  // 日
    private static let hao: UInt32 = 0x53F7  // 号

    static func scan(_ s: [UInt32], into out: inout [Token]) {
        let n = s.count
        var i = 0
        while i < n {
            let c = s[i]
            guard TextNormalizer.isLatinOrDigit(c) || chineseDigit(c) != nil else {
                i += 1
                continue
            }
            if let (month, end) = number(s, i), end < n, s[end] == yue, let (day, dayEnd) = number(s, end + 1),
                dayEnd < n, s[dayEnd] == ri || s[dayEnd] == hao, i == 0 || !isNumberish(s[i - 1])
            {
                emit(month, day, i, dayEnd + 1, &out)
                i = dayEnd + 1
                continue
            }
            if TextNormalizer.isDigit(s[i]), i == 0 || !isNumberish(s[i - 1]) {
                var digits: [Int] = []
                var j = i
                while j < n, TextNormalizer.isDigit(s[j]) {
                    digits.append(Int(s[j]) - 0x30)
                    j += 1
                }
                let value = digits.reduce(0) { $0 * 10 + $1 }
                // m/d
                if digits.count <= 2, j + 1 < n, s[j] == 0x2F, let (day, end) = arabic(s, j + 1, maxDigits: 2),
                    end >= n || !(isNumberish(s[end]) || s[end] == 0x2F)
                {
                    emit(value, day, i, end, &out)
                    i = end
                    continue
                }
                // yyyy-mm-dd or mm-dd
                if digits.count == 4 || digits.count == 2, j + 1 < n, s[j] == 0x2D,
                    let (a, aEnd) = arabic(s, j + 1, maxDigits: 2), aEnd - (j + 1) == 2
                {
                    if digits.count == 4, aEnd + 1 < n, s[aEnd] == 0x2D,
                        let (d, dEnd) = arabic(s, aEnd + 1, maxDigits: 2)
                    {
                        emit(a, d, i, dEnd, &out)
                        i = dEnd
                        continue
                    }
                    if digits.count == 2, aEnd >= n || !isNumberish(s[aEnd]) {
                        emit(value, a, i, aEnd, &out)
                        i = aEnd
                        continue
                    }
                }
                // 5 june
                if digits.count <= 2, let (month, end) = monthName(s, skipSpaces(s, j)), end > j {
                    emit(month, value, i, end, &out)
                    i = end
                    continue
                }
                i = j
                continue
            }
            if isLetter(s[i]), i == 0 || !isLetter(s[i - 1]), let (month, end) = monthName(s, i) {
                var j = skipSpaces(s, end)
                if j > end || (j < n && TextNormalizer.isDigit(s[j])), let (day, dayEnd) = arabic(s, j, maxDigits: 2) {
                    j = dayEnd
                    // 1st, 2nd, 3rd, 5th
                    var k = j
                    while k < n, isLetter(s[k]), k - j < 2 { k += 1 }
                    if k - j == 2,
                        [[0x73, 0x74], [0x6E, 0x64], [0x72, 0x64], [0x74, 0x68]].contains([s[j], s[j + 1]])
                    {
                        j = k
                    }
                    if j >= n || !TextNormalizer.isLatinOrDigit(s[j]) {
                        emit(month, day, i, j, &out)
                        i = j
                        continue
                    }
                }
                i = end
                continue
            }
            i += 1
        }
    }

    private static func emit(_ month: Int, _ day: Int, _ start: Int, _ end: Int, _ out: inout [Token]) {
        guard (1...12).contains(month), (1...31).contains(day) else { return }
        out.append(Token(value: TokenValue.date(month: month, day: day), kind: .date, start: start, end: end))
    }

    private static func isLetter(_ v: UInt32) -> Bool { v >= 0x61 && v <= 0x7A }
    private static func isNumberish(_ v: UInt32) -> Bool { TextNormalizer.isDigit(v) || chineseDigit(v) != nil }

    private static func skipSpaces(_ s: [UInt32], _ i: Int) -> Int {
        var j = i
        while j < s.count, s[j] == TextNormalizer.separator { j += 1 }
        return j
    }

    /// Arabic digits (at most `maxDigits`) at `i`.
    private static func arabic(_ s: [UInt32], _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i
        var value = 0
        while j < s.count, TextNormalizer.isDigit(s[j]) {
            value = value * 10 + Int(s[j]) - 0x30
            j += 1
            if j - i > maxDigits { return nil }
        }
        return j > i ? (value, j) : nil
    }

    /// Arabic digits or a Chinese numeral up to 31 (五, 十二, 二十五, 三十一) at `i`.
    private static func number(_ s: [UInt32], _ i: Int) -> (Int, Int)? {
        guard i < s.count else { return nil }
        if TextNormalizer.isDigit(s[i]) { return arabic(s, i, maxDigits: 2) }
        var j = i
        var parts: [Int] = []
        while j < s.count, let d = chineseDigit(s[j]), j - i < 3 {
            parts.append(d)
            j += 1
        }
        switch parts.count {
        case 1 where parts[0] > 0: return (parts[0], j)
        case 2 where parts[0] == 10 && parts[1] < 10 && parts[1] > 0: return (10 + parts[1], j)
        case 2 where parts[1] == 10 && parts[0] > 1 && parts[0] < 10: return (parts[0] * 10, j)
        case 3 where parts[1] == 10 && parts[0] > 1 && parts[0] < 4 && parts[2] < 10 && parts[2] > 0:
            return (parts[0] * 10 + parts[2], j)
        default: return nil
        }
    }

    private static func monthName(_ s: [UInt32], _ i: Int) -> (Int, Int)? {
        // Month names start with a, d, f, j, m, n, o or s; most words are rejected here.
        guard i < s.count, [0x61, 0x64, 0x66, 0x6A, 0x6D, 0x6E, 0x6F, 0x73].contains(s[i]) else { return nil }
        var j = i
        while j < s.count, isLetter(s[j]), j - i <= 9 { j += 1 }
        guard j - i >= 3, j - i <= 9, j >= s.count || !isLetter(s[j]) else { return nil }
        var word = ""
        for k in i..<j {
            guard let scalar = Unicode.Scalar(s[k]) else { return nil }
            word.unicodeScalars.append(scalar)
        }
        guard let month = months[word] else { return nil }
        return (month, j)
    }
}
