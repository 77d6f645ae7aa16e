extension MessageCatalog {
    /// Messages of offline sync between a laptop's store and a shared server.
    static let sync: [String: LocalizedText] = [
        "sync.usage": LocalizedText(
            zh:
                "用法：ecovol --store 目录 sync [postgresql://…] | sync status | sync conflicts [--json] | sync resolve 编号 keep=mine|theirs",
            en:
                "Usage: ecovol --store DIR sync [postgresql://…] | sync status | sync conflicts [--json] | sync resolve ID keep=mine|theirs"
        ),
        "sync.error.storeIsServer": LocalizedText(
            zh: "sync 同步的是本机的数据目录与服务器；--store 指向的 {store} 本身就是服务器。请用 --store 目录 sync postgresql://…。",
            en:
                "sync brings a local data directory and a server into step; --store names {store}, which is itself a server. Use --store DIR sync postgresql://…."
        ),
        "sync.error.unknownAction": LocalizedText(
            zh: "sync 后面的“{word}”不认识；可用：postgresql://… 地址、status、conflicts、resolve。",
            en: "“{word}” after sync is not known; accepted: a postgresql://… URL, status, conflicts, resolve."),
        "sync.error.notURL": LocalizedText(
            zh: "地址 {url} 不是 postgresql:// 或 postgres:// 开头的服务器地址。",
            en: "The URL {url} is not a server address starting with postgresql:// or postgres://."),
        "sync.error.noLink": LocalizedText(
            zh: "这个数据目录还没有关联服务器：第一次请写出地址，如 ecovol --store 目录 sync postgresql://用户@主机/数据库。",
            en:
                "This data directory is not linked to a server yet: the first time, give the URL, e.g. ecovol --store DIR sync postgresql://user@host/database."
        ),
        "sync.error.otherServer": LocalizedText(
            zh: "这个数据目录已与 {old} 同步过，不能改为与另一个服务器 {new} 同步（两边的改动编号对不上）。请为新服务器另用一个数据目录。",
            en:
                "This data directory has synced with {old}; it cannot switch to another server {new} (the change numbers would not match). Use another data directory for the new server."
        ),
        "sync.error.notInstalled": LocalizedText(
            zh: "服务器 {server} 还没有离线同步所需的表：请省级管理员运行一次 ecovol --store postgresql://… store init。",
            en:
                "The server {server} lacks the tables offline sync needs: the province's administrator runs ecovol --store postgresql://… store init once."
        ),
        "sync.error.badState": LocalizedText(
            zh: "同步记录文件 {path} 无法读取（已损坏）；请从备份恢复，或把它移走后重新 sync（已推送的改动不会重复）。",
            en:
                "The sync record {path} cannot be read (it is damaged); restore it from a backup, or move it away and sync again (pushed changes are not duplicated)."
        ),
        "sync.error.interrupted": LocalizedText(
            zh: "同步中断：与服务器 {server} 的连接断开了（{reason}）。已完成的部分已记下；联网后再运行 ecovol sync 即可继续，不会重复，也不会丢失。",
            en:
                "Sync interrupted: the connection to {server} was lost ({reason}). What was done is recorded; run ecovol sync again when online to carry on, with nothing duplicated or lost."
        ),
        "sync.error.noAnswer": LocalizedText(
            zh: "同步中断：服务器 {server} 在 {seconds} 秒内没有应答，已断开连接。已完成的部分已记下；服务器恢复后再运行 ecovol sync 即可继续，不会重复，也不会丢失。",
            en:
                "Sync interrupted: the server {server} did not answer within {seconds} s, so the connection was closed. What was done is recorded; run ecovol sync again once the server answers to carry on, with nothing duplicated or lost."
        ),
        "sync.error.resolveUsage": LocalizedText(
            zh: "用法：sync resolve 编号 keep=mine|theirs（编号见 sync conflicts）。",
            en: "Usage: sync resolve ID keep=mine|theirs (the IDs are listed by sync conflicts)."),
        "sync.error.unknownConflict": LocalizedText(
            zh: "编号（ID）{id} 不是待处理的冲突；待处理的有：{open}。",
            en: "The ID {id} is not an open conflict; open ones: {open}."),
        "sync.error.badKeep": LocalizedText(
            zh: "字段 keep 的值“{value}”无效；可用：keep=mine（保留本机版本）或 keep=theirs（保留服务器上的版本）。",
            en:
                "The field keep has the value “{value}”, which is not accepted; use keep=mine (this laptop's version) or keep=theirs (the server's)."
        ),
        "sync.progress.push": LocalizedText(zh: "推送", en: "Push"),
        "sync.progress.pull": LocalizedText(zh: "拉取", en: "Pull"),
        "sync.done": LocalizedText(
            zh: "已与 {link} 同步：推送 {pushed} 个改动（服务器已有 {already} 个），拉取 {pulled} 个改动，本机写入 {records} 条记录。",
            en:
                "Synced with {link}: pushed {pushed} changes ({already} already on the server), pulled {pulled} changes, {records} records written here."
        ),
        "sync.refusedCount": LocalizedText(
            zh: "服务器拒绝了 {count} 个改动（本办公室无权修改）；这些改动保留在本机，列为冲突。",
            en:
                "The server refused {count} changes (this office may not make them); they stay on this laptop, listed as conflicts."
        ),
        "sync.conflictsOpen": LocalizedText(
            zh: "有 {count} 个冲突待处理：ecovol --store {store} sync conflicts",
            en: "{count} conflicts to settle: ecovol --store {store} sync conflicts"),
        "sync.passwordNotKept": LocalizedText(
            zh: "地址中的密码没有保存；下次直接 sync 时请用 PGPASSWORD 或 ~/.pgpass 提供密码。",
            en:
                "The password in the URL is not kept; for a bare sync next time, give it through PGPASSWORD or ~/.pgpass."
        ),
        "sync.status.notLinked": LocalizedText(
            zh: "数据目录 {store} 还没有与服务器同步过；用 ecovol --store {store} sync postgresql://… 开始。",
            en:
                "The data directory {store} has never synced with a server; start with ecovol --store {store} sync postgresql://…."
        ),
        "sync.status.link": LocalizedText(zh: "服务器：{link}", en: "Server: {link}"),
        "sync.status.last": LocalizedText(zh: "上次同步：{time}（北京时间）", en: "Last sync: {time} (China time)"),
        "sync.status.never": LocalizedText(zh: "上次同步：尚未完成过", en: "Last sync: none completed yet"),
        "sync.status.waiting": LocalizedText(zh: "待推送的改动：{count} 个", en: "Changes waiting to push: {count}"),
        "sync.status.conflicts": LocalizedText(zh: "待处理的冲突：{count} 个", en: "Open conflicts: {count}"),
        "sync.conflicts.none": LocalizedText(zh: "没有待处理的同步冲突。", en: "No open sync conflicts."),
        "sync.conflicts.concurrent": LocalizedText(
            zh: "#{id} {record}：两边都改过（本机改动 #{local}，服务器改动 #{server}）；按服务器顺序，本机版本为现行版本。",
            en:
                "#{id} {record}: changed on both sides (local change #{local}, server change #{server}); in the server's order this laptop's version stands."
        ),
        "sync.conflicts.refused": LocalizedText(
            zh: "#{id} {record}：服务器拒绝了本机改动 #{local}（{reason}）；本机版本保留在本机。",
            en: "#{id} {record}: the server refused local change #{local} ({reason}); this laptop keeps its version."),
        "sync.conflicts.mine": LocalizedText(zh: "本机：", en: "mine:  "),
        "sync.conflicts.theirs": LocalizedText(zh: "对方：", en: "theirs:"),
        "sync.conflicts.absent": LocalizedText(zh: "（没有这条记录）", en: "(no such record)"),
        "sync.conflicts.hint": LocalizedText(
            zh: "处理：sync resolve {id} keep=mine 或 keep=theirs", en: "settle: sync resolve {id} keep=mine or keep=theirs"
        ),
        "sync.resolved.mine": LocalizedText(
            zh: "冲突 #{id} 已处理：保留本机版本的 {record}（本机改动 #{seq}，下次同步时推送）。",
            en:
                "Conflict #{id} settled: this laptop's version of {record} kept (local change #{seq}, pushed at the next sync)."
        ),
        "sync.resolved.theirs": LocalizedText(
            zh: "冲突 #{id} 已处理：采用服务器版本的 {record}（本机改动 #{seq}，下次同步时推送）。",
            en:
                "Conflict #{id} settled: the server's version of {record} taken (local change #{seq}, pushed at the next sync)."
        ),
        "sync.greeting.waiting": LocalizedText(
            zh: "有 {count} 个改动尚未同步到 {link}；联网后运行 ecovol sync。",
            en: "{count} changes not yet synced to {link}; run ecovol sync when online."),
        "sync.greeting.conflicts": LocalizedText(
            zh: "有 {count} 个同步冲突待处理：ecovol sync conflicts。",
            en: "{count} sync conflicts to settle: ecovol sync conflicts."),
    ]
}
