/// `/mark ID PERSON status=attended|no-show rating=1..5 hours= note=`: records how a logged
/// person's participation went — attended or a no-show, the evaluation of their service, the
/// actual hours and a note — which `/log` and `/checkout` do not ask for.
package struct MarkCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "mark",
        aliases: ["评价", "标记"],
        group: .people,
        summary: LocalizedText(
            zh: "记录某人的参加情况：出勤或缺席、服务评价、实际时长、备注",
            en: "Record how a person's participation went: attended or no-show, evaluation, hours, note"),
        examples: [
            "/mark s7k2m9qa 张三 rating=5 note=讲解耐心", "/评价 s7k2m9qa 李四 status=no-show",
            "/mark s7k2m9qa p3x8n2bd hours=1.5",
        ],
        positionals: [
            OutreachArguments.session.spec, OutreachArguments.person.spec,
        ],
        keys: [
            status.spec, rating.spec, hours.spec, note.spec,
        ]
    )

    static let status = CommandArgument<MarkStatus>.key(
        "status", aliases: ["状态"], help: LocalizedText(zh: "出勤", en: "attendance"))
    static let rating = CommandArgument<Int>.key(
        "rating", aliases: ["评分", "evaluation"],
        help: LocalizedText(zh: "服务评价 1–5", en: "evaluation of the service, 1–5"),
        completion: .values(["1", "2", "3", "4", "5"]), in: 1...5)
    static let hours = CommandArgument<HoursArgument>.key(
        "hours", aliases: ["时长", "服务时长"],
        help: LocalizedText(zh: "实际服务时长（不含路途）", en: "actual service hours (travel excluded)"))
    static let note = CommandArgument<String>.key("note", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "note"))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let sessionID = try invocation.required(OutreachArguments.session)
        let personText = try invocation.required(OutreachArguments.person)
        let status = try invocation.value(Self.status)?.status
        let rating = try invocation.value(Self.rating)
        let hours = try invocation.value(Self.hours)?.hours
        let note = try invocation.value(Self.note).flatMap { try FieldValidator.text("note", $0, maxLength: 500) }
        guard status != nil || rating != nil || hours != nil || note != nil else {
            throw CommandFailure.missing(field: "status", accepted: L(.outreachAcceptedMark))
        }
        let store = try await context.outreachStore()
        let session = try Outreach.session(sessionID.text, in: store.state)
        let person = try await Outreach.requirePerson(personText.text, in: store.state, context: context)
        var result: Participation?
        let commit = try await context.commitOutreach(store, command: "mark") { state in
            guard var p = state.participation(ParticipationKey(session: session.id, person: person.id)) else {
                throw CommandFailure(
                    code: "participation.unknown",
                    message: L(.outreachNotLogged, ["name": person.name, "id": session.id]), field: "person")
            }
            // Whether someone came, and how well they served, is known once it has begun: attended
            // before the start would credit service that has not happened. Hours and a note may be
            // set ahead, as /log sets them (李四 can stay only an hour and a half).
            if status != nil || rating != nil, let s = state.sessions[session.id], s.start > context.now() {
                throw CommandFailure(
                    code: "session.notStarted",
                    message: L(
                        .rulesMarkBeforeStart, ["id": s.id, "start": SessionTimeRules.describe(s.start, s.zone)]),
                    field: "id")
            }
            if let status, status != p.status {
                // A no-show served no hours; coming back to attended restores the session's length.
                p.actualHours = status == .noShow ? 0 : p.scheduledHours
                p.status = status
            }
            if let rating { p.evaluation = rating }
            if let hours { p.actualHours = hours }
            if let note { p.note = note }
            result = p
            return [.putParticipation(p)]
        }
        guard let p = result else {
            throw CommandFailure(
                code: "participation.unknown",
                message: L(.outreachNotLogged, ["name": person.name, "id": session.id]), field: "person")
        }
        let lang = context.language
        var plausibility: [LocalizedText] = []
        if let hours, hours > session.hours + 0.005 {
            plausibility.append(
                L(
                    .rulesHoursAboveLength,
                    [
                        "name": person.name, "hours": OutreachFormat.hours(hours),
                        "length": OutreachFormat.hours(session.hours),
                    ]))
        }
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(
                            .outreachMarked,
                            [
                                "name": person.name, "status": p.status.label.text(lang),
                                "hours": OutreachFormat.hours(p.actualHours),
                            ]
                        ).text(lang), .success))
            ],
            json: .obj([("saved", true), Outreach.saved(commit), ("participation", Outreach.json(p))]),
            warnings: plausibility + store.drainWarnings()
        )
    }

}

/// What `/mark status=` records: attended, or a no-show.
enum MarkStatus: String, ArgumentChoice {
    case attended
    case noShow = "no-show"

    init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "attended", "present", "已参加", "参加", "出勤": self = .attended
        case "no-show", "no_show", "noshow", "absent", "缺席", "未到": self = .noShow
        default: return nil
        }
    }

    var label: LocalizedText { status.label }

    var status: ParticipationStatus { self == .attended ? .attended : .noShow }

    static var acceptedValues: LocalizedText { L(.outreachAcceptedMarkStatus) }
}
