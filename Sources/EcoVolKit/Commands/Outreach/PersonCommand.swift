/// `/person PERSON [period=… | from= to=]`: one person's record, service history, total
/// credited hours, star level and hours to the next star. A period (张伟这个月服务了多少小时)
/// adds the hours credited in it and keeps the history to it; stars stay those of all service.
package struct PersonCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "person",
        aliases: ["个人", "查看人员"],
        group: .people,
        summary: LocalizedText(zh: "查看个人服务记录、总时长和星级", en: "Show a person's history, total hours and stars"),
        examples: ["/person 张三", "/person p3x8n2bd", "/person 张三 period=this-month"],
        positionals: [
            OutreachArguments.person.spec
        ],
        keys: [SessionFilterArguments.period.spec, SessionFilterArguments.from.spec, SessionFilterArguments.to.spec]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let person = try invocation.required(OutreachArguments.person)
        let store = try await context.outreachStore()
        let state = store.state
        let period = try SessionFilterArguments.filter(invocation, context: context, state: state).period
        let p = try await Outreach.requirePerson(person.text, in: state, context: context)
        let stars = StarLevel.from(environment: context.environment)
        let ledger = HoursLedger.build(state: state, person: p.id, asOf: context.now())
        let hours = ledger.total.hours
        let level = stars.stars(forHours: hours)
        let next = stars.hoursToNextStar(from: hours)
        var fields: [(String, StyledText)] = [
            (L(.fieldId).text(lang), StyledText(p.id, .accent)), (L(.fieldName).text(lang), StyledText(p.name)),
        ]
        if let phone = p.maskedPhone { fields.append((L(.fieldPhone).text(lang), StyledText(phone))) }
        if let org = p.organisation { fields.append((L(.fieldOrg).text(lang), StyledText(org))) }
        if !p.skills.isEmpty {
            fields.append((L(.fieldSkills).text(lang), StyledText(p.skills.joined(separator: lang.listSeparator))))
        }
        if let id = p.maskedIDNumber { fields.append((L(.fieldIdNumber).text(lang), StyledText(id))) }
        fields.append(
            (L(.fieldRegistered).text(lang), StyledText(CalendarDate(p.registered, in: context.timeZone).iso)))
        fields.append((L(.fieldHours).text(lang), StyledText(OutreachFormat.hours(hours))))
        let inPeriod = period.map { period in ledger.filtered { period.contains($0) }.total.hours }
        if let period, let inPeriod {
            fields.append(
                (
                    L(.fieldHoursInPeriod, ["period": period.label]).text(lang),
                    StyledText(OutreachFormat.hours(inPeriod))
                ))
        }
        fields.append(
            (
                L(.fieldStars).text(lang),
                StyledText(
                    StarLevel.display(level)
                        + (next.map { " " + L(.outreachToNextStar, ["hours": OutreachFormat.hours($0)]).text(lang) }
                            ?? ""))
            ))
        let history = state.participations(person: p.id).compactMap { part in
            state.sessions[part.session].map { ($0, part) }
        }.filter { period?.contains($0.0) ?? true }.sorted { $0.0.start > $1.0.start }
        var blocks: [OutputBlock] = [.heading(p.name), .fields(fields)]
        if !history.isEmpty {
            blocks.append(.blank)
            let headers = [MessageKey.fieldWhen, .fieldTitle, .fieldRole, .fieldStatus, .fieldHours].map {
                L($0).text(lang)
            }
            blocks.append(
                .table(
                    TextTable(
                        headers: headers,
                        rows: history.map { s, part in
                            [
                                StyledText(CalendarDate(s.start, in: s.zone).iso), StyledText(s.title),
                                StyledText(part.role.label.text(lang)),
                                StyledText(
                                    part.status.label.text(lang)
                                        + (ledger.pendingRow(session: s.id) == nil
                                            ? "" : " · " + L(.hoursPendingMark).text(lang))),
                                StyledText(Self.credited(ledger, s, part)),
                            ]
                        }, alignments: [.left, .left, .left, .left, .right])))
        }
        if !ledger.overlapping.isEmpty {
            blocks.append(.blank)
            blocks.append(
                .paragraph(
                    StyledText(L(.hoursOverlapNote, ["count": String(ledger.overlapping.count)]).text(lang), .warning)
                ))
            for row in ledger.overlapping {
                blocks.append(.paragraph(StyledText("  " + Self.overlapLine(row, lang), .warning)))
            }
        }
        let pending = ledger.filtered { period?.contains($0) ?? true }.pendingLines(lang)
        if !pending.isEmpty {
            blocks.append(.blank)
            blocks.append(.paragraph(StyledText(pending[0], .dim)))
            for line in pending.dropFirst() { blocks.append(.paragraph(StyledText("  " + line, .dim))) }
        }
        var json = Outreach.json(p, state, stars: stars, now: context.now())
        if case .object(var pairs) = json {
            pairs.append(("hours_to_next_star", next.map { JSONValue.number($0) } ?? .null))
            pairs.append(("pending_hours", .number(ledger.pendingTotal.hours)))
            if let period, let inPeriod {
                pairs.append(
                    (
                        "period",
                        .obj([
                            ("from", .string(period.first.iso)), ("to", .string(period.last.iso)),
                            ("label", .string(period.label)), ("hours", .number(inPeriod)),
                        ])
                    ))
            }
            pairs.append(
                (
                    "history",
                    .array(
                        history.map { s, part in
                            .obj([
                                ("session", .string(s.id)), ("title", .string(s.title)),
                                ("start", .string(ISOTimestamp.format(s.start))), ("role", .string(part.role.rawValue)),
                                ("status", .string(part.status.rawValue)),
                                ("hours", .number(ledger.row(session: s.id)?.credited.hours ?? 0)),
                                ("pending", .bool(ledger.pendingRow(session: s.id) != nil)),
                                (
                                    "overlaps",
                                    .array((ledger.row(session: s.id)?.overlapsWith ?? []).map { .string($0) })
                                ),
                            ])
                        })
                ))
            json = .object(pairs)
        }
        return CommandOutput(blocks: blocks, json: json, warnings: store.drainWarnings())
    }

    /// The credited figure of a history row; a row whose time overlaps an earlier one shows
    /// what it adds and what was recorded (`0.5 (2, overlaps s1)`).
    @MainActor static func credited(_ ledger: HoursLedger, _ s: Session, _ part: Participation) -> String {
        if let pending = ledger.pendingRow(session: s.id) { return "0 (\(pending.recorded))" }
        guard let row = ledger.row(session: s.id) else { return "0" }
        guard row.overlaps else { return row.credited.description }
        return "\(row.credited) (\(row.recorded)) ⚠"
    }

    nonisolated static func overlapLine(_ row: HoursLedger.Row, _ lang: Language) -> String {
        L(
            .hoursOverlapRow,
            [
                "id": row.session.id, "title": row.session.title, "others": row.overlapsWith.joined(separator: " "),
                "recorded": row.recorded.description, "credited": row.credited.description,
            ]
        ).text(lang)
    }
}
