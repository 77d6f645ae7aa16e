import Foundation

/// A record both sides changed since the last sync, or a change the server refused. The
/// version that did not stand is kept here, never dropped (as CouchDB keeps a document's
/// losing revisions), until the coordinator settles it with `sync resolve`.
package struct SyncConflict: Sendable, Equatable, Codable {
    package enum Kind: String, Sendable, Codable {
        /// Both sides changed the record; the server's order put this laptop's version last.
        case concurrent
        /// The server refused this laptop's change (the office may not make it).
        case refused
    }

    /// The number `sync resolve` takes; never reused within a store.
    package var id: Int
    package var kind: Kind
    /// The local change (its seq in this store) that wrote `mine`.
    package var localSeq: Int
    /// The server change that wrote `theirs` (nil when unknown, e.g. for a refusal).
    package var theirSeq: Int?
    /// Why the server refused the change (refusals only), in the server's words.
    package var reason: String?
    /// This laptop's version, as one journal operation (a put, or a delete).
    package var mine: String
    /// The server's version before this laptop's change, as one journal operation.
    package var theirs: String
    package var detected: Date
    /// `mine` or `theirs` once settled; open while nil.
    package var resolution: String?

    package var isOpen: Bool { resolution == nil }

    /// The two versions, decoded.
    func versions() throws -> (mine: StoreOperation, theirs: StoreOperation) {
        let decoder = RecordCodec.decoder()
        guard let m = try PostgresRecords.decodeOperations("[" + mine + "]", decoder: decoder).first,
            let t = try PostgresRecords.decodeOperations("[" + theirs + "]", decoder: decoder).first
        else {
            throw StoreError(.corruptJournal, L(.syncErrorBadState, ["path": "sync/state.json"]))
        }
        return (m, t)
    }

    /// The record both versions are of.
    package var record: String {
        (try? versions()).map { SyncRecordKey($0.mine).text } ?? "?"
    }

    static func encode(_ op: StoreOperation) throws -> String {
        let text = try PostgresRecords.encode([op], encoder: RecordCodec.encoder())
        return String(text.dropFirst().dropLast())
    }
}
