extension MessageCatalog {
    /// Messages of the outreach area: the store, sessions, people, imports.
    static let outreach: [String: LocalizedText] = store.merging(storeTool) { a, _ in a }.merging(outreachCommands) {
        a, _ in a
    }

    static let store: [String: LocalizedText] = [
        "store.error.cannotCreate": LocalizedText(
            zh: "无法创建数据目录 {path}：{reason}", en: "Cannot create the data directory {path}: {reason}"),
        "store.error.cannotLock": LocalizedText(zh: "无法锁定 {path}：{reason}", en: "Cannot lock {path}: {reason}"),
        "store.error.corruptSnapshot": LocalizedText(
            zh: "无法读取快照 {path}：{reason}。请运行 ecovol store doctor。",
            en: "Cannot read the snapshot {path}: {reason}. Run ecovol store doctor."),
        "store.error.corruptJournal": LocalizedText(
            zh: "无法读取日志 {path}：{reason}", en: "Cannot read the journal {path}: {reason}"),
        "store.error.readOnly": LocalizedText(
            zh: "数据目录 {path} 不能写入（{reason}），只能查看，不能保存修改。",
            en: "The data directory {path} cannot be written ({reason}); you can look but not save changes."),
        "store.error.readOnlyOption": LocalizedText(
            zh: "数据以只读方式打开，不能保存修改。", en: "The store is open read-only; changes cannot be saved."),
        "store.error.writeFailed": LocalizedText(
            zh: "未保存：写入 {path} 失败（{reason}）。数据保持原样，没有写入半条记录。",
            en: "Not saved: writing {path} failed ({reason}). The data is as it was; nothing half-written was kept."),
        "store.error.backupFailed": LocalizedText(
            zh: "备份写入 {path} 失败（{reason}）。", en: "Writing the backup {path} failed ({reason})."),
        "store.error.encode": LocalizedText(
            zh: "未保存：无法编码这条修改（{reason}）。", en: "Not saved: the change could not be encoded ({reason})."),
        "store.error.snapshotChecksum": LocalizedText(
            zh: "快照 {path} 的校验和不符：文件被改动或损坏。为避免读入错误数据，已停止。请运行 ecovol store doctor。",
            en:
                "The snapshot {path} fails its checksum: the file was changed or damaged. Stopped rather than load wrong data. Run ecovol store doctor."
        ),
        "store.error.snapshotMalformed": LocalizedText(
            zh: "快照 {path} 在第 {offset} 字节处格式错误（{reason}）。请运行 ecovol store doctor。",
            en: "The snapshot {path} is malformed at byte {offset} ({reason}). Run ecovol store doctor."),
        "store.error.notASnapshot": LocalizedText(
            zh: "{path} 不是 ecovol 的数据文件。", en: "{path} is not an ecovol data file."),
        "store.error.newerSchema": LocalizedText(
            zh: "数据由更新版本的 ecovol 写入（格式 {found}，本版本支持 {known}），只能查看。请升级 ecovol 后再修改。",
            en:
                "The data was written by a newer ecovol (schema {found}; this version knows {known}); it is open read-only. Upgrade ecovol to change it."
        ),
        "store.error.corruptLine": LocalizedText(
            zh: "日志 {path} 第 {line} 行已损坏（校验和不符），且后面还有记录。为保护数据已停止写入。请运行 ecovol store doctor 查看并修复。",
            en:
                "Line {line} of the journal {path} is damaged (checksum mismatch) and more records follow it. Writing is stopped to protect the data. Run ecovol store doctor to review and repair."
        ),
        "store.error.seqGap": LocalizedText(
            zh: "日志 {path} 第 {line} 行的序号是 {found}，应为 {expected}：有记录丢失。已停止写入，请运行 ecovol store doctor。",
            en:
                "Line {line} of the journal {path} has seq {found} where {expected} was expected: records are missing. Writing is stopped; run ecovol store doctor."
        ),
        "store.error.journalMismatch": LocalizedText(
            zh: "日志 {path} 接续第 {base} 号修改，而快照只到第 {seq} 号：快照可能被替换过。已停止写入，请运行 ecovol store doctor。",
            en:
                "The journal {path} continues from change {base} but the snapshot ends at {seq}: the snapshot may have been replaced. Writing is stopped; run ecovol store doctor."
        ),
        "store.error.insufficientSpace": LocalizedText(
            zh: "磁盘空间不足，无法整理数据（需要约 {needed}，可用 {free}）。数据未受影响。",
            en:
                "Not enough disk space to compact the store (needs about {needed}, {free} free). The data is unaffected."
        ),
        "store.error.undoConflict": LocalizedText(
            zh: "无法撤销第 {seq} 号修改：之后有人又改动了这些记录。", en: "Cannot undo change {seq}: the records were changed again since."),
        "store.error.nothingToUndo": LocalizedText(
            zh: "本次会话中没有可撤销的修改。", en: "There is no change in this session to undo."),
        "store.warning.tornTail": LocalizedText(
            zh: "日志第 {line} 行不完整（{bytes} 字节，上次写入被中断，未曾确认保存），已移到 {file}；其余数据完好。",
            en:
                "Line {line} of the journal was incomplete ({bytes} bytes from an interrupted write that was never confirmed); it was moved to {file}. Everything else is intact."
        ),
        "store.warning.tornTailReadOnly": LocalizedText(
            zh: "日志第 {line} 行不完整（{bytes} 字节），下次以可写方式打开时会移走。",
            en:
                "Line {line} of the journal is incomplete ({bytes} bytes); it will be set aside the next time the store is opened for writing."
        ),
        "store.warning.networkFS": LocalizedText(
            zh: "{path} 位于网络或同步文件夹上，文件锁和落盘可能不可靠，建议放在本地磁盘。",
            en:
                "{path} is on a network or synced file system, where locks and fsync may not be reliable; keep the store on a local disk."
        ),
        "store.error.damagedNoWrites": LocalizedText(
            zh: "未保存：快照有损坏的记录，为免在不完整的数据上修改，已停止写入。运行 ecovol store doctor 修复后再保存。",
            en:
                "Not saved: the snapshot has damaged records, and changes on incomplete data are refused. Run ecovol store doctor, then save again."
        ),
        "store.damage.journal": LocalizedText(
            zh: "数据已损坏：日志第 {line} 行校验不符，第 {seq} 号之后的修改（{lines} 行）已搁置、未读入，下面显示的数据不完整。运行 ecovol store doctor 修复。",
            en:
                "The store is damaged: journal line {line} fails its checksum, so the changes after no. {seq} ({lines} lines) are set aside and what is shown is incomplete. Run ecovol store doctor to repair it."
        ),
        "store.damage.mismatch": LocalizedText(
            zh: "数据已损坏：日志与快照（到第 {seq} 号修改）对不上，日志中的修改已搁置、未读入，下面显示的数据不完整。运行 ecovol store doctor 修复。",
            en:
                "The store is damaged: the journal does not continue the snapshot (which ends at change {seq}); its changes are set aside and what is shown is incomplete. Run ecovol store doctor to repair it."
        ),
        "store.damage.snapshot": LocalizedText(
            zh: "数据已损坏：快照中 {count} 条记录校验不符，已搁置、未读入（{list}），下面显示的数据不完整。运行 ecovol store doctor 修复。",
            en:
                "The store is damaged: {count} records of the snapshot fail their checksums and are set aside ({list}); what is shown is incomplete. Run ecovol store doctor to repair it."
        ),
        "store.damage.snapshotFrame": LocalizedText(
            zh: "快照文件有损坏，但每条记录都通过了校验。运行 ecovol store doctor 重写它；在此之前不能保存修改。",
            en:
                "The snapshot file is damaged, but every record in it passes its own checksum. Run ecovol store doctor to rewrite it; until then changes cannot be saved."
        ),
        "store.warning.migrated": LocalizedText(
            zh: "数据格式已从版本 {from} 升级到 {to}（每条记录单独校验）；原快照保存在 {backup}。",
            en:
                "The store format was upgraded from version {from} to {to} (every record carries its own checksum); the previous snapshot is kept as {backup}."
        ),
        "store.kind.header": LocalizedText(zh: "文件头", en: "header"),
        "store.kind.project": LocalizedText(zh: "项目", en: "project"),
        "store.kind.person": LocalizedText(zh: "人员", en: "person"),
        "store.kind.session": LocalizedText(zh: "活动", en: "session"),
        "store.kind.participation": LocalizedText(zh: "参与记录", en: "participation"),
        "store.kind.unknown": LocalizedText(zh: "记录", en: "record"),
    ]

