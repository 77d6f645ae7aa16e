import Foundation

/// A real terminal for end-to-end tests: ecovol runs inside a detached tmux session on a
/// private server socket; tests type with `send-keys` and read the screen with
/// `capture-pane`. Waits poll the screen until a condition holds (with a generous limit),
/// so tests do not depend on the machine's speed.
final class TmuxSession {
    let socket: String
    let home: String
    /// The temporary HOME is removed with the session only when the session made it.
    private let ownsHome: Bool

    static var tmuxAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Starts `command` (a shell command line) in a window of `width`×`height`.
    init(
        width: Int = 100, height: Int = 30, home: String? = nil, environment: [String: String?] = [:],
        arguments: [String] = [], shell: Bool = false
    ) throws {
        self.socket = "ecovol-test-" + UUID().uuidString.prefix(8)
        self.home = home ?? EcoVolBinary.temporaryDirectory()
        self.ownsHome = home == nil
        var env = EcoVolBinary.environment(home: self.home, extra: environment)
        env["TMUX"] = nil
        let assignments = env.keys.sorted().map { "\($0)=\(Self.quote(env[$0]!))" }.joined(separator: " ")
        let binary = Self.quote(EcoVolBinary.path) + arguments.map { " " + Self.quote($0) }.joined()
        let command: String
        if shell {
            command = "env -i \(assignments) PS1='$ ' bash --norc --noprofile -i"
        } else {
            command =
                "cd \(Self.quote(EcoVolBinary.packageRoot.path)) && env -i \(assignments) \(binary); echo \"EXIT=$?\"; sleep 600"
        }
        try tmux(["new-session", "-d", "-s", "main", "-x", String(width), "-y", String(height), command])
    }

    /// The command to type in a shell session to start ecovol with the same environment.
    var binaryCommandLine: String { Self.quote(EcoVolBinary.path) }

    deinit {
        _ = try? tmux(["kill-server"])
        if ownsHome { try? FileManager.default.removeItem(atPath: home) }
    }

    static func quote(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        try Spawn.output(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Sends tmux key names (`Enter`, `BSpace`, `C-c`, `Left` …).
    func keys(_ names: String...) throws {
        try tmux(["send-keys", "-t", "main"] + names)
    }

    /// Types text literally (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    /// Pastes text as a bracketed paste, as a terminal does when the application asks for it.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", "main"])
    }

    func screen(escapes: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p", "-t", "main"] + (escapes ? ["-e"] : []))) ?? ""
    }

    func screenLines() -> [String] {
        screen().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The last non-empty screen line.
    func lastLine() -> String {
        screenLines().last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
    }

    var cursorX: Int {
        Int(
            (try? tmux(["display-message", "-p", "-t", "main", "#{cursor_x}"]))?.trimmingCharacters(
                in: .whitespacesAndNewlines) ?? "") ?? -1
    }
    var cursorY: Int {
        Int(
            (try? tmux(["display-message", "-p", "-t", "main", "#{cursor_y}"]))?.trimmingCharacters(
                in: .whitespacesAndNewlines) ?? "") ?? -1
    }

    /// Polls the screen until `condition` holds; returns false after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 10, _ condition: (String) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition(screen()) { return true }
            usleep(50_000)
        }
        return condition(screen())
    }

    func waitForText(_ text: String, timeout: Double = 10) -> Bool {
        waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the screen stops changing (output finished drawing).
    func settle() {
        var last = screen()
        for _ in 0..<40 {
            usleep(60_000)
            let now = screen()
            if now == last { return }
            last = now
        }
    }
}
