/// Filters and boosts for one search.
public struct SearchOptions: Sendable {
    /// How many hits to return at most.
    package var limit: Int
    /// Only these kinds (nil: all).
    package var kinds: Set<KnowledgeKind>?
    /// Only entries for this audience (nil: all).
    package var audience: String?
    /// Extra audiences to rank first (a follow-up such as 适合小学生吗).
    package var boostAudiences: [String]
    /// Rank every entry a clause touched and read every posting, skipping none that cannot
    /// make the list: the reference the pruned ranking is tested against.
    var exhaustive = false

    public init(
        limit: Int = 10, kinds: Set<KnowledgeKind>? = nil, audience: String? = nil, boostAudiences: [String] = []
    ) {
        self.limit = limit
        self.kinds = kinds
        self.audience = audience
        self.boostAudiences = boostAudiences
    }
}

/// One ranked entry.
public struct SearchHit: Sendable, Hashable {
    /// Index into `SearchIndex.entries`.
    package var entryIndex: Int
    package var id: String
    package var score: Double
    /// Share of the question's parts this entry matched (0…1).
    package var coverage: Double
    /// True when the match is good enough to present: for the best hit, the fitted answer
    /// decision (`AnswerDecision`); for the others, enough of the question on their own to be
    /// listed as related.
    package var isConfident: Bool
    /// What the answer decision read (for tests, fitting and `--json`).
    package var features: AnswerFeatures?
    /// What the re-ranking read (for tests and fitting).
    package var rankFeatures: RankFeatures?

    package init(
        entryIndex: Int, id: String, score: Double, coverage: Double, isConfident: Bool,
        features: AnswerFeatures? = nil,
        rankFeatures: RankFeatures? = nil
    ) {
        self.entryIndex = entryIndex
        self.id = id
        self.score = score
        self.coverage = coverage
        self.isConfident = isConfident
        self.features = features
        self.rankFeatures = rankFeatures
    }
}