    static let storeTool: [String: LocalizedText] = [
        "storeTool.usage": LocalizedText(
            zh: "用法：ecovol store check|doctor|compact|info|backup 文件",
            en: "Usage: ecovol store check|doctor|compact|info|backup FILE"),
        "storeTool.noStore": LocalizedText(zh: "{path} 还没有数据。", en: "There is no data in {path} yet."),
        "storeTool.snapshotMissing": LocalizedText(
            zh: "快照：尚未生成（所有数据都在日志中）。", en: "Snapshot: none yet (all data is in the journal)."),
        "storeTool.snapshotOK": LocalizedText(
            zh: "快照：完好（第 {generation} 代，到第 {seq} 号修改，{bytes} 字节）。",
            en: "Snapshot: intact (generation {generation}, up to change {seq}, {bytes} bytes)."),
        "storeTool.snapshotDamaged": LocalizedText(zh: "快照已损坏：{reason}。", en: "Snapshot damaged: {reason}."),
        "storeTool.journalLines": LocalizedText(
            zh: "日志：{lines} 行有效，最新为第 {seq} 号修改。", en: "Journal: {lines} valid lines, latest change {seq}."),
        "storeTool.badLine": LocalizedText(
            zh: "日志第 {line} 行损坏（{reason}）。", en: "Journal line {line} is damaged ({reason})."),
        "storeTool.tornTail": LocalizedText(
            zh: "日志末尾有 {bytes} 字节不完整的写入（未确认保存），下次打开时会移走。",
            en:
                "The journal ends in {bytes} bytes of an interrupted, never-confirmed write; it will be set aside at the next open."
        ),
        "storeTool.staleJournal": LocalizedText(
            zh: "日志早于快照（整理时被中断），下次打开时会重建。",
            en: "The journal predates the snapshot (an interrupted compaction); it will be rebuilt at the next open."),
        "storeTool.badMode": LocalizedText(
            zh: "权限过宽：{file}（应为目录 700、文件 600）。",
            en: "Permissions too open: {file} (expected 700 for the directory, 600 for files)."),
        "storeTool.counts": LocalizedText(
            zh: "活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。",
            en: "{sessions} sessions, {people} people, {participations} participation records, {projects} own projects."
        ),
        "storeTool.allGood": LocalizedText(zh: "检查通过。", en: "All checks passed."),
        "storeTool.runDoctor": LocalizedText(
            zh: "发现问题。运行 ecovol store doctor 修复能保住的数据。",
            en: "Problems found. Run ecovol store doctor to repair what can be saved."),
        "storeTool.cannotWrite": LocalizedText(zh: "无法修复 {path}：{reason}", en: "Cannot repair {path}: {reason}"),
        "storeTool.nothingToRepair": LocalizedText(zh: "数据完好，无需修复。", en: "The data is intact; nothing to repair."),
        "storeTool.restoredBackup": LocalizedText(
            zh: "已改用备份 {file}（到第 {seq} 号修改），再补上日志中之后的修改。",
            en: "Using the backup {file} (up to change {seq}) with the journal's later changes on top."),
        "storeTool.noGoodBackup": LocalizedText(
            zh: "没有可用的备份，只能从日志恢复。", en: "No usable backup; recovering from the journal alone."),
        "storeTool.snapshotSalvaged": LocalizedText(
            zh: "快照结构完整但校验和不符：已按原样读入，请核对最近的数据是否有误。",
            en:
                "The snapshot parses but fails its checksum: its content was read as is; please review recent records for wrong values."
        ),
        "storeTool.droppedLine": LocalizedText(
            zh: "未能恢复：日志第 {line} 行（{reason}；看似修改 {guess}，未经校验）。",
            en: "Not recovered: journal line {line} ({reason}; it seems to be change {guess}, unverified)."),
        "storeTool.keptCopy": LocalizedText(zh: "原日志已另存为 {file}。", en: "The original journal was kept as {file}."),
        "storeTool.repaired": LocalizedText(
            zh: "已修复：到第 {seq} 号修改；活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。",
            en:
                "Repaired up to change {seq}: {sessions} sessions, {people} people, {participations} participation records, {projects} own projects."
        ),
        "storeTool.compacted": LocalizedText(
            zh: "已整理：第 {generation} 代快照，并入 {lines} 行日志，{bytes} 字节，用时 {ms} 毫秒。",
            en: "Compacted: snapshot generation {generation}, {lines} journal lines folded in, {bytes} bytes, {ms} ms."),
        "storeTool.backedUp": LocalizedText(
            zh: "已备份到 {file}（{bytes} 字节，到第 {seq} 号修改）。", en: "Backed up to {file} ({bytes} bytes, up to change {seq})."),
        "storeTool.info": LocalizedText(
            zh:
                "数据目录：{path}\n格式版本 {schema}，第 {generation} 代，最新修改第 {seq} 号\n快照 {snapshot} 字节；日志 {journal} 字节，{lines} 行；备份 {backups} 个",
            en:
                "Store: {path}\nschema {schema}, generation {generation}, latest change {seq}\nsnapshot {snapshot} bytes; journal {journal} bytes, {lines} lines; {backups} backups"
        ),
        "storeTool.reason.checksum": LocalizedText(zh: "校验和不符", en: "checksum mismatch"),
        "storeTool.reason.malformed": LocalizedText(zh: "格式错误", en: "malformed"),
        "storeTool.reason.malformedAt": LocalizedText(zh: "第 {offset} 字节处格式错误", en: "malformed at byte {offset}"),
        "storeTool.reason.notASnapshot": LocalizedText(zh: "不是 ecovol 的快照文件", en: "not an ecovol snapshot"),
        "storeTool.reason.schema": LocalizedText(zh: "格式版本 {schema}", en: "schema {schema}"),
        "storeTool.reason.header": LocalizedText(zh: "日志文件头损坏", en: "damaged journal header"),
        "storeTool.reason.seq": LocalizedText(zh: "序号为 {found}，应为 {expected}", en: "seq {found}, expected {expected}"),
        "storeTool.recordDamaged": LocalizedText(
            zh: "损坏：{kind} {guess}（第 {line} 行；名称未经校验）。",
            en: "Damaged: {kind} {guess} (line {line}; the name is unverified)."),
        "storeTool.backupDamaged": LocalizedText(
            zh: "未写备份：损坏的数据不完整，不能当作备份。损坏的文件原样保留，store doctor 会另存它们。",
            en:
                "No backup was written: the damaged store is incomplete and must not pass for a backup. Its files stay as they are; store doctor keeps copies of them."
        ),
        "storeTool.orphanRows": LocalizedText(
            zh: "{count} 条参与记录仍指向未能恢复的 {id}：记录和时长已保留，请补录 {id} 本身。",
            en:
                "{count} participation records still refer to {id}, which could not be recovered: the records and hours are kept; re-enter {id} itself."
        ),
        "storeTool.recordsVerified": LocalizedText(
            zh: "逐条校验快照：{total} 条记录中 {verified} 条完好。",
            en: "Checked the snapshot record by record: {verified} of {total} records are intact."),
        "storeTool.recordSetAside": LocalizedText(
            zh: "已搁置：{kind} {guess}（第 {line} 行，第 {offset} 字节起；名称未经校验），原文存入 {file}。",
            en:
                "Set aside: {kind} {guess} (line {line}, from byte {offset}; the name is unverified); its bytes are in {file}."
        ),
        "storeTool.countsDiffer": LocalizedText(
            zh: "快照文件头记载 {expected} 条记录，完好与搁置合计 {found} 条。",
            en: "The snapshot header lists {expected} records; intact and set aside together are {found}."),
        "storeTool.headerFromJournal": LocalizedText(
            zh: "快照文件头损坏：改用日志记载的位置（第 {seq} 号修改）。",
            en: "The snapshot header is damaged: using the position the journal records (change {seq})."),
        "storeTool.headerLost": LocalizedText(
            zh: "快照文件头损坏，日志中也没有可用的位置：日志中的修改未补上。",
            en:
                "The snapshot header is damaged and the journal records no position: the journal's changes were not applied."
        ),
        "storeTool.keptDamagedSnapshot": LocalizedText(
            zh: "损坏的快照原样保存为 {file}。", en: "The damaged snapshot was kept as it was in {file}."),
        "storeTool.keepFailed": LocalizedText(zh: "无法保存 {file}（{reason}）。", en: "Could not keep {file} ({reason})."),
        "storeTool.tornSetAside": LocalizedText(
            zh: "日志末尾 {bytes} 字节是中断的写入（从未确认保存），已移走。",
            en:
                "The journal's last {bytes} bytes were an interrupted write (never confirmed as saved); they were set aside."
        ),
        "storeTool.rebuiltWithLosses": LocalizedText(
            zh:
                "未能完全修复：数据已重建，可以继续使用，但上面列出的 {lost} 项未能恢复（原文已保存）。现有：到第 {seq} 号修改；活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。请据原文或纸质记录补录。",
            en:
                "Not fully repaired: the store was rebuilt and can be used again, but what is listed above could not be recovered ({lost} lost; their bytes were kept). It now holds changes up to {seq}: {sessions} sessions, {people} people, {participations} participation records, {projects} own projects. Re-enter the lost items from the kept bytes or paper records."
        ),
    ]

