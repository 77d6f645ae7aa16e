import Foundation

/// What every backend refuses before writing, so a change is accepted or refused the same
/// way wherever the records live: text holding U+0000 (PostgreSQL's text and JSONB cannot
/// hold it, and no field has a use for it) and numbers that are not finite (JSON has no NaN).
/// Commands validate what users type long before this; this catches what an importer or a
/// bug would otherwise turn into a store that one backend holds and another cannot.
enum StoreOperationCheck {
    static func check(_ operations: [StoreOperation]) throws {
        for op in operations {
            let (table, record): (String, Any) =
                switch op {
                case .putSession(let s): ("session", s)
                case .putPerson(let p): ("person", p)
                case .putProject(let p): ("project", p)
                case .putParticipation(let p): ("participation", p)
                case .deleteSession(let id), .deletePerson(let id), .deleteProject(let id): ("id", id)
                case .deleteParticipation(let key): ("participation", key)
                }
            if let field = firstProblem(in: record, path: table) {
                throw StoreError(.writeFailed, L(.storeErrorBadValue, ["field": field]))
            }
        }
    }

    /// The dotted name of the first field holding a NUL character or a non-finite number.
    static func firstProblem(in value: Any, path: String) -> String? {
        switch value {
        case let text as String: return text.unicodeScalars.contains("\u{0}") ? path : nil
        case let number as Double: return number.isFinite ? nil : path
        case is Date, is Int, is Bool: return nil
        default:
            for child in Mirror(reflecting: value).children {
                let name = child.label.map { $0 == "some" ? path : path + "." + $0 } ?? path
                if let problem = firstProblem(in: child.value, path: name) { return problem }
            }
            return nil
        }
    }
}

extension StoreOperation {
    /// The operation with its timestamps in the store's stored precision, as every backend
    /// writes it (so a record reads back equal to what was committed).
    var normalized: StoreOperation { JSONFileStore.normalized(self) }
}
