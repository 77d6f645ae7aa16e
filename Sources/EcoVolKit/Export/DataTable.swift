import Foundation

/// Rows and typed columns, the one shape every export starts from: the same table becomes
/// CSV for Excel, JSON for scripts, a Markdown table and an HTML table, so the four formats
/// can never disagree about what a listing contains.
package struct DataTable: Sendable {
    /// A column: a stable key (JSON, tests), a title in the user's language (CSV header,
    /// tables) and whether its cells are numbers (right-aligned, charted).
    package struct Column: Sendable, Equatable {
        package var key: String
        package var title: String
        package var numeric: Bool

        package init(_ key: String, _ title: String, numeric: Bool = false) {
            self.key = key
            self.title = title
            self.numeric = numeric
        }
    }

    /// One value. Numbers stay numbers so JSON keeps them numeric.
    package enum Cell: Sendable, Equatable {
        case text(String)
        case number(Double)
        case empty
        /// An enumeration: people read the label (CSV, Markdown, HTML), scripts get the
        /// stable code (JSON), whatever the interface language.
        case coded(code: String, label: String)

        /// An optional enumeration value.
        package static func code(_ code: String?, _ label: String?) -> Cell {
            guard let code, let label else { return .empty }
            return .coded(code: code, label: label)
        }

        package init(_ text: String?) {
            self = text.map { .text($0) } ?? .empty
        }

        package init(_ number: Double?) {
            self = number.map { .number($0) } ?? .empty
        }

        package init(_ number: Int?) {
            self = number.map { .number(Double($0)) } ?? .empty
        }

        /// The cell as text: whole numbers without a decimal point, others with up to two decimals.
        package var text: String {
            switch self {
            case .text(let s): return s
            case .number(let n): return DataTable.format(n)
            case .empty: return ""
            case .coded(_, let label): return label
            }
        }

        package var json: JSONValue {
            switch self {
            case .text(let s): return .string(s)
            case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? .int(Int(n)) : .number(n)
            case .empty: return .null
            case .coded(let code, _): return .string(code)
            }
        }
    }

    package var columns: [Column]
    package var rows: [[Cell]]

    package init(columns: [Column], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    package var headers: [String] { columns.map(\.title) }

    /// Every row as text, padded or cut to the column count.
    package var textRows: [[String]] {
        rows.map { row in columns.indices.map { $0 < row.count ? row[$0].text : "" } }
    }

    /// An array of objects keyed by column key, in column order.
    package var json: JSONValue {
        .array(
            rows.map { row in
                .object(columns.indices.map { i in (columns[i].key, i < row.count ? row[i].json : .null) })
            })
    }

    /// 2 → "2", 1.5 → "1.5", 1.25 → "1.25", 1.333 → "1.33".
    package static func format(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int(n)) }
        var s = String(format: "%.2f", n)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
