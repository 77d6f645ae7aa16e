import CSV
import Foundation

/// CSV that Excel and WPS open with Chinese intact and that cannot run a formula: UTF-8
/// with a byte-order mark, RFC 4180 quoting and CRLF line ends (written by yaslab/CSV.swift),
/// and every cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR
/// at the start) prefixed with an apostrophe, as OWASP advises for CSV injection.
package enum SpreadsheetCSV {
    package static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Characters that make a spreadsheet treat a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// A cell made safe to open in a spreadsheet: a formula start is prefixed with `'`, and
    /// marks attached to a double quote are dropped. Swift's substring search does not see a
    /// quote followed by a combining mark (`"\u{300}`), so the writer would not double it
    /// and the cell would end early; a mark on a quote carries no meaning anyway.
    package static func neutralised(_ value: String) -> String {
        var text = value
        if text.unicodeScalars.contains("\"") {
            var out = String.UnicodeScalarView()
            var afterQuote = false
            for scalar in text.unicodeScalars {
                if afterQuote, attaches(scalar) { continue }
                afterQuote = scalar == "\""
                out.append(scalar)
            }
            text = String(out)
        }
        guard let first = text.unicodeScalars.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// Scalars that join the character before them (marks, joiners, emoji modifiers).
    static func attaches(_ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        return p.isGraphemeExtend || p.isJoinControl || p.canonicalCombiningClass != .notReordered
            || [.nonspacingMark, .spacingMark, .enclosingMark].contains(p.generalCategory)
            || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// Characters that give CSV its structure. Quoting is decided on scalars, not on
    /// `String.contains`, which misses `,` `\n` or `"` followed by a combining mark.
    static let structural: Set<Unicode.Scalar> = [",", "\"", "\r", "\n"]

    static func needsQuotes(_ cell: String) -> Bool {
        cell.unicodeScalars.contains { structural.contains($0) }
    }

    /// The table as CSV bytes: BOM, header row, one row per record, each line ended by CRLF.
    package static func data(_ table: DataTable) throws -> Data {
        try data(header: table.headers, rows: table.textRows)
    }

    package static func data(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        do {
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            for row in [header] + rows {
                let cells = row.map(neutralised)
                try writer.write(row: cells, quotedAtIndex: { needsQuotes(cells[$0]) })
            }
            stream.close()
        }
        guard let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw ExportError.csvEncoding
        }
        var out = Data(byteOrderMark)
        out.append(body)
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }

    /// A document's tables in one sheet, long form (section, row, measure, value), so a
    /// whole report fits RFC 4180's single table and pivots cleanly in Excel.
    package static func data(_ document: ReportDocument, headers: [String]) throws -> Data {
        var rows: [[String]] = []
        for block in document.blocks {
            switch block {
            case .fields(let pairs):
                rows += pairs.map { [document.title, $0.0, "", $0.1.plainText] }
            case .dataTable(let title, let table, _):
                rows += longForm(table, section: title ?? document.title)
            case .table(let table):
                rows += longForm(DataTable(table), section: document.title)
            case .barChart(let chart):
                rows += chart.items.map { [chart.title, $0.label, "", DataTable.format($0.value)] }
            default:
                continue
            }
        }
        return try data(header: headers, rows: rows)
    }

    /// A table's rows as (section, row, measure, value): the first column names the row.
    static func longForm(_ table: DataTable, section: String) -> [[String]] {
        table.textRows.flatMap { row in
            table.columns.enumerated().dropFirst().map { i, column in [section, row.first ?? "", column.title, row[i]] }
        }
    }
}
