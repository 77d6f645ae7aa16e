/// Groups of equivalent search terms from `knowledge/synonyms.yaml`, expanded at query time
/// (index-time expansion would bloat the index and need a rebuild for every edit).
/// A multi-way group lets every term find the others; a one-way rule lets `from` terms
/// also search `to` terms (电动车 finds 新能源汽车, not the other way round).
public struct SynonymTable: Sendable, Hashable {
    public var groups: [[String]]
    public var oneWay: [OneWay]

    public struct OneWay: Sendable, Hashable {
        public var from: [String]
        public var to: [String]

        public init(from: [String], to: [String]) {
            self.from = from
            self.to = to
        }
    }

    public init(groups: [[String]] = [], oneWay: [OneWay] = []) {
        self.groups = groups
        self.oneWay = oneWay
    }

    public static let empty = SynonymTable()

    /// This table followed by `other`'s groups (a user folder adds to the built-in one).
    public func merged(with other: SynonymTable) -> SynonymTable {
        SynonymTable(groups: groups + other.groups, oneWay: oneWay + other.oneWay)
    }
}
