/// `/mark ID PERSON status=attended|no-show rating=1..5 hours= note=`: records how a logged
/// person's participation went — attended or a no-show, the evaluation of their service, the
/// actual hours and a note — which `/log` and `/checkout` do not ask for.
public struct MarkCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "mark",
        aliases: ["评价", "标记"],
        group: .people,
        summary: LocalizedText(
            zh: "记录某人的参加情况：出勤或缺席、服务评价、实际时长、备注",
            en: "Record how a person's participation went: attended or no-show, evaluation, hours, note"),
        usage: "/mark ID PERSON [status=attended|no-show] [rating=1..5] [hours=…] [note=…]",
        examples: [
            "/mark s7k2m9qa 张三 rating=5 note=讲解耐心", "/评价 s7k2m9qa 李四 status=no-show",
            "/mark s7k2m9qa p3x8n2bd hours=1.5",
        ],
        positionals: [
            ArgumentSpec(
                "id", help: LocalizedText(zh: "活动编号", en: "session id"), completion: .sessionIDs, required: true),
            ArgumentSpec(
                "person", help: LocalizedText(zh: "姓名、编号或手机号", en: "name, id or phone"), completion: .people,
                required: true),
        ],
        keys: [
            ArgumentSpec(
                "status", aliases: ["状态"],
                help: LocalizedText(zh: "attended（已参加）或 no-show（缺席）", en: "attended or no-show"),
                completion: .values(["attended", "no-show"])),
            ArgumentSpec(
                "rating", aliases: ["评分", "evaluation"],
                help: LocalizedText(zh: "服务评价 1–5", en: "evaluation of the service, 1–5"),
                completion: .values(["1", "2", "3", "4", "5"])),
            ArgumentSpec(
                "hours", aliases: ["时长", "服务时长"],
                help: LocalizedText(zh: "实际服务时长（不含路途）", en: "actual service hours (travel excluded)"),
                completion: .durationExamples),
            ArgumentSpec("note", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "note")),
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        guard invocation.positionals.count >= 2 else {
            throw CommandFailure.missing(
                field: invocation.positionals.isEmpty ? "id" : "person", accepted: L("outreach.accepted.checkin"))
        }
        let status = try invocation.string("status").map(Self.status)
        let rating = try invocation.int("rating", in: 1...5)
        let hours = try invocation.string("hours").map { try FieldValidator.hours("hours", $0) }
        let note = try invocation.string("note").flatMap { try FieldValidator.text("note", $0, maxLength: 500) }
        guard status != nil || rating != nil || hours != nil || note != nil else {
            throw CommandFailure.missing(field: "status", accepted: L("outreach.accepted.mark"))
        }
        let store = try await context.outreachStore()
        let session = try Outreach.session(invocation.positionals[0].text, in: store.state)
        let person = try await Outreach.requirePerson(invocation.positionals[1].text, in: store.state, context: context)
        var result: Participation?
        let commit = try await context.commitOutreach(store, command: "mark") { state in
            guard var p = state.participation(ParticipationKey(session: session.id, person: person.id)) else {
                throw CommandFailure(
                    code: "participation.unknown",
                    message: L("outreach.notLogged", ["name": person.name, "id": session.id]), field: "person",
                    usage: true)
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
                message: L("outreach.notLogged", ["name": person.name, "id": session.id]), field: "person")
        }
        let lang = context.language
        var plausibility: [LocalizedText] = []
        if let hours, hours > session.hours + 0.005 {
            plausibility.append(
                L(
                    "rules.hoursAboveLength",
                    ["name": person.name, "hours": Outreach.hours(hours), "length": Outreach.hours(session.hours)]))
        }
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(
                            "outreach.marked",
                            [
                                "name": person.name, "status": p.status.label.text(lang),
                                "hours": Outreach.hours(p.actualHours),
                            ]
                        ).text(lang), .success))
            ],
            json: .obj([("saved", true), Outreach.saved(commit), ("participation", Outreach.json(p))]),
            warnings: plausibility + store.drainWarnings()
        )
    }

    static func status(_ text: String) throws -> ParticipationStatus {
        switch text.lowercased() {
        case "attended", "present", "已参加", "参加", "出勤": return .attended
        case "no-show", "no_show", "noshow", "absent", "缺席", "未到": return .noShow
        default:
            throw CommandFailure.invalidValue(field: "status", value: text, accepted: L("outreach.accepted.markStatus"))
        }
    }
}
