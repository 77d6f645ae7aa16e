/// A report, certificate, service record or talk outline: a title and the same blocks any
/// command returns (`OutputBlock`), already worded in the user's language, with the page
/// layout a file needs. Building the content once and rendering it several ways (terminal,
/// Markdown, HTML, CSV) keeps the printed page, the file sent to the office and the screen
/// telling the same story.
package struct ReportDocument: Sendable {
    /// Page layout for HTML: a wide report, an A4 certificate (one page, then its attached
    /// list), or an A4 landscape service record whose wide table needs the width.
    package enum Layout: Sendable, Equatable { case report, certificate, record }

    package var title: String
    package var subtitle: String?
    package var language: Language
    package var layout: Layout
    package var blocks: [OutputBlock]

    package init(
        title: String, subtitle: String? = nil, language: Language, layout: Layout = .report,
        blocks: [OutputBlock] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.layout = layout
        self.blocks = blocks
    }

    /// The document as a command shows it: its title as the heading, the subtitle dimmed, then its blocks.
    package var screenBlocks: [OutputBlock] {
        var out: [OutputBlock] = [.heading(title)]
        if let subtitle { out.append(.paragraph(StyledText(subtitle, .dim))) }
        return out + blocks
    }

    /// Every table of the document with its title, for CSV.
    package var tables: [(title: String?, table: DataTable)] {
        blocks.compactMap { block in
            switch block {
            case .dataTable(let title, let table, _): return (title, table)
            case .table(let table): return (nil, DataTable(table))
            case .attachment(let attachment): return (attachment.title, attachment.table)
            default: return nil
            }
        }
    }
}

/// How a paragraph reads in a file: the screen's styles carry the meaning (`.dim` a note,
/// `.warning` a warning), so a file says what the screen says.
enum ParagraphEmphasis {
    case plain, note, warning

    init(_ text: StyledText) {
        let styles = Set(text.spans.filter { !$0.text.isEmpty }.map(\.style))
        switch styles {
        case [.warning], [.error]: self = .warning
        case [.dim]: self = .note
        default: self = .plain
        }
    }
}
