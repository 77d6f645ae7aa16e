import Foundation

/// Where the repository, the release binary and the cached benchmark data are. Each benchmark
/// runs in a process of its own, so the big data sets (a million-record store, a SQLite file)
/// are generated once and kept under `Benchmarks/.build/bench-data`, keyed by size and seed.
public enum BenchPaths {
    /// The repository root (this file is `Benchmarks/Sources/BenchSupport/BenchPaths.swift`).
    public static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static var knowledge: String { repository + "/knowledge" }
    public static var releaseBinary: String { repository + "/.build/release/ecovol" }

    /// Cached data sets; `ECOVOL_BENCH_DATA` moves them (e.g. to a faster disk).
    public static var data: String {
        let dir = ProcessInfo.processInfo.environment["ECOVOL_BENCH_DATA"] ?? repository + "/Benchmarks/.build/bench-data"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A fresh scratch directory for one benchmark process.
    public static func scratch(_ name: String) -> String {
        let dir = data + "/scratch-\(name)-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Copies a directory tree (real copies, so writes never reach the cached original).
    public static func copy(_ from: String, to: String) throws {
        try? FileManager.default.removeItem(atPath: to)
        try FileManager.default.copyItem(atPath: from, toPath: to)
    }
}

/// Resident memory of this process, read from /proc.
public enum ProcessMemory {
    public static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}

/// A value shared between a benchmark's setup and its closure. The benchmark framework calls
/// them one after the other on its own threads, so a lock is all the safety needed.
public final class SharedBox<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?

    public init() {}

    public var value: T {
        get { lock.lock(); defer { lock.unlock() }; return stored! }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }

    public func clear() { lock.lock(); stored = nil; lock.unlock() }
}
