import Foundation
import PostgresNIO
import Synchronization

/// Every wait on the server ends: connecting, each statement's answer and each row of a
/// result. postgres-nio alone does not promise that. A statement written after the server
/// cut the session and the client had already torn the connection down is dropped without
/// its answer ever being completed (postgres-nio 1.33: `channel.write(…, promise: nil)`
/// into a pipeline with no handlers left), and a server that stops answering (a stopped
/// process, a host gone from the network) is waited for as long as the socket stays open.
/// Both left an ecovol command, a sync, or a test idle forever.
///
/// Here each wait races a watch on the connection's event loop: when the connection has
/// closed under a statement that is still unanswered, the statement fails as a lost
/// connection; when the server has not answered within the deadline, the connection is
/// closed and the wait fails with `Expired`, which reads "the server did not answer" and,
/// for a change, "not acknowledged". The server rolls back what it had of the transaction.
enum PostgresDeadline {
    /// How long a statement or a row may take to come back. Generous: a statement of
    /// thousands of rows on a busy server takes seconds, not a minute.
    static let answer = TimeAmount.seconds(60)
    /// Waiting for the writers' lock: another writer may hold it for a long change.
    static let lockWait = TimeAmount.minutes(10)
    /// How often a watch looks at the connection.
    static let tick = TimeAmount.milliseconds(200)

    /// The server did not answer in time; the connection was closed.
    struct Expired: Error, Sendable {
        var seconds: Int64
        var connecting: Bool
    }

    /// The connection closed under a statement postgres-nio had dropped.
    struct Lost: Error, Sendable {}

    /// Connects and authenticates within `settings.connectTimeout` (postgres-nio's own
    /// timeout covers only the TCP connection, not a server that never answers the startup).
    static func connect(_ settings: PostgresSettings, logger: Logger) async throws -> PostgresConnection {
        let configuration = try settings.configuration()
        let limit = TimeAmount.seconds(Int64(settings.connectTimeout))
        let eventLoop = PostgresConnection.defaultEventLoopGroup.any()
        let outcome = Outcome<PostgresConnection>()
        let attempt = Task {
            do {
                let made = try await PostgresConnection.connect(
                    on: eventLoop, configuration: configuration, id: 1, logger: logger)
                // Too late: the caller has been told already.
                if !outcome.finish(.success(made)) { try? await made.close() }
            } catch {
                outcome.finish(.failure(error))
            }
        }
        let timer = eventLoop.scheduleTask(in: limit) {
            if outcome.finish(.failure(Expired(seconds: Int64(settings.connectTimeout), connecting: true))) {
                attempt.cancel()
            }
        }
        defer { timer.cancel() }
        return try await outcome.value()
    }

    /// Closes `connection`, waiting at most a few seconds (a close is the client's own act,
    /// yet it too must not hold up a command).
    static func close(_ connection: PostgresConnection) async {
        let outcome = Outcome<Bool>()
        let timer = connection.eventLoop.scheduleTask(in: .seconds(2)) { outcome.finish(.success(false)) }
        connection.close().whenComplete { _ in outcome.finish(.success(true)) }
        _ = try? await outcome.value()
        timer.cancel()
    }

    /// Watches one wait: finishes `outcome` with `Lost` when the connection has closed under
    /// it, or closes the connection and finishes it with `Expired` when `limit` passes while
    /// `progress` stands still (nil: nothing is being waited for just now). Cancelled when
    /// the wait ends.
    static func watch<T: Sendable>(
        _ connection: PostgresConnection, _ outcome: Outcome<T>, within limit: TimeAmount,
        progress: @escaping @Sendable () -> Int? = { 0 }
    ) -> RepeatedTask {
        let ticks = Ticks()
        return connection.eventLoop.scheduleRepeatedTask(initialDelay: tick, delay: tick) { task in
            let (closedTicks, idle) = ticks.count(closed: connection.isClosed, progress: progress())
            // Closed at two ticks running: had postgres-nio still known the statement, it
            // would have failed it when the connection closed.
            if closedTicks >= 2 {
                outcome.finish(.failure(Lost()))
                task.cancel()
            } else if idle >= limit {
                // The wait fails with the deadline, whatever the close makes of the
                // statement, once the connection is closed (or a little later at most).
                let expired = Expired(seconds: limit.nanoseconds / 1_000_000_000, connecting: false)
                outcome.force(expired)
                connection.close().whenComplete { _ in outcome.deliverForced() }
                connection.eventLoop.scheduleTask(in: .seconds(2)) { outcome.deliverForced() }
                task.cancel()
            }
        }
    }

    /// What a watch has seen so far (touched on the event loop only, locked for the compiler).
    final class Ticks: Sendable {
        private let seen = Mutex((closed: 0, idle: TimeAmount.zero, progress: Int?.none))

        func count(closed: Bool, progress: Int?) -> (closed: Int, idle: TimeAmount) {
            seen.withLock { s in
                s.closed = closed ? s.closed + 1 : 0
                s.idle = progress != nil && progress == s.progress ? s.idle + tick : .zero
                s.progress = progress
                return (s.closed, s.idle)
            }
        }
    }

