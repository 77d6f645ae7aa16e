/// The one reading of a yes/no answer, in both languages, shared by every flag (`force=`,
/// `past=`, `consent=`) and by the dialogue's confirmations, so `是`, `对` and `yes` mean the
/// same everywhere. The answers people type at a question (是的, 好, 可以, 不用, "sure") count
/// too: a confirmation that refuses 好的 sends a user round the same question again.
package enum YesNo {
    static let yes: Set<String> = [
        "yes", "y", "true", "1", "是", "有", "on", "对", "确认", "是的", "对的", "好", "好的", "行", "可以", "确定", "嗯", "要",
        "ok", "okay", "sure", "yeah", "yep",
    ]
    static let no: Set<String> = [
        "no", "n", "false", "0", "否", "无", "没有", "off", "不", "不是", "不对", "不要", "不用", "不行", "算了", "别", "nope",
    ]

    /// true or false for a yes/no word (case-insensitive, trimmed), nil for anything else.
    package static func parse(_ text: String) -> Bool? {
        let v = text.trimmingCharacters(in: .whitespaces).lowercased()
        if yes.contains(v) { return true }
        if no.contains(v) { return false }
        return nil
    }
}
