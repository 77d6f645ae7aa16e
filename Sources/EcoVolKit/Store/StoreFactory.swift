import Foundation

/// Opens the backend a `StoreLocation` names. The only place that knows which concrete store
/// types exist, so `CommandContext`, the greeting and the shell tools all get the same one.
@MainActor
package enum StoreFactory {
    /// Opens the store at `location`. `dataDirectory` is where local files that are not the
    /// records themselves belong (a server store's local replica).
    package static func open(
        _ location: StoreLocation, dataDirectory: DataDirectory, environment: [String: String] = [:],
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> any OutreachStore {
        switch location {
        case .directory(let path):
            try DataDirectory(path: path).ensureExists()
            // A read the REPL started before its first prompt: wait for what is left of it, then
            // catch up with what other processes wrote meanwhile.
            if let read = StorePreload.take(path) {
                await read.finished()
                if case .success(let files) = read.wait() {
                    try files.refresh()
                    return JSONOutreachStore(files: files)
                }
            }
            return try JSONOutreachStore(directory: path, options: .init(now: now))
        case .postgres(let url):
            // A caller without a data directory may pass the URL itself: no replica then.
            let home = StoreLocation.isServerURL(dataDirectory.path) ? nil : dataDirectory
            return try await PostgresOutreachStore.open(url: url, environment: environment, now: now, replicaIn: home)
        }
    }

    /// Opens `location` only to read it (a calendar export, a report from cron), never
    /// competing with a running REPL for the write lock. Nil when there is no store there yet.
    package static func openForReading(
        _ location: StoreLocation, dataDirectory: DataDirectory, environment: [String: String] = [:],
        now: @escaping @Sendable () -> Date = { Date() }
    ) async throws -> (any OutreachStore)? {
        switch location {
        case .directory(let path):
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            return try JSONOutreachStore(
                directory: path, options: .init(readOnly: true, compactAtOpen: false, now: now))
        case .postgres:
            return try await open(location, dataDirectory: dataDirectory, environment: environment, now: now)
        }
    }

    /// Whether opening `location` is quick enough to do before the first prompt (a JSON store
    /// of up to about 50,000 records, some 100 ms). A server is never opened just to greet.
    package static func opensQuickly(_ location: StoreLocation) -> Bool {
        switch location {
        case .directory(let path): return JSONOutreachStore.bytesOnDisk(path) <= JSONOutreachStore.quickOpenLimit
        case .postgres: return false
        }
    }
}
