import Testing

@testable import EcoVolKit

/// A talk's length in a lecturer's request is blanked before ranking; a name that runs on
/// into a length (地球一小时) is kept.
@Suite("Talk length")
struct TalkLengthTests {
    private func blanked(_ typed: String, keepAfter names: Set<String> = []) -> String {
        var s = TextNormalizer.normalize(typed)
        let original = s
        TalkLength.blank(&s) { k in
            names.contains { name in
                let n = TextNormalizer.normalize(name)
                return k >= n.count && Array(original[(k - n.count)..<k]) == n
            }
        }
        return String(
            String.UnicodeScalarView(s.filter { $0 != TextNormalizer.separator }.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [
        ("给村民讲二十分钟垃圾分类", "给村民讲垃圾分类"), ("讲一个半小时的碳中和", "讲的碳中和"), ("半小时讲塑料", "讲塑料"),
        ("45分钟的课", "的课"), ("十五分钟讲稿", "讲稿"), ("两个小时", ""), ("a 20-minute talk on plastics", "atalkonplastics"),
        ("talk for half an hour", "talkfor"), ("20 minutes on water", "onwater"),
    ])
    func lengthsAreBlanked(typed: String, left: String) {
        #expect(blanked(typed) == left)
    }

    @Test(arguments: ["地球一小时活动", "20th century", "一些小时候的故事", "minutes of the meeting"])
    func otherWordsStay(typed: String) {
        let kept = typed == "地球一小时活动" ? blanked(typed, keepAfter: ["地球"]) : blanked(typed)
        #expect(kept == String(typed.lowercased().filter { $0 != " " }))
    }
}
