extension MessageCatalog {
    /// Messages of the reports area: reports, stars, nominations, the record check,
    /// certificates, service records, talk outlines and exports.
    static let reports: [String: LocalizedText] = reportFigures.merging(certificates) { a, _ in a }.merging(outlines) {
        a, _ in a
    }.merging(exports) { a, _ in a }
        .merging(printedDocuments) { a, _ in a }

    static let reportFigures: [String: LocalizedText] = [
        "reports.accepted.period": LocalizedText(
            zh:
                "可用：2026、2026-06、2026年6月、2026-Q2、this-month、last-month、this-quarter、this-year、last-year、all（或 本月、上月、本季度、今年、去年、全部），也可用 from= 和 to=。",
            en:
                "Accepted: 2026, 2026-06, 2026-Q2, this-month, last-month, this-quarter, this-year, last-year, all, or from= and to=."
        ),
        "reports.accepted.toAfterFrom": LocalizedText(
            zh: "截止日期不能早于起始日期 {from}。", en: "The end date cannot be before the start date {from}."),
        "reports.accepted.thresholds": LocalizedText(
            zh: "可用：五个正数，用逗号分隔，依次为一至五星的小时数，如 100,300,600,1000,1500。",
            en:
                "Accepted: five positive numbers, comma-separated, the hours for one to five stars, e.g. 100,300,600,1000,1500."
        ),
        "reports.allTime": LocalizedText(zh: "全部时间", en: "all time"),
        "reports.unspecified": LocalizedText(zh: "未填写", en: "not given"),
        "reports.report.title": LocalizedText(zh: "生态环境志愿服务活动报告", en: "Eco-environment volunteer service report"),
        "reports.sessions": LocalizedText(zh: "活动场次", en: "Sessions"),
        "reports.sessionCounts": LocalizedText(
            zh: "{total} 场（已完成 {done}，计划中 {planned}；另有取消 {cancelled}）",
            en: "{total} ({done} done, {planned} planned; {cancelled} cancelled besides)"),
        "reports.reached": LocalizedText(zh: "覆盖群众", en: "People reached"),
        "reports.volunteers": LocalizedText(zh: "参与志愿者（人）", en: "Volunteers (distinct)"),
        "reports.hours": LocalizedText(zh: "志愿服务时长（小时）", en: "Volunteer service hours"),
        "reports.rating": LocalizedText(zh: "平均评价", en: "Average rating"),
        "reports.ratedOf": LocalizedText(zh: "（{count} 场有评价）", en: " ({count} rated)"),
        "reports.breakdown": LocalizedText(zh: "分类统计", en: "Breakdown"),
        "reports.byType": LocalizedText(zh: "按服务类型", en: "By service type"),
        "reports.byAudience": LocalizedText(zh: "按服务对象", en: "By audience setting"),
        "reports.byCity": LocalizedText(zh: "按市州", en: "By city"),
        "reports.byMonth": LocalizedText(zh: "按月份", en: "By month"),
        "reports.monthTable": LocalizedText(zh: "每月活动与时长", en: "Sessions and hours per month"),
        "reports.chart.sessions": LocalizedText(zh: "每月活动场次", en: "Sessions per month"),
        "reports.chart.hours": LocalizedText(zh: "每月志愿服务时长（小时）", en: "Volunteer hours per month"),
        "reports.noSessions": LocalizedText(zh: "这一期间没有符合条件的活动。", en: "No sessions match in this period."),
        "reports.trainings": LocalizedText(
            zh: "{year} 年各市州培训（每个市州每年至少一次）", en: "Trainings per city in {year} (at least one a year each)"),
        "reports.trainingsOK": LocalizedText(zh: "各市州都已至少举办一次培训。", en: "Every city has held at least one training."),
        "reports.trainingsBelow": LocalizedText(
            zh: "{count} 个市州今年还没有举办培训：{cities}。", en: "{count} cities have not held a training this year: {cities}."),
        "reports.insurance": LocalizedText(zh: "志愿者保险", en: "Volunteer insurance"),
        "reports.insuranceOK": LocalizedText(
            zh: "有志愿者参加的活动都已登记保险。", en: "Every session with volunteers has insurance recorded."),
        "reports.insuranceMissing": LocalizedText(
            zh: "{count} 场有志愿者参加的活动未登记保险（《志愿服务条例》第十七条）：",
            en: "Sessions with volunteers but no insurance recorded (Volunteer Service Regulations art. 17): {count}"),
        "reports.days": LocalizedText(zh: "期间内的环境纪念日", en: "Environmental days in the period"),
        "reports.noDays": LocalizedText(
            zh: "这一期间没有环境纪念日（或知识库未载入）。",
            en: "No environmental days in this period (or the knowledge base is not loaded)."),
        "reports.nothingScheduled": LocalizedText(zh: "未安排活动", en: "nothing scheduled"),
        "reports.col.sessions": LocalizedText(zh: "场次", en: "Sessions"),
        "reports.col.hours": LocalizedText(zh: "服务时长", en: "Hours"),
        "reports.col.month": LocalizedText(zh: "月份", en: "Month"),
        "reports.col.held": LocalizedText(zh: "已举办", en: "Held"),
        "reports.col.planned": LocalizedText(zh: "计划中", en: "Planned"),
        "reports.col.date": LocalizedText(zh: "日期", en: "Date"),
        "reports.col.day": LocalizedText(zh: "纪念日", en: "Day"),
        "reports.col.scheduled": LocalizedText(zh: "安排的活动", en: "Sessions scheduled"),
        "reports.col.before": LocalizedText(zh: "期初星级", en: "Stars before"),
        "reports.col.toNext": LocalizedText(zh: "距下一星", en: "To next star"),
        "reports.col.evaluation": LocalizedText(zh: "评价", en: "Evaluation"),
        "reports.col.hoursYear": LocalizedText(zh: "年度时长", en: "Hours in year"),
        "reports.col.totalHours": LocalizedText(zh: "累计时长", en: "Total hours"),
        "reports.col.span": LocalizedText(zh: "服务起止", en: "First – last"),
        "reports.col.length": LocalizedText(zh: "活动时长", en: "Length (h)"),
        "reports.stars.title": LocalizedText(zh: "志愿者星级认定", en: "Volunteer star levels"),
        "reports.stars.scale": LocalizedText(
            zh: "一至五星标准：{thresholds} 小时", en: "One to five stars at {thresholds} hours"),
        "reports.stars.byLevel": LocalizedText(zh: "各星级人数", en: "People per level"),
        "reports.stars.people": LocalizedText(zh: "志愿者（按时长）", en: "Volunteers by hours"),
        "reports.stars.none": LocalizedText(zh: "还没有记入服务时长的志愿者。", en: "No volunteer has credited hours yet."),
        "reports.stars.crossed": LocalizedText(zh: "本期升星", en: "Moved up in the period"),
        "reports.stars.noneCrossed": LocalizedText(zh: "本期没有人升星。", en: "Nobody moved up a level in the period."),
        "reports.nominate.title": LocalizedText(zh: "{year} 年推选候选名单", en: "Nomination candidates for {year}"),
        "reports.nominate.volunteers": LocalizedText(
            zh: "百名生态环境志愿者候选（按年度时长、场次、评价）", en: "100 eco volunteers: candidates by hours, sessions and evaluation"),
        "reports.nominate.cases": LocalizedText(
            zh: "十佳公众参与案例候选（按覆盖人数、评价）", en: "10 best public participation cases: candidates by reach and rating"),
        "reports.nominate.noVolunteers": LocalizedText(
            zh: "这一年没有记入时长的志愿者。", en: "No volunteer has credited hours in this year."),
        "reports.nominate.noCases": LocalizedText(zh: "这一年没有已完成的活动。", en: "No session was held in this year."),
        "reports.nominate.note": LocalizedText(
            zh: "名单按记录排序，仅供推荐参考；推选前请核实事迹并征得本人同意后再公示个人信息。",
            en:
                "Ranked from the records as a starting point; check each case and ask consent before publishing personal details."
        ),
        "check.title": LocalizedText(zh: "记录检查", en: "Record check"),
        "check.summary": LocalizedText(zh: "发现 {count} 个问题", en: "{count} findings"),
        "check.allGood": LocalizedText(zh: "没有发现问题，可以导出。", en: "No problems found; ready to export."),
        "check.col.record": LocalizedText(zh: "记录", en: "Record"),
        "check.col.detail": LocalizedText(zh: "问题", en: "Problem"),
        "check.col.fix": LocalizedText(zh: "修正方法", en: "Fix"),
        "check.kind.missing_leader": LocalizedText(zh: "缺少负责人", en: "No person in charge"),
        "check.kind.missing_recorder": LocalizedText(zh: "缺少记录人", en: "No recorder"),
        "check.kind.hours_above_length": LocalizedText(zh: "服务时长超过活动时长", en: "Hours above the session's length"),
        "check.kind.overlapping": LocalizedText(zh: "同一人时间重叠", en: "One person in overlapping sessions"),
        "check.kind.past_planned": LocalizedText(zh: "已过期仍为计划中", en: "Past sessions still planned"),
        "check.kind.duplicate_people": LocalizedText(zh: "疑似重复人员", en: "Likely duplicate people"),
        "check.kind.uninsured": LocalizedText(zh: "志愿者未登记保险", en: "Volunteers without insurance"),
        "check.detail.session": LocalizedText(zh: "{id}「{title}」（{date}）", en: "{id} “{title}” ({date})"),
        "check.detail.hours": LocalizedText(
            zh: "{name} 在 {id}「{title}」记了 {hours} 小时，活动只有 {length} 小时",
            en: "{name} has {hours} h at {id} “{title}”, which lasted {length} h"),
        "check.detail.overlap": LocalizedText(
            zh: "{name} 同时登记在 {a} 和 {b}（{when} 起重叠）",
            en: "{name} is logged at both {a} and {b} (overlapping from {when})"),
        "check.detail.duplicate": LocalizedText(zh: "可能是同一人：{people}", en: "Probably one person: {people}"),
        "check.detail.uninsured": LocalizedText(
            zh: "{id}「{title}」（{date}）有 {count} 人参加，未登记保险",
            en: "{id} “{title}” ({date}) has {count} people and no insurance recorded"),
    ]

