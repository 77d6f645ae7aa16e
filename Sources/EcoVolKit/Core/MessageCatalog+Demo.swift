extension MessageCatalog {
    /// Messages of `ecovol demo`.
    static let demo: [String: LocalizedText] = [
        "demo.notEmpty": LocalizedText(
            zh: "{path} 不是空目录：演示数据只写进新的或空的目录（确实要写入请加 --force）。",
            en:
                "{path} is not empty: demo data goes only into a new or empty directory (add --force to write there anyway)."
        ),
        "demo.badCity": LocalizedText(
            zh: "城市“{value}”不认识，可用：{accepted}",
            en: "Unknown city '{value}'; accepted: {accepted}"),
        "demo.filled": LocalizedText(
            zh:
                "已在 {path} 生成 {city} 近一年的演示数据：{sessions} 场活动、{people} 名志愿者、{participations} 条参与记录、{projects} 个本地项目，共 {hours} 服务小时。",
            en:
                "Wrote a year of demo data for {city} into {path}: {sessions} sessions, {people} people, {participations} participation records, {projects} local projects, {hours} service hours."
        ),
        "demo.try": LocalizedText(
            zh: "试试：ecovol --store {path}，然后输入 /sessions、/people、/person 姓名 或报表命令。这些是虚构数据，用完删除目录即可。",
            en:
                "Try: ecovol --store {path}, then /sessions, /people, /person NAME or the reports. The data is made up; delete the directory when done."
        ),
    ]
}
