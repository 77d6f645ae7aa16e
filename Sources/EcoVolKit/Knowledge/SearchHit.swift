/// Filters and boosts for one search.
public struct SearchOptions: Sendable {
    /// How many hits to return at most.
    public var limit: Int
    /// Only these kinds (nil: all).
    public var kinds: Set<KnowledgeKind>?
    /// Only entries for this audience (nil: all).
    public var audience: String?
    /// Extra audiences to rank first (a follow-up such as 适合小学生吗).
    public var boostAudiences: [String]

    public init(limit: Int = 10, kinds: Set<KnowledgeKind>? = nil, audience: String? = nil, boostAudiences: [String] = []) {
        self.limit = limit
        self.kinds = kinds
        self.audience = audience
        self.boostAudiences = boostAudiences
    }
}

/// One ranked entry.
public struct SearchHit: Sendable, Hashable {
    /// Index into `SearchIndex.entries`.
    public var entryIndex: Int
    public var id: String
    public var score: Double
    /// Share of the question's parts this entry matched (0…1).
    public var coverage: Double
    /// True when the match is good enough to present as an answer (most of the question
    /// matched, with a score above the noise of a single common bigram).
    public var isConfident: Bool
}