    static let certificates: [String: LocalizedText] = [
        "certificate.title": LocalizedText(zh: "志愿服务证明", en: "Certificate of Volunteer Service"),
        "certificate.block.identity": LocalizedText(zh: "一、志愿者身份信息", en: "1. Volunteer identity"),
        "certificate.block.service": LocalizedText(zh: "二、志愿服务信息", en: "2. Volunteer service"),
        "certificate.block.issuer": LocalizedText(zh: "三、出具单位信息", en: "3. Issuing organisation"),
        "certificate.block.other": LocalizedText(zh: "四、其他信息", en: "4. Other"),
        "certificate.idType": LocalizedText(zh: "证件类型", en: "ID type"),
        "certificate.idCard": LocalizedText(zh: "居民身份证", en: "Resident identity card"),
        "certificate.idNone": LocalizedText(zh: "未登记（经本人同意后登记）", en: "Not recorded (recorded only with consent)"),
        "certificate.idNumber": LocalizedText(zh: "证件号码", en: "ID number"),
        "certificate.volunteerNumber": LocalizedText(zh: "志愿者编号", en: "Volunteer number"),
        "certificate.servicePeriod": LocalizedText(zh: "服务时间段", en: "Service period"),
        "certificate.serviceHours": LocalizedText(zh: "服务时长", en: "Service hours"),
        "certificate.hoursValue": LocalizedText(
            zh: "{hours} 小时（实际服务时间，不含往返路途）", en: "{hours} hours (actual service time, travel excluded)"),
        "certificate.serviceCount": LocalizedText(zh: "服务次数", en: "Times served"),
        "certificate.serviceContent": LocalizedText(zh: "服务内容", en: "Service content"),
        "certificate.details": LocalizedText(zh: "服务明细", en: "Service details"),
        "certificate.col.activity": LocalizedText(zh: "活动名称", en: "Activity"),
        "certificate.col.place": LocalizedText(zh: "地点", en: "Place"),
        "certificate.col.content": LocalizedText(zh: "服务内容", en: "Content"),
        "certificate.issuerName": LocalizedText(zh: "出具单位", en: "Organisation"),
        "certificate.issuerHead": LocalizedText(zh: "单位负责人", en: "Person in charge"),
        "certificate.issuerHandler": LocalizedText(zh: "经办人", en: "Handler"),
        "certificate.issuerContact": LocalizedText(zh: "联系方式", en: "Contact"),
        "certificate.number": LocalizedText(zh: "证明编号", en: "Certificate number"),
        "certificate.issued": LocalizedText(zh: "出具日期", en: "Date of issue"),
        "certificate.notes": LocalizedText(zh: "备注", en: "Notes"),
        "certificate.notesText": LocalizedText(
            zh: "依据服务记录出具（谁记录谁证明），免费出具。服务时长为实际服务时间，不含往返路途时间。如记录有误，志愿者可申请更正。",
            en:
                "Issued from the service records (whoever records certifies), free of charge. Hours are actual service time, travel excluded. A volunteer may ask for errors to be corrected."
        ),
        "certificate.seal": LocalizedText(zh: "（单位公章）", en: "(official seal)"),
        "certificate.noService": LocalizedText(
            zh: "{name} 在 {period} 没有记入的服务时长，无法出具证明。可用 /record 查看其服务记录，或调整 from= / to=。",
            en:
                "{name} has no credited service in {period}; there is nothing to certify. See /record, or change from= / to=."
        ),
        "certificate.blankIssuer": LocalizedText(
            zh: "出具单位信息未填写（{fields}），已留空线供手写。",
            en: "Issuer details not given ({fields}); lines are left to fill in by hand."),
        "record.title": LocalizedText(zh: "志愿服务记录", en: "Volunteer service record"),
        "record.basic": LocalizedText(zh: "个人基本信息", en: "Basic information"),
        "record.sex": LocalizedText(zh: "性别", en: "Sex"),
        "record.birthMonth": LocalizedText(zh: "出生年月", en: "Birth month"),
        "record.contact": LocalizedText(zh: "联系方式", en: "Contact"),
        "record.consent": LocalizedText(zh: "信息使用同意", en: "Consent"),
        "record.service": LocalizedText(zh: "服务记录", en: "Service"),
        "record.recipient": LocalizedText(zh: "服务对象", en: "Recipients"),
        "record.noService": LocalizedText(zh: "还没有服务记录。", en: "No service recorded yet."),
        "record.trainings": LocalizedText(zh: "培训记录", en: "Trainings"),
        "record.trainingLevel": LocalizedText(zh: "培训层级", en: "Training level"),
        "record.noTrainings": LocalizedText(zh: "还没有参加培训的记录。", en: "No training recorded yet."),
        "record.summary": LocalizedText(zh: "时长、星级与评价", en: "Hours, stars and evaluation"),
        "record.correction": LocalizedText(
            zh: "记录应真实、准确、完整；如有错误，志愿者可要求组织者更正（民政部令第67号）。",
            en:
                "Records must be true, accurate and complete; a volunteer may ask the organiser to correct errors (MCA Order No. 67)."
        ),
    ]

