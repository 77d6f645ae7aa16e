import Foundation

/// `ecovol knowledge check [DIR]`: validates knowledge folders and reports every problem as
/// `file:line: …`, then a summary. The executable prints `lines` and exits 1 when
/// `hasErrors` (CI runs it on `knowledge/`). Besides each file's format it reads the entries
/// against the instrument register (`instruments.yaml`): replaced laws cited as current,
/// articles of renumbered laws without a version, reviews older than a change to what an
/// entry cites, and citations the register does not know.
package enum KnowledgeCheck {
    package static func run(directories: [String], language: Language, today: String? = nil) -> (
        lines: [String], hasErrors: Bool
    ) {
        let (base, issues) = issues(directories: directories, today: today ?? isoToday())
        var lines = issues.map { $0.formatted(language) }
        let errors = issues.filter { $0.severity == .error }.count
        let warnings = issues.count - errors
        lines.append(
            L(
                .kbCheckSummary,
                [
                    "entries": String(base.entries.count), "directories": directories.joined(separator: " "),
                    "errors": String(errors), "warnings": String(warnings),
                ]
            ).text(language))
        return (lines, errors > 0)
    }

    /// Every problem of the folders: loading, the register file and the citation audit.
    package static func issues(directories: [String], today: String) -> (KnowledgeBase, [KnowledgeIssue]) {
        let (base, loadIssues) = KnowledgeBase.load(directories: directories)
        let (register, registerIssues) = InstrumentRegister.load(directories: base.directories)
        let audit = CitationAudit(base: base, register: register, today: today)
        return (base, loadIssues + registerIssues + audit.issues())
    }

    /// Today in China, ISO: the programme's day, not the machine's (a server set to UTC is a day
    /// behind until 08:00 in Guiyang).
    static func isoToday() -> String {
        EnvironmentalDayRule.today(Date(), timeZone: ChinaTime.zone).iso
    }
}
