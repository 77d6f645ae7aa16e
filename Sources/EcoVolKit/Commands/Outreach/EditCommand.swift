/// `/edit ID key=value…`: changes a session's fields. Sign-ups are never dropped; when the
/// length changes, default service hours follow it, and extra places promote the waitlist.
public struct EditCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "edit",
        aliases: ["修改", "改"],
        group: .outreach,
        summary: LocalizedText(zh: "修改活动信息（不影响已报名人员）", en: "Change a session (sign-ups are kept)"),
        usage: "/edit ID key=value…",
        examples: ["/edit s7k2m9qa start=\"6月6日 下午2点\" venue=市民中心", "/修改 s7k2m9qa capacity=30"],
        positionals: [ArgumentSpec("id", help: LocalizedText(zh: "活动编号", en: "session id"), completion: .sessionIDs, required: true)],
        keys: SessionInput.keys
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        guard let token = invocation.positionals.first else { throw CommandFailure.missing(field: "id", accepted: L("outreach.accepted.sessionID")) }
        guard !invocation.options.isEmpty else { throw CommandFailure.missing(field: "key=value", accepted: L("outreach.accepted.editKeys")) }
        var values: [String: String] = [:]
        for (k, t) in invocation.options { values[k] = t.text }
        let store = try await context.outreachStore()
        var warnings: [LocalizedText] = []
        var updated: Session?
        let commit = try await context.commitOutreach(store, command: "edit") { state in
            var s = try Outreach.session(token.text, in: state)
            let oldHours = s.hours
            warnings = try SessionInput.apply(values, to: &s, context: context, state: state, isNew: false)
            s.updated = context.stamp
            warnings += SessionInput.doubleBookings(s, state: state)
            var ops: [StoreOperation] = [.putSession(s)]
            if s.hours != oldHours {
                for var p in state.participations(session: s.id) {
                    if p.actualHours == p.scheduledHours { p.actualHours = s.hours }
                    p.scheduledHours = s.hours
                    ops.append(.putParticipation(p))
                }
            }
            for var p in Outreach.promotions(in: s, state: state) where s.capacity != nil {
                p.status = .signedUp
                ops.append(.putParticipation(p))
                warnings.append(L("outreach.promoted", ["name": state.people[p.person]?.name ?? p.person]))
            }
            updated = s
            return ops
        }
        let s = updated!
        return CommandOutput(blocks: [.paragraph(StyledText(L("outreach.edited", ["id": s.id]).text(lang), .success)), .fields(Outreach.sessionFields(s, store.state, lang))],
                             json: .obj([("saved", true), Outreach.saved(commit), ("session", Outreach.json(s, store.state))]), warnings: warnings + store.drainWarnings())
    }
}
