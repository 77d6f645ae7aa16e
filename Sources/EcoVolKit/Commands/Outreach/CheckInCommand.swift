import Foundation

/// `/checkin ID PERSON`: notes the time a person arrived; a walk-in is logged on the spot.
package struct CheckInCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "checkin",
        aliases: ["签到"],
        group: .people,
        summary: LocalizedText(zh: "签到（记录到达时间）", en: "Check a person in (arrival time)"),
        examples: ["/checkin s7k2m9qa 张三", "/签到 s7k2m9qa p3x8n2bd"],
        positionals: [
            OutreachArguments.session.spec, OutreachArguments.person.spec,
        ]
    )

    package init() {}

    /// How long before the start a check-in is accepted.
    static let earliest: TimeInterval = 2 * 3600

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        try await CheckInCommand.stamp(invocation, context: context, checkingIn: true)
    }

    @MainActor static func stamp(_ invocation: Invocation, context: CommandContext, checkingIn: Bool) async throws
        -> CommandOutput
    {
        let sessionID = try invocation.required(OutreachArguments.session)
        let personText = try invocation.required(OutreachArguments.person)
        let store = try await context.outreachStore()
        let session = try Outreach.session(sessionID.text, in: store.state)
        let person = try await Outreach.requirePerson(personText.text, in: store.state, context: context)
        let now = context.stamp
        var result: Participation?
        let commit = try await context.commitOutreach(store, command: checkingIn ? "checkin" : "checkout") { state in
            let s = try Outreach.session(session.id, in: state)
            let key = ParticipationKey(session: s.id, person: person.id)
            if checkingIn {
                guard now >= s.start.addingTimeInterval(-CheckInCommand.earliest) else {
                    throw CommandFailure(
                        code: "checkin.early",
                        message: L(
                            .rulesCheckinEarly,
                            ["name": person.name, "id": s.id, "start": SessionTimeRules.describe(s.start, s.zone)]),
                        field: "id")
                }
                guard s.status != .cancelled else {
                    throw CommandFailure(
                        code: "session.cancelled", message: L(.outreachLogCancelled, ["id": s.id]), field: "id")
                }
                var p =
                    state.participation(key)
                    ?? Participation(
                        session: s.id, person: person.id, status: .attended, scheduledHours: s.hours, logged: now)
                p.status = .attended
                p.checkIn = now
                // Back again after checking out: the earlier check-out is over, and keeping it
                // would list a check-out before the check-in in exports and --json.
                p.checkOut = nil
                result = p
                return [.putParticipation(p)]
            }
            // A cancelled session credits no hours, so nobody checks out of it either.
            guard s.status != .cancelled else {
                throw CommandFailure(
                    code: "session.cancelled", message: L(.outreachLogCancelled, ["id": s.id]), field: "id")
            }
            guard var p = state.participation(key), let start = p.checkIn else {
                throw CommandFailure(
                    code: "checkout.noCheckin", message: L(.outreachNotCheckedIn, ["name": person.name]),
                    field: "person")
            }
            // Compare the times, not the rounded hours: rounded to a tenth, a check-out up to three
            // minutes before the check-in came out as -0 hours, which `h >= 0` let through.
            guard now >= start else {
                throw CommandFailure(
                    code: "checkout.beforeCheckin", message: L(.outreachCheckoutBeforeCheckin), field: "person")
            }
            let h = (now.timeIntervalSince(start) / 3600 * 10).rounded() / 10
            p.checkOut = now
            p.actualHours = min(h, 24)
            p.status = .attended
            result = p
            return [.putParticipation(p)]
        }
        guard let p = result else {
            throw CommandFailure(
                code: "participation.unknown", message: L(.outreachNotCheckedIn, ["name": person.name]),
                field: "person")
        }
        let key: MessageKey = checkingIn ? .outreachCheckedIn : .outreachCheckedOut
        return CommandOutput(
            blocks: [
                .paragraph(
                    StyledText(
                        L(
                            key,
                            [
                                "name": person.name, "time": OutreachFormat.clock(now, session.zone),
                                "hours": OutreachFormat.hours(p.actualHours),
                            ]
                        ).text(context.language), .success))
            ],
            json: .obj([("saved", true), Outreach.saved(commit), ("participation", Outreach.json(p))]),
            warnings: store.drainWarnings())
    }
}
