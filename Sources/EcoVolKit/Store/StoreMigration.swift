import Foundation

/// Schema versions of the on-disk format. A store written by a newer ecovol opens read-only
/// (it may hold fields this version would drop); an older one is migrated in memory at open
/// and written in the current schema at the next compaction, after a backup link of the old
/// snapshot, so a failed migration leaves the old files as they were.
///
/// History: schema 1 is the first release. Participation rows carry their column names, so
/// adding a column is handled by the column map without a migration step. Schema 2 frames the
/// snapshot record by record: every line carries its own checksum, so one damaged byte costs
/// at most the record on that line. The records themselves are unchanged, so a schema-1
/// snapshot reads as it is and is rewritten in schema 2 by a compaction when it is opened
/// for writing (the old file stays in `backups/`).
package enum StoreMigration {
    package static let currentSchema = 2
    /// The first schema whose snapshot lines carry their own checksums.
    package static let recordFramedSchema = 2

    /// Rewrites an older table's JSON to the current record shape. No step exists yet; the
    /// function is the hook the next schema change fills in.
    static func migrateTable<T>(_ data: Data, from schema: Int, type: T.Type) throws -> Data {
        data
    }
}