    /// A result delivered once, by whichever of the work and its watch comes first; the
    /// other finds it finished.
    final class Outcome<T: Sendable>: Sendable {
        private enum State {
            case waiting
            case suspended(CheckedContinuation<T, any Error>)
            case done(Result<T, any Error>)
            case taken
        }
        private enum Delivery {
            case late
            case stored
            case resume(CheckedContinuation<T, any Error>)
        }
        private let state = Mutex(State.waiting)
        private let forced = Mutex<(any Error)?>(nil)

        /// From now on the result is `error`, delivered by `deliverForced`; other results are
        /// ignored.
        func force(_ error: any Error) {
            forced.withLock { $0 = error }
        }

        func deliverForced() {
            if let error = forced.withLock({ $0 }) { deliver(.failure(error)) }
        }

        /// Delivers `result` unless one was delivered (or forced) before; true when this one
        /// counts.
        @discardableResult
        func finish(_ result: Result<T, any Error>) -> Bool {
            guard forced.withLock({ $0 == nil }) else { return false }
            return deliver(result)
        }

        @discardableResult
        private func deliver(_ result: Result<T, any Error>) -> Bool {
            let delivery: Delivery = state.withLock { state in
                switch state {
                case .waiting:
                    state = .done(result)
                    return .stored
                case .suspended(let continuation):
                    state = .taken
                    return .resume(continuation)
                case .done, .taken:
                    return .late
                }
            }
            switch delivery {
            case .late: return false
            case .stored: return true
            case .resume(let continuation):
                continuation.resume(with: result)
                return true
            }
        }

        /// The result, if one was delivered and not yet waited for.
        func peek() -> Result<T, any Error>? {
            state.withLock {
                if case .done(let result) = $0 { return result }
                return nil
            }
        }

        /// Waits for the result.
        func value() async throws -> T {
            try await withCheckedThrowingContinuation { continuation in
                let ready: Result<T, any Error>? = state.withLock { state in
                    if case .done(let result) = state {
                        state = .taken
                        return result
                    }
                    state = .suspended(continuation)
                    return nil
                }
                if let ready { continuation.resume(with: ready) }
            }
        }
    }
}

extension PostgresConnection {
    /// `query` with an end (see `PostgresDeadline`): the answer within `limit`, and then
    /// each row within `limit` of asking for it.
    @discardableResult
    func ask(_ query: PostgresQuery, logger: Logger, within limit: TimeAmount = PostgresDeadline.answer) async throws
        -> AnsweredRows
    {
        let outcome = PostgresDeadline.Outcome<PostgresRowSequence>()
        let watch = PostgresDeadline.watch(self, outcome, within: limit)
        defer { watch.cancel() }
        Task {
            do {
                outcome.finish(.success(try await self.query(query, logger: logger)))
            } catch {
                outcome.finish(.failure(error))
            }
        }
        return AnsweredRows(rows: try await outcome.value(), connection: self, limit: limit)
    }

    /// Takes the writers' advisory lock for the transaction (`PostgresSchema.writeLockKey`),
    /// waiting as long as another writer may hold it for a large change.
    func takeWriteLock(logger: Logger) async throws {
        try await ask(
            "SELECT pg_advisory_xact_lock(\(PostgresSchema.writeLockKey))", logger: logger,
            within: PostgresDeadline.lockWait)
    }
}

/// A statement's rows, each within the deadline of asking for it: the connection is closed
/// (and the wait fails with `PostgresDeadline.Expired`) when the server stops sending.
struct AnsweredRows: AsyncSequence, Sendable {
    typealias Element = PostgresRow
    let rows: PostgresRowSequence
    let connection: PostgresConnection
    let limit: TimeAmount

    func makeAsyncIterator() -> Iterator {
        Iterator(base: rows.makeAsyncIterator(), watch: RowWatch(connection, limit: limit))
    }

    struct Iterator: AsyncIteratorProtocol {
        var base: PostgresRowSequence.AsyncIterator
        let watch: RowWatch

        mutating func next() async throws -> PostgresRow? {
            watch.asking()
            do {
                let row = try await base.next()
                watch.answered(last: row == nil)
                return row
            } catch {
                watch.answered(last: true)
                throw watch.expired ?? error
            }
        }
    }

    /// Counts rows while one is being waited for; its watch closes the connection when the
    /// count stands still for `limit`. Stops with the last row or with the iterator.
    final class RowWatch: Sendable {
        private let connection: PostgresConnection
        private let limit: TimeAmount
        private let rows = Atomic(0)
        private let waiting = Atomic(false)
        private let outcome = PostgresDeadline.Outcome<Bool>()
        private let task = Mutex<RepeatedTask?>(nil)

        init(_ connection: PostgresConnection, limit: TimeAmount) {
            self.connection = connection
            self.limit = limit
        }

        deinit { task.withLock { $0?.cancel() } }

        /// The deadline's error, once it has passed.
        var expired: PostgresDeadline.Expired? {
            if case .failure(let error as PostgresDeadline.Expired)? = outcome.peek() { return error }
            return nil
        }

        func asking() {
            waiting.store(true, ordering: .relaxed)
            task.withLock { task in
                guard task == nil else { return }
                task = PostgresDeadline.watch(connection, outcome, within: limit) { [weak self] in
                    guard let self, self.waiting.load(ordering: .relaxed) else { return nil }
                    return self.rows.load(ordering: .relaxed)
                }
            }
        }

        func answered(last: Bool) {
            rows.add(1, ordering: .relaxed)
            waiting.store(false, ordering: .relaxed)
            if last { task.withLock { $0?.cancel() } }
        }
    }
}
