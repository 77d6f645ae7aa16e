extension TextTable {
    /// Shown before the first cell of a flagged row, so a report reads the same without colour.
    package static let flagMarker = "⚠"

    /// A typed table laid out for reading: numeric columns right-aligned, flagged rows marked and
    /// in the warning style.
    package init(_ table: DataTable, flagged: Set<Int> = []) {
        let rows: [[StyledText]] = table.textRows.enumerated().map { index, row in
            let isFlagged = flagged.contains(index)
            return row.enumerated().map { column, text in
                if isFlagged, column == 0 { return StyledText(Self.flagMarker + " " + text, .warning) }
                return StyledText(text, isFlagged ? .warning : .plain)
            }
        }
        self.init(headers: table.headers, rows: rows, alignments: table.columns.map { $0.numeric ? .right : .left })
    }
}

extension DataTable {
    /// A table laid out for reading, as text columns (its cells' words, without their styles),
    /// so a command's listing can be written to a file as well.
    package init(_ table: TextTable) {
        let columns = table.headers.enumerated().map { i, title in
            Column(
                "column\(i + 1)", title, numeric: i < table.alignments.count && table.alignments[i] == .right)
        }
        self.init(columns: columns, rows: table.rows.map { row in row.map { .text($0.plainText) } })
    }
}
