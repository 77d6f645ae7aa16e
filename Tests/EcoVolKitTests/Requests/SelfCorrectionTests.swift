import Foundation
import Testing

@testable import EcoVolKit

/// A request corrected as it is typed is read as the request meant: the correction replaces
/// what it corrects, and a line without one is left exactly as typed.
@MainActor
@Suite struct SelfCorrectionTests {
    @Test(arguments: [
        // A day for a day, with what the correction names after it.
        ("帮我把李娜登记到周六的讲座，不对，是周五的节约用水", "帮我把李娜登记到周五的节约用水"),
        (
            "sign up Li Na for Saturday's talk, sorry, I mean Friday's water event",
            "sign up Li Na for Friday's water event"
        ),
        ("move the wetland talk to Sunday, actually, Monday", "move the wetland talk to Monday"),
        ("30 people came to Saturday's talk, make that 35 people", "35 people came to Saturday's talk"),
        // The word the correction starts from.
        ("把湿地保护讲座改到周日，啊不对，改到周一", "把湿地保护讲座改到周一"),
        ("湿地保护讲座推迟三天，不对不对，推迟一周", "湿地保护讲座推迟一周"),
        // A headcount for a headcount; the clause after the correction stays.
        ("周六那场讲座来了30人，不对，是35人，已经结束了", "周六那场讲座来了35人，已经结束了"),
        ("培训来了二十人，说错了，是二十五人，结束了", "培训来了二十五人，结束了"),
        // An action for an action, the session kept wherever it was said.
        ("周六的讲座取消，哦不，是推迟一周", "周六的讲座推迟一周"),
        ("取消周六的讲座，不好意思，是推迟两天", "周六的讲座推迟两天"),
        // Not this one but that one.
        ("登记张三和李四，不是李四，是王五，参加周六的讲座", "登记张三和王五，参加周六的讲座"),
        // Typed by voice, the pauses are spaces.
        ("把李四和王五 不是王五 是赵六 登记到周六的讲座", "把李四和赵六 登记到周六的讲座"),
        // One session said for another, with spaces for the pauses.
        ("那个 南明那个讲座 不对 是周五的培训 取消掉", "那个 周五的培训 取消掉"),
    ])
    func theCorrectionReplacesWhatItCorrects(typed: String, meant: String) {
        #expect(SelfCorrection.apply(typed) == meant)
    }

    @Test(arguments: [
        "周六的讲座取消", "李四不去了，因为下雨", "我不对劲，想问问雾霾怎么防护", "不对，垃圾分类到底怎么分",
        "张三，不是志愿者吗", "今天来了30人，明天来了35人", "sorry, I mean nothing by it", "取消，",
        "cancel Saturday's talk, actually it's raining",
    ])
    func aLineWithoutACorrectionIsLeftAsTyped(typed: String) {
        #expect(SelfCorrection.apply(typed) == typed)
    }

    @Test func aNameCorrectsTheLastNameBeforeIt() {
        let isName = { (s: String) in RequestInterpreter.looksLikeName(s) }
        #expect(SelfCorrection.apply("把李四登记到今天的夜间巡河，不对，是张三", isName: isName) == "把张三登记到今天的夜间巡河")
        #expect(SelfCorrection.apply("给王芳和刘洋报名周六的讲座，说错了，是陈静", isName: isName) == "给王芳和陈静报名周六的讲座")
        // Without a way to tell names, a name corrects nothing.
        #expect(SelfCorrection.apply("把李四登记到今天的夜间巡河，不对，是张三") == "把李四登记到今天的夜间巡河，不对，是张三")
        // Only a name corrects a name.
        #expect(SelfCorrection.apply("把李四登记到巡河，不对，是巡护", isName: isName) == "把李四登记到巡河，不对，是巡护")
        let r = RequestFixture.interpreter(RequestFixture.state()).interpret("把李四登记到周六的讲座，不对，是张三")
        #expect(r.best?.line == "/log stalk005 pzhang3", "\(r.best?.line ?? "-")")
    }

    @Test func aCorrectionThatFitsNothingLeavesTheLine() {
        // Without a way to tell names, 李四 is nothing the line before it has.
        let typed = "张三不去周六的讲座了，不对，是李四不去了"
        #expect(SelfCorrection.apply(typed) == typed)
        #expect(SelfCorrection.apply("把李四登记到周六的讲座，不对，是好几个人") == "把李四登记到周六的讲座，不对，是好几个人")
    }

    @Test func aNameWithTheWordsRepeatedReplacesTheName() {
        let isName = { (s: String) in RequestInterpreter.looksLikeName(s) }
        #expect(
            SelfCorrection.apply("张三不去周六的讲座了，不对，是李四不去了", isName: isName) == "李四不去周六的讲座了")
        #expect(SelfCorrection.apply("王小明不来了，不对，是李小红不来了", isName: isName) == "李小红不来了")
        // A name with words the line does not have is not a correction of the name.
        let other = "把张三登记到周六的讲座，不对，是李四也要去"
        #expect(SelfCorrection.apply(other, isName: isName) == other)
        let r = RequestFixture.interpreter(RequestFixture.state()).interpret("张三不去周六的讲座了，不对，是李四不去了")
        #expect(r.best?.command == "unlog" && r.best?.positionals.last == "pli4", "\(r.best?.line ?? "-")")
    }

    @Test(arguments: [
        ("帮我把李娜登记到周六的讲座，不对，是周五的节约用水", "/log swater04"),
        ("周六那场讲座来了30人，不对，是35人，已经结束了", "/done stalk005 reached=35"),
        ("把湿地保护讲座改到周日，啊不对，改到周一", "/edit swet1212 start=\"2026-12-07 10:00\""),
        ("周六的讲座取消，哦不，是推迟一周", "/edit stalk005 start=\"2026-12-12 14:00\""),
        ("登记张三和李四，不是李四，是王五，参加周六的讲座", "/log stalk005 pzhang3 pwang5"),
        ("sign up Li Na for Saturday's talk, sorry, I mean Friday's water event", "/log swater04 plina"),
    ])
    func theRequestMeantIsTheOneProposed(typed: String, line: String) {
        let r = RequestFixture.interpreter(RequestFixture.state()).interpret(typed)
        #expect(r.best?.line.hasPrefix(line) == true, "\(typed): \(r.best?.line ?? "-")")
    }
}
