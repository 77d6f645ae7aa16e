import Foundation

/// The built `ecovol` binary, run as a user would run it: with its own environment, a
/// temporary HOME and store, piped standard input, and captured output and exit status.
struct EcoVolBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `$ECOVOL_BINARY`, else `.build/debug/ecovol` (what `swift build` and `make test` produce).
    static var path: String {
        if let explicit = ProcessInfo.processInfo.environment["ECOVOL_BINARY"], !explicit.isEmpty { return explicit }
        return packageRoot.appendingPathComponent(".build/debug/ecovol").path
    }

    static var exists: Bool { FileManager.default.isExecutableFile(atPath: path) }

    /// A fresh temporary directory (HOME, store, scripts) for one test.
    static func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "ecovol-e2e-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// The environment a test runs the binary in: no inherited locale or store, HOME and the
    /// store under `home`, the repository's knowledge base.
    static func environment(home: String, extra: [String: String?] = [:]) -> [String: String] {
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home,
            "ECOVOL_STORE": home + "/store",
            "LANG": "C.UTF-8",
            "TERM": "xterm-256color",
        ]
        for (key, value) in extra {
            if let value { env[key] = value } else { env.removeValue(forKey: key) }
        }
        return env
    }

    @discardableResult
    static func run(
        _ arguments: [String], stdin: String? = nil, home: String? = nil, environment extra: [String: String?] = [:],
        workingDirectory: String? = nil
    ) throws -> Result {
        // A home made here is this call's alone: removed when the run is over.
        let ownHome = home == nil ? temporaryDirectory() : nil
        defer { if let ownHome { try? FileManager.default.removeItem(atPath: ownHome) } }
        let home = home ?? ownHome ?? temporaryDirectory()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = environment(home: home, extra: extra)
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory ?? packageRoot.path)
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
