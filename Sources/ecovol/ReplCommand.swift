import ArgumentParser
import EcoVolKit
import Foundation

/// Starts the REPL, or runs lines from `-c`, `--script` or standard input.
enum ReplCommand {
    @MainActor
    static func start(global: GlobalOptions, commands: [String], script: String?) async -> Int32 {
        let app = AppSetup(global: global)
        if !commands.isEmpty || script != nil {
            var lines = commands
            if let script {
                do {
                    lines += try ScriptSource.lines(ofFile: script)
                } catch {
                    let message = L(.cliScriptUnreadable, ["path": script, "reason": error.localizedDescription])
                        .text(app.language)
                    FileHandle.standardError.write(Data((message + "\n").utf8))
                    return 2
                }
            }
            return await BatchRunner(app: app).run(lines: lines)
        }
        if TerminalInfo.stdinIsTerminal && TerminalInfo.stdoutIsTerminal {
            let repl = InteractiveRepl(app: app)
            let status = await repl.run()
            withExtendedLifetime(repl) {}
            return status
        }
        return await BatchRunner(app: app).run(lines: StandardInputLines())
    }
}

/// Reads a script file's lines (UTF-8, BOM tolerated, CRLF tolerated).
enum ScriptSource {
    static func lines(ofFile path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is one Character in Swift, so split on any newline character.
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }
}

/// Standard input as a sequence of lines, read without libedit (no prompt, no history).
struct StandardInputLines: Sequence, IteratorProtocol {
    mutating func next() -> String? {
        guard var line = Swift.readLine(strippingNewline: true) else { return nil }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
