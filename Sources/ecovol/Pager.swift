import CEditLine
import Dispatch
import EcoVolKit
import Foundation
import Synchronization

/// Sends output longer than the screen through `$PAGER` (default `less -FRX`; a bare `less`
/// gets `LESS=FRX` when the user has not set `LESS`, as git does), as psql does.
///
/// The pager must own the terminal while it runs, whatever started ecovol (an interactive
/// shell with job control, a tmux pane, `script`): a pager outside the terminal's foreground
/// process group is stopped by SIGTTIN/SIGTTOU the moment it reads a key, and the REPL
/// freezes. So it is started in a process group of its own, handed the terminal with
/// `tcsetpgrp`, and the terminal is taken back (and its settings restored for the line
/// editor) when it ends. Ctrl-Z in the pager stops ecovol as a whole when a shell can resume
/// it. If the pager cannot start or fails, the caller prints the text directly.
@MainActor
struct Pager {
    var command: String
    var screenRows: () -> Int
    /// Signalled when a shell continues ecovol after the pager was suspended.
    private let continued = ContinueSignal()

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

    /// Runs the pager through the shell with the text on its stdin. Returns false when it
    /// could not start or failed, so that the text is printed instead of lost.
    func show(_ text: String) -> Bool {
        fflush(stdoutStream)
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return false }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        guard let pid = spawn(readEnd: readEnd, writeEnd: writeEnd) else {
            close(readEnd)
            close(writeEnd)
            return false
        }
        close(readEnd)
        let terminal = TerminalOwnership()
        terminal.give(to: pid)
        // Written on another thread: a pager reads only what it shows, and a stopped
        // pager must not leave the REPL blocked in write(2).
        let writer = PipeWriter(fd: writeEnd, data: Array(text.utf8))
        writer.start()
        let status = wait(for: pid, terminal: terminal)
        terminal.takeBack()
        writer.waitUntilDone()
        guard let status else { return false }
        // 126/127: the shell could not run the pager; other failures before reading
        // anything are caught the same way, and the text is printed instead.
        if status.exited {
            if status.code != 0, !writer.deliveredEverything || status.code >= 126 { return false }
            return true
        }
        // Ended by a signal: the user's own Ctrl-C or quit is fine; anything else lost the text.
        return [SIGINT, SIGQUIT, SIGPIPE].contains(status.code)
    }

    /// The line the shell runs. A plain command (`less -FRX`) is exec'd, so that the pager is
    /// the only process in its group: Debian's dash keeps a shell waiting otherwise, and on
    /// Ctrl-Z that shell stops first — ecovol then stops and the job-control shell prints its
    /// prompt while the pager is still restoring the terminal, erasing the prompt. A line with
    /// shell syntax (a pipe, a list, a redirection, an expansion) is run as it is.
    static func shellLine(running command: String) -> String {
        let shellSyntax = CharacterSet(charactersIn: "|&;<>()$`\\\"'*?[]#~=%{}!\n")
        let trimmed = command.trimmingCharacters(in: .whitespaces)
        guard trimmed.rangeOfCharacter(from: shellSyntax) == nil, !trimmed.hasPrefix("exec ") else { return command }
        return "exec " + trimmed
    }

    /// Starts `/bin/sh -c command` in a new process group with default signal dispositions
    /// (ecovol ignores SIGINT and SIGPIPE; the pager must not inherit that).
    private func spawn(readEnd: Int32, writeEnd: Int32) -> pid_t? {
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawnattr_init(&attributes)
        defer {
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
        }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        posix_spawn_file_actions_addclose(&actions, writeEnd)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(
            &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var environment = ProcessInfo.processInfo.environment
        if environment["LESSCHARSET"] == nil { environment["LESSCHARSET"] = "utf-8" }
        // PAGER=less on its own showed the colours as ESC[32m: like git, less gets -FRX
        // (colours, quit when one screen, no screen clear) unless the user set LESS.
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let arguments = ["/bin/sh", "-c", Self.shellLine(running: command)]
        let environmentStrings = environment.map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environmentStrings.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        guard result == 0 else { return nil }
        // Also from the parent, so the group exists before tcsetpgrp whatever the order.
        _ = setpgid(pid, pid)
        return pid
    }

    struct ExitStatus {
        var exited: Bool
        var code: Int32
    }

    /// Waits for the pager. When it is stopped (Ctrl-Z), ecovol stops too if a shell can
    /// resume it, then hands the terminal back to the pager and continues it.
    private func wait(for pid: pid_t, terminal: TerminalOwnership) -> ExitStatus? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WUNTRACED)
            if result == -1 {
                if errno == EINTR { continue }
                return nil
            }
            let low = status & 0x7f
            if (status & 0xff) == 0x7f {
                let signal = (status >> 8) & 0xff
                // Ctrl-Z: stop ecovol too when a job-control shell started it (ecovol leads
                // its own process group) and can continue it with `fg`. A SIGTTIN/SIGTTOU
                // stop (the pager touched the terminal before it was handed over) only
                // needs the terminal and a SIGCONT.
                let userStop = signal == SIGTSTP || signal == SIGSTOP
                terminal.takeBack()
                if userStop, getpgrp() == getpid(), getsid(0) != getpid() {
                    // The stop lands asynchronously; wait until `fg` continues us before
                    // handing the terminal back to the pager.
                    continued.drain()
                    kill(getpid(), SIGSTOP)
                    continued.wait()
                }
                terminal.give(to: pid)
                continue
            }
            if low == 0 { return ExitStatus(exited: true, code: (status >> 8) & 0xff) }
            return ExitStatus(exited: false, code: low)
        }
    }
}

