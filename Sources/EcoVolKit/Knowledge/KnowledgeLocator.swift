import Foundation

/// Where knowledge folders are, in load order: the built-in folder first, then every folder
/// in `$ECOVOL_KNOWLEDGE` (colon-separated), then every `--knowledge DIR`, so a user's
/// entries override built-in ones with the same id.
///
/// The built-in folder is the first of: `./knowledge` in the working directory,
/// `<exe dir>/../share/ecovol/knowledge` (where `make install` puts it), or the nearest
/// `knowledge/` above the executable (so `.build/release/ecovol` works from any directory).
/// A built-in candidate must contain `topics.yaml`, so an unrelated `knowledge` folder is
/// not mistaken for it.
package enum KnowledgeLocator {
    package static func directories(
        workingDirectory: String,
        environment: [String: String],
        executablePath: String?,
        explicit: [String],
        fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) -> [String] {
        func absolute(_ path: String) -> String {
            let expanded = path.hasPrefix("~/") ? (environment["HOME"] ?? "~") + path.dropFirst(1) : path
            let joined =
                expanded.hasPrefix("/") ? expanded : (workingDirectory as NSString).appendingPathComponent(expanded)
            return (joined as NSString).standardizingPath
        }
        func isKnowledgeRoot(_ dir: String) -> Bool {
            fileExists((dir as NSString).appendingPathComponent("topics.yaml"))
        }
        var result: [String] = []
        func add(_ dir: String) {
            let path = absolute(dir)
            if !result.contains(path) { result.append(path) }
        }
        if let builtIn = builtInDirectory(
            workingDirectory: workingDirectory, executablePath: executablePath.map(absolute),
            isKnowledgeRoot: isKnowledgeRoot)
        {
            add(builtIn)
        }
        for dir in (environment["ECOVOL_KNOWLEDGE"] ?? "").split(separator: ":") where !dir.isEmpty {
            add(String(dir))
        }
        for dir in explicit where !dir.isEmpty { add(dir) }
        return result
    }

    static func builtInDirectory(workingDirectory: String, executablePath: String?, isKnowledgeRoot: (String) -> Bool)
        -> String?
    {
        let local = (workingDirectory as NSString).appendingPathComponent("knowledge")
        if isKnowledgeRoot(local) { return local }
        guard let executablePath else { return nil }
        let exeDir = (executablePath as NSString).deletingLastPathComponent
        let installed = ((exeDir as NSString).appendingPathComponent("../share/ecovol/knowledge") as NSString)
            .standardizingPath
        if isKnowledgeRoot(installed) { return installed }
        var dir = exeDir
        for _ in 0..<8 {
            let candidate = (dir as NSString).appendingPathComponent("knowledge")
            if isKnowledgeRoot(candidate) { return candidate }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        return nil
    }
}