    static let outlines: [String: LocalizedText] = [
        "outline.title": LocalizedText(zh: "面向{audience}的宣讲提纲", en: "Talk outline for a {audience} audience"),
        "outline.title.topic": LocalizedText(
            zh: "{topic}——面向{audience}的宣讲提纲", en: "{topic}: talk outline for a {audience} audience"),
        "outline.subtitle": LocalizedText(
            zh: "对象：{audience} · 时长：{minutes} 分钟", en: "Audience: {audience} · Length: {minutes} minutes"),
        "outline.partHeading": LocalizedText(zh: "{n}. {title}（{minutes} 分钟）", en: "{n}. {title} ({minutes} min)"),
        "outline.part.opening": LocalizedText(zh: "开场", en: "Opening"),
        "outline.part.point": LocalizedText(zh: "要点{n}：{title}", en: "Point {n}: {title}"),
        "outline.part.tips": LocalizedText(zh: "马上能做的小事", en: "Things to do right away"),
        "outline.part.activity": LocalizedText(zh: "互动活动", en: "Activity"),
        "outline.part.question": LocalizedText(zh: "互动提问", en: "Question for the audience"),
        "outline.part.closing": LocalizedText(zh: "结尾", en: "Closing"),
        "outline.opening.today": LocalizedText(zh: "今天是{day}，从这个日子说起。", en: "Today is {day}: start from the day."),
        "outline.opening.day": LocalizedText(
            zh: "再过 {days} 天就是{day}，从这个日子说起。", en: "{day} is {days} days away: start from the day."),
        "outline.opening.hook": LocalizedText(zh: "从身边的事引出主题：{title}。", en: "Lead in from everyday life: {title}."),
        "outline.opening.question": LocalizedText(zh: "先问大家：{question}", en: "Ask the room first: {question}"),
        "outline.fact": LocalizedText(zh: "事实：{fact}", en: "Fact: {fact}"),
        "outline.plain": LocalizedText(zh: "讲给{audience}听：{text}", en: "In plain words for {audience}: {text}"),
        "outline.howToSay": LocalizedText(zh: "讲法：{text}", en: "How to put it: {text}"),
        "outline.noTips": LocalizedText(
            zh: "结合本地情况，请大家说一件明天就能做的小事。", en: "Ask each person for one small thing they can do tomorrow."),
        "outline.activityShorter": LocalizedText(
            zh: "原活动约需 {full} 分钟，这里压缩到 {minutes} 分钟：只做一轮。",
            en: "The full activity takes about {full} minutes; do one round in {minutes}."),
        "outline.materials": LocalizedText(zh: "准备：{materials}", en: "Materials: {materials}"),
        "outline.askAudience": LocalizedText(zh: "请大家讨论：{question}", en: "Ask the audience: {question}"),
        "outline.defaultQuestion": LocalizedText(
            zh: "关于“{title}”，我们身边能做些什么？", en: "What can we do about “{title}” where we live?"),
        "outline.closing.recap": LocalizedText(zh: "回顾要点：{points}。", en: "Recap: {points}."),
        "outline.closing.action": LocalizedText(
            zh: "请大家从今天起做一件事：{tip}。", en: "Ask everyone to start with one thing today: {tip}."),
        "outline.closing.thanks": LocalizedText(
            zh: "感谢大家参与，欢迎加入生态环境志愿服务队伍。", en: "Thank everyone, and invite them to join eco-environment volunteering."),
        "outline.sources": LocalizedText(zh: "资料来源", en: "Sources"),
        "outline.noContent": LocalizedText(
            zh: "知识库里没有适合{audience}、主题“{topic}”的宣讲要点。换个主题试试，或用 /points 查看已有要点。",
            en:
                "The knowledge base has no talking points for {audience} on “{topic}”. Try another topic, or see /points."
        ),
        "outline.lengthClamped": LocalizedText(
            zh: "活动时长 {length} 分钟，提纲按 {minutes} 分钟编排。",
            en: "The session lasts {length} minutes; the outline uses {minutes}."),
    ]

