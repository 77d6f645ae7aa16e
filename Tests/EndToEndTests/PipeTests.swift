import EcoVolKit
import Foundation
import JSONTestSupport
import Testing

/// The binary without a terminal: pipes, `-c`, `--script`, `--json` and exit statuses.
@Suite("End to end through pipes", .enabled(if: EcoVolBinary.exists, "build the binary first: swift build"))
struct PipeTests {
    @Test func pipedHelpHasNoPromptNoColourAndWritesNoHistory() throws {
        let home = EcoVolBinary.temporaryDirectory()
        let result = try EcoVolBinary.run([], stdin: "/help\n/帮助 lang\n", home: home, environment: ["LANG": nil])
        #expect(result.status == 0)
        #expect(result.stdout.contains("/schedule") || result.stdout.contains("/help"))
        #expect(result.stdout.contains("/lang  (/语言"))
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("> "))
        #expect(!FileManager.default.fileExists(atPath: home + "/store/history"))
    }

    @Test func ctrlCInBatchModeExits130AfterTheLinesAlreadyRun() throws {
        let run = try Self.interruptAfterFirstAnswer()
        #expect(run.output.contains("Language: English"))
        #expect(run.exit == .exited(130))
    }

    /// Ctrl-C reaches every run even when many start and stop at once: dispatch signal sources
    /// lost about one SIGINT in a hundred under this load, and the run then waited for input forever.
    @Test func ctrlCIsNeverLostWhenManyRunsAreInterruptedAtOnce() async throws {
        let exits = try await withThrowingTaskGroup(of: InterruptedRun.Exit.self) { group in
            for _ in 0..<24 {
                group.addTask { try Self.interruptAfterFirstAnswer().exit }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(exits.count == 24)
        #expect(exits.allSatisfy { $0 == .exited(130) }, "\(exits.filter { $0 != .exited(130) })")
    }

    struct InterruptedRun {
        enum Exit: Equatable, Sendable {
            case exited(Int32)
            case signalled(Int32)
            /// SIGINT was sent and the process was still running 10 s later (it was then killed).
            case ignoredInterrupt
        }
        var output: String
        var exit: Exit
    }

    /// Starts a piped run, sends it one line, waits for the answer, then sends SIGINT while the
    /// run waits for its next line. Every wait has a deadline, so a lost answer or a lost signal
    /// fails the test instead of hanging it.
    static func interruptAfterFirstAnswer() throws -> InterruptedRun {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: EcoVolBinary.path)
        process.arguments = ["--lang", "en"]
        process.environment = EcoVolBinary.environment(home: home)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("/lang en\n".utf8))
        var seen = Data()
        let fd = output.fileHandleForReading.fileDescriptor
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        let answered = Date().addingTimeInterval(20)
        while !String(decoding: seen, as: UTF8.self).contains("English"), Date() < answered {
            let n = read(fd, &buffer, buffer.count)
            if n > 0 { seen.append(contentsOf: buffer[0..<n]) } else { usleep(20_000) }
        }
        kill(process.processIdentifier, SIGINT)
        let stopped = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopped { usleep(20_000) }
        let ignored = process.isRunning
        if ignored { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        _ = fcntl(fd, F_SETFL, flags)
        seen.append(output.fileHandleForReading.readDataToEndOfFile())
        let exit: InterruptedRun.Exit =
            ignored
            ? .ignoredInterrupt
            : process.terminationReason == .exit
                ? .exited(process.terminationStatus) : .signalled(process.terminationStatus)
        return InterruptedRun(output: String(decoding: seen, as: UTF8.self), exit: exit)
    }

    /// Under an English or absent locale a Chinese question is answered in Chinese (heading,
    /// labels, the numbered list and what a number opens); an English one in English; a
    /// language the user chose wins over both.
    @Test func aKnowledgeAnswerFollowsTheQuestionsLanguageUntilOneIsChosen() throws {
        let zh = try EcoVolBinary.run(["--no-pager"], stdin: "草海在哪里\n1\n", environment: ["LANG": "C.UTF-8"])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("草海：黑颈鹤越冬的高原湖泊"))
        #expect(zh.stdout.contains("来源") && zh.stdout.contains("相关条目："))
        #expect(!zh.stdout.contains("Source"))
        let en = try EcoVolBinary.run(["--no-pager"], stdin: "where is Caohai\n", environment: ["LANG": "zh_CN.UTF-8"])
        #expect(en.stdout.contains("Caohai: a plateau lake where black-necked cranes winter"))
        #expect(en.stdout.contains("Source"))
        let chosen = try EcoVolBinary.run(
            ["--no-pager", "--lang", "en"], stdin: "草海在哪里\n/lang zh\nwhere is Caohai\n", environment: ["LANG": nil])
        let parts = chosen.stdout.components(separatedBy: "界面语言：中文")
        #expect(parts.count == 2)
        #expect(parts.first?.contains("Caohai: a plateau lake") == true)
        #expect(parts.last?.contains("草海：黑颈鹤越冬的高原湖泊") == true)
        // Messages that are not answers keep the locale's language.
        let other = try EcoVolBinary.run(["--no-pager"], stdin: "草海在哪里\n/lang\n", environment: ["LANG": "C"])
        #expect(other.stdout.contains("Language: English"))
    }

    @Test func chineseSurvivesWithoutALocale() throws {
        for lang: String? in [nil, "C", "zh_CN.UTF-8"] {
            let result = try EcoVolBinary.run(["--lang", "zh"], stdin: "/帮助 语言\n", environment: ["LANG": lang])
            #expect(result.status == 0)
            #expect(result.stdout.contains("切换界面语言"), "LANG=\(lang ?? "unset")")
        }
    }

    @Test func dashCRunsLinesInOrderAndScriptsToo() throws {
        let result = try EcoVolBinary.run(["-c", "/lang en", "-c", "/lang zh", "--json"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [#"{"language":"en"}"#, #"{"language":"zh"}"#])

        let home = EcoVolBinary.temporaryDirectory()
        let script = home + "/script.txt"
        try "\u{FEFF}/lang en\r\n\r\n/help quit\r\n".write(toFile: script, atomically: true, encoding: .utf8)
        let scripted = try EcoVolBinary.run(["--script", script], home: home)
        #expect(scripted.status == 0)
        #expect(scripted.stdout.contains("Language: English"))
        #expect(scripted.stdout.contains("Leave ecovol"))
    }

    @Test func everyJSONLineIsOneDocumentAndErrorsAreObjects() throws {
        let result = try EcoVolBinary.run(["--json"], stdin: "/help\n/nosuch\n/lang xx\n\n/lang en\n")
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        let documents = try lines.map { try JSONValue.parse($0) }
        #expect(documents[0]["groups"] != nil)
        #expect(documents[1]["error"]?["code"] == "command.unknown")
        #expect(documents[2]["error"]?["field"] == "language")
        #expect(documents[3] == .obj([("language", "en")]))
    }

    @Test func exitStatusesFollowTheContract() throws {
        #expect(try EcoVolBinary.run(["-c", "/help"]).status == 0)
        let unknown = try EcoVolBinary.run(["-c", "/nosuch", "-c", "/help"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("/nosuch"))
        #expect(try EcoVolBinary.run(["--no-such-option"]).status == 2)
        #expect(try EcoVolBinary.run(["--lang", "fr", "-c", "/help"]).status == 2)
        #expect(try EcoVolBinary.run(["--script", "/nonexistent/file"]).status == 2)
        #expect(try EcoVolBinary.run(["-c", "/quit", "-c", "/nosuch"]).status == 0)
        let version = try EcoVolBinary.run(["--version"])
        #expect(version.status == 0 && !version.stdout.isEmpty)
        let help = try EcoVolBinary.run(["--help"])
        #expect(help.status == 0 && help.stdout.contains("--store"))
    }

    /// 1 for a command that was understood but refused (not found, invalid value); 2 only
    /// for the form of the line itself (unknown command or option, bad quoting, surplus words).
    @Test func exitStatusSeparatesFailuresFromUsageErrors() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        for line in ["/show no-such-entry", "/lang fr", "/report 2026-13", "/session zzzzzzz", "/help nosuch"] {
            let result = try EcoVolBinary.run(["-c", line], home: home)
            #expect(result.status == 1, "\(line): \(result.status) \(result.stderr)")
        }
        for line in ["/nosuch", "/help colour=red", "/lang en zh", "/help \"open"] {
            let result = try EcoVolBinary.run(["-c", line], home: home)
            #expect(result.status == 2, "\(line): \(result.status) \(result.stderr)")
        }
        let json = try EcoVolBinary.run(["--json", "-c", "/lang fr", "-c", "/nosuch"], home: home)
        let documents = try json.stdout.split(separator: "\n").map { try JSONValue.parse(String($0)) }
        #expect(documents.map { $0["error"]?["usage"] } == [.bool(false), .bool(true)])
        #expect(json.status == 2)
        #expect(
            try EcoVolBinary.run(["-c", "/tip", "-c", "/show no-such-entry", "-c", "/tip"], home: home).status == 1)
    }

    @Test func controlCharactersFromInputNeverReachTheOutput() throws {
        let result = try EcoVolBinary.run(["-c", "/help \"\u{1B}[2Jx\""])
        #expect(result.status == 1)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func messagesFollowTheLanguageEnvironment() throws {
        let zh = try EcoVolBinary.run(["-c", "/nosuch"], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stderr.contains("没有命令"))
        let en = try EcoVolBinary.run(
            ["-c", "/nosuch"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(en.stderr.contains("There is no command"))
    }
}
