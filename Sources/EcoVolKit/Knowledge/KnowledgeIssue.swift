/// One problem found while loading knowledge, reported as `file:line: problem` the way
/// compilers do, so an editor can jump to it. Errors drop the entry; warnings keep it.
public struct KnowledgeIssue: Sendable, Hashable {
    package enum Severity: String, Sendable {
        case error
        case warning
    }

    package var file: String
    /// 1-based line in the file, when known.
    package var line: Int?
    package var severity: Severity
    /// The field at fault, when there is one.
    package var field: String?
    package var message: LocalizedText

    package init(file: String, line: Int?, severity: Severity = .error, field: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.severity = severity
        self.field = field
        self.message = message
    }

    /// `file:line: error: message` in the given language.
    package func formatted(_ language: Language) -> String {
        let location = line.map { "\(file):\($0)" } ?? file
        let label = severity == .error ? L(.kbCheckError).text(language) : L(.kbCheckWarning).text(language)
        return "\(location): \(label): \(message.text(language))"
    }
}
