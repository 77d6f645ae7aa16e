import Foundation
import Testing

/// The record rules where someone is at the keyboard, started from an interactive shell as a
/// coordinator would: a namesake with another phone is a choice ("register a new 张三"
/// offered), and an end before the start is a question rather than a refusal.
@Suite(
    "Record rules in a terminal",
    .serialized,
    .enabled(
        if: EcoVolBinary.exists && TmuxSession.tmuxAvailable, "needs the built binary and tmux (make test installs it)")
)
struct RecordRulesTerminalTests {
    @Test func namesakesAreAChoiceAndOvernightIsAQuestion() throws {
        let t = try TmuxSession(width: 120, height: 40, environment: ["LANG": "C.UTF-8"], shell: true)
        #expect(t.waitForText("$"), "\(t.screen())")
        try t.type(t.binaryCommandLine + " --lang zh --no-pager")
        try t.keys("Enter")
        #expect(t.waitForText("生态志愿:store>", timeout: 20), "\(t.screen())")
        try t.type("/schedule title=测试 type=education start=\"明天 两点半\" duration=2h city=贵阳 audience=community")
        try t.keys("Enter")
        #expect(t.waitForText("14:30–16:30"), "\(t.screen())")
        let id = try #require(
            t.screenLines().compactMap { line -> String? in
                let parts = line.split(separator: " ", omittingEmptySubsequences: true)
                return parts.count == 2 && parts[0] == "编号" ? String(parts[1]) : nil
            }.last, "\(t.screen())")
        try t.type("/log \(id) name=张三 phone=13812345678")
        try t.keys("Enter")
        #expect(t.waitForText("新登记人员 张三"), "\(t.screen())")
        try t.keys("C-l")
        try t.type("/log \(id) name=张三 phone=13900001111")
        try t.keys("Enter")
        #expect(t.waitForText("新登记一位 张三"), "\(t.screen())")
        #expect(t.screen().contains("138****5678"))
        try t.keys("Enter")  // the default: someone else
        #expect(t.waitForText("已作为另一个人新登记"), "\(t.screen())")
        try t.keys("C-l")
        try t.type("/schedule title=夜 type=education end=01:00 city=贵阳 audience=community")
        try t.keys("Enter")
        #expect(t.waitForText("开始时间"), "\(t.screen())")
        try t.type("明天 22:00")
        try t.keys("Enter")
        #expect(t.waitForText("次日结束吗"), "\(t.screen())")
        try t.type("yes")
        try t.keys("Enter")
        #expect(
            t.waitFor(timeout: 20) { $0.contains("22:00–") && $0.contains("01:00 (Asia/Shanghai)") }, "\(t.screen())")
        try t.type("/quit")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine().hasPrefix("$") }, "\(t.screen())")
    }
}
