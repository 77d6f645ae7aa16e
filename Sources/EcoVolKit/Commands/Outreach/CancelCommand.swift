/// `/cancel ID reason=…`: calls a session off, keeping it (and its sign-ups) on record.
public struct CancelCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "cancel",
        aliases: ["取消"],
        group: .outreach,
        summary: LocalizedText(zh: "取消活动（需写明原因）", en: "Cancel a session (with a reason)"),
        usage: "/cancel ID reason=…",
        examples: ["/cancel s7k2m9qa reason=暴雨预警", "/取消 s7k2m9qa 原因=场地冲突"],
        positionals: [ArgumentSpec("id", help: LocalizedText(zh: "活动编号", en: "session id"), completion: .sessionIDs, required: true)],
        keys: [ArgumentSpec("reason", aliases: ["原因"], help: LocalizedText(zh: "取消原因", en: "why it is cancelled"), required: true)]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard let token = invocation.positionals.first else { throw CommandFailure.missing(field: "id", accepted: L("outreach.accepted.sessionID")) }
        let reason = try FieldValidator.text("reason", try invocation.require("reason", accepted: L("outreach.accepted.reason")), maxLength: 200, required: true)!
        let store = try await context.outreachStore()
        var session: Session?
        let commit = try await context.commitOutreach(store, command: "cancel") { state in
            var s = try Outreach.session(token.text, in: state)
            guard s.status != .cancelled else { throw CommandFailure(code: "session.cancelled", message: L("outreach.alreadyCancelled", ["id": s.id]), field: "id") }
            s.status = .cancelled
            s.cancelReason = reason
            s.updated = context.stamp
            session = s
            return [.putSession(s)]
        }
        let s = session!
        let people = store.state.participations(session: s.id).count
        return CommandOutput(blocks: [.paragraph(StyledText(L("outreach.cancelled", ["id": s.id, "title": s.title, "people": String(people)]).text(context.language), .success))],
                             json: .obj([("saved", true), Outreach.saved(commit), ("session", Outreach.json(s, store.state))]), warnings: store.drainWarnings())
    }
}
