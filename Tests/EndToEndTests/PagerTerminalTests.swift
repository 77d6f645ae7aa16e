import Foundation
import Testing

/// Long answers through the pager in a real terminal, started the two ways people start
/// ecovol: typed at the prompt of an interactive shell with job control (`bash -i`), and as
/// the pane's own command (no job control). The pager must be in the terminal's foreground
/// process group, scroll, and give a working prompt back on `q`.
@Suite(
    "Pager in a terminal",
    .serialized,
    .enabled(
        if: EcoVolBinary.exists && TmuxSession.tmuxAvailable, "needs the built binary and tmux (make test installs it)")
)
struct PagerTerminalTests {
    static let promptMark = "生态志愿:store>"
    /// A line of `/help` on its second screen in a 24-row terminal.
    static let secondPageLine = "撤销本次会话中的上一次修改"
    /// The last line of `/help`.
    static let lastHelpLine = "查看详细用法"

    enum Start { case fromShell, asPaneCommand }

    func start(_ how: Start, environment: [String: String?] = [:]) throws -> TmuxSession {
        switch how {
        case .fromShell:
            let t = try TmuxSession(width: 100, height: 24, environment: environment, shell: true)
            #expect(t.waitFor { _ in t.lastLine() == "$" }, "no shell prompt: \(t.screen())")
            try t.type(t.binaryCommandLine + " --lang zh")
            try t.keys("Enter")
            #expect(t.waitForText(Self.promptMark), "prompt never appeared: \(t.screen())")
            return t
        case .asPaneCommand:
            let t = try TmuxSession(width: 100, height: 24, environment: environment, arguments: ["--lang", "zh"])
            #expect(t.waitForText(Self.promptMark), "prompt never appeared: \(t.screen())")
            return t
        }
    }

    /// `ps` rows (pid, pgid, tpgid, command) of every process on the pane's terminal.
    func processes(on t: TmuxSession) throws -> [(pid: Int, group: Int, foreground: Int, command: String)] {
        let tty = try t.tmux(["display-message", "-p", "-t", "main", "#{pane_tty}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        let table = try Spawn.output(["ps", "-t", tty, "-o", "pid=,pgid=,tpgid=,comm="])
        return table.split(separator: "\n").compactMap { row in
            let fields = row.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count >= 4, let pid = Int(fields[0]), let group = Int(fields[1]), let fg = Int(fields[2])
            else { return nil }
            return (pid, group, fg, String(fields[3]))
        }
    }

    @Test(arguments: [Start.fromShell, Start.asPaneCommand])
    func pagedAnswerScrollsAndQReturnsToAWorkingPrompt(how: Start) throws {
        let t = try start(how)
        try t.type("/help")
        try t.keys("Enter")
        // less's own prompt on the last line: the pager is running and drew the first screen.
        #expect(t.waitFor { _ in t.lastLine().hasPrefix(":") }, "pager not visible: \(t.screen())")
        #expect(t.screen().contains("/ask"), "\(t.screen())")
        #expect(!t.screen().contains(Self.secondPageLine))
        let pager = try processes(on: t).filter { $0.command == "less" }
        #expect(pager.count == 1, "no pager process")
        if let less = pager.first {
            #expect(less.group == less.foreground, "pager is not in the terminal's foreground process group")
        }
        try t.keys("Space")
        #expect(t.waitForText(Self.secondPageLine), "pager did not scroll: \(t.screen())")
        try t.keys("q")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark }, "no prompt after q: \(t.screen())")
        try t.type("/lang")
        try t.keys("Enter")
        #expect(t.waitForText("界面语言：中文"), "the next command did not run: \(t.screen())")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark })
        #expect(try processes(on: t).contains { $0.command == "less" } == false)
    }

    @Test func ctrlZInThePagerSuspendsEcovolAndFgResumesThePager() throws {
        let t = try start(.fromShell)
        try t.type("/help")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine().hasPrefix(":") }, "pager not visible: \(t.screen())")
        // The pager alone in its group: a shell beside it would stop first on Ctrl-Z, and the
        // pager's late terminal restore would erase the job-control shell's prompt.
        let table = try processes(on: t)
        if let less = table.first(where: { $0.command == "less" }) {
            let group = table.filter { $0.group == less.group }.map(\.command)
            #expect(group == ["less"], "the pager's process group: \(group)")
        }
        try t.keys("C-z")
        #expect(t.waitForText("Stopped"), "\(t.screen())")
        // The shell's prompt after the stop took over 10 s on a loaded CI machine (twice).
        #expect(t.waitFor(timeout: 30) { _ in t.lastLine() == "$" }, "no shell prompt: \(t.screen())")
        try t.type("fg")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine().hasPrefix(":") }, "pager not back: \(t.screen())")
        let less = try processes(on: t).first { $0.command == "less" }
        #expect(less.map { $0.group == $0.foreground } == true)
        try t.keys("q")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark }, "no prompt after q: \(t.screen())")
    }

    /// PAGER=less without options, the way many shells set it: the colours must still be
    /// colours, not ESC[32m shown as text.
    @Test func aBareLessPagerShowsColoursNotEscapeCodes() throws {
        let t = try start(.fromShell, environment: ["PAGER": "less", "LESS": nil, "NO_COLOR": nil])
        try t.type("/help")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine().hasPrefix(":") }, "pager not visible: \(t.screen())")
        #expect(t.screen().contains("/ask"), "\(t.screen())")
        #expect(!t.screen().contains("ESC["), "escape codes shown as text: \(t.screen())")
        try t.keys("q")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark }, "no prompt after q: \(t.screen())")
    }

    @Test func aPagerThatFailsLeavesTheTextPrintedDirectly() throws {
        let t = try start(.fromShell, environment: ["PAGER": "no-such-pager-program"])
        try t.type("/help")
        try t.keys("Enter")
        #expect(t.waitForText(Self.lastHelpLine), "text lost: \(t.screen())")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark }, "\(t.screen())")
    }
}
