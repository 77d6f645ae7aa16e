import EcoVolKit
import Foundation

/// Runs lines without a terminal (pipes, `-c`, `--script`): no prompt, no colour, no
/// history. Exit status: 0 when every line succeeded, 1 when any command failed, 2 when any
/// line was a usage error (unknown command, malformed arguments).
@MainActor
struct BatchRunner {
    let app: AppSetup

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
        let status = await run(lines: lines, runner: runner, writer: writer, context: context)
        await app.finish(context)
        return status
    }

    private func run<Lines: Sequence>(
        lines: Lines, runner: CommandRunner, writer: OutputWriter, context: CommandContext
    ) async -> Int32 where Lines.Element == String {
        var failed = false
        var usage = false
        for line in lines {
            var outcome = await runner.execute(line)
            writer.write(outcome, context: context)
            // A plain-words request is only printed, unless the script said --yes.
            if app.global.yes, outcome.status == .succeeded, let proposed = outcome.output?.proposedLine {
                outcome = await runner.execute(proposed)
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
