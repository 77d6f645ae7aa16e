import Foundation

/// A `JSONFileStore` being opened on a background thread. Why: at a million records reading the
/// snapshot takes seconds, and neither a later start of a server store (whose replica it is)
/// nor the REPL's first prompt should wait for it. Whoever needs the records waits for the open:
/// `finished()` where it can await, `wait()` where it must answer at once (a synchronous
/// property on the main actor; the background thread never needs the main actor, so this
/// cannot deadlock).
///
/// The store is made and touched only by the background thread until the open has finished,
/// then only by whoever takes it: the condition's lock orders the two, so the non-Sendable
/// store crosses threads once, whole.
final class BackgroundStoreOpen: @unchecked Sendable {
    let directory: String
    private let condition = NSCondition()
    private var result: Result<JSONFileStore, any Error>?
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(directory: String, options: JSONFileStore.Options) {
        self.directory = directory
        Thread.detachNewThread { [self] in
            let opened = Result { try JSONFileStore(directory: directory, options: options) }
            condition.lock()
            result = opened
            let resumed = waiting
            waiting = []
            condition.broadcast()
            condition.unlock()
            for continuation in resumed { continuation.resume() }
        }
    }

    /// Returns when the open has finished, without blocking the caller's thread.
    func finished() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            condition.lock()
            if result == nil {
                waiting.append(continuation)
                condition.unlock()
            } else {
                condition.unlock()
                continuation.resume()
            }
        }
    }

    /// The opened store (or why it could not be opened), blocking until the open has finished.
    func wait() -> Result<JSONFileStore, any Error> {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result { return result }
            condition.wait()
        }
    }
}

/// Stores whose reading the REPL started before its first prompt, by directory, so the first
/// command that needs the records waits only for what is left of the read.
@MainActor
package enum StorePreload {
    private static var started: [String: BackgroundStoreOpen] = [:]

    /// Starts reading the store at `location` in the background when it is too big to open
    /// quickly: a JSON store's files, or a server store's local replica (the server itself is
    /// asked nothing until the first command needs the records).
    package static func start(
        _ location: StoreLocation, dataDirectory: DataDirectory, environment: [String: String],
        now: @escaping @Sendable () -> Date
    ) {
        switch location {
        case .directory(let path):
            guard FileManager.default.fileExists(atPath: path + "/outreach.json"),
                !StoreFactory.opensQuickly(location)
            else { return }
            begin(path, options: .init(now: now))
        case .postgres(let url):
            guard !StoreLocation.isServerURL(dataDirectory.path),
                let settings = try? PostgresSettings.parse(url, environment: environment)
            else { return }
            let directory = PostgresReplica.directory(for: settings, in: dataDirectory)
            guard PostgresReplica.isLarge(directory) else { return }
            begin(directory, options: PostgresReplica.fileOptions(now: now))
        }
    }

    private static func begin(_ directory: String, options: JSONFileStore.Options) {
        guard started[directory] == nil else { return }
        started[directory] = BackgroundStoreOpen(directory: directory, options: options)
    }

    /// The read started for `directory`, if any (handed out once).
    static func take(_ directory: String) -> BackgroundStoreOpen? {
        started.removeValue(forKey: directory)
    }
}
