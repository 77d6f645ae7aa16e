extension MessageCatalog {
    /// Messages of a server store's local replica (the copy in the data directory that makes
    /// a start fast): when it is rebuilt, repaired or cannot be kept.
    static let replica: [String: LocalizedText] = [
        "replica.info": LocalizedText(
            zh: "本地副本：{path}（已同步到第 {seq} 条修改；删除它是安全的，下次启动会重建）",
            en: "Local replica: {path} (up to change {seq}; deleting it is safe, the next start rebuilds it)"),
        "replica.info.none": LocalizedText(
            zh: "本地副本：无（记录只保存在内存中）", en: "Local replica: none (the records are kept in memory only)"),
        "replica.notice.damaged": LocalizedText(
            zh: "本地副本 {path} 已损坏，未采用；已从服务器重新载入并重建副本。",
            en:
                "The local replica {path} is damaged and was not used; the records were loaded from the server again and the replica rebuilt."
        ),
        "replica.notice.otherServer": LocalizedText(
            zh: "本地副本 {path} 属于另一台服务器、另一个数据库或已重置的库（或办公室所属城市已变），未采用；已从服务器重新载入并重建副本。",
            en:
                "The local replica {path} belongs to another server, another database or a schema that was reset (or the office's city changed) and was not used; the records were loaded from the server again and the replica rebuilt."
        ),
        "replica.notice.ahead": LocalizedText(
            zh: "本地副本记到第 {seq} 条修改，而服务器只有 {head} 条（服务器可能从较早的备份恢复过），副本未采用；已从服务器重新载入。",
            en:
                "The local replica has changes up to {seq} but the server only up to {head} (the server may have been restored from an older backup); the replica was not used and the records were loaded from the server again."
        ),
        "replica.notice.repaired": LocalizedText(
            zh: "本地副本 {path} 的最后一条记录未通过校验（写入被中断或文件受损），已弃用该条并从服务器补齐。",
            en:
                "The last entry of the local replica {path} did not verify (an interrupted write or damage); it was set aside and caught up from the server."
        ),
        "replica.notice.unavailable": LocalizedText(
            zh: "无法使用本地副本 {path}（{reason}）；本次仅在内存中保存服务器的记录，启动会慢一些。服务器上的数据不受影响。",
            en:
                "The local replica {path} cannot be used ({reason}); this session keeps the server's records in memory only, and starting takes longer. Nothing on the server is affected."
        ),
    ]
}
