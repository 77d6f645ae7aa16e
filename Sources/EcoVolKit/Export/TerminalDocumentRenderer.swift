/// Lays a `ReportDocument` out as terminal output blocks: tables align by display width,
/// charts become Unicode bar charts, and flagged rows carry a visible marker as well as the
/// warning style, so a report reads the same without colour.
package enum TerminalDocumentRenderer {
    package static let flagMarker = "⚠"

    package static func blocks(_ document: ReportDocument) -> [OutputBlock] {
        var out: [OutputBlock] = [.heading(document.title)]
        if let subtitle = document.subtitle { out.append(.paragraph(StyledText(subtitle, .dim))) }
        for block in document.blocks {
            switch block {
            case .heading(let text):
                out.append(.blank)
                out.append(.paragraph(StyledText(text, .bold)))
            case .paragraph(let text, let emphasis):
                out.append(
                    .paragraph(StyledText(text, emphasis == .warning ? .warning : emphasis == .note ? .dim : .plain)))
            case .fields(let pairs):
                out.append(.fields(pairs.map { ($0.0, StyledText($0.1)) }))
            case .table(let title, let table, let flagged):
                if let title { out.append(.paragraph(StyledText(title, .bold))) }
                out.append(.table(textTable(table, flagged: flagged)))
            case .chart(let title, let items):
                out.append(.barChart(BarChart(title: title, items: items.map { ($0.label, $0.value, $0.display) })))
            case .list(let items):
                out.append(.list(items.map { StyledText($0) }))
            case .seal(let label, let lines, _):
                // Signature lines are for paper; the screen shows who issues and when.
                out.append(.fields([(label, StyledText(lines.joined(separator: "  ")))]))
            case .attachment(let attachment):
                out.append(.blank)
                out.append(.paragraph(StyledText(attachment.title, .bold)))
                if let reference = attachment.reference { out.append(.paragraph(StyledText(reference, .dim))) }
                var table = attachment.table
                if let total = attachment.total { table.rows.append(total) }
                out.append(.table(textTable(table, flagged: attachment.flagged)))
            }
        }
        return out
    }

    static func textTable(_ table: DataTable, flagged: Set<Int>) -> TextTable {
        let rows: [[StyledText]] = table.textRows.enumerated().map { index, row in
            let isFlagged = flagged.contains(index)
            return row.enumerated().map { column, text in
                if isFlagged, column == 0 { return StyledText(flagMarker + " " + text, .warning) }
                return StyledText(text, isFlagged ? .warning : .plain)
            }
        }
        return TextTable(
            headers: table.headers, rows: rows, alignments: table.columns.map { $0.numeric ? .right : .left })
    }
}
