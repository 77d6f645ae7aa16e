/// Writes a `ReportDocument` as GitHub-flavoured Markdown: what lecturers paste into a
/// chat group or open in any editor. Table cells are escaped so a `|` or a line break in a
/// title cannot break the table.
public enum MarkdownRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var lines: [String] = ["# " + inline(document.title)]
        if let subtitle = document.subtitle { lines += ["", "*" + inline(subtitle) + "*"] }
        for block in document.blocks {
            lines.append("")
            switch block {
            case let .heading(text):
                lines.append("## " + inline(text))
            case let .paragraph(text, emphasis):
                let body = inline(text)
                switch emphasis {
                case .plain: lines.append(body)
                case .note: lines.append("> " + body)
                case .warning: lines.append("> **" + TerminalDocumentRenderer.flagMarker + "** " + body)
                }
            case let .fields(pairs):
                lines += pairs.map { "- **" + inline($0.0) + "**：" + inline($0.1) }
            case let .table(title, table, flagged):
                if let title { lines += ["**" + inline(title) + "**", ""] }
                lines += Self.table(table, flagged: flagged)
            case let .chart(title, items):
                lines += ["**" + inline(title) + "**", ""]
                let table = DataTable(columns: [.init("label", ""), .init("value", "", numeric: true)],
                                      rows: items.map { [.text($0.label), .text($0.display)] })
                lines += Self.table(table, flagged: [])
            case let .list(items):
                lines += items.map { "- " + inline($0) }
            case let .seal(label, sealLines):
                lines.append("**" + inline(label) + "**")
                lines += sealLines.map { "" + inline($0) + "  " }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func table(_ table: DataTable, flagged: Set<Int>) -> [String] {
        var lines = ["| " + table.headers.map(cell).joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined())
        for (index, row) in table.textRows.enumerated() {
            var cells = row.map(cell)
            if flagged.contains(index), !cells.isEmpty { cells[0] = TerminalDocumentRenderer.flagMarker + " " + cells[0] }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// A table cell: pipes escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        inline(text).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Running text on one line, with Markdown's own markers and raw HTML made literal.
    static func inline(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\r\n", "\n", "\r": out += "<br>"
            case "\\", "*", "_", "`", "[", "]", "#": out += "\\" + String(ch)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(ch)
            }
        }
        return out
    }
}
