import Foundation

/// A volunteer's full service record in the shape the record rules describe (2012
/// 《志愿服务记录办法》, 民政部令第67号 art. 4): basic information (name, sex, birth month,
/// ID masked, skills, contact masked), every service (project, date, place, recipient,
/// content, service time, evaluation, person in charge, recorder), trainings and
/// evaluations — what a volunteer may ask to see and have corrected.
package struct ServiceRecord: Sendable {
    package var person: Person
    package var rows: [(session: Session, participation: Participation)]
    /// The credited hours (overlaps counted once) behind `totalHours` and each row's figure.
    package var ledger: HoursLedger
    package var totalHours: Double
    package var stars: Int
    package var toNext: Double?

    package static func build(state: OutreachState, person: Person, levels: StarLevel, now: Date) -> ServiceRecord {
        let rows = state.participations(person: person.id).compactMap {
            p -> (session: Session, participation: Participation)? in
            state.sessions[p.session].map { ($0, p) }
        }.sorted {
            $0.session.start != $1.session.start ? $0.session.start < $1.session.start : $0.session.id < $1.session.id
        }
        let ledger = HoursLedger.build(state: state, person: person.id, asOf: now)
        let total = ledger.total.hours
        return ServiceRecord(
            person: person, rows: rows, ledger: ledger, totalHours: total, stars: levels.stars(forHours: total),
            toNext: levels.hoursToNextStar(from: total))
    }

    /// The figure a row is credited with (0 for a row that is not attended or was cancelled).
    package func credited(_ session: Session) -> CentiHours {
        ledger.row(session: session.id)?.credited ?? CentiHours(0)
    }

    /// Sex from the ID number's 17th digit (odd: male), when an ID number was given with consent.
    package var sex: LocalizedText? {
        guard let id = person.idNumber, id.count == 18, let d = Int(String(Array(id)[16])) else { return nil }
        return d % 2 == 1 ? LocalizedText(zh: "男", en: "male") : LocalizedText(zh: "女", en: "female")
    }

    /// Birth month (`1990-01`) from the ID number.
    package var birthMonth: String? {
        guard let id = person.idNumber, id.count == 18 else { return nil }
        let c = Array(id)
        return String(c[6..<10]) + "-" + String(c[10..<12])
    }

    package var evaluations: [Int] { rows.compactMap(\.participation.evaluation) }

    package func document(_ lang: Language, state: OutreachState) -> ReportDocument {
        func t(_ key: MessageKey, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        var basic: [(String, String)] = [(t(.fieldName), person.name), (t(.certificateVolunteerNumber), person.id)]
        if let sex { basic.append((t(.recordSex), sex.text(lang))) }
        if let birthMonth { basic.append((t(.recordBirthMonth), birthMonth)) }
        if let id = person.maskedIDNumber { basic.append((t(.fieldIdNumber), id)) }
        if !person.skills.isEmpty {
            basic.append((t(.fieldSkills), person.skills.joined(separator: lang.listSeparator)))
        }
        if let phone = person.maskedPhone { basic.append((t(.recordContact), phone)) }
        if let org = person.organisation { basic.append((t(.fieldOrg), org)) }
        basic.append((t(.fieldRegistered), CalendarDate(person.registered, in: ChinaTime.zone).iso))
        if let consent = person.consent { basic.append((t(.recordConsent), consent)) }
        let service = DataTable(
            columns: [
                .init("date", t(.reportsColDate)), .init("project", t(.fieldProject)),
                .init("title", t(.certificateColActivity)),
                .init("place", t(.certificateColPlace)), .init("recipient", t(.recordRecipient)),
                .init("content", t(.certificateColContent)),
                .init("status", t(.fieldStatus)), .init("hours", t(.fieldHours), numeric: true),
                .init("evaluation", t(.reportsColEvaluation), numeric: true),
                .init("leader", t(.fieldLeader)), .init("recorder", t(.fieldRecorder)),
            ],
            rows: rows.map { s, p in
                [
                    .text(CalendarDate(s.start, in: s.zone).iso),
                    DataTable.Cell(s.project.map { state.projectName($0, lang) }), .text(s.title),
                    .text(ServiceCertificate.place(s, lang)), DataTable.Cell(s.audience?.label.text(lang)),
                    .text(s.type.label.text(lang) + " · " + p.role.label.text(lang)),
                    .text(
                        p.status.label.text(lang) + (ledger.row(session: s.id)?.overlaps == true ? " ⚠" : "")
                            + (ledger.pendingRow(session: s.id) == nil ? "" : " · " + t(.hoursPendingMark))),
                    .number(credited(s).hours),
                    DataTable.Cell(p.evaluation), DataTable.Cell(s.leader), DataTable.Cell(s.recorder),
                ]
            })
        let trainingRows = rows.filter { $0.session.type == .training && $0.participation.status == .attended }
        let trainings = DataTable(
            columns: [
                .init("date", t(.reportsColDate)), .init("title", t(.fieldTitle)),
                .init("level", t(.recordTrainingLevel)), .init("hours", t(.fieldHours), numeric: true),
            ],
            rows: trainingRows.map { s, p in
                [
                    .text(CalendarDate(s.start, in: s.zone).iso), .text(s.title),
                    DataTable.Cell(s.trainingLevel?.label.text(lang)), .number(credited(s).hours),
                ]
            })
        let evaluations = self.evaluations
        var blocks: [OutputBlock] = [
            .section(t(.recordBasic)), .pairs(basic), .section(t(.recordService)),
        ]
        let overlapRows = Set(rows.indices.filter { ledger.row(session: rows[$0].session.id)?.overlaps == true })
        blocks.append(
            rows.isEmpty ? .note(t(.recordNoService)) : .dataTable(title: nil, service, flagged: overlapRows))
        for row in ledger.overlapping {
            blocks.append(.warning(PersonCommand.overlapLine(row, lang)))
        }
        for line in ledger.pendingLines(lang) { blocks.append(.note(line)) }
        blocks.append(.section(t(.recordTrainings)))
        blocks.append(
            trainingRows.isEmpty
                ? .note(t(.recordNoTrainings)) : .dataTable(title: nil, trainings, flagged: []))
        blocks.append(.section(t(.recordSummary)))
        blocks.append(
            .pairs([
                (t(.fieldHours), OutreachFormat.hours(totalHours)),
                (
                    t(.fieldStars),
                    StarLevel.display(stars)
                        + (toNext.map { " " + L(.outreachToNextStar, ["hours": OutreachFormat.hours($0)]).text(lang) }
                            ?? "")
                ),
                (
                    t(.reportsColEvaluation),
                    evaluations.isEmpty
                        ? "—" : String(format: "%.1f", Double(evaluations.reduce(0, +)) / Double(evaluations.count))
                ),
            ]))
        blocks.append(.note(t(.recordCorrection)))
        return ReportDocument(
            title: t(.recordTitle), subtitle: person.name + " · " + person.id, language: lang, layout: .record,
            blocks: blocks)
    }

    package var json: JSONValue {
        .obj([
            ("id", .string(person.id)), ("name", .string(person.name)), ("sex", sex.map { .string($0.en) }),
            ("birth_month", birthMonth.map { .string($0) }),
            ("id_number", person.maskedIDNumber.map { .string($0) }), ("phone", person.maskedPhone.map { .string($0) }),
            ("skills", .array(person.skills.map { .string($0) })), ("hours", .number(totalHours)),
            ("pending_hours", .number(ledger.pendingTotal.hours)), ("stars", .int(stars)),
            (
                "service",
                .array(
                    rows.map { s, p in
                        .obj([
                            ("session", .string(s.id)), ("date", .string(CalendarDate(s.start, in: s.zone).iso)),
                            ("title", .string(s.title)),
                            ("project", s.project.map { .string($0) }), ("city", .string(s.city)),
                            ("audience", s.audience.map { .string($0.rawValue) }),
                            ("type", .string(s.type.rawValue)), ("role", .string(p.role.rawValue)),
                            ("status", .string(p.status.rawValue)),
                            ("hours", .number(credited(s).hours)),
                            ("pending", .bool(ledger.pendingRow(session: s.id) != nil)),
                            ("overlaps", .array((ledger.row(session: s.id)?.overlapsWith ?? []).map { .string($0) })),
                            ("evaluation", p.evaluation.map { .int($0) }),
                            ("leader", s.leader.map { .string($0) }), ("recorder", s.recorder.map { .string($0) }),
                        ])
                    })
            ),
        ])
    }
}
