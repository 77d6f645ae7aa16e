import Foundation

/// File names for completing paths, listed lazily at Tab time.
enum FileCompletion {
    static func entries(in directory: String) -> [String] {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isDir: ObjCBool = false
            _ = fm.fileExists(atPath: directory + "/" + name, isDirectory: &isDir)
            return isDir.boolValue ? name + "/" : name
        }
    }
}
