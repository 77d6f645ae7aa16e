import Dispatch
import EcoVolKit
import Foundation
import Synchronization

/// The interactive REPL: greeting, prompt, line editing, one command at a time, Ctrl-C
/// cancelling a running command, long output through the pager, history saved after
/// every line.
@MainActor
final class InteractiveRepl: UserPrompter {
    let app: AppSetup
    let context: CommandContext
    let history: HistoryFile
    let style: AnsiStyle
    private var editor: LineEditor?
    private let running = RunningTask()

    init(app: AppSetup) {
        LocaleSetup.ensureUTF8()
        self.app = app
        self.context = app.makeContext(interactive: true)
        self.history = HistoryFile(path: app.dataDirectory.historyFile)
        self.style = AnsiStyle(
            enabled: TerminalInfo.colorEnabled(noColorFlag: app.global.noColor, environment: app.environment))
    }

    func run() async -> Int32 {
        try? app.dataDirectory.ensureExists()
        // Output is flushed per line; SIGPIPE from a closed pager must not kill us.
        signal(SIGPIPE, SIG_IGN)
        let interrupt = installInterruptHandler()
        defer { interrupt.cancel() }
        let editor = LineEditor(
            history: history.load(), environment: app.environment,
            language: { [context] in
                MainActor.assumeIsolated { context.language }
            })
        self.editor = editor
        context.prompter = self
        KnowledgeService.installCompletion(in: context)
        let completer = Completer(context: context)
        editor.complete = { line, cursor in
            MainActor.assumeIsolated { completer.complete(line: line, cursor: cursor) }
        }
        let writer = OutputWriter(
            json: app.global.json,
            style: style,
            pager: Pager(environment: app.environment, disabled: app.global.noPager),
            errorsToStandardError: false,
            echoInputOnError: true
        )
        writer.writeBlocks(await ReplGreeting.blocks(context: context), context: context)
        // A big store (or a server store's big replica) starts reading now, on another thread,
        // so the prompt does not wait for it and the first command waits only for the rest.
        // Not before the greeting: on two cores the read would slow down loading the
        // knowledge base for the tip of the day, and so the first prompt.
        StorePreload.start(
            context.storeLocation, dataDirectory: context.dataDirectory, environment: context.environment,
            now: context.now)
        let runner = CommandRunner(context: context)
        loop: while true {
            context.outputWidth = TerminalInfo.columns(environment: app.environment)
            switch editor.readLine(prompt: prompt()) {
            case .endOfInput:
                OutputWriter.emit("\n", to: .standardOutput)
                break loop
            case .cancelled:
                continue
            case .line(let line):
                guard !line.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
                if let commands = PastedCommands.commands(in: line) {
                    if await runPasted(commands, runner: runner, writer: writer, editor: editor) == .quit { break loop }
                    continue
                }
                let flattened = line.contains("\n") ? PastedCommands.singleLine(line) : line
                if await runLine(flattened, runner: runner, writer: writer, editor: editor) == .quit { break loop }
            }
        }
        editor.close()
        self.editor = nil
        await app.finish(context)
        return 0
    }

    /// Runs one line, remembered in the history first (so a crash cannot lose it).
    private func runLine(_ line: String, runner: CommandRunner, writer: OutputWriter, editor: LineEditor) async
        -> LineOutcome.Status
    {
        history.append(line)
        editor.remember(line)
        let outcome = await runCancellable { await runner.execute(line) }
        if outcome.status != .quit {
            // /clear: home the cursor and erase the screen and its scrollback, as `clear` does.
            if outcome.output?.clearsScreen == true, isatty(STDOUT_FILENO) != 0 {
                OutputWriter.emit("\u{1B}[H\u{1B}[2J\u{1B}[3J", to: .standardOutput)
            }
            writer.write(outcome, context: context)
            if let proposed = outcome.output?.proposedLine { editor.prefill(proposed) }
        }
        return outcome.status
    }

    /// A pasted block of commands: each is echoed after the prompt and run in order; the
    /// first that does not succeed stops the rest, with a message saying how many were skipped.
    private func runPasted(_ commands: [String], runner: CommandRunner, writer: OutputWriter, editor: LineEditor) async
        -> LineOutcome.Status
    {
        for (index, command) in commands.enumerated() {
            OutputWriter.emit(
                prompt().replacingOccurrences(of: "\u{1}", with: "") + TerminalSafeText.singleLine(command) + "\n",
                to: .standardOutput)
            let status = await runLine(command, runner: runner, writer: writer, editor: editor)
            switch status {
            case .quit: return .quit
            case .succeeded, .empty: continue
            case .failed, .usageError, .cancelled:
                let rest = commands.count - index - 1
                if rest > 0 {
                    let message = L(
                        .replPasteStopped,
                        ["number": String(index + 1), "total": String(commands.count), "rest": String(rest)])
                    writer.writeBlocks(
                        [.paragraph(StyledText(message.text(context.language), .warning))], context: context)
                }
                return status
            }
        }
        return .succeeded
    }

    /// The prompt: the programme's name and the store's, in colour when allowed.
    func prompt() -> String {
        let name = context.language == .zh ? "生态志愿" : "ecovol"
        let store = TerminalSafeText.singleLine(app.storeDisplayName)
        return style.prompt([(name, .success), (":" + store, .dim), ("> ", .plain)])
    }

    // MARK: - Running a command with Ctrl-C as cancellation

    private func runCancellable(_ body: @escaping @MainActor () async -> LineOutcome) async -> LineOutcome {
        let task = Task { @MainActor in await body() }
        running.set(task)
        let outcome = await task.value
        running.set(nil)
        return outcome
    }

    /// Outside the line editor the terminal is cooked, so Ctrl-C is a real SIGINT: it
    /// cancels the running command instead of ending the REPL.
    private func installInterruptHandler() -> SignalWatch {
        let running = self.running
        return SignalWatch(signal: SIGINT) { running.cancel() }
    }

    // MARK: - UserPrompter

    func ask(_ question: String, defaultValue: String?) async -> String? {
        guard let editor else { return nil }
        var prompt = question
        if let defaultValue, !defaultValue.isEmpty { prompt += " [" + TerminalSafeText.singleLine(defaultValue) + "]" }
        prompt += ": "
        switch editor.readLine(prompt: style.prompt([(prompt, .bold)])) {
        case .line(let answer):
            let trimmed = answer.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? (defaultValue ?? "") : trimmed
        case .cancelled, .endOfInput:
            return nil
        }
    }

    func ask(_ question: String, defaultValue: String?, field key: String, of command: String) async -> String? {
        guard let editor else { return nil }
        let lineCompletion = editor.complete
        let completer = Completer(context: context)
        editor.complete = { line, cursor in
            MainActor.assumeIsolated { completer.completeValue(of: key, command: command, line: line, cursor: cursor) }
        }
        defer { editor.complete = lineCompletion }
        return await ask(question, defaultValue: defaultValue)
    }

    func show(_ text: String) {
        OutputWriter.emit(TerminalSafeText.sanitize(text) + "\n", to: .standardOutput)
    }
}

/// The command currently running, reachable from the signal handler's thread.
final class RunningTask: Sendable {
    private let task = Mutex<Task<LineOutcome, Never>?>(nil)

    func set(_ value: Task<LineOutcome, Never>?) {
        task.withLock { $0 = value }
    }

    func cancel() {
        task.withLock { $0?.cancel() }
    }

    /// Cancels the running command; false when none was running.
    func cancelIfRunning() -> Bool {
        task.withLock { task in
            guard let task else { return false }
            task.cancel()
            return true
        }
    }
}
