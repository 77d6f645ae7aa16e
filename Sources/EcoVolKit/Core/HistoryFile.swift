import Foundation

/// The REPL's line history on disk, shared safely by several ecovol windows: each accepted
/// line is appended at once (one `write` on an `O_APPEND` descriptor, under an exclusive
/// `flock` on a sidecar lock file), so two processes merge their lines instead of the last
/// one to exit overwriting the other's. Adjacent duplicates are dropped, the file is
/// trimmed to `limit` entries when it grows past twice that, and it is always mode 0600.
package struct HistoryFile: Sendable {
    package let path: String
    package let limit: Int

    static let header = "#ecovol-history v1"

    package init(path: String, limit: Int = 1000) {
        self.path = path
        self.limit = max(1, limit)
    }

    var lockPath: String { path + ".lock" }

    /// The newest `limit` entries, oldest first. A missing or unreadable file is empty history.
    package func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        let entries = Self.decode(data)
        return Array(entries.suffix(limit))
    }

    /// Appends one entry unless it equals the newest one. Returns false if it could not be saved.
    @discardableResult
    package func append(_ entry: String) -> Bool {
        let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return false }
        return withLock {
            let existing = FileManager.default.contents(atPath: path).map(Self.decode) ?? []
            if existing.last == trimmed { return true }
            var text = ""
            if existing.isEmpty && !FileManager.default.fileExists(atPath: path) { text = Self.header + "\n" }
            text += Self.escape(trimmed) + "\n"
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return false }
            defer { close(fd) }
            fchmod(fd, 0o600)
            let ok = Self.writeAll(fd, Array(text.utf8))
            if ok, existing.count + 1 > limit * 2 {
                trim(to: Array((existing + [trimmed]).suffix(limit)))
            }
            return ok
        } ?? false
    }

    /// Rewrites the file with `entries` through a temporary file and a rename.
    private func trim(to entries: [String]) {
        let temp = path + ".tmp"
        let text = ([Self.header] + entries.map(Self.escape)).joined(separator: "\n") + "\n"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        fchmod(fd, 0o600)
        let ok = Self.writeAll(fd, Array(text.utf8)) && fsync(fd) == 0
        close(fd)
        if ok { rename(temp, path) } else { unlink(temp) }
    }

    private func withLock<T>(_ body: () -> T) -> T? {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        fchmod(fd, 0o600)
        guard flock(fd, LOCK_EX) == 0 else { return nil }
        defer { flock(fd, LOCK_UN) }
        return body()
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    static func decode(_ data: Data) -> [String] {
        let text = String(decoding: data, as: UTF8.self)
        var entries: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#ecovol-history") { continue }
            entries.append(unescape(String(line)))
        }
        return entries
    }

    /// One entry per line: backslash and newline are escaped.
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(
            of: "\r", with: "")
    }

    static func unescape(_ s: String) -> String {
        var out = ""
        var escaping = false
        for ch in s {
            if escaping {
                out.append(ch == "n" ? "\n" : ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        return out
    }
}
