extension MessageCatalog {
    /// Messages of the shared (server) store: connecting, schema, offices, copying.
    static let sharedStore: [String: LocalizedText] = [
        "sharedStore.fileActionOnServer": LocalizedText(
            zh: "store {action} 只适用于数据目录中的 JSON 文件，不适用于服务器 {url}；服务器的备份请由管理员用 pg_dump 完成。",
            en:
                "store {action} works on the JSON files of a data directory, not on the server {url}; back a server up with pg_dump."
        ),
        "store.error.badValue": LocalizedText(
            zh: "未保存：字段 {field} 含有空字符（U+0000）或不是有限的数字；文字不能含空字符，数字须是普通数值。",
            en:
                "Not saved: the field {field} holds a NUL character (U+0000) or a number that is not finite; text may not contain NUL and numbers must be ordinary values."
        ),
        "sharedStore.error.badURL": LocalizedText(
            zh: "{url} 不是有效的 PostgreSQL 地址；应为 postgresql://用户@主机:端口/数据库?sslmode=require 这样的形式。",
            en:
                "{url} is not a valid PostgreSQL URL; expected something like postgresql://user@host:port/database?sslmode=require."
        ),
        "sharedStore.error.badURLParameter": LocalizedText(
            zh: "地址中的参数 {name} 不认识；可用：{accepted}。", en: "The URL parameter {name} is not known; accepted: {accepted}."),
        "sharedStore.error.badPort": LocalizedText(
            zh: "端口 {port} 无效；应为 1–65535 之间的数字。", en: "The port {port} is not valid; expected a number from 1 to 65535."
        ),
        "sharedStore.error.badSSLMode": LocalizedText(
            zh: "sslmode={value} 无效；可用：{accepted}。", en: "sslmode={value} is not valid; accepted: {accepted}."),
        "sharedStore.error.tls": LocalizedText(
            zh: "无法准备加密连接（{reason}）；请检查 sslrootcert 指向的证书文件。",
            en: "Cannot set up the encrypted connection ({reason}); check the certificate file sslrootcert names."),
        "sharedStore.error.password": LocalizedText(
            zh: "服务器 {server} 拒绝了用户 {user} 的登录：密码不对。请检查地址中的密码、PGPASSWORD 或 ~/.pgpass。",
            en:
                "The server {server} refused the login of {user}: wrong password. Check the password in the URL, PGPASSWORD or ~/.pgpass."
        ),
        "sharedStore.error.needsPassword": LocalizedText(
            zh: "服务器 {server} 要求用户 {user} 提供密码，但没有找到：请写在地址中，或设置 PGPASSWORD，或写入 ~/.pgpass（权限 0600）。",
            en:
                "The server {server} wants a password for {user} and none was given: put it in the URL, in PGPASSWORD, or in ~/.pgpass (mode 0600)."
        ),
        "sharedStore.error.notAllowed": LocalizedText(
            zh: "服务器 {server} 不允许用户 {user} 登录（{reason}）。请联系数据库管理员。",
            en: "The server {server} does not let {user} log in ({reason}). Ask the database administrator."),
        "sharedStore.error.noDatabase": LocalizedText(
            zh: "服务器 {server} 上没有名为 {database} 的数据库。请检查地址中的数据库名，或请管理员先创建它（createdb {database}）。",
            en:
                "There is no database named {database} on the server {server}. Check the database name in the URL, or ask the administrator to create it (createdb {database})."
        ),
        "sharedStore.error.starting": LocalizedText(
            zh: "服务器 {server} 正在启动或关闭，暂时不接受连接；请稍后再试。",
            en:
                "The server {server} is starting up or shutting down and does not accept connections yet; try again shortly."
        ),
        "sharedStore.error.tooMany": LocalizedText(
            zh: "服务器 {server} 的连接数已满；请稍后再试。", en: "The server {server} has no free connections; try again shortly."),
        "sharedStore.error.sslUnsupported": LocalizedText(
            zh: "服务器 {server} 不支持加密连接，而地址要求加密（sslmode）。",
            en: "The server {server} does not support encrypted connections, which the URL requires (sslmode)."),
        "sharedStore.error.unreachable": LocalizedText(
            zh: "连不上 PostgreSQL 服务器 {server}（{reason}）。请检查服务器是否在运行、主机和端口是否正确、网络是否通畅。",
            en:
                "Cannot reach the PostgreSQL server {server} ({reason}). Check that it is running, that host and port are right, and the network."
        ),
        "sharedStore.error.permission": LocalizedText(
            zh: "服务器拒绝了这个操作：用户 {user} 没有权限（{reason}）。",
            en: "The server refused this: {user} has no right to do it ({reason})."),
        "sharedStore.error.notInitialised": LocalizedText(
            zh: "服务器 {server} 上还没有 ecovol 的数据表。请由省级管理员先运行 ecovol --store 地址 store init。",
            en:
                "The server {server} has no ecovol tables yet. The province administrator runs ecovol --store URL store init first."
        ),
        "sharedStore.error.olderSchema": LocalizedText(
            zh: "服务器 {server} 上的数据表是第 {found} 版，本版本 ecovol 需要第 {known} 版。请由省级管理员运行 ecovol --store 地址 store init 升级。",
            en:
                "The tables on {server} are version {found}; this ecovol needs version {known}. The province administrator runs ecovol --store URL store init to migrate them."
        ),
        "sharedStore.error.readOnlyServer": LocalizedText(
            zh: "服务器 {server} 只读（可能是备用服务器），不能保存修改。",
            en: "The server {server} is read-only (perhaps a standby); changes cannot be saved."),
        "sharedStore.error.lostWhileSaving": LocalizedText(
            zh: "未确认保存：与服务器 {server} 的连接断开了（{reason}）。这条修改没有被确认；下一条命令会重新连接，届时可用 /sessions 等命令查看它是否已在服务器上。",
            en:
                "Not confirmed as saved: the connection to {server} was lost ({reason}). This change was not acknowledged; the next command reconnects, and /sessions and the like then show whether the server has it."
        ),
        "sharedStore.error.noAnswerWhileSaving": LocalizedText(
            zh: "未确认保存：服务器 {server} 在 {seconds} 秒内没有应答，已断开连接。这条修改没有被确认；下一条命令会重新连接，届时可用 /sessions 等命令查看它是否已在服务器上。",
            en:
                "Not confirmed as saved: the server {server} did not answer within {seconds} s, so the connection was closed. This change was not acknowledged; the next command reconnects, and /sessions and the like then show whether the server has it."
        ),
        "sharedStore.error.noAnswer": LocalizedText(
            zh: "服务器 {server} 在 {seconds} 秒内没有应答，已断开连接；请检查服务器和网络，下一条命令会重新连接。",
            en:
                "The server {server} did not answer within {seconds} s, so the connection was closed; check the server and the network. The next command reconnects."
        ),
        "sharedStore.error.lost": LocalizedText(
            zh: "与服务器 {server} 的连接断开了（{reason}）；下一条命令会重新连接。",
            en: "The connection to {server} was lost ({reason}); the next command reconnects."),
        "sharedStore.error.server": LocalizedText(
            zh: "服务器 {server} 报告错误：{reason}。没有保存任何半条修改。",
            en: "The server {server} reported an error: {reason}. Nothing half-done was saved."),
        "sharedStore.error.tooOld": LocalizedText(
            zh: "服务器 {server} 运行的是 PostgreSQL {version}；ecovol 需要 PostgreSQL 13 或更新的版本。",
            en: "The server {server} runs PostgreSQL {version}; ecovol needs PostgreSQL 13 or newer."),
        "sharedStore.initialised": LocalizedText(
            zh: "已在 {server} 上建立或升级 ecovol 数据表：应用了第 {applied} 版迁移，现为第 {version} 版。",
            en:
                "Created or migrated the ecovol tables on {server}: applied migration(s) {applied}; now at version {version}."
        ),
        "sharedStore.upToDate": LocalizedText(
            zh: "{server} 上的 ecovol 数据表已是最新（第 {version} 版），无需改动。",
            en: "The ecovol tables on {server} are current (version {version}); nothing to do."),
        "sharedStore.info": LocalizedText(
            zh: "共享库：{server}（PostgreSQL，表结构第 {schema} 版），最新修改序号 {seq}，{writable}",
            en: "Shared store: {server} (PostgreSQL, schema version {schema}), newest change {seq}, {writable}"),
        "sharedStore.writable": LocalizedText(zh: "可写。", en: "writable."),
        "sharedStore.readOnly": LocalizedText(zh: "只读。", en: "read-only."),
        "sharedStore.serverUsage": LocalizedText(
            zh: "用法：ecovol --store postgresql://… store init|info|office …|copy …",
            en: "Usage: ecovol --store postgresql://… store init|info|office …|copy …"),
        "sharedStore.officeUsage": LocalizedText(
            zh: "用法：store office add 名称 --city 市州 | store office list | store office remove 名称",
            en: "Usage: store office add NAME --city CITY | store office list | store office remove NAME"),
        "sharedStore.error.officeRule": LocalizedText(
            zh: "{office}（{city}办公室）不能修改{other}的记录（行级安全规则 {rule}）。各市州办公室只能修改本市州的活动、其中的参与记录和人员。",
            en:
                "The {office} office ({city}) may not change {other} records (row-level security rule {rule}). A city office changes only its own city's sessions, their participations and the people in them."
        ),
        "sharedStore.otherCities": LocalizedText(zh: "其他市州", en: "other cities'"),
        "sharedStore.wholeProvince": LocalizedText(zh: "全省", en: "province-wide"),
        "sharedStore.error.badOfficeName": LocalizedText(
            zh: "办公室名称 {name} 不可用：须以字母开头，只含小写字母、数字和下划线，不超过 40 个字符（如 zunyi）。",
            en:
                "The office name {name} cannot be used: it must start with a letter and hold only lower-case letters, digits and underscores, at most 40 (e.g. zunyi)."
        ),
        "sharedStore.error.badCity": LocalizedText(
            zh: "不认识市州“{value}”；可用：{accepted}。", en: "Unknown city \u{201C}{value}\u{201D}; accepted: {accepted}."),
        "sharedStore.error.officeExists": LocalizedText(
            zh: "服务器上已有名为 {name} 的登录角色；请换一个名称，或先 store office remove {name}。",
            en:
                "The server already has a login role named {name}; choose another name, or store office remove {name} first."
        ),
        "sharedStore.error.noOffice": LocalizedText(
            zh: "没有名为 {name} 的办公室（store office list 可列出全部）。",
            en: "There is no office named {name} (store office list shows them all)."),
        "sharedStore.officeAdded": LocalizedText(
            zh: "已为{city}建立办公室登录 {role}。密码（只显示这一次，请妥善交给该办公室）：{password}\n该办公室连接：ecovol --store '{url}'",
            en:
                "Created the office login {role} for {city}. Password (shown this once; hand it to the office safely): {password}\nThe office connects with: ecovol --store '{url}'"
        ),
        "sharedStore.officeRemoved": LocalizedText(
            zh: "已删除{city}办公室的登录 {role}；它录入的记录仍保留在共享库中。",
            en: "Removed the login {role} of the {city} office; the records it entered stay in the shared store."),
        "sharedStore.officeLine": LocalizedText(
            zh: "{role}　{city}　建立于 {created}", en: "{role}  {city}  created {created}"),
        "sharedStore.noOffices": LocalizedText(
            zh: "还没有市州办公室。用 store office add 名称 --city 遵义 建立。",
            en: "No city offices yet. Create one with store office add NAME --city 遵义."),
        "storeCopy.error.same": LocalizedText(zh: "来源和目标是同一个库。", en: "The source and the target are the same store."),
        "storeCopy.error.notEmpty": LocalizedText(
            zh: "目标 {target} 里已有记录；复制只写入空库，以免与已有记录混在一起。",
            en:
                "The target {target} already holds records; a copy goes only into an empty store, so it never mixes with records there."
        ),
        "storeCopy.error.noSource": LocalizedText(
            zh: "{source} 里没有 ecovol 数据（找不到 outreach.json 或 journal.jsonl）。",
            en: "{source} holds no ecovol data (no outreach.json or journal.jsonl)."),
        "storeCopy.error.seq": LocalizedText(
            zh: "复制中断：目标的下一个序号是 {expected}，而要写入的修改是第 {found} 号（目标在复制时被别人改动了？）。",
            en:
                "Copy stopped: the target's next change is {expected} but the change being copied is {found} (did someone change the target meanwhile?)."
        ),
        "storeCopy.progress": LocalizedText(zh: "复制", en: "Copying"),
        "storeCopy.done": LocalizedText(
            zh:
                "已从 {source} 复制到 {target}：{changes} 条修改（最新序号 {seq}），{sessions} 场活动，{people} 人，{participations} 条参与记录；编号和历史保持不变。",
            en:
                "Copied {source} to {target}: {changes} changes (newest {seq}), {sessions} sessions, {people} people, {participations} participations; ids and history kept."
        ),
        "storeCopy.usage": LocalizedText(
            zh: "用法：ecovol store copy 来源 目标（各为数据目录或 postgresql:// 地址）",
            en: "Usage: ecovol store copy FROM TO (each a data directory or a postgresql:// URL)"),
        "sharedStore.greetingDeferred": LocalizedText(
            zh: "共享库在第一次使用时连接；输入 /sessions 查看近期活动。",
            en: "The shared store connects on first use; type /sessions to see what is coming."),
    ]
}
