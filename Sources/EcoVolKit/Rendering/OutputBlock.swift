/// One piece of output, on the screen or in a file. It is the one document model: a command's
/// answer and a report, certificate or outline are the same blocks, so the terminal
/// (`TextLayout`), Markdown, HTML and CSV can never tell different stories about one result.
/// Blocks describe structure and meaning; each renderer decides widths, wrapping and markup.
package enum OutputBlock: Sendable {
    /// A heading line (a command's title; a file's documents carry theirs in `ReportDocument`).
    case heading(String)
    /// A section heading inside a document (a certificate's 服务情况, a report's 按月统计).
    case section(String)
    /// A paragraph, wrapped to the width (indent in columns). A paragraph in one `.dim` style
    /// is a note, in one `.warning` style a warning, in files as on screen.
    case paragraph(StyledText, indent: Int = 0)
    /// Lines kept as they are (not wrapped), e.g. a pre-formatted chart or code.
    case preformatted([StyledText])
    /// Label/value pairs aligned on the label column.
    case fields([(String, StyledText)])
    /// A table laid out for reading (styled cells); columns align by display width.
    case table(TextTable)
    /// A table of typed values (numbers stay numbers in CSV and JSON); `flagged` rows are called
    /// out (a city below its training quota) with a marker as well as the warning style.
    case dataTable(title: String?, DataTable, flagged: Set<Int> = [])
    /// A bulleted list, each item wrapped with a hanging indent.
    case list([StyledText])
    /// A horizontal bar chart (label, value), drawn with Unicode block characters or SVG.
    case barChart(BarChart)
    /// The place where the issuer stamps its official seal: over `lines` (the issuer's name and
    /// the date, as on official documents), with `signatures` (labels of the people who sign
    /// by hand) beside it. The screen shows who issues and when.
    case seal(label: String, lines: [String], signatures: [String] = [])
    /// The detail attached to a document (附表), after everything else.
    case attachment(Attachment)
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