/// The controlling terminal's foreground process group and settings, lent to the pager and
/// taken back. A process that is not in the foreground group gets SIGTTOU from
/// `tcsetpgrp`, so the signal is blocked and ignored around each switch.
@MainActor
final class TerminalOwnership {
    private let fd: Int32?
    private var saved = termios()
    private let ownGroup = getpgrp()

    init() {
        let candidates: [Int32] = [0, 1, 2]
        let fd = candidates.first { isatty($0) == 1 && tcgetpgrp($0) == getpgrp() }
        self.fd = fd
        if let fd { tcgetattr(fd, &saved) }
    }

    /// Makes `group` the foreground process group and continues it: a pager that touched
    /// the terminal a moment before the hand-over was stopped by SIGTTOU and waits for that.
    func give(to group: pid_t) {
        guard let fd else { return }
        withSIGTTOUBlocked {
            var attempts = 0
            while tcsetpgrp(fd, group) != 0, errno == EINTR, attempts < 100 { attempts += 1 }
        }
        kill(-group, SIGCONT)
    }

    /// Takes the terminal back and restores the settings the line editor expects.
    func takeBack() {
        guard let fd else { return }
        withSIGTTOUBlocked {
            _ = tcsetpgrp(fd, ownGroup)
            _ = tcsetattr(fd, TCSADRAIN, &saved)
        }
    }

    private func withSIGTTOUBlocked(_ body: () -> Void) {
        var block = sigset_t()
        var previousMask = sigset_t()
        sigemptyset(&block)
        sigaddset(&block, SIGTTOU)
        pthread_sigmask(SIG_BLOCK, &block, &previousMask)
        let previousHandler = signal(SIGTTOU, SIG_IGN)
        body()
        signal(SIGTTOU, previousHandler)
        pthread_sigmask(SIG_SETMASK, &previousMask, nil)
    }
}

/// Writes the pager's input on a background thread and closes the pipe when done (or when
/// the pager quits early, which is EPIPE with SIGPIPE ignored).
final class PipeWriter: Sendable {
    private let fd: Int32
    private let data: [UInt8]
    private let done = DispatchSemaphore(value: 0)
    private let delivered = Mutex(false)

    init(fd: Int32, data: [UInt8]) {
        self.fd = fd
        self.data = data
    }

    func start() {
        Thread.detachNewThread { [self] in
            var offset = 0
            data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress else { return }
                while offset < bytes.count {
                    let n = write(fd, base + offset, bytes.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        break
                    }
                    offset += n
                }
            }
            let complete = offset == data.count
            delivered.withLock { $0 = complete }
            close(fd)
            done.signal()
        }
    }

    func waitUntilDone() {
        done.wait()
    }

    var deliveredEverything: Bool { delivered.withLock { $0 } }
}
