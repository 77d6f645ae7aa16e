import Foundation

/// How the REPL treats a multi-line paste. People paste a few commands copied from the
/// README or a colleague's message and expect them to run one after another, as a shell
/// does; any other multi-line paste is one question that happens to contain line breaks.
package enum PastedCommands {
    /// The commands of a pasted block, in order, when it has two or more non-blank lines and
    /// every one of them starts with `/` (or the full-width `／`); nil otherwise.
    package static func commands(in text: String) -> [String]? {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard lines.count >= 2, lines.allSatisfy({ $0.hasPrefix("/") || $0.hasPrefix("／") }) else { return nil }
        return lines
    }

    /// A pasted block that is not a list of commands becomes one line (a question).
    package static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}
