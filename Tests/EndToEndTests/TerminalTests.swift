import Foundation
import Testing

/// The REPL in a real terminal (tmux): the libedit checklist — Chinese input under any
/// LANG, whole-character Backspace, cursor columns, Tab, history, Ctrl-R, Ctrl-C, wrapped
/// lines, bracketed paste, Ctrl-D, Ctrl-Z, NO_COLOR, TERM=dumb and a vanished terminal.
@Suite(
    "End to end in a terminal",
    .serialized,
    .enabled(
        if: EcoVolBinary.exists && TmuxSession.tmuxAvailable, "needs the built binary and tmux (make test installs it)")
)
struct TerminalTests {
    static let prompt = "生态志愿:store> "
    static let promptWidth = 16
    /// The prompt as capture-pane shows it on an empty line (trailing spaces trimmed).
    static let promptMark = "生态志愿:store>"

    func start(
        width: Int = 100, lang: String?? = .some("C.UTF-8"), environment: [String: String?] = [:], home: String? = nil
    ) throws -> TmuxSession {
        var env = environment
        if let lang { env["LANG"] = lang } else { env["LANG"] = .some(nil) }
        let session = try TmuxSession(
            width: width, home: home, environment: env, arguments: ["--lang", "zh", "--no-pager"])
        #expect(session.waitForText(Self.promptMark), "prompt never appeared: \(session.screen())")
        return session
    }

