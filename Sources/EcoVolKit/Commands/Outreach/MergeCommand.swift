/// `/merge KEEP OTHER`: folds a duplicate registration into the record to keep. All of the
/// duplicate's history moves over; its record stays, marked as merged, so nothing that
/// referred to it breaks.
public struct MergeCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "merge",
        aliases: ["合并"],
        group: .people,
        summary: LocalizedText(zh: "合并重复登记的人员（保留全部记录）", en: "Merge a duplicate person into another (all history kept)"),
        usage: "/merge KEEP OTHER",
        examples: ["/merge p3x8n2bd p9k2m4qa"],
        positionals: [
            ArgumentSpec("keep", help: LocalizedText(zh: "保留的人员", en: "person to keep"), completion: .people, required: true),
            ArgumentSpec("other", help: LocalizedText(zh: "并入的重复人员", en: "duplicate to fold in"), completion: .people, required: true),
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard invocation.positionals.count == 2 else { throw CommandFailure.missing(field: invocation.positionals.isEmpty ? "keep" : "other", accepted: L("outreach.accepted.merge")) }
        let store = try await context.outreachStore()
        let keep = try await Outreach.requirePerson(invocation.positionals[0].text, in: store.state, context: context, field: "keep")
        let other = try await Outreach.requirePerson(invocation.positionals[1].text, in: store.state, context: context, field: "other")
        guard keep.id != other.id else { throw CommandFailure(code: "merge.same", message: L("outreach.mergeSame"), field: "other", usage: true) }
        var moved = 0
        var warnings: [LocalizedText] = []
        let now = context.stamp
        let commit = try await context.commitOutreach(store, command: "merge") { state in
            guard var k = state.people[keep.id], var o = state.people[other.id] else { return [] }
            var ops: [StoreOperation] = []
            moved = 0
            for part in state.participations(person: o.id) {
                ops.append(.deleteParticipation(part.key))
                if let existing = state.participation(ParticipationKey(session: part.session, person: k.id)) {
                    // Both were logged at the same session: keep the record with more credited hours.
                    if part.creditedHours > existing.creditedHours {
                        var moved = part
                        moved.person = k.id
                        ops.append(.putParticipation(moved))
                    }
                    warnings.append(L("outreach.mergeBoth", ["id": part.session]))
                } else {
                    var m = part
                    m.person = k.id
                    ops.append(.putParticipation(m))
                }
                moved += 1
            }
            if k.phone == nil { k.phone = o.phone }
            if k.organisation == nil { k.organisation = o.organisation }
            if k.idNumber == nil { k.idNumber = o.idNumber }
            if k.consent == nil { k.consent = o.consent }
            k.skills = Array(Set(k.skills + o.skills)).sorted()
            k.registered = min(k.registered, o.registered)
            k.updated = now
            o.mergedInto = k.id
            o.updated = now
            ops.append(.putPerson(k))
            ops.append(.putPerson(o))
            return ops
        }
        let hours = store.state.totalHours(person: keep.id)
        return CommandOutput(blocks: [.paragraph(StyledText(L("outreach.merged", ["other": other.name, "otherID": other.id, "keep": keep.name, "keepID": keep.id, "count": String(moved), "hours": Outreach.hours(hours)]).text(context.language), .success))],
                             json: .obj([("saved", true), Outreach.saved(commit), ("kept", .string(keep.id)), ("merged", .string(other.id)), ("moved", .int(moved)), ("hours", .number(hours))]),
                             warnings: warnings + store.drainWarnings())
    }
}
