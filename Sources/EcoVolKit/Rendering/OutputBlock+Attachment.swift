extension OutputBlock {
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

        /// The rows with the closing total, as every renderer shows them.
        package var tableWithTotal: DataTable {
            var shown = table
            if let total { shown.rows.append(total) }
            return shown
        }
    }
}
