/// A report, certificate, service record or talk outline as a sequence of neutral blocks,
/// already worded in the user's language. Building the content once and rendering it
/// several ways (terminal, Markdown, HTML, CSV) keeps the printed page, the file sent to the
/// office and the screen telling the same story.
public struct ReportDocument: Sendable {
    /// How a paragraph reads.
    public enum Emphasis: Sendable, Equatable { case plain, note, warning }

    /// A bar of a chart.
    public struct ChartItem: Sendable, Equatable {
        public var label: String
        public var value: Double
        public var display: String

        public init(label: String, value: Double, display: String) {
            self.label = label
            self.value = value
            self.display = display
        }
    }

    public enum Block: Sendable {
        case heading(String)
        case paragraph(String, Emphasis)
        case fields([(String, String)])
        /// A table; `flagged` rows are called out (a city below its training quota).
        case table(title: String?, DataTable, flagged: Set<Int>)
        case chart(title: String, items: [ChartItem])
        case list([String])
        /// The place where the issuer signs and stamps its official seal.
        case seal(label: String, lines: [String])
    }

    /// Page layout for HTML: a wide report or an A4 certificate.
    public enum Layout: Sendable, Equatable { case report, certificate }

    public var title: String
    public var subtitle: String?
    public var language: Language
    public var layout: Layout
    public var blocks: [Block]

    public init(title: String, subtitle: String? = nil, language: Language, layout: Layout = .report, blocks: [Block] = []) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.layout = layout
        self.blocks = blocks
    }

    /// Every table of the document with its title, for CSV.
    public var tables: [(title: String?, table: DataTable)] {
        blocks.compactMap { block in
            if case let .table(title, table, _) = block { return (title, table) }
            return nil
        }
    }
}
