extension MessageCatalog {
    /// Messages of the outreach area: the store, sessions, people, imports.
    static let outreach: [String: LocalizedText] = store.merging(storeTool) { a, _ in a }.merging(outreachCommands) { a, _ in a }

    static let store: [String: LocalizedText] = [
        "store.error.cannotCreate": LocalizedText(zh: "无法创建数据目录 {path}：{reason}", en: "Cannot create the data directory {path}: {reason}"),
        "store.error.cannotLock": LocalizedText(zh: "无法锁定 {path}：{reason}", en: "Cannot lock {path}: {reason}"),
        "store.error.corruptSnapshot": LocalizedText(zh: "无法读取快照 {path}：{reason}。请运行 ecovol store doctor。", en: "Cannot read the snapshot {path}: {reason}. Run ecovol store doctor."),
        "store.error.corruptJournal": LocalizedText(zh: "无法读取日志 {path}：{reason}", en: "Cannot read the journal {path}: {reason}"),
        "store.error.readOnly": LocalizedText(zh: "数据目录 {path} 不能写入（{reason}），只能查看，不能保存修改。", en: "The data directory {path} cannot be written ({reason}); you can look but not save changes."),
        "store.error.readOnlyOption": LocalizedText(zh: "数据以只读方式打开，不能保存修改。", en: "The store is open read-only; changes cannot be saved."),
        "store.error.writeFailed": LocalizedText(zh: "未保存：写入 {path} 失败（{reason}）。数据保持原样，没有写入半条记录。", en: "Not saved: writing {path} failed ({reason}). The data is as it was; nothing half-written was kept."),
        "store.error.backupFailed": LocalizedText(zh: "备份写入 {path} 失败（{reason}）。", en: "Writing the backup {path} failed ({reason})."),
        "store.error.encode": LocalizedText(zh: "未保存：无法编码这条修改（{reason}）。", en: "Not saved: the change could not be encoded ({reason})."),
        "store.error.snapshotChecksum": LocalizedText(zh: "快照 {path} 的校验和不符：文件被改动或损坏。为避免读入错误数据，已停止。请运行 ecovol store doctor。", en: "The snapshot {path} fails its checksum: the file was changed or damaged. Stopped rather than load wrong data. Run ecovol store doctor."),
        "store.error.snapshotMalformed": LocalizedText(zh: "快照 {path} 在第 {offset} 字节处格式错误（{reason}）。请运行 ecovol store doctor。", en: "The snapshot {path} is malformed at byte {offset} ({reason}). Run ecovol store doctor."),
        "store.error.notASnapshot": LocalizedText(zh: "{path} 不是 ecovol 的数据文件。", en: "{path} is not an ecovol data file."),
        "store.error.newerSchema": LocalizedText(zh: "数据由更新版本的 ecovol 写入（格式 {found}，本版本支持 {known}），只能查看。请升级 ecovol 后再修改。", en: "The data was written by a newer ecovol (schema {found}; this version knows {known}); it is open read-only. Upgrade ecovol to change it."),
        "store.error.corruptLine": LocalizedText(zh: "日志 {path} 第 {line} 行已损坏（校验和不符），且后面还有记录。为保护数据已停止写入。请运行 ecovol store doctor 查看并修复。", en: "Line {line} of the journal {path} is damaged (checksum mismatch) and more records follow it. Writing is stopped to protect the data. Run ecovol store doctor to review and repair."),
        "store.error.seqGap": LocalizedText(zh: "日志 {path} 第 {line} 行的序号是 {found}，应为 {expected}：有记录丢失。已停止写入，请运行 ecovol store doctor。", en: "Line {line} of the journal {path} has seq {found} where {expected} was expected: records are missing. Writing is stopped; run ecovol store doctor."),
        "store.error.journalMismatch": LocalizedText(zh: "日志 {path} 接续第 {base} 号修改，而快照只到第 {seq} 号：快照可能被替换过。已停止写入，请运行 ecovol store doctor。", en: "The journal {path} continues from change {base} but the snapshot ends at {seq}: the snapshot may have been replaced. Writing is stopped; run ecovol store doctor."),
        "store.error.insufficientSpace": LocalizedText(zh: "磁盘空间不足，无法整理数据（需要约 {needed}，可用 {free}）。数据未受影响。", en: "Not enough disk space to compact the store (needs about {needed}, {free} free). The data is unaffected."),
        "store.error.undoConflict": LocalizedText(zh: "无法撤销第 {seq} 号修改：之后有人又改动了这些记录。", en: "Cannot undo change {seq}: the records were changed again since."),
        "store.error.nothingToUndo": LocalizedText(zh: "本次会话中没有可撤销的修改。", en: "There is no change in this session to undo."),
        "store.warning.tornTail": LocalizedText(zh: "日志第 {line} 行不完整（{bytes} 字节，上次写入被中断，未曾确认保存），已移到 {file}；其余数据完好。", en: "Line {line} of the journal was incomplete ({bytes} bytes from an interrupted write that was never confirmed); it was moved to {file}. Everything else is intact."),
        "store.warning.tornTailReadOnly": LocalizedText(zh: "日志第 {line} 行不完整（{bytes} 字节），下次以可写方式打开时会移走。", en: "Line {line} of the journal is incomplete ({bytes} bytes); it will be set aside the next time the store is opened for writing."),
        "store.warning.networkFS": LocalizedText(zh: "{path} 位于网络或同步文件夹上，文件锁和落盘可能不可靠，建议放在本地磁盘。", en: "{path} is on a network or synced file system, where locks and fsync may not be reliable; keep the store on a local disk."),
    ]

