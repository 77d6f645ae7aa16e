/// The shorthand documents are written in: plain strings in the user's language, with the
/// meaning (a note, a warning) carried by the style every renderer reads.
extension OutputBlock {
    /// A plain paragraph.
    package static func text(_ text: String) -> OutputBlock { .paragraph(StyledText(text)) }

    /// A paragraph that explains or qualifies (dimmed on screen, a quote in Markdown, a note in HTML).
    package static func note(_ text: String) -> OutputBlock { .paragraph(StyledText(text, .dim)) }

    /// A paragraph that calls for action (⚠ and the warning style, in files as on screen).
    package static func warning(_ text: String) -> OutputBlock { .paragraph(StyledText(text, .warning)) }

    /// Label/value pairs of plain text.
    package static func pairs(_ pairs: [(String, String)]) -> OutputBlock {
        .fields(pairs.map { ($0.0, StyledText($0.1)) })
    }

    /// A bulleted list of plain text.
    package static func items(_ items: [String]) -> OutputBlock { .list(items.map { StyledText($0) }) }

    /// A bar chart: one bar per item, its figure written beside it.
    package static func chart(title: String, items: [(label: String, value: Double, display: String)])
        -> OutputBlock
    {
        .barChart(BarChart(title: title, items: items))
    }
}
