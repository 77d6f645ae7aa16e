import Foundation

extension ActivityReport {
    /// The report as a document: summary, breakdowns, monthly charts, the training check,
    /// insurance gaps and environmental days.
    @MainActor
    public func document(_ lang: Language, state: OutreachState) -> ReportDocument {
        func t(_ key: String, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        let h = OutreachFormat.hours
        var blocks: [ReportDocument.Block] = [
            .fields([
                (
                    t("reports.sessions"),
                    t(
                        "reports.sessionCounts",
                        [
                            "total": String(sessionCount), "done": String(doneCount), "planned": String(plannedCount),
                            "cancelled": String(cancelledCount),
                        ])
                ),
                (t("reports.reached"), String(reached)),
                (t("reports.volunteers"), String(volunteers)),
                (t("reports.hours"), h(hours)),
                (
                    t("reports.rating"),
                    averageRating.map {
                        String(format: "%.1f", $0) + " / 5" + t("reports.ratedOf", ["count": String(ratedSessions)])
                    } ?? "—"
                ),
            ])
        ]
        func breakdown(_ title: String, _ first: String, _ counts: [Count]) -> ReportDocument.Block {
            .table(
                title: title,
                DataTable(
                    columns: [
                        .init("key", first), .init("sessions", t("reports.col.sessions"), numeric: true),
                        .init("hours", t("reports.col.hours"), numeric: true),
                    ],
                    rows: counts.map { [.text($0.label), .number(Double($0.sessions)), .number($0.hours)] }),
                flagged: [])
        }
        if sessionCount > 0 {
            blocks.append(.heading(t("reports.breakdown")))
            blocks.append(breakdown(t("reports.byType"), t("field.type"), byType))
            blocks.append(breakdown(t("reports.byAudience"), t("field.audience"), byAudience))
            blocks.append(breakdown(t("reports.byCity"), t("field.city"), byCity))
        } else {
            blocks.append(.paragraph(t("reports.noSessions"), .note))
        }
        if !byMonth.isEmpty, sessionCount > 0 {
            blocks.append(.heading(t("reports.byMonth")))
            blocks.append(
                .chart(
                    title: t("reports.chart.sessions"),
                    items: byMonth.map {
                        .init(label: $0.label, value: Double($0.sessions), display: String($0.sessions))
                    }))
            blocks.append(
                .chart(
                    title: t("reports.chart.hours"),
                    items: byMonth.map { .init(label: $0.label, value: $0.hours, display: h($0.hours)) }))
            blocks.append(
                .table(
                    title: t("reports.monthTable"),
                    DataTable(
                        columns: [
                            .init("month", t("reports.col.month")),
                            .init("sessions", t("reports.col.sessions"), numeric: true),
                            .init("hours", t("reports.col.hours"), numeric: true),
                        ],
                        rows: byMonth.map { [.text($0.label), .number(Double($0.sessions)), .number($0.hours)] }),
                    flagged: []))
        }
        blocks.append(.heading(t("reports.trainings", ["year": String(trainingYear)])))
        let below = trainings.filter(\.isBelowQuota)
        blocks.append(
            .table(
                title: nil,
                DataTable(
                    columns: [
                        .init("city", t("field.city")), .init("held", t("reports.col.held"), numeric: true),
                        .init("planned", t("reports.col.planned"), numeric: true),
                    ],
                    rows: trainings.map {
                        [
                            .text(OutreachFormat.cityShort($0.city, lang)), .number(Double($0.held)),
                            .number(Double($0.planned)),
                        ]
                    }),
                flagged: Set(trainings.indices.filter { trainings[$0].isBelowQuota })))
        if below.isEmpty {
            blocks.append(.paragraph(t("reports.trainingsOK"), .note))
        } else {
            blocks.append(
                .paragraph(
                    t(
                        "reports.trainingsBelow",
                        [
                            "count": String(below.count),
                            "cities": below.map { OutreachFormat.cityShort($0.city, lang) }.joined(
                                separator: lang.listSeparator),
                        ]), .warning))
        }
        blocks.append(.heading(t("reports.insurance")))
        if uninsured.isEmpty {
            blocks.append(.paragraph(t("reports.insuranceOK"), .note))
        } else {
            blocks.append(.paragraph(t("reports.insuranceMissing", ["count": String(uninsured.count)]), .warning))
            blocks.append(.table(title: nil, sessionTable(uninsured, state: state, lang), flagged: []))
        }
        blocks.append(.heading(t("reports.days")))
        if environmentalDays.isEmpty {
            blocks.append(.paragraph(t("reports.noDays"), .note))
        } else {
            let rows: [[DataTable.Cell]] = environmentalDays.map { d in
                let when = d.first == d.last ? d.first.iso : d.first.iso + " – " + d.last.iso
                let on =
                    d.sessions.isEmpty
                    ? t("reports.nothingScheduled") : d.sessions.map { $0.id + " " + $0.title }.joined(separator: "\n")
                return [.text(when), .text(lang == .zh || d.titleEn.isEmpty ? d.title : d.titleEn), .text(on)]
            }
            blocks.append(
                .table(
                    title: nil,
                    DataTable(
                        columns: [
                            .init("date", t("reports.col.date")), .init("day", t("reports.col.day")),
                            .init("sessions", t("reports.col.scheduled")),
                        ], rows: rows),
                    flagged: Set(environmentalDays.indices.filter { environmentalDays[$0].sessions.isEmpty })))
        }
        return ReportDocument(title: t("reports.report.title"), subtitle: heading, language: lang, blocks: blocks)
    }

    /// Sessions as a small table (id, date, title, city, people present).
    @MainActor
    func sessionTable(_ sessions: [Session], state: OutreachState, _ lang: Language) -> DataTable {
        DataTable(
            columns: [
                .init("id", L("field.id").text(lang)), .init("date", L("reports.col.date").text(lang)),
                .init("title", L("field.title").text(lang)),
                .init("city", L("field.city").text(lang)), .init("people", L("field.people").text(lang), numeric: true),
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
    public var json: JSONValue {
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
