/// Every fixed user-visible message, keyed by a stable name. Each area of the program
/// contributes a table (see the `MessageCatalog+…` files); a test checks that every key
/// has non-empty Chinese and English with the same placeholders, and that every key the
/// sources use exists.
public enum MessageCatalog {
    /// All tables merged. Adding an area means adding its table to this list.
    public static let all: [String: LocalizedText] = {
        var merged: [String: LocalizedText] = [:]
        for table in tables {
            merged.merge(table) { first, _ in first }
        }
        return merged
    }()

    /// The tables as declared, so a test can detect a key declared twice.
    public static let tables: [[String: LocalizedText]] = [
        core, knowledge, outreach, reports, demo, sharedStore, knowledgeReview, records,
        requests, replica, sync,
    ]

    /// The message for `key` with `{placeholders}` filled in. An unknown key is shown as
    /// itself so a missing entry is visible rather than silent.
    public static func text(_ key: String, _ arguments: [String: String] = [:]) -> LocalizedText {
        guard let entry = all[key] else { return LocalizedText(verbatim: key) }
        return entry.formatted(arguments)
    }
}

/// Shorthand used throughout the kit: `L("help.title")`.
// swift-format-ignore: AlwaysUseLowerCamelCase
public func L(_ key: String, _ arguments: [String: String] = [:]) -> LocalizedText {
    MessageCatalog.text(key, arguments)
}
