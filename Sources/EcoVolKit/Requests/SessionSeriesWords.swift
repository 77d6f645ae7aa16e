import Foundation

/// What a scheduling request says about a series and a training's level: 每周六…一共4次 is
/// `repeat=weekly count=4`, "every other Tuesday for 6 weeks" `repeat=biweekly count=3`,
/// 骨干培训 `level=backbone`. Read from the words before the topic is taken, and the count's
/// words are marked as read, so 一共4次 and 连续整四周 are not taken as what the session is about.
struct SessionSeriesWords {
    var repeats: RepeatRule?
    var count: Int?

    init(_ t: inout RequestText) {
        let every: [(RepeatRule, [String], [String])] = [
            (
                .biweekly, ["每两周", "每隔一周", "隔周", "双周"],
                ["every other week", "every two weeks", "fortnightly", "biweekly"]
            ),
            (.weekly, ["每周", "每星期", "每个星期", "每礼拜", "每个礼拜"], ["every week", "weekly", "each week"]),
            (.monthly, ["每月", "每个月"], ["every month", "monthly", "each month"]),
            (.daily, ["每天", "每日"], ["every day", "daily", "each day"]),
        ]
        repeats = every.first { _, zh, en in t.containsAny(zh) || en.contains { t.contains($0) } }?.0
        if repeats == nil, let regex = Self.everyWeekdayPattern, !t.matches(regex).isEmpty { repeats = .weekly }
        guard let repeats else { return }
        for regex in Self.countPatterns.compactMap({ $0 }) {
            for m in t.matches(regex) {
                guard let n = Int(m.groups[1] ?? ""), (2...52).contains(n) else { continue }
                // "for 6 weeks" every other week is three sessions.
                let unit = m.groups.count > 2 ? m.groups[2] ?? "" : ""
                let inWeeks = ["周", "星期", "礼拜", "week"].contains { unit.contains($0) }
                count = inWeeks && repeats == .biweekly ? (n + 1) / 2 : n
                t.markUsed(m.range)
                return
            }
        }
    }

    /// "every Saturday", "every Tuesday": a weekly series.
    static let everyWeekdayPattern = RequestSlots.regex(
        "\\bevery\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b")

    /// 一共4次, 共6场, 连续4周, "4 times", "for 6 weeks", "6 sessions" (the second group: counted in weeks).
    static let countPatterns: [NSRegularExpression?] = [
        // 连续整四周, 整整4次: 整 said for emphasis.
        RequestSlots.regex("(?:一共|总共|共|连续|连着|整整|办|搞)\\s*整?\\s*(\\d+)\\s*(?:次|场|期|回)"),
        RequestSlots.regex("(?:一共|总共|共|连续|连着|整整)\\s*整?\\s*(\\d+)\\s*(周|个周|个星期|个礼拜)"),
        RequestSlots.regex("\\b(\\d+)\\s+(?:times|sessions|occurrences)\\b"),
        RequestSlots.regex("\\bfor\\s+(\\d+)\\s+(weeks|months|days)\\b"),
        RequestSlots.regex("(\\d+)\\s*次"),
    ]

    /// The level a training request names (骨干培训, 岗前基础培训, "skills training").
    static func trainingLevel(_ t: RequestText) -> TrainingLevel? {
        if t.containsAny(["骨干", "队长", "带队"]) || t.hasAnyWord(["backbone", "leaders", "core"]) { return .backbone }
        if t.containsAny(["技能", "专项", "进阶", "实操"]) || t.hasAnyWord(["skills", "skill", "advanced"]) {
            return .skills
        }
        if t.containsAny(["基础", "岗前", "入门", "新志愿者", "新人"])
            || t.hasAnyWord(["basic", "basics", "induction", "orientation", "beginners"])
        {
            return .basic
        }
        return nil
    }
}
