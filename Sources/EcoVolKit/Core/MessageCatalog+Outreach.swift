extension MessageCatalog {
    /// Messages of the outreach area.
    static let outreach: [String: LocalizedText] = [:]
}
