import Foundation

/// Where the records live, as `--store` or `$ECOVOL_STORE` name it: a directory (the JSON
/// store of one laptop) or a `postgresql://` / `postgres://` URL (a shared server). Telling
/// them apart here, once, is what lets every command run unchanged on either.
public enum StoreLocation: Sendable, Equatable {
    case directory(String)
    case postgres(url: String)

    /// `--store` first, then `$ECOVOL_STORE`, then the default data directory.
    package static func resolve(explicit: String?, environment: [String: String]) -> StoreLocation {
        for candidate in [explicit, environment["ECOVOL_STORE"]] {
            if let text = candidate?.trimmingCharacters(in: .whitespaces), !text.isEmpty, isURL(text) {
                return .postgres(url: text)
            }
            if let text = candidate, !text.isEmpty { break }
        }
        return .directory(DataDirectory.resolve(explicit: explicit, environment: environment).path)
    }

    /// The data directory for what stays local whatever the store is (history, replicas):
    /// the store's directory, or the default one when the store is a server.
    package static func localDirectory(explicit: String?, environment: [String: String]) -> DataDirectory {
        switch resolve(explicit: explicit, environment: environment) {
        case .directory(let path): return DataDirectory(path: path)
        case .postgres:
            var local = environment
            local["ECOVOL_STORE"] = nil
            return DataDirectory.resolve(explicit: nil, environment: local)
        }
    }

    /// True for `postgresql://…` and `postgres://…` (any case).
    package static func isServerURL(_ text: String) -> Bool { isURL(text) }

    static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://")
    }

    /// True for a server URL.
    package var isServer: Bool {
        if case .postgres = self { return true }
        return false
    }

    /// For messages and the prompt: the directory, or the URL with any password removed.
    package var displayText: String {
        switch self {
        case .directory(let path): return path
        case .postgres(let url): return Self.redacted(url)
        }
    }

    /// `postgresql://user:secret@host/db` → `postgresql://user@host/db` (and `password=` in
    /// the query string dropped), so a password never reaches a message or a log.
    static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url) else {
            return url.components(separatedBy: "@").last.map { "postgresql://…@" + $0 } ?? "postgresql://…"
        }
        parts.password = nil
        parts.queryItems = parts.queryItems?.filter { $0.name.lowercased() != "password" }
        if parts.queryItems?.isEmpty == true { parts.queryItems = nil }
        return parts.string ?? url
    }
}
