/// What a compaction of the JSON store did (file maintenance, not part of `OutreachStore`:
/// a server backend has no snapshot to rewrite).
public struct CompactionReport: Sendable, Equatable {
    public var generation: Int
    public var seq: Int
    public var snapshotBytes: Int
    public var journalLinesFolded: Int
    public var seconds: Double
}
