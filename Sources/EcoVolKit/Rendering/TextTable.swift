/// A table whose columns align by display width, so Chinese and English share columns.
package struct TextTable: Sendable {
    package enum Alignment: Sendable { case left, right }

    package var headers: [String]
    package var rows: [[StyledText]]
    package var alignments: [Alignment]

    package init(headers: [String], rows: [[StyledText]], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.rows = rows
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }
}

/// Horizontal bars for monthly figures and the like; readable without colour because
/// the length carries the value and the number is printed beside it.
package struct BarChart: Sendable {
    package var title: String
    package var items: [(label: String, value: Double, display: String)]

    package init(title: String, items: [(label: String, value: Double, display: String)]) {
        self.title = title
        self.items = items
    }
}
