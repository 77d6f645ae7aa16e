/// A table whose columns align by display width, so Chinese and English share columns.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var rows: [[StyledText]]
    public var alignments: [Alignment]

    public init(headers: [String], rows: [[StyledText]], alignments: [Alignment]? = nil) {
        self.headers = headers
        self.rows = rows
        self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
    }
}

/// Horizontal bars for monthly figures and the like; readable without colour because
/// the length carries the value and the number is printed beside it.
public struct BarChart: Sendable {
    public var title: String
    public var items: [(label: String, value: Double, display: String)]

    public init(title: String, items: [(label: String, value: Double, display: String)]) {
        self.title = title
        self.items = items
    }
}
