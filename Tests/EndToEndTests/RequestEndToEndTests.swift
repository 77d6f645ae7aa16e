import EcoVolKit
import Foundation
import JSONTestSupport
import Testing

/// Plain-words requests on the built binary: printed (not run) in batch mode, run with
/// `--yes`, and pre-filled on the next line in the REPL, where Enter runs the proposal and
/// Ctrl-C drops it.
@Suite("Requests end to end", .serialized, .enabled(if: EcoVolBinary.exists, "build the binary first: swift build"))
struct RequestEndToEndTests {
    func scheduled(_ home: String) throws -> String {
        let s = try EcoVolBinary.run(
            [
                "--json", "-c",
                "/schedule title=垃圾分类进社区讲座 type=lecture start=\"后天 14:00\" duration=2h city=贵阳 audience=community",
            ], home: home)
        #expect(s.status == 0, "\(s.stderr)")
        return try #require(
            try JSONValue.parse(s.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["sessions"]?.arrayValue?
                .first?["id"]?.stringValue)
    }

    func status(_ home: String, _ id: String) throws -> String? {
        let r = try EcoVolBinary.run(["--json", "-c", "/session \(id)"], home: home)
        return try JSONValue.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["status"]?.stringValue
    }

    @Test func batchPrintsTheProposalAndYesRunsIt() throws {
        let home = EcoVolBinary.temporaryDirectory()
        let id = try scheduled(home)
        let printed = try EcoVolBinary.run(["--json", "-c", "取消后天的讲座，下暴雨"], home: home)
        #expect(printed.status == 0)
        let doc = try JSONValue.parse(printed.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(doc["proposal"]?["command"] == "cancel")
        #expect(doc["proposal"]?["line"]?.stringValue == "/cancel \(id) reason=下暴雨")
        #expect(doc["proposal"]?["arguments"]?["reason"] == "下暴雨")
        #expect(doc["proposal"]?["missing"] == .array([]))
        #expect(try status(home, id) == "planned")

        let piped = try EcoVolBinary.run(["--lang", "zh"], stdin: "取消后天的讲座，下暴雨\n", home: home)
        #expect(piped.stdout.contains("/cancel \(id) reason=下暴雨") && piped.stdout.contains("未执行"))
        #expect(try status(home, id) == "planned")

        let yes = try EcoVolBinary.run(["--lang", "zh", "--yes", "-c", "取消后天的讲座，下暴雨"], home: home)
        #expect(yes.status == 0, "\(yes.stderr)")
        // It says it runs the proposal, not that it did not.
        #expect(yes.stdout.contains("按 --yes 执行") && !yes.stdout.contains("未执行"), "\(yes.stdout)")
        #expect(try status(home, id) == "cancelled")
    }

    @Test func questionsInBatchAreAnsweredAsBefore() throws {
        let home = EcoVolBinary.temporaryDirectory()
        let asked = try EcoVolBinary.run(["--json", "-c", "/ask 垃圾分类怎么分"], home: home)
        let typed = try EcoVolBinary.run(["--json", "-c", "垃圾分类怎么分"], home: home)
        #expect(typed.stdout == asked.stdout)
        #expect(!typed.stdout.contains("proposal"))
        // Answering a question made no store.
        #expect(!FileManager.default.fileExists(atPath: home + "/store"))
    }

    /// A line that is a request only through a registered volunteer's name, typed as the
    /// first and only line of a batch run, before anything else opened the store.
    @Test func aRequestReadThroughARegisteredNameInBatch() throws {
        let home = EcoVolBinary.temporaryDirectory()
        let made = try EcoVolBinary.run(
            [
                "--json", "-c",
                "/schedule title=南明河巡河 type=supervision start=\"昨天 09:00\" past=yes duration=3h city=贵阳 audience=community",
            ], home: home)
        #expect(made.status == 0, "\(made.stderr)")
        let session = try #require(
            try JSONValue.parse(made.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["sessions"]?.arrayValue?
                .first?["id"]?.stringValue)
        #expect(try EcoVolBinary.run(["-c", "/log \(session) 张三"], home: home).status == 0)
        let people = try EcoVolBinary.run(["--json", "-c", "/people"], home: home)
        let person = try #require(
            try JSONValue.parse(people.stdout.trimmingCharacters(in: .whitespacesAndNewlines))["people"]?.arrayValue?
                .first?["id"]?.stringValue)
        for (line, expected) in [
            ("张三昨天巡河干了两个半小时", "/mark \(session) \(person) hours=2.5"),
            ("张三昨天巡河表现不错，给他打个4星", "/mark \(session) \(person) rating=4"),
        ] {
            let r = try EcoVolBinary.run(["--json", "-c", line], home: home)
            let doc = try JSONValue.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(doc["proposal"]?["line"]?.stringValue == expected, "\(line): \(r.stdout.prefix(300))")
        }
    }

    @Test(.enabled(if: TmuxSession.tmuxAvailable, "needs tmux"))
    func theReplPrefillsTheProposalForEnterOrCtrlC() throws {
        let home = EcoVolBinary.temporaryDirectory()
        let id = try scheduled(home)
        let t = try TmuxSession(
            home: home, environment: ["LANG": "C.UTF-8"], arguments: ["--lang", "zh", "--no-pager"])
        let prompt = "生态志愿:store>"
        #expect(t.waitForText(prompt), "\(t.screen())")
        try t.type("后天的讲座取消，下暴雨")
        try t.keys("Enter")
        let line = "/cancel \(id) reason=下暴雨"
        #expect(t.waitFor { _ in t.lastLine() == prompt + " " + line }, "not pre-filled: \(t.screen())")
        // Ctrl-C drops it: nothing changes.
        try t.keys("C-c")
        #expect(t.waitFor { _ in t.lastLine() == prompt }, "\(t.screen())")
        #expect(try status(home, id) == "planned")
        // Asked again, edited, then Enter runs the edited line.
        try t.type("后天的讲座取消，下暴雨")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine() == prompt + " " + line }, "\(t.screen())")
        try t.keys("BSpace", "BSpace", "BSpace")
        try t.type("大风")
        try t.keys("Enter")
        #expect(t.waitForText("已取消") || t.waitForText("取消"), "\(t.screen())")
        #expect(t.waitFor { _ in t.lastLine() == prompt })
        let shown = try EcoVolBinary.run(["--json", "-c", "/session \(id)"], home: home)
        let doc = try JSONValue.parse(shown.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(doc["status"] == "cancelled")
        #expect(shown.stdout.contains("大风"), "\(shown.stdout)")
        try t.keys("C-d")
    }
}
