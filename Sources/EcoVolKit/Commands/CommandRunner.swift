/// What became of one input line.
package struct LineOutcome: Sendable {
    package enum Status: Sendable, Equatable {
        case empty
        case succeeded
        case failed
        case usageError
        case cancelled
        case quit
    }

    package var status: Status
    package var output: CommandOutput?
    package var error: (any EcoVolError)?
    /// The `--json` flag was on the line.
    package var wantsJSON: Bool
    package var line: String
    /// Set when the store the command read is damaged: the writer shows it on stderr.
    package var storeDamage: LocalizedText? = nil

    package init(
        status: Status, output: CommandOutput? = nil, error: (any EcoVolError)? = nil, wantsJSON: Bool = false,
        line: String
    ) {
        self.status = status
        self.output = output
        self.error = error
        self.wantsJSON = wantsJSON
        self.line = line
    }
}

/// A dialogue the user left on purpose (Ctrl-C at a question): nothing was saved, and it is
/// reported as a notice, not an error.
package struct DialogueAbandoned: EcoVolError {
    package init() {}
    package var code: String { "dialogue.abandoned" }
    package var message: LocalizedText { L(.runnerDialogueAbandoned) }
}

/// Asked of the REPL by `/quit`; the runner turns it into `.quit`.
package struct QuitRequest: Error, Sendable {
    package init() {}
}

/// Runs one line: parses it, finds the command (or the free-text handler), checks the
/// arguments against the declaration, runs it, and turns every failure into a typed error
/// with a message in the user's language. Never throws, never crashes on input.
@MainActor
package struct CommandRunner {
    package let context: CommandContext

    package init(context: CommandContext) {
        self.context = context
    }

    package func execute(_ line: String) async -> LineOutcome {
        let parsed: ParsedLine
        do {
            parsed = try CommandLineParser.parse(line)
        } catch {
            return LineOutcome(status: .usageError, error: error, line: line)
        }
        let wantsJSON = parsed.flags.contains("json")
        let registry = context.registry
        let environment = ArgumentEnvironment(now: context.now(), timeZone: context.timeZone)
        let commandType: any Command.Type
        let invocation: Invocation
        do {
            switch parsed.kind {
            case .empty:
                return LineOutcome(status: .empty, line: line)
            case .freeText(let text):
                // clear, exit, help, history typed as in a shell: the command, not a question.
                if let command = BareWords.line(for: text, registry: registry) {
                    let bare = try CommandLineParser.parse(command)
                    guard case .command(let name, _) = bare.kind, let type = registry.command(named: name) else {
                        throw CommandFailure(code: "command.unknown", message: L(.runnerSeeHelp))
                    }
                    commandType = type
                    invocation = try Invocation.make(
                        line: line, parsed: bare, name: name, configuration: type.configuration,
                        environment: environment)
                    break
                }
                guard let name = registry.freeTextCommand, let type = registry.command(named: name) else {
                    throw CommandFailure(
                        code: "freeText.unavailable", message: L(.runnerFreeTextUnavailable))
                }
                commandType = type
                invocation = Invocation(
                    line: line, commandName: name,
                    positionals: [ArgumentToken(text: text, column: 0)],
                    isFreeText: true, positionalNames: type.configuration.positionals.map(\.name),
                    environment: environment
                )
            case .command(let name, let column):
                guard let type = registry.command(named: name) else {
                    var message = L(
                        .runnerUnknownCommand, ["command": "/" + TerminalSafeText.clip(name, maxLength: 30)])
                    if let suggestion = registry.suggestion(for: name) {
                        message = message.joined(with: L(.runnerDidYouMean, ["suggestion": suggestion]))
                    } else {
                        message = message.joined(with: L(.runnerSeeHelp))
                    }
                    throw CommandFailure(
                        code: "command.unknown", message: message, field: name, column: column)
                }
                commandType = type
                invocation = try Invocation.make(
                    line: line, parsed: parsed, name: name, configuration: type.configuration,
                    environment: environment)
            }
        } catch let error as any EcoVolError {
            return LineOutcome(status: .usageError, error: error, wantsJSON: wantsJSON, line: line)
        } catch {
            return LineOutcome(
                status: .failed,
                error: CommandFailure(code: "internal", message: LocalizedText(verbatim: String(describing: error))),
                wantsJSON: wantsJSON, line: line)
        }
        do {
            // Past the line's form: a missing or refused value is the command refusing (status 1).
            if !invocation.isFreeText { try invocation.validate(against: commandType.configuration) }
            let output = try await commandType.init().run(invocation, context: context)
            var outcome = LineOutcome(status: .succeeded, output: output, wantsJSON: wantsJSON, line: line)
            StoreDamageNotice.annotate(&outcome, command: commandType.configuration.name, context: context)
            return outcome
        } catch is QuitRequest {
            return LineOutcome(status: .quit, wantsJSON: wantsJSON, line: line)
        } catch let abandoned as DialogueAbandoned {
            return LineOutcome(status: .cancelled, error: abandoned, wantsJSON: wantsJSON, line: line)
        } catch is CancellationError {
            return LineOutcome(
                status: .cancelled,
                error: CommandFailure(code: "cancelled", message: L(.runnerCancelled)),
                wantsJSON: wantsJSON, line: line
            )
        } catch let error as any EcoVolError {
            // Once the line was understood, a refusal is the command failing (not found,
            // invalid value, conflict): exit status 1. Usage errors (status 2) are only the
            // line's own form: quoting, unknown command or option, surplus arguments.
            var outcome = LineOutcome(status: .failed, error: error, wantsJSON: wantsJSON, line: line)
            StoreDamageNotice.annotate(&outcome, command: commandType.configuration.name, context: context)
            return outcome
        } catch let refusal as any DomainError {
            // A domain rule refused (a field, a certificate, an export): the command failing.
            var outcome = LineOutcome(
                status: .failed, error: CommandFailure(refusal), wantsJSON: wantsJSON, line: line)
            StoreDamageNotice.annotate(&outcome, command: commandType.configuration.name, context: context)
            return outcome
        } catch {
            return LineOutcome(
                status: .failed,
                error: CommandFailure(
                    code: "internal", message: L(.runnerInternalError, ["detail": String(describing: error)])),
                wantsJSON: wantsJSON, line: line
            )
        }
    }
}
