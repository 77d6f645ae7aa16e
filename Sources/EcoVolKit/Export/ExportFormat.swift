import Foundation

/// The file formats exports write, chosen by the file's extension so the command line
/// stays short (`/export sessions 六月.csv`): `.csv` for Excel and the national platform,
/// `.json` for scripts, `.md` for chat groups and editors, `.html` for printing and mail,
/// `.ics` for calendars.
package enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json, md, html, ics

    /// The format of `path`, refused (naming `field` and the accepted extensions) when it
    /// is not one of `allowed`.
    package static func of(_ path: String, allowed: [ExportFormat], field: String = "file") throws(ExportError)
        -> ExportFormat
    {
        var ext = (path as NSString).pathExtension.lowercased()
        if ext == "markdown" { ext = "md" }
        if ext == "htm" || ext == "xhtml" { ext = "html" }
        guard let format = ExportFormat(rawValue: ext), allowed.contains(format) else {
            throw .unsupportedFormat(field: field, value: path, allowed: allowed)
        }
        return format
    }

    package static let documents: [ExportFormat] = [.md, .html, .json, .csv]

    /// A document in this format. `json` is what `--json` prints for the same command.
    package func data(_ document: ReportDocument, json: JSONValue) throws -> Data {
        switch self {
        case .csv:
            let headers = [
                L(.exportCsvSection), L(.exportCsvItem), L(.exportCsvMeasure), L(.exportCsvValue),
            ].map { $0.text(document.language) }
            return try SpreadsheetCSV.data(document, headers: headers)
        case .json: return Data((json.serialized() + "\n").utf8)
        case .md: return Data(MarkdownRenderer.render(document).utf8)
        case .html: return Data(HTMLRenderer.render(document).utf8)
        case .ics:
            throw ExportError.unsupportedFormat(field: "file", value: ".ics", allowed: [.csv, .json, .md, .html])
        }
    }

    /// A listing in this format: one table, its filter recorded in the JSON.
    package func data(_ table: DataTable, title: String, subtitle: String?, language: Language, meta: JSONValue) throws
        -> Data
    {
        switch self {
        case .csv: return try SpreadsheetCSV.data(table)
        case .json: return Data((JSONValue.obj([("filter", meta), ("rows", table.json)]).serialized() + "\n").utf8)
        default:
            return try data(
                ReportDocument(
                    title: title, subtitle: subtitle, language: language,
                    blocks: [.dataTable(title: nil, table)]), json: .null)
        }
    }
}
