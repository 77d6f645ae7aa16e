/// One problem found while loading knowledge, reported as `file:line: problem` the way
/// compilers do, so an editor can jump to it. Errors drop the entry; warnings keep it.
public struct KnowledgeIssue: Sendable, Hashable {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var file: String
    /// 1-based line in the file, when known.
    public var line: Int?
    public var severity: Severity
    /// The field at fault, when there is one.
    public var field: String?
    public var message: LocalizedText

    public init(file: String, line: Int?, severity: Severity = .error, field: String? = nil, message: LocalizedText) {
        self.file = file
        self.line = line
        self.severity = severity
        self.field = field
        self.message = message
    }

    /// `file:line: error: message` in the given language.
    public func formatted(_ language: Language) -> String {
        let location = line.map { "\(file):\($0)" } ?? file
        let label = severity == .error ? L(.kbCheckError).text(language) : L(.kbCheckWarning).text(language)
        return "\(location): \(label): \(message.text(language))"
    }
}
