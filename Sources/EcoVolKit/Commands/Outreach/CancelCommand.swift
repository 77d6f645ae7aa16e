/// `/cancel ID reason=…`: calls a session off, keeping it (and its sign-ups) on record.
package struct CancelCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "cancel",
        aliases: ["取消"],
        group: .outreach,
        summary: LocalizedText(zh: "取消活动（需写明原因）", en: "Cancel a session (with a reason)"),
        examples: ["/cancel s7k2m9qa reason=暴雨预警", "/取消 s7k2m9qa 原因=场地冲突"],
        positionals: [
            OutreachArguments.session.spec
        ],
        keys: [
            reason.spec, force.spec,
        ]
    )

    static let reason = CommandArgument<String>.key(
        "reason", aliases: ["原因"], help: LocalizedText(zh: "取消原因", en: "why it is cancelled"), required: true,
        accepted: L(.outreachAcceptedReason))
    static let force = CommandArgument<Bool>.key(
        "force", aliases: ["强制"],
        help: LocalizedText(
            zh: "force=yes：取消已完成的活动并从所有统计中扣除其时长",
            en: "force=yes: cancel a session already done, taking its hours out of every total"),
        completion: .values(["yes"]), accepted: L(.rulesAcceptedYesNo))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let id = try invocation.required(OutreachArguments.session)
        let reason = try FieldValidator.requiredText("reason", try invocation.required(Self.reason), maxLength: 200)
        let force = try invocation.value(Self.force) ?? false
        let store = try await context.outreachStore()
        var session: Session?
        var removed: [(String, Double)] = []
        let commit = try await context.commitOutreach(store, command: "cancel") { state in
            var s = try Outreach.session(id.text, in: state)
            guard s.status != .cancelled else {
                throw CommandFailure(
                    code: "session.cancelled", message: L(.outreachAlreadyCancelled, ["id": s.id]), field: "id")
            }
            removed = []
            if s.status == .done {
                // Hours were credited for it: only a deliberate correction takes them back.
                let credited = state.participations(session: s.id).filter { $0.status == .attended }
                guard force else {
                    throw CommandFailure(
                        code: "session.doneCancel",
                        message: L(.rulesCancelDone, ["id": s.id, "people": String(credited.count)]), field: "force")
                }
                removed = credited.map { p in
                    (
                        (state.people[p.person]?.name).map { "\($0) (\(p.person))" } ?? p.person,
                        HoursLedger.build(state: state, person: p.person, asOf: context.now()).row(session: s.id)?
                            .credited.hours ?? 0
                    )
                }
            }
            s.status = .cancelled
            s.cancelReason = reason
            s.updated = context.stamp
            session = s
            return [.putSession(s)]
        }
        guard let s = session else {
            throw CommandFailure(code: "session.unknown", message: L(.outreachAcceptedSessionID), field: "id")
        }
        let people = store.state.participations(session: s.id).count
        var blocks: [OutputBlock] = [
            .paragraph(
                StyledText(
                    L(.outreachCancelled, ["id": s.id, "title": s.title, "people": String(people)]).text(
                        context.language), .success))
        ]
        if !removed.isEmpty {
            blocks.append(
                .paragraph(
                    StyledText(
                        L(.rulesHoursRemoved, ["count": String(removed.count)]).text(context.language), .warning)))
            blocks += removed.map { .paragraph(StyledText("  \($0.0) −\(OutreachFormat.hours($0.1))", .warning)) }
        }
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("saved", true), Outreach.saved(commit), ("session", Outreach.json(s, store.state)),
                ("hours_removed", .array(removed.map { .obj([("name", .string($0.0)), ("hours", .number($0.1))]) })),
            ]), warnings: store.drainWarnings())
    }
}
