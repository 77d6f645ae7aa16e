extension MessageCatalog {
    /// Messages of the knowledge area: loading and checking entries, answers, lists.
    static let knowledge: [String: LocalizedText] = [
        // Checking knowledge files
        "kb.check.error": LocalizedText(zh: "错误", en: "error"),
        "kb.check.warning": LocalizedText(zh: "提示", en: "warning"),
        "kb.check.summary": LocalizedText(
            zh: "已检查 {directories}：可用条目 {entries} 条，错误 {errors} 个，提示 {warnings} 个。",
            en: "Checked {directories}: {entries} usable entries, {errors} errors, {warnings} warnings."),
        "kb.check.clean": LocalizedText(
            zh: "知识库没有发现问题（{entries} 条）。", en: "No problems found in the knowledge base ({entries} entries)."),
        "kb.check.hint": LocalizedText(
            zh: "有错误的条目不会被加载；格式说明见 knowledge/FORMAT.md。",
            en: "Entries with errors are not loaded; see knowledge/FORMAT.md for the format."),
        "kb.issue.noDirectory": LocalizedText(
            zh: "知识库目录不存在或不是目录。", en: "The knowledge folder does not exist or is not a folder."),
        "kb.issue.unreadable": LocalizedText(zh: "无法读取这个文件。", en: "The file cannot be read."),
        "kb.issue.notUTF8": LocalizedText(zh: "文件不是 UTF-8 编码的文本。", en: "The file is not UTF-8 text."),
        "kb.issue.noFrontMatter": LocalizedText(
            zh: "文件必须以一行 --- 开头，接着是 YAML 字段，再用一行 --- 结束，然后是正文。",
            en: "The file must start with a line ---, then the YAML fields, a closing line ---, then the body."),
        "kb.issue.unclosedFrontMatter": LocalizedText(
            zh: "YAML 字段区没有用一行 --- 结束。", en: "The YAML front matter is not closed by a line ---."),
        "kb.issue.yaml": LocalizedText(zh: "YAML 写法有误：{problem}", en: "Invalid YAML: {problem}"),
        "kb.issue.notMapping": LocalizedText(
            zh: "YAML 字段区应是“字段: 值”的列表。", en: "The front matter must be a list of \"field: value\" lines."),
        "kb.issue.duplicateField": LocalizedText(
            zh: "字段 {field} 出现了不止一次。", en: "The field {field} appears more than once."),
        "kb.issue.unknownField": LocalizedText(
            zh: "未知字段 {field}（可用字段：{accepted}）。", en: "Unknown field {field} (accepted: {accepted})."),
        "kb.issue.missingField": LocalizedText(zh: "缺少必填字段 {field}。", en: "The required field {field} is missing."),
        "kb.issue.emptyField": LocalizedText(zh: "字段 {field} 不能为空。", en: "The field {field} must not be empty."),
        "kb.issue.notText": LocalizedText(zh: "字段 {field} 应是一段文字。", en: "The field {field} must be text."),
        "kb.issue.notList": LocalizedText(
            zh: "字段 {field} 应是列表，如 [a, b]。", en: "The field {field} must be a list such as [a, b]."),
        "kb.issue.unknownValue": LocalizedText(
            zh: "{field} 的值“{value}”无效（可用：{accepted}）。",
            en: "{field}: \"{value}\" is not accepted (accepted: {accepted})."),
        "kb.issue.unknownTopic": LocalizedText(
            zh: "主题“{value}”不在 topics.yaml 中（可用：{accepted}）。",
            en: "The topic \"{value}\" is not in topics.yaml (accepted: {accepted})."),
        "kb.issue.badId": LocalizedText(
            zh: "id“{value}”只能用小写字母、数字和连字符。",
            en: "The id \"{value}\" may only use lower-case letters, digits and hyphens."),
        "kb.issue.idPrefix": LocalizedText(
            zh: "id“{id}”应以“{kind}-”开头。", en: "The id \"{id}\" should start with \"{kind}-\"."),
        "kb.issue.idFileMismatch": LocalizedText(
            zh: "id“{id}”与文件名“{file}”不一致（文件名应为 id 加 .md）。",
            en: "The id \"{id}\" does not match the file name \"{file}\" (it should be the id plus .md)."),
        "kb.issue.duplicateId": LocalizedText(
            zh: "id“{id}”重复，已在 {other} 中使用；这个文件被跳过。",
            en: "The id \"{id}\" is already used by {other}; this file is skipped."),
        "kb.issue.keywordLanguages": LocalizedText(
            zh: "keywords 应至少各有一个中文词和英文词。", en: "keywords should include at least one Chinese and one English word."),
        "kb.issue.badDate": LocalizedText(
            zh: "{field} 的值“{value}”不是有效日期（格式 YYYY-MM-DD）。",
            en: "{field}: \"{value}\" is not a valid date (YYYY-MM-DD)."),
        "kb.issue.badMinutes": LocalizedText(
            zh: "minutes 的值“{value}”无效，应为 1 到 1440 的整数。",
            en: "minutes: \"{value}\" is not valid; expected a whole number from 1 to 1440."),
        "kb.issue.dateRuleCount": LocalizedText(
            zh: "date 条目必须且只能有 day、month、nth_weekday、years 中的一个。",
            en: "A date entry needs exactly one of day, month, nth_weekday, years."),
        "kb.issue.dayOnOtherKind": LocalizedText(
            zh: "字段 {field} 只用于 date 条目，这里会被忽略。", en: "The field {field} is only for date entries and is ignored here."),
        "kb.issue.badDay": LocalizedText(
            zh: "day 的值“{value}”无效，应为带引号的 \"MM-DD\"，如 \"06-05\"。",
            en: "day: \"{value}\" is not valid; expected a quoted \"MM-DD\" such as \"06-05\"."),
        "kb.issue.badMonth": LocalizedText(
            zh: "month 的值“{value}”无效，应为 1 到 12。", en: "month: \"{value}\" is not valid; expected 1 to 12."),
        "kb.issue.badNthWeekday": LocalizedText(
            zh: "nth_weekday 应给出 month、weekday（1=周一…7=周日）和 n（1–5），如第三个周六：month: 9, weekday: 6, n: 3。",
            en: "nth_weekday needs month, weekday (1=Monday…7=Sunday) and n (1–5), e.g. month: 9, weekday: 6, n: 3."),
        "kb.issue.badYears": LocalizedText(
            zh: "years 应写成 年份: \"YYYY-MM-DD\" 的映射。", en: "years must map each year to \"YYYY-MM-DD\"."),
        "kb.issue.badYearDate": LocalizedText(
            zh: "years 中的“{value}”无效：日期须为该年的 YYYY-MM-DD。",
            en: "years: \"{value}\" is not valid; the date must be YYYY-MM-DD in that year."),
        "kb.issue.yearsWithoutRule": LocalizedText(
            zh: "按年份列出日期的条目应同时写 rule，说明日期怎么定。",
            en: "An entry with years should also give rule, saying how the day is set."),
        "kb.issue.emptyBody": LocalizedText(zh: "正文是空的。", en: "The body is empty."),
        "kb.issue.bodyLength": LocalizedText(
            zh: "正文有 {count} 个汉字；{kind} 条目应为 {min}–{max} 个汉字（便于口头讲述）。",
            en: "The body has {count} Chinese characters; a {kind} entry should have {min}–{max} (so it can be spoken)."
        ),
        "kb.issue.topicsShape": LocalizedText(
            zh: "topics.yaml 应把每个主题映射到 zh（中文名）和 en（英文名）。", en: "topics.yaml must map each topic to its zh and en names."
        ),
        "kb.issue.badTopic": LocalizedText(
            zh: "主题“{value}”写法有误：slug 用小写字母、数字和连字符，并给出 zh 和 en 名称。",
            en: "The topic \"{value}\" is malformed: use a lower-case slug with zh and en names."),
        "kb.issue.synonymsShape": LocalizedText(
            zh: "synonyms.yaml 应包含 groups 和 one_way 两个列表。", en: "synonyms.yaml must hold the lists groups and one_way."),
        "kb.issue.badSynonymGroup": LocalizedText(
            zh: "同义词组应是至少两个词的列表。", en: "A synonym group must be a list of at least two terms."),
        "kb.issue.badSynonymRule": LocalizedText(
            zh: "单向同义词应有 from 和 to 两个词表。", en: "A one-way synonym needs the term lists from and to."),
        "kb.issue.badSynonymWeight": LocalizedText(
            zh: "同义词的 weight 应是大于 0、不超过 1 的数（如 0.6）。",
            en: "A synonym weight must be a number above 0 and at most 1 (e.g. 0.6)."),
        // Accepted values
        "kb.accepted.kinds": LocalizedText(zh: "可选类型：{kinds}", en: "Accepted kinds: {kinds}"),
        "kb.accepted.audiences": LocalizedText(
            zh: "可选对象：{audiences}（也可写 学校、村民、企业 等）", en: "Accepted audiences: {audiences}"),
        "kb.accepted.topics": LocalizedText(
            zh: "可选主题：{topics}（也可写中文名，见 /topics）", en: "Accepted topics: {topics} (or their names, see /topics)"),
        "kb.accepted.actions": LocalizedText(
            zh: "可选：stats（统计）、check（检查）或 review（待复核）。", en: "Accepted: stats, check or review."),
        // Answers
        "kb.ask.accepted": LocalizedText(
            zh: "请输入问题或关键词，如“垃圾分类怎么分”。", en: "Type a question or keywords, e.g. \"how to sort waste\"."),
        "kb.ask.noMatch": LocalizedText(
            zh: "知识库里没有找到关于“{question}”的内容。", en: "Nothing in the knowledge base is about \"{question}\"."),
        "kb.ask.suggestions": LocalizedText(
            zh: "最接近的条目（仅供参考，不是这个问题的答案）：", en: "Closest entries (suggestions only, not an answer to this question):"),
        "kb.ask.suggestionsHint": LocalizedText(
            zh: "输入序号打开，或换个说法再问。", en: "Type a number to open one, or ask another way."),
        "kb.ask.outlineHint": LocalizedText(
            zh: "要整理成一堂课的提纲，可以输入：{line}", en: "To draft a whole talk from this, type: {line}"),
        "kb.ask.tryTopics": LocalizedText(
            zh: "知识库的主题有：{topics}。输入 /topics 查看全部。", en: "Topics covered: {topics}. Type /topics for all."),
        "kb.ask.followUp": LocalizedText(
            zh: "按“{audience}”重新排序“{question}”的结果：", en: "Results for \"{question}\" re-ranked for {audience}:"),
        "kb.answer.day": LocalizedText(zh: "日期", en: "Date"),
        "kb.answer.nextOn": LocalizedText(zh: "（下一次：{date}，还有 {days} 天）", en: " (next: {date}, in {days} days)"),
        "kb.answer.suits": LocalizedText(zh: "适合", en: "Suits"),
        "kb.answer.materials": LocalizedText(zh: "材料", en: "Materials"),
        "kb.answer.minutes": LocalizedText(zh: "用时", en: "Time"),
        "kb.answer.minutesValue": LocalizedText(zh: "约 {minutes} 分钟", en: "about {minutes} minutes"),
        "kb.answer.audiences": LocalizedText(zh: "对象", en: "Audiences"),
        "kb.answer.source": LocalizedText(zh: "来源", en: "Source"),
        "kb.answer.related": LocalizedText(zh: "相关条目：", en: "Related:"),
        "kb.answer.relatedHint": LocalizedText(
            zh: "输入序号打开，输入“更多”看更多结果。", en: "Type a number to open one, or \"more\" for further results."),
        "kb.more.noThread": LocalizedText(
            zh: "还没有提问。先输入一个问题，再输入“更多”。", en: "There is no question yet. Ask one first, then type \"more\"."),
        "kb.more.none": LocalizedText(zh: "“{question}”没有更多结果了。", en: "No more results for \"{question}\"."),
        "kb.more.title": LocalizedText(zh: "“{question}”的更多结果：", en: "More results for \"{question}\":"),
        "kb.open.noList": LocalizedText(
            zh: "没有可以按序号打开的列表。先提问或输入 /tips。",
            en: "There is no numbered list to open from. Ask a question or type /tips first."),
        "kb.show.accepted": LocalizedText(
            zh: "请给出条目 id，如 /show fact-pm25；Tab 键可补全。",
            en: "Give an entry id such as /show fact-pm25; Tab completes ids."),
        "kb.show.unknown": LocalizedText(zh: "没有 id 为“{id}”的条目。", en: "There is no entry with the id \"{id}\"."),
        // Lists
        "kb.topics.title": LocalizedText(zh: "知识库主题", en: "Knowledge topics"),
        "kb.topics.slug": LocalizedText(zh: "主题", en: "Topic"),
        "kb.topics.zh": LocalizedText(zh: "中文名", en: "Chinese"),
        "kb.topics.en": LocalizedText(zh: "英文名", en: "English"),
        "kb.topics.count": LocalizedText(zh: "条目", en: "Entries"),
        "kb.topics.hint": LocalizedText(
            zh: "/tips 主题 或 /points 主题 按主题列出条目。", en: "/tips TOPIC or /points TOPIC lists entries of a topic."),
        "kb.list.title": LocalizedText(zh: "{kind}{topic}：{count} 条", en: "{kind}s{topic}: {count}"),
        "kb.list.empty": LocalizedText(zh: "没有符合的条目。", en: "No matching entries."),
        "kb.list.id": LocalizedText(zh: "编号", en: "Id"),
        "kb.list.entryTitle": LocalizedText(zh: "标题", en: "Title"),
        "kb.list.hint": LocalizedText(zh: "输入 /show 编号 查看全文。", en: "Type /show ID to read one."),
        "kb.tip.title": LocalizedText(zh: "今日贴士（{date}）", en: "Tip of the day ({date})"),
        "kb.tip.none": LocalizedText(zh: "知识库里还没有低碳小贴士。", en: "The knowledge base has no tips yet."),
        "kb.dates.title": LocalizedText(zh: "即将到来的环境纪念日（今天 {date}）", en: "Upcoming environmental days (today {date})"),
        "kb.dates.date": LocalizedText(zh: "日期", en: "Date"),
        "kb.dates.left": LocalizedText(zh: "还有", en: "In"),
        "kb.dates.today": LocalizedText(zh: "就是今天", en: "today"),
        "kb.dates.inDays": LocalizedText(zh: "{days} 天", en: "{days} days"),
        "kb.dates.none": LocalizedText(zh: "知识库里还没有纪念日条目。", en: "The knowledge base has no environmental days yet."),
        "kb.greeting.tip": LocalizedText(zh: "今日贴士：", en: "Tip of the day: "),
        "kb.greeting.nextDay": LocalizedText(
            zh: "下一个环境纪念日：{title}，{date}，还有 {days} 天。", en: "Next environmental day: {title}, {date}, in {days} days."),
        "kb.greeting.today": LocalizedText(zh: "今天是 {title}（{date}）。", en: "Today is {title} ({date})."),
        // Statistics
        "kb.stats.title": LocalizedText(zh: "知识库统计", en: "Knowledge base statistics"),
        "kb.stats.entries": LocalizedText(zh: "条目", en: "Entries"),
        "kb.stats.topics": LocalizedText(zh: "主题", en: "Topics"),
        "kb.stats.synonyms": LocalizedText(zh: "同义词组", en: "Synonym groups"),
        "kb.stats.directories": LocalizedText(zh: "目录", en: "Folders"),
        "kb.stats.issues": LocalizedText(zh: "问题", en: "Problems"),
        "kb.stats.issueCounts": LocalizedText(
            zh: "错误 {errors} 个，提示 {warnings} 个（/kb check 查看）",
            en: "{errors} errors, {warnings} warnings (see /kb check)"),
        "kb.stats.index": LocalizedText(zh: "索引", en: "Index"),
        "kb.stats.indexSize": LocalizedText(
            zh: "{tokens} 个词项，{postings} 条倒排记录", en: "{tokens} terms, {postings} postings"),
        "kb.stats.timing": LocalizedText(zh: "耗时", en: "Time"),
        "kb.stats.timingValue": LocalizedText(
            zh: "加载 {load} 毫秒，建索引 {index} 毫秒", en: "load {load} ms, index {index} ms"),
    ]
}
