import Foundation

/// A line that is said, not asked: thanks, a greeting, an acknowledgement (谢谢, 你好, 好的,
/// ok). In a chat people type them between questions; answering "nothing in the knowledge
/// base is about 谢谢" reads as a machine that did not listen.
package enum SmallTalk: Sendable, Equatable {
    case thanks
    case greeting
    case acknowledgement

    /// What `line` is, when the whole of it (punctuation and 啊/呀/哈 aside) is one of these.
    package static func reading(_ line: String) -> SmallTalk? {
        var text = line.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        text = text.filter { !"!！。.~～，,？?".contains($0) }
        while let last = text.last, "啊呀哈啦嘛哦噢呢".contains(last), text.count > 1 { text.removeLast() }
        text = text.trimmingCharacters(in: .whitespaces)
        for (kind, words) in table where words.contains(text) { return kind }
        return nil
    }

    static let table: [(SmallTalk, Set<String>)] = [
        (.thanks, ["谢谢", "谢谢你", "谢谢您", "多谢", "感谢", "谢啦", "thanks", "thank you", "thx", "ty"]),
        (.greeting, ["你好", "您好", "大家好", "哈喽", "嗨", "早上好", "下午好", "晚上好", "hello", "hi", "hey", "good morning"]),
        (
            .acknowledgement,
            ["好的", "好吧", "好", "嗯", "嗯嗯", "知道了", "明白了", "明白", "收到", "懂了", "ok", "okay", "got it", "i see"]
        ),
    ]
}
