import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an export so that the file is either complete or absent: the bytes go to a temp
/// file in the same folder, are fsynced, and only then take the target's name. An existing
/// file is never replaced unless the caller says so (`force=yes`); without it the final
/// step is a hard link, which fails atomically if the name was taken meanwhile.
package enum AtomicFileWriter {
    /// Writes `data` to `path` (relative paths from the working directory, `~` expanded) and
    /// returns the absolute path written. `field` names the argument in error messages.
    @discardableResult
    package static func write(
        _ data: Data, to path: String, replace: Bool, mode: mode_t = 0o600, field: String = "file"
    )
        throws(ExportError) -> String
    {
        let target = resolve(path)
        let name = (target as NSString).lastPathComponent
        let directory = (target as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard !path.hasSuffix("/"), !name.isEmpty else {
            throw .notAFile(path: path, field: field)
        }
        if FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .notAFile(path: path, field: field)
        }
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noDirectory(directory: directory, field: field)
        }
        if !replace, FileManager.default.fileExists(atPath: target) { throw .exists(path: path, field: field) }
        let temp = directory + "/." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            let fd = try POSIXFile.open(temp, O_WRONLY | O_CREAT | O_EXCL, mode: mode)
            do {
                try POSIXFile.writeAll(fd, [UInt8](data))
                try POSIXFile.syncFile(fd)
            } catch {
                close(fd)
                unlink(temp)
                throw error
            }
            close(fd)
        } catch let error as POSIXFile.Failure {
            throw .writeFailed(path: path, reason: reason(error.errno), field: field)
        } catch {
            throw .writeFailed(path: path, reason: String(describing: error), field: field)
        }
        defer { unlink(temp) }
        if replace {
            guard rename(temp, target) == 0 else {
                throw .writeFailed(path: path, reason: reason(errno), field: field)
            }
        } else if link(temp, target) != 0 {
            let e = errno
            if e == EEXIST { throw .exists(path: path, field: field) }
            // File systems without hard links (some FUSE and FAT mounts): check, then rename.
            guard !FileManager.default.fileExists(atPath: target), rename(temp, target) == 0 else {
                throw .writeFailed(path: path, reason: reason(e), field: field)
            }
        }
        try? POSIXFile.syncDirectory(directory)
        return target
    }

    /// `~` expanded, relative paths made absolute from the working directory.
    package static func resolve(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        return ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(expanded) as NSString)
            .standardizingPath
    }

    static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