    static let storeTool: [String: LocalizedText] = [
        "storeTool.usage": LocalizedText(zh: "用法：ecovol store check|doctor|compact|info|backup 文件", en: "Usage: ecovol store check|doctor|compact|info|backup FILE"),
        "storeTool.noStore": LocalizedText(zh: "{path} 还没有数据。", en: "There is no data in {path} yet."),
        "storeTool.snapshotMissing": LocalizedText(zh: "快照：尚未生成（所有数据都在日志中）。", en: "Snapshot: none yet (all data is in the journal)."),
        "storeTool.snapshotOK": LocalizedText(zh: "快照：完好（第 {generation} 代，到第 {seq} 号修改，{bytes} 字节）。", en: "Snapshot: intact (generation {generation}, up to change {seq}, {bytes} bytes)."),
        "storeTool.snapshotDamaged": LocalizedText(zh: "快照已损坏：{reason}。", en: "Snapshot damaged: {reason}."),
        "storeTool.journalLines": LocalizedText(zh: "日志：{lines} 行有效，最新为第 {seq} 号修改。", en: "Journal: {lines} valid lines, latest change {seq}."),
        "storeTool.badLine": LocalizedText(zh: "日志第 {line} 行损坏（{reason}）。", en: "Journal line {line} is damaged ({reason})."),
        "storeTool.tornTail": LocalizedText(zh: "日志末尾有 {bytes} 字节不完整的写入（未确认保存），下次打开时会移走。", en: "The journal ends in {bytes} bytes of an interrupted, never-confirmed write; it will be set aside at the next open."),
        "storeTool.staleJournal": LocalizedText(zh: "日志早于快照（整理时被中断），下次打开时会重建。", en: "The journal predates the snapshot (an interrupted compaction); it will be rebuilt at the next open."),
        "storeTool.badMode": LocalizedText(zh: "权限过宽：{file}（应为目录 700、文件 600）。", en: "Permissions too open: {file} (expected 700 for the directory, 600 for files)."),
        "storeTool.counts": LocalizedText(zh: "活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。", en: "{sessions} sessions, {people} people, {participations} participation records, {projects} own projects."),
        "storeTool.allGood": LocalizedText(zh: "检查通过。", en: "All checks passed."),
        "storeTool.runDoctor": LocalizedText(zh: "发现问题。运行 ecovol store doctor 修复能保住的数据。", en: "Problems found. Run ecovol store doctor to repair what can be saved."),
        "storeTool.cannotWrite": LocalizedText(zh: "无法修复 {path}：{reason}", en: "Cannot repair {path}: {reason}"),
        "storeTool.nothingToRepair": LocalizedText(zh: "数据完好，无需修复。", en: "The data is intact; nothing to repair."),
        "storeTool.restoredBackup": LocalizedText(zh: "已改用备份 {file}（到第 {seq} 号修改），再补上日志中之后的修改。", en: "Using the backup {file} (up to change {seq}) with the journal's later changes on top."),
        "storeTool.noGoodBackup": LocalizedText(zh: "没有可用的备份，只能从日志恢复。", en: "No usable backup; recovering from the journal alone."),
        "storeTool.snapshotSalvaged": LocalizedText(zh: "快照结构完整但校验和不符：已按原样读入，请核对最近的数据是否有误。", en: "The snapshot parses but fails its checksum: its content was read as is; please review recent records for wrong values."),
        "storeTool.droppedLine": LocalizedText(zh: "已丢弃日志第 {line} 行（{reason}）。", en: "Dropped journal line {line} ({reason})."),
        "storeTool.keptCopy": LocalizedText(zh: "原日志已另存为 {file}。", en: "The original journal was kept as {file}."),
        "storeTool.repaired": LocalizedText(zh: "已修复：到第 {seq} 号修改；活动 {sessions} 场，人员 {people} 人，参与记录 {participations} 条，自建项目 {projects} 个。", en: "Repaired up to change {seq}: {sessions} sessions, {people} people, {participations} participation records, {projects} own projects."),
        "storeTool.compacted": LocalizedText(zh: "已整理：第 {generation} 代快照，并入 {lines} 行日志，{bytes} 字节，用时 {ms} 毫秒。", en: "Compacted: snapshot generation {generation}, {lines} journal lines folded in, {bytes} bytes, {ms} ms."),
        "storeTool.backedUp": LocalizedText(zh: "已备份到 {file}（{bytes} 字节，到第 {seq} 号修改）。", en: "Backed up to {file} ({bytes} bytes, up to change {seq})."),
        "storeTool.info": LocalizedText(zh: "数据目录：{path}\n格式版本 {schema}，第 {generation} 代，最新修改第 {seq} 号\n快照 {snapshot} 字节；日志 {journal} 字节，{lines} 行；备份 {backups} 个", en: "Store: {path}\nschema {schema}, generation {generation}, latest change {seq}\nsnapshot {snapshot} bytes; journal {journal} bytes, {lines} lines; {backups} backups"),
    ]

    static let outreachCommands: [String: LocalizedText] = [:]
}
