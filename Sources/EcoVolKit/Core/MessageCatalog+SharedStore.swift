extension MessageCatalog {
    /// Messages of the shared (server) store: connecting, schema, offices, copying.
    static let sharedStore: [String: LocalizedText] = [
        "sharedStore.error.unavailable": LocalizedText(zh: "这个版本的 ecovol 还不能连接 PostgreSQL 共享库（{url}）。请用数据目录作为 --store。", en: "This build of ecovol cannot connect to a shared PostgreSQL store yet ({url}). Use a data directory as --store."),
        "sharedStore.fileActionOnServer": LocalizedText(zh: "store {action} 只适用于数据目录中的 JSON 文件，不适用于服务器 {url}；服务器的备份请由管理员用 pg_dump 完成。", en: "store {action} works on the JSON files of a data directory, not on the server {url}; back a server up with pg_dump."),
        "store.error.badValue": LocalizedText(zh: "未保存：字段 {field} 含有空字符（U+0000）或不是有限的数字；文字不能含空字符，数字须是普通数值。", en: "Not saved: the field {field} holds a NUL character (U+0000) or a number that is not finite; text may not contain NUL and numbers must be ordinary values."),
    ]
}
