import Foundation

/// The listings `/export` writes — sessions, people, participation rows and hours per
/// person — as `DataTable`s. Phone and ID numbers are masked unless the caller passes
/// `full: true` (`full=yes`), because an exported file travels further than a screen.
@MainActor
public enum ListingTables {
    static func column(_ key: String, _ titleKey: String, _ lang: Language, numeric: Bool = false) -> DataTable.Column {
        DataTable.Column(key, L(titleKey).text(lang), numeric: numeric)
    }

    public static func sessions(_ list: [Session], state: OutreachState, lang: Language) -> DataTable {
        let columns = [
            column("id", "field.id", lang), column("title", "field.title", lang), column("type", "field.type", lang),
            column("level", "record.trainingLevel", lang),
            column("date", "reports.col.date", lang), column("start", "export.col.start", lang),
            column("end", "export.col.end", lang),
            column("hours", "reports.col.length", lang, numeric: true), column("time_zone", "export.col.zone", lang),
            column("city", "field.city", lang), column("county", "export.col.county", lang),
            column("venue", "field.venue", lang),
            column("audience", "field.audience", lang), column("project", "field.project", lang),
            column("lecturers", "field.lecturer", lang),
            column("organiser", "field.organiser", lang), column("leader", "field.leader", lang),
            column("recorder", "field.recorder", lang),
            column("support", "field.support", lang), column("status", "field.status", lang),
            column("cancel_reason", "export.col.cancelReason", lang),
            column("capacity", "field.capacity", lang, numeric: true),
            column("people", "field.people", lang, numeric: true),
            column("attended", "export.col.attended", lang, numeric: true),
            column("volunteer_hours", "reports.col.hours", lang, numeric: true),
            column("reached", "field.reached", lang, numeric: true),
            column("rating", "field.rating", lang, numeric: true), column("notes", "field.notes", lang),
        ]
        let rows: [[DataTable.Cell]] = list.map { s in
            let rows = state.participations(session: s.id)
            let attended = rows.filter { $0.status == .attended }
            return [
                .text(s.id), .text(s.title), .coded(code: s.type.rawValue, label: s.type.label.text(lang)),
                .code(s.trainingLevel?.rawValue, s.trainingLevel?.label.text(lang)),
                .text(CalendarDate(s.start, in: s.zone).iso), .text(OutreachFormat.clock(s.start, s.zone)),
                .text(OutreachFormat.clock(s.end, s.zone)),
                .number(s.hours), .text(s.timeZone), .text(s.city), DataTable.Cell(s.county), DataTable.Cell(s.venue),
                .code(s.audience?.rawValue, s.audience?.label.text(lang)),
                DataTable.Cell(s.project.map { state.projectName($0, lang) }),
                .text(s.lecturers.joined(separator: lang.listSeparator)), DataTable.Cell(s.organiser),
                DataTable.Cell(s.leader), DataTable.Cell(s.recorder),
                .coded(
                    code: s.support.map(\.rawValue).joined(separator: ","),
                    label: s.support.map { $0.label.text(lang) }.joined(separator: lang.listSeparator)),
                .coded(code: s.status.rawValue, label: s.status.label.text(lang)), DataTable.Cell(s.cancelReason),
                DataTable.Cell(s.capacity), .number(Double(rows.filter { $0.status.holdsPlace }.count)),
                .number(Double(attended.count)),
                .number(attended.reduce(0) { $0 + $1.actualHours }), DataTable.Cell(s.reached),
                DataTable.Cell(s.rating), DataTable.Cell(s.notes),
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }

    public static func people(_ list: [Person], state: OutreachState, levels: StarLevel, full: Bool, lang: Language)
        -> DataTable
    {
        let columns = [
            column("id", "field.id", lang), column("name", "field.name", lang), column("phone", "field.phone", lang),
            column("organisation", "field.org", lang),
            column("skills", "field.skills", lang), column("id_number", "field.idNumber", lang),
            column("registered", "field.registered", lang),
            column("consent", "record.consent", lang), column("hours", "field.hours", lang, numeric: true),
            column("stars", "export.col.starLevel", lang, numeric: true),
        ]
        let zone = ChinaTime.zone
        let rows: [[DataTable.Cell]] = list.map { p in
            let hours = state.serviceHours(person: p.id).hours
            return [
                .text(p.id), .text(p.name), DataTable.Cell(full ? p.phone : p.maskedPhone),
                DataTable.Cell(p.organisation), .text(p.skills.joined(separator: "、")),
                DataTable.Cell(full ? p.idNumber : p.maskedIDNumber), .text(CalendarDate(p.registered, in: zone).iso),
                DataTable.Cell(p.consent),
                .number(hours), .number(Double(levels.stars(forHours: hours))),
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }

    public static func participation(_ sessions: [Session], state: OutreachState, full: Bool, lang: Language)
        -> DataTable
    {
        let columns = [
            column("session", "export.col.session", lang), column("date", "reports.col.date", lang),
            column("title", "field.title", lang), column("city", "field.city", lang),
            column("person", "export.col.person", lang), column("name", "field.name", lang),
            column("phone", "field.phone", lang), column("role", "field.role", lang),
            column("status", "field.status", lang),
            column("scheduled_hours", "export.col.scheduledHours", lang, numeric: true),
            column("actual_hours", "export.col.actualHours", lang, numeric: true),
            column("credited_hours", "export.col.creditedHours", lang, numeric: true),
            column("check_in", "export.col.checkIn", lang), column("check_out", "export.col.checkOut", lang),
            column("evaluation", "reports.col.evaluation", lang, numeric: true), column("note", "field.notes", lang),
        ]
        var rows: [[DataTable.Cell]] = []
        var ledgers: [String: HoursLedger] = [:]
        for s in sessions {
            let list = state.participations(session: s.id).sorted {
                $0.logged != $1.logged ? $0.logged < $1.logged : $0.person < $1.person
            }
            for p in list {
                // Inline, not a nested function: a release build's region check reads a nested
                // function capturing `state` as sending it across isolation.
                let ledger = ledgers[p.person] ?? HoursLedger.build(state: state, person: p.person)
                ledgers[p.person] = ledger
                let credited = ledger.row(session: p.session)?.credited.hours ?? 0
                let person = state.people[p.person]
                let stamp: (Date?) -> DataTable.Cell = { d in
                    DataTable.Cell(d.map { CalendarDate($0, in: s.zone).iso + " " + OutreachFormat.clock($0, s.zone) })
                }
                rows.append([
                    .text(s.id), .text(CalendarDate(s.start, in: s.zone).iso), .text(s.title), .text(s.city),
                    .text(p.person), DataTable.Cell(person?.name),
                    DataTable.Cell(full ? person?.phone : person?.maskedPhone), .text(p.role.label.text(lang)),
                    .text(p.status.label.text(lang)),
                    .number(p.scheduledHours), .number(p.actualHours), .number(credited), stamp(p.checkIn),
                    stamp(p.checkOut),
                    DataTable.Cell(p.evaluation), DataTable.Cell(p.note),
                ])
            }
        }
        return DataTable(columns: columns, rows: rows)
    }

    /// Hours per person over `sessions` (the filter), with their all-time total and stars.
    public static func hours(
        _ sessions: [Session], people: [Person], state: OutreachState, levels: StarLevel, full: Bool, lang: Language
    ) -> DataTable {
        let columns = [
            column("id", "field.id", lang), column("name", "field.name", lang), column("phone", "field.phone", lang),
            column("organisation", "field.org", lang),
            column("sessions", "reports.col.sessions", lang, numeric: true),
            column("hours", "reports.col.hours", lang, numeric: true),
            column("total_hours", "reports.col.totalHours", lang, numeric: true),
            column("stars", "export.col.starLevel", lang, numeric: true),
        ]
        let chosen = Set(sessions.filter { $0.status != .cancelled }.map(\.id))
        let rows: [[DataTable.Cell]] = people.compactMap { p in
            // One ledger per person, so overlapping sessions count once here as on the certificate.
            let ledger = HoursLedger.build(state: state, person: p.id)
            let picked = ledger.filtered { chosen.contains($0.id) }
            guard !picked.rows.isEmpty else { return nil }
            let total = ledger.total.hours
            return [
                .text(p.id), .text(p.name), DataTable.Cell(full ? p.phone : p.maskedPhone),
                DataTable.Cell(p.organisation),
                .number(Double(picked.rows.count)), .number(picked.total.hours), .number(total),
                .number(Double(levels.stars(forHours: total))),
            ]
        }
        return DataTable(columns: columns, rows: rows)
    }
}
