import Foundation

extension StoreTool {
    /// The file maintenance actions: they work on a store directory's files and mean nothing
    /// for a server (whose administrator backs it up with pg_dump).
    static let fileActions: Set<String> = ["check", "doctor", "compact", "backup"]

    /// Dispatches `ecovol [--store DIR|URL] store ACTION …` to the backend `location` names.
    @MainActor
    public static func run(arguments: [String], location: StoreLocation, dataDirectory: DataDirectory, environment: [String: String],
                           language: Language, progress: (any ProgressReporter)? = nil) async -> StoreToolResult {
        switch location {
        case let .directory(path):
            return run(arguments: arguments, directory: path, language: language)
        case let .postgres(url):
            if let action = arguments.first, fileActions.contains(action) {
                let message = L("sharedStore.fileActionOnServer", ["action": action, "url": StoreLocation.redacted(url)]).text(language)
                return StoreToolResult(output: message, exitStatus: 2, json: .obj([("error", .string(message))]))
            }
            return failure(StoreError(.cannotConnect, L("sharedStore.error.unavailable", ["url": StoreLocation.redacted(url)])), language)
        }
    }
}
