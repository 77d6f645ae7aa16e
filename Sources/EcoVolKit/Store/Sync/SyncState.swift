import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a laptop's store remembers of its link to a server, in `sync/state.json` beside the
/// journal: the server (without password), this store's origin id, how far it has pushed
/// and pulled, and the open conflicts. Written atomically after every step, so a sync killed
/// at any moment resumes from the last step it recorded; what it did after that step is
/// recognised again (the server refuses a second copy of a pushed change, a pulled change
/// that is already here writes nothing).
package struct SyncState: Sendable, Equatable, Codable {
    /// The server URL with any password removed.
    package var link: String?
    /// This store's identity on the server; with a local seq it names a change for ever.
    package var origin: String
    /// Every local change up to this seq is on the server (or refused and kept as a conflict).
    package var pushedThrough: Int
    /// Every server change up to this seq is reflected here.
    package var lastPulled: Int
    package var lastSync: Date?
    /// The local seq when the last sync finished (the greeting's count of waiting changes).
    package var syncedSeq: Int
    package var conflicts: [SyncConflict]

    package init(origin: String = UUID().uuidString.lowercased()) {
        self.origin = origin
        pushedThrough = 0
        lastPulled = 0
        syncedSeq = 0
        conflicts = []
    }

    package var openConflicts: [SyncConflict] { conflicts.filter(\.isOpen) }

    static func folder(_ directory: String) -> String { directory + "/sync" }
    static func path(_ directory: String) -> String { folder(directory) + "/state.json" }

    /// The saved state, or nil when this store was never linked.
    package static func load(directory: String) throws -> SyncState? {
        let path = path(directory)
        let bytes: [UInt8]?
        do { bytes = try POSIXFile.readAll(path) } catch {
            throw StoreError.system(.corruptJournal, path: path, errno: error.errno)
        }
        guard let bytes else { return nil }
        do {
            return try RecordCodec.decoder().decode(SyncState.self, from: Data(bytes))
        } catch {
            throw StoreError(.corruptJournal, L(.syncErrorBadState, ["path": path]))
        }
    }

    /// Writes the state atomically (0600), creating `sync/` (0700) first.
    func save(directory: String) throws {
        let folder = Self.folder(directory)
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw StoreError.system(.writeFailed, path: folder, errno: errno)
        }
        let encoder = RecordCodec.encoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data: Data
        do { data = try encoder.encode(self) } catch {
            throw StoreError(.writeFailed, L(.storeErrorEncode, ["reason": String(describing: error)]))
        }
        do {
            try POSIXFile.atomicReplace(Self.path(directory), with: Array(data), directory: folder)
        } catch {
            throw StoreError.system(.writeFailed, path: Self.path(directory), errno: error.errno)
        }
    }

    /// Adds a conflict unless the same one (same local change, same record) is already kept.
    mutating func record(_ conflict: SyncConflict) {
        let key = conflict.record
        guard !conflicts.contains(where: { $0.localSeq == conflict.localSeq && $0.record == key }) else { return }
        var c = conflict
        c.id = (conflicts.map(\.id).max() ?? 0) + 1
        conflicts.append(c)
    }
}
