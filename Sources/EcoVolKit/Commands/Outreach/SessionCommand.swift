/// `/session ID`: everything about one session and who is signed up.
package struct SessionCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "session",
        aliases: ["查看活动"],
        group: .outreach,
        summary: LocalizedText(zh: "查看一场活动及参与人员", en: "Show one session and its people"),
        examples: ["/session s7k2m9qa"],
        positionals: [
            OutreachArguments.session.spec
        ]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let id = try invocation.required(OutreachArguments.session)
        let store = try await context.outreachStore()
        let state = store.state
        let s = try Outreach.session(id.text, in: state)
        let rows = state.participations(session: s.id)
        var blocks: [OutputBlock] = [.heading(s.title), .fields(Outreach.sessionFields(s, state, lang))]
        if !rows.isEmpty {
            blocks.append(.blank)
            let headers = [MessageKey.fieldName, .fieldRole, .fieldStatus, .fieldHours, .fieldPhone].map {
                L($0).text(lang)
            }
            blocks.append(
                .table(
                    TextTable(
                        headers: headers,
                        rows: rows.map { p in
                            let person = state.people[p.person]
                            // Recorded hours; a ⚠ where this person's time overlaps another session (counted once, see /person).
                            let overlap =
                                p.status == .attended
                                && HoursLedger.build(state: state, person: p.person, asOf: context.now()).row(
                                    session: s.id)?.overlaps
                                    == true
                            return [
                                StyledText(person?.name ?? p.person), StyledText(p.role.label.text(lang)),
                                StyledText(p.status.label.text(lang)),
                                StyledText(
                                    OutreachFormat.hours(p.actualHours) + (overlap ? " ⚠" : ""),
                                    overlap ? .warning : .plain),
                                StyledText(person?.maskedPhone ?? "", .dim),
                            ]
                        }, alignments: [.left, .left, .left, .right, .left])))
        }
        var json = Outreach.json(s, state)
        if case .object(var pairs) = json {
            pairs.append(
                (
                    "participants",
                    .array(
                        rows.map { p in
                            if case .object(var fields) = Outreach.json(p) {
                                fields.insert(("name", .string(state.people[p.person]?.name ?? "")), at: 2)
                                return .object(fields)
                            }
                            return Outreach.json(p)
                        })
                ))
            json = .object(pairs)
        }
        return CommandOutput(blocks: blocks, json: json, warnings: store.drainWarnings())
    }
}