    static let outreachCommands: [String: LocalizedText] = [
        "field.id": LocalizedText(zh: "编号", en: "ID"),
        "field.title": LocalizedText(zh: "活动名称", en: "Title"),
        "field.when": LocalizedText(zh: "时间", en: "When"),
        "field.type": LocalizedText(zh: "类型", en: "Type"),
        "field.city": LocalizedText(zh: "市州", en: "City"),
        "field.venue": LocalizedText(zh: "地点", en: "Venue"),
        "field.audience": LocalizedText(zh: "对象", en: "Audience"),
        "field.project": LocalizedText(zh: "项目", en: "Project"),
        "field.capacity": LocalizedText(zh: "名额", en: "Places"),
        "field.lecturer": LocalizedText(zh: "讲师", en: "Lecturers"),
        "field.organiser": LocalizedText(zh: "组织单位", en: "Organiser"),
        "field.leader": LocalizedText(zh: "负责人", en: "In charge"),
        "field.recorder": LocalizedText(zh: "记录人", en: "Recorder"),
        "field.support": LocalizedText(zh: "保障", en: "Support"),
        "field.status": LocalizedText(zh: "状态", en: "Status"),
        "field.reached": LocalizedText(zh: "覆盖人数", en: "Reached"),
        "field.rating": LocalizedText(zh: "评价", en: "Rating"),
        "field.notes": LocalizedText(zh: "备注", en: "Notes"),
        "field.name": LocalizedText(zh: "姓名", en: "Name"),
        "field.role": LocalizedText(zh: "角色", en: "Role"),
        "field.hours": LocalizedText(zh: "时长", en: "Hours"),
        "field.phone": LocalizedText(zh: "电话", en: "Phone"),
        "field.org": LocalizedText(zh: "单位", en: "Organisation"),
        "field.stars": LocalizedText(zh: "星级", en: "Stars"),
        "field.skills": LocalizedText(zh: "技能", en: "Skills"),
        "field.idNumber": LocalizedText(zh: "身份证号", en: "ID number"),
        "field.registered": LocalizedText(zh: "注册日期", en: "Registered"),
        "field.row": LocalizedText(zh: "行", en: "Row"),
        "field.field": LocalizedText(zh: "字段", en: "Field"),
        "field.reason": LocalizedText(zh: "原因", en: "Reason"),
        "field.sessions": LocalizedText(zh: "活动数", en: "Sessions"),
        "field.people": LocalizedText(zh: "人数", en: "People"),
        "outreach.accepted.text": LocalizedText(
            zh: "应为不超过 {max} 个字的文字。", en: "Expected text of at most {max} characters."),
        "outreach.accepted.noControl": LocalizedText(
            zh: "不能包含控制字符或换行。", en: "Control characters and line breaks are not allowed."),
        "outreach.accepted.name": LocalizedText(
            zh: "应为姓名（1–40 个字，含汉字或字母）。手机号请写 phone=，如 name=张三 phone=13812345678。",
            en:
                "Expected a name (1–40 characters, with letters). Give a phone number as phone=, e.g. name=Zhang phone=13812345678."
        ),
        "outreach.accepted.hours": LocalizedText(
            zh: "应为大于 0、不超过 24 小时的时长，如 2h、1.5小时、90分钟。",
            en: "Expected more than 0 and at most 24 hours, e.g. 2h, 1.5h, 90min."),
        "outreach.accepted.phone": LocalizedText(
            zh: "应为 11 位手机号（如 13812345678）或带区号的固定电话。",
            en: "Expected an 11-digit mobile number (e.g. 13812345678) or a landline with its area code."),
        "outreach.accepted.idNumber.length": LocalizedText(zh: "身份证号应为 18 位。", en: "An ID number has 18 characters."),
        "outreach.accepted.idNumber.characters": LocalizedText(
            zh: "身份证号应为 17 位数字加一位数字或 X。", en: "An ID number is 17 digits and a digit or X."),
        "outreach.accepted.idNumber.birthDate": LocalizedText(
            zh: "身份证号中的出生日期不存在。", en: "The birth date inside the ID number does not exist."),
        "outreach.accepted.idNumber.checkDigit": LocalizedText(
            zh: "身份证号校验位不对，请核对。", en: "The ID number's check character does not match; please check it."),
        "outreach.accepted.city": LocalizedText(zh: "可选市州：{cities}", en: "Cities: {cities}"),
        "outreach.accepted.type": LocalizedText(zh: "可选类型：{types}", en: "Accepted types: {types}"),
        "outreach.accepted.level": LocalizedText(
            zh: "可选层级：basic（岗前基础）skills（项目技能）backbone（骨干管理）。", en: "Accepted levels: basic, skills, backbone."),
        "outreach.accepted.levelOnlyTraining": LocalizedText(
            zh: "只有 type=training 的活动有培训层级。", en: "Only type=training sessions have a level."),
        "outreach.accepted.audience": LocalizedText(zh: "可选对象：{audiences}", en: "Accepted audiences: {audiences}"),
        "outreach.accepted.project": LocalizedText(
            zh: "可选项目：{ids}（/projects 查看，/project add 新增）。",
            en: "Projects: {ids} (see /projects; add with /project add)."),
        "outreach.accepted.support": LocalizedText(
            zh: "可选：insurance（保险）transport（交通）meals（就餐）。", en: "Accepted: insurance, transport, meals."),
        "outreach.accepted.zone": LocalizedText(
            zh: "应为 IANA 时区名，如 Asia/Shanghai。", en: "Expected an IANA time zone such as Asia/Shanghai."),
        "outreach.accepted.date": LocalizedText(
            zh: "可写 2026-06-05 09:30、6月5日 上午9点半、明天 14:00、下周三 9:30、next Wednesday 9:30。",
            en: "Write e.g. 2026-06-05 09:30, 6月5日 上午9点半, tomorrow 14:00, next Wednesday 9:30."),
        "outreach.accepted.impossibleDate": LocalizedText(zh: "日期 {date} 不存在。", en: "The date {date} does not exist."),
        "outreach.accepted.impossibleTime": LocalizedText(
            zh: "时刻 {time} 不存在（小时 0–23，分钟 0–59）。", en: "The time {time} does not exist (hours 0–23, minutes 0–59)."),
        "outreach.accepted.startNeedsTime": LocalizedText(
            zh: "开始时间要写明几点，如 明天 9:30。", en: "The start needs a time of day, e.g. tomorrow 9:30."),
        "outreach.accepted.endAfterStart": LocalizedText(zh: "结束必须晚于开始。", en: "The end must be after the start."),
        "outreach.accepted.maxLength": LocalizedText(zh: "一场活动最长 24 小时。", en: "A session lasts at most 24 hours."),
        "outreach.accepted.repeat": LocalizedText(
            zh: "可选：daily weekly biweekly monthly，并写 count=次数。",
            en: "Accepted: daily weekly biweekly monthly, with count=N."),
        "outreach.accepted.range": LocalizedText(
            zh: "可选：upcoming（即将）past（以往）all（全部）。", en: "Accepted: upcoming, past, all."),
        "outreach.accepted.sessionID": LocalizedText(
            zh: "请写活动编号（/sessions 查看，Tab 补全）。", en: "Give a session id (see /sessions; Tab completes)."),
        "outreach.accepted.editKeys": LocalizedText(
            zh: "写要修改的字段，如 venue=… start=…（/help edit）。",
            en: "Give the fields to change, e.g. venue=… start=… (/help edit)."),
        "outreach.accepted.reason": LocalizedText(
            zh: "写明取消原因，如 reason=暴雨预警。", en: "Give the reason, e.g. reason=storm warning."),
        "outreach.accepted.logNames": LocalizedText(zh: "写一个或多个姓名，或 name=…。", en: "Give one or more names, or name=…."),
        "outreach.accepted.role": LocalizedText(
            zh: "可选角色：lecturer（讲师）volunteer（志愿者）staff（工作人员）。", en: "Accepted roles: lecturer, volunteer, staff."),
        "outreach.accepted.checkin": LocalizedText(
            zh: "写活动编号和人员，如 /checkin s7k2m9qa 张三。", en: "Give a session id and a person, e.g. /checkin s7k2m9qa 张三."),
        "outreach.accepted.person": LocalizedText(
            zh: "写姓名、人员编号或手机号。", en: "Give a name, a person id or a phone number."),
        "outreach.accepted.merge": LocalizedText(
            zh: "写保留的人员和重复的人员，如 /merge p3x8n2bd p9k2m4qa。",
            en: "Give the person to keep and the duplicate, e.g. /merge p3x8n2bd p9k2m4qa."),
        "outreach.accepted.projectAction": LocalizedText(
            zh: "用法：/project add name=…", en: "Usage: /project add name=…"),
        "outreach.accepted.import": LocalizedText(
            zh: "用法：/import people|participation 文件.csv", en: "Usage: /import people|participation FILE.csv"),
        "outreach.ambiguousID": LocalizedText(zh: "有多个编号以此开头：{ids}", en: "Several ids start with that: {ids}"),
        "outreach.unknownSession": LocalizedText(zh: "没有编号为 {id} 的活动。", en: "There is no session {id}."),
        "outreach.unknownPerson": LocalizedText(zh: "没有找到人员“{person}”。", en: "No person \"{person}\" was found."),
        "outreach.ambiguousPerson": LocalizedText(
            zh: "有多人叫 {name}：{list}。请改用人员编号或手机号。",
            en: "Several people are called {name}: {list}. Use the person id or phone instead."),
        "outreach.whichPerson": LocalizedText(
            zh: "有多人叫 {name}，是哪一位？", en: "Several people are called {name}. Which one?"),
        "outreach.askNumber": LocalizedText(zh: "序号", en: "Number"),
        "outreach.pickNumber": LocalizedText(
            zh: "请输入 1 到 {max} 的序号（Ctrl-C 取消）。", en: "Enter a number from 1 to {max} (Ctrl-C cancels)."),
        "outreach.unknownCity": LocalizedText(
            zh: "“{city}”不在贵州市州列表中，已按原样记录。市州：{cities}",
            en: "\"{city}\" is not one of Guizhou's cities; it was kept as written. Cities: {cities}"),
        "outreach.endAndDuration": LocalizedText(
            zh: "end= 和 duration= 只能写一个。", en: "Give end= or duration=, not both."),
        "outreach.venueBooked": LocalizedText(
            zh: "地点 {venue} 同一时间已有活动 {id}（{title}）。", en: "The venue {venue} is already booked then by {id} ({title})."),
        "outreach.lecturerBooked": LocalizedText(
            zh: "讲师 {lecturer} 同一时间已有活动 {id}（{title}）。",
            en: "The lecturer {lecturer} is already booked then by {id} ({title})."),
        "outreach.scheduleMissing": LocalizedText(zh: "还缺少：{fields}。", en: "Still missing: {fields}."),
        "outreach.scheduleExample": LocalizedText(
            zh: "例如：/schedule title=垃圾分类进社区 type=education start=\"明天 14:00\" duration=2h city=贵阳 audience=community",
            en:
                "For example: /schedule title=\"Waste sorting\" type=education start=\"tomorrow 14:00\" duration=2h city=Guiyang audience=community"
        ),
        "outreach.dialogueIntro": LocalizedText(
            zh: "逐项填写活动信息（回车用默认值，Ctrl-C 放弃，不会保存）。",
            en: "Fill in the session (Enter takes the default, Ctrl-C abandons without saving)."),
        "outreach.askChoice.type": LocalizedText(zh: "服务类型", en: "Service type"),
        "outreach.askChoice.audience": LocalizedText(zh: "对象", en: "Audience"),
        "outreach.askChoice.city": LocalizedText(zh: "市州", en: "City"),
        "outreach.resolvedStart": LocalizedText(zh: "= {when}", en: "= {when}"),
        "outreach.unknownCityAgain": LocalizedText(
            zh: "“{city}”不是贵州的市州（可选：{cities}）。确实要用它，请再输入一次。",
            en:
                "\"{city}\" is not a city or prefecture of Guizhou (accepted: {cities}). Type it again to use it anyway."
        ),
        "outreach.ask.title": LocalizedText(zh: "活动名称", en: "Title"),
        "outreach.ask.type": LocalizedText(
            zh: "服务类型（lecture/education/supervision/practice/training）",
            en: "Service type (lecture/education/supervision/practice/training)"),
        "outreach.ask.start": LocalizedText(zh: "开始时间", en: "Start"),
        "outreach.ask.duration": LocalizedText(zh: "时长", en: "Length"),
        "outreach.ask.city": LocalizedText(zh: "市州", en: "City"),
        "outreach.ask.audience": LocalizedText(
            zh: "对象（family/community/school/enterprise/agency/village）",
            en: "Audience (family/community/school/enterprise/agency/village)"),
        "outreach.scheduled": LocalizedText(zh: "已保存 {count} 场活动。", en: "Saved {count} session(s)."),
        "outreach.noSessions": LocalizedText(zh: "没有符合条件的活动。", en: "No sessions match."),
        "outreach.edited": LocalizedText(zh: "已保存对 {id} 的修改。", en: "Saved the changes to {id}."),
        "outreach.promoted": LocalizedText(zh: "{name} 已从候补转为正式报名。", en: "{name} moved up from the waitlist."),
        "outreach.alreadyCancelled": LocalizedText(zh: "活动 {id} 已经取消了。", en: "Session {id} is already cancelled."),
        "outreach.cancelled": LocalizedText(
            zh: "已取消 {id}（{title}），{people} 条登记保留在记录中。",
            en: "Cancelled {id} ({title}); its {people} sign-ups stay on record."),
        "outreach.doneCancelled": LocalizedText(
            zh: "活动 {id} 已取消，不能登记完成。", en: "Session {id} was cancelled and cannot be marked done."),
        "outreach.done": LocalizedText(
            zh: "已保存：{id}（{title}）完成，参与 {people} 人，覆盖群众 {reached} 人。",
            en: "Saved: {id} ({title}) done, {people} people took part, {reached} members of the public reached."),
        "outreach.onePersonDetails": LocalizedText(
            zh: "phone= 或 org= 只能用于一个人。", en: "phone= and org= apply to one person only."),
        "outreach.logCancelled": LocalizedText(
            zh: "活动 {id} 已取消，不能再登记。", en: "Session {id} is cancelled; nobody can be logged."),
        "outreach.registered": LocalizedText(zh: "新登记人员 {name}（{id}）。", en: "Registered a new person, {name} ({id})."),
        "outreach.alreadyLogged": LocalizedText(zh: "{name} 已经登记过了。", en: "{name} is already logged."),
        "outreach.logged": LocalizedText(zh: "已保存：{title} 登记 {count} 人。", en: "Saved: {count} logged at {title}."),
        "outreach.notCheckedIn": LocalizedText(zh: "{name} 还没有签到。", en: "{name} has not checked in."),
        "outreach.checkoutBeforeCheckin": LocalizedText(zh: "签退时间早于签到时间。", en: "The check-out is before the check-in."),
        "outreach.checkedIn": LocalizedText(zh: "已保存：{name} {time} 签到。", en: "Saved: {name} checked in at {time}."),
        "outreach.checkedOut": LocalizedText(
            zh: "已保存：{name} {time} 签退，服务时长 {hours} 小时。",
            en: "Saved: {name} checked out at {time}, {hours} hours of service."),
        "outreach.notLogged": LocalizedText(zh: "{name} 没有登记在活动 {id}。", en: "{name} is not logged at {id}."),
        "outreach.unlogged": LocalizedText(zh: "已保存：{name} 不再登记在 {title}。", en: "Saved: {name} removed from {title}."),
        "outreach.noPeople": LocalizedText(zh: "没有找到人员。", en: "No people found."),
        "outreach.toNextStar": LocalizedText(zh: "（距下一星还差 {hours} 小时）", en: "({hours} hours to the next star)"),
        "outreach.mergeSame": LocalizedText(zh: "不能把一个人合并到自己。", en: "A person cannot be merged into themselves."),
        "outreach.mergeBoth": LocalizedText(
            zh: "两人都登记在活动 {id}，保留了服务时长较多的一条。", en: "Both were logged at {id}; the record with more hours was kept."),
        "outreach.merged": LocalizedText(
            zh: "已保存：{other}（{otherID}）并入 {keep}（{keepID}），转移 {count} 条记录，累计 {hours} 小时。",
            en:
                "Saved: {other} ({otherID}) merged into {keep} ({keepID}); {count} records moved, {hours} hours in total."
        ),
        "outreach.provincial": LocalizedText(zh: "全省", en: "province-wide"),
        "outreach.projectExists": LocalizedText(zh: "项目“{name}”已存在。", en: "A project \"{name}\" already exists."),
        "outreach.projectAdded": LocalizedText(zh: "已保存：项目 {name}（{id}）。", en: "Saved: project {name} ({id})."),
        "outreach.undone": LocalizedText(
            zh: "已撤销第 {seq} 号修改（{command}），撤销本身也已记录。",
            en: "Undid change {seq} ({command}); the undo is recorded as a change too."),
        "outreach.greetingDeferred": LocalizedText(
            zh: "存储较大，将在第一次使用时打开；输入 /sessions 查看近期活动。",
            en: "The store is large and opens on first use; type /sessions to see what is coming."),
        "outreach.accepted.mark": LocalizedText(
            zh: "至少给出 status=、rating=、hours= 或 note= 之一。", en: "Give at least one of status=, rating=, hours= or note=."
        ),
        "outreach.accepted.markStatus": LocalizedText(
            zh: "可选：attended（已参加）或 no-show（缺席）。", en: "Accepted: attended or no-show."),
        "outreach.marked": LocalizedText(
            zh: "已保存：{name}，{status}，时长 {hours} 小时。", en: "Saved: {name}, {status}, {hours} hours."),
        "outreach.greeting": LocalizedText(zh: "未来七天的活动（{count} 场）", en: "Sessions in the next seven days ({count})"),
        "outreach.import.unreadable": LocalizedText(
            zh: "无法读取这个文件，请检查路径。", en: "The file cannot be read; check the path."),
        "outreach.import.notUTF8": LocalizedText(
            zh: "文件不是 UTF-8 编码（可能是 Excel 保存的 GBK/GB18030）。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。",
            en:
                "The file is not UTF-8 (perhaps GBK/GB18030 from Excel). In Excel use Save As → CSV UTF-8 (Comma delimited), then import again."
        ),
        "outreach.import.converted": LocalizedText(
            zh: "文件是 GB18030 编码，已自动转换为 UTF-8。", en: "The file was GB18030-encoded and was converted to UTF-8."),
        "outreach.import.headers": LocalizedText(
            zh: "表头需要 姓名/name 列（参与表也可用 人员编号/person）。",
            en: "The header needs a name column (participation files may use person instead)."),
        "outreach.import.idNeedsConsent": LocalizedText(
            zh: "有身份证号时必须写明本人同意（consent 列）。", en: "An ID number needs the person's consent (consent column)."),
        "outreach.import.ambiguousName": LocalizedText(
            zh: "有多人叫 {name}，请在该行写电话或人员编号。",
            en: "Several people are called {name}; give a phone or person id on this row."),
        "outreach.import.refused": LocalizedText(
            zh: "有 {count} 行有错误，未导入任何数据（加 skip-bad=yes 可跳过错误行）：",
            en: "{count} rows are wrong, so nothing was imported (add skip-bad=yes to skip them):"),
        "outreach.import.preview": LocalizedText(
            zh: "预览：可导入 {good} 行，{bad} 行有错误。未写入任何数据。",
            en: "Preview: {good} rows can be imported, {bad} are wrong. Nothing was written."),
        "outreach.import.empty": LocalizedText(
            zh: "文件是空的：{file} 里没有表头，也没有数据。第一行写表头（如 姓名,电话,单位），之后每行一人。",
            en:
                "The file is empty: {file} has no header and no rows. Put a header on the first line (e.g. name,phone,org) and one person per line after it."
        ),
        "outreach.import.unclosedQuote": LocalizedText(
            zh: "这一行的引号没有闭合（\" 开头的字段缺少结尾的 \"），整行未读入。",
            en:
                "A quote on this line is never closed (a field opened with \" has no closing \"); the line was not read."
        ),
        "outreach.import.strayQuote": LocalizedText(
            zh: "字段中间有多余的引号（含引号的字段要整个用引号括起，内部的引号写成 \"\"），整行未读入。",
            en:
                "A stray quote inside a field (a field with quotes must be quoted as a whole, with inner quotes doubled as \"\"); the line was not read."
        ),
        "outreach.import.columnCount": LocalizedText(
            zh: "这一行有 {found} 列，表头有 {expected} 列，整行未读入（字段里的逗号要用引号括起）。",
            en:
                "This line has {found} columns where the header has {expected}; it was not read (quote fields that contain commas)."
        ),
        "outreach.import.duplicateInFile": LocalizedText(zh: "{value} 与第 {row} 行重复。", en: "{value} repeats row {row}."),
        "outreach.import.duplicateInStore": LocalizedText(
            zh: "{value} 已属于 {name}（{id}）。", en: "{value} already belongs to {name} ({id})."),
        "outreach.import.phoneOtherName": LocalizedText(
            zh: "电话 {phone} 属于 {name}（{id}），与这一行的姓名不同；请核对，或写人员编号。",
            en: "The phone {phone} belongs to {name} ({id}), not the name on this row; check it, or give the person id."
        ),
        "outreach.import.duplicateRow": LocalizedText(
            zh: "与第 {row} 行是同一人同一场活动。", en: "The same person and session as row {row}."),
        "outreach.import.wouldCreate": LocalizedText(zh: "将新建 {count} 人：", en: "Would create {count} people:"),
        "outreach.import.created": LocalizedText(zh: "新建了 {count} 人：", en: "Created {count} people:"),
        "outreach.import.done": LocalizedText(
            zh: "已保存：导入 {good} 行，跳过 {bad} 行。", en: "Saved: {good} rows imported, {bad} skipped."),
    ]
}
