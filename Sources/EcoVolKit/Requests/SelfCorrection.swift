import Foundation

/// A request corrected as it is typed — 登记到周六的讲座，不对，是周五的; 来了30人，不对，是35人;
/// 张三和李四，不是李四，是王五; "Saturday's talk, sorry, I mean Friday's" — rewritten to the request
/// meant, before anything reads it: people type the way they speak and put the fix after the slip,
/// and a reading of the whole line takes the slip (the first day, the first number) as meant.
///
/// The correction replaces what it corrects: the same word it starts with (改到周日 … 改到周一), a
/// day by a day, a headcount by a headcount, an action by an action (取消 … 推迟一周). When the
/// correction fits none of these, the line is left as typed.
enum SelfCorrection {
    /// The line with its correction applied (the line itself when it has none). `isName`
    /// tells a person's name (a correction of one name replaces the last name before it).
    static func apply(_ line: String, isName: (String) -> Bool = { _ in false }) -> String {
        if let replaced = notThisButThat(line) { return replaced }
        guard let (before, after, marker) = split(line) else { return line }
        // The correction runs to the end of its clause; what follows is kept as typed. Typed
        // with spaces for pauses, a space ends it too.
        var fix = after
        var rest = ""
        let ends = marker.hasPrefix(" ") ? clauseEnds.union([" "]) : clauseEnds
        if let cut = after.firstIndex(where: { ends.contains($0) }) {
            fix = String(after[..<cut])
            rest = String(after[cut...])
        }
        fix = strip(fix)
        guard !fix.isEmpty,
            let corrected = replace(in: before, with: fix) ?? replaceName(in: before, with: fix, isName)
                ?? (marker.hasPrefix(" ") ? replaceSession(in: before, with: fix) : nil)
        else { return line }
        return corrected + rest
    }

