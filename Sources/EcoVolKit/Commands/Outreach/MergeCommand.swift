/// `/merge KEEP OTHER`: folds a duplicate registration into the record to keep. All of the
/// duplicate's history moves over; its record stays, marked as merged, so nothing that
/// referred to it breaks.
package struct MergeCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "merge",
        aliases: ["合并"],
        group: .people,
        summary: LocalizedText(zh: "合并重复登记的人员（保留全部记录）", en: "Merge a duplicate person into another (all history kept)"),
        examples: ["/merge p3x8n2bd p9k2m4qa"],
        positionals: [
            keep.spec, other.spec,
        ],
        keys: [confirm.spec]
    )

    static let keep = CommandArgument<PersonArgument>.positional(
        "keep", help: LocalizedText(zh: "保留的人员", en: "person to keep"), required: true,
        accepted: L(.outreachAcceptedMerge), placeholder: "KEEP")
    static let other = CommandArgument<PersonArgument>.positional(
        "other", help: LocalizedText(zh: "并入的重复人员", en: "duplicate to fold in"), required: true,
        accepted: L(.outreachAcceptedMerge), placeholder: "OTHER")
    static let confirm = CommandArgument<Bool>.key(
        "confirm", aliases: ["确认"],
        help: LocalizedText(
            zh: "confirm=yes：确认舍弃两条记录中不同的信息", en: "confirm=yes: go ahead although details that differ are dropped"),
        completion: .values(["yes"]), accepted: L(.rulesAcceptedYesNo))

    package init() {}

    /// Details held by both records that differ: the kept record's value wins, the other's is
    /// dropped — and a session both were logged at keeps only the row with more credited hours.
    static func differences(keep: Person, other: Person, state: OutreachState) -> [(
        field: String, keep: String, other: String
    )] {
        var result = differences(keep: keep, other: other)
        for part in state.participations(person: other.id) {
            guard let mine = state.participation(ParticipationKey(session: part.session, person: keep.id)) else {
                continue
            }
            let (a, b) = (
                CentiHours(hours: mine.creditedHours).description, CentiHours(hours: part.creditedHours).description
            )
            let kept = part.creditedHours > mine.creditedHours ? (b, a) : (a, b)
            result.append(("session " + part.session, kept.0 + " h", kept.1 + " h"))
        }
        return result
    }

    static func differences(keep: Person, other: Person) -> [(field: String, keep: String, other: String)] {
        let pairs: [(String, String?, String?)] = [
            ("name", keep.name, other.name), ("phone", keep.maskedPhone, other.maskedPhone),
            ("org", keep.organisation, other.organisation),
            ("id_number", keep.maskedIDNumber, other.maskedIDNumber), ("consent", keep.consent, other.consent),
        ]
        var result: [(field: String, keep: String, other: String)] = []
        for (field, a, b) in pairs {
            guard let a, let b,
                a != b || (field == "phone" && keep.phone != other.phone)
                    || (field == "id_number" && keep.idNumber != other.idNumber)
            else { continue }
            result.append((field, a, b))
        }
        return result
    }

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let keepText = try invocation.required(Self.keep)
        let otherText = try invocation.required(Self.other)
        let store = try await context.outreachStore()
        let keep = try await Outreach.requirePerson(
            keepText.text, in: store.state, context: context, field: "keep")
        let other = try await Outreach.requirePerson(
            otherText.text, in: store.state, context: context, field: "other")
        guard keep.id != other.id else {
            throw CommandFailure(code: "merge.same", message: L(.outreachMergeSame), field: "other")
        }
        // Nothing is dropped unseen: details both records hold but that differ are shown first.
        let dropped = Self.differences(keep: keep, other: other, state: store.state)
        if !dropped.isEmpty, try invocation.value(Self.confirm) != true {
            let lines = dropped.map {
                L(.peopleMergeDropped, ["field": $0.field, "keep": $0.keep, "other": $0.other])
            }
            guard let prompter = context.prompter else {
                throw CommandFailure(
                    code: "merge.unconfirmed",
                    message: L(
                        .peopleMergeRefused,
                        ["other": other.id, "fields": dropped.map(\.field).joined(separator: " ")]
                    )
                    .joined(
                        with: LocalizedText(
                            zh: lines.map(\.zh).joined(separator: "；"), en: lines.map(\.en).joined(separator: "; "))),
                    field: "confirm")
            }
            prompter.show(context.text(L(.peopleMergeDiffers)))
            for line in lines { prompter.show("  " + context.text(line)) }
            guard let answer = await prompter.ask(context.text(L(.peopleMergeAsk)), defaultValue: "no") else {
                throw CancellationError()
            }
            guard (try? SessionTimeRules.flag("confirm", answer)) == true else {
                return CommandOutput(
                    blocks: [.paragraph(StyledText(context.text(L(.peopleMergeAbandoned))))],
                    json: .obj([("saved", false)]))
            }
        }
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
                    warnings.append(L(.outreachMergeBoth, ["id": part.session]))
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
        let hours = store.state.serviceHours(person: keep.id, asOf: context.now()).hours
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(
                            .outreachMerged,
                            [
                                "other": other.name, "otherID": other.id, "keep": keep.name, "keepID": keep.id,
                                "count": String(moved), "hours": OutreachFormat.hours(hours),
                            ]
                        ).text(context.language), .success))
            ],
            json: .obj([
                ("saved", true), Outreach.saved(commit), ("kept", .string(keep.id)), ("merged", .string(other.id)),
                ("moved", .int(moved)), ("hours", .number(hours)),
            ]),
            warnings: warnings + store.drainWarnings())
    }
}
