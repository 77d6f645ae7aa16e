/// The arguments many outreach commands take, declared once: the session as the first
/// positional and the person as the second.
enum OutreachArguments {
    static let session = CommandArgument<SessionIDArgument>.positional(
        "id", help: LocalizedText(zh: "活动编号", en: "session id"), required: true)
    static let person = CommandArgument<PersonArgument>.positional(
        "person", help: LocalizedText(zh: "姓名、编号或手机号", en: "name, id or phone"), required: true)
    static let rating = CommandArgument<Int>.key(
        "rating", aliases: ["评价", "评分"], help: LocalizedText(zh: "活动评价 1–5", en: "rating 1–5"),
        completion: .values(["1", "2", "3", "4", "5"]), in: 1...5)
}
