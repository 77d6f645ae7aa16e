/// An export the export code refuses or cannot write: a file name whose extension is not a
/// format the report can take, a target that is not a file, a folder that does not exist, a
/// file that would be replaced without `force=yes`, a write the system refused. Messages name
/// the file (and the argument, `field`) and what is accepted, in both languages.
package enum ExportError: DomainError, Equatable {
    /// `value` (a file name, or an extension) is not one of `allowed`.
    case unsupportedFormat(field: String, value: String, allowed: [ExportFormat])
    /// `path` names a folder, or ends in `/`.
    case notAFile(path: String, field: String)
    /// The folder `directory` that would hold the file does not exist.
    case noDirectory(directory: String, field: String)
    /// `path` exists and replacing it was not asked for.
    case exists(path: String, field: String)
    /// The system refused the write, for `reason`.
    case writeFailed(path: String, reason: String, field: String)
    /// The CSV writer produced no bytes.
    case csvEncoding

    package var code: String {
        switch self {
        case .unsupportedFormat: return "value.invalid"
        case .notAFile: return "export.notAFile"
        case .noDirectory: return "export.noDirectory"
        case .exists: return "export.exists"
        case .writeFailed: return "export.writeFailed"
        case .csvEncoding: return "export.csv"
        }
    }

    package var field: String? {
        switch self {
        case .unsupportedFormat(let field, _, _), .notAFile(_, let field), .noDirectory(_, let field),
            .exists(_, let field), .writeFailed(_, _, let field):
            return field
        case .csvEncoding: return nil
        }
    }

    package var message: LocalizedText {
        switch self {
        case .unsupportedFormat(let field, let value, let allowed):
            return .invalidValue(
                field: field, value: value,
                accepted: L(
                    .exportAcceptedExtensions,
                    ["extensions": allowed.map { "." + $0.rawValue }.joined(separator: " ")]))
        case .notAFile(let path, _): return L(.exportErrorNotAFile, ["path": path])
        case .noDirectory(let directory, _): return L(.exportErrorNoDirectory, ["directory": directory])
        case .exists(let path, _): return L(.exportErrorExists, ["path": path])
        case .writeFailed(let path, let reason, _):
            return L(.exportErrorWriteFailed, ["path": path, "reason": reason])
        case .csvEncoding: return L(.exportErrorCsv)
        }
    }
}
