extension MessageKey {
    /// The message in both languages, with its `{placeholders}` unfilled.
    var text: LocalizedText {
        switch self {
        // MARK: - Core
        case .labelError: LocalizedText(zh: "错误：", en: "Error: ")
        case .labelWarning: LocalizedText(zh: "注意：", en: "Warning: ")
        case .errorInvalidValue: LocalizedText(zh: "{field} 的值“{value}”无效。", en: "{field}: \"{value}\" is not valid.")
        case .errorMissingValue: LocalizedText(zh: "缺少 {field}。", en: "{field} is missing.")
        case .errorNotDirectory: LocalizedText(zh: "{path} 不是目录。", en: "{path} is not a directory.")
        case .errorCannotCreateDirectory:
            LocalizedText(
                zh: "无法创建目录 {path}：{reason}", en: "Cannot create directory {path}: {reason}")
        case .parseUnterminatedQuote:
            LocalizedText(
                zh: "第 {column} 列的引号 {quote} 没有闭合。", en: "The quote {quote} at column {column} is not closed.")
        case .parseEmptyKey:
            LocalizedText(
                zh: "第 {column} 列的“=”前缺少参数名（写法：key=value）。",
                en: "Missing a name before \"=\" at column {column} (write key=value).")
        case .parseEmptyCommand:
            LocalizedText(
                zh: "“/”后缺少命令名。输入 /help 查看命令。", en: "A command name must follow \"/\". Type /help for the commands.")
        case .parseLineTooLong:
            LocalizedText(
                zh: "这一行太长（最多 {limit} 个字符）。", en: "The line is too long (at most {limit} characters).")
        case .argUnknownKey: LocalizedText(zh: "{command} 没有参数 {key}=。", en: "{command} has no argument {key}=.")
        case .argAcceptedKeys: LocalizedText(zh: "可用参数：{keys}。", en: "Accepted: {keys}")
        case .argNoKeys: LocalizedText(zh: "这个命令不带 key=value 参数。", en: "This command takes no key=value arguments.")
        case .argDidYouMean: LocalizedText(zh: "您是不是想输入 {suggestion}？", en: "Did you mean {suggestion}?")
        case .argDuplicateKey:
            LocalizedText(zh: "参数 {key}= 出现了不止一次。", en: "The argument {key}= is given more than once.")
        case .argUnexpectedPositional:
            LocalizedText(
                zh: "多余的参数“{value}”。用法：{usage}", en: "Unexpected argument \"{value}\". Usage: {usage}")
        case .argNoPositionals:
            LocalizedText(
                zh: "{command} 后面不带其他内容，“{value}”用不上。{command} 的作用：{summary}。用法：{usage}",
                en:
                    "{command} takes nothing after it, so \"{value}\" was not used. {command}: {summary}. Usage: {usage}"
            )
        case .argIntegerRange:
            LocalizedText(
                zh: "应为 {min} 到 {max} 之间的整数。", en: "Expected a whole number from {min} to {max}.")
        case .argYesNo: LocalizedText(zh: "应为 yes 或 no（是 / 否）。", en: "Expected yes or no.")
        case .argAcceptedText: LocalizedText(zh: "应为文字。", en: "Expected text.")
        case .argAcceptedInteger: LocalizedText(zh: "应为整数。", en: "Expected a whole number.")
        case .argAcceptedLanguage: LocalizedText(zh: "可选：zh（中文）、en（英文）。", en: "Accepted: zh (Chinese), en (English).")
        case .runnerUnknownCommand: LocalizedText(zh: "没有命令 {command}。", en: "There is no command {command}.")
        case .runnerDidYouMean: LocalizedText(zh: "您是不是想输入 {suggestion}？", en: "Did you mean {suggestion}?")
        case .runnerSeeHelp: LocalizedText(zh: "输入 /help 查看全部命令。", en: "Type /help to see all commands.")
        case .runnerFreeTextUnavailable:
            LocalizedText(
                zh: "知识库不可用，无法回答问题。输入 /help 查看命令。",
                en: "The knowledge base is not available to answer questions. Type /help for the commands.")
        case .runnerCancelled: LocalizedText(zh: "已取消。", en: "Cancelled.")
        case .runnerInternalError: LocalizedText(zh: "内部错误：{detail}", en: "Internal error: {detail}")
        case .groupKnowledge: LocalizedText(zh: "知识问答与宣讲素材", en: "Knowledge and talk material")
        case .groupOutreach: LocalizedText(zh: "活动安排与记录", en: "Outreach sessions")
        case .groupPeople: LocalizedText(zh: "志愿者", en: "Volunteers")
        case .groupReports: LocalizedText(zh: "统计、证明与导出", en: "Reports, certificates and exports")
        case .groupGeneral: LocalizedText(zh: "通用", en: "General")
        case .helpTitle: LocalizedText(zh: "ecovol 命令", en: "ecovol commands")
        case .helpIntro:
            LocalizedText(
                zh: "直接输入问题即可查询知识库（如“垃圾分类怎么分”）；以 / 开头的是命令，Tab 键补全。",
                en:
                    "Type a question to search the knowledge base (e.g. \"how to sort waste\"); lines starting with / are commands; Tab completes."
            )
        case .helpCommand: LocalizedText(zh: "命令", en: "Command")
        case .helpAlias: LocalizedText(zh: "中文名", en: "Chinese")
        case .helpSummary: LocalizedText(zh: "说明", en: "What it does")
        case .helpFooter:
            LocalizedText(
                zh: "/help 命令名 查看详细用法；任何命令加 --json 输出 JSON。",
                en: "/help COMMAND shows details; add --json to any command for JSON output.")
        case .helpUsage: LocalizedText(zh: "用法", en: "Usage")
        case .helpArguments: LocalizedText(zh: "参数", en: "Arguments")
        case .helpExamples: LocalizedText(zh: "示例", en: "Examples")
        case .helpRequired: LocalizedText(zh: "（必填）", en: " (required)")
        case .langAccepted: LocalizedText(zh: "可选：zh（中文）或 en（英文）。", en: "Accepted: zh (Chinese) or en (English).")
        case .langCurrent: LocalizedText(zh: "界面语言：中文", en: "Language: English")
        case .replWelcome:
            LocalizedText(
                zh: "ecovol 生态环境志愿服务助手 —— 输入问题，或 /help 查看命令。",
                en: "ecovol, the eco-volunteer assistant: ask a question, or type /help.")
        case .cliScriptUnreadable:
            LocalizedText(zh: "无法读取脚本 {path}：{reason}", en: "Cannot read script {path}: {reason}")
        case .replPasteStopped:
            LocalizedText(
                zh: "粘贴的第 {number} 条命令（共 {total} 条）未成功，后面 {rest} 条没有运行。",
                en: "Pasted command {number} of {total} did not succeed; the {rest} after it were not run.")
        case .runnerDialogueAbandoned: LocalizedText(zh: "已放弃，没有保存任何内容。", en: "Abandoned; nothing was saved.")
        case .replSearchPrompt: LocalizedText(zh: "(历史搜索)“{query}”：", en: "(reverse-i-search)'{query}': ")
        case .replSearchFailed: LocalizedText(zh: "(历史搜索，未找到)“{query}”：", en: "(failed reverse-i-search)'{query}': ")
        case .clearNotInteractive:
            LocalizedText(
                zh: "清屏只在交互界面（REPL）里有用，这里没有要清的屏幕。",
                en: "Clearing the screen only means something in the REPL; there is no screen to clear here.")
        case .historyEmpty: LocalizedText(zh: "还没有输入过的行。", en: "No lines typed yet.")
        case .historyKeys:
            LocalizedText(
                zh: "在提示符处按 ↑/↓ 调出这些行，Ctrl-R 按内容搜索。",
                en: "At the prompt, ↑/↓ recall these lines and Ctrl-R searches them.")

        // MARK: - Demo
        case .demoNotEmpty:
            LocalizedText(
                zh: "{path} 不是空目录：演示数据只写进新的或空的目录（确实要写入请加 --force）。",
                en:
                    "{path} is not empty: demo data goes only into a new or empty directory (add --force to write there anyway)."
            )
        case .demoBadCity:
            LocalizedText(
                zh: "城市“{value}”不认识，可用：{accepted}",
                en: "Unknown city '{value}'; accepted: {accepted}")
        case .demoFilled:
            LocalizedText(
                zh:
                    "已在 {path} 生成 {city} 近一年的演示数据：{sessions} 场活动、{people} 名志愿者、{participations} 条参与记录、{projects} 个本地项目，共 {hours} 服务小时。",
                en:
                    "Wrote a year of demo data for {city} into {path}: {sessions} sessions, {people} people, {participations} participation records, {projects} local projects, {hours} service hours."
            )
        case .demoTry:
            LocalizedText(
                zh: "试试：ecovol --store {path}，然后输入 /sessions、/people、/person 姓名 或报表命令。这些是虚构数据，用完删除目录即可。",
                en:
                    "Try: ecovol --store {path}, then /sessions, /people, /person NAME or the reports. The data is made up; delete the directory when done."
            )

        // MARK: - Knowledge
        // Checking knowledge files
        case .kbCheckError: LocalizedText(zh: "错误", en: "error")
        case .kbCheckWarning: LocalizedText(zh: "提示", en: "warning")
        case .kbCheckSummary:
            LocalizedText(
                zh: "已检查 {directories}：可用条目 {entries} 条，错误 {errors} 个，提示 {warnings} 个。",
                en: "Checked {directories}: {entries} usable entries, {errors} errors, {warnings} warnings.")
        case .kbCheckClean:
            LocalizedText(
                zh: "知识库没有发现问题（{entries} 条）。", en: "No problems found in the knowledge base ({entries} entries).")
        case .kbCheckHint:
            LocalizedText(
                zh: "有错误的条目不会被加载；格式说明见 knowledge/FORMAT.md。",
                en: "Entries with errors are not loaded; see knowledge/FORMAT.md for the format.")
        case .kbIssueNoDirectory:
            LocalizedText(
                zh: "知识库目录不存在或不是目录。", en: "The knowledge folder does not exist or is not a folder.")
        case .kbIssueUnreadable: LocalizedText(zh: "无法读取这个文件。", en: "The file cannot be read.")
        case .kbIssueNotUTF8: LocalizedText(zh: "文件不是 UTF-8 编码的文本。", en: "The file is not UTF-8 text.")
        case .kbIssueNoFrontMatter:
            LocalizedText(
                zh: "文件必须以一行 --- 开头，接着是 YAML 字段，再用一行 --- 结束，然后是正文。",
                en: "The file must start with a line ---, then the YAML fields, a closing line ---, then the body.")
        case .kbIssueUnclosedFrontMatter:
            LocalizedText(
                zh: "YAML 字段区没有用一行 --- 结束。", en: "The YAML front matter is not closed by a line ---.")
        case .kbIssueYaml: LocalizedText(zh: "YAML 写法有误：{problem}", en: "Invalid YAML: {problem}")
        case .kbIssueNotMapping:
            LocalizedText(
                zh: "YAML 字段区应是“字段: 值”的列表。", en: "The front matter must be a list of \"field: value\" lines.")
        case .kbIssueDuplicateField:
            LocalizedText(
                zh: "字段 {field} 出现了不止一次。", en: "The field {field} appears more than once.")
        case .kbIssueUnknownField:
            LocalizedText(
                zh: "未知字段 {field}（可用字段：{accepted}）。", en: "Unknown field {field} (accepted: {accepted}).")
        case .kbIssueMissingField: LocalizedText(zh: "缺少必填字段 {field}。", en: "The required field {field} is missing.")
        case .kbIssueEmptyField: LocalizedText(zh: "字段 {field} 不能为空。", en: "The field {field} must not be empty.")
        case .kbIssueNotText: LocalizedText(zh: "字段 {field} 应是一段文字。", en: "The field {field} must be text.")
        case .kbIssueNotList:
            LocalizedText(
                zh: "字段 {field} 应是列表，如 [a, b]。", en: "The field {field} must be a list such as [a, b].")
        case .kbIssueUnknownValue:
            LocalizedText(
                zh: "{field} 的值“{value}”无效（可用：{accepted}）。",
                en: "{field}: \"{value}\" is not accepted (accepted: {accepted}).")
        case .kbIssueUnknownTopic:
            LocalizedText(
                zh: "主题“{value}”不在 topics.yaml 中（可用：{accepted}）。",
                en: "The topic \"{value}\" is not in topics.yaml (accepted: {accepted}).")
        case .kbIssueBadId:
            LocalizedText(
                zh: "id“{value}”只能用小写字母、数字和连字符。",
                en: "The id \"{value}\" may only use lower-case letters, digits and hyphens.")
        case .kbIssueIdPrefix:
            LocalizedText(
                zh: "id“{id}”应以“{kind}-”开头。", en: "The id \"{id}\" should start with \"{kind}-\".")
        case .kbIssueIdFileMismatch:
            LocalizedText(
                zh: "id“{id}”与文件名“{file}”不一致（文件名应为 id 加 .md）。",
                en: "The id \"{id}\" does not match the file name \"{file}\" (it should be the id plus .md).")
        case .kbIssueDuplicateId:
            LocalizedText(
                zh: "id“{id}”重复，已在 {other} 中使用；这个文件被跳过。",
                en: "The id \"{id}\" is already used by {other}; this file is skipped.")
        case .kbIssueKeywordLanguages:
            LocalizedText(
                zh: "keywords 应至少各有一个中文词和英文词。", en: "keywords should include at least one Chinese and one English word."
            )
        case .kbIssueBadDate:
            LocalizedText(
                zh: "{field} 的值“{value}”不是有效日期（格式 YYYY-MM-DD）。",
                en: "{field}: \"{value}\" is not a valid date (YYYY-MM-DD).")
        case .kbIssueBadMinutes:
            LocalizedText(
                zh: "minutes 的值“{value}”无效，应为 1 到 1440 的整数。",
                en: "minutes: \"{value}\" is not valid; expected a whole number from 1 to 1440.")
        case .kbIssueDateRuleCount:
            LocalizedText(
                zh: "date 条目必须且只能有 day、month、nth_weekday、years 中的一个。",
                en: "A date entry needs exactly one of day, month, nth_weekday, years.")
        case .kbIssueDayOnOtherKind:
            LocalizedText(
                zh: "字段 {field} 只用于 date 条目，这里会被忽略。",
                en: "The field {field} is only for date entries and is ignored here.")
        case .kbIssueBadDay:
            LocalizedText(
                zh: "day 的值“{value}”无效，应为带引号的 \"MM-DD\"，如 \"06-05\"。",
                en: "day: \"{value}\" is not valid; expected a quoted \"MM-DD\" such as \"06-05\".")
        case .kbIssueBadMonth:
            LocalizedText(
                zh: "month 的值“{value}”无效，应为 1 到 12。", en: "month: \"{value}\" is not valid; expected 1 to 12.")
        case .kbIssueBadNthWeekday:
            LocalizedText(
                zh: "nth_weekday 应给出 month、weekday（1=周一…7=周日）和 n（1–5），如第三个周六：month: 9, weekday: 6, n: 3。",
                en: "nth_weekday needs month, weekday (1=Monday…7=Sunday) and n (1–5), e.g. month: 9, weekday: 6, n: 3."
            )
        case .kbIssueBadYears:
            LocalizedText(
                zh: "years 应写成 年份: \"YYYY-MM-DD\" 的映射。", en: "years must map each year to \"YYYY-MM-DD\".")
        case .kbIssueBadYearDate:
            LocalizedText(
                zh: "years 中的“{value}”无效：日期须为该年的 YYYY-MM-DD。",
                en: "years: \"{value}\" is not valid; the date must be YYYY-MM-DD in that year.")
        case .kbIssueYearsWithoutRule:
            LocalizedText(
                zh: "按年份列出日期的条目应同时写 rule，说明日期怎么定。",
                en: "An entry with years should also give rule, saying how the day is set.")
        case .kbIssueEmptyBody: LocalizedText(zh: "正文是空的。", en: "The body is empty.")
        case .kbIssueBodyLength:
            LocalizedText(
                zh: "正文有 {count} 个汉字；{kind} 条目应为 {min}–{max} 个汉字（便于口头讲述）。",
                en:
                    "The body has {count} Chinese characters; a {kind} entry should have {min}–{max} (so it can be spoken)."
            )
        case .kbIssueTopicsShape:
            LocalizedText(
                zh: "topics.yaml 应把每个主题映射到 zh（中文名）和 en（英文名）。",
                en: "topics.yaml must map each topic to its zh and en names."
            )
        case .kbIssueBadTopic:
            LocalizedText(
                zh: "主题“{value}”写法有误：slug 用小写字母、数字和连字符，并给出 zh 和 en 名称。",
                en: "The topic \"{value}\" is malformed: use a lower-case slug with zh and en names.")
        case .kbIssueSynonymsShape:
            LocalizedText(
                zh: "synonyms.yaml 应包含 groups 和 one_way 两个列表。",
                en: "synonyms.yaml must hold the lists groups and one_way.")
        case .kbIssueBadSynonymGroup:
            LocalizedText(
                zh: "同义词组应是至少两个词的列表。", en: "A synonym group must be a list of at least two terms.")
        case .kbIssueBadSynonymRule:
            LocalizedText(
                zh: "单向同义词应有 from 和 to 两个词表。", en: "A one-way synonym needs the term lists from and to.")
        case .kbIssueBadSynonymWeight:
            LocalizedText(
                zh: "同义词的 weight 应是大于 0、不超过 1 的数（如 0.6）。",
                en: "A synonym weight must be a number above 0 and at most 1 (e.g. 0.6).")
        // Accepted values
        case .kbAcceptedKinds: LocalizedText(zh: "可选类型：{kinds}", en: "Accepted kinds: {kinds}")
        case .kbAcceptedAudiences:
            LocalizedText(
                zh: "可选对象：{audiences}（也可写 学校、村民、企业 等）", en: "Accepted audiences: {audiences}")
        case .kbAcceptedTopics:
            LocalizedText(
                zh: "可选主题：{topics}（也可写中文名，见 /topics）", en: "Accepted topics: {topics} (or their names, see /topics)")
        case .kbAcceptedActions:
            LocalizedText(
                zh: "可选：stats（统计）、check（检查）或 review（待复核）。", en: "Accepted: stats, check or review.")
        // Answers
        case .kbAskAccepted:
            LocalizedText(
                zh: "请输入问题或关键词，如“垃圾分类怎么分”。", en: "Type a question or keywords, e.g. \"how to sort waste\".")
        case .kbAskNoMatch:
            LocalizedText(
                zh: "知识库里没有找到关于“{question}”的内容。", en: "Nothing in the knowledge base is about \"{question}\".")
        case .kbAskSuggestions:
            LocalizedText(
                zh: "最接近的条目（仅供参考，不是这个问题的答案）：", en: "Closest entries (suggestions only, not an answer to this question):"
            )
        case .kbAskSuggestionsHint:
            LocalizedText(
                zh: "输入序号打开，或换个说法再问。", en: "Type a number to open one, or ask another way.")
        case .kbAskOutlineHint:
            LocalizedText(
                zh: "要整理成一堂课的提纲，可以输入：{line}", en: "To draft a whole talk from this, type: {line}")
        case .kbAskTryTopics:
            LocalizedText(
                zh: "知识库的主题有：{topics}。输入 /topics 查看全部。", en: "Topics covered: {topics}. Type /topics for all.")
        case .kbAskFollowUp:
            LocalizedText(
                zh: "按“{audience}”重新排序“{question}”的结果：", en: "Results for \"{question}\" re-ranked for {audience}:")
        case .kbSmallTalkThanks:
            LocalizedText(
                zh: "不客气！还有想问的，直接输入就行。", en: "You're welcome! Ask anything else, or type /help for the commands.")
        case .kbSmallTalkGreeting:
            LocalizedText(
                zh: "你好！可以直接问生态环保的问题，比如“垃圾分类怎么分”；输入 /help 查看记录活动的命令。",
                en:
                    "Hello! Ask about the environment in your own words (\"how do I sort waste?\"), or type /help for the commands."
            )
        case .kbSmallTalkAcknowledgement:
            LocalizedText(zh: "好的。还有想问的，直接输入。", en: "OK. Ask anything else when you are ready.")
        case .kbAnswerDay: LocalizedText(zh: "日期", en: "Date")
        case .kbAnswerNextOn: LocalizedText(zh: "（下一次：{date}，还有 {days} 天）", en: " (next: {date}, in {days} days)")
        case .kbAnswerSuits: LocalizedText(zh: "适合", en: "Suits")
        case .kbAnswerMaterials: LocalizedText(zh: "材料", en: "Materials")
        case .kbAnswerMinutes: LocalizedText(zh: "用时", en: "Time")
        case .kbAnswerMinutesValue: LocalizedText(zh: "约 {minutes} 分钟", en: "about {minutes} minutes")
        case .kbAnswerAudiences: LocalizedText(zh: "对象", en: "Audiences")
        case .kbAnswerSource: LocalizedText(zh: "来源", en: "Source")
        case .kbAnswerRelated: LocalizedText(zh: "相关条目：", en: "Related:")
        case .kbAnswerRelatedHint:
            LocalizedText(
                zh: "输入序号打开，输入“更多”看更多结果。", en: "Type a number to open one, or \"more\" for further results.")
        case .kbMoreNoThread:
            LocalizedText(
                zh: "还没有提问。先输入一个问题，再输入“更多”。", en: "There is no question yet. Ask one first, then type \"more\".")
        case .kbMoreNone: LocalizedText(zh: "“{question}”没有更多结果了。", en: "No more results for \"{question}\".")
        case .kbMoreTitle: LocalizedText(zh: "“{question}”的更多结果：", en: "More results for \"{question}\":")
        case .kbOpenNoList:
            LocalizedText(
                zh: "没有可以按序号打开的列表。先提问或输入 /tips。",
                en: "There is no numbered list to open from. Ask a question or type /tips first.")
        case .kbShowAccepted:
            LocalizedText(
                zh: "请给出条目 id，如 /show fact-pm25；Tab 键可补全。",
                en: "Give an entry id such as /show fact-pm25; Tab completes ids.")
        case .kbShowUnknown: LocalizedText(zh: "没有 id 为“{id}”的条目。", en: "There is no entry with the id \"{id}\".")
        // Lists
        case .kbTopicsTitle: LocalizedText(zh: "知识库主题", en: "Knowledge topics")
        case .kbTopicsSlug: LocalizedText(zh: "主题", en: "Topic")
        case .kbTopicsZh: LocalizedText(zh: "中文名", en: "Chinese")
        case .kbTopicsEn: LocalizedText(zh: "英文名", en: "English")
        case .kbTopicsCount: LocalizedText(zh: "条目", en: "Entries")
        case .kbTopicsHint:
            LocalizedText(
                zh: "/tips 主题 或 /points 主题 按主题列出条目。", en: "/tips TOPIC or /points TOPIC lists entries of a topic.")
        case .kbListTitle: LocalizedText(zh: "{kind}{topic}：{count} 条", en: "{kind}s{topic}: {count}")
        case .kbListEmpty: LocalizedText(zh: "没有符合的条目。", en: "No matching entries.")
        case .kbListId: LocalizedText(zh: "编号", en: "Id")
        case .kbListEntryTitle: LocalizedText(zh: "标题", en: "Title")
        case .kbListHint: LocalizedText(zh: "输入 /show 编号 查看全文。", en: "Type /show ID to read one.")
        case .kbTipTitle: LocalizedText(zh: "今日贴士（{date}）", en: "Tip of the day ({date})")
        case .kbTipNone: LocalizedText(zh: "知识库里还没有低碳小贴士。", en: "The knowledge base has no tips yet.")
        case .kbDatesTitle: LocalizedText(zh: "即将到来的环境纪念日（今天 {date}）", en: "Upcoming environmental days (today {date})")
        case .kbDatesDate: LocalizedText(zh: "日期", en: "Date")
        case .kbDatesLeft: LocalizedText(zh: "还有", en: "In")
        case .kbDatesToday: LocalizedText(zh: "就是今天", en: "today")
        case .kbDatesInDays: LocalizedText(zh: "{days} 天", en: "{days} days")
        case .kbDatesNone: LocalizedText(zh: "知识库里还没有纪念日条目。", en: "The knowledge base has no environmental days yet.")
        case .kbGreetingTip: LocalizedText(zh: "今日贴士：", en: "Tip of the day: ")
        case .kbGreetingNextDay:
            LocalizedText(
                zh: "下一个环境纪念日：{title}，{date}，还有 {days} 天。",
                en: "Next environmental day: {title}, {date}, in {days} days.")
        case .kbGreetingToday: LocalizedText(zh: "今天是 {title}（{date}）。", en: "Today is {title} ({date}).")
        // Statistics
        case .kbStatsTitle: LocalizedText(zh: "知识库统计", en: "Knowledge base statistics")
        case .kbStatsEntries: LocalizedText(zh: "条目", en: "Entries")
        case .kbStatsTopics: LocalizedText(zh: "主题", en: "Topics")
        case .kbStatsSynonyms: LocalizedText(zh: "同义词组", en: "Synonym groups")
        case .kbStatsDirectories: LocalizedText(zh: "目录", en: "Folders")
        case .kbStatsIssues: LocalizedText(zh: "问题", en: "Problems")
        case .kbStatsIssueCounts:
            LocalizedText(
                zh: "错误 {errors} 个，提示 {warnings} 个（/kb check 查看）",
                en: "{errors} errors, {warnings} warnings (see /kb check)")
        case .kbStatsIndex: LocalizedText(zh: "索引", en: "Index")
        case .kbStatsIndexSize:
            LocalizedText(
                zh: "{tokens} 个词项，{postings} 条倒排记录", en: "{tokens} terms, {postings} postings")
        case .kbStatsTiming: LocalizedText(zh: "耗时", en: "Time")
        case .kbStatsTimingValue:
            LocalizedText(
                zh: "加载 {load} 毫秒，建索引 {index} 毫秒", en: "load {load} ms, index {index} ms")

        // MARK: - KnowledgeReview
        // Entry fields
        case .kbIssueMissingReviewed:
            LocalizedText(
                zh: "缺少 reviewed（最近一次对照来源核对的日期，格式 YYYY-MM-DD）；该条目会列为待复核。",
                en:
                    "reviewed is missing (the day the entry was last checked against its sources, YYYY-MM-DD); the entry is listed as due for review."
            )
        case .kbIssueBadReplaces:
            LocalizedText(
                zh: "replaces 中的“{value}”不是条目 id（小写字母、数字和 -）。",
                en: "replaces: \"{value}\" is not an entry id (lower-case letters, digits and -).")
        case .kbIssueReplacesItself:
            LocalizedText(
                zh: "条目不能 replaces 自己（{id}）。", en: "An entry cannot replace itself ({id}).")
        case .kbIssueReplacedStillExists:
            LocalizedText(
                zh: "{id} 声明取代 {old}，但 {old} 仍是一个条目；删除旧条目，或从 replaces 中去掉它。",
                en:
                    "{id} says it replaces {old}, but {old} is still an entry; remove the old entry or drop it from replaces."
            )
        case .kbIssueReplacedTwice:
            LocalizedText(
                zh: "{old} 同时被 {id} 和 {other} 取代；/show {old} 只能打开一个。",
                en: "{old} is replaced by both {id} and {other}; /show {old} can open only one.")
        // Register file
        case .kbIssueRegisterShape:
            LocalizedText(
                zh: "instruments.yaml 应是一个列表，每项有 name、kind 等字段（见 knowledge/FORMAT.md）。",
                en:
                    "instruments.yaml must be a list of items with name, kind and other fields (see knowledge/FORMAT.md)."
            )
        case .kbIssueBadNumber:
            LocalizedText(
                zh: "number 的值“{value}”不是标准编号（如 GB 3095-2026、HJ 633-2026）。",
                en: "number: \"{value}\" is not a standard number (such as GB 3095-2026 or HJ 633-2026).")
        case .kbIssueBadChange:
            LocalizedText(
                zh: "changes 的每一项都要有 date（YYYY-MM-DD）、note（中文）和 note_en（英文）。",
                en: "Every item of changes needs date (YYYY-MM-DD), note (Chinese) and note_en (English).")
        case .kbIssueReplacedPair:
            LocalizedText(
                zh: "{name}：replaced_by 和 replaced_on 要一起写（被什么取代、哪天起）。",
                en: "{name}: replaced_by and replaced_on go together (replaced by what, from which day).")
        case .kbIssueReplacedByUnknown:
            LocalizedText(
                zh: "{name} 的 replaced_by“{target}”不在登记表中。",
                en: "{name}: replaced_by \"{target}\" is not in the register.")
        // Citation audit
        case .kbIssueCitesReplaced:
            LocalizedText(
                zh: "{id} 把 {instrument} 当作现行规定引用，但它已于 {date} 被 {by} 取代；写成“原《…》”并注明现在的出处。",
                en:
                    "{id} cites {instrument} as current, but it was replaced by {by} on {date}; write 原《…》 (in English \"the former …\") and name where the rule is now."
            )
        case .kbIssueUnversionedArticle:
            LocalizedText(
                zh: "{id} 引用 {instrument} 的条文（{text}…），但这部法修订时条文重新编号，要写明版本，如“（2013年修正）第三十条”或“原《…》第三十条”。",
                en:
                    "{id} cites an article of {instrument} ({text}…), whose articles were renumbered by a revision; say which version, such as （2013年修正）第三十条 or 原《…》第三十条."
            )
        case .kbIssueReviewedBeforeChange:
            LocalizedText(
                zh: "{id} 最近核对于 {reviewed}，此后 {instrument} 有变化（{date}）",
                en: "{id} was last reviewed on {reviewed}, before {instrument} changed ({date})")
        case .kbIssueReviewedInFuture:
            LocalizedText(
                zh: "{id} 的 reviewed（{reviewed}）晚于今天（{today}）；只填真正核对的那一天。",
                en: "{id}: reviewed ({reviewed}) is after today ({today}); give the day it was really checked.")
        case .kbStatsChanges: LocalizedText(zh: "法规变化", en: "Law changes")
        case .kbStatsChangesValue: LocalizedText(zh: "近一年 {n} 项（/kb review）", en: "{n} in the last year (/kb review)")
        case .kbIssueUnregisteredTitle:
            LocalizedText(
                zh: "{id} 引用的 {title} 不在 instruments.yaml 登记表中。",
                en: "{id} cites {title}, which is not in the instruments.yaml register.")
        case .kbIssueUnregisteredNumber:
            LocalizedText(
                zh: "{id} 引用的标准 {number} 不在 instruments.yaml 登记表中。",
                en: "{id} cites the standard {number}, which is not in the instruments.yaml register.")
        // Instrument events
        case .kbInstrumentInForce: LocalizedText(zh: "施行", en: "in force")
        case .kbInstrumentRevised: LocalizedText(zh: "{date} 修改", en: "amended on {date}")
        case .kbInstrumentRevisedRenumbered:
            LocalizedText(
                zh: "{date} 修订（条文重新编号）", en: "revised on {date} (articles renumbered)")
        case .kbInstrumentReplaced: LocalizedText(zh: "被{by}取代", en: "replaced by {by}")
        case .kbAnswerReviewed: LocalizedText(zh: "核对日期", en: "Reviewed")
        // /show OLD-ID
        case .kbShowReplaced:
            LocalizedText(
                zh: "条目 {old} 已并入 {id}，下面显示 {id}。", en: "The entry {old} was merged into {id}; showing {id}.")
        // /kb review
        case .kbReviewTitle: LocalizedText(zh: "待复核的条目（今天 {today}）", en: "Entries due for review (today {today})")
        case .kbReviewNone:
            LocalizedText(
                zh: "没有待复核的条目：{entries} 条都在引用来源最近一次变化之后核对过，且不超过 {days} 天。",
                en:
                    "No entry is due for review: all {entries} were checked after the last change to what they cite, within {days} days."
            )
        case .kbReviewCount:
            LocalizedText(
                zh: "{due} / {entries} 条待复核。核对后把条目的 reviewed 改成核对那天。",
                en: "{due} of {entries} entries are due for review. After checking one, set its reviewed to that day.")
        case .kbReviewMore:
            LocalizedText(
                zh: "……另有 {n} 条；用 /kb review all 看全部。", en: "…and {n} more; /kb review all lists them all.")
        case .kbReviewReviewed: LocalizedText(zh: "核对于 {date}", en: "reviewed {date}")
        case .kbReviewNeverReviewed: LocalizedText(zh: "从未记录核对日期", en: "never recorded as reviewed")
        case .kbReviewChangedSince: LocalizedText(zh: "{instrument} 于 {date} 有变化", en: "{instrument} changed on {date}")
        case .kbReviewLongAgo: LocalizedText(zh: "上次核对已过去 {days} 天", en: "last reviewed {days} days ago")
        case .kbReviewDateNotAnnounced:
            LocalizedText(
                zh: "{year} 年的日期还没有记录，需查官方通知", en: "the {year} date is not recorded yet; look up the official notice")
        case .kbReviewCitesReplaced:
            LocalizedText(
                zh: "把 {instrument} 当现行规定引用（{date} 起由 {by} 取代）",
                en: "cites {instrument} as current (replaced by {by} from {date})")
        case .kbReviewChangesTitle:
            LocalizedText(
                zh: "最近一年有变化的法规和标准（{since} 以来）", en: "Laws and standards that changed in the last year (since {since})")
        case .kbReviewChangesNone:
            LocalizedText(
                zh: "{since} 以来登记表中的法规和标准没有变化。", en: "Nothing in the register changed since {since}.")
        case .kbReviewComingTitle: LocalizedText(zh: "已公布、尚未到来的变化", en: "Announced changes still to come")
        case .kbReviewCiting:
            LocalizedText(
                zh: "{n} 条引用，其中 {stale} 条在此之前核对", en: "cited by {n}, {stale} of them reviewed before it")
        case .kbReviewNotCited: LocalizedText(zh: "没有条目引用", en: "no entry cites it")
        case .kbAcceptedReviewScope:
            LocalizedText(zh: "review 后只能跟 all（全部）。", en: "After review, only all is accepted.")
        case .kbStatsDue: LocalizedText(zh: "待复核", en: "Due for review")
        case .kbStatsDueValue: LocalizedText(zh: "{n} 条（/kb review）", en: "{n} entries (/kb review)")
        case .kbDatesUnknownTitle:
            LocalizedText(
                zh: "下面这些纪念日的日期每年公布，接下来的日期还没有记录，不要照搬往年：",
                en:
                    "These days are announced each year and their next dates are not recorded yet; do not reuse an old year's date:"
            )
        case .kbDatesUnknown:
            LocalizedText(
                zh: "{title}（{id}）：最近记录的是 {last}，{year} 年起的日期未记录，请查当年通知",
                en:
                    "{title} ({id}): last recorded {last}; dates from {year} on are not recorded, check that year's notice"
            )
        case .kbLawAccepted:
            LocalizedText(
                zh: "请写法规名称或标准编号，如 /kb law 环境保护法、/kb law GB 3095-2026。",
                en: "Give a law's name or a standard number, such as /kb law 环境保护法 or /kb law GB 3095-2026.")
        case .kbLawUnknown: LocalizedText(zh: "登记表里没有“{name}”。", en: "\"{name}\" is not in the register.")
        case .kbLawStatus: LocalizedText(zh: "状态", en: "Status")
        case .kbLawCurrent: LocalizedText(zh: "现行（据登记表）", en: "in force (per the register)")
        case .kbLawReplaced:
            LocalizedText(
                zh: "已于 {date} 被《{by}》取代，不能再当现行规定引用", en: "replaced by {by} on {date}; do not cite it as current")
        case .kbLawNotYet: LocalizedText(zh: "尚未施行（{date} 起施行）", en: "not yet in force (from {date})")
        case .kbLawAliases: LocalizedText(zh: "又称", en: "Also cited as")
        case .kbLawNote: LocalizedText(zh: "说明", en: "Note")
        case .kbLawCiting: LocalizedText(zh: "引用的条目", en: "Cited by")
        case .kbLawEvents: LocalizedText(zh: "变化记录", en: "Changes")
        case .kbReviewNoRegister:
            LocalizedText(
                zh: "知识库目录里没有 instruments.yaml，无法比对法规和标准的变化。",
                en: "No instruments.yaml in the knowledge folders, so changes to laws and standards cannot be compared."
            )

        // MARK: - Outreach
        case .storeErrorCannotCreate:
            LocalizedText(
                zh: "无法创建数据目录 {path}：{reason}", en: "Cannot create the data directory {path}: {reason}")
        case .storeErrorCannotLock: LocalizedText(zh: "无法锁定 {path}：{reason}", en: "Cannot lock {path}: {reason}")
        case .storeErrorCorruptSnapshot:
            LocalizedText(
                zh: "无法读取快照 {path}：{reason}。请运行 ecovol store doctor。",
                en: "Cannot read the snapshot {path}: {reason}. Run ecovol store doctor.")
        case .storeErrorCorruptJournal:
            LocalizedText(
                zh: "无法读取日志 {path}：{reason}", en: "Cannot read the journal {path}: {reason}")
        case .storeErrorReadOnly:
            LocalizedText(
                zh: "数据目录 {path} 不能写入（{reason}），只能查看，不能保存修改。",
                en: "The data directory {path} cannot be written ({reason}); you can look but not save changes.")
        case .storeErrorReadOnlyOption:
            LocalizedText(
                zh: "数据以只读方式打开，不能保存修改。", en: "The store is open read-only; changes cannot be saved.")
        case .storeErrorWriteFailed:
            LocalizedText(
                zh: "未保存：写入 {path} 失败（{reason}）。数据保持原样，没有写入半条记录。",
                en: "Not saved: writing {path} failed ({reason}). The data is as it was; nothing half-written was kept."
            )
        case .storeErrorBackupFailed:
            LocalizedText(
                zh: "备份写入 {path} 失败（{reason}）。", en: "Writing the backup {path} failed ({reason}).")
        case .storeErrorEncode:
            LocalizedText(
                zh: "未保存：无法编码这条修改（{reason}）。", en: "Not saved: the change could not be encoded ({reason}).")
        case .storeErrorSnapshotChecksum:
            LocalizedText(
                zh: "快照 {path} 的校验和不符：文件被改动或损坏。为避免读入错误数据，已停止。请运行 ecovol store doctor。",
                en:
                    "The snapshot {path} fails its checksum: the file was changed or damaged. Stopped rather than load wrong data. Run ecovol store doctor."
            )
        case .storeErrorSnapshotMalformed:
            LocalizedText(
                zh: "快照 {path} 在第 {offset} 字节处格式错误（{reason}）。请运行 ecovol store doctor。",
                en: "The snapshot {path} is malformed at byte {offset} ({reason}). Run ecovol store doctor.")
        case .storeErrorNotASnapshot:
            LocalizedText(
                zh: "{path} 不是 ecovol 的数据文件。", en: "{path} is not an ecovol data file.")
        case .storeErrorNewerSchema:
            LocalizedText(
                zh: "数据由更新版本的 ecovol 写入（格式 {found}，本版本支持 {known}），只能查看。请升级 ecovol 后再修改。",
                en:
                    "The data was written by a newer ecovol (schema {found}; this version knows {known}); it is open read-only. Upgrade ecovol to change it."
            )
        case .storeErrorCorruptLine:
            LocalizedText(
                zh: "日志 {path} 第 {line} 行已损坏（校验和不符），且后面还有记录。为保护数据已停止写入。请运行 ecovol store doctor 查看并修复。",
                en:
                    "Line {line} of the journal {path} is damaged (checksum mismatch) and more records follow it. Writing is stopped to protect the data. Run ecovol store doctor to review and repair."
            )
        case .storeErrorSeqGap:
            LocalizedText(
                zh: "日志 {path} 第 {line} 行的序号是 {found}，应为 {expected}：有记录丢失。已停止写入，请运行 ecovol store doctor。",
                en:
                    "Line {line} of the journal {path} has seq {found} where {expected} was expected: records are missing. Writing is stopped; run ecovol store doctor."
            )
        case .storeErrorJournalMismatch:
            LocalizedText(
                zh: "日志 {path} 接续第 {base} 号修改，而快照只到第 {seq} 号：快照可能被替换过。已停止写入，请运行 ecovol store doctor。",
                en:
                    "The journal {path} continues from change {base} but the snapshot ends at {seq}: the snapshot may have been replaced. Writing is stopped; run ecovol store doctor."
            )
        case .storeErrorInsufficientSpace:
            LocalizedText(
                zh: "磁盘空间不足，无法整理数据（需要约 {needed}，可用 {free}）。数据未受影响。",
                en:
                    "Not enough disk space to compact the store (needs about {needed}, {free} free). The data is unaffected."
            )
        case .storeErrorUndoConflict:
            LocalizedText(
                zh: "无法撤销第 {seq} 号修改：之后有人又改动了这些记录。",
                en: "Cannot undo change {seq}: the records were changed again since.")
        case .storeErrorUndoConflictOlder:
            LocalizedText(
                zh: "再输入 /undo 将撤销更早的第 {seq} 号修改（{command}）。",
                en: "Type /undo again to undo the earlier change {seq} ({command}).")
        case .storeErrorNothingToUndo:
            LocalizedText(
                zh: "本次会话中没有可撤销的修改。", en: "There is no change in this session to undo.")
        case .storeWarningTornTail:
            LocalizedText(
                zh: "日志第 {line} 行不完整（{bytes} 字节，上次写入被中断，未曾确认保存），已移到 {file}；其余数据完好。",
                en:
                    "Line {line} of the journal was incomplete ({bytes} bytes from an interrupted write that was never confirmed); it was moved to {file}. Everything else is intact."
            )
        case .storeWarningTornTailReadOnly:
            LocalizedText(
                zh: "日志第 {line} 行不完整（{bytes} 字节），下次以可写方式打开时会移走。",
                en:
                    "Line {line} of the journal is incomplete ({bytes} bytes); it will be set aside the next time the store is opened for writing."
            )
        case .storeWarningNetworkFS:
            LocalizedText(
                zh: "{path} 位于网络或同步文件夹上，文件锁和落盘可能不可靠，建议放在本地磁盘。",
                en:
                    "{path} is on a network or synced file system, where locks and fsync may not be reliable; keep the store on a local disk."
            )
        case .storeErrorDamagedNoWrites:
            LocalizedText(
                zh: "未保存：快照有损坏的记录，为免在不完整的数据上修改，已停止写入。运行 ecovol store doctor 修复后再保存。",
                en:
                    "Not saved: the snapshot has damaged records, and changes on incomplete data are refused. Run ecovol store doctor, then save again."
            )
        case .storeDamageJournal:
            LocalizedText(
                zh: "数据已损坏：日志第 {line} 行校验不符，第 {seq} 号之后的修改（{lines} 行）已搁置、未读入，下面显示的数据不完整。运行 ecovol store doctor 修复。",
                en:
                    "The store is damaged: journal line {line} fails its checksum, so the changes after no. {seq} ({lines} lines) are set aside and what is shown is incomplete. Run ecovol store doctor to repair it."
            )
        case .storeDamageMismatch:
            LocalizedText(
                zh: "数据已损坏：日志与快照（到第 {seq} 号修改）对不上，日志中的修改已搁置、未读入，下面显示的数据不完整。运行 ecovol store doctor 修复。",
                en:
                    "The store is damaged: the journal does not continue the snapshot (which ends at change {seq}); its changes are set aside and what is shown is incomplete. Run ecovol store doctor to repair it."
            )
        case .storeDamageSnapshot:
            LocalizedText(
                zh: "数据已损坏：快照中 {count} 条记录校验不符，已搁置、未读入（{list}），下面显示的数据不完整。运行 ecovol store doctor 修复。",
                en:
                    "The store is damaged: {count} records of the snapshot fail their checksums and are set aside ({list}); what is shown is incomplete. Run ecovol store doctor to repair it."
            )
        case .storeDamageSnapshotFrame:
            LocalizedText(
                zh: "快照文件有损坏，但每条记录都通过了校验。运行 ecovol store doctor 重写它；在此之前不能保存修改。",
                en:
                    "The snapshot file is damaged, but every record in it passes its own checksum. Run ecovol store doctor to rewrite it; until then changes cannot be saved."
            )
        case .storeWarningMigrated:
            LocalizedText(
                zh: "数据格式已从版本 {from} 升级到 {to}（每条记录单独校验）；原快照保存在 {backup}。",
                en:
                    "The store format was upgraded from version {from} to {to} (every record carries its own checksum); the previous snapshot is kept as {backup}."
            )
        case .storeKindHeader: LocalizedText(zh: "文件头", en: "header")
        case .storeKindProject: LocalizedText(zh: "项目", en: "project")
        case .storeKindPerson: LocalizedText(zh: "人员", en: "person")
        case .storeKindSession: LocalizedText(zh: "活动", en: "session")
        case .storeKindParticipation: LocalizedText(zh: "参与记录", en: "participation")
        case .storeKindUnknown: LocalizedText(zh: "记录", en: "record")
        case .storeToolUsage:
            LocalizedText(
                zh: "用法：ecovol store check|doctor|compact|info|backup 文件",
                en: "Usage: ecovol store check|doctor|compact|info|backup FILE")
        case .storeToolNoStore: LocalizedText(zh: "{path} 还没有数据。", en: "There is no data in {path} yet.")
        case .storeToolSnapshotMissing:
            LocalizedText(
                zh: "快照：尚未生成（所有数据都在日志中）。", en: "Snapshot: none yet (all data is in the journal).")
        case .storeToolSnapshotOK:
            LocalizedText(
                zh: "快照：完好（第 {generation} 代，到第 {seq} 号修改，{bytes} 字节）。",
                en: "Snapshot: intact (generation {generation}, up to change {seq}, {bytes} bytes).")
        case .storeToolSnapshotDamaged: LocalizedText(zh: "快照已损坏：{reason}。", en: "Snapshot damaged: {reason}.")
        case .storeToolJournalLines:
            LocalizedText(
                zh: "日志：{lines} 行有效，最新为第 {seq} 号修改。", en: "Journal: {lines} valid lines, latest change {seq}.")
        case .storeToolBadLine:
            LocalizedText(
                zh: "日志第 {line} 行损坏（{reason}）。", en: "Journal line {line} is damaged ({reason}).")
        case .storeToolTornTail:
            LocalizedText(
                zh: "日志末尾有 {bytes} 字节不完整的写入（未确认保存），下次打开时会移走。",
                en:
                    "The journal ends in {bytes} bytes of an interrupted, never-confirmed write; it will be set aside at the next open."
            )
        case .storeToolStaleJournal:
            LocalizedText(
                zh: "日志早于快照（整理时被中断），下次打开时会重建。",
                en:
                    "The journal predates the snapshot (an interrupted compaction); it will be rebuilt at the next open."
            )
        case .storeToolBadMode:
            LocalizedText(
                zh: "权限过宽：{file}（应为目录 700、文件 600）。",
                en: "Permissions too open: {file} (expected 700 for the directory, 600 for files).")
        case .storeToolCounts:
            LocalizedText(
                zh: "活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。",
                en:
                    "{sessions} sessions, {people} people, {participations} participation records, {projects} own projects."
            )
        case .storeToolAllGood: LocalizedText(zh: "检查通过。", en: "All checks passed.")
        case .storeToolRunDoctor:
            LocalizedText(
                zh: "发现问题。运行 ecovol store doctor 修复能保住的数据。",
                en: "Problems found. Run ecovol store doctor to repair what can be saved.")
        case .storeToolCannotWrite: LocalizedText(zh: "无法修复 {path}：{reason}", en: "Cannot repair {path}: {reason}")
        case .storeToolNothingToRepair: LocalizedText(zh: "数据完好，无需修复。", en: "The data is intact; nothing to repair.")
        case .storeToolRestoredBackup:
            LocalizedText(
                zh: "已改用备份 {file}（到第 {seq} 号修改），再补上日志中之后的修改。",
                en: "Using the backup {file} (up to change {seq}) with the journal's later changes on top.")
        case .storeToolBackupGap:
            LocalizedText(
                zh: "备份之后的第 {from}–{to} 号修改（共 {count} 个）只在损坏的快照里，已无法恢复。",
                en:
                    "Changes {from}–{to} ({count} in all) came after the backup and were only in the damaged snapshot: they are lost."
            )
        case .storeToolLostRecords:
            LocalizedText(
                zh: "损坏的快照里还认得出、恢复后却没有的 {count} 条记录：{list}。请按原始材料重新录入。",
                en:
                    "{count} records still legible in the damaged snapshot are missing after the recovery: {list}. Re-enter them from the original records."
            )
        case .storeToolNoGoodBackup:
            LocalizedText(
                zh: "没有可用的备份，只能从日志恢复。", en: "No usable backup; recovering from the journal alone.")
        case .storeToolSnapshotSalvaged:
            LocalizedText(
                zh: "快照结构完整但校验和不符：已按原样读入，请核对最近的数据是否有误。",
                en:
                    "The snapshot parses but fails its checksum: its content was read as is; please review recent records for wrong values."
            )
        case .storeToolDroppedLine:
            LocalizedText(
                zh: "未能恢复：日志第 {line} 行（{reason}；看似修改 {guess}，未经校验）。",
                en: "Not recovered: journal line {line} ({reason}; it seems to be change {guess}, unverified).")
        case .storeToolKeptCopy: LocalizedText(zh: "原日志已另存为 {file}。", en: "The original journal was kept as {file}.")
        case .storeToolRepaired:
            LocalizedText(
                zh: "已修复：到第 {seq} 号修改；活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。",
                en:
                    "Repaired up to change {seq}: {sessions} sessions, {people} people, {participations} participation records, {projects} own projects."
            )
        case .storeToolCompacted:
            LocalizedText(
                zh: "已整理：第 {generation} 代快照，并入 {lines} 行日志，{bytes} 字节，用时 {ms} 毫秒。",
                en:
                    "Compacted: snapshot generation {generation}, {lines} journal lines folded in, {bytes} bytes, {ms} ms."
            )
        case .storeToolBackedUp:
            LocalizedText(
                zh: "已备份到 {file}（{bytes} 字节，到第 {seq} 号修改）。",
                en: "Backed up to {file} ({bytes} bytes, up to change {seq}).")
        case .storeToolInfo:
            LocalizedText(
                zh:
                    "数据目录：{path}\n格式版本 {schema}，第 {generation} 代，最新修改第 {seq} 号\n快照 {snapshot} 字节；日志 {journal} 字节，{lines} 行；备份 {backups} 个",
                en:
                    "Store: {path}\nschema {schema}, generation {generation}, latest change {seq}\nsnapshot {snapshot} bytes; journal {journal} bytes, {lines} lines; {backups} backups"
            )
        case .storeToolReasonChecksum: LocalizedText(zh: "校验和不符", en: "checksum mismatch")
        case .storeToolReasonMalformed: LocalizedText(zh: "格式错误", en: "malformed")
        case .storeToolReasonMalformedAt: LocalizedText(zh: "第 {offset} 字节处格式错误", en: "malformed at byte {offset}")
        case .storeToolReasonNotASnapshot: LocalizedText(zh: "不是 ecovol 的快照文件", en: "not an ecovol snapshot")
        case .storeToolReasonSchema: LocalizedText(zh: "格式版本 {schema}", en: "schema {schema}")
        case .storeToolReasonHeader: LocalizedText(zh: "日志文件头损坏", en: "damaged journal header")
        case .storeToolReasonSeq: LocalizedText(zh: "序号为 {found}，应为 {expected}", en: "seq {found}, expected {expected}")
        case .storeToolRecordDamaged:
            LocalizedText(
                zh: "损坏：{kind} {guess}（第 {line} 行；名称未经校验）。",
                en: "Damaged: {kind} {guess} (line {line}; the name is unverified).")
        case .storeToolBackupDamaged:
            LocalizedText(
                zh: "未写备份：损坏的数据不完整，不能当作备份。损坏的文件原样保留，store doctor 会另存它们。",
                en:
                    "No backup was written: the damaged store is incomplete and must not pass for a backup. Its files stay as they are; store doctor keeps copies of them."
            )
        case .storeToolOrphanRows:
            LocalizedText(
                zh: "{count} 条参与记录仍指向未能恢复的 {id}：记录和时长已保留，请补录 {id} 本身。",
                en:
                    "{count} participation records still refer to {id}, which could not be recovered: the records and hours are kept; re-enter {id} itself."
            )
        case .storeToolRecordsVerified:
            LocalizedText(
                zh: "逐条校验快照：{total} 条记录中 {verified} 条完好。",
                en: "Checked the snapshot record by record: {verified} of {total} records are intact.")
        case .storeToolRecordSetAside:
            LocalizedText(
                zh: "已搁置：{kind} {guess}（第 {line} 行，第 {offset} 字节起；名称未经校验），原文存入 {file}。",
                en:
                    "Set aside: {kind} {guess} (line {line}, from byte {offset}; the name is unverified); its bytes are in {file}."
            )
        case .storeToolCountsDiffer:
            LocalizedText(
                zh: "快照文件头记载 {expected} 条记录，完好与搁置合计 {found} 条。",
                en: "The snapshot header lists {expected} records; intact and set aside together are {found}.")
        case .storeToolHeaderFromJournal:
            LocalizedText(
                zh: "快照文件头损坏：改用日志记载的位置（第 {seq} 号修改）。",
                en: "The snapshot header is damaged: using the position the journal records (change {seq}).")
        case .storeToolHeaderLost:
            LocalizedText(
                zh: "快照文件头损坏，日志中也没有可用的位置：日志中的修改未补上。",
                en:
                    "The snapshot header is damaged and the journal records no position: the journal's changes were not applied."
            )
        case .storeToolKeptDamagedSnapshot:
            LocalizedText(
                zh: "损坏的快照原样保存为 {file}。", en: "The damaged snapshot was kept as it was in {file}.")
        case .storeToolKeepFailed: LocalizedText(zh: "无法保存 {file}（{reason}）。", en: "Could not keep {file} ({reason}).")
        case .storeToolTornSetAside:
            LocalizedText(
                zh: "日志末尾 {bytes} 字节是中断的写入（从未确认保存），已移走。",
                en:
                    "The journal's last {bytes} bytes were an interrupted write (never confirmed as saved); they were set aside."
            )
        case .storeToolRebuiltWithLosses:
            LocalizedText(
                zh:
                    "未能完全修复：数据已重建，可以继续使用，但上面列出的 {lost} 项未能恢复（原文已保存）。现有：到第 {seq} 号修改；活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。请据原文或纸质记录补录。",
                en:
                    "Not fully repaired: the store was rebuilt and can be used again, but what is listed above could not be recovered ({lost} lost; their bytes were kept). It now holds changes up to {seq}: {sessions} sessions, {people} people, {participations} participation records, {projects} own projects. Re-enter the lost items from the kept bytes or paper records."
            )
        case .fieldId: LocalizedText(zh: "编号", en: "ID")
        case .fieldTitle: LocalizedText(zh: "活动名称", en: "Title")
        case .fieldWhen: LocalizedText(zh: "时间", en: "When")
        case .fieldType: LocalizedText(zh: "类型", en: "Type")
        case .fieldCity: LocalizedText(zh: "市州", en: "City")
        case .fieldVenue: LocalizedText(zh: "地点", en: "Venue")
        case .fieldAudience: LocalizedText(zh: "对象", en: "Audience")
        case .fieldProject: LocalizedText(zh: "项目", en: "Project")
        case .fieldCapacity: LocalizedText(zh: "名额", en: "Places")
        case .fieldLecturer: LocalizedText(zh: "讲师", en: "Lecturers")
        case .fieldOrganiser: LocalizedText(zh: "组织单位", en: "Organiser")
        case .fieldLeader: LocalizedText(zh: "负责人", en: "In charge")
        case .fieldRecorder: LocalizedText(zh: "记录人", en: "Recorder")
        case .fieldSupport: LocalizedText(zh: "保障", en: "Support")
        case .fieldStatus: LocalizedText(zh: "状态", en: "Status")
        case .fieldReached: LocalizedText(zh: "覆盖人数", en: "Reached")
        case .fieldRating: LocalizedText(zh: "评价", en: "Rating")
        case .fieldNotes: LocalizedText(zh: "备注", en: "Notes")
        case .fieldName: LocalizedText(zh: "姓名", en: "Name")
        case .fieldRole: LocalizedText(zh: "角色", en: "Role")
        case .fieldHours: LocalizedText(zh: "时长", en: "Hours")
        case .fieldHoursInPeriod: LocalizedText(zh: "时长（{period}）", en: "Hours in {period}")
        case .fieldPhone: LocalizedText(zh: "电话", en: "Phone")
        case .fieldOrg: LocalizedText(zh: "单位", en: "Organisation")
        case .fieldStars: LocalizedText(zh: "星级", en: "Stars")
        case .fieldSkills: LocalizedText(zh: "技能", en: "Skills")
        case .fieldIdNumber: LocalizedText(zh: "身份证号", en: "ID number")
        case .fieldRegistered: LocalizedText(zh: "注册日期", en: "Registered")
        case .fieldRow: LocalizedText(zh: "行", en: "Row")
        case .fieldField: LocalizedText(zh: "字段", en: "Field")
        case .fieldReason: LocalizedText(zh: "原因", en: "Reason")
        case .fieldSessions: LocalizedText(zh: "活动数", en: "Sessions")
        case .fieldPeople: LocalizedText(zh: "人数", en: "People")
        case .outreachAcceptedText:
            LocalizedText(
                zh: "应为不超过 {max} 个字的文字。", en: "Expected text of at most {max} characters.")
        case .outreachAcceptedNoControl:
            LocalizedText(
                zh: "不能包含控制字符或换行。", en: "Control characters and line breaks are not allowed.")
        case .outreachAcceptedName:
            LocalizedText(
                zh: "应为姓名（1–40 个字，含汉字或字母）。手机号请写 phone=，如 name=张三 phone=13812345678。",
                en:
                    "Expected a name (1–40 characters, with letters). Give a phone number as phone=, e.g. name=Zhang phone=13812345678."
            )
        case .outreachAcceptedHours:
            LocalizedText(
                zh: "应为大于 0、不超过 24 小时的时长，如 2h、1.5小时、90分钟。",
                en: "Expected more than 0 and at most 24 hours, e.g. 2h, 1.5h, 90min.")
        case .outreachAcceptedPhone:
            LocalizedText(
                zh: "应为 11 位手机号（如 13812345678）或带区号的固定电话。",
                en: "Expected an 11-digit mobile number (e.g. 13812345678) or a landline with its area code.")
        case .outreachAcceptedIdNumberLength: LocalizedText(zh: "身份证号应为 18 位。", en: "An ID number has 18 characters.")
        case .outreachAcceptedIdNumberCharacters:
            LocalizedText(
                zh: "身份证号应为 17 位数字加一位数字或 X。", en: "An ID number is 17 digits and a digit or X.")
        case .outreachAcceptedIdNumberBirthDate:
            LocalizedText(
                zh: "身份证号中的出生日期不存在。", en: "The birth date inside the ID number does not exist.")
        case .outreachAcceptedIdNumberCheckDigit:
            LocalizedText(
                zh: "身份证号校验位不对，请核对。", en: "The ID number's check character does not match; please check it.")
        case .outreachAcceptedCity: LocalizedText(zh: "可选市州：{cities}", en: "Cities: {cities}")
        case .outreachAcceptedType: LocalizedText(zh: "可选类型：{types}", en: "Accepted types: {types}")
        case .outreachAcceptedLevel:
            LocalizedText(
                zh: "可选层级：basic（岗前基础）skills（项目技能）backbone（骨干管理）。", en: "Accepted levels: basic, skills, backbone.")
        case .outreachAcceptedLevelOnlyTraining:
            LocalizedText(
                zh: "只有 type=training 的活动有培训层级。", en: "Only type=training sessions have a level.")
        case .outreachAcceptedAudience: LocalizedText(zh: "可选对象：{audiences}", en: "Accepted audiences: {audiences}")
        case .outreachAcceptedProject:
            LocalizedText(
                zh: "可选项目：{ids}（/projects 查看，/project add 新增）。",
                en: "Projects: {ids} (see /projects; add with /project add).")
        case .outreachAcceptedSupport:
            LocalizedText(
                zh: "可选：insurance（保险）transport（交通）meals（就餐）。", en: "Accepted: insurance, transport, meals.")
        case .outreachAcceptedZone:
            LocalizedText(
                zh: "应为 IANA 时区名，如 Asia/Shanghai。", en: "Expected an IANA time zone such as Asia/Shanghai.")
        case .outreachAcceptedDate:
            LocalizedText(
                zh: "可写 2026-06-05 09:30、6月5日 上午9点半、明天 14:00、下周三 9:30、next Wednesday 9:30。",
                en: "Write e.g. 2026-06-05 09:30, 6月5日 上午9点半, tomorrow 14:00, next Wednesday 9:30.")
        case .outreachAcceptedImpossibleDate: LocalizedText(zh: "日期 {date} 不存在。", en: "The date {date} does not exist.")
        case .outreachAcceptedImpossibleTime:
            LocalizedText(
                zh: "时刻 {time} 不存在（小时 0–23，分钟 0–59）。", en: "The time {time} does not exist (hours 0–23, minutes 0–59).")
        case .outreachAcceptedStartNeedsTime:
            LocalizedText(
                zh: "开始时间要写明几点，如 明天 9:30。", en: "The start needs a time of day, e.g. tomorrow 9:30.")
        case .outreachAcceptedEndAfterStart: LocalizedText(zh: "结束必须晚于开始。", en: "The end must be after the start.")
        case .outreachAcceptedMaxLength: LocalizedText(zh: "一场活动最长 24 小时。", en: "A session lasts at most 24 hours.")
        case .outreachAcceptedRepeat:
            LocalizedText(
                zh: "可选：daily weekly biweekly monthly，并写 count=次数。",
                en: "Accepted: daily weekly biweekly monthly, with count=N.")
        case .outreachAcceptedRange:
            LocalizedText(
                zh: "可选：upcoming（即将）past（以往）all（全部）。", en: "Accepted: upcoming, past, all.")
        case .outreachAcceptedSessionID:
            LocalizedText(
                zh: "请写活动编号（/sessions 查看，Tab 补全）。", en: "Give a session id (see /sessions; Tab completes).")
        case .outreachAcceptedEditKeys:
            LocalizedText(
                zh: "写要修改的字段，如 venue=… start=…（/help edit）。",
                en: "Give the fields to change, e.g. venue=… start=… (/help edit).")
        case .outreachAcceptedReason:
            LocalizedText(
                zh: "写明取消原因，如 reason=暴雨预警。", en: "Give the reason, e.g. reason=storm warning.")
        case .outreachAcceptedLogNames:
            LocalizedText(zh: "写一个或多个姓名，或 name=…。", en: "Give one or more names, or name=….")
        case .outreachAcceptedRole:
            LocalizedText(
                zh: "可选角色：lecturer（讲师）volunteer（志愿者）staff（工作人员）。", en: "Accepted roles: lecturer, volunteer, staff.")
        case .outreachAcceptedPerson:
            LocalizedText(
                zh: "写姓名、人员编号或手机号。", en: "Give a name, a person id or a phone number.")
        case .outreachAcceptedMerge:
            LocalizedText(
                zh: "写保留的人员和重复的人员，如 /merge p3x8n2bd p9k2m4qa。",
                en: "Give the person to keep and the duplicate, e.g. /merge p3x8n2bd p9k2m4qa.")
        case .outreachAcceptedProjectAction:
            LocalizedText(
                zh: "可选：add（新增项目，如 /project add name=…）。",
                en: "Accepted: add (add a project, as in /project add name=…).")
        case .outreachAcceptedImport:
            LocalizedText(
                zh: "用法：/import people|participation 文件.csv", en: "Usage: /import people|participation FILE.csv")
        case .outreachAmbiguousID: LocalizedText(zh: "有多个编号以此开头：{ids}", en: "Several ids start with that: {ids}")
        case .outreachUnknownSession: LocalizedText(zh: "没有编号为 {id} 的活动。", en: "There is no session {id}.")
        case .outreachUnknownPerson: LocalizedText(zh: "没有找到人员“{person}”。", en: "No person \"{person}\" was found.")
        case .outreachAmbiguousPerson:
            LocalizedText(
                zh: "有多人叫 {name}：{list}。请改用人员编号或手机号。",
                en: "Several people are called {name}: {list}. Use the person id or phone instead.")
        case .outreachWhichPerson:
            LocalizedText(
                zh: "有多人叫 {name}，是哪一位？", en: "Several people are called {name}. Which one?")
        case .outreachAskNumber: LocalizedText(zh: "序号", en: "Number")
        case .outreachPickNumber:
            LocalizedText(
                zh: "请输入 1 到 {max} 的序号（Ctrl-C 取消）。", en: "Enter a number from 1 to {max} (Ctrl-C cancels).")
        case .outreachUnknownCity:
            LocalizedText(
                zh: "“{city}”不在贵州市州列表中，已按原样记录。市州：{cities}",
                en: "\"{city}\" is not one of Guizhou's cities; it was kept as written. Cities: {cities}")
        case .outreachEndAndDuration:
            LocalizedText(
                zh: "end= 和 duration= 只能写一个。", en: "Give end= or duration=, not both.")
        case .outreachVenueBooked:
            LocalizedText(
                zh: "地点 {venue} 同一时间已有活动 {id}（{title}）。",
                en: "The venue {venue} is already booked then by {id} ({title}).")
        case .outreachLecturerBooked:
            LocalizedText(
                zh: "讲师 {lecturer} 同一时间已有活动 {id}（{title}）。",
                en: "The lecturer {lecturer} is already booked then by {id} ({title}).")
        case .outreachScheduleMissing: LocalizedText(zh: "还缺少：{fields}。", en: "Still missing: {fields}.")
        case .outreachScheduleExample:
            LocalizedText(
                zh:
                    "例如：/schedule title=垃圾分类进社区 type=education start=\"明天 14:00\" duration=2h city=贵阳 audience=community",
                en:
                    "For example: /schedule title=\"Waste sorting\" type=education start=\"tomorrow 14:00\" duration=2h city=Guiyang audience=community"
            )
        case .outreachDialogueIntro:
            LocalizedText(
                zh: "逐项填写活动信息（回车用默认值，Ctrl-C 放弃，不会保存）。",
                en: "Fill in the session (Enter takes the default, Ctrl-C abandons without saving).")
        case .outreachAskChoiceType: LocalizedText(zh: "服务类型", en: "Service type")
        case .outreachAskChoiceAudience: LocalizedText(zh: "对象", en: "Audience")
        case .outreachAskChoiceCity: LocalizedText(zh: "市州", en: "City")
        case .outreachResolvedStart: LocalizedText(zh: "= {when}", en: "= {when}")
        case .outreachUnknownCityAgain:
            LocalizedText(
                zh: "“{city}”不是贵州的市州（可选：{cities}）。确实要用它，请再输入一次。",
                en:
                    "\"{city}\" is not a city or prefecture of Guizhou (accepted: {cities}). Type it again to use it anyway."
            )
        case .outreachAskTitle: LocalizedText(zh: "活动名称", en: "Title")
        case .outreachAskStart: LocalizedText(zh: "开始时间", en: "Start")
        case .outreachAskDuration: LocalizedText(zh: "时长", en: "Length")
        case .outreachScheduled: LocalizedText(zh: "已保存 {count} 场活动。", en: "Saved {count} session(s).")
        case .outreachNoSessions: LocalizedText(zh: "没有符合条件的活动。", en: "No sessions match.")
        case .outreachNoSessionsElsewhere:
            LocalizedText(
                zh: "没有{range}的活动；{other}的有 {count} 场：{line}", en: "No {range} sessions; {count} {other}: {line}")
        case .outreachEdited: LocalizedText(zh: "已保存对 {id} 的修改。", en: "Saved the changes to {id}.")
        case .outreachPromoted: LocalizedText(zh: "{name} 已从候补转为正式报名。", en: "{name} moved up from the waitlist.")
        case .outreachAlreadyCancelled: LocalizedText(zh: "活动 {id} 已经取消了。", en: "Session {id} is already cancelled.")
        case .outreachCancelled:
            LocalizedText(
                zh: "已取消 {id}（{title}），{people} 条登记保留在记录中。",
                en: "Cancelled {id} ({title}); its {people} sign-ups stay on record.")
        case .outreachDoneCancelled:
            LocalizedText(
                zh: "活动 {id} 已取消，不能登记完成。", en: "Session {id} was cancelled and cannot be marked done.")
        case .outreachDone:
            LocalizedText(
                zh: "已保存：{id}（{title}）完成，参与 {people} 人，覆盖群众 {reached} 人。",
                en: "Saved: {id} ({title}) done, {people} people took part, {reached} members of the public reached.")
        case .outreachOnePersonDetails:
            LocalizedText(
                zh: "phone= 或 org= 只能用于一个人。", en: "phone= and org= apply to one person only.")
        case .outreachSplitName:
            LocalizedText(
                zh: "names：“{first} {second}”像是一个人的姓名，被空格分成了两个人。一个人请加引号：/log {id} \"{first} {second}\"；确是两个人，请分两次登记。",
                en:
                    "names: “{first} {second}” looks like one person's full name, split by the space into two people. For one person, quote it: /log {id} \"{first} {second}\"; for two people, log them one at a time."
            )
        case .outreachAskSplitName:
            LocalizedText(
                zh: "“{first} {second}”是一个人吗？（yes = 一个人，no = 两个人）",
                en: "Is “{first} {second}” one person? (yes = one person, no = two people)")
        case .outreachLogCancelled:
            LocalizedText(
                zh: "活动 {id} 已取消，不能再登记。", en: "Session {id} is cancelled; nobody can be logged.")
        case .outreachRegistered:
            LocalizedText(zh: "新登记人员 {name}（{id}）。", en: "Registered a new person, {name} ({id}).")
        case .outreachAlreadyLogged: LocalizedText(zh: "{name} 已经登记过了。", en: "{name} is already logged.")
        case .outreachLogged: LocalizedText(zh: "已保存：{title} 登记 {count} 人。", en: "Saved: {count} logged at {title}.")
        case .outreachNotCheckedIn: LocalizedText(zh: "{name} 还没有签到。", en: "{name} has not checked in.")
        case .outreachCheckoutBeforeCheckin:
            LocalizedText(zh: "签退时间早于签到时间。", en: "The check-out is before the check-in.")
        case .outreachCheckedIn: LocalizedText(zh: "已保存：{name} {time} 签到。", en: "Saved: {name} checked in at {time}.")
        case .outreachCheckedOut:
            LocalizedText(
                zh: "已保存：{name} {time} 签退，服务时长 {hours} 小时。",
                en: "Saved: {name} checked out at {time}, {hours} hours of service.")
        case .outreachNotLogged: LocalizedText(zh: "{name} 没有登记在活动 {id}。", en: "{name} is not logged at {id}.")
        case .outreachUnlogged:
            LocalizedText(zh: "已保存：{name} 不再登记在 {title}。", en: "Saved: {name} removed from {title}.")
        case .outreachNoPeople: LocalizedText(zh: "没有找到人员。", en: "No people found.")
        case .outreachToNextStar: LocalizedText(zh: "（距下一星还差 {hours} 小时）", en: "({hours} hours to the next star)")
        case .outreachMergeSame: LocalizedText(zh: "不能把一个人合并到自己。", en: "A person cannot be merged into themselves.")
        case .outreachMergeBoth:
            LocalizedText(
                zh: "两人都登记在活动 {id}，保留了服务时长较多的一条。", en: "Both were logged at {id}; the record with more hours was kept.")
        case .outreachMerged:
            LocalizedText(
                zh: "已保存：{other}（{otherID}）并入 {keep}（{keepID}），转移 {count} 条记录，累计 {hours} 小时。",
                en:
                    "Saved: {other} ({otherID}) merged into {keep} ({keepID}); {count} records moved, {hours} hours in total."
            )
        case .outreachProvincial: LocalizedText(zh: "全省", en: "province-wide")
        case .outreachProjectExists: LocalizedText(zh: "项目“{name}”已存在。", en: "A project \"{name}\" already exists.")
        case .outreachProjectAdded: LocalizedText(zh: "已保存：项目 {name}（{id}）。", en: "Saved: project {name} ({id}).")
        case .outreachUndone:
            LocalizedText(
                zh: "已撤销第 {seq} 号修改（{command}），撤销本身也已记录。",
                en: "Undid change {seq} ({command}); the undo is recorded as a change too.")
        case .outreachGreetingDeferred:
            LocalizedText(
                zh: "存储较大，将在第一次使用时打开；输入 /sessions 查看近期活动。",
                en: "The store is large and opens on first use; type /sessions to see what is coming.")
        case .outreachAcceptedMark:
            LocalizedText(
                zh: "至少给出 status=、rating=、hours= 或 note= 之一。",
                en: "Give at least one of status=, rating=, hours= or note=."
            )
        case .outreachAcceptedMarkStatus:
            LocalizedText(
                zh: "可选：attended（已参加）或 no-show（缺席）。", en: "Accepted: attended or no-show.")
        case .outreachMarked:
            LocalizedText(
                zh: "已保存：{name}，{status}，时长 {hours} 小时。", en: "Saved: {name}, {status}, {hours} hours.")
        case .outreachGreeting: LocalizedText(zh: "未来七天的活动（{count} 场）", en: "Sessions in the next seven days ({count})")
        case .outreachImportUnreadable:
            LocalizedText(
                zh: "无法读取这个文件，请检查路径。", en: "The file cannot be read; check the path.")
        case .outreachImportNotUTF8:
            LocalizedText(
                zh: "文件不是 UTF-8 编码（可能是 Excel 保存的 GBK/GB18030）。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。",
                en:
                    "The file is not UTF-8 (perhaps GBK/GB18030 from Excel). In Excel use Save As → CSV UTF-8 (Comma delimited), then import again."
            )
        case .outreachImportConverted:
            LocalizedText(
                zh: "文件是 GB18030 编码，已自动转换为 UTF-8。", en: "The file was GB18030-encoded and was converted to UTF-8.")
        case .outreachImportHeaders:
            LocalizedText(
                zh: "表头需要 姓名/name 列（参与表也可用 人员编号/person）。",
                en: "The header needs a name column (participation files may use person instead).")
        case .outreachImportIdNeedsConsent:
            LocalizedText(
                zh: "有身份证号时必须写明本人同意（consent 列）。", en: "An ID number needs the person's consent (consent column).")
        case .outreachImportAmbiguousName:
            LocalizedText(
                zh: "有多人叫 {name}，请在该行写电话或人员编号。",
                en: "Several people are called {name}; give a phone or person id on this row.")
        case .outreachImportRefused:
            LocalizedText(
                zh: "有 {count} 行有错误，未导入任何数据（加 skip-bad=yes 可跳过错误行）：",
                en: "{count} rows are wrong, so nothing was imported (add skip-bad=yes to skip them):")
        case .outreachImportPreview:
            LocalizedText(
                zh: "预览：可导入 {good} 行，{bad} 行有错误。未写入任何数据。",
                en: "Preview: {good} rows can be imported, {bad} are wrong. Nothing was written.")
        case .outreachImportEmpty:
            LocalizedText(
                zh: "文件是空的：{file} 里没有表头，也没有数据。第一行写表头（如 姓名,电话,单位），之后每行一人。",
                en:
                    "The file is empty: {file} has no header and no rows. Put a header on the first line (e.g. name,phone,org) and one person per line after it."
            )
        case .outreachImportUnclosedQuote:
            LocalizedText(
                zh: "这一行的引号没有闭合（\" 开头的字段缺少结尾的 \"），整行未读入。",
                en:
                    "A quote on this line is never closed (a field opened with \" has no closing \"); the line was not read."
            )
        case .outreachImportStrayQuote:
            LocalizedText(
                zh: "字段中间有多余的引号（含引号的字段要整个用引号括起，内部的引号写成 \"\"），整行未读入。",
                en:
                    "A stray quote inside a field (a field with quotes must be quoted as a whole, with inner quotes doubled as \"\"); the line was not read."
            )
        case .outreachImportColumnCount:
            LocalizedText(
                zh: "这一行有 {found} 列，表头有 {expected} 列，整行未读入（字段里的逗号要用引号括起）。",
                en:
                    "This line has {found} columns where the header has {expected}; it was not read (quote fields that contain commas)."
            )
        case .outreachImportDuplicateInFile:
            LocalizedText(zh: "{value} 与第 {row} 行重复。", en: "{value} repeats row {row}.")
        case .outreachImportDuplicateInStore:
            LocalizedText(
                zh: "{value} 已属于 {name}（{id}）。", en: "{value} already belongs to {name} ({id}).")
        case .outreachImportPhoneOtherName:
            LocalizedText(
                zh: "电话 {phone} 属于 {name}（{id}），与这一行的姓名不同；请核对，或写人员编号。",
                en:
                    "The phone {phone} belongs to {name} ({id}), not the name on this row; check it, or give the person id."
            )
        case .outreachImportDuplicateRow:
            LocalizedText(
                zh: "与第 {row} 行是同一人同一场活动。", en: "The same person and session as row {row}.")
        case .outreachImportWouldCreate: LocalizedText(zh: "将新建 {count} 人：", en: "Would create {count} people:")
        case .outreachImportCreated: LocalizedText(zh: "新建了 {count} 人：", en: "Created {count} people:")
        case .outreachImportDone:
            LocalizedText(
                zh: "已保存：导入 {good} 行，跳过 {bad} 行。", en: "Saved: {good} rows imported, {bad} skipped.")

        // MARK: - Records
        case .rulesAcceptedYesNo: LocalizedText(zh: "应为 yes 或 no。", en: "Expected yes or no.")
        case .rulesAcceptedYear:
            LocalizedText(
                zh: "年份 {year} 不在 2000–2100 之内，请检查。", en: "The year {year} is outside 2000–2100; please check it.")
        case .rulesPastStart:
            LocalizedText(
                zh: "start：「{value}」是 {resolved}，已经过去。要补录已举行的活动，请写明年份（如 2026-06-05 09:30）或加 past=yes。",
                en:
                    "start: “{value}” is {resolved}, which has passed. To back-fill a session that took place, write the year (e.g. 2026-06-05 09:30) or add past=yes."
            )
        case .rulesBackfilled:
            LocalizedText(
                zh: "补录：开始时间 {resolved} 已经过去，按补录的活动保存；登记参与人员后用 /done 标记完成。",
                en:
                    "Back-filled: the start {resolved} has passed; saved as a back-filled record. Log the people, then mark it /done."
            )
        case .rulesEndBeforeStart:
            LocalizedText(
                zh: "end：「{value}」早于开始时间 {start}。若活动跨夜到次日结束，请加 overnight=yes；否则请改正结束时间。",
                en:
                    "end: “{value}” is before the start {start}. If the session runs overnight into the next day, add overnight=yes; otherwise correct the end."
            )
        case .rulesLong:
            LocalizedText(
                zh: "{field}：活动长达 {hours} 小时，超过 12 小时。确认无误请加 long=yes。",
                en: "{field}: the session lasts {hours} hours, more than 12. If that is right, add long=yes.")
        case .rulesAskPast:
            LocalizedText(
                zh: "按补录已举行的活动保存吗？(yes/no)", en: "Save it as a back-filled session that took place? (yes/no)")
        case .rulesAskOvernight:
            LocalizedText(
                zh: "活动跨夜、次日结束吗？(yes/no)", en: "Does the session run overnight and end the next day? (yes/no)")
        case .rulesAskLong:
            LocalizedText(
                zh: "确认活动超过 12 小时吗？(yes/no)", en: "Confirm a session longer than 12 hours? (yes/no)")
        case .rulesDoneBeforeStart:
            LocalizedText(
                zh: "id：活动 {id} 要到 {start} 才开始，还不能登记完成（时长只记已发生的服务）。",
                en:
                    "id: session {id} starts only at {start}, so it cannot be marked done yet (hours are credited only for service that happened)."
            )
        case .rulesMarkBeforeStart:
            LocalizedText(
                zh: "id：活动 {id} 要到 {start} 才开始，还不能记录出勤或评价（时长只记已发生的服务；时长和备注现在就可以先填）。",
                en:
                    "id: session {id} starts only at {start}, so attendance and ratings cannot be recorded yet (hours are credited only for service that happened; hours and a note can be set now)."
            )
        case .rulesCheckinEarly:
            LocalizedText(
                zh: "id：活动 {id} 于 {start} 开始，最早可在开始前 2 小时签到；{name} 现在还不能签到。",
                en:
                    "id: session {id} starts at {start}; check-in opens 2 hours before the start, so {name} cannot check in yet."
            )
        case .rulesUnlogCredited:
            LocalizedText(
                zh: "force：活动 {id} 已完成，{name} 的 {hours} 小时已记入。确需撤下请加 force=yes"
                    + "（这些时长会从所有统计和证明中扣除）；只是没来请用 /mark … status=no-show。",
                en:
                    "force: session {id} is done and {name}'s {hours} h are credited. To take them off anyway add force=yes (the hours leave every total and certificate); if they did not come, use /mark … status=no-show."
            )
        case .rulesCancelDone:
            LocalizedText(
                zh: "force：活动 {id} 已完成，{people} 人的时长已记入。确需取消请加 force=yes（会从所有统计和证明中扣除这些时长，原因会保留）。",
                en:
                    "force: session {id} is done and {people} people's hours are credited. To cancel it anyway add force=yes (their hours leave every total and certificate; the reason is kept)."
            )
        case .rulesHoursRemoved:
            LocalizedText(
                zh: "已从 {count} 人的累计时长中扣除：", en: "Hours taken out of {count} people's totals:")
        case .rulesEditDone:
            LocalizedText(
                zh: "{fields}：活动 {id} 已完成，修改时间或时长会改变参与者已记入的时长。确需修改请加 force=yes。",
                en:
                    "{fields}: session {id} is done; changing its time or length changes the hours already credited. To change it anyway add force=yes."
            )
        case .rulesHoursChanged:
            LocalizedText(zh: "{count} 人的记入时长已改变：", en: "Credited hours changed for {count} people:")
        case .rulesCapacityBelow:
            LocalizedText(
                zh: "capacity：名额 {capacity} 少于已报名的 {count} 人（已报名的人不会被移除）。",
                en:
                    "capacity: {capacity} places is fewer than the {count} people signed up (nobody signed up is removed)."
            )
        case .rulesHoursAboveLength:
            LocalizedText(
                zh: "hours：{name} 记 {hours} 小时，超过活动时长 {length} 小时，请核实。",
                en: "hours: {name} has {hours} h, more than the session's {length} h; please check.")
        case .peopleRegisterNew: LocalizedText(zh: "新登记一位 {name}", en: "register a new {name}")
        case .peopleWhichOrNew:
            LocalizedText(
                zh: "已登记有叫 {name} 的人。是其中一位，还是另一个人？",
                en: "Someone called {name} is already registered. Is it one of them, or someone else?")
        case .peopleIdentifierTaken:
            LocalizedText(
                zh: "{field}：{value} 已登记在 {owner}（{id}）名下，与姓名 {name} 不符。请核对姓名或 {field}。",
                en: "{field}: {value} is registered to {owner} ({id}), not {name}. Check the name or the {field}.")
        case .peopleAcceptedConsent:
            LocalizedText(
                zh: "记录身份证号须本人同意：请写 consent=（如 consent=书面同意）。",
                en: "An ID number is kept only with the person's consent: add consent= (e.g. consent=written).")
        case .peopleAskSameOwner: LocalizedText(zh: "就是 {owner} 本人吗？(yes/no)", en: "Is this {owner}? (yes/no)")
        case .peopleLoggedAsOwner:
            LocalizedText(
                zh: "已按手机号记为 {owner}（{id}）；登记名 {name} 未保存。",
                en: "Logged as {owner} ({id}) by phone; the name {name} was not saved.")
        case .peoplePhoneAdded: LocalizedText(zh: "已为 {name}（{id}）补记 {phone}。", en: "{phone} added to {name} ({id}).")
        case .peopleNamesakeNew:
            LocalizedText(
                zh: "{phone} 与已登记的 {name}（{others}）不同，已作为另一个人新登记。若是同一人，请用 /merge 合并。",
                en:
                    "{phone} differs from the registered {name} ({others}), so a different person was registered. If it is the same person, /merge them."
            )
        case .peopleMergeDiffers: LocalizedText(zh: "两条记录不同之处：", en: "The two records differ in:")
        case .peopleMergeDropped:
            LocalizedText(
                zh: "{field}：保留「{keep}」，舍弃「{other}」", en: "{field}: keeping “{keep}”, dropping “{other}”")
        case .peopleMergeAsk: LocalizedText(zh: "合并并舍弃以上信息吗？(yes/no)", en: "Merge and drop the above? (yes/no)")
        case .peopleMergeRefused:
            LocalizedText(
                zh: "confirm：合并会舍弃 {other} 的以下信息：{fields}。确认请加 confirm=yes。",
                en: "confirm: merging drops these of {other}: {fields}. Add confirm=yes to go ahead.")
        case .peopleMergeAbandoned: LocalizedText(zh: "未合并，没有改动。", en: "Not merged; nothing changed.")
        case .hoursOverlapNote:
            LocalizedText(
                zh: "注意：{count} 场活动与更早的活动时间重叠，重叠时段只计一次：",
                en: "Note: {count} sessions overlap earlier ones in time; the overlapping time is counted once:")
        case .hoursOverlapRow:
            LocalizedText(
                zh: "{id}「{title}」与 {others} 重叠：记录 {recorded} 小时，计入 {credited} 小时",
                en: "{id} “{title}” overlaps {others}: {recorded} h recorded, {credited} h credited")
        case .hoursPendingNote:
            LocalizedText(
                zh: "尚未计入：{count} 场活动还没结束，共 {hours} 小时，活动结束或用 /done 标记完成后计入：",
                en:
                    "Not counted yet: {hours} h at {count} sessions not over; they count once each ends or is marked done with /done:"
            )
        case .hoursPendingRow:
            LocalizedText(
                zh: "{id}「{title}」{end} 结束，记录 {hours} 小时", en: "{id} “{title}” ends {end}, {hours} h recorded")
        case .hoursPendingMark: LocalizedText(zh: "未结束", en: "not over")
        case .certificatePendingLeftOut:
            LocalizedText(
                zh: "{count} 场还没结束的活动（{list}）共 {hours} 小时未计入本证明；活动结束后重新出具即可计入。",
                en:
                    "{count} sessions not over yet ({list}), {hours} h in all, are not on this certificate; issue it again once they are over to include them."
            )
        case .certificateOnlyPending:
            LocalizedText(
                zh: "person：{name} 的服务时长（{list}，共 {hours} 小时）所在活动还没结束，暂不能出具证明；活动结束或用 /done 标记完成后再试。",
                en:
                    "person: {name}'s service ({list}, {hours} h in all) is at sessions not over yet, so no certificate can be issued; try again once they end or are marked done with /done."
            )
        case .certificateOverlapsRefused:
            LocalizedText(
                zh:
                    "overlaps：{name} 有 {count} 场活动时间重叠（{list}），证明不能在未核实的情况下出具。请用 /record 或 /person 核对，改正后重试；若确认重叠时段只计一次，请加 overlaps=once。",
                en:
                    "overlaps: {name} has {count} sessions that overlap in time ({list}); the certificate is not issued over them unchecked. Check them with /record or /person and correct them, or add overlaps=once to count the overlapping time once."
            )
        case .certificateAcceptedOverlaps:
            LocalizedText(
                zh: "应为 once（重叠时段只计一次）。", en: "Expected once (count the overlapping time once).")
        case .certificateOverlapsCounted:
            LocalizedText(
                zh: "{count} 场活动时间重叠，重叠时段只计一次（已在证明备注中注明）。",
                en:
                    "{count} sessions overlap; the overlapping time is counted once (stated in the certificate's notes)."
            )
        case .certificateOverlapNote:
            LocalizedText(
                zh: "时间重叠的活动（{list}）重叠时段只计一次。",
                en: "Overlapping sessions ({list}): the overlapping time is counted once.")
        case .demoSeeded:
            LocalizedText(
                zh: "/check 会列出有意留下的问题，供练习修正：{findings}。其余检查项（时间重叠、重复人员、时长超过活动时长等）在演示数据中均为零。",
                en:
                    "/check lists problems left in on purpose to practise fixing: {findings}. Every other check (overlaps, duplicate people, hours above the session's length …) is zero in the demo data."
            )

        // MARK: - Replica
        case .replicaInfo:
            LocalizedText(
                zh: "本地副本：{path}（已同步到第 {seq} 条修改；删除它是安全的，下次启动会重建）",
                en: "Local replica: {path} (up to change {seq}; deleting it is safe, the next start rebuilds it)")
        case .replicaInfoNone:
            LocalizedText(
                zh: "本地副本：无（记录只保存在内存中）", en: "Local replica: none (the records are kept in memory only)")
        case .replicaNoticeDamaged:
            LocalizedText(
                zh: "本地副本 {path} 已损坏，未采用；已从服务器重新载入并重建副本。",
                en:
                    "The local replica {path} is damaged and was not used; the records were loaded from the server again and the replica rebuilt."
            )
        case .replicaNoticeOtherServer:
            LocalizedText(
                zh: "本地副本 {path} 属于另一台服务器、另一个数据库或已重置的库（或办公室所属城市已变），未采用；已从服务器重新载入并重建副本。",
                en:
                    "The local replica {path} belongs to another server, another database or a schema that was reset (or the office's city changed) and was not used; the records were loaded from the server again and the replica rebuilt."
            )
        case .replicaNoticeAhead:
            LocalizedText(
                zh: "本地副本记到第 {seq} 条修改，而服务器只有 {head} 条（服务器可能从较早的备份恢复过），副本未采用；已从服务器重新载入。",
                en:
                    "The local replica has changes up to {seq} but the server only up to {head} (the server may have been restored from an older backup); the replica was not used and the records were loaded from the server again."
            )
        case .replicaNoticeRepaired:
            LocalizedText(
                zh: "本地副本 {path} 的最后一条记录未通过校验（写入被中断或文件受损），已弃用该条并从服务器补齐。",
                en:
                    "The last entry of the local replica {path} did not verify (an interrupted write or damage); it was set aside and caught up from the server."
            )
        case .replicaNoticeUnavailable:
            LocalizedText(
                zh: "无法使用本地副本 {path}（{reason}）；本次仅在内存中保存服务器的记录，启动会慢一些。服务器上的数据不受影响。",
                en:
                    "The local replica {path} cannot be used ({reason}); this session keeps the server's records in memory only, and starting takes longer. Nothing on the server is affected."
            )

        // MARK: - Reports
        case .reportsAcceptedPeriod:
            LocalizedText(
                zh:
                    "可用：2026、2026-06、2026年6月、2026-Q2、this-month、last-month、this-quarter、this-year、last-year、all（或 本月、上月、本季度、今年、去年、全部），也可用 from= 和 to=。",
                en:
                    "Accepted: 2026, 2026-06, 2026-Q2, this-month, last-month, this-quarter, this-year, last-year, all, or from= and to=."
            )
        case .reportsAcceptedToAfterFrom:
            LocalizedText(
                zh: "截止日期不能早于起始日期 {from}。", en: "The end date cannot be before the start date {from}.")
        case .reportsAcceptedThresholds:
            LocalizedText(
                zh: "可用：五个正数，用逗号分隔，依次为一至五星的小时数，如 100,300,600,1000,1500。",
                en:
                    "Accepted: five positive numbers, comma-separated, the hours for one to five stars, e.g. 100,300,600,1000,1500."
            )
        case .reportsAllTime: LocalizedText(zh: "全部时间", en: "all time")
        case .reportsUnspecified: LocalizedText(zh: "未填写", en: "not given")
        case .reportsReportTitle: LocalizedText(zh: "生态环境志愿服务活动报告", en: "Eco-environment volunteer service report")
        case .reportsSessions: LocalizedText(zh: "活动场次", en: "Sessions")
        case .reportsSessionCounts:
            LocalizedText(
                zh: "{total} 场（已完成 {done}，计划中 {planned}；另有取消 {cancelled}）",
                en: "{total} ({done} done, {planned} planned; {cancelled} cancelled besides)")
        case .reportsReached: LocalizedText(zh: "覆盖群众", en: "People reached")
        case .reportsVolunteers: LocalizedText(zh: "参与志愿者（人）", en: "Volunteers (distinct)")
        case .reportsHours: LocalizedText(zh: "志愿服务时长（小时）", en: "Volunteer service hours")
        case .reportsRating: LocalizedText(zh: "平均评价", en: "Average rating")
        case .reportsRatedOf: LocalizedText(zh: "（{count} 场有评价）", en: " ({count} rated)")
        case .reportsBreakdown: LocalizedText(zh: "分类统计", en: "Breakdown")
        case .reportsByType: LocalizedText(zh: "按服务类型", en: "By service type")
        case .reportsByAudience: LocalizedText(zh: "按服务对象", en: "By audience setting")
        case .reportsByCity: LocalizedText(zh: "按市州", en: "By city")
        case .reportsByMonth: LocalizedText(zh: "按月份", en: "By month")
        case .reportsMonthTable: LocalizedText(zh: "每月活动与时长", en: "Sessions and hours per month")
        case .reportsChartSessions: LocalizedText(zh: "每月活动场次", en: "Sessions per month")
        case .reportsChartHours: LocalizedText(zh: "每月志愿服务时长（小时）", en: "Volunteer hours per month")
        case .reportsNoSessions: LocalizedText(zh: "这一期间没有符合条件的活动。", en: "No sessions match in this period.")
        case .reportsTrainings:
            LocalizedText(
                zh: "{year} 年各市州培训（每个市州每年至少一次）", en: "Trainings per city in {year} (at least one a year each)")
        case .reportsTrainingsOK: LocalizedText(zh: "各市州都已至少举办一次培训。", en: "Every city has held at least one training.")
        case .reportsTrainingsBelow:
            LocalizedText(
                zh: "{count} 个市州今年还没有举办培训：{cities}。", en: "{count} cities have not held a training this year: {cities}."
            )
        case .reportsInsurance: LocalizedText(zh: "志愿者保险", en: "Volunteer insurance")
        case .reportsInsuranceOK:
            LocalizedText(
                zh: "有志愿者参加的活动都已登记保险。", en: "Every session with volunteers has insurance recorded.")
        case .reportsInsuranceMissing:
            LocalizedText(
                zh: "{count} 场有志愿者参加的活动未登记保险（《志愿服务条例》第十七条）：",
                en:
                    "Sessions with volunteers but no insurance recorded (Volunteer Service Regulations art. 17): {count}"
            )
        case .reportsDays: LocalizedText(zh: "期间内的环境纪念日", en: "Environmental days in the period")
        case .reportsNoDays:
            LocalizedText(
                zh: "这一期间没有环境纪念日（或知识库未载入）。",
                en: "No environmental days in this period (or the knowledge base is not loaded).")
        case .reportsNothingScheduled: LocalizedText(zh: "未安排活动", en: "nothing scheduled")
        case .reportsColSessions: LocalizedText(zh: "场次", en: "Sessions")
        case .reportsColHours: LocalizedText(zh: "服务时长", en: "Hours")
        case .reportsColMonth: LocalizedText(zh: "月份", en: "Month")
        case .reportsColHeld: LocalizedText(zh: "已举办", en: "Held")
        case .reportsColPlanned: LocalizedText(zh: "计划中", en: "Planned")
        case .reportsColDate: LocalizedText(zh: "日期", en: "Date")
        case .reportsColDay: LocalizedText(zh: "纪念日", en: "Day")
        case .reportsColScheduled: LocalizedText(zh: "安排的活动", en: "Sessions scheduled")
        case .reportsColBefore: LocalizedText(zh: "期初星级", en: "Stars before")
        case .reportsColToNext: LocalizedText(zh: "距下一星", en: "To next star")
        case .reportsColEvaluation: LocalizedText(zh: "评价", en: "Evaluation")
        case .reportsColHoursYear: LocalizedText(zh: "年度时长", en: "Hours in year")
        case .reportsColTotalHours: LocalizedText(zh: "累计时长", en: "Total hours")
        case .reportsColSpan: LocalizedText(zh: "服务起止", en: "First – last")
        case .reportsColLength: LocalizedText(zh: "活动时长", en: "Length (h)")
        case .reportsStarsTitle: LocalizedText(zh: "志愿者星级认定", en: "Volunteer star levels")
        case .reportsStarsScale:
            LocalizedText(
                zh: "一至五星标准：{thresholds} 小时", en: "One to five stars at {thresholds} hours")
        case .reportsStarsByLevel: LocalizedText(zh: "各星级人数", en: "People per level")
        case .reportsStarsPeople: LocalizedText(zh: "志愿者（按时长）", en: "Volunteers by hours")
        case .reportsStarsNone: LocalizedText(zh: "还没有记入服务时长的志愿者。", en: "No volunteer has credited hours yet.")
        case .reportsStarsCrossed: LocalizedText(zh: "本期升星", en: "Moved up in the period")
        case .reportsStarsNoneCrossed: LocalizedText(zh: "本期没有人升星。", en: "Nobody moved up a level in the period.")
        case .reportsNominateTitle: LocalizedText(zh: "{year} 年推选候选名单", en: "Nomination candidates for {year}")
        case .reportsNominateVolunteers:
            LocalizedText(
                zh: "百名生态环境志愿者候选（按年度时长、场次、评价）", en: "100 eco volunteers: candidates by hours, sessions and evaluation")
        case .reportsNominateCases:
            LocalizedText(
                zh: "十佳公众参与案例候选（按覆盖人数、评价）", en: "10 best public participation cases: candidates by reach and rating")
        case .reportsNominateNoVolunteers:
            LocalizedText(
                zh: "这一年没有记入时长的志愿者。", en: "No volunteer has credited hours in this year.")
        case .reportsNominateNoCases: LocalizedText(zh: "这一年没有已完成的活动。", en: "No session was held in this year.")
        case .reportsNominateNote:
            LocalizedText(
                zh: "名单按记录排序，仅供推荐参考；推选前请核实事迹并征得本人同意后再公示个人信息。",
                en:
                    "Ranked from the records as a starting point; check each case and ask consent before publishing personal details."
            )
        case .checkTitle: LocalizedText(zh: "记录检查", en: "Record check")
        case .checkSummary: LocalizedText(zh: "发现 {count} 个问题", en: "{count} findings")
        case .checkAllGood: LocalizedText(zh: "没有发现问题，可以导出。", en: "No problems found; ready to export.")
        case .checkColRecord: LocalizedText(zh: "记录", en: "Record")
        case .checkColDetail: LocalizedText(zh: "问题", en: "Problem")
        case .checkColFix: LocalizedText(zh: "修正方法", en: "Fix")
        case .checkKindMissingLeader: LocalizedText(zh: "缺少负责人", en: "No person in charge")
        case .checkKindMissingRecorder: LocalizedText(zh: "缺少记录人", en: "No recorder")
        case .checkKindHoursAboveLength: LocalizedText(zh: "服务时长超过活动时长", en: "Hours above the session's length")
        case .checkKindOverlapping: LocalizedText(zh: "同一人时间重叠", en: "One person in overlapping sessions")
        case .checkKindPastPlanned: LocalizedText(zh: "已过期仍为计划中", en: "Past sessions still planned")
        case .checkKindAttendedBeforeStart:
            LocalizedText(zh: "活动还没开始就记了出勤", en: "Attendance at sessions not yet begun")
        case .checkDetailAttendedBeforeStart:
            LocalizedText(
                zh: "{id}「{title}」{start} 才开始，已有 {count} 人记为已参加，时长要等活动结束才计入",
                en:
                    "{id} “{title}” starts {start} but {count} people are recorded as attended; their hours wait until it is over"
            )
        case .checkKindDuplicatePeople: LocalizedText(zh: "疑似重复人员", en: "Likely duplicate people")
        case .checkKindUninsured: LocalizedText(zh: "志愿者未登记保险", en: "Volunteers without insurance")
        case .checkDetailSession: LocalizedText(zh: "{id}「{title}」（{date}）", en: "{id} “{title}” ({date})")
        case .checkDetailHours:
            LocalizedText(
                zh: "{name} 在 {id}「{title}」记了 {hours} 小时，活动只有 {length} 小时",
                en: "{name} has {hours} h at {id} “{title}”, which lasted {length} h")
        case .checkDetailOverlap:
            LocalizedText(
                zh: "{name} 同时登记在 {a} 和 {b}（{when} 起重叠）",
                en: "{name} is logged at both {a} and {b} (overlapping from {when})")
        case .checkDetailDuplicate: LocalizedText(zh: "可能是同一人：{people}", en: "Probably one person: {people}")
        case .checkDetailUninsured:
            LocalizedText(
                zh: "{id}「{title}」（{date}）有 {count} 人参加，未登记保险",
                en: "{id} “{title}” ({date}) has {count} people and no insurance recorded")
        case .certificateTitle: LocalizedText(zh: "志愿服务证明", en: "Certificate of Volunteer Service")
        case .certificateBlockIdentity: LocalizedText(zh: "一、志愿者身份信息", en: "1. Volunteer identity")
        case .certificateBlockService: LocalizedText(zh: "二、志愿服务信息", en: "2. Volunteer service")
        case .certificateBlockIssuer: LocalizedText(zh: "三、出具单位信息", en: "3. Issuing organisation")
        case .certificateBlockOther: LocalizedText(zh: "四、其他信息", en: "4. Other")
        case .certificateIdType: LocalizedText(zh: "证件类型", en: "ID type")
        case .certificateIdCard: LocalizedText(zh: "居民身份证", en: "Resident identity card")
        case .certificateIdNone: LocalizedText(zh: "未登记（经本人同意后登记）", en: "Not recorded (recorded only with consent)")
        case .certificateIdNumber: LocalizedText(zh: "证件号码", en: "ID number")
        case .certificateVolunteerNumber: LocalizedText(zh: "志愿者编号", en: "Volunteer number")
        case .certificateServicePeriod: LocalizedText(zh: "服务时间段", en: "Service period")
        case .certificateServiceHours: LocalizedText(zh: "服务时长", en: "Service hours")
        case .certificateHoursValue:
            LocalizedText(
                zh: "{hours} 小时（实际服务时间，不含往返路途）", en: "{hours} hours (actual service time, travel excluded)")
        case .certificateServiceCount: LocalizedText(zh: "服务次数", en: "Times served")
        case .certificateServiceContent: LocalizedText(zh: "服务内容", en: "Service content")
        case .certificateDetails: LocalizedText(zh: "服务明细", en: "Service details")
        case .certificateColActivity: LocalizedText(zh: "活动名称", en: "Activity")
        case .certificateColPlace: LocalizedText(zh: "地点", en: "Place")
        case .certificateColContent: LocalizedText(zh: "服务内容", en: "Content")
        case .certificateIssuerName: LocalizedText(zh: "出具单位", en: "Organisation")
        case .certificateIssuerHead: LocalizedText(zh: "单位负责人", en: "Person in charge")
        case .certificateIssuerHandler: LocalizedText(zh: "经办人", en: "Handler")
        case .certificateIssuerContact: LocalizedText(zh: "联系方式", en: "Contact")
        case .certificateNumber: LocalizedText(zh: "证明编号", en: "Certificate number")
        case .certificateIssued: LocalizedText(zh: "出具日期", en: "Date of issue")
        case .certificateNotes: LocalizedText(zh: "备注", en: "Notes")
        case .certificateNotesText:
            LocalizedText(
                zh: "依据服务记录出具（谁记录谁证明），免费出具。服务时长为实际服务时间，不含往返路途时间。如记录有误，志愿者可申请更正。",
                en:
                    "Issued from the service records (whoever records certifies), free of charge. Hours are actual service time, travel excluded. A volunteer may ask for errors to be corrected."
            )
        case .certificateSeal: LocalizedText(zh: "（单位公章）", en: "(official seal)")
        case .certificateNoService:
            LocalizedText(
                zh: "{name} 在 {period} 没有记入的服务时长，无法出具证明。可用 /record 查看其服务记录，或调整 from= / to=。",
                en:
                    "{name} has no credited service in {period}; there is nothing to certify. See /record, or change from= / to=."
            )
        case .certificateBlankIssuer:
            LocalizedText(
                zh: "出具单位信息未填写（{fields}），已留空线供手写。",
                en: "Issuer details not given ({fields}); lines are left to fill in by hand.")
        case .recordTitle: LocalizedText(zh: "志愿服务记录", en: "Volunteer service record")
        case .recordBasic: LocalizedText(zh: "个人基本信息", en: "Basic information")
        case .recordSex: LocalizedText(zh: "性别", en: "Sex")
        case .recordBirthMonth: LocalizedText(zh: "出生年月", en: "Birth month")
        case .recordContact: LocalizedText(zh: "联系方式", en: "Contact")
        case .recordConsent: LocalizedText(zh: "信息使用同意", en: "Consent")
        case .recordService: LocalizedText(zh: "服务记录", en: "Service")
        case .recordRecipient: LocalizedText(zh: "服务对象", en: "Recipients")
        case .recordNoService: LocalizedText(zh: "还没有服务记录。", en: "No service recorded yet.")
        case .recordTrainings: LocalizedText(zh: "培训记录", en: "Trainings")
        case .recordTrainingLevel: LocalizedText(zh: "培训层级", en: "Training level")
        case .recordNoTrainings: LocalizedText(zh: "还没有参加培训的记录。", en: "No training recorded yet.")
        case .recordSummary: LocalizedText(zh: "时长、星级与评价", en: "Hours, stars and evaluation")
        case .recordCorrection:
            LocalizedText(
                zh: "记录应真实、准确、完整；如有错误，志愿者可要求组织者更正（民政部令第67号）。",
                en:
                    "Records must be true, accurate and complete; a volunteer may ask the organiser to correct errors (MCA Order No. 67)."
            )
        case .outlineTitle: LocalizedText(zh: "面向{audience}的宣讲提纲", en: "Talk outline for a {audience} audience")
        case .outlineTitleTopic:
            LocalizedText(
                zh: "{topic}——面向{audience}的宣讲提纲", en: "{topic}: talk outline for a {audience} audience")
        case .outlineSubtitle:
            LocalizedText(
                zh: "对象：{audience} · 时长：{minutes} 分钟", en: "Audience: {audience} · Length: {minutes} minutes")
        case .outlinePartHeading: LocalizedText(zh: "{n}. {title}（{minutes} 分钟）", en: "{n}. {title} ({minutes} min)")
        case .outlinePartOpening: LocalizedText(zh: "开场", en: "Opening")
        case .outlinePartPoint: LocalizedText(zh: "要点{n}：{title}", en: "Point {n}: {title}")
        case .outlinePartTips: LocalizedText(zh: "马上能做的小事", en: "Things to do right away")
        case .outlinePartActivity: LocalizedText(zh: "互动活动", en: "Activity")
        case .outlinePartQuestion: LocalizedText(zh: "互动提问", en: "Question for the audience")
        case .outlinePartClosing: LocalizedText(zh: "结尾", en: "Closing")
        case .outlineOpeningToday: LocalizedText(zh: "今天是{day}，从这个日子说起。", en: "Today is {day}: start from the day.")
        case .outlineOpeningDay:
            LocalizedText(
                zh: "再过 {days} 天就是{day}，从这个日子说起。", en: "{day} is {days} days away: start from the day.")
        case .outlineOpeningHook: LocalizedText(zh: "从身边的事引出主题：{title}。", en: "Lead in from everyday life: {title}.")
        case .outlineOpeningQuestion: LocalizedText(zh: "先问大家：{question}", en: "Ask the room first: {question}")
        case .outlineFact: LocalizedText(zh: "事实：{fact}", en: "Fact: {fact}")
        case .outlinePlain: LocalizedText(zh: "讲给{audience}听：{text}", en: "In plain words for {audience}: {text}")
        case .outlineHowToSay: LocalizedText(zh: "讲法：{text}", en: "How to put it: {text}")
        case .outlineNoTips:
            LocalizedText(
                zh: "结合本地情况，请大家说一件明天就能做的小事。", en: "Ask each person for one small thing they can do tomorrow.")
        case .outlineActivityShorter:
            LocalizedText(
                zh: "原活动约需 {full} 分钟，这里压缩到 {minutes} 分钟：只做一轮。",
                en: "The full activity takes about {full} minutes; do one round in {minutes}.")
        case .outlineMaterials: LocalizedText(zh: "准备：{materials}", en: "Materials: {materials}")
        case .outlineAskAudience: LocalizedText(zh: "请大家讨论：{question}", en: "Ask the audience: {question}")
        case .outlineDefaultQuestion:
            LocalizedText(
                zh: "关于“{title}”，我们身边能做些什么？", en: "What can we do about “{title}” where we live?")
        case .outlineClosingRecap: LocalizedText(zh: "回顾要点：{points}。", en: "Recap: {points}.")
        case .outlineClosingAction:
            LocalizedText(
                zh: "请大家从今天起做一件事：{tip}。", en: "Ask everyone to start with one thing today: {tip}.")
        case .outlineClosingThanks:
            LocalizedText(
                zh: "感谢大家参与，欢迎加入生态环境志愿服务队伍。",
                en: "Thank everyone, and invite them to join eco-environment volunteering.")
        case .outlineSources: LocalizedText(zh: "资料来源", en: "Sources")
        case .outlineNoContent:
            LocalizedText(
                zh: "知识库里没有适合{audience}、主题“{topic}”的宣讲要点。换个主题试试，或用 /points 查看已有要点。",
                en:
                    "The knowledge base has no talking points for {audience} on “{topic}”. Try another topic, or see /points."
            )
        case .outlineLengthClamped:
            LocalizedText(
                zh: "活动时长 {length} 分钟，提纲按 {minutes} 分钟编排。",
                en: "The session lasts {length} minutes; the outline uses {minutes}.")
        case .exportAcceptedKinds:
            LocalizedText(
                zh: "可用：sessions（活动）、people（人员）、participation（参与记录）、hours（时长）、report（报告）、calendar（日历）。",
                en: "Accepted: sessions, people, participation, hours, report, calendar.")
        case .exportFormatFromExtension:
            LocalizedText(
                zh: "格式由文件扩展名决定，可用的格式：{formats}（日历用 {calendar}），例如 /export sessions 活动.csv。",
                en:
                    "The format comes from the file's extension; accepted formats: {formats} ({calendar} for a calendar), e.g. /export sessions sessions.csv."
            )
        case .exportAcceptedFile:
            LocalizedText(
                zh: "请给出目标文件，如 活动.csv、报告.html、活动.ics。",
                en: "Give a target file, e.g. sessions.csv, report.html, sessions.ics.")
        case .exportAcceptedExtensions:
            LocalizedText(
                zh: "可用的文件扩展名：{extensions}", en: "Accepted file extensions: {extensions}")
        case .exportErrorExists:
            LocalizedText(
                zh: "文件 {path} 已存在，未覆盖。要替换它请加 force=yes，或换一个文件名。",
                en:
                    "The file {path} already exists and was not replaced. Add force=yes to replace it, or choose another name."
            )
        case .exportErrorNoDirectory:
            LocalizedText(
                zh: "文件夹 {directory} 不存在，请先创建或换一个位置。",
                en: "The folder {directory} does not exist; create it or choose another place.")
        case .exportErrorNotAFile:
            LocalizedText(
                zh: "{path} 是文件夹，请给出文件名，如 {path}/导出.csv。",
                en: "{path} is a folder; give a file name, e.g. {path}/export.csv.")
        case .exportErrorWriteFailed:
            LocalizedText(
                zh: "写入 {path} 失败（{reason}），没有留下半截文件。",
                en: "Writing {path} failed ({reason}); no partial file was left.")
        case .exportErrorCsv: LocalizedText(zh: "生成 CSV 失败。", en: "Could not produce the CSV.")
        case .exportWritten: LocalizedText(zh: "已写入 {path}（{bytes} 字节）。", en: "Wrote {path} ({bytes} bytes).")
        case .exportWrittenRows:
            LocalizedText(
                zh: "已写入 {path}：{rows} 行，{bytes} 字节。", en: "Wrote {path}: {rows} rows, {bytes} bytes.")
        case .exportWrittenEvents: LocalizedText(zh: "已写入 {path}：{events} 个活动。", en: "Wrote {path}: {events} events.")
        case .exportFullWarning:
            LocalizedText(
                zh: "文件含完整手机号或证件号，属于个人信息，请妥善保管，不要转发到群里。",
                en:
                    "The file holds full phone or ID numbers: personal information. Keep it safe and do not post it to groups."
            )
        case .exportCalendarName: LocalizedText(zh: "生态环境志愿服务活动", en: "Eco-volunteer sessions")
        case .exportTitleSessions: LocalizedText(zh: "活动列表", en: "Sessions")
        case .exportTitlePeople: LocalizedText(zh: "人员名单", en: "People")
        case .exportTitleParticipation: LocalizedText(zh: "参与记录", en: "Participation")
        case .exportTitleHours: LocalizedText(zh: "志愿服务时长", en: "Service hours")
        case .exportCsvSection: LocalizedText(zh: "部分", en: "Section")
        case .exportCsvItem: LocalizedText(zh: "项目", en: "Item")
        case .exportCsvMeasure: LocalizedText(zh: "指标", en: "Measure")
        case .exportCsvValue: LocalizedText(zh: "数值", en: "Value")
        case .exportColStart: LocalizedText(zh: "开始", en: "Start")
        case .exportColEnd: LocalizedText(zh: "结束", en: "End")
        case .exportColZone: LocalizedText(zh: "时区", en: "Time zone")
        case .exportColCounty: LocalizedText(zh: "区县", en: "County")
        case .exportColCancelReason: LocalizedText(zh: "取消原因", en: "Cancel reason")
        case .exportColAttended: LocalizedText(zh: "出勤人数", en: "Attended")
        case .exportColStarLevel: LocalizedText(zh: "星级", en: "Stars")
        case .exportColSession: LocalizedText(zh: "活动编号", en: "Session")
        case .exportColPerson: LocalizedText(zh: "人员编号", en: "Person")
        case .exportColScheduledHours: LocalizedText(zh: "计划时长", en: "Scheduled hours")
        case .exportColActualHours: LocalizedText(zh: "实际时长", en: "Actual hours")
        case .exportColCreditedHours: LocalizedText(zh: "记入时长", en: "Credited hours")
        case .exportColCheckIn: LocalizedText(zh: "签到", en: "Check-in")
        case .exportColCheckOut: LocalizedText(zh: "签退", en: "Check-out")
        case .documentPageOf: LocalizedText(zh: "第 {page} 页 共 {pages} 页", en: "Page {page} of {pages}")
        case .certificateStatementText:
            LocalizedText(
                zh: "兹证明 {name}（志愿者编号 {id}）于 {period}参加生态环境志愿服务 {count}，累计志愿服务时长 {hours} 小时。特此证明。",
                en:
                    "This certifies that {name} (volunteer number {id}) took part in eco-environment volunteer service {count} {period}, for {hours} hours of service in total."
            )
        case .certificatePeriodRange: LocalizedText(zh: "{from} 至 {to} 期间", en: "between {from} and {to}")
        case .certificatePeriodDay: LocalizedText(zh: "{date} ", en: "on {date}")
        case .certificateTimes: LocalizedText(zh: "{count} 次", en: "{count} times")
        case .certificateOnce: LocalizedText(zh: "1 次", en: "once")
        case .certificateContentPart: LocalizedText(zh: "{type} {count} {hours} 小时", en: "{type}: {count}, {hours} h")
        case .certificateNumberLine: LocalizedText(zh: "证明编号：{number}", en: "Certificate No. {number}")
        case .certificateSeeAttachment:
            LocalizedText(
                zh: "见附表（共 {count} 条）", en: "See the attached list ({count} entries)")
        case .certificateSeeAttachmentOne: LocalizedText(zh: "见附表（共 1 条）", en: "See the attached list (1 entry)")
        case .certificateAttachment: LocalizedText(zh: "附表：志愿服务明细", en: "Attachment: service details")
        case .certificateAttachmentReference:
            LocalizedText(
                zh: "{name} · 证明编号 {number} · 时长单位：小时", en: "{name} · Certificate No. {number} · hours")
        case .certificateColNo: LocalizedText(zh: "序号", en: "No.")
        case .certificateColTime: LocalizedText(zh: "时间", en: "Time")
        case .certificateColRole: LocalizedText(zh: "身份", en: "Role")
        case .certificateTotal: LocalizedText(zh: "合计", en: "Total")
        case .certificateTotalCount: LocalizedText(zh: "共 {count} 次", en: "{count} sessions")
        case .certificateTotalCountOne: LocalizedText(zh: "共 1 次", en: "1 session")
        case .certificateSignHead: LocalizedText(zh: "单位负责人（签字）", en: "Person in charge (signature)")
        case .certificateSignHandler: LocalizedText(zh: "经办人（签字）", en: "Handler (signature)")

        // MARK: - Requests
        case .requestUnderstood: LocalizedText(zh: "理解为：", en: "Understood as:")
        case .requestReadings: LocalizedText(zh: "有两种理解：", en: "Two readings:")
        case .requestMissing:
            LocalizedText(
                zh: "还缺：{fields}（运行后会逐项询问）", en: "Still missing: {fields} (asked for when it runs)")
        case .requestMissingBatch: LocalizedText(zh: "还缺：{fields}", en: "Still missing: {fields}")
        case .requestConfirm:
            LocalizedText(
                zh: "已放在下一行：按回车执行，可先修改；Ctrl-C 放弃。",
                en: "Placed on the next line: Enter runs it, edit it first if needed; Ctrl-C drops it.")
        case .requestNotRun:
            LocalizedText(
                zh: "未执行（确认后运行这一行，或加 --yes 执行）。", en: "Not run (run this line to confirm, or pass --yes).")
        case .requestRunning: LocalizedText(zh: "按 --yes 执行：", en: "Running it (--yes):")
        case .requestReadOnly: LocalizedText(zh: "（只查看，不修改记录）", en: "(reads records, changes nothing)")
        case .requestPick: LocalizedText(zh: "选哪一个？输入 1 或 2", en: "Which one? Type 1 or 2")
        case .requestPickAgain: LocalizedText(zh: "请输入 1 或 2（Ctrl-C 放弃）。", en: "Type 1 or 2 (Ctrl-C drops it).")
        case .requestOrQuestion: LocalizedText(zh: "这句话可能是要执行命令：", en: "This may be a request to run:")
        case .requestAskKind:
            LocalizedText(
                zh: "1 = 准备执行这条命令，2 = 当作问题回答", en: "1 = prepare this command, 2 = answer it as a question")
        case .requestMaybe: LocalizedText(zh: "如果是要执行命令，可以运行：{line}", en: "If this was meant as a request, run: {line}")
        case .requestAccepted:
            LocalizedText(
                zh: "用平常的话说要做什么，如：明天下午两点在云岩区社区讲垃圾分类",
                en: "say what to do in plain words, e.g. schedule a waste-sorting talk in Yunyan tomorrow at 2pm")
        case .requestNotUnderstood:
            LocalizedText(
                zh: "没有看出要执行哪条命令；已当作问题回答。", en: "No command recognised; answered as a question.")

        // MARK: - SharedStore
        case .sharedStoreFileActionOnServer:
            LocalizedText(
                zh: "store {action} 只适用于数据目录中的 JSON 文件，不适用于服务器 {url}；服务器的备份请由管理员用 pg_dump 完成。",
                en:
                    "store {action} works on the JSON files of a data directory, not on the server {url}; back a server up with pg_dump."
            )
        case .storeErrorBadValue:
            LocalizedText(
                zh: "未保存：字段 {field} 含有空字符（U+0000）或不是有限的数字；文字不能含空字符，数字须是普通数值。",
                en:
                    "Not saved: the field {field} holds a NUL character (U+0000) or a number that is not finite; text may not contain NUL and numbers must be ordinary values."
            )
        case .sharedStoreErrorBadURL:
            LocalizedText(
                zh: "{url} 不是有效的 PostgreSQL 地址；应为 postgresql://用户@主机:端口/数据库?sslmode=require 这样的形式。",
                en:
                    "{url} is not a valid PostgreSQL URL; expected something like postgresql://user@host:port/database?sslmode=require."
            )
        case .sharedStoreErrorBadURLParameter:
            LocalizedText(
                zh: "地址中的参数 {name} 不认识；可用：{accepted}。",
                en: "The URL parameter {name} is not known; accepted: {accepted}.")
        case .sharedStoreErrorBadPort:
            LocalizedText(
                zh: "端口 {port} 无效；应为 1–65535 之间的数字。",
                en: "The port {port} is not valid; expected a number from 1 to 65535."
            )
        case .sharedStoreErrorBadSSLMode:
            LocalizedText(
                zh: "sslmode={value} 无效；可用：{accepted}。", en: "sslmode={value} is not valid; accepted: {accepted}.")
        case .sharedStoreErrorTls:
            LocalizedText(
                zh: "无法准备加密连接（{reason}）；请检查 sslrootcert 指向的证书文件。",
                en: "Cannot set up the encrypted connection ({reason}); check the certificate file sslrootcert names.")
        case .sharedStoreErrorPassword:
            LocalizedText(
                zh: "服务器 {server} 拒绝了用户 {user} 的登录：密码不对。请检查地址中的密码、PGPASSWORD 或 ~/.pgpass。",
                en:
                    "The server {server} refused the login of {user}: wrong password. Check the password in the URL, PGPASSWORD or ~/.pgpass."
            )
        case .sharedStoreErrorNeedsPassword:
            LocalizedText(
                zh: "服务器 {server} 要求用户 {user} 提供密码，但没有找到：请写在地址中，或设置 PGPASSWORD，或写入 ~/.pgpass（权限 0600）。",
                en:
                    "The server {server} wants a password for {user} and none was given: put it in the URL, in PGPASSWORD, or in ~/.pgpass (mode 0600)."
            )
        case .sharedStoreErrorNotAllowed:
            LocalizedText(
                zh: "服务器 {server} 不允许用户 {user} 登录（{reason}）。请联系数据库管理员。",
                en: "The server {server} does not let {user} log in ({reason}). Ask the database administrator.")
        case .sharedStoreErrorNoDatabase:
            LocalizedText(
                zh: "服务器 {server} 上没有名为 {database} 的数据库。请检查地址中的数据库名，或请管理员先创建它（createdb {database}）。",
                en:
                    "There is no database named {database} on the server {server}. Check the database name in the URL, or ask the administrator to create it (createdb {database})."
            )
        case .sharedStoreErrorStarting:
            LocalizedText(
                zh: "服务器 {server} 正在启动或关闭，暂时不接受连接；请稍后再试。",
                en:
                    "The server {server} is starting up or shutting down and does not accept connections yet; try again shortly."
            )
        case .sharedStoreErrorTooMany:
            LocalizedText(
                zh: "服务器 {server} 的连接数已满；请稍后再试。", en: "The server {server} has no free connections; try again shortly.")
        case .sharedStoreErrorSslUnsupported:
            LocalizedText(
                zh: "服务器 {server} 不支持加密连接，而地址要求加密（sslmode）。",
                en: "The server {server} does not support encrypted connections, which the URL requires (sslmode).")
        case .sharedStoreErrorUnreachable:
            LocalizedText(
                zh: "连不上 PostgreSQL 服务器 {server}（{reason}）。请检查服务器是否在运行、主机和端口是否正确、网络是否通畅。",
                en:
                    "Cannot reach the PostgreSQL server {server} ({reason}). Check that it is running, that host and port are right, and the network."
            )
        case .sharedStoreErrorPermission:
            LocalizedText(
                zh: "服务器拒绝了这个操作：用户 {user} 没有权限（{reason}）。",
                en: "The server refused this: {user} has no right to do it ({reason}).")
        case .sharedStoreErrorNotInitialised:
            LocalizedText(
                zh: "服务器 {server} 上还没有 ecovol 的数据表。请由省级管理员先运行 ecovol --store 地址 store init。",
                en:
                    "The server {server} has no ecovol tables yet. The province administrator runs ecovol --store URL store init first."
            )
        case .sharedStoreErrorOlderSchema:
            LocalizedText(
                zh:
                    "服务器 {server} 上的数据表是第 {found} 版，本版本 ecovol 需要第 {known} 版。请由省级管理员运行 ecovol --store 地址 store init 升级。",
                en:
                    "The tables on {server} are version {found}; this ecovol needs version {known}. The province administrator runs ecovol --store URL store init to migrate them."
            )
        case .sharedStoreErrorReadOnlyServer:
            LocalizedText(
                zh: "服务器 {server} 只读（可能是备用服务器），不能保存修改。",
                en: "The server {server} is read-only (perhaps a standby); changes cannot be saved.")
        case .sharedStoreErrorLostWhileSaving:
            LocalizedText(
                zh: "未确认保存：与服务器 {server} 的连接断开了（{reason}）。这条修改没有被确认；下一条命令会重新连接，届时可用 /sessions 等命令查看它是否已在服务器上。",
                en:
                    "Not confirmed as saved: the connection to {server} was lost ({reason}). This change was not acknowledged; the next command reconnects, and /sessions and the like then show whether the server has it."
            )
        case .sharedStoreErrorNoAnswerWhileSaving:
            LocalizedText(
                zh: "未确认保存：服务器 {server} 在 {seconds} 秒内没有应答，已断开连接。这条修改没有被确认；下一条命令会重新连接，届时可用 /sessions 等命令查看它是否已在服务器上。",
                en:
                    "Not confirmed as saved: the server {server} did not answer within {seconds} s, so the connection was closed. This change was not acknowledged; the next command reconnects, and /sessions and the like then show whether the server has it."
            )
        case .sharedStoreErrorNoAnswer:
            LocalizedText(
                zh: "服务器 {server} 在 {seconds} 秒内没有应答，已断开连接；请检查服务器和网络，下一条命令会重新连接。",
                en:
                    "The server {server} did not answer within {seconds} s, so the connection was closed; check the server and the network. The next command reconnects."
            )
        case .sharedStoreErrorLost:
            LocalizedText(
                zh: "与服务器 {server} 的连接断开了（{reason}）；下一条命令会重新连接。",
                en: "The connection to {server} was lost ({reason}); the next command reconnects.")
        case .sharedStoreErrorServer:
            LocalizedText(
                zh: "服务器 {server} 报告错误：{reason}。没有保存任何半条修改。",
                en: "The server {server} reported an error: {reason}. Nothing half-done was saved.")
        case .sharedStoreErrorTooOld:
            LocalizedText(
                zh: "服务器 {server} 运行的是 PostgreSQL {version}；ecovol 需要 PostgreSQL 13 或更新的版本。",
                en: "The server {server} runs PostgreSQL {version}; ecovol needs PostgreSQL 13 or newer.")
        case .sharedStoreInitialised:
            LocalizedText(
                zh: "已在 {server} 上建立或升级 ecovol 数据表：应用了第 {applied} 版迁移，现为第 {version} 版。",
                en:
                    "Created or migrated the ecovol tables on {server}: applied migration(s) {applied}; now at version {version}."
            )
        case .sharedStoreUpToDate:
            LocalizedText(
                zh: "{server} 上的 ecovol 数据表已是最新（第 {version} 版），无需改动。",
                en: "The ecovol tables on {server} are current (version {version}); nothing to do.")
        case .sharedStoreInfo:
            LocalizedText(
                zh: "共享库：{server}（PostgreSQL，表结构第 {schema} 版），最新修改序号 {seq}，{writable}",
                en: "Shared store: {server} (PostgreSQL, schema version {schema}), newest change {seq}, {writable}")
        case .sharedStoreWritable: LocalizedText(zh: "可写。", en: "writable.")
        case .sharedStoreReadOnly: LocalizedText(zh: "只读。", en: "read-only.")
        case .sharedStoreServerUsage:
            LocalizedText(
                zh: "用法：ecovol --store postgresql://… store init|info|totals|office …|copy …",
                en: "Usage: ecovol --store postgresql://… store init|info|totals|office …|copy …")
        case .sharedStoreOfficeUsage:
            LocalizedText(
                zh: "用法：store office add 名称 --city 市州 | store office list | store office remove 名称",
                en: "Usage: store office add NAME --city CITY | store office list | store office remove NAME")
        case .sharedStoreErrorOfficeRule:
            LocalizedText(
                zh: "{office}（{city}办公室）不能修改{other}的记录（行级安全规则 {rule}）。各市州办公室只能修改本市州的活动、其中的参与记录和人员。",
                en:
                    "The {office} office ({city}) may not change {other} records (row-level security rule {rule}). A city office changes only its own city's sessions, their participations and the people in them."
            )
        case .sharedStoreOtherCities: LocalizedText(zh: "其他市州", en: "other cities'")
        case .sharedStoreWholeProvince: LocalizedText(zh: "全省", en: "province-wide")
        case .sharedStoreErrorBadOfficeName:
            LocalizedText(
                zh: "办公室名称 {name} 不可用：须以字母开头，只含小写字母、数字和下划线，不超过 40 个字符（如 zunyi）。",
                en:
                    "The office name {name} cannot be used: it must start with a letter and hold only lower-case letters, digits and underscores, at most 40 (e.g. zunyi)."
            )
        case .sharedStoreErrorBadCity:
            LocalizedText(
                zh: "不认识市州“{value}”；可用：{accepted}。", en: "Unknown city \u{201C}{value}\u{201D}; accepted: {accepted}.")
        case .sharedStoreErrorOfficeExists:
            LocalizedText(
                zh: "服务器上已有名为 {name} 的登录角色；请换一个名称，或先 store office remove {name}。",
                en:
                    "The server already has a login role named {name}; choose another name, or store office remove {name} first."
            )
        case .sharedStoreErrorNoOffice:
            LocalizedText(
                zh: "没有名为 {name} 的办公室（store office list 可列出全部）。",
                en: "There is no office named {name} (store office list shows them all).")
        case .sharedStoreOfficeAdded:
            LocalizedText(
                zh: "已为{city}建立办公室登录 {role}。密码（只显示这一次，请妥善交给该办公室）：{password}\n该办公室连接：ecovol --store '{url}'",
                en:
                    "Created the office login {role} for {city}. Password (shown this once; hand it to the office safely): {password}\nThe office connects with: ecovol --store '{url}'"
            )
        case .sharedStoreOfficeRemoved:
            LocalizedText(
                zh: "已删除{city}办公室的登录 {role}；它录入的记录仍保留在共享库中。",
                en: "Removed the login {role} of the {city} office; the records it entered stay in the shared store.")
        case .sharedStoreOfficeLine:
            LocalizedText(
                zh: "{role}　{city}　建立于 {created}", en: "{role}  {city}  created {created}")
        case .sharedStoreNoOffices:
            LocalizedText(
                zh: "还没有市州办公室。用 store office add 名称 --city 遵义 建立。",
                en: "No city offices yet. Create one with store office add NAME --city 遵义.")
        case .sharedStoreTotalsTitle:
            LocalizedText(
                zh: "全省各市州汇总（{server}，截至 {time}）", en: "Province-wide figures by city ({server}, as of {time})")
        case .sharedStoreTotalsNote:
            LocalizedText(
                zh: "与各市州的 /report 计法相同：不计已取消的活动；服务时长只计已结束（或已签退）的服务，同一人重叠的时间只计一次。"
                    + "志愿者在市州内去重，在两个市州服务过的人两边各计一次，所以全省合计不列人数。",
                en:
                    "Counted as each city's /report counts: cancelled sessions left out; hours only for service that is over (or checked out), a person's overlapping time once. Volunteers are distinct within a city; someone who served in two cities counts in both, so the province row gives no head count."
            )
        case .sharedStoreTotalsNone: LocalizedText(zh: "共享库里还没有活动。", en: "The shared store has no sessions yet.")
        case .sharedStoreTotalsOnDirectory:
            LocalizedText(
                zh: "store totals 读取全省共享的 PostgreSQL 库（--store postgresql://…）；{path} 是本机目录，按市州的数字请用 /report。",
                en:
                    "store totals reads a province's shared PostgreSQL store (--store postgresql://…); {path} is a local directory, where /report gives the figures by city."
            )
        case .sharedStoreTotalsProvince: LocalizedText(zh: "全省", en: "Province")
        case .sharedStoreColDone: LocalizedText(zh: "已完成", en: "Done")
        case .sharedStoreColCancelled: LocalizedText(zh: "已取消", en: "Cancelled")
        case .sharedStoreColAttendances: LocalizedText(zh: "参与人次", en: "Attendances")
        case .sharedStoreColVolunteers: LocalizedText(zh: "志愿者", en: "Volunteers")
        case .storeCopyErrorSame: LocalizedText(zh: "来源和目标是同一个库。", en: "The source and the target are the same store.")
        case .storeCopyErrorNotEmpty:
            LocalizedText(
                zh: "目标 {target} 里已有记录；复制只写入空库，以免与已有记录混在一起。",
                en:
                    "The target {target} already holds records; a copy goes only into an empty store, so it never mixes with records there."
            )
        case .storeCopyErrorNoSource:
            LocalizedText(
                zh: "{source} 里没有 ecovol 数据（找不到 outreach.json 或 journal.jsonl）。",
                en: "{source} holds no ecovol data (no outreach.json or journal.jsonl).")
        case .storeCopyErrorSeq:
            LocalizedText(
                zh: "复制中断：目标的下一个序号是 {expected}，而要写入的修改是第 {found} 号（目标在复制时被别人改动了？）。",
                en:
                    "Copy stopped: the target's next change is {expected} but the change being copied is {found} (did someone change the target meanwhile?)."
            )
        case .storeCopyProgress: LocalizedText(zh: "复制", en: "Copying")
        case .storeCopyDone:
            LocalizedText(
                zh:
                    "已从 {source} 复制到 {target}：{changes} 条修改（最新序号 {seq}），{sessions} 场活动，{people} 人，{participations} 条参与记录；编号和历史保持不变。",
                en:
                    "Copied {source} to {target}: {changes} changes (newest {seq}), {sessions} sessions, {people} people, {participations} participations; ids and history kept."
            )
        case .storeCopyUsage:
            LocalizedText(
                zh: "用法：ecovol store copy 来源 目标（各为数据目录或 postgresql:// 地址）",
                en: "Usage: ecovol store copy FROM TO (each a data directory or a postgresql:// URL)")
        case .sharedStoreGreetingDeferred:
            LocalizedText(
                zh: "共享库在第一次使用时连接；输入 /sessions 查看近期活动。",
                en: "The shared store connects on first use; type /sessions to see what is coming.")

        // MARK: - Sync
        case .syncUsage:
            LocalizedText(
                zh:
                    "用法：ecovol --store 目录 sync [postgresql://…] | sync status | sync conflicts [--json] | sync resolve 编号 keep=mine|theirs",
                en:
                    "Usage: ecovol --store DIR sync [postgresql://…] | sync status | sync conflicts [--json] | sync resolve ID keep=mine|theirs"
            )
        case .syncErrorStoreIsServer:
            LocalizedText(
                zh: "sync 同步的是本机的数据目录与服务器；--store 指向的 {store} 本身就是服务器。请用 --store 目录 sync postgresql://…。",
                en:
                    "sync brings a local data directory and a server into step; --store names {store}, which is itself a server. Use --store DIR sync postgresql://…."
            )
        case .syncErrorUnknownAction:
            LocalizedText(
                zh: "sync 后面的“{word}”不认识；可用：postgresql://… 地址、status、conflicts、resolve。",
                en: "“{word}” after sync is not known; accepted: a postgresql://… URL, status, conflicts, resolve.")
        case .syncErrorNotURL:
            LocalizedText(
                zh: "地址 {url} 不是 postgresql:// 或 postgres:// 开头的服务器地址。",
                en: "The URL {url} is not a server address starting with postgresql:// or postgres://.")
        case .syncErrorNoLink:
            LocalizedText(
                zh: "这个数据目录还没有关联服务器：第一次请写出地址，如 ecovol --store 目录 sync postgresql://用户@主机/数据库。",
                en:
                    "This data directory is not linked to a server yet: the first time, give the URL, e.g. ecovol --store DIR sync postgresql://user@host/database."
            )
        case .syncErrorOtherServer:
            LocalizedText(
                zh: "这个数据目录已与 {old} 同步过，不能改为与另一个服务器 {new} 同步（两边的改动编号对不上）。请为新服务器另用一个数据目录。",
                en:
                    "This data directory has synced with {old}; it cannot switch to another server {new} (the change numbers would not match). Use another data directory for the new server."
            )
        case .syncErrorNotInstalled:
            LocalizedText(
                zh: "服务器 {server} 还没有离线同步所需的表：请省级管理员运行一次 ecovol --store postgresql://… store init。",
                en:
                    "The server {server} lacks the tables offline sync needs: the province's administrator runs ecovol --store postgresql://… store init once."
            )
        case .syncErrorBadState:
            LocalizedText(
                zh: "同步记录文件 {path} 无法读取（已损坏）；请从备份恢复，或把它移走后重新 sync（已推送的改动不会重复）。",
                en:
                    "The sync record {path} cannot be read (it is damaged); restore it from a backup, or move it away and sync again (pushed changes are not duplicated)."
            )
        case .syncErrorInterrupted:
            LocalizedText(
                zh: "同步中断：与服务器 {server} 的连接断开了（{reason}）。已完成的部分已记下；联网后再运行 ecovol sync 即可继续，不会重复，也不会丢失。",
                en:
                    "Sync interrupted: the connection to {server} was lost ({reason}). What was done is recorded; run ecovol sync again when online to carry on, with nothing duplicated or lost."
            )
        case .syncErrorNoAnswer:
            LocalizedText(
                zh: "同步中断：服务器 {server} 在 {seconds} 秒内没有应答，已断开连接。已完成的部分已记下；服务器恢复后再运行 ecovol sync 即可继续，不会重复，也不会丢失。",
                en:
                    "Sync interrupted: the server {server} did not answer within {seconds} s, so the connection was closed. What was done is recorded; run ecovol sync again once the server answers to carry on, with nothing duplicated or lost."
            )
        case .syncErrorResolveUsage:
            LocalizedText(
                zh: "用法：sync resolve 编号 keep=mine|theirs（编号见 sync conflicts）。",
                en: "Usage: sync resolve ID keep=mine|theirs (the IDs are listed by sync conflicts).")
        case .syncErrorUnknownConflict:
            LocalizedText(
                zh: "编号（ID）{id} 不是待处理的冲突；待处理的有：{open}。",
                en: "The ID {id} is not an open conflict; open ones: {open}.")
        case .syncErrorBadKeep:
            LocalizedText(
                zh: "字段 keep 的值“{value}”无效；可用：keep=mine（保留本机版本）或 keep=theirs（保留服务器上的版本）。",
                en:
                    "The field keep has the value “{value}”, which is not accepted; use keep=mine (this laptop's version) or keep=theirs (the server's)."
            )
        case .syncProgressPush: LocalizedText(zh: "推送", en: "Push")
        case .syncProgressPull: LocalizedText(zh: "拉取", en: "Pull")
        case .syncDone:
            LocalizedText(
                zh: "已与 {link} 同步：推送 {pushed} 个改动（服务器已有 {already} 个），拉取 {pulled} 个改动，本机写入 {records} 条记录。",
                en:
                    "Synced with {link}: pushed {pushed} changes ({already} already on the server), pulled {pulled} changes, {records} records written here."
            )
        case .syncRefusedCount:
            LocalizedText(
                zh: "服务器拒绝了 {count} 个改动（本办公室无权修改）；这些改动保留在本机，列为冲突。",
                en:
                    "The server refused {count} changes (this office may not make them); they stay on this laptop, listed as conflicts."
            )
        case .syncConflictsOpen:
            LocalizedText(
                zh: "有 {count} 个冲突待处理：ecovol --store {store} sync conflicts",
                en: "{count} conflicts to settle: ecovol --store {store} sync conflicts")
        case .syncPasswordNotKept:
            LocalizedText(
                zh: "地址中的密码没有保存；下次直接 sync 时请用 PGPASSWORD 或 ~/.pgpass 提供密码。",
                en:
                    "The password in the URL is not kept; for a bare sync next time, give it through PGPASSWORD or ~/.pgpass."
            )
        case .syncStatusNotLinked:
            LocalizedText(
                zh: "数据目录 {store} 还没有与服务器同步过；用 ecovol --store {store} sync postgresql://… 开始。",
                en:
                    "The data directory {store} has never synced with a server; start with ecovol --store {store} sync postgresql://…."
            )
        case .syncStatusLink: LocalizedText(zh: "服务器：{link}", en: "Server: {link}")
        case .syncStatusLast: LocalizedText(zh: "上次同步：{time}（北京时间）", en: "Last sync: {time} (China time)")
        case .syncStatusNever: LocalizedText(zh: "上次同步：尚未完成过", en: "Last sync: none completed yet")
        case .syncStatusWaiting: LocalizedText(zh: "待推送的改动：{count} 个", en: "Changes waiting to push: {count}")
        case .syncStatusConflicts: LocalizedText(zh: "待处理的冲突：{count} 个", en: "Open conflicts: {count}")
        case .syncConflictsNone: LocalizedText(zh: "没有待处理的同步冲突。", en: "No open sync conflicts.")
        case .syncConflictsConcurrent:
            LocalizedText(
                zh: "#{id} {record}：两边都改过（本机改动 #{local}，服务器改动 #{server}）；按服务器顺序，本机版本为现行版本。",
                en:
                    "#{id} {record}: changed on both sides (local change #{local}, server change #{server}); in the server's order this laptop's version stands."
            )
        case .syncConflictsRefused:
            LocalizedText(
                zh: "#{id} {record}：服务器拒绝了本机改动 #{local}（{reason}）；本机版本保留在本机。",
                en:
                    "#{id} {record}: the server refused local change #{local} ({reason}); this laptop keeps its version."
            )
        case .syncConflictsMine: LocalizedText(zh: "本机：", en: "mine:  ")
        case .syncConflictsTheirs: LocalizedText(zh: "对方：", en: "theirs:")
        case .syncConflictsAbsent: LocalizedText(zh: "（没有这条记录）", en: "(no such record)")
        case .syncConflictsHint:
            LocalizedText(
                zh: "处理：sync resolve {id} keep=mine 或 keep=theirs",
                en: "settle: sync resolve {id} keep=mine or keep=theirs"
            )
        case .syncResolvedMine:
            LocalizedText(
                zh: "冲突 #{id} 已处理：保留本机版本的 {record}（本机改动 #{seq}，下次同步时推送）。",
                en:
                    "Conflict #{id} settled: this laptop's version of {record} kept (local change #{seq}, pushed at the next sync)."
            )
        case .syncResolvedTheirs:
            LocalizedText(
                zh: "冲突 #{id} 已处理：采用服务器版本的 {record}（本机改动 #{seq}，下次同步时推送）。",
                en:
                    "Conflict #{id} settled: the server's version of {record} taken (local change #{seq}, pushed at the next sync)."
            )
        case .syncGreetingWaiting:
            LocalizedText(
                zh: "有 {count} 个改动尚未同步到 {link}；联网后运行 ecovol sync。",
                en: "{count} changes not yet synced to {link}; run ecovol sync when online.")
        case .syncGreetingConflicts:
            LocalizedText(
                zh: "有 {count} 个同步冲突待处理：ecovol sync conflicts。",
                en: "{count} sync conflicts to settle: ecovol sync conflicts.")
        }
    }
}

/// The message `key` with its `{placeholders}` filled in: `L(.helpTitle)`, `L(.runnerUnknownCommand, ["command": name])`.
// swift-format-ignore: AlwaysUseLowerCamelCase
package func L(_ key: MessageKey, _ arguments: [String: String] = [:]) -> LocalizedText {
    key.text.formatted(arguments)
}
