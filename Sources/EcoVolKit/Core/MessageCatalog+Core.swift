extension MessageCatalog {
    /// Messages of the REPL, the argument parser and general commands.
    static let core: [String: LocalizedText] = [
        "label.error": LocalizedText(zh: "错误：", en: "Error: "),
        "label.warning": LocalizedText(zh: "注意：", en: "Warning: "),
        "error.invalidValue": LocalizedText(zh: "{field} 的值“{value}”无效。", en: "{field}: \"{value}\" is not valid."),
        "error.missingValue": LocalizedText(zh: "缺少 {field}。", en: "{field} is missing."),
        "error.notDirectory": LocalizedText(zh: "{path} 不是目录。", en: "{path} is not a directory."),
        "error.cannotCreateDirectory": LocalizedText(
            zh: "无法创建目录 {path}：{reason}", en: "Cannot create directory {path}: {reason}"),
        "parse.unterminatedQuote": LocalizedText(
            zh: "第 {column} 列的引号 {quote} 没有闭合。", en: "The quote {quote} at column {column} is not closed."),
        "parse.emptyKey": LocalizedText(
            zh: "第 {column} 列的“=”前缺少参数名（写法：key=value）。",
            en: "Missing a name before \"=\" at column {column} (write key=value)."),
        "parse.emptyCommand": LocalizedText(
            zh: "“/”后缺少命令名。输入 /help 查看命令。", en: "A command name must follow \"/\". Type /help for the commands."),
        "parse.lineTooLong": LocalizedText(
            zh: "这一行太长（最多 {limit} 个字符）。", en: "The line is too long (at most {limit} characters)."),
        "arg.unknownKey": LocalizedText(zh: "{command} 没有参数 {key}=。", en: "{command} has no argument {key}=."),
        "arg.acceptedKeys": LocalizedText(zh: "可用参数：{keys}", en: "Accepted: {keys}"),
        "arg.noKeys": LocalizedText(zh: "这个命令不带 key=value 参数。", en: "This command takes no key=value arguments."),
        "arg.didYouMean": LocalizedText(zh: "您是不是想输入 {suggestion}？", en: "Did you mean {suggestion}?"),
        "arg.duplicateKey": LocalizedText(zh: "参数 {key}= 出现了不止一次。", en: "The argument {key}= is given more than once."),
        "arg.unexpectedPositional": LocalizedText(
            zh: "多余的参数“{value}”。用法：{usage}", en: "Unexpected argument \"{value}\". Usage: {usage}"),
        "arg.integerRange": LocalizedText(
            zh: "应为 {min} 到 {max} 之间的整数。", en: "Expected a whole number from {min} to {max}."),
        "arg.yesNo": LocalizedText(zh: "应为 yes 或 no（是 / 否）。", en: "Expected yes or no."),
        "arg.accepted.text": LocalizedText(zh: "应为文字。", en: "Expected text."),
        "arg.accepted.integer": LocalizedText(zh: "应为整数。", en: "Expected a whole number."),
        "arg.accepted.language": LocalizedText(zh: "可选：zh（中文）、en（英文）。", en: "Accepted: zh (Chinese), en (English)."),
        "runner.unknownCommand": LocalizedText(zh: "没有命令 {command}。", en: "There is no command {command}."),
        "runner.didYouMean": LocalizedText(zh: "您是不是想输入 {suggestion}？", en: "Did you mean {suggestion}?"),
        "runner.seeHelp": LocalizedText(zh: "输入 /help 查看全部命令。", en: "Type /help to see all commands."),
        "runner.freeTextUnavailable": LocalizedText(
            zh: "知识库不可用，无法回答问题。输入 /help 查看命令。",
            en: "The knowledge base is not available to answer questions. Type /help for the commands."),
        "runner.cancelled": LocalizedText(zh: "已取消。", en: "Cancelled."),
        "runner.internalError": LocalizedText(zh: "内部错误：{detail}", en: "Internal error: {detail}"),
        "group.knowledge": LocalizedText(zh: "知识问答与宣讲素材", en: "Knowledge and talk material"),
        "group.outreach": LocalizedText(zh: "活动安排与记录", en: "Outreach sessions"),
        "group.people": LocalizedText(zh: "志愿者", en: "Volunteers"),
        "group.reports": LocalizedText(zh: "统计、证明与导出", en: "Reports, certificates and exports"),
        "group.general": LocalizedText(zh: "通用", en: "General"),
        "help.title": LocalizedText(zh: "ecovol 命令", en: "ecovol commands"),
        "help.intro": LocalizedText(
            zh: "直接输入问题即可查询知识库（如“垃圾分类怎么分”）；以 / 开头的是命令，Tab 键补全。",
            en:
                "Type a question to search the knowledge base (e.g. \"how to sort waste\"); lines starting with / are commands; Tab completes."
        ),
        "help.command": LocalizedText(zh: "命令", en: "Command"),
        "help.alias": LocalizedText(zh: "中文名", en: "Chinese"),
        "help.summary": LocalizedText(zh: "说明", en: "What it does"),
        "help.footer": LocalizedText(
            zh: "/help 命令名 查看详细用法；任何命令加 --json 输出 JSON。",
            en: "/help COMMAND shows details; add --json to any command for JSON output."),
        "help.usage": LocalizedText(zh: "用法", en: "Usage"),
        "help.arguments": LocalizedText(zh: "参数", en: "Arguments"),
        "help.examples": LocalizedText(zh: "示例", en: "Examples"),
        "help.required": LocalizedText(zh: "（必填）", en: " (required)"),
        "lang.accepted": LocalizedText(zh: "可选：zh（中文）或 en（英文）。", en: "Accepted: zh (Chinese) or en (English)."),
        "lang.current": LocalizedText(zh: "界面语言：中文", en: "Language: English"),
        "repl.goodbye": LocalizedText(zh: "再见！", en: "Goodbye!"),
        "clear.notInteractive": LocalizedText(
            zh: "清屏只在交互界面（REPL）里有用，这里没有要清的屏幕。",
            en: "Clearing the screen only means something in the REPL; there is no screen to clear here."),
        "history.empty": LocalizedText(zh: "还没有输入过的行。", en: "No lines typed yet."),
        "history.keys": LocalizedText(
            zh: "在提示符处按 ↑/↓ 调出这些行，Ctrl-R 按内容搜索。", en: "At the prompt, ↑/↓ recall these lines and Ctrl-R searches them."),
        "repl.welcome": LocalizedText(
            zh: "ecovol 生态环境志愿服务助手 —— 输入问题，或 /help 查看命令。",
            en: "ecovol, the eco-volunteer assistant: ask a question, or type /help."),
        "repl.cancelHint": LocalizedText(zh: "（已取消）", en: "(cancelled)"),
        "repl.pasteMarker": LocalizedText(zh: "粘贴了 {lines} 行", en: "pasted {lines} lines"),
        "repl.searchStatus": LocalizedText(zh: "搜索：{query}", en: "search: {query}"),
        "repl.searchNotFound": LocalizedText(zh: "未找到：{query}", en: "not found: {query}"),
        "cli.scriptUnreadable": LocalizedText(zh: "无法读取脚本 {path}：{reason}", en: "Cannot read script {path}: {reason}"),
        "cli.badLang": LocalizedText(zh: "--lang 只接受 zh 或 en。", en: "--lang accepts zh or en."),
        "repl.pasteStopped": LocalizedText(
            zh: "粘贴的第 {number} 条命令（共 {total} 条）未成功，后面 {rest} 条没有运行。",
            en: "Pasted command {number} of {total} did not succeed; the {rest} after it were not run."),
        "runner.dialogueAbandoned": LocalizedText(zh: "已放弃，没有保存任何内容。", en: "Abandoned; nothing was saved."),
        "repl.searchPrompt": LocalizedText(zh: "(历史搜索)“{query}”：", en: "(reverse-i-search)'{query}': "),
        "repl.searchFailed": LocalizedText(zh: "(历史搜索，未找到)“{query}”：", en: "(failed reverse-i-search)'{query}': "),
    ]
}
