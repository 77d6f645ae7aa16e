import Foundation

extension ActivityReport {
    /// The report as a document: summary, breakdowns, monthly charts, the training check,
    /// insurance gaps and environmental days.
    package func document(_ lang: Language, state: OutreachState) -> ReportDocument {
        func t(_ key: MessageKey, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        let h = OutreachFormat.hours
        var blocks: [OutputBlock] = [
            .pairs([
                (
                    t(.reportsSessions),
                    t(
                        .reportsSessionCounts,
                        [
                            "total": String(sessionCount), "done": String(doneCount), "planned": String(plannedCount),
                            "cancelled": String(cancelledCount),
                        ])
                ),
                (t(.reportsReached), String(reached)),
                (t(.reportsVolunteers), String(volunteers)),
                (t(.reportsHours), h(hours)),
                (
                    t(.reportsRating),
                    averageRating.map {
                        String(format: "%.1f", $0) + " / 5" + t(.reportsRatedOf, ["count": String(ratedSessions)])
                    } ?? "—"
                ),
            ])
        ]
        func breakdown(_ title: String, _ first: String, _ counts: [Count]) -> OutputBlock {
            .dataTable(
                title: title,
                DataTable(
                    columns: [
                        .init("key", first), .init("sessions", t(.reportsColSessions), numeric: true),
                        .init("hours", t(.reportsColHours), numeric: true),
                    ],
                    rows: counts.map { [.text($0.label), .number(Double($0.sessions)), .number($0.hours)] }),
                flagged: [])
        }
        if sessionCount > 0 {
            blocks.append(.section(t(.reportsBreakdown)))
            blocks.append(breakdown(t(.reportsByType), t(.fieldType), byType))
            blocks.append(breakdown(t(.reportsByAudience), t(.fieldAudience), byAudience))
            blocks.append(breakdown(t(.reportsByCity), t(.fieldCity), byCity))
        } else {
            blocks.append(.note(t(.reportsNoSessions)))
        }
        if !byMonth.isEmpty, sessionCount > 0 {
            blocks.append(.section(t(.reportsByMonth)))
            blocks.append(
                .chart(
                    title: t(.reportsChartSessions),
                    items: byMonth.map {
                        ($0.label, Double($0.sessions), String($0.sessions))
                    }))
            blocks.append(
                .chart(
                    title: t(.reportsChartHours),
                    items: byMonth.map { ($0.label, $0.hours, h($0.hours)) }))
            blocks.append(
                .dataTable(
                    title: t(.reportsMonthTable),
                    DataTable(
                        columns: [
                            .init("month", t(.reportsColMonth)),
                            .init("sessions", t(.reportsColSessions), numeric: true),
                            .init("hours", t(.reportsColHours), numeric: true),
                        ],
                        rows: byMonth.map { [.text($0.label), .number(Double($0.sessions)), .number($0.hours)] }),
                    flagged: []))
        }
        blocks.append(.section(t(.reportsTrainings, ["year": String(trainingYear)])))
        let below = trainings.filter(\.isBelowQuota)
        blocks.append(
            .dataTable(
                title: nil,
                DataTable(
                    columns: [
                        .init("city", t(.fieldCity)), .init("held", t(.reportsColHeld), numeric: true),
                        .init("planned", t(.reportsColPlanned), numeric: true),
                    ],
                    rows: trainings.map {
                        [
                            .text(OutreachFormat.cityShort($0.city, lang)), .number(Double($0.held)),
                            .number(Double($0.planned)),
                        ]
                    }),
                flagged: Set(trainings.indices.filter { trainings[$0].isBelowQuota })))
        if below.isEmpty {
            blocks.append(.note(t(.reportsTrainingsOK)))
        } else {
            blocks.append(
                .warning(
                    t(
                        .reportsTrainingsBelow,
                        [
                            "count": String(below.count),
                            "cities": below.map { OutreachFormat.cityShort($0.city, lang) }.joined(
                                separator: lang.listSeparator),
                        ])))
        }
        blocks.append(.section(t(.reportsInsurance)))
        if uninsured.isEmpty {
            blocks.append(.note(t(.reportsInsuranceOK)))
        } else {
            blocks.append(.warning(t(.reportsInsuranceMissing, ["count": String(uninsured.count)])))
            blocks.append(.dataTable(title: nil, sessionTable(uninsured, state: state, lang), flagged: []))
        }
        blocks.append(.section(t(.reportsDays)))
        if environmentalDays.isEmpty {
            blocks.append(.note(t(.reportsNoDays)))
        } else {
            let rows: [[DataTable.Cell]] = environmentalDays.map { d in
                let when = d.first == d.last ? d.first.iso : d.first.iso + " – " + d.last.iso
                let on =
                    d.sessions.isEmpty
                    ? t(.reportsNothingScheduled) : d.sessions.map { $0.id + " " + $0.title }.joined(separator: "\n")
                return [.text(when), .text(lang == .zh || d.titleEn.isEmpty ? d.title : d.titleEn), .text(on)]
            }
            blocks.append(
                .dataTable(
                    title: nil,
                    DataTable(
                        columns: [
                            .init("date", t(.reportsColDate)), .init("day", t(.reportsColDay)),
                            .init("sessions", t(.reportsColScheduled)),
                        ], rows: rows),
                    flagged: Set(environmentalDays.indices.filter { environmentalDays[$0].sessions.isEmpty })))
        }
        return ReportDocument(title: t(.reportsReportTitle), subtitle: heading, language: lang, blocks: blocks)
    }

    /// Sessions as a small table (id, date, title, city, people present).
    func sessionTable(_ sessions: [Session], state: OutreachState, _ lang: Language) -> DataTable {
        DataTable(
            columns: [
                .init("id", L(.fieldId).text(lang)), .init("date", L(.reportsColDate).text(lang)),
                .init("title", L(.fieldTitle).text(lang)),
                .init("city", L(.fieldCity).text(lang)), .init("people", L(.fieldPeople).text(lang), numeric: true),
            ],
            rows: sessions.map { s in
                [
                    .text(s.id), .text(CalendarDate(s.start, in: s.zone).iso), .text(s.title),
                    .text(OutreachFormat.cityShort(s.city, lang)),
                    .number(Double(state.presentParticipations(session: s.id).count)),
                ]
            })
    }

    /// The report for `--json` and `.json` exports, keys in a fixed order.
    package var json: JSONValue {
        func counts(_ list: [Count]) -> JSONValue {
            .array(
                list.map {
                    .obj([("key", .string($0.key)), ("sessions", .int($0.sessions)), ("hours", .number($0.hours))])
                })
        }
        return .obj([
            ("filter", filter.json),
            ("sessions", .int(sessionCount)), ("done", .int(doneCount)), ("planned", .int(plannedCount)),
            ("cancelled", .int(cancelledCount)),
            ("reached", .int(reached)), ("volunteers", .int(volunteers)), ("hours", .number(hours)),
            ("average_rating", averageRating.map { .number(($0 * 100).rounded() / 100) } ?? .null),
            ("rated_sessions", .int(ratedSessions)),
            ("by_type", counts(byType)), ("by_audience", counts(byAudience)), ("by_city", counts(byCity)),
            (
                "by_month",
                .array(
                    byMonth.map {
                        .obj([
                            ("month", .string($0.label)), ("sessions", .int($0.sessions)), ("hours", .number($0.hours)),
                        ])
                    })
            ),
            ("training_year", .int(trainingYear)),
            (
                "trainings",
                .array(
                    trainings.map {
                        .obj([
                            ("city", .string($0.city)), ("held", .int($0.held)), ("planned", .int($0.planned)),
                            ("below_quota", .bool($0.isBelowQuota)),
                        ])
                    })
            ),
            ("uninsured_sessions", .array(uninsured.map { .string($0.id) })),
            (
                "environmental_days",
                .array(
                    environmentalDays.map { d in
                        .obj([
                            ("id", .string(d.entryID)), ("title", .string(d.title)), ("from", .string(d.first.iso)),
                            ("to", .string(d.last.iso)),
                            ("sessions", .array(d.sessions.map { .string($0.id) })),
                        ])
                    })
            ),
        ])
    }
}