    static let exports: [String: LocalizedText] = [
        "export.accepted.kinds": LocalizedText(
            zh: "可用：sessions（活动）、people（人员）、participation（参与记录）、hours（时长）、report（报告）、calendar（日历）。",
            en: "Accepted: sessions, people, participation, hours, report, calendar."),
        "export.accepted.file": LocalizedText(
            zh: "请给出目标文件，如 活动.csv、报告.html、活动.ics。",
            en: "Give a target file, e.g. sessions.csv, report.html, sessions.ics."),
        "export.accepted.extensions": LocalizedText(
            zh: "可用的文件扩展名：{extensions}", en: "Accepted file extensions: {extensions}"),
        "export.error.exists": LocalizedText(
            zh: "文件 {path} 已存在，未覆盖。要替换它请加 force=yes，或换一个文件名。",
            en:
                "The file {path} already exists and was not replaced. Add force=yes to replace it, or choose another name."
        ),
        "export.error.noDirectory": LocalizedText(
            zh: "文件夹 {directory} 不存在，请先创建或换一个位置。",
            en: "The folder {directory} does not exist; create it or choose another place."),
        "export.error.notAFile": LocalizedText(
            zh: "{path} 是文件夹，请给出文件名，如 {path}/导出.csv。",
            en: "{path} is a folder; give a file name, e.g. {path}/export.csv."),
        "export.error.writeFailed": LocalizedText(
            zh: "写入 {path} 失败（{reason}），没有留下半截文件。", en: "Writing {path} failed ({reason}); no partial file was left."),
        "export.error.csv": LocalizedText(zh: "生成 CSV 失败。", en: "Could not produce the CSV."),
        "export.written": LocalizedText(zh: "已写入 {path}（{bytes} 字节）。", en: "Wrote {path} ({bytes} bytes)."),
        "export.writtenRows": LocalizedText(
            zh: "已写入 {path}：{rows} 行，{bytes} 字节。", en: "Wrote {path}: {rows} rows, {bytes} bytes."),
        "export.writtenEvents": LocalizedText(zh: "已写入 {path}：{events} 个活动。", en: "Wrote {path}: {events} events."),
        "export.fullWarning": LocalizedText(
            zh: "文件含完整手机号或证件号，属于个人信息，请妥善保管，不要转发到群里。",
            en:
                "The file holds full phone or ID numbers: personal information. Keep it safe and do not post it to groups."
        ),
        "export.calendarName": LocalizedText(zh: "生态环境志愿服务活动", en: "Eco-volunteer sessions"),
        "export.title.sessions": LocalizedText(zh: "活动列表", en: "Sessions"),
        "export.title.people": LocalizedText(zh: "人员名单", en: "People"),
        "export.title.participation": LocalizedText(zh: "参与记录", en: "Participation"),
        "export.title.hours": LocalizedText(zh: "志愿服务时长", en: "Service hours"),
        "export.csv.section": LocalizedText(zh: "部分", en: "Section"),
        "export.csv.item": LocalizedText(zh: "项目", en: "Item"),
        "export.csv.measure": LocalizedText(zh: "指标", en: "Measure"),
        "export.csv.value": LocalizedText(zh: "数值", en: "Value"),
        "export.col.start": LocalizedText(zh: "开始", en: "Start"),
        "export.col.end": LocalizedText(zh: "结束", en: "End"),
        "export.col.zone": LocalizedText(zh: "时区", en: "Time zone"),
        "export.col.county": LocalizedText(zh: "区县", en: "County"),
        "export.col.cancelReason": LocalizedText(zh: "取消原因", en: "Cancel reason"),
        "export.col.attended": LocalizedText(zh: "出勤人数", en: "Attended"),
        "export.col.starLevel": LocalizedText(zh: "星级", en: "Stars"),
        "export.col.session": LocalizedText(zh: "活动编号", en: "Session"),
        "export.col.person": LocalizedText(zh: "人员编号", en: "Person"),
        "export.col.scheduledHours": LocalizedText(zh: "计划时长", en: "Scheduled hours"),
        "export.col.actualHours": LocalizedText(zh: "实际时长", en: "Actual hours"),
        "export.col.creditedHours": LocalizedText(zh: "记入时长", en: "Credited hours"),
        "export.col.checkIn": LocalizedText(zh: "签到", en: "Check-in"),
        "export.col.checkOut": LocalizedText(zh: "签退", en: "Check-out"),
    ]

