/// What a compaction of the JSON store did (file maintenance, not part of `OutreachStore`:
/// a server backend has no snapshot to rewrite).
public struct CompactionReport: Sendable, Equatable {
    package var generation: Int
    package var seq: Int
    package var snapshotBytes: Int
    package var journalLinesFolded: Int
    package var seconds: Double
}
