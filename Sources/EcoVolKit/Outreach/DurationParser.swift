/// Reads a length of time in hours from `2h`, `1.5小时`, `90分钟`, `90min`, `1h30m`,
/// `1小时30分`, `半小时`, `两小时`, or a bare number of hours.
package enum DurationParser {
    static let chineseDigits: [Character: Double] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5,
    ]

    /// Hours, or nil when the text is not a duration.
    package static func hours(_ text: String) -> Double? {
        var s = NumberText.halfWidth(text).lowercased().replacingOccurrences(of: " ", with: "")
        guard !s.isEmpty, s.count <= 30 else { return nil }
        if s.hasPrefix("一个半") { s = "1.5" + s.dropFirst(3) } else if s.hasPrefix("个半") { return nil }
        s = s.replacingOccurrences(of: "个", with: "")
        var total = 0.0
        var chars = Array(s)[...]
        var any = false
        while !chars.isEmpty {
            var numberText = ""
            while let ch = chars.first, ch.isASCII, ch.isNumber || ch == "." {
                numberText.append(ch)
                chars.removeFirst()
            }
            var value: Double
            if numberText.isEmpty {
                guard let ch = chars.first, let v = chineseDigits[ch] else { return nil }
                value = v
                chars.removeFirst()
            } else {
                guard let v = Double(numberText) else { return nil }
                value = v
            }
            let rest = String(chars)
            let units: [(String, Double)] = [
                ("小时", 1), ("钟头", 1), ("hours", 1), ("hour", 1), ("hrs", 1), ("hr", 1), ("h", 1), ("时", 1),
                ("分钟", 1.0 / 60), ("minutes", 1.0 / 60), ("minute", 1.0 / 60), ("mins", 1.0 / 60), ("min", 1.0 / 60),
                ("分", 1.0 / 60), ("m", 1.0 / 60),
            ]
            if let unit = units.first(where: { rest.hasPrefix($0.0) }) {
                chars = chars.dropFirst(unit.0.count)
                value *= unit.1
            } else if chars.isEmpty && !any {
                // a bare number means hours
            } else {
                return nil
            }
            total += value
            any = true
        }
        return any ? (total * 10000).rounded() / 10000 : nil
    }
}
