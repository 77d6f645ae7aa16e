/// `/done ID reached=N rating=…`: records that a session took place, how many of the public
/// it reached and how it went; people still marked signed up are counted as attended.
package struct DoneCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "done",
        aliases: ["完成", "结束活动"],
        group: .outreach,
        summary: LocalizedText(zh: "登记活动完成、覆盖人数和评价", en: "Mark a session done, with people reached and a rating"),
        examples: ["/done s7k2m9qa reached=120 rating=5", "/完成 s7k2m9qa 覆盖=80"],
        positionals: [
            OutreachArguments.session.spec
        ],
        keys: [
            reached.spec, OutreachArguments.rating.spec,
            notes.spec,
        ]
    )

    static let reached = CommandArgument<Int>.key(
        "reached", aliases: ["覆盖", "受众", "人数"],
        help: LocalizedText(zh: "覆盖的群众人数（不记名）", en: "members of the public reached (not named)"), in: 0...1_000_000)

    static let notes = CommandArgument<String>.key("notes", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "notes"))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let id = try invocation.required(OutreachArguments.session)
        let reached = try invocation.value(Self.reached)
        let rating = try invocation.value(OutreachArguments.rating)
        let notes = try invocation.value(Self.notes).flatMap { try FieldValidator.text("notes", $0, maxLength: 1000) }
        let store = try await context.outreachStore()
        var session: Session?
        var attended = 0
        let commit = try await context.commitOutreach(store, command: "done") { state in
            var s = try Outreach.session(id.text, in: state)
            guard s.status != .cancelled else {
                throw CommandFailure(
                    code: "session.cancelled", message: L(.outreachDoneCancelled, ["id": s.id]), field: "id")
            }
            // Hours are credited only for what happened: not before the session has begun.
            guard s.start <= context.now() else {
                throw CommandFailure(
                    code: "session.notStarted",
                    message: L(
                        .rulesDoneBeforeStart, ["id": s.id, "start": SessionTimeRules.describe(s.start, s.zone)]),
                    field: "id")
            }
            s.status = .done
            if let reached { s.reached = reached }
            if let rating { s.rating = rating }
            if let notes { s.notes = notes }
            s.updated = context.stamp
            session = s
            var ops: [StoreOperation] = [.putSession(s)]
            for var p in state.participations(session: s.id) where p.status == .signedUp {
                p.status = .attended
                ops.append(.putParticipation(p))
            }
            attended =
                state.participations(session: s.id).filter { $0.status == .signedUp || $0.status == .attended }.count
            return ops
        }
        guard let s = session else {
            throw CommandFailure(code: "session.unknown", message: L(.outreachAcceptedSessionID), field: "id")
        }
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(
                            .outreachDone,
                            [
                                "id": s.id, "title": s.title, "people": String(attended),
                                "reached": s.reached.map(String.init) ?? "—",
                            ]
                        ).text(context.language), .success))
            ],
            json: .obj([("saved", true), Outreach.saved(commit), ("session", Outreach.json(s, store.state))]),
            warnings: store.drainWarnings())
    }
}
