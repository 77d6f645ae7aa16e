import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starts programs the way a user's shell would, for whole-process timings: plainly with
/// output to /dev/null, or on a pseudo-terminal, reading until the prompt appears.
public enum ProcessRunner {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs `arguments` to completion with stdin and stdout on /dev/null; returns the exit status.
    @discardableResult
    public static func run(_ arguments: [String], environment: [String: String]) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let pid = try spawn(arguments, environment: environment, actions: &actions, attributes: nil)
        return wait(pid)
    }

    /// Starts `arguments` on a new pseudo-terminal (80×24) as its controlling terminal, reads
    /// until `marker` has appeared and then `suffix` after it, calling `started` just before the
    /// process starts and `prompted` as soon as the prompt is seen; returns the seconds between.
    /// Then sends Ctrl-D and waits for the process to end (after `prompted`, so not timed).
    @discardableResult
    public static func timeToPrompt(_ arguments: [String], environment: [String: String], marker: String, suffix: String, timeout: Double = 20,
                                    started: () -> Void = {}, prompted: () -> Void = {}) throws -> Double {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        var name = [CChar](repeating: 0, count: 256)
        guard openpty(&master, &slave, &name, nil, &size) == 0 else { throw Failure(description: "openpty failed: errno \(errno)") }
        defer { close(master) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // After setsid (POSIX_SPAWN_SETSID), opening the terminal makes it the controlling one.
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, slave)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID
        started()
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = try spawn(arguments, environment: environment, actions: &actions, attributes: &attributes)
        close(slave)
        var seen: [UInt8] = []
        let markerBytes = Array(marker.utf8), suffixBytes = Array(suffix.utf8)
        var buffer = [UInt8](repeating: 0, count: 4096)
        var elapsed: Double?
        while elapsed == nil {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&fds, 1, Int32(timeout * 1000))
            guard ready > 0 else { break }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen.append(contentsOf: buffer[0..<n])
            if let m = find(markerBytes, in: seen, from: 0), find(suffixBytes, in: seen, from: m + markerBytes.count) != nil {
                prompted()
                elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
        }
        var eof: UInt8 = 4
        _ = write(master, &eof, 1)
        // Keep draining so the child never blocks on a full terminal buffer while exiting.
        while true {
            var fds = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fds, 1, 2000) <= 0 { kill(pid, SIGKILL); break }
            if read(master, &buffer, buffer.count) <= 0 { break }
        }
        _ = wait(pid)
        guard let elapsed else {
            throw Failure(description: "no prompt from \(arguments.joined(separator: " ")); saw: \(String(decoding: seen.suffix(400), as: UTF8.self))")
        }
        return elapsed
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, from <= haystack.count - needle.count else { return nil }
        for i in from...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    static func spawn(_ arguments: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t, attributes: UnsafeMutablePointer<posix_spawnattr_t>?) throws -> pid_t {
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, arguments[0], &actions, attributes, &argv, &envp)
        guard rc == 0 else { throw Failure(description: "cannot start \(arguments[0]): error \(rc)") }
        return pid
    }

    static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return (status >> 8) & 0xFF
    }

    /// An environment for a child ecovol: its own HOME, English messages, no colour, no pager.
    public static func ecovolEnvironment(home: String) -> [String: String] {
        ["HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm", "NO_COLOR": "1", "PAGER": "cat"]
    }
}
