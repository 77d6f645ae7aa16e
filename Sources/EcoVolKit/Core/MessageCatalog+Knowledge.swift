extension MessageCatalog {
    /// Messages of the knowledge area.
    static let knowledge: [String: LocalizedText] = [:]
}
