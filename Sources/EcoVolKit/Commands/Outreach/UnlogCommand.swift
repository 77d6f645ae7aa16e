/// `/unlog ID PERSON [force=yes]`: takes a person off a session; when that frees a place, the
/// longest-waiting person on the waitlist moves up. Someone whose hours a finished session
/// credited comes off only with force=yes, as a finished session is cancelled only with it.
package struct UnlogCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "unlog",
        aliases: ["撤销登记", "取消报名"],
        group: .people,
        summary: LocalizedText(zh: "取消某人的登记（候补自动递补）", en: "Remove a person from a session (the waitlist moves up)"),
        examples: ["/unlog s7k2m9qa 张三", "/unlog s7k2m9qa 李四 force=yes"],
        positionals: [
            OutreachArguments.session.spec, OutreachArguments.person.spec,
        ],
        keys: [force.spec]
    )

    static let force = CommandArgument<Bool>.key(
        "force", aliases: ["强制"],
        help: LocalizedText(
            zh: "force=yes：从已完成的活动中撤下已记时长的人（时长从所有统计中扣除）",
            en: "force=yes: take someone whose hours are credited off a finished session (the hours leave every total)")
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let sessionID = try invocation.required(OutreachArguments.session)
        let personText = try invocation.required(OutreachArguments.person)
        let store = try await context.outreachStore()
        let session = try Outreach.session(sessionID.text, in: store.state)
        let person = try await Outreach.requirePerson(personText.text, in: store.state, context: context)
        let force = try invocation.value(Self.force) ?? false
        var promoted: [String] = []
        let commit = try await context.commitOutreach(store, command: "unlog") { state in
            let s = try Outreach.session(session.id, in: state)
            let key = ParticipationKey(session: s.id, person: person.id)
            guard let part = state.participation(key) else {
                throw CommandFailure(
                    code: "participation.unknown", message: L(.outreachNotLogged, ["name": person.name, "id": s.id]),
                    field: "person")
            }
            // Hours a finished session credited leave totals and certificates only on purpose.
            if s.status == .done, part.status == .attended, !force {
                let hours =
                    HoursLedger.build(state: state, person: person.id, asOf: context.now()).row(session: s.id)?.credited
                    .hours ?? 0
                throw CommandFailure(
                    code: "participation.credited",
                    message: L(
                        .rulesUnlogCredited,
                        ["name": person.name, "id": s.id, "hours": OutreachFormat.hours(hours)]),
                    field: "force")
            }
            var ops: [StoreOperation] = [.deleteParticipation(key)]
            promoted = []
            let remaining = state.participations(session: s.id).filter { $0.key != key }
            for p in Waitlist.promotions(in: s, participations: remaining) {
                ops.append(.putParticipation(p))
                promoted.append(state.people[p.person]?.name ?? p.person)
            }
            return ops
        }
        var warnings = promoted.map { L(.outreachPromoted, ["name": $0]) }
        warnings += store.drainWarnings()
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(.outreachUnlogged, ["name": person.name, "title": session.title]).text(context.language),
                        .success))
            ],
            json: .obj([("saved", true), Outreach.saved(commit), ("promoted", .array(promoted.map { .string($0) }))]),
            warnings: warnings)
    }
}
