/// The one reading of a yes/no answer, in both languages, shared by every flag (`force=`,
/// `past=`, `consent=`) and by the dialogue's confirmations, so `是`, `对` and `yes` mean the
/// same everywhere.
package enum YesNo {
    static let yes: Set<String> = ["yes", "y", "true", "1", "是", "有", "on", "对", "确认"]
    static let no: Set<String> = ["no", "n", "false", "0", "否", "无", "没有", "off", "不"]

    /// true or false for a yes/no word (case-insensitive, trimmed), nil for anything else.
    package static func parse(_ text: String) -> Bool? {
        let v = text.trimmingCharacters(in: .whitespaces).lowercased()
        if yes.contains(v) { return true }
        if no.contains(v) { return false }
        return nil
    }
}
