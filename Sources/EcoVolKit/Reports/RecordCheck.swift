import Foundation

/// A health check of the records before they are exported or certified: the problems that
/// make an office send a report back or a certificate wrong (records must be 真实、准确、
/// 完整, 民政部令第67号). Every finding names the record and the command that fixes it.
package struct RecordCheck: Sendable {
    package enum Kind: String, Sendable, CaseIterable {
        case missingLeader = "missing_leader"
        case missingRecorder = "missing_recorder"
        case hoursAboveLength = "hours_above_length"
        case overlapping
        case pastPlanned = "past_planned"
        case attendedBeforeStart = "attended_before_start"
        case duplicatePeople = "duplicate_people"
        case uninsured

        var title: LocalizedText {
            switch self {
            case .missingLeader: return L(.checkKindMissingLeader)
            case .missingRecorder: return L(.checkKindMissingRecorder)
            case .hoursAboveLength: return L(.checkKindHoursAboveLength)
            case .overlapping: return L(.checkKindOverlapping)
            case .pastPlanned: return L(.checkKindPastPlanned)
            case .attendedBeforeStart: return L(.checkKindAttendedBeforeStart)
            case .duplicatePeople: return L(.checkKindDuplicatePeople)
            case .uninsured: return L(.checkKindUninsured)
            }
        }
    }

    package struct Finding: Sendable, Equatable {
        package var kind: Kind
        /// The record at fault: a session id, or person ids.
        package var records: [String]
        package var detail: LocalizedText
        /// The command (or commands) that put it right.
        package var fix: String
    }

    package var findings: [Finding]

    package static func run(state: OutreachState, now: Date) -> RecordCheck {
        var findings: [Finding] = []
        let sessions = state.sessions.values.filter { $0.status != .cancelled }.sorted {
            $0.start != $1.start ? $0.start < $1.start : $0.id < $1.id
        }
        for s in sessions where s.start <= now || s.status == .done {
            let missing = [("leader", s.leader), ("recorder", s.recorder)].filter { ($0.1 ?? "").isEmpty }
            for (field, _) in missing {
                findings.append(
                    Finding(
                        kind: field == "leader" ? .missingLeader : .missingRecorder, records: [s.id],
                        detail: L(
                            .checkDetailSession,
                            ["id": s.id, "title": s.title, "date": CalendarDate(s.start, in: s.zone).iso]),
                        fix: "/edit \(s.id) \(field)=…"))
            }
        }
        for s in sessions {
            for p in state.participations(session: s.id) where p.status == .attended && p.actualHours > s.hours + 0.005
            {
                let name = state.people[p.person]?.name ?? p.person
                findings.append(
                    Finding(
                        kind: .hoursAboveLength, records: [s.id, p.person],
                        detail: L(
                            .checkDetailHours,
                            [
                                "name": name, "hours": OutreachFormat.hours(p.actualHours),
                                "length": OutreachFormat.hours(s.hours),
                                "id": s.id, "title": s.title,
                            ]),
                        fix:
                            "/unlog \(s.id) \(p.person) → /log \(s.id) name=\(name) hours=\(OutreachFormat.hours(s.hours))"
                    ))
            }
        }
        for person in state.livePeople {
            let mine = state.participations(person: person.id).filter { $0.status.holdsPlace }.compactMap {
                p -> Session? in
                guard let s = state.sessions[p.session], s.status != .cancelled else { return nil }
                return s
            }.sorted { $0.start != $1.start ? $0.start < $1.start : $0.id < $1.id }
            for (i, a) in mine.enumerated() {
                for b in mine[(i + 1)...] {
                    guard b.start < a.end else { break }
                    guard a.overlaps(b) else { continue }
                    findings.append(
                        Finding(
                            kind: .overlapping, records: [person.id, a.id, b.id],
                            detail: L(
                                .checkDetailOverlap,
                                [
                                    "name": person.name, "a": a.id, "b": b.id,
                                    "when": CalendarDate(a.start, in: a.zone).iso + " "
                                        + OutreachFormat.clock(a.start, a.zone),
                                ]),
                            fix: "/unlog \(b.id) \(person.id)"))
                }
            }
        }
        for s in sessions where s.status == .planned && s.end < now {
            findings.append(
                Finding(
                    kind: .pastPlanned, records: [s.id],
                    detail: L(
                        .checkDetailSession,
                        ["id": s.id, "title": s.title, "date": CalendarDate(s.start, in: s.zone).iso]),
                    fix: "/done \(s.id) reached=… rating=… | /cancel \(s.id) reason=…"))
        }
        // Attended rows at a session that has not begun: it was moved later after people were
        // logged, or the records were imported so. Their hours wait (see `HoursLedger`); the
        // start or the attendance is wrong.
        for s in sessions where s.status == .planned && s.start > now {
            let attended = state.participations(session: s.id).filter { $0.status == .attended }
            guard !attended.isEmpty else { continue }
            findings.append(
                Finding(
                    kind: .attendedBeforeStart, records: [s.id] + attended.map(\.person),
                    detail: L(
                        .checkDetailAttendedBeforeStart,
                        [
                            "id": s.id, "title": s.title, "start": SessionTimeRules.describe(s.start, s.zone),
                            "count": String(attended.count),
                        ]),
                    fix: "/edit \(s.id) start=… | /unlog \(s.id) PERSON"))
        }
        for group in duplicateGroups(state.livePeople) {
            let keep = group[0]
            findings.append(
                Finding(
                    kind: .duplicatePeople, records: group.map(\.id),
                    detail: LocalizedText(
                        zh: L(
                            .checkDetailDuplicate,
                            [
                                "people": group.map { OutreachFormat.describe($0) }.joined(
                                    separator: Language.zh.clauseSeparator)
                            ]
                        ).zh,
                        en: L(
                            .checkDetailDuplicate,
                            [
                                "people": group.map { OutreachFormat.describe($0) }.joined(
                                    separator: Language.en.clauseSeparator)
                            ]
                        ).en),
                    fix: group.dropFirst().map { "/merge \(keep.id) \($0.id)" }.joined(separator: " ; ")))
        }
        for s in sessions where state.lacksInsurance(s) {
            findings.append(
                Finding(
                    kind: .uninsured, records: [s.id],
                    detail: L(
                        .checkDetailUninsured,
                        [
                            "id": s.id, "title": s.title, "date": CalendarDate(s.start, in: s.zone).iso,
                            "count": String(state.presentParticipations(session: s.id).count),
                        ]),
                    fix: "/edit \(s.id) support="
                        + ([SupportKind.insurance] + s.support).map(\.rawValue).joined(separator: ",")))
        }
        return RecordCheck(findings: findings)
    }

    /// People who are probably one person registered twice: the same ID number, the same
    /// phone, or the same name where the phones do not contradict each other (one missing)
    /// or the organisation is the same. The earliest registered comes first (the one to keep).
    static func duplicateGroups(_ people: [Person]) -> [[Person]] {
        var parent = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.id) })
        func root(_ id: String) -> String {
            var r = id
            while let p = parent[r], p != r { r = p }
            return r
        }
        func join(_ a: String, _ b: String) { parent[root(b)] = root(a) }
        func key(_ name: String) -> String { name.lowercased().filter { !$0.isWhitespace && $0 != "·" && $0 != "." } }
        let identifiers: [(Person) -> String?] = [{ $0.idNumber }, { $0.phone }]
        for value in identifiers {
            var first: [String: String] = [:]
            for p in people { if let v = value(p) { if let q = first[v] { join(q, p.id) } else { first[v] = p.id } } }
        }
        for group in Dictionary(grouping: people, by: { key($0.name) }).values where group.count > 1 {
            for (i, a) in group.enumerated() {
                for b in group[(i + 1)...] {
                    let phonesAgree = a.phone == nil || b.phone == nil || a.phone == b.phone
                    let sameOrg = a.organisation != nil && a.organisation == b.organisation
                    if phonesAgree || sameOrg { join(a.id, b.id) }
                }
            }
        }
        let groups = Dictionary(grouping: people, by: { root($0.id) }).values.filter { $0.count > 1 }
        return groups.map {
            $0.sorted { $0.registered != $1.registered ? $0.registered < $1.registered : $0.id < $1.id }
        }
        .sorted { $0[0].id < $1[0].id }
    }

    package func document(_ lang: Language) -> ReportDocument {
        var blocks: [OutputBlock] = []
        if findings.isEmpty {
            blocks.append(.note(L(.checkAllGood).text(lang)))
        }
        for kind in Kind.allCases {
            let list = findings.filter { $0.kind == kind }
            guard !list.isEmpty else { continue }
            blocks.append(.section(kind.title.text(lang) + lang.parenthesized(String(list.count))))
            blocks.append(
                .dataTable(
                    title: nil,
                    DataTable(
                        columns: [
                            .init("record", L(.checkColRecord).text(lang)),
                            .init("detail", L(.checkColDetail).text(lang)),
                            .init("fix", L(.checkColFix).text(lang)),
                        ],
                        rows: list.map {
                            [.text($0.records.joined(separator: " ")), .text($0.detail.text(lang)), .text($0.fix)]
                        }), flagged: []))
        }
        return ReportDocument(
            title: L(.checkTitle).text(lang),
            subtitle: L(.checkSummary, ["count": String(findings.count)]).text(lang), language: lang, blocks: blocks)
    }

    package var json: JSONValue {
        .obj([
            ("ok", .bool(findings.isEmpty)), ("count", .int(findings.count)),
            (
                "findings",
                .array(
                    findings.map { f in
                        .obj([
                            ("kind", .string(f.kind.rawValue)), ("records", .array(f.records.map { .string($0) })),
                            ("detail", .string(f.detail.en)), ("fix", .string(f.fix)),
                        ])
                    })
            ),
        ])
    }
}
