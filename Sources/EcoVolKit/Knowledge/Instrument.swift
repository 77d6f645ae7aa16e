/// One law, regulation, standard, policy document or publication that knowledge entries cite,
/// with what happened to it over time. Kept in `knowledge/instruments.yaml` so that when a
/// law is codified or a standard is revised, one line in the register tells `knowledge check`
/// and `/kb review` which entries now say something out of date.
package struct Instrument: Sendable, Hashable {
    /// What sort of document it is; only laws are looked for without 《》 in running text.
    package enum Kind: String, Sendable, CaseIterable {
        case law, draft, regulation, rule, standard, policy, treaty, list, report, publication, work
    }

    /// A revision: the day it was adopted, the day it took effect and whether it renumbered
    /// the articles (then an article number means nothing without the version).
    package struct Revision: Sendable, Hashable {
        package var adopted: String
        package var inForce: String?
        package var renumbered: Bool
    }

    /// Any other dated change that matters to what entries say (a second stage of limits,
    /// a list update), with a short note.
    package struct Change: Sendable, Hashable {
        package var date: String
        package var note: LocalizedText
    }

    /// The name as cited, without 《》 (for a standard: its title).
    package var name: String
    /// Other names it is cited by (short names, older titles).
    package var aliases: [String]
    /// English names, looked for in `title_en` and `summary_en` (the English half must not
    /// call a replaced law current either).
    package var namesEn: [String] = []
    /// A standard's number, normalised (`GB 3095-2026`); nil for other documents.
    package var number: String?
    package var kind: Kind
    /// ISO dates; any may be unknown.
    package var adopted: String?
    package var inForce: String?
    package var revisions: [Revision]
    package var changes: [Change]
    /// The instrument (its register name or number) that took its place, and from when.
    package var replacedBy: String?
    package var replacedOn: String?
    /// Where the status was checked, or what is still unconfirmed.
    package var note: String?
    /// The register file and line it came from, for messages.
    package var file: String?
    package var line: Int?

    package init(
        name: String, aliases: [String] = [], number: String? = nil, kind: Kind, adopted: String? = nil,
        inForce: String? = nil,
        revisions: [Revision] = [], changes: [Change] = [], replacedBy: String? = nil, replacedOn: String? = nil,
        note: String? = nil, file: String? = nil, line: Int? = nil
    ) {
        self.name = name
        self.aliases = aliases
        self.number = number
        self.kind = kind
        self.adopted = adopted
        self.inForce = inForce
        self.revisions = revisions
        self.changes = changes
        self.replacedBy = replacedBy
        self.replacedOn = replacedOn
        self.note = note
        self.file = file
        self.line = line
    }

    /// How it is shown: `GB 3095-2026《环境空气质量标准》` or `《环境保护法》`.
    package var display: String {
        if let number { return "\(number)《\(name)》" }
        return "《\(name)》"
    }

    /// Whether it had been replaced on `date` (an ISO date).
    package func isReplaced(on date: String) -> Bool {
        guard replacedBy != nil, let replacedOn else { return false }
        return replacedOn <= date
    }

    /// Whether some revision renumbered its articles.
    package var hasRenumberingRevision: Bool {
        revisions.contains(where: \.renumbered)
    }

    /// Every dated event (adoption, entry into force, revisions, other changes, replacement),
    /// each with a short description; what "changed since you last checked" is measured by.
    package var events: [(date: String, what: LocalizedText)] {
        var list: [(String, LocalizedText)] = []
        if let inForce { list.append((inForce, L(.kbInstrumentInForce))) }
        for revision in revisions {
            let when = revision.inForce ?? revision.adopted
            list.append(
                (
                    when,
                    L(
                        revision.renumbered ? .kbInstrumentRevisedRenumbered : .kbInstrumentRevised,
                        ["date": revision.adopted])
                ))
        }
        for change in changes { list.append((change.date, change.note)) }
        if let replacedBy, let replacedOn {
            let by = InstrumentRegister.normalizedNumber(replacedBy) ?? "《\(replacedBy)》"
            list.append((replacedOn, L(.kbInstrumentReplaced, ["by": by])))
        }
        return list.sorted { $0.0 < $1.0 }.map { (date: $0.0, what: $0.1) }
    }

    /// The latest event on or before `date`, if any.
    package func lastEvent(onOrBefore date: String) -> (date: String, what: LocalizedText)? {
        events.last { $0.date <= date }
    }
}
