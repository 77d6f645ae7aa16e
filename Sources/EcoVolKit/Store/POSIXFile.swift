import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The handful of system calls the store's durability rests on, in one place so the order
/// (write, fsync the file, rename, fsync the directory) is easy to audit.
enum POSIXFile {
    struct Failure: Error { var errno: Int32 }

    static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) throws(Failure) -> Int32 {
        let fd = path.withCString { Glibc_open($0, flags | O_CLOEXEC, mode) }
        guard fd >= 0 else { throw Failure(errno: errno) }
        if flags & O_CREAT != 0 { _ = fchmod(fd, mode) }
        return fd
    }

    /// Writes every byte or fails; after a short write the caller truncates back.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(Failure) {
        var done = 0
        let failure: Int32? = bytes.withUnsafeBytes { buf in
            guard let base = buf.baseAddress else { return nil }
            while done < buf.count {
                let n = Glibc_write(fd, base + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return EIO }
                done += n
            }
            return nil
        }
        if let failure { throw Failure(errno: failure) }
    }

    /// Data (and size) to stable storage: fdatasync on Linux, F_FULLFSYNC on Darwin, where
    /// plain fsync leaves data in the drive cache.
    static func syncData(_ fd: Int32) throws(Failure) {
        #if canImport(Darwin)
            if fcntl(fd, F_FULLFSYNC) == 0 { return }
            if fsync(fd) != 0 { throw Failure(errno: errno) }
        #else
            if fdatasync(fd) != 0 { throw Failure(errno: errno) }
        #endif
    }

    static func syncFile(_ fd: Int32) throws(Failure) {
        #if canImport(Darwin)
            if fcntl(fd, F_FULLFSYNC) == 0 { return }
        #endif
        if fsync(fd) != 0 { throw Failure(errno: errno) }
    }

    /// Makes a rename or a new file's directory entry durable.
    static func syncDirectory(_ path: String) throws(Failure) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        if fsync(fd) != 0, errno != EINVAL { throw Failure(errno: errno) }
    }

    /// The whole file, or nil when it does not exist.
    static func readAll(_ path: String) throws(Failure) -> [UInt8]? {
        let fd: Int32
        do { fd = try open(path, O_RDONLY) } catch {
            if error.errno == ENOENT { return nil }
            throw error
        }
        defer { close(fd) }
        return try readRest(fd, from: 0)
    }

    static func readRest(_ fd: Int32, from offset: Int) throws(Failure) -> [UInt8] {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(errno: errno) }
        let size = Int(st.st_size)
        guard size > offset else { return [] }
        var done = 0
        var failure: Int32? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: size - offset) { buf, count in
            while done < buf.count, let base = buf.baseAddress {
                let n = pread(fd, base + done, buf.count - done, off_t(offset + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                done += n
            }
            count = done
        }
        if let failure { throw Failure(errno: failure) }
        return bytes
    }

    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
    }

    static func identity(_ path: String) -> Identity? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size))
    }

    static func identity(fd: Int32) -> Identity? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return Identity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: Int(st.st_size))
    }

    /// Replaces `path` atomically: a new temp file in the same directory (O_EXCL, 0600),
    /// written and fsynced, renamed over the target, then the directory fsynced. On any
    /// failure the temp file is removed and the old file is untouched.
    static func atomicReplace(_ path: String, with bytes: [UInt8], directory: String) throws(Failure) {
        try atomicReplace(path, withParts: [bytes], directory: directory)
    }

    /// `atomicReplace` of the pieces one after the other, without joining them first.
    static func atomicReplace(_ path: String, withParts parts: [[UInt8]], directory: String) throws(Failure) {
        let name = (path as NSString).lastPathComponent
        let tmp = directory + "/." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = try open(tmp, O_WRONLY | O_CREAT | O_EXCL)
        do {
            for bytes in parts { try writeAll(fd, bytes) }
            try syncFile(fd)
        } catch {
            close(fd)
            unlink(tmp)
            throw error
        }
        close(fd)
        if rename(tmp, path) != 0 {
            let e = errno
            unlink(tmp)
            throw Failure(errno: e)
        }
        try syncDirectory(directory)
    }

    /// Free bytes for an unprivileged user in the file system holding `path`.
    static func freeBytes(_ path: String) -> Int? {
        var s = statvfs()
        guard statvfs(path, &s) == 0 else { return nil }
        return Int(s.f_bavail) * Int(s.f_frsize)
    }

    /// True for file systems where advisory locks or fsync are unreliable (NFS, SMB, FUSE
    /// sync clients), read from the mount table: the longest mount point containing `path`.
    static func isNetworkFileSystem(_ path: String) -> Bool {
        #if os(Linux)
            guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return false }
            let real = (path as NSString).resolvingSymlinksInPath
            var best = ("", "")
            for line in mounts.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count >= 3 else { continue }
                let point = String(fields[1]).replacingOccurrences(of: "\\040", with: " ")
                if real == point || real.hasPrefix(point.hasSuffix("/") ? point : point + "/"),
                    point.count >= best.0.count
                {
                    best = (point, String(fields[2]))
                }
            }
            let type = best.1
            return ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs"].contains(type) || type.hasPrefix("fuse.")
        #else
            return false
        #endif
    }
}

// Unambiguous names for the C calls that Swift types also declare.
// swift-format-ignore: AlwaysUseLowerCamelCase
@inline(__always) private func Glibc_open(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}

// swift-format-ignore: AlwaysUseLowerCamelCase
@inline(__always) func Glibc_write(_ fd: Int32, _ buf: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, buf, n)
}