    /// The printed certificate and record: page numbers, the attached list, signatures.
    static let printedDocuments: [String: LocalizedText] = [
        "document.pageOf": LocalizedText(zh: "第 {page} 页 共 {pages} 页", en: "Page {page} of {pages}"),
        "certificate.statementText": LocalizedText(
            zh: "兹证明 {name}（志愿者编号 {id}）于 {period}参加生态环境志愿服务 {count}，累计志愿服务时长 {hours} 小时。特此证明。",
            en:
                "This certifies that {name} (volunteer number {id}) took part in eco-environment volunteer service {count} {period}, for {hours} hours of service in total."
        ),
        "certificate.periodRange": LocalizedText(zh: "{from} 至 {to} 期间", en: "between {from} and {to}"),
        "certificate.periodDay": LocalizedText(zh: "{date} ", en: "on {date}"),
        "certificate.times": LocalizedText(zh: "{count} 次", en: "{count} times"),
        "certificate.once": LocalizedText(zh: "1 次", en: "once"),
        "certificate.contentPart": LocalizedText(zh: "{type} {count} {hours} 小时", en: "{type}: {count}, {hours} h"),
        "certificate.numberLine": LocalizedText(zh: "证明编号：{number}", en: "Certificate No. {number}"),
        "certificate.seeAttachment": LocalizedText(
            zh: "见附表（共 {count} 条）", en: "See the attached list ({count} entries)"),
        "certificate.seeAttachmentOne": LocalizedText(zh: "见附表（共 1 条）", en: "See the attached list (1 entry)"),
        "certificate.attachment": LocalizedText(zh: "附表：志愿服务明细", en: "Attachment: service details"),
        "certificate.attachmentReference": LocalizedText(
            zh: "{name} · 证明编号 {number} · 时长单位：小时", en: "{name} · Certificate No. {number} · hours"),
        "certificate.col.no": LocalizedText(zh: "序号", en: "No."),
        "certificate.col.time": LocalizedText(zh: "时间", en: "Time"),
        "certificate.col.role": LocalizedText(zh: "身份", en: "Role"),
        "certificate.total": LocalizedText(zh: "合计", en: "Total"),
        "certificate.totalCount": LocalizedText(zh: "共 {count} 次", en: "{count} sessions"),
        "certificate.totalCountOne": LocalizedText(zh: "共 1 次", en: "1 session"),
        "certificate.sign.head": LocalizedText(zh: "单位负责人（签字）", en: "Person in charge (signature)"),
        "certificate.sign.handler": LocalizedText(zh: "经办人（签字）", en: "Handler (signature)"),
    ]
}
