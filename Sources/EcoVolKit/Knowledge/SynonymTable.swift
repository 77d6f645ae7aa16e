/// Groups of equivalent search terms from `knowledge/synonyms.yaml`, expanded at query time
/// (index-time expansion would bloat the index and need a rebuild for every edit).
/// A multi-way group lets every term find the others; a one-way rule lets `from` terms
/// also search `to` terms (电动车 finds 新能源汽车, not the other way round).
///
/// An expansion always counts less than the word as typed (`defaultWeight`, or the group's
/// own `weight` for looser relatives such as 巡护 → 巡河), so an entry using the user's own
/// word ranks above one that only uses a synonym.
public struct SynonymTable: Sendable, Hashable {
    public var groups: [[String]]
    /// Weight of an expansion within each group (parallel to `groups`).
    public var groupWeights: [Double]
    public var oneWay: [OneWay]

    /// What a synonym counts for against the typed word (1).
    public static let defaultWeight = 0.8

    public struct OneWay: Sendable, Hashable {
        public var from: [String]
        public var to: [String]
        public var weight: Double

        public init(from: [String], to: [String], weight: Double = SynonymTable.defaultWeight) {
            self.from = from
            self.to = to
            self.weight = weight
        }
    }

    public init(groups: [[String]] = [], groupWeights: [Double]? = nil, oneWay: [OneWay] = []) {
        self.groups = groups
        self.groupWeights = groupWeights ?? groups.map { _ in Self.defaultWeight }
        self.oneWay = oneWay
    }

    public static let empty = SynonymTable()

    /// The expansion weight of group `g`.
    public func weight(ofGroup g: Int) -> Double {
        g < groupWeights.count ? groupWeights[g] : Self.defaultWeight
    }

    /// This table followed by `other`'s groups (a user folder adds to the built-in one).
    public func merged(with other: SynonymTable) -> SynonymTable {
        SynonymTable(
            groups: groups + other.groups,
            groupWeights: groups.indices.map(weight(ofGroup:)) + other.groups.indices.map(other.weight(ofGroup:)),
            oneWay: oneWay + other.oneWay)
    }
}