    /// The line cut at its first correction marker: what came before and after it.
    static func split(_ line: String) -> (String, String, String)? {
        var best: (Range<String.Index>, String)? = nil
        for marker in markers {
            guard let r = line.range(of: marker, options: [.caseInsensitive]) else { continue }
            if best == nil || r.lowerBound < (best?.0.lowerBound ?? line.endIndex) { best = (r, marker) }
        }
        guard let (range, marker) = best, range.lowerBound > line.startIndex else { return nil }
        let before = String(line[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
        let after = String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces)
        guard !before.isEmpty, !after.isEmpty else { return nil }
        return (before, after, marker)
    }

    /// 张三和李四，不是李四，是王五，…: the named word swapped for the right one. Typed by voice
    /// or in a hurry the pauses are spaces: 钟玉琴和赵敏 不是赵敏 是张国平 登记到….
    static func notThisButThat(_ line: String) -> String? {
        let found =
            line.firstMatch(of: /[，,]\s*不是([^，,。；]{1,12})[，,]\s*(?:而)?是([^，,。；]{1,12})(?=[，,。；]|$)/)
            ?? line.firstMatch(of: /\s+不是(\p{Han}{1,12})\s+(?:而)?是(\p{Han}{1,12})(?=[\s，,。；]|$)/)
        guard let m = found else { return nil }
        let wrong = String(m.output.1)
        let right = String(m.output.2)
        let before = String(line[..<m.range.lowerBound])
        guard let r = before.range(of: wrong, options: .backwards) else { return nil }
        return before.replacingCharacters(in: r, with: right) + String(line[m.range.upperBound...])
    }

    /// `before` with the part `fix` corrects replaced by it; nil when it corrects nothing there.
    static func replace(in before: String, with fix: String) -> String? {
        // 改到周日，不对，改到周一: the correction repeats the word it starts from.
        if fix.count >= 3 {
            let lead = String(fix.prefix(2))
            if lead.allSatisfy(RequestText.isHan), let r = before.range(of: lead, options: .backwards) {
                return String(before[..<r.lowerBound]) + fix
            }
        }
        // 来了30人，不对，是35人: a headcount for a headcount, the rest of the clause kept.
        if let new = fix.firstMatch(of: headcount), new.range.lowerBound == fix.startIndex,
            let old = before.matches(of: headcount).last
        {
            return before.replacingCharacters(in: old.range, with: fix[new.range])
        }
        // 周六的讲座，不对，是周五的: a day for a day, and what the correction names after it.
        for day in [chineseDay, englishDay] {
            if let new = fix.firstMatch(of: day), new.range.lowerBound == fix.startIndex,
                let old = before.matches(of: day).last
            {
                return String(before[..<old.range.lowerBound]) + fix
            }
        }
        // 周六的讲座取消，哦不，是推迟一周 (取消周六的讲座 … 推迟两天): an action for an action,
        // the session it was said of kept.
        if actions.contains(where: { fix.hasPrefix($0) }),
            let old = actions.compactMap({ before.range(of: $0, options: .backwards) }).max(by: {
                $0.lowerBound < $1.lowerBound
            })
        {
            return before.replacingCharacters(in: old, with: "") + fix
        }
        return nil
    }

    /// 把李四登记到…，不对，是张三: a name for the last name before it, of the same length first.
    /// 张三不去了，不对，是李四不去了: a name followed by words the line already has is that name
    /// for the other, the repeated words dropped.
    static func replaceName(in before: String, with fix: String, _ isName: (String) -> Bool) -> String? {
        if !isName(fix) {
            for length in [2, 3] where fix.count > length {
                let name = String(fix.prefix(length))
                let rest = String(fix.dropFirst(length))
                guard isName(name), rest.count >= 2, before.contains(rest.prefix(2)) else { continue }
                return replaceName(in: before, with: name, isName)
            }
            return nil
        }
        let chars = Array(before)
        for length in [fix.count] + [2, 3].filter({ $0 != fix.count }) {
            guard chars.count >= length else { continue }
            for start in stride(from: chars.count - length, through: 0, by: -1) {
                let window = String(chars[start..<(start + length)])
                guard isName(window), window != fix else { continue }
                return String(chars[..<start]) + fix + String(chars[(start + length)...])
            }
        }
        return nil
    }

    /// The correction without the words that introduce it (是, 应该是, I mean).
    /// 花溪那个巡河 不对 是下周三遵义的培训 改到九点半: one session said for another, typed with
    /// spaces for pauses — the last part before the marker, when it and the correction both
    /// name a session, is replaced.
    static func replaceSession(in before: String, with fix: String) -> String? {
        let parts = before.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, let last = parts.last, sessionNouns.contains(where: { last.contains($0) }),
            sessionNouns.contains(where: { fix.contains($0) })
        else { return nil }
        return (parts.dropLast().map(String.init) + [fix]).joined(separator: " ")
    }

    static let sessionNouns = [
        "活动", "宣讲", "讲座", "培训", "巡河", "巡护", "课堂", "研学", "那场", "那次", "session", "talk", "training",
    ]

    static func strip(_ fix: String) -> String {
        var s = fix.trimmingCharacters(in: .whitespaces)
        for lead in ["应该是", "而是", "是", "i mean ", "i meant ", "it's ", "it is "] {
            if s.lowercased().hasPrefix(lead) {
                s = String(s.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
                break
            }
        }
        return s
    }

    /// Words that take back what was just typed, with the clause mark before them.
    static let markers = [
        "，不对不对，", "，不对，", "，哦不对，", "，啊不对，", "，哦不，", "，噢不，", "，啊不，", "，不不，", "，说错了，", "，搞错了，",
        "，打错了，", "，更正一下，", "，不好意思，是", ",不对,", ", sorry, i mean ", ", sorry, ", ", i mean ",
        ", no wait, ", ", no, wait, ", " - sorry, ", ", oops, ", ", i meant ", ", actually, ", ", actually ",
        ", make that ",
        // Typed by voice, with spaces for the pauses.
        " 不对不对 ", " 不对 ", " 哦不对 ", " 啊不对 ", " 说错了 ", " 不是不是 ",
    ]

    static let clauseEnds: Set<Character> = ["，", ",", "。", "；", ";", "!", "！", "?", "？"]

    /// Actions a correction may swap for another.
    static let actions = ["取消", "推迟", "提前", "改到", "改成", "延期", "登记", "报名"]

    // Computed: a `Regex` is not `Sendable`, so it cannot be a stored static.
    static var headcount: Regex<Substring> {
        /[0-9一二三四五六七八九十百两]+\s*(?:个)?[人位名]|(?i)[0-9]+\s+(?:people|persons|volunteers|participants)/
    }
    static var chineseDay: Regex<Substring> {
        /(?:下个?|这个?|本|上个?)?(?:周|星期|礼拜)[一二三四五六日天]|大后天|后天|明天|今天|[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{1,2}[日号]/
    }
    static var englishDay: Regex<Substring> {
        /(?i)(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?|tomorrow|today/
    }
}