    /// Types `line`, presses Enter and waits for the command to finish (a fresh, empty prompt
    /// on the last line), so the next keys reach the line editor rather than a running command.
    func enter(_ line: String, in t: TmuxSession) throws {
        try t.type(line)
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + line }, "\(line) not echoed: \(t.screen())")
        try t.keys("Enter")
        #expect(
            t.waitFor(timeout: 20) { _ in t.lastLine() == Self.promptMark }, "no prompt after \(line): \(t.screen())")
    }

    /// Items 1–3 of the checklist, under LANG=C.UTF-8, unset, C and an ungenerated zh_CN.UTF-8.
    @Test(arguments: ["C.UTF-8", nil, "C", "zh_CN.UTF-8"] as [String?])
    func chineseInputEditsByWholeCharactersUnderAnyLang(lang: String?) throws {
        let t = try start(lang: .some(lang))
        try t.type("垃圾分类")
        #expect(t.waitFor { $0.contains(Self.prompt + "垃圾分类") }, "LANG=\(lang ?? "unset"): \(t.screen())")
        try t.keys("Enter")
        #expect(t.waitFor { $0.components(separatedBy: Self.promptMark).count >= 3 })

        try t.type("hello 世界")
        #expect(t.waitFor { $0.contains(Self.prompt + "hello 世界") })
        let before = t.cursorX
        try t.keys("BSpace")
        #expect(t.waitFor { $0.contains(Self.prompt + "hello 世") && !$0.contains("hello 世界") })
        #expect(t.cursorX == before - 2)
        try t.keys("C-u")

        try t.type("植树活动")
        try t.keys("Left", "Left")
        try t.type("x")
        #expect(t.waitFor { $0.contains(Self.prompt + "植树x活动") }, "\(t.screen())")
        #expect(t.cursorX == Self.promptWidth + 5)
    }

    @Test func promptIsColouredUnlessNoColor() throws {
        let coloured = try start()
        #expect(coloured.screen(escapes: true).contains("\u{1B}["))
        let plain = try start(environment: ["NO_COLOR": "1"])
        let line = plain.screen(escapes: true).split(separator: "\n").first { $0.contains("生态志愿") } ?? ""
        #expect(!line.contains("\u{1B}"), "\(line)")
    }

    @Test func tabCompletesCommandsAndListsCandidates() throws {
        let t = try start()
        // capture-pane trims trailing spaces, so the space a completion adds shows in the cursor column.
        try t.type("/he")
        try t.keys("Tab")
        #expect(
            t.waitFor { _ in t.lastLine() == Self.prompt + "/help" && t.cursorX == Self.promptWidth + 6 },
            "\(t.screen())")
        try t.keys("C-u")
        try t.type("/帮")
        try t.keys("Tab")
        #expect(
            t.waitFor { _ in t.lastLine() == Self.prompt + "/帮助" && t.cursorX == Self.promptWidth + 6 }, "\(t.screen())"
        )
        try t.keys("C-u")
        try t.type("/la")
        try t.keys("Tab")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "/lang" }, "\(t.screen())")
        try t.type("e")
        try t.keys("Tab")
        #expect(
            t.waitFor { _ in t.lastLine() == Self.prompt + "/lang en" && t.cursorX == Self.promptWidth + 9 },
            "\(t.screen())")
        try t.keys("C-u")
        try t.type("/")
        try t.keys("Tab")
        // Ambiguous: the candidates are listed and the prompt is drawn again below them.
        #expect(t.waitFor { $0.contains("/help") && $0.contains("/quit") && $0.contains("/退出") })
        #expect(t.waitFor { $0.hasSuffix("") && t.lastLine().hasPrefix(Self.prompt + "/") })
    }

    /// A name with a space, typed in part, comes back whole inside the quotes it needs.
    @Test func tabPutsAValueWithASpaceBackInsideQuotes() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let schedule = try EcoVolBinary.run(
            [
                "--json", "-c",
                "/schedule title=净滩 type=practice city=贵阳 audience=community start=\"2027-03-01 09:00\" duration=2h",
            ], home: home)
        #expect(schedule.status == 0, "\(schedule.stderr)")
        let id = try #require(schedule.stdout.firstMatch(of: /"id":"(s[0-9a-z]{7})"/).map { String($0.output.1) })
        let logged = try EcoVolBinary.run(["-c", "/log \(id) name=\"Anna Lee\" phone=13900001234"], home: home)
        #expect(logged.status == 0, "\(logged.stderr)")
        let t = try start(home: home)
        try t.type("/person An")
        try t.keys("Tab")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "/person \"Anna Lee\"" }, "\(t.screen())")
        try t.keys("Enter")
        #expect(t.waitForText("139****1234"), "\(t.screen())")
    }

    @Test func historyPersistsDropsDuplicatesAndIsPrivate() throws {
        let home = EcoVolBinary.temporaryDirectory()
        do {
            let t = try TmuxSession(home: home, environment: [:], arguments: ["--lang", "zh", "--no-pager"])
            #expect(t.waitForText(Self.promptMark))
            for line in ["/lang zh", "湿地", "湿地", "/help lang"] {
                try enter(line, in: t)
            }
            try t.keys("C-d")
            #expect(t.waitForText("EXIT=0"))
            let history = try String(contentsOfFile: home + "/store/history", encoding: .utf8)
            let entries = history.split(separator: "\n").filter { !$0.hasPrefix("#") }
            #expect(entries == ["/lang zh", "湿地", "/help lang"])
            var info = stat()
            stat(home + "/store/history", &info)
            #expect(info.st_mode & 0o777 == 0o600)
            _ = try? t.tmux(["kill-server"])
        }
        let again = try TmuxSession(home: home, environment: [:], arguments: ["--lang", "zh", "--no-pager"])
        #expect(again.waitForText(Self.promptMark))
        try again.keys("Up")
        #expect(again.waitFor { $0.contains(Self.prompt + "/help lang") })
        try again.keys("Up")
        #expect(again.waitFor { $0.contains(Self.prompt + "湿地") && !$0.contains(Self.prompt + "/help lang") })
    }

    @Test func ctrlCClearsTheLineAndKeepsRunning() throws {
        let t = try start()
        try t.type("湿地 保护")
        try t.keys("Left", "Left", "Left", "C-c")
        #expect(t.waitFor { $0.contains(Self.prompt + "湿地 保护^C") })
        #expect(
            t.waitFor { _ in
                t.lastLine() == Self.prompt.trimmingCharacters(in: .whitespaces) || t.lastLine() == Self.prompt
            })
        try t.type("/lang")
        try t.keys("Enter")
        #expect(t.waitForText("界面语言：中文"))
        let history = (try? String(contentsOfFile: t.home + "/store/history", encoding: .utf8)) ?? ""
        #expect(!history.contains("湿地 保护"))
    }

    /// Ctrl-R as in bash: pressed first, then the pattern typed character by character
    /// (Chinese included), Ctrl-R again for older matches, Ctrl-G restores, Right accepts for
    /// editing, Enter runs the match; a pattern typed before Ctrl-R still works.
    @Test func ctrlRSearchesHistoryIncrementallyInChinese() throws {
        let t = try start()
        for line in ["垃圾分类怎么分", "/help", "厨余垃圾分类", "/lang"] {
            try enter(line, in: t)
        }
        try t.type("半句")
        try t.keys("C-r")
        #expect(t.waitFor { _ in t.lastLine().hasPrefix("(历史搜索，未找到)“半句”：") }, "\(t.screen())")
        try t.keys("C-g")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "半句" }, "Ctrl-G did not restore: \(t.screen())")
        try t.keys("C-u", "C-r")
        try t.type("分")
        #expect(t.waitFor { _ in t.lastLine() == "(历史搜索)“分”：厨余垃圾分类" }, "\(t.screen())")
        try t.type("类")
        #expect(t.waitFor { _ in t.lastLine() == "(历史搜索)“分类”：厨余垃圾分类" }, "\(t.screen())")
        try t.keys("C-r")
        #expect(t.waitFor { _ in t.lastLine() == "(历史搜索)“分类”：垃圾分类怎么分" }, "Ctrl-R again: \(t.screen())")
        try t.keys("Right")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "垃圾分类怎么分" }, "Right did not accept: \(t.screen())")
        try t.type("？")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "垃圾分类怎么分？" }, "\(t.screen())")
        try t.keys("C-u", "C-r")
        try t.type("la")
        #expect(t.waitFor { _ in t.lastLine() == "(历史搜索)“la”：/lang" }, "\(t.screen())")
        try t.keys("Enter")
        #expect(t.waitForText(Self.prompt + "/lang\n界面语言：中文"), "Enter did not run the match: \(t.screen())")
        // The older habit: the pattern first, then Ctrl-R.
        try t.type("厨余")
        try t.keys("C-r")
        #expect(t.waitFor { _ in t.lastLine() == "(历史搜索)“厨余”：厨余垃圾分类" }, "\(t.screen())")
        try t.keys("C-e")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "厨余垃圾分类" }, "\(t.screen())")
    }

    @Test func wrappedLinesRedrawAfterEditingTheFirstRow() throws {
        let t = try start(width: 80)
        let sentence = "绿水青山就是金山银山良好生态环境是最普惠的民生福祉山水林田湖草沙是生命共同体人与自然和谐共生共建美丽中国"
        try t.type(sentence)
        #expect(t.waitFor { $0.replacingOccurrences(of: "\n", with: "").contains("民生福祉") })
        try t.keys("C-a")
        try t.type("问题")
        let expected = Self.prompt + "问题" + sentence
        #expect(
            t.waitFor { screen in
                let joined = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .init(charactersIn: " ")) }
                    .joined()
                return joined.contains(expected)
            }, "\(t.screen())")
    }

    /// A pasted block of commands runs command by command on Enter, each echoed; the first
    /// failure stops the rest. Any other multi-line paste is one question.
    @Test func pastedCommandsRunInOrderOnEnter() throws {
        let t = try start()
        try t.paste("/lang\n/tip\n")
        #expect(t.waitFor { $0.contains(Self.prompt + "/lang⏎/tip") }, "\(t.screen())")
        t.settle()
        #expect(!t.screen().contains("界面语言"))
        try t.keys("Enter")
        #expect(t.waitForText(Self.prompt + "/lang\n界面语言：中文"), "\(t.screen())")
        #expect(t.waitForText(Self.prompt + "/tip\n今日贴士"), "\(t.screen())")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark })
        #expect(!t.screen().contains("错误"))
    }

    @Test func aFailingPastedCommandStopsTheRest() throws {
        let t = try start()
        try t.paste("/show no-such-entry\n/lang")
        try t.keys("Enter")
        #expect(t.waitForText("粘贴的第 1 条命令（共 2 条）未成功，后面 1 条没有运行。"), "\(t.screen())")
        #expect(!t.screen().contains("界面语言"))
    }

    @Test func aPastedQuestionStaysOneQuestion() throws {
        let t = try start()
        try t.paste("垃圾分类\n怎么分")
        #expect(t.waitFor { $0.contains(Self.prompt + "垃圾分类⏎怎么分") }, "\(t.screen())")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark }, "\(t.screen())")
        let history = (try? String(contentsOfFile: t.home + "/store/history", encoding: .utf8)) ?? ""
        #expect(history.contains("垃圾分类 怎么分"), "\(history)")
    }

    @Test func ctrlDDeletesMidLineAndExitsOnAnEmptyLine() throws {
        let t = try start()
        try t.type("abc")
        try t.keys("Left", "Left", "C-d")
        #expect(t.waitFor { $0.contains(Self.prompt + "ac") })
        try t.keys("C-e", "C-u")
        #expect(t.waitFor { _ in t.lastLine() == Self.promptMark })
        try t.keys("C-d")
        #expect(t.waitForText("EXIT=0"))
    }

    @Test func quitExitsWithZero() throws {
        let t = try start()
        try t.type("/退出")
        try t.keys("Enter")
        #expect(t.waitForText("EXIT=0"))
    }

    /// Bare words as a shell user types them: `clear` clears the screen (not a knowledge
    /// answer), `history` lists the lines typed, `exit` leaves.
    @Test func bareClearHistoryAndExitDoWhatAShellDoes() throws {
        let t = try start()
        try enter("/lang zh", in: t)
        #expect(t.waitForText("界面语言"), "\(t.screen())")
        try enter("clear", in: t)
        #expect(t.waitFor { !$0.contains("界面语言") && t.screenLines().first == Self.promptMark }, "\(t.screen())")
        try enter("history", in: t)
        #expect(t.waitForText("/lang zh"), "\(t.screen())")
        try t.type("exit")
        try t.keys("Enter")
        #expect(t.waitForText("EXIT=0"))
    }

    @Test func ctrlWAndCtrlUBehaveAsInBash() throws {
        let t = try start()
        try t.type("hello big world")
        try t.keys("C-w")
        #expect(
            t.waitFor { _ in t.lastLine() == Self.prompt + "hello big" && t.cursorX == Self.promptWidth + 10 },
            "\(t.screen())")
        try t.keys("Left", "Left", "C-u")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "g" && t.cursorX == Self.promptWidth }, "\(t.screen())")
        try t.keys("C-e")
        try t.type("x")
        #expect(t.waitFor { $0.contains(Self.prompt + "g x") })
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let t = try TmuxSession(environment: [:], shell: true)
        #expect(t.waitFor { _ in t.lastLine() == "$" })
        try t.type(t.binaryCommandLine + " --lang zh --no-pager")
        try t.keys("Enter")
        #expect(t.waitForText(Self.promptMark))
        try t.type("半句话")
        try t.keys("C-z")
        #expect(t.waitForText("Stopped"), "\(t.screen())")
        try t.type("fg")
        try t.keys("Enter")
        #expect(t.waitFor { _ in t.lastLine() == Self.prompt + "半句话" }, "\(t.screen())")
        try t.type("!")
        #expect(t.waitForText("半句话!"))
    }

    @Test(arguments: ["dumb", nil] as [String?])
    func editingWorksWithADumbOrMissingTerm(term: String?) throws {
        let t = try start(environment: ["TERM": term])
        try t.type("垃圾分类x")
        try t.keys("BSpace")
        #expect(t.waitFor { $0.contains("垃圾分类") && !$0.contains("垃圾分类x") }, "\(t.screen())")
        try t.keys("Enter")
        t.settle()
        #expect(!t.screen().contains("No entry for terminal"))
    }

    @Test func closingTheTerminalEndsTheProcessWithHistorySaved() throws {
        let t = try start()
        try enter("/lang zh", in: t)
        let pid = try t.tmux(["display-message", "-p", "-t", "main", "#{pane_pid}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
        // The pane runs a shell whose child is ecovol; find it before the pane goes away.
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        let ecovolPid = children.split(separator: " ").first.map(String.init) ?? ""
        try t.tmux(["kill-server"])
        var gone = false
        for _ in 0..<100 {
            // Gone, or a zombie waiting for a parent that tmux took down with it.
            let stat = (try? String(contentsOfFile: "/proc/\(ecovolPid)/stat", encoding: .utf8)) ?? ""
            if ecovolPid.isEmpty || stat.isEmpty || stat.contains(") Z ") {
                gone = true
                break
            }
            usleep(50_000)
        }
        let state = (try? String(contentsOfFile: "/proc/\(ecovolPid)/stat", encoding: .utf8)) ?? "none"
        #expect(
            gone,
            "ecovol (pid \(ecovolPid), pane \(pid), children '\(children)') still running after its terminal closed: \(state)"
        )
        let history = (try? String(contentsOfFile: t.home + "/store/history", encoding: .utf8)) ?? ""
        #expect(history.contains("/lang zh"))
    }

    @Test func resizingRewrapsTheLine() throws {
        let t = try start()
        try t.tmux(["resize-window", "-t", "main", "-x", "40"])
        try t.type("这是一个很长的问题用来检查窗口变窄以后的换行是否正确")
        #expect(
            t.waitFor { screen in
                screen.split(separator: "\n").allSatisfy { DisplayWidthProbe.columns(String($0)) <= 40 }
                    && screen.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: " ", with: "").contains(
                        "换行是否正确")
            }, "\(t.screen())")
    }
}

/// Display columns of captured screen text (CJK counts 2), for checks on wrapped rows.
enum DisplayWidthProbe {
    static func columns(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) {
            $0
                + (($1.value >= 0x1100 && $1.properties.isIdeographic) || (0x3000...0x303F).contains($1.value)
                    || (0xFF00...0xFF60).contains($1.value) ? 2 : 1)
        }
    }
}
