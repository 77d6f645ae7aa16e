/// A report, certificate, service record or talk outline as a sequence of neutral blocks,
/// already worded in the user's language. Building the content once and rendering it
/// several ways (terminal, Markdown, HTML, CSV) keeps the printed page, the file sent to the
/// office and the screen telling the same story.
package struct ReportDocument: Sendable {
    /// How a paragraph reads.
    package enum Emphasis: Sendable, Equatable { case plain, note, warning }

    /// A bar of a chart.
    package struct ChartItem: Sendable, Equatable {
        package var label: String
        package var value: Double
        package var display: String

        package init(label: String, value: Double, display: String) {
            self.label = label
            self.value = value
            self.display = display
        }
    }

    /// A list attached to a document (附表): on paper it starts on a page of its own, its
    /// heading row repeats on every page and names `reference`, so a loose page can be
    /// matched to the certificate it belongs to. `total` is a closing row, one cell per
    /// column, whose figures equal the sum of the rows shown above it.
    package struct Attachment: Sendable {
        package var title: String
        package var reference: String?
        package var table: DataTable
        package var flagged: Set<Int>
        package var total: [DataTable.Cell]?

        package init(
            title: String, reference: String? = nil, table: DataTable, flagged: Set<Int> = [],
            total: [DataTable.Cell]? = nil
        ) {
            self.title = title
            self.reference = reference
            self.table = table
            self.flagged = flagged
            self.total = total
        }
    }

    package enum Block: Sendable {
        case heading(String)
        case paragraph(String, Emphasis)
        case fields([(String, String)])
        /// A table; `flagged` rows are called out (a city below its training quota).
        case table(title: String?, DataTable, flagged: Set<Int>)
        case chart(title: String, items: [ChartItem])
        case list([String])
        /// The place where the issuer stamps its official seal: over `lines` (the issuer's
        /// name and the date, as on official documents), with `signatures` (labels of the
        /// people who sign by hand) beside it.
        case seal(label: String, lines: [String], signatures: [String] = [])
        /// The detail attached to the document, after everything else.
        case attachment(Attachment)
    }

    /// Page layout for HTML: a wide report, an A4 certificate (one page, then its attached
    /// list), or an A4 landscape service record whose wide table needs the width.
    package enum Layout: Sendable, Equatable { case report, certificate, record }

    package var title: String
    package var subtitle: String?
    package var language: Language
    package var layout: Layout
    package var blocks: [Block]

    package init(
        title: String, subtitle: String? = nil, language: Language, layout: Layout = .report, blocks: [Block] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.layout = layout
        self.blocks = blocks
    }

    /// Every table of the document with its title, for CSV.
    package var tables: [(title: String?, table: DataTable)] {
        blocks.compactMap { block in
            switch block {
            case .table(let title, let table, _): return (title, table)
            case .attachment(let attachment): return (attachment.title, attachment.table)
            default: return nil
            }
        }
    }
}
