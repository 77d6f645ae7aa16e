/// `ecovol knowledge check [DIR]`: validates knowledge folders and reports every problem as
/// `file:line: …`, then a summary. The executable prints `lines` and exits 1 when
/// `hasErrors` (CI runs it on `knowledge/`).
public enum KnowledgeCheck {
    public static func run(directories: [String], language: Language) -> (lines: [String], hasErrors: Bool) {
        let (base, issues) = KnowledgeBase.load(directories: directories)
        var lines = issues.map { $0.formatted(language) }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        lines.append(L("kb.check.summary", [
            "entries": String(base.entries.count), "directories": directories.joined(separator: " "),
            "errors": String(errors), "warnings": String(warnings),
        ]).text(language))
        return (lines, errors > 0)
    }
}
