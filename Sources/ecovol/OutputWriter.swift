import EcoVolKit
import Foundation

/// Writes command outcomes: text for people (coloured on a terminal, through the pager
/// when long) or one JSON document per line for scripts. In pipes, errors go to stderr so
/// stdout stays clean; in the REPL everything goes to the terminal.
@MainActor
struct OutputWriter {
    var json: Bool
    var style: AnsiStyle
    var pager: Pager?
    var errorsToStandardError: Bool
    var echoInputOnError: Bool

    func write(_ outcome: LineOutcome, context: CommandContext) {
        // A damaged store is said on stderr whatever the format, so a report piped to a file
        // still tells the person running it.
        if let damage = outcome.storeDamage {
            let notice = [
                OutputBlock.paragraph(
                    StyledText([
                        StyledSpan(L(.labelWarning).text(context.language), .warning),
                        StyledSpan(damage.text(context.language)),
                    ]))
            ]
            writeBlocks(notice, context: context, stream: .standardError)
        }
        if json || outcome.wantsJSON {
            if let document = OutcomePresenter.json(for: outcome, language: context.language) {
                Self.emit(document.serialized() + "\n", to: .standardOutput)
            }
            return
        }
        if outcome.output != nil {
            var success = outcome
            success.error = nil
            if let damage = outcome.storeDamage { success.output?.warnings.removeAll { $0 == damage } }
            let blocks = OutcomePresenter.blocks(for: success, language: context.language, echoInput: false)
            writeBlocks(blocks, context: context, stream: .standardOutput)
        }
        if outcome.error != nil {
            var failure = outcome
            failure.output = nil
            let blocks = OutcomePresenter.blocks(for: failure, language: context.language, echoInput: echoInputOnError)
            writeBlocks(blocks, context: context, stream: errorsToStandardError ? .standardError : .standardOutput)
        }
    }

    func writeBlocks(_ blocks: [OutputBlock], context: CommandContext, stream: Stream = .standardOutput) {
        guard !blocks.isEmpty else { return }
        let lines = TextLayout(width: context.outputWidth, highlightMarkers: !style.enabled).lines(for: blocks).map {
            style.render($0)
        }
        let text = lines.joined(separator: "\n") + "\n"
        if stream == .standardOutput, let pager, pager.shouldPage(lineCount: lines.count) {
            if pager.show(text) { return }
        }
        Self.emit(text, to: stream)
    }

    enum Stream { case standardOutput, standardError }

    static func emit(_ text: String, to stream: Stream) {
        switch stream {
        case .standardOutput:
            print(text, terminator: "")
            fflush(stdoutStream)
        case .standardError:
            fflush(stdoutStream)
            FileHandle.standardError.write(Data(text.utf8))
        }
    }
}
