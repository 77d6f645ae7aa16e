import Foundation

/// Where ecovol keeps a user's data (the store, the line-editing history). Resolved from
/// `--store`, then `$ECOVOL_STORE`, then `$XDG_DATA_HOME/ecovol`, then `~/.local/share/ecovol`.
public struct DataDirectory: Sendable, Equatable {
    public var path: String

    public init(path: String) {
        self.path = path
    }

    package static func resolve(explicit: String?, environment: [String: String]) -> DataDirectory {
        if let explicit, !explicit.isEmpty { return DataDirectory(path: expandTilde(explicit, environment)) }
        if let store = environment["ECOVOL_STORE"], !store.isEmpty {
            return DataDirectory(path: expandTilde(store, environment))
        }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty, xdg.hasPrefix("/") {
            return DataDirectory(path: xdg + "/ecovol")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return DataDirectory(path: home + "/.local/share/ecovol")
    }

    /// A short name for the prompt: the directory's last component, or `~` forms.
    package var displayName: String {
        let name = (path as NSString).lastPathComponent
        return name.isEmpty ? path : name
    }

    package var historyFile: String { path + "/history" }

    /// Why the data directory cannot be used.
    package enum Failure: EcoVolError, Equatable {
        /// `path` exists and is not a directory.
        case notDirectory(path: String)
        /// `path` could not be created, for `reason`.
        case cannotCreate(path: String, reason: String)

        package var code: String {
            switch self {
            case .notDirectory: return "store.notDirectory"
            case .cannotCreate: return "store.cannotCreate"
            }
        }

        package var message: LocalizedText {
            switch self {
            case .notDirectory(let path): return L(.errorNotDirectory, ["path": path])
            case .cannotCreate(let path, let reason):
                return L(.errorCannotCreateDirectory, ["path": path, "reason": reason])
            }
        }
    }

    /// Creates the directory (and parents) with mode 0700 regardless of the umask.
    package func ensureExists() throws(Failure) {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw .notDirectory(path: path) }
            return
        }
        do {
            try fm.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            chmod(path, 0o700)
        } catch {
            throw .cannotCreate(path: path, reason: error.localizedDescription)
        }
    }

    /// `~` and `~/…` are the home directory (an empty HOME counts as unset, as in `resolve`);
    /// `~name` is another user's home, which is not looked up, so the path is kept as given.
    static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
