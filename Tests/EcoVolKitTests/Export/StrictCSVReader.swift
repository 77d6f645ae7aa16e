import Foundation

/// A deliberately strict RFC 4180 reader for tests: it refuses anything the RFC does not
/// allow (bare LF or CR, a quote inside an unquoted field, text after a closing quote,
/// rows of different lengths), so an export that passes opens the same way everywhere.
struct StrictCSVReader {
    enum Failure: Error, Equatable {
        case missingBOM
        case invalidUTF8
        case bareLineBreak(record: Int)
        case quoteInUnquotedField(record: Int)
        case textAfterClosingQuote(record: Int)
        case unterminatedQuote
        case missingFinalCRLF
        case ragged(record: Int, fields: Int, expected: Int)
    }

    /// Records of a BOM-prefixed, CRLF-terminated file.
    static func read(_ data: Data) throws -> [[String]] {
        let bytes = [UInt8](data)
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { throw Failure.missingBOM }
        guard let text = String(data: Data(bytes.dropFirst(3)), encoding: .utf8) else { throw Failure.invalidUTF8 }
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var i = 0
        var atFieldStart = true
        var quoted = false
        func endRecord() {
            record.append(field)
            records.append(record)
            record = []
            field = ""
            atFieldStart = true
        }
        while i < scalars.count {
            let c = scalars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 2
                        continue
                    }
                    quoted = false
                    i += 1
                    // After a closing quote: a comma, CRLF or the end.
                    if i < scalars.count, scalars[i] != ",",
                        !(scalars[i] == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n")
                    {
                        throw Failure.textAfterClosingQuote(record: records.count + 1)
                    }
                    continue
                }
                field.unicodeScalars.append(c)
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard atFieldStart else { throw Failure.quoteInUnquotedField(record: records.count + 1) }
                quoted = true
                atFieldStart = false
                i += 1
            case ",":
                record.append(field)
                field = ""
                atFieldStart = true
                i += 1
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else {
                    throw Failure.bareLineBreak(record: records.count + 1)
                }
                endRecord()
                i += 2
            case "\n":
                throw Failure.bareLineBreak(record: records.count + 1)
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
                i += 1
            }
        }
        if quoted { throw Failure.unterminatedQuote }
        guard record.isEmpty, field.isEmpty else { throw Failure.missingFinalCRLF }
        if let width = records.first?.count {
            for (n, r) in records.enumerated() where r.count != width {
                throw Failure.ragged(record: n + 1, fields: r.count, expected: width)
            }
        }
        return records
    }
}
