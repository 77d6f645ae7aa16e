import Foundation
import CSV

/// Reads an import file as rows of header → value. UTF-8 with or without a BOM is read as
/// is; a GB18030/GBK file (what Excel in China often saves) is converted when this platform
/// can, otherwise refused with how to save it as UTF-8.
public enum CSVImportReader {
    public struct Table: Sendable {
        public var headers: [String]
        public var rows: [[String]]
        public var convertedFromGB18030: Bool
    }

    public static func read(path: String) throws -> Table {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure.invalidValue(field: "file", value: path, accepted: L("outreach.import.unreadable"))
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var converted = false
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            let gb: UInt = 0x8000_0632  // kCFStringEncodingGB_18030_2000 as an NSStringEncoding; nil where unsupported
            guard let decoded = String(data: Data(bytes), encoding: String.Encoding(rawValue: gb)) else {
                throw CommandFailure.invalidValue(field: "file", value: path, accepted: L("outreach.import.notUTF8"))
            }
            text = decoded
            converted = true
        }
        if text.contains("\r\n") { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        let reader = try CSVReader(string: text, hasHeaderRow: true, trimFields: true)
        let headers = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        if let error = reader.error { throw CommandFailure.invalidValue(field: "file", value: path, accepted: LocalizedText(verbatim: String(describing: error))) }
        return Table(headers: headers, rows: rows, convertedFromGB18030: converted)
    }
}
