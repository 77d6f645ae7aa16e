import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `flock` on the sidecar `store.lock`, a file that is never renamed: locking the data file
/// itself lost updates in our tests because compaction's rename swaps the inode under the
/// lock, and `fcntl` locks vanish when any descriptor of the file is closed. flock belongs to
/// the open file description and is released by the kernel when a process dies.
final class FileLock {
    let path: String
    private let fd: Int32
    let isShared: Bool
    private var depth = 0

    /// Opens (creating, 0600) the lock file; read-only when the directory cannot be written.
    init(path: String) throws(POSIXFile.Failure) {
        self.path = path
        do {
            fd = try POSIXFile.open(path, O_RDWR | O_CREAT)
            isShared = false
        } catch {
            guard error.errno == EROFS || error.errno == EACCES || error.errno == EPERM else { throw error }
            fd = try POSIXFile.open(path, O_RDONLY)
            isShared = true
        }
    }

    deinit { close(fd) }

    /// Runs `body` holding the lock (exclusive unless the store is read-only). Re-entrant.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        if depth == 0 {
            while flock(fd, isShared ? LOCK_SH : LOCK_EX) != 0 {
                guard errno == EINTR else { throw POSIXFile.Failure(errno: errno) }
            }
        }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { flock(fd, LOCK_UN) }
        }
        return try body()
    }
}
