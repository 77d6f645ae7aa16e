/// One piece of a command's human-readable output. Commands describe structure; the
/// layout decides widths and wrapping for the terminal at hand.
package enum OutputBlock: Sendable {
    /// A heading line.
    case heading(String)
    /// A paragraph, wrapped to the width (indent in columns).
    case paragraph(StyledText, indent: Int = 0)
    /// Lines kept as they are (not wrapped), e.g. a pre-formatted chart or code.
    case preformatted([StyledText])
    /// Label/value pairs aligned on the label column.
    case fields([(String, StyledText)])
    /// A table with headers; columns align by display width.
    case table(TextTable)
    /// A bulleted list, each item wrapped with a hanging indent.
    case list([StyledText])
    /// A horizontal bar chart (label, value), drawn with Unicode block characters.
    case barChart(BarChart)
    /// An empty line.
    case blank
}

/// What a command returns: the blocks for people and the JSON document for scripts.
package struct CommandOutput: Sendable {
    package var blocks: [OutputBlock]
    package var json: JSONValue
    /// Notes that do not stop the command (a double-booked venue, an unknown city).
    package var warnings: [LocalizedText]
    /// A command line offered for the next prompt (a plain-words request's proposal): the
    /// REPL pre-fills it for confirmation, batch mode runs it only with `--yes`.
    package var proposedLine: String?
    /// The REPL clears the terminal before the next prompt (`/clear`).
    package var clearsScreen = false

    package init(blocks: [OutputBlock] = [], json: JSONValue = .object([]), warnings: [LocalizedText] = []) {
        self.blocks = blocks
        self.json = json
        self.warnings = warnings
    }

    /// A one-line message with a JSON echo of it.
    package static func message(_ text: StyledText, json: JSONValue? = nil) -> CommandOutput {
        CommandOutput(
            blocks: [.paragraph(text)],
            json: json ?? .obj([("message", .string(text.plainText))])
        )
    }
}
