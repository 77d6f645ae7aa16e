import Dispatch
import EcoVolKit
import Foundation
import Synchronization

/// Runs lines without a terminal (pipes, `-c`, `--script`): no prompt, no colour, no
/// history. Exit status: 0 when every line succeeded, 1 when any command failed, 2 when any
/// line was a usage error (unknown command, malformed arguments), 130 when interrupted by
/// Ctrl-C (SIGINT), the shell's convention: the running command is cancelled (nothing half
/// saved) and no further line runs.
@MainActor
struct BatchRunner {
    let app: AppSetup
    /// The status of a run stopped by SIGINT (128 + 2).
    nonisolated static let interruptedStatus: Int32 = 130
    private let running = RunningTask()
    private let interrupted = Interrupted()

    func run<Lines: Sequence>(lines: Lines) async -> Int32 where Lines.Element == String {
        // Data is written with explicit flushes; keep stdout line-buffered so a killed
        // process has already shown every acknowledged line.
        setvbuf(stdoutStream, nil, _IOLBF, 0)
        let context = app.makeContext(interactive: false)
        let runner = CommandRunner(context: context)
        let writer = OutputWriter(
            json: app.global.json,
            style: AnsiStyle(
                enabled: TerminalInfo.colorEnabled(noColorFlag: app.global.noColor, environment: app.environment)),
            pager: nil,
            errorsToStandardError: true,
            echoInputOnError: false
        )
        let source = installInterruptHandler()
        defer { source.cancel() }
        let status = await run(lines: lines, runner: runner, writer: writer, context: context)
        await app.finish(context)
        return interrupted.isSet ? Self.interruptedStatus : status
    }

    /// Ctrl-C cancels the running command; while waiting for input there is nothing to
    /// cancel, so the run ends at once with status 130.
    private func installInterruptHandler() -> SignalWatch {
        let running = self.running
        let interrupted = self.interrupted
        return SignalWatch(signal: SIGINT) {
            interrupted.set()
            if !running.cancelIfRunning() { Foundation.exit(BatchRunner.interruptedStatus) }
        }
    }

    private func execute(_ line: String, runner: CommandRunner) async -> LineOutcome {
        let task = Task { @MainActor in await runner.execute(line) }
        running.set(task)
        let outcome = await task.value
        running.set(nil)
        return outcome
    }

    private func run<Lines: Sequence>(
        lines: Lines, runner: CommandRunner, writer: OutputWriter, context: CommandContext
    ) async -> Int32 where Lines.Element == String {
        var failed = false
        var usage = false
        for line in lines {
            if interrupted.isSet { break }
            var outcome = await execute(line, runner: runner)
            writer.write(outcome, context: context)
            // A plain-words request is only printed, unless the script said --yes.
            if app.global.yes, outcome.status == .succeeded, let proposed = outcome.output?.proposedLine {
                outcome = await execute(proposed, runner: runner)
                writer.write(outcome, context: context)
            }
            switch outcome.status {
            case .quit: return usage ? 2 : failed ? 1 : 0
            case .failed, .cancelled: failed = true
            case .usageError: usage = true
            case .succeeded, .empty: break
            }
        }
        return usage ? 2 : failed ? 1 : 0
    }
}

/// Set once by the SIGINT handler, read by the batch loop.
final class Interrupted: Sendable {
    private let flag = Mutex(false)

    func set() { flag.withLock { $0 = true } }

    var isSet: Bool { flag.withLock { $0 } }
}
