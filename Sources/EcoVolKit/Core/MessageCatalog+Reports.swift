extension MessageCatalog {
    /// Messages of the reports area.
    static let reports: [String: LocalizedText] = [:]
}
