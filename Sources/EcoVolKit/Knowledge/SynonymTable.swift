/// Groups of equivalent search terms from `knowledge/synonyms.yaml`, expanded at query time
/// (index-time expansion would bloat the index and need a rebuild for every edit).
/// A multi-way group lets every term find the others; a one-way rule lets `from` terms
/// also search `to` terms (电动车 finds 新能源汽车, not the other way round).
///
/// An expansion always counts less than the word as typed (`defaultWeight`, or the group's
/// own `weight` for looser relatives such as 巡护 → 巡河), so an entry using the user's own
/// word ranks above one that only uses a synonym.
public struct SynonymTable: Sendable, Hashable {
    package var groups: [[String]]
    /// Weight of an expansion within each group (parallel to `groups`).
    package var groupWeights: [Double]
    package var oneWay: [OneWay]

    /// What a synonym counts for against the typed word (1).
    package static let defaultWeight = 0.8

    package struct OneWay: Sendable, Hashable {
        package var from: [String]
        package var to: [String]
        package var weight: Double

        package init(from: [String], to: [String], weight: Double = SynonymTable.defaultWeight) {
            self.from = from
            self.to = to
            self.weight = weight
        }
    }

    package init(groups: [[String]] = [], groupWeights: [Double]? = nil, oneWay: [OneWay] = []) {
        self.groups = groups
        self.groupWeights = groupWeights ?? groups.map { _ in Self.defaultWeight }
        self.oneWay = oneWay
    }

    public static let empty = SynonymTable()

    /// The expansion weight of group `g`.
    package func weight(ofGroup g: Int) -> Double {
        g < groupWeights.count ? groupWeights[g] : Self.defaultWeight
    }

    /// This table followed by `other`'s groups (a user folder adds to the built-in one).
    package func merged(with other: SynonymTable) -> SynonymTable {
        SynonymTable(
            groups: groups + other.groups,
            groupWeights: groups.indices.map(weight(ofGroup:)) + other.groups.indices.map(other.weight(ofGroup:)),
            oneWay: oneWay + other.oneWay)
    }
}
