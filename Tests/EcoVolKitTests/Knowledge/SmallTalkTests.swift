import Testing

@testable import EcoVolKit

/// Thanks, greetings and acknowledgements are said, not asked.
@Suite("Small talk")
struct SmallTalkTests {
    @Test(arguments: [
        ("谢谢", SmallTalk.thanks), ("谢谢啊！", .thanks), ("Thanks!", .thanks), ("你好", .greeting), ("hi", .greeting),
        ("好的", .acknowledgement), ("嗯嗯", .acknowledgement), ("OK", .acknowledgement),
    ])
    func whatIsSaid(line: String, kind: SmallTalk) {
        #expect(SmallTalk.reading(line) == kind)
    }

    @Test(arguments: ["谢谢，垃圾分类怎么分", "你好，草海在哪里", "好的方法有哪些", "hi, what is carbon neutrality"])
    func aQuestionWithAGreetingIsAQuestion(line: String) {
        #expect(SmallTalk.reading(line) == nil)
    }
}
