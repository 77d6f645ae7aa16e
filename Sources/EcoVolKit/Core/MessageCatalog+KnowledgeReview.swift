extension MessageCatalog {
    /// Messages of keeping knowledge current: the instrument register, review dates,
    /// replaced entries and `/kb review`.
    static let knowledgeReview: [String: LocalizedText] = [
        // Entry fields
        "kb.issue.missingReviewed": LocalizedText(
            zh: "缺少 reviewed（最近一次对照来源核对的日期，格式 YYYY-MM-DD）；该条目会列为待复核。",
            en:
                "reviewed is missing (the day the entry was last checked against its sources, YYYY-MM-DD); the entry is listed as due for review."
        ),
        "kb.issue.badReplaces": LocalizedText(
            zh: "replaces 中的“{value}”不是条目 id（小写字母、数字和 -）。",
            en: "replaces: \"{value}\" is not an entry id (lower-case letters, digits and -)."),
        "kb.issue.replacesItself": LocalizedText(
            zh: "条目不能 replaces 自己（{id}）。", en: "An entry cannot replace itself ({id})."),
        "kb.issue.replacedStillExists": LocalizedText(
            zh: "{id} 声明取代 {old}，但 {old} 仍是一个条目；删除旧条目，或从 replaces 中去掉它。",
            en:
                "{id} says it replaces {old}, but {old} is still an entry; remove the old entry or drop it from replaces."
        ),
        "kb.issue.replacedTwice": LocalizedText(
            zh: "{old} 同时被 {id} 和 {other} 取代；/show {old} 只能打开一个。",
            en: "{old} is replaced by both {id} and {other}; /show {old} can open only one."),
        // Register file
        "kb.issue.registerShape": LocalizedText(
            zh: "instruments.yaml 应是一个列表，每项有 name、kind 等字段（见 knowledge/FORMAT.md）。",
            en: "instruments.yaml must be a list of items with name, kind and other fields (see knowledge/FORMAT.md)."),
        "kb.issue.badNumber": LocalizedText(
            zh: "number 的值“{value}”不是标准编号（如 GB 3095-2026、HJ 633-2026）。",
            en: "number: \"{value}\" is not a standard number (such as GB 3095-2026 or HJ 633-2026)."),
        "kb.issue.badChange": LocalizedText(
            zh: "changes 的每一项都要有 date（YYYY-MM-DD）、note（中文）和 note_en（英文）。",
            en: "Every item of changes needs date (YYYY-MM-DD), note (Chinese) and note_en (English)."),
        "kb.issue.replacedPair": LocalizedText(
            zh: "{name}：replaced_by 和 replaced_on 要一起写（被什么取代、哪天起）。",
            en: "{name}: replaced_by and replaced_on go together (replaced by what, from which day)."),
        "kb.issue.replacedByUnknown": LocalizedText(
            zh: "{name} 的 replaced_by“{target}”不在登记表中。", en: "{name}: replaced_by \"{target}\" is not in the register."),
        // Citation audit
        "kb.issue.citesReplaced": LocalizedText(
            zh: "{id} 把 {instrument} 当作现行规定引用，但它已于 {date} 被 {by} 取代；写成“原《…》”并注明现在的出处。",
            en:
                "{id} cites {instrument} as current, but it was replaced by {by} on {date}; write 原《…》 (in English \"the former …\") and name where the rule is now."
        ),
        "kb.issue.unversionedArticle": LocalizedText(
            zh: "{id} 引用 {instrument} 的条文（{text}…），但这部法修订时条文重新编号，要写明版本，如“（2013年修正）第三十条”或“原《…》第三十条”。",
            en:
                "{id} cites an article of {instrument} ({text}…), whose articles were renumbered by a revision; say which version, such as （2013年修正）第三十条 or 原《…》第三十条."
        ),
        "kb.issue.reviewedBeforeChange": LocalizedText(
            zh: "{id} 最近核对于 {reviewed}，此后 {instrument} 有变化（{date}）",
            en: "{id} was last reviewed on {reviewed}, before {instrument} changed ({date})"),
        "kb.issue.reviewedInFuture": LocalizedText(
            zh: "{id} 的 reviewed（{reviewed}）晚于今天（{today}）；只填真正核对的那一天。",
            en: "{id}: reviewed ({reviewed}) is after today ({today}); give the day it was really checked."),
        "kb.stats.changes": LocalizedText(zh: "法规变化", en: "Law changes"),
        "kb.stats.changesValue": LocalizedText(zh: "近一年 {n} 项（/kb review）", en: "{n} in the last year (/kb review)"),
        "kb.issue.unregisteredTitle": LocalizedText(
            zh: "{id} 引用的 {title} 不在 instruments.yaml 登记表中。",
            en: "{id} cites {title}, which is not in the instruments.yaml register."),
        "kb.issue.unregisteredNumber": LocalizedText(
            zh: "{id} 引用的标准 {number} 不在 instruments.yaml 登记表中。",
            en: "{id} cites the standard {number}, which is not in the instruments.yaml register."),
        // Instrument events
        "kb.instrument.inForce": LocalizedText(zh: "施行", en: "in force"),
        "kb.instrument.revised": LocalizedText(zh: "{date} 修改", en: "amended on {date}"),
        "kb.instrument.revisedRenumbered": LocalizedText(
            zh: "{date} 修订（条文重新编号）", en: "revised on {date} (articles renumbered)"),
        "kb.instrument.replaced": LocalizedText(zh: "被{by}取代", en: "replaced by {by}"),
        "kb.answer.reviewed": LocalizedText(zh: "核对日期", en: "Reviewed"),
        // /show OLD-ID
        "kb.show.replaced": LocalizedText(
            zh: "条目 {old} 已并入 {id}，下面显示 {id}。", en: "The entry {old} was merged into {id}; showing {id}."),
        // /kb review
        "kb.review.title": LocalizedText(zh: "待复核的条目（今天 {today}）", en: "Entries due for review (today {today})"),
        "kb.review.none": LocalizedText(
            zh: "没有待复核的条目：{entries} 条都在引用来源最近一次变化之后核对过，且不超过 {days} 天。",
            en:
                "No entry is due for review: all {entries} were checked after the last change to what they cite, within {days} days."
        ),
        "kb.review.count": LocalizedText(
            zh: "{due} / {entries} 条待复核。核对后把条目的 reviewed 改成核对那天。",
            en: "{due} of {entries} entries are due for review. After checking one, set its reviewed to that day."),
        "kb.review.more": LocalizedText(
            zh: "……另有 {n} 条；用 /kb review all 看全部。", en: "…and {n} more; /kb review all lists them all."),
        "kb.review.reviewed": LocalizedText(zh: "核对于 {date}", en: "reviewed {date}"),
        "kb.review.neverReviewed": LocalizedText(zh: "从未记录核对日期", en: "never recorded as reviewed"),
        "kb.review.changedSince": LocalizedText(zh: "{instrument} 于 {date} 有变化", en: "{instrument} changed on {date}"),
        "kb.review.longAgo": LocalizedText(zh: "上次核对已过去 {days} 天", en: "last reviewed {days} days ago"),
        "kb.review.dateNotAnnounced": LocalizedText(
            zh: "{year} 年的日期还没有记录，需查官方通知", en: "the {year} date is not recorded yet; look up the official notice"),
        "kb.review.citesReplaced": LocalizedText(
            zh: "把 {instrument} 当现行规定引用（{date} 起由 {by} 取代）",
            en: "cites {instrument} as current (replaced by {by} from {date})"),
        "kb.review.changesTitle": LocalizedText(
            zh: "最近一年有变化的法规和标准（{since} 以来）", en: "Laws and standards that changed in the last year (since {since})"),
        "kb.review.changesNone": LocalizedText(
            zh: "{since} 以来登记表中的法规和标准没有变化。", en: "Nothing in the register changed since {since}."),
        "kb.review.comingTitle": LocalizedText(zh: "已公布、尚未到来的变化", en: "Announced changes still to come"),
        "kb.review.citing": LocalizedText(
            zh: "{n} 条引用，其中 {stale} 条在此之前核对", en: "cited by {n}, {stale} of them reviewed before it"),
        "kb.review.notCited": LocalizedText(zh: "没有条目引用", en: "no entry cites it"),
        "kb.accepted.reviewScope": LocalizedText(zh: "review 后只能跟 all（全部）。", en: "After review, only all is accepted."),
        "kb.stats.due": LocalizedText(zh: "待复核", en: "Due for review"),
        "kb.stats.dueValue": LocalizedText(zh: "{n} 条（/kb review）", en: "{n} entries (/kb review)"),
        "kb.dates.unknownTitle": LocalizedText(
            zh: "下面这些纪念日的日期每年公布，接下来的日期还没有记录，不要照搬往年：",
            en:
                "These days are announced each year and their next dates are not recorded yet; do not reuse an old year's date:"
        ),
        "kb.dates.unknown": LocalizedText(
            zh: "{title}（{id}）：最近记录的是 {last}，{year} 年起的日期未记录，请查当年通知",
            en: "{title} ({id}): last recorded {last}; dates from {year} on are not recorded, check that year's notice"),
        "kb.law.accepted": LocalizedText(
            zh: "请写法规名称或标准编号，如 /kb law 环境保护法、/kb law GB 3095-2026。",
            en: "Give a law's name or a standard number, such as /kb law 环境保护法 or /kb law GB 3095-2026."),
        "kb.law.unknown": LocalizedText(zh: "登记表里没有“{name}”。", en: "\"{name}\" is not in the register."),
        "kb.law.status": LocalizedText(zh: "状态", en: "Status"),
        "kb.law.current": LocalizedText(zh: "现行（据登记表）", en: "in force (per the register)"),
        "kb.law.replaced": LocalizedText(
            zh: "已于 {date} 被《{by}》取代，不能再当现行规定引用", en: "replaced by {by} on {date}; do not cite it as current"),
        "kb.law.notYet": LocalizedText(zh: "尚未施行（{date} 起施行）", en: "not yet in force (from {date})"),
        "kb.law.aliases": LocalizedText(zh: "又称", en: "Also cited as"),
        "kb.law.note": LocalizedText(zh: "说明", en: "Note"),
        "kb.law.citing": LocalizedText(zh: "引用的条目", en: "Cited by"),
        "kb.law.events": LocalizedText(zh: "变化记录", en: "Changes"),
        "kb.review.noRegister": LocalizedText(
            zh: "知识库目录里没有 instruments.yaml，无法比对法规和标准的变化。",
            en: "No instruments.yaml in the knowledge folders, so changes to laws and standards cannot be compared."),
    ]
}
