import Foundation
import Testing

@testable import EcoVolKit

/// Small knowledge folders written to temporary directories, so tests never depend on the
/// real content being complete.
enum KnowledgeFixtures {
    static let topics = """
        waste: {zh: 垃圾分类, en: waste sorting}
        energy: {zh: 节能节电, en: saving energy}
        water: {zh: 水资源与河湖, en: water}
        days: {zh: 环境纪念日, en: environmental days}
        """

    static let synonyms = """
        groups:
          - [节电, 省电, 节约用电, saving electricity]
          - [湿地, wetland, wetlands]
        one_way:
          - {from: [湿垃圾], to: [厨余垃圾]}
        """

    static func entry(
        id: String, kind: String = "tip", title: String, titleEn: String = "An English title",
        topics: String = "[waste]", audiences: String = "[family, school]", keywords: String = "[垃圾, waste]",
        extra: String = "", body: String = "正文内容，讲清楚一件事。"
    ) -> String {
        """
        ---
        id: \(id)
        kind: \(kind)
        title: \(title)
        title_en: \(titleEn)
        summary_en: One or two English sentences.
        topics: \(topics)
        audiences: \(audiences)
        service_types: [education]
        keywords: \(keywords)
        source: 常识性建议，无具体数据
        updated: 2026-11-29
        reviewed: 2026-11-29
        \(extra)
        ---
        \(body)
        """
    }

    /// A folder with a handful of valid entries.
    static func makeBase() throws -> String {
        let dir = try temporaryDirectory()
        try write(topics, to: dir + "/topics.yaml")
        try write(synonyms, to: dir + "/synonyms.yaml")
        try write(
            entry(
                id: "tip-four-bins", title: "生活垃圾分四类：可回收物、有害垃圾、厨余垃圾、其他垃圾", titleEn: "The four waste categories",
                audiences: "[family, community]", keywords: "[垃圾分类, 四分类, 厨余垃圾, waste sorting, four bins]",
                body: "垃圾分类分四类。厨余垃圾就是湿垃圾，包括剩菜剩饭。\n\n- 可回收物：纸、塑料、金属\n- 有害垃圾：电池、灯管"), to: dir + "/tip/tip-four-bins.md")
        try write(
            entry(
                id: "tip-lights-off", title: "随手关灯，白天多用自然光", titleEn: "Turn lights off", topics: "[energy]",
                audiences: "[agency, enterprise]", keywords: "[随手关灯, 节约用电, turn off lights, save electricity]",
                body: "人走灯灭，节约用电从小事做起。"), to: dir + "/tip/tip-lights-off.md")
        try write(
            entry(
                id: "activity-sorting-game", kind: "activity", title: "垃圾分类接力赛（小学生版）",
                titleEn: "Sorting relay for pupils",
                audiences: "[school]", keywords: "[垃圾分类游戏, 小学生, sorting game, pupils]",
                extra: "materials: 四色垃圾桶\nminutes: 40", body: "把学生分成四组，比赛投放垃圾分类卡片。"),
            to: dir + "/activity/activity-sorting-game.md")
        try write(
            entry(
                id: "fact-wetlands", kind: "fact", title: "湿地为什么被称为“地球之肾”",
                titleEn: "Why wetlands are the kidneys of the earth",
                topics: "[water]", audiences: "[school, village]",
                keywords: "[湿地, 地球之肾, wetland, kidneys of the earth]",
                body: "湿地能净化水质、调蓄洪水，是很多鸟类的家。"), to: dir + "/fact/fact-wetlands.md")
        try write(
            entry(
                id: "date-environment-day", kind: "date", title: "六五环境日（6月5日）",
                titleEn: "World Environment Day (5 June)",
                topics: "[days]", keywords: "[六五环境日, 世界环境日, World Environment Day]",
                extra: "day: \"06-05\"", body: "每年6月5日是环境日。"), to: dir + "/date/date-environment-day.md")
        try write(
            entry(
                id: "date-low-carbon-day", kind: "date", title: "全国低碳日", titleEn: "National Low-Carbon Day",
                topics: "[days, energy]", keywords: "[全国低碳日, low carbon day]",
                extra: "years: {2025: \"2025-06-25\", 2026: \"2026-07-08\"}\nrule: 全国节能宣传周的第三天", body: "全国低碳日每年日期不同。"),
            to: dir + "/date/date-low-carbon-day.md")
        return dir
    }

    static func temporaryDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "ecovol-kb-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The repository's own `knowledge/` folder.
    static var repositoryKnowledge: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("knowledge").path
    }
}

extension KnowledgeFixtures {
    /// A context on `knowledge` (the fixture folder by default) whose clock reads 09:00 in
    /// Shanghai on `day`, with a temporary data directory that no test writes to.
    @MainActor
    static func context(
        _ language: Language = .zh, knowledge: String? = nil, day: (Int, Int, Int) = (2026, 6, 1)
    ) throws -> CommandContext {
        let dir = try knowledge ?? makeBase()
        var components = DateComponents()
        (components.year, components.month, components.day, components.hour) = (day.0, day.1, day.2, 9)
        let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let now = try #require(calendar.date(from: components))
        return CommandContext(
            language: language, dataDirectory: DataDirectory(path: NSTemporaryDirectory()),
            knowledgeDirectories: [dir], now: { now }, timeZone: zone)
    }

    /// What a terminal shows for `outcome` at 100 columns, without styles.
    @MainActor
    static func text(_ outcome: LineOutcome) -> String {
        TextLayout(width: 100).lines(for: outcome.output?.blocks ?? []).map(\.plainText).joined(separator: "\n")
    }
}
