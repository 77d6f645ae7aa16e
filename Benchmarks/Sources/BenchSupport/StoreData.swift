import EcoVolKit
import Foundation

/// Outreach stores of 10k, 100k and 1M participation records, generated once (fixed seed)
/// and cached; benchmarks that write work on a copy.
public enum StoreData {
    static let version = "v1"

    public static func scale(_ participations: Int) -> SyntheticOutreach.Scale {
        .proportionate(participations: participations)
    }

    public static func generator(_ participations: Int) -> SyntheticOutreach {
        SyntheticOutreach(scale: scale(participations), seed: 20_250_605)
    }

    /// The cached store directory (compacted: a snapshot and an empty journal).
    public static func directory(_ participations: Int) throws -> String {
        let dir = BenchPaths.data + "/store-\(participations)-\(version)"
        let marker = dir + "/.complete"
        if FileManager.default.fileExists(atPath: marker) { return dir }
        try? FileManager.default.removeItem(atPath: dir)
        let store = try JSONFileStore(directory: dir)
        try generator(participations).fill(store, batchSize: 10_000)
        store.close()
        try? FileManager.default.removeItem(atPath: dir + "/backups")
        _ = FileManager.default.createFile(atPath: marker, contents: Data())
        return dir
    }

    /// A private copy of the cached store, for benchmarks that append or compact.
    public static func copy(_ participations: Int, name: String) throws -> String {
        let source = try directory(participations)
        let target = BenchPaths.scratch(name) + "/store"
        try BenchPaths.copy(source, to: target)
        return target
    }

    /// Every participation row of the data set, in generation order (for the SQLite copy).
    public static func rows(_ participations: Int) -> [Participation] {
        var rows: [Participation] = []
        rows.reserveCapacity(participations)
        _ = generator(participations).generate(batchSize: 10_000) { ops in
            for case let .putParticipation(p) in ops { rows.append(p) }
        }
        return rows
    }
}
