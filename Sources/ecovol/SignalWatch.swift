import CSignalPipe
import Foundation
import Synchronization

/// Runs a closure each time the process receives a signal, until cancelled.
///
/// Dispatch signal sources lose signals on Linux when the process is busy: 3 of 300 Ctrl-Cs sent
/// to piped runs under load were never delivered, so the run went on waiting for input, and a
/// lost SIGCONT would leave the REPL frozen after `fg`. A C handler writes the signal's number to a
/// pipe instead, and one thread reads the pipe and runs the closures.
final class SignalWatch: Sendable {
    private let signal: Int32
    private let id: Int

    init(signal: Int32, handler: @escaping @Sendable () -> Void) {
        self.signal = signal
        self.id = SignalCenter.process.add(signal: signal, handler: handler)
    }

    /// Stops running the closure; the signal gets its default action back when nothing else
    /// watches it.
    func cancel() {
        SignalCenter.process.remove(signal: signal, id: id)
    }
}

/// The closures of watched signals and the thread that reads the signal pipe. Signal handlers
/// are process-wide, so there is one of these per process.
private final class SignalCenter: Sendable {
    static let process = SignalCenter()

    private struct State {
        var handlers: [Int32: [Int: @Sendable () -> Void]] = [:]
        var nextID = 0
        var readerStarted = false
    }

    private let state = Mutex(State())

    func add(signal: Int32, handler: @escaping @Sendable () -> Void) -> Int {
        let (id, first, startReader) = state.withLock { state in
            let id = state.nextID
            state.nextID += 1
            let first = state.handlers[signal, default: [:]].isEmpty
            state.handlers[signal, default: [:]][id] = handler
            let startReader = !state.readerStarted
            state.readerStarted = true
            return (id, first, startReader)
        }
        if startReader { startReading() }
        if first { _ = ecovol_signal_watch(signal) }
        return id
    }

    func remove(signal: Int32, id: Int) {
        let last = state.withLock { state in
            state.handlers[signal]?[id] = nil
            return state.handlers[signal]?.isEmpty ?? true
        }
        if last { _ = ecovol_signal_unwatch(signal) }
    }

    private func startReading() {
        let fd = ecovol_signal_pipe()
        guard fd >= 0 else { return }
        let thread = Thread { [self] in
            var byte: UInt8 = 0
            while true {
                let count = read(fd, &byte, 1)
                if count == 1 {
                    deliver(Int32(byte))
                } else if count < 0, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        thread.name = "ecovol signals"
        thread.start()
    }

    private func deliver(_ signal: Int32) {
        let handlers = state.withLock { state in state.handlers[signal].map { Array($0.values) } ?? [] }
        for handler in handlers { handler() }
    }
}
