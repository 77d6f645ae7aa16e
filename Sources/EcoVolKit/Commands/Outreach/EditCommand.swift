import Foundation

/// `/edit ID key=value…`: changes a session's fields. Sign-ups are never dropped; when the
/// length changes, default service hours follow it, and extra places promote the waitlist.
package struct EditCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "edit",
        aliases: ["修改", "改"],
        group: .outreach,
        summary: LocalizedText(zh: "修改活动信息（不影响已报名人员）", en: "Change a session (sign-ups are kept)"),
        examples: ["/edit s7k2m9qa start=\"6月6日 下午2点\" venue=市民中心", "/修改 s7k2m9qa capacity=30"],
        positionals: [
            OutreachArguments.session.spec
        ],
        keys: SessionInput.keys + [force.spec]
    )

    static let force = CommandArgument<Bool>.key(
        "force", aliases: ["强制"],
        help: LocalizedText(
            zh: "force=yes：修改已完成活动的时间或时长（会改变参与者的时长）",
            en: "force=yes: change the time or length of a session already done (changes people's hours)"),
        completion: .values(["yes"]), accepted: L(.rulesAcceptedYesNo))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let id = try invocation.required(OutreachArguments.session)
        guard !invocation.options.isEmpty else {
            throw CommandFailure.missing(field: "key=value", accepted: L(.outreachAcceptedEditKeys))
        }
        var values: [String: String] = [:]
        for (k, t) in invocation.options { values[k] = t.text }
        values["force"] = nil
        let force = try invocation.value(Self.force) ?? false
        let store = try await context.outreachStore()
        var warnings: [LocalizedText] = []
        var updated: Session?
        var changed: [(name: String, from: Double, to: Double)] = []
        let commit = try await context.commitOutreach(store, command: "edit") { state in
            var s = try Outreach.session(id.text, in: state)
            let oldHours = s.hours
            changed = []
            let timing = ["start", "end", "duration"].filter { values[$0] != nil }
            if s.status == .done, !timing.isEmpty, !force {
                throw CommandFailure(
                    code: "session.doneEdit",
                    message: L(.rulesEditDone, ["id": s.id, "fields": timing.joined(separator: " ")]),
                    field: timing[0])
            }
            let before = Self.credited(s.id, state, now: context.now())
            warnings = try SessionInput.apply(values, to: &s, context: context, state: state, isNew: false)
            if let cap = s.capacity, values["capacity"] != nil {
                let taken = Waitlist.placesTaken(state.participations(session: s.id))
                if taken > cap {
                    warnings.append(L(.rulesCapacityBelow, ["capacity": String(cap), "count": String(taken)]))
                }
            }
            s.updated = context.stamp
            warnings += SessionInput.doubleBookings(s, state: state)
            var sessionRows = state.participations(session: s.id)
            var touched = Array(repeating: false, count: sessionRows.count)
            if s.hours != oldHours {
                for i in sessionRows.indices {
                    if sessionRows[i].actualHours == sessionRows[i].scheduledHours {
                        sessionRows[i].actualHours = s.hours
                    }
                    sessionRows[i].scheduledHours = s.hours
                    touched[i] = true
                }
            }
            // Promotion reads the rows as this edit leaves them, so whoever moves up keeps the new hours.
            for p in Waitlist.promotions(in: s, participations: sessionRows) {
                if let i = sessionRows.firstIndex(where: { $0.key == p.key }) {
                    sessionRows[i] = p
                    touched[i] = true
                }
                warnings.append(L(.outreachPromoted, ["name": state.people[p.person]?.name ?? p.person]))
            }
            let ops: [StoreOperation] =
                [.putSession(s)] + sessionRows.indices.filter { touched[$0] }.map { .putParticipation(sessionRows[$0]) }
            updated = s
            if !before.isEmpty {
                // Worked out as the ledger will count it after the change.
                var rows: [String: Participation] = [:]
                for case .putParticipation(let p) in ops { rows[p.person] = p }
                let now = Self.credited(s, rows, state, now: context.now())
                changed = before.keys.sorted().compactMap { id in
                    let (from, to) = (before[id] ?? 0, now[id] ?? 0)
                    return from == to ? nil : ((state.people[id]?.name).map { "\($0) (\(id))" } ?? id, from, to)
                }
            }
            return ops
        }
        guard let s = updated else {
            throw CommandFailure(code: "session.unknown", message: L(.outreachAcceptedSessionID), field: "id")
        }
        var blocks: [OutputBlock] = [
            .paragraph(StyledText(L(.outreachEdited, ["id": s.id]).text(lang), .success)),
            .fields(Outreach.sessionFields(s, store.state, lang)),
        ]
        if !changed.isEmpty {
            blocks.append(
                .paragraph(StyledText(L(.rulesHoursChanged, ["count": String(changed.count)]).text(lang), .warning)))
            blocks += changed.map {
                .paragraph(
                    StyledText(
                        "  \($0.name) \(OutreachFormat.hours($0.from)) → \(OutreachFormat.hours($0.to))", .warning))
            }
        }
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("saved", true), Outreach.saved(commit), ("session", Outreach.json(s, store.state)),
                (
                    "hours_changed",
                    .array(
                        changed.map {
                            .obj([("name", .string($0.name)), ("from", .number($0.from)), ("to", .number($0.to))])
                        })
                ),
            ]),
            warnings: warnings + store.drainWarnings())
    }

    /// Credited hours at the changed session `s` by person at `now`, with its rows replaced by
    /// `rows` (a session moved into the future credits nothing until it is over).
    static func credited(_ s: Session, _ rows: [String: Participation], _ state: OutreachState, now: Date)
        -> [String: Double]
    {
        var result: [String: Double] = [:]
        for old in state.participations(session: s.id) where old.status == .attended {
            let current = rows[old.person] ?? old
            let service = state.participations(person: old.person).compactMap { p -> (Session, Participation)? in
                if p.session == s.id {
                    return current.status == .attended && HoursLedger.isServed(s, current, at: now) ? (s, current) : nil
                }
                guard p.status == .attended, let other = state.sessions[p.session],
                    HoursLedger.isServed(other, p, at: now)
                else { return nil }
                return (other, p)
            }
            result[old.person] =
                HoursLedger.build(person: old.person, service: service).row(session: s.id)?.credited.hours ?? 0
        }
        return result
    }

    /// Credited hours at the session at `now`, by person.
    static func credited(_ session: String, _ state: OutreachState, now: Date) -> [String: Double] {
        var result: [String: Double] = [:]
        for p in state.participations(session: session) where p.status == .attended {
            result[p.person] =
                HoursLedger.build(state: state, person: p.person, asOf: now).row(session: session)?.credited.hours ?? 0
        }
        return result
    }
}
