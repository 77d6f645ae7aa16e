import Foundation

/// Candidates for the two provincial recognition campaigns (实施意见 十六): 百名生态环境志愿者
/// (volunteers ranked by hours, then sessions, then evaluation) and 十佳公众参与案例 (held
/// sessions ranked by people reached, then rating), each with the facts a nomination form
/// asks for, so the shortlist is argued from the record rather than from memory.
package struct NominationList: Sendable {
    package struct Volunteer: Sendable, Equatable {
        package var person: Person
        package var hours: Double
        package var sessions: Int
        package var averageEvaluation: Double?
        package var types: [ServiceType]
        package var cities: [String]
        package var totalHours: Double
        package var stars: Int
        package var firstDay: CalendarDate
        package var lastDay: CalendarDate
    }

    package struct Case: Sendable, Equatable {
        package var session: Session
        package var volunteers: Int
        package var hours: Double
    }

    package var year: Int
    package var volunteers: [Volunteer]
    package var cases: [Case]

    package static func build(
        state: OutreachState, year: Int, levels: StarLevel, now: Date, volunteerLimit: Int = 100, caseLimit: Int = 10
    ) -> NominationList {
        let inYear: (Session) -> Bool = { CalendarDate($0.start, in: $0.zone).year == year }
        var volunteers: [Volunteer] = []
        for person in state.livePeople {
            let ledger = HoursLedger.build(state: state, person: person.id, asOf: now)
            let year = ledger.filtered(inYear)
            let service = year.rows.map { (session: $0.session, participation: $0.participation) }
            guard let first = service.first, let last = service.last else { continue }
            let evaluations = service.compactMap(\.participation.evaluation)
            let total = ledger.total.hours
            volunteers.append(
                Volunteer(
                    person: person, hours: year.total.hours, sessions: service.count,
                    averageEvaluation: evaluations.isEmpty
                        ? nil : Double(evaluations.reduce(0, +)) / Double(evaluations.count),
                    types: ServiceType.allCases.filter { t in service.contains { $0.session.type == t } },
                    cities: Array(Set(service.map(\.session.city))).sorted(), totalHours: total,
                    stars: levels.stars(forHours: total),
                    firstDay: CalendarDate(first.session.start, in: first.session.zone),
                    lastDay: CalendarDate(last.session.start, in: last.session.zone)))
        }
        volunteers.sort { a, b in
            if a.hours != b.hours { return a.hours > b.hours }
            if a.sessions != b.sessions { return a.sessions > b.sessions }
            if (a.averageEvaluation ?? 0) != (b.averageEvaluation ?? 0) {
                return (a.averageEvaluation ?? 0) > (b.averageEvaluation ?? 0)
            }
            return a.person.id < b.person.id
        }
        var cases: [Case] = state.sessions.values.filter { $0.status == .done && inYear($0) }.map { s in
            let attended = state.participations(session: s.id).filter { $0.status == .attended }
            return Case(session: s, volunteers: attended.count, hours: attended.reduce(0) { $0 + $1.actualHours })
        }
        cases.sort { a, b in
            if (a.session.reached ?? 0) != (b.session.reached ?? 0) {
                return (a.session.reached ?? 0) > (b.session.reached ?? 0)
            }
            if (a.session.rating ?? 0) != (b.session.rating ?? 0) {
                return (a.session.rating ?? 0) > (b.session.rating ?? 0)
            }
            if a.volunteers != b.volunteers { return a.volunteers > b.volunteers }
            return a.session.id < b.session.id
        }
        return NominationList(
            year: year, volunteers: Array(volunteers.prefix(volunteerLimit)), cases: Array(cases.prefix(caseLimit)))
    }

    package func document(_ lang: Language, state: OutreachState) -> ReportDocument {
        func t(_ key: MessageKey) -> String { L(key).text(lang) }
        let people = DataTable(
            columns: [
                .init("rank", "#", numeric: true), .init("name", t(.fieldName)), .init("id", t(.fieldId)),
                .init("org", t(.fieldOrg)),
                .init("hours", t(.reportsColHoursYear), numeric: true),
                .init("sessions", t(.reportsColSessions), numeric: true),
                .init("evaluation", t(.reportsColEvaluation), numeric: true), .init("types", t(.fieldType)),
                .init("cities", t(.fieldCity)),
                .init("total", t(.reportsColTotalHours), numeric: true), .init("stars", t(.fieldStars)),
                .init("span", t(.reportsColSpan)),
            ],
            rows: volunteers.enumerated().map { i, v in
                [
                    .number(Double(i + 1)), .text(v.person.name), .text(v.person.id),
                    DataTable.Cell(v.person.organisation), .number(v.hours), .number(Double(v.sessions)),
                    DataTable.Cell(v.averageEvaluation.map { ($0 * 10).rounded() / 10 }),
                    .text(v.types.map { $0.label.text(lang) }.joined(separator: lang.listSeparator)),
                    .text(v.cities.map { OutreachFormat.cityShort($0, lang) }.joined(separator: lang.listSeparator)),
                    .number(v.totalHours), .text(StarLevel.display(v.stars)),
                    .text(v.firstDay.iso + " – " + v.lastDay.iso),
                ]
            })
        let sessions = DataTable(
            columns: [
                .init("rank", "#", numeric: true), .init("title", t(.fieldTitle)), .init("id", t(.fieldId)),
                .init("date", t(.reportsColDate)),
                .init("city", t(.fieldCity)), .init("type", t(.fieldType)), .init("audience", t(.fieldAudience)),
                .init("project", t(.fieldProject)),
                .init("reached", t(.fieldReached), numeric: true), .init("rating", t(.fieldRating), numeric: true),
                .init("volunteers", t(.reportsVolunteers), numeric: true),
                .init("hours", t(.reportsColHours), numeric: true),
            ],
            rows: cases.enumerated().map { i, c in
                let s = c.session
                return [
                    .number(Double(i + 1)), .text(s.title), .text(s.id), .text(CalendarDate(s.start, in: s.zone).iso),
                    .text(OutreachFormat.cityShort(s.city, lang)),
                    .text(s.type.label.text(lang)), DataTable.Cell(s.audience?.label.text(lang)),
                    DataTable.Cell(s.project.map { state.projectName($0, lang) }),
                    DataTable.Cell(s.reached), DataTable.Cell(s.rating), .number(Double(c.volunteers)),
                    .number(c.hours),
                ]
            })
        var blocks: [OutputBlock] = [.section(t(.reportsNominateVolunteers))]
        blocks.append(
            volunteers.isEmpty
                ? .note(t(.reportsNominateNoVolunteers)) : .dataTable(title: nil, people, flagged: []))
        blocks.append(.section(t(.reportsNominateCases)))
        blocks.append(
            cases.isEmpty ? .note(t(.reportsNominateNoCases)) : .dataTable(title: nil, sessions, flagged: [])
        )
        blocks.append(.note(t(.reportsNominateNote)))
        return ReportDocument(
            title: L(.reportsNominateTitle, ["year": String(year)]).text(lang), language: lang, blocks: blocks)
    }

    package var json: JSONValue {
        .obj([
            ("year", .int(year)),
            (
                "volunteers",
                .array(
                    volunteers.map { v in
                        .obj([
                            ("id", .string(v.person.id)), ("name", .string(v.person.name)),
                            ("organisation", v.person.organisation.map { .string($0) }),
                            ("hours", .number(v.hours)), ("sessions", .int(v.sessions)),
                            ("average_evaluation", v.averageEvaluation.map { .number($0) }),
                            ("types", .array(v.types.map { .string($0.rawValue) })),
                            ("cities", .array(v.cities.map { .string($0) })),
                            ("total_hours", .number(v.totalHours)), ("stars", .int(v.stars)),
                            ("first", .string(v.firstDay.iso)), ("last", .string(v.lastDay.iso)),
                        ])
                    })
            ),
            (
                "cases",
                .array(
                    cases.map { c in
                        .obj([
                            ("id", .string(c.session.id)), ("title", .string(c.session.title)),
                            ("date", .string(CalendarDate(c.session.start, in: c.session.zone).iso)),
                            ("city", .string(c.session.city)), ("reached", c.session.reached.map { .int($0) }),
                            ("rating", c.session.rating.map { .int($0) }),
                            ("volunteers", .int(c.volunteers)), ("hours", .number(c.hours)),
                        ])
                    })
            ),
        ])
    }
}
