import Foundation

/// Incremental substring search through the REPL history, newest first, as bash's Ctrl-R
/// does: the match stays put while it still contains the growing pattern, "older" skips
/// entries identical to the one shown, and letter case is ignored. Kept apart from the line
/// editor so the rules are tested without a terminal.
package struct HistorySearch: Sendable {
    /// Oldest first, as the history file stores them.
    package let entries: [String]

    package init(entries: [String]) {
        self.entries = entries
    }

    /// The newest entry at or before `start` (default: the newest of all) containing `query`.
    package func find(_ query: String, from start: Int? = nil) -> Int? {
        guard !query.isEmpty, !entries.isEmpty else { return nil }
        var index = min(start ?? entries.count - 1, entries.count - 1)
        while index >= 0 {
            if Self.matches(entries[index], query) { return index }
            index -= 1
        }
        return nil
    }

    /// The next older entry containing `query` whose text differs from the one at `current`.
    package func older(than current: Int?, _ query: String) -> Int? {
        guard let current else { return find(query) }
        var index = current - 1
        while index >= 0 {
            if entries[index] != entries[current], Self.matches(entries[index], query) { return index }
            index -= 1
        }
        return nil
    }

    /// Where `query` starts in `entry`, counted in Unicode scalars (libedit's wide characters).
    package static func matchOffset(of query: String, in entry: String) -> Int? {
        guard let range = entry.range(of: query, options: [.caseInsensitive]) else { return nil }
        return entry.unicodeScalars.distance(from: entry.unicodeScalars.startIndex, to: range.lowerBound)
    }

    static func matches(_ entry: String, _ query: String) -> Bool {
        entry.range(of: query, options: [.caseInsensitive]) != nil
    }
}
