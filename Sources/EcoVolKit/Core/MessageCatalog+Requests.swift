extension MessageCatalog {
    /// Messages of plain-words requests: the proposal shown for confirmation and the choices.
    static let requests: [String: LocalizedText] = [
        "request.understood": LocalizedText(zh: "理解为：", en: "Understood as:"),
        "request.readings": LocalizedText(zh: "有两种理解：", en: "Two readings:"),
        "request.missing": LocalizedText(
            zh: "还缺：{fields}（运行后会逐项询问）", en: "Still missing: {fields} (asked for when it runs)"),
        "request.missingBatch": LocalizedText(zh: "还缺：{fields}", en: "Still missing: {fields}"),
        "request.confirm": LocalizedText(
            zh: "已放在下一行：按回车执行，可先修改；Ctrl-C 放弃。",
            en: "Placed on the next line: Enter runs it, edit it first if needed; Ctrl-C drops it."),
        "request.notRun": LocalizedText(
            zh: "未执行（确认后运行这一行，或加 --yes 执行）。", en: "Not run (run this line to confirm, or pass --yes)."),
        "request.readOnly": LocalizedText(zh: "（只查看，不修改记录）", en: "(reads records, changes nothing)"),
        "request.pick": LocalizedText(zh: "选哪一个？输入 1 或 2", en: "Which one? Type 1 or 2"),
        "request.pickAgain": LocalizedText(zh: "请输入 1 或 2（Ctrl-C 放弃）。", en: "Type 1 or 2 (Ctrl-C drops it)."),
        "request.orQuestion": LocalizedText(zh: "这句话可能是要执行命令：", en: "This may be a request to run:"),
        "request.askKind": LocalizedText(
            zh: "1 = 准备执行这条命令，2 = 当作问题回答", en: "1 = prepare this command, 2 = answer it as a question"),
        "request.maybe": LocalizedText(zh: "如果是要执行命令，可以运行：{line}", en: "If this was meant as a request, run: {line}"),
        "request.accepted": LocalizedText(
            zh: "用平常的话说要做什么，如：明天下午两点在云岩区社区讲垃圾分类",
            en: "say what to do in plain words, e.g. schedule a waste-sorting talk in Yunyan tomorrow at 2pm"),
        "request.notUnderstood": LocalizedText(
            zh: "没有看出要执行哪条命令；已当作问题回答。", en: "No command recognised; answered as a question."),
    ]
}
