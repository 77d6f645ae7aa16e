import Foundation

/// The listings `/export` writes — sessions, people, participation rows and hours per
/// person — as `DataTable`s. Phone and ID numbers are masked unless the caller passes
/// `full: true` (`full=yes`), because an exported file travels further than a screen.
package enum ListingTables {
    static func column(_ key: String, _ titleKey: MessageKey, _ lang: Language, numeric: Bool = false)
        -> DataTable.Column
    {
        DataTable.Column(key, L(titleKey).text(lang), numeric: numeric)
    }

    package static func sessions(_ list: [Session], state: OutreachState, lang: Language) -> DataTable {
        let columns = [
            column("id", .fieldId, lang), column("title", .fieldTitle, lang), column("type", .fieldType, lang),
            column("level", .recordTrainingLevel, lang),
            column("date", .reportsColDate, lang), column("start", .exportColStart, lang),
            column("end", .exportColEnd, lang),
            column("hours", .reportsColLength, lang, numeric: true), column("time_zone", .exportColZone, lang),
            column("city", .fieldCity, lang), column("county", .exportColCounty, lang),
            column("venue", .fieldVenue, lang),
            column("audience", .fieldAudience, lang), column("project", .fieldProject, lang),
            column("lecturers", .fieldLecturer, lang),
            column("organiser", .fieldOrganiser, lang), column("leader", .fieldLeader, lang),
            column("recorder", .fieldRecorder, lang),
            column("support", .fieldSupport, lang), column("status", .fieldStatus, lang),
            column("cancel_reason", .exportColCancelReason, lang),
            column("capacity", .fieldCapacity, lang, numeric: true),
            column("people", .fieldPeople, lang, numeric: true),
            column("attended", .exportColAttended, lang, numeric: true),
            column("volunteer_hours", .reportsColHours, lang, numeric: true),
            column("reached", .fieldReached, lang, numeric: true),
            column("rating", .fieldRating, lang, numeric: true), column("notes", .fieldNotes, lang),
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

    package static func people(
        _ list: [Person], state: OutreachState, levels: StarLevel, full: Bool, lang: Language, now: Date
    ) -> DataTable {
        let columns = [
            column("id", .fieldId, lang), column("name", .fieldName, lang), column("phone", .fieldPhone, lang),
            column("organisation", .fieldOrg, lang),
            column("skills", .fieldSkills, lang), column("id_number", .fieldIdNumber, lang),
            column("registered", .fieldRegistered, lang),
            column("consent", .recordConsent, lang), column("hours", .fieldHours, lang, numeric: true),
            column("stars", .exportColStarLevel, lang, numeric: true),
        ]
        let zone = ChinaTime.zone
        let rows: [[DataTable.Cell]] = list.map { p in
            let hours = state.serviceHours(person: p.id, asOf: now).hours
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

    package static func participation(
        _ sessions: [Session], state: OutreachState, full: Bool, lang: Language, now: Date
    ) -> DataTable {
        let columns = [
            column("session", .exportColSession, lang), column("date", .reportsColDate, lang),
            column("title", .fieldTitle, lang), column("city", .fieldCity, lang),
            column("person", .exportColPerson, lang), column("name", .fieldName, lang),
            column("phone", .fieldPhone, lang), column("role", .fieldRole, lang),
            column("status", .fieldStatus, lang),
            column("scheduled_hours", .exportColScheduledHours, lang, numeric: true),
            column("actual_hours", .exportColActualHours, lang, numeric: true),
            column("credited_hours", .exportColCreditedHours, lang, numeric: true),
            column("check_in", .exportColCheckIn, lang), column("check_out", .exportColCheckOut, lang),
            column("evaluation", .reportsColEvaluation, lang, numeric: true), column("note", .fieldNotes, lang),
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
                let ledger = ledgers[p.person] ?? HoursLedger.build(state: state, person: p.person, asOf: now)
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
                    // Attended at a session not over yet: its hours are not credited, and the row says why.
                    .text(
                        p.status.label.text(lang)
                            + (ledger.pendingRow(session: p.session) == nil
                                ? "" : " · " + L(.hoursPendingMark).text(lang))),
                    .number(p.scheduledHours), .number(p.actualHours), .number(credited), stamp(p.checkIn),
                    stamp(p.checkOut),
                    DataTable.Cell(p.evaluation), DataTable.Cell(p.note),
                ])
            }
        }
        return DataTable(columns: columns, rows: rows)
    }

    /// Hours per person over `sessions` (the filter), with their all-time total and stars.
    package static func hours(
        _ sessions: [Session], people: [Person], state: OutreachState, levels: StarLevel, full: Bool, lang: Language,
        now: Date
    ) -> DataTable {
        let columns = [
            column("id", .fieldId, lang), column("name", .fieldName, lang), column("phone", .fieldPhone, lang),
            column("organisation", .fieldOrg, lang),
            column("sessions", .reportsColSessions, lang, numeric: true),
            column("hours", .reportsColHours, lang, numeric: true),
            column("total_hours", .reportsColTotalHours, lang, numeric: true),
            column("stars", .exportColStarLevel, lang, numeric: true),
        ]
        let chosen = Set(sessions.filter { $0.status != .cancelled }.map(\.id))
        let rows: [[DataTable.Cell]] = people.compactMap { p in
            // One ledger per person, so overlapping sessions count once here as on the certificate.
            let ledger = HoursLedger.build(state: state, person: p.id, asOf: now)
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
