import Foundation

/// Reads an import file as rows of header → value. UTF-8 with or without a BOM is read as
/// is; a GB18030/GBK file (what Excel in China often saves) is converted when this platform
/// can, otherwise refused with how to save it as UTF-8.
///
/// The parser is this project's own (RFC 4180 with the leniencies spreadsheets need) because
/// an import must say which rows it could not read: a quote left open, a quote in the middle
/// of a field, a row with more or fewer columns than the header. Each such row is reported
/// with its line number and never imported as a person named `unterminated,138`, and a quote
/// left open costs only its own line, not the rest of the file.
package enum CSVImportReader {
    package struct Table: Sendable {
        package var headers: [String]
        package var rows: [[String]]
        /// The file line each row starts on (the header is line 1).
        package var rowLines: [Int]
        /// Rows that could not be read, in file order; they are not in `rows`.
        package var problems: [RowProblem]
        package var convertedFromGB18030: Bool
    }

    /// A row the reader could not take apart reliably.
    package struct RowProblem: Sendable, Equatable {
        package enum Kind: Sendable, Equatable {
            /// A quoted field that is never closed.
            case unclosedQuote
            /// A quote inside an unquoted field, or text right after a closing quote.
            case strayQuote
            /// More or fewer fields than the header has.
            case columnCount(found: Int, expected: Int)
        }

        package var line: Int
        package var kind: Kind

        package var message: LocalizedText {
            switch kind {
            case .unclosedQuote: return L(.outreachImportUnclosedQuote)
            case .strayQuote: return L(.outreachImportStrayQuote)
            case .columnCount(let found, let expected):
                return L(.outreachImportColumnCount, ["found": String(found), "expected": String(expected)])
            }
        }
    }

    /// A file the reader cannot take at all (the argument is `file`).
    package enum FileError: DomainError, Equatable {
        /// `path` could not be read.
        case unreadable(path: String)
        /// Neither UTF-8 nor, where this platform converts it, GB18030.
        case notText(path: String)
        /// Nothing but blanks, commas and byte-order marks.
        case empty(path: String)

        package var code: String {
            switch self {
            case .unreadable, .notText: return "value.invalid"
            case .empty: return "import.empty"
            }
        }

        package var field: String? { "file" }

        package var message: LocalizedText {
            switch self {
            case .unreadable(let path):
                return .invalidValue(field: "file", value: path, accepted: L(.outreachImportUnreadable))
            case .notText(let path):
                return .invalidValue(field: "file", value: path, accepted: L(.outreachImportNotUTF8))
            case .empty(let path): return L(.outreachImportEmpty, ["file": path])
            }
        }
    }

    package static func read(path: String) throws(FileError) -> Table {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var converted = false
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            let gb: UInt = 0x8000_0632  // kCFStringEncodingGB_18030_2000 as an NSStringEncoding; nil where unsupported
            guard let decoded = String(data: Data(bytes), encoding: String.Encoding(rawValue: gb)) else {
                throw .notText(path: path)
            }
            text = decoded
            converted = true
        }
        guard !text.allSatisfy({ $0.isWhitespace || $0 == "," || $0 == "\u{FEFF}" }) else {
            throw .empty(path: path)
        }
        var table = parse(text)
        table.convertedFromGB18030 = converted
        return table
    }

    /// Splits `text` into a header and rows, collecting the rows it cannot read.
    package static func parse(_ text: String) -> Table {
        let b = Array(text.utf8)
        var records: [(line: Int, fields: [String], problem: RowProblem.Kind?)] = []
        var pos = 0
        var line = 1
        while pos < b.count {
            let startLine = line
            let lineStart = pos
            var fields: [String] = []
            var problem: RowProblem.Kind? = nil
            var field: [UInt8] = []
            var quoted = false
            var endOfRecord = false
            while !endOfRecord {
                // One field.
                field.removeAll(keepingCapacity: true)
                quoted = false
                while pos < b.count, b[pos] == 0x20 || b[pos] == 0x09 { pos += 1 }
                if pos < b.count, b[pos] == 0x22 {
                    quoted = true
                    pos += 1
                    var closed = false
                    var scan = pos
                    var innerLines = 0
                    while scan < b.count {
                        let c = b[scan]
                        if c == 0x22 {
                            if scan + 1 < b.count, b[scan + 1] == 0x22 {
                                field.append(0x22)
                                scan += 2
                                continue
                            }
                            closed = true
                            scan += 1
                            break
                        }
                        if c == 0x0A { innerLines += 1 }
                        if c != 0x0D { field.append(c) }
                        scan += 1
                    }
                    // A quote that only "closes" on a later line with text glued after it was
                    // never meant to span lines: it was left open, and must not eat the next row.
                    let gluedAfterClose =
                        closed && scan < b.count && b[scan] != 0x2C && b[scan] != 0x0A && b[scan] != 0x0D
                        && b[scan] != 0x20
                    if !closed || (innerLines > 0 && gluedAfterClose) {
                        // Never closed: this line alone is lost; reading resumes on the next line.
                        problem = .unclosedQuote
                        pos = lineStart
                        while pos < b.count, b[pos] != 0x0A { pos += 1 }
                        if pos < b.count { pos += 1 }
                        line = startLine + 1
                        endOfRecord = true
                        fields.append("")
                        break
                    }
                    pos = scan
                    line += innerLines
                    while pos < b.count, b[pos] == 0x20 || b[pos] == 0x09 || b[pos] == 0x0D { pos += 1 }
                    if pos < b.count, b[pos] != 0x2C, b[pos] != 0x0A {
                        problem = problem ?? .strayQuote
                        while pos < b.count, b[pos] != 0x2C, b[pos] != 0x0A {
                            field.append(b[pos])
                            pos += 1
                        }
                    }
                } else {
                    while pos < b.count, b[pos] != 0x2C, b[pos] != 0x0A {
                        if b[pos] == 0x22 { problem = problem ?? .strayQuote }
                        if b[pos] != 0x0D { field.append(b[pos]) }
                        pos += 1
                    }
                }
                let value = String(decoding: field, as: UTF8.self)
                fields.append(quoted ? value : value.trimmingCharacters(in: .whitespaces))
                if pos >= b.count {
                    endOfRecord = true
                } else if b[pos] == 0x0A {
                    pos += 1
                    line += 1
                    endOfRecord = true
                } else {
                    pos += 1  // the comma
                }
            }
            records.append((startLine, fields, problem))
        }
        // Blank lines are not rows.
        records.removeAll { $0.problem == nil && $0.fields.allSatisfy { $0.isEmpty } }
        guard let header = records.first else {
            return Table(headers: [], rows: [], rowLines: [], problems: [], convertedFromGB18030: false)
        }
        let headers = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let expected = headers.count
        var rows: [[String]] = []
        var rowLines: [Int] = []
        var problems: [RowProblem] = header.problem.map { [RowProblem(line: header.line, kind: $0)] } ?? []
        for record in records.dropFirst() {
            var fields = record.fields
            while fields.count > expected, fields.last?.isEmpty == true { fields.removeLast() }
            if let kind = record.problem {
                problems.append(RowProblem(line: record.line, kind: kind))
            } else if fields.count != expected {
                problems.append(
                    RowProblem(line: record.line, kind: .columnCount(found: fields.count, expected: expected)))
            } else {
                rows.append(fields)
                rowLines.append(record.line)
            }
        }
        return Table(headers: headers, rows: rows, rowLines: rowLines, problems: problems, convertedFromGB18030: false)
    }
}
