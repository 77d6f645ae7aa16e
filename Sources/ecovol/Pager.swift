import EcoVolKit
import Foundation

/// Sends output longer than the screen through `$PAGER` (default `less -FRX`), as psql does.
@MainActor
struct Pager {
    var command: String
    var screenRows: () -> Int

    init?(environment: [String: String], disabled: Bool) {
        guard !disabled, TerminalInfo.stdoutIsTerminal else { return nil }
        let pager = environment["PAGER"] ?? "less -FRX"
        guard !pager.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        self.command = pager
        self.screenRows = { TerminalInfo.rows(environment: environment) }
    }

    func shouldPage(lineCount: Int) -> Bool {
        lineCount > screenRows() - 2
    }

    /// Runs the pager through the shell with the text on its stdin. Returns false if it could not start.
    func show(_ text: String) -> Bool {
        fflush(stdoutStream)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        var environment = ProcessInfo.processInfo.environment
        if environment["LESSCHARSET"] == nil { environment["LESSCHARSET"] = "utf-8" }
        process.environment = environment
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            return false
        }
        // The pager owns the terminal now; a Ctrl-C is for it, not for us.
        let previous = signal(SIGINT, SIG_IGN)
        pipe.fileHandleForWriting.write(Data(text.utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        signal(SIGINT, previous)
        return true
    }
}
