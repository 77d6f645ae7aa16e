extension MessageCatalog {
    /// Messages of the record rules: dates and times of sessions, who is who, hours only for
    /// what happened, overlaps counted once.
    static let records: [String: LocalizedText] = [
        "rules.accepted.yesNo": LocalizedText(zh: "应为 yes 或 no。", en: "Expected yes or no."),
        "rules.accepted.year": LocalizedText(
            zh: "年份 {year} 不在 2000–2100 之内，请检查。", en: "The year {year} is outside 2000–2100; please check it."),
        "rules.pastStart": LocalizedText(
            zh: "start：「{value}」是 {resolved}，已经过去。要补录已举行的活动，请写明年份（如 2026-06-05 09:30）或加 past=yes。",
            en:
                "start: “{value}” is {resolved}, which has passed. To back-fill a session that took place, write the year (e.g. 2026-06-05 09:30) or add past=yes."
        ),
        "rules.backfilled": LocalizedText(
            zh: "补录：开始时间 {resolved} 已经过去，按补录的活动保存；登记参与人员后用 /done 标记完成。",
            en:
                "Back-filled: the start {resolved} has passed; saved as a back-filled record. Log the people, then mark it /done."
        ),
        "rules.endBeforeStart": LocalizedText(
            zh: "end：「{value}」早于开始时间 {start}。若活动跨夜到次日结束，请加 overnight=yes；否则请改正结束时间。",
            en:
                "end: “{value}” is before the start {start}. If the session runs overnight into the next day, add overnight=yes; otherwise correct the end."
        ),
        "rules.long": LocalizedText(
            zh: "{field}：活动长达 {hours} 小时，超过 12 小时。确认无误请加 long=yes。",
            en: "{field}: the session lasts {hours} hours, more than 12. If that is right, add long=yes."),
        "rules.ask.past": LocalizedText(
            zh: "按补录已举行的活动保存吗？(yes/no)", en: "Save it as a back-filled session that took place? (yes/no)"),
        "rules.ask.overnight": LocalizedText(
            zh: "活动跨夜、次日结束吗？(yes/no)", en: "Does the session run overnight and end the next day? (yes/no)"),
        "rules.ask.long": LocalizedText(
            zh: "确认活动超过 12 小时吗？(yes/no)", en: "Confirm a session longer than 12 hours? (yes/no)"),
        "rules.doneBeforeStart": LocalizedText(
            zh: "id：活动 {id} 要到 {start} 才开始，还不能登记完成（时长只记已发生的服务）。",
            en:
                "id: session {id} starts only at {start}, so it cannot be marked done yet (hours are credited only for service that happened)."
        ),
        "rules.checkinEarly": LocalizedText(
            zh: "id：活动 {id} 于 {start} 开始，最早可在开始前 2 小时签到；{name} 现在还不能签到。",
            en:
                "id: session {id} starts at {start}; check-in opens 2 hours before the start, so {name} cannot check in yet."
        ),
        "rules.cancelDone": LocalizedText(
            zh: "force：活动 {id} 已完成，{people} 人的时长已记入。确需取消请加 force=yes（会从所有统计和证明中扣除这些时长，原因会保留）。",
            en:
                "force: session {id} is done and {people} people's hours are credited. To cancel it anyway add force=yes (their hours leave every total and certificate; the reason is kept)."
        ),
        "rules.hoursRemoved": LocalizedText(
            zh: "已从 {count} 人的累计时长中扣除：", en: "Hours taken out of {count} people's totals:"),
        "rules.editDone": LocalizedText(
            zh: "{fields}：活动 {id} 已完成，修改时间或时长会改变参与者已记入的时长。确需修改请加 force=yes。",
            en:
                "{fields}: session {id} is done; changing its time or length changes the hours already credited. To change it anyway add force=yes."
        ),
        "rules.hoursChanged": LocalizedText(zh: "{count} 人的记入时长已改变：", en: "Credited hours changed for {count} people:"),
        "rules.capacityBelow": LocalizedText(
            zh: "capacity：名额 {capacity} 少于已报名的 {count} 人（已报名的人不会被移除）。",
            en: "capacity: {capacity} places is fewer than the {count} people signed up (nobody signed up is removed)."),
        "rules.hoursAboveLength": LocalizedText(
            zh: "hours：{name} 记 {hours} 小时，超过活动时长 {length} 小时，请核实。",
            en: "hours: {name} has {hours} h, more than the session's {length} h; please check."),
        "people.registerNew": LocalizedText(zh: "新登记一位 {name}", en: "register a new {name}"),
        "people.whichOrNew": LocalizedText(
            zh: "已登记有叫 {name} 的人。是其中一位，还是另一个人？",
            en: "Someone called {name} is already registered. Is it one of them, or someone else?"),
        "people.identifierTaken": LocalizedText(
            zh: "{field}：{value} 已登记在 {owner}（{id}）名下，与姓名 {name} 不符。请核对姓名或 {field}。",
            en: "{field}: {value} is registered to {owner} ({id}), not {name}. Check the name or the {field}."),
        "people.accepted.consent": LocalizedText(
            zh: "记录身份证号须本人同意：请写 consent=（如 consent=书面同意）。",
            en: "An ID number is kept only with the person's consent: add consent= (e.g. consent=written)."),
        "people.askSameOwner": LocalizedText(zh: "就是 {owner} 本人吗？(yes/no)", en: "Is this {owner}? (yes/no)"),
        "people.loggedAsOwner": LocalizedText(
            zh: "已按手机号记为 {owner}（{id}）；登记名 {name} 未保存。",
            en: "Logged as {owner} ({id}) by phone; the name {name} was not saved."),
        "people.phoneAdded": LocalizedText(zh: "已为 {name}（{id}）补记 {phone}。", en: "{phone} added to {name} ({id})."),
        "people.namesakeNew": LocalizedText(
            zh: "{phone} 与已登记的 {name}（{others}）不同，已作为另一个人新登记。若是同一人，请用 /merge 合并。",
            en:
                "{phone} differs from the registered {name} ({others}), so a different person was registered. If it is the same person, /merge them."
        ),
        "people.mergeDiffers": LocalizedText(zh: "两条记录不同之处：", en: "The two records differ in:"),
        "people.mergeDropped": LocalizedText(
            zh: "{field}：保留「{keep}」，舍弃「{other}」", en: "{field}: keeping “{keep}”, dropping “{other}”"),
        "people.mergeAsk": LocalizedText(zh: "合并并舍弃以上信息吗？(yes/no)", en: "Merge and drop the above? (yes/no)"),
        "people.mergeRefused": LocalizedText(
            zh: "confirm：合并会舍弃 {other} 的以下信息：{fields}。确认请加 confirm=yes。",
            en: "confirm: merging drops these of {other}: {fields}. Add confirm=yes to go ahead."),
        "people.mergeAbandoned": LocalizedText(zh: "未合并，没有改动。", en: "Not merged; nothing changed."),
        "hours.overlapNote": LocalizedText(
            zh: "注意：{count} 场活动与更早的活动时间重叠，重叠时段只计一次：",
            en: "Note: {count} sessions overlap earlier ones in time; the overlapping time is counted once:"),
        "hours.overlapRow": LocalizedText(
            zh: "{id}「{title}」与 {others} 重叠：记录 {recorded} 小时，计入 {credited} 小时",
            en: "{id} “{title}” overlaps {others}: {recorded} h recorded, {credited} h credited"),
        "certificate.overlapsRefused": LocalizedText(
            zh:
                "overlaps：{name} 有 {count} 场活动时间重叠（{list}），证明不能在未核实的情况下出具。请用 /record 或 /person 核对，改正后重试；若确认重叠时段只计一次，请加 overlaps=once。",
            en:
                "overlaps: {name} has {count} sessions that overlap in time ({list}); the certificate is not issued over them unchecked. Check them with /record or /person and correct them, or add overlaps=once to count the overlapping time once."
        ),
        "certificate.accepted.overlaps": LocalizedText(
            zh: "应为 once（重叠时段只计一次）。", en: "Expected once (count the overlapping time once)."),
        "certificate.overlapsCounted": LocalizedText(
            zh: "{count} 场活动时间重叠，重叠时段只计一次（已在证明备注中注明）。",
            en: "{count} sessions overlap; the overlapping time is counted once (stated in the certificate's notes)."),
        "certificate.overlapNote": LocalizedText(
            zh: "时间重叠的活动（{list}）重叠时段只计一次。", en: "Overlapping sessions ({list}): the overlapping time is counted once."),
        "demo.seeded": LocalizedText(
            zh: "/check 会列出有意留下的问题，供练习修正：{findings}。其余检查项（时间重叠、重复人员、时长超过活动时长等）在演示数据中均为零。",
            en:
                "/check lists problems left in on purpose to practise fixing: {findings}. Every other check (overlaps, duplicate people, hours above the session's length …) is zero in the demo data."
        ),
    ]
}
