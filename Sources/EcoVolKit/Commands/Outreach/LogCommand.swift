import Foundation

/// `/log ID 张三 李四 …` or `/log ID name=… phone=… org=… role=… hours=…`: records people at
/// a session. A name nobody has yet registers a new person; a name several people share asks
/// which one. Before the session starts this is a sign-up (waitlisted when full); from its
/// start on it is attendance.
public struct LogCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "log",
        aliases: ["登记", "记录", "签到登记"],
        group: .people,
        summary: LocalizedText(zh: "登记参与人员（报名或出勤）", en: "Log people at a session (sign-up or attendance)"),
        usage: "/log ID NAME… | /log ID name=… [phone=… org=… role=… hours=…]",
        examples: ["/log s7k2m9qa 张三 李四 王五", "/登记 s7k2m9qa name=赵六 phone=13812345678 org=贵州大学 role=lecturer hours=2"],
        positionals: [
            ArgumentSpec("id", help: LocalizedText(zh: "活动编号", en: "session id"), completion: .sessionIDs, required: true),
            ArgumentSpec("names", help: LocalizedText(zh: "志愿者姓名（可多个）", en: "volunteer names (several allowed)"), completion: .people, variadic: true),
        ],
        keys: [
            ArgumentSpec("name", aliases: ["姓名"], help: LocalizedText(zh: "姓名", en: "name"), completion: .people),
            ArgumentSpec("phone", aliases: ["电话", "手机"], help: LocalizedText(zh: "手机号（显示时隐去中间四位）", en: "phone (shown masked)")),
            ArgumentSpec("org", aliases: ["单位", "organisation", "organization"], help: LocalizedText(zh: "单位", en: "organisation")),
            ArgumentSpec("role", aliases: ["角色"], help: LocalizedText(zh: "角色：lecturer volunteer staff", en: "role: lecturer volunteer staff"), completion: .roles),
            ArgumentSpec("hours", aliases: ["时长", "服务时长"], help: LocalizedText(zh: "实际服务时长（默认为活动时长，不含路途）", en: "actual service hours (default: the session's length, travel excluded)"), completion: .durationExamples),
            ArgumentSpec("note", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "note")),
        ]
    )

    public init() {}

    enum Who { case existing(String), new(name: String) }

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        guard let token = invocation.positionals.first else { throw CommandFailure.missing(field: "id", accepted: L("outreach.accepted.sessionID")) }
        let role = try invocation.string("role").map { v -> ParticipationRole in
            guard let r = ParticipationRole(argument: v) else { throw CommandFailure.invalidValue(field: "role", value: v, accepted: L("outreach.accepted.role")) }
            return r
        }
        let hours = try invocation.string("hours").map { try FieldValidator.hours("hours", $0) }
        let phone = try invocation.string("phone").flatMap { try FieldValidator.phone("phone", $0) }
        let org = try invocation.string("org").flatMap { try FieldValidator.text("org", $0, maxLength: 100) }
        let note = try invocation.string("note").flatMap { try FieldValidator.text("note", $0, maxLength: 500) }
        var names = try invocation.positionals.dropFirst().map { try FieldValidator.name("names", $0.text) }
        if let n = invocation.string("name") { names.append(try FieldValidator.name("name", n)) }
        guard !names.isEmpty else { throw CommandFailure.missing(field: "names", accepted: L("outreach.accepted.logNames")) }
        if phone != nil || org != nil, names.count > 1 { throw CommandFailure(code: "value.conflict", message: L("outreach.onePersonDetails"), field: "phone", usage: true) }
        let store = try await context.outreachStore()
        let before = store.state
        let session = try Outreach.session(token.text, in: before)
        guard session.status != .cancelled else { throw CommandFailure(code: "session.cancelled", message: L("outreach.logCancelled", ["id": session.id]), field: "id") }
        // Resolve names first: choosing among namesakes may ask the user, which must not happen under the lock.
        var who: [Who] = []
        for name in names {
            if let phone, let p = before.people.values.first(where: { $0.phone == phone && $0.mergedInto == nil }) {
                who.append(.existing(p.id))
            } else if let p = try await Outreach.person(name, in: before, context: context, field: "names") {
                who.append(.existing(p.id))
            } else {
                who.append(.new(name: name))
            }
        }
        var logged: [(Person, Participation)] = []
        var warnings: [LocalizedText] = []
        let now = context.stamp
        let commit = try await context.commitOutreach(store, command: "log") { state in
            logged = []
            warnings = []
            let s = try Outreach.session(session.id, in: state)
            var ops: [StoreOperation] = []
            var taken = Set(state.people.keys)
            var places = state.participations(session: s.id).filter { $0.status.holdsPlace }.count
            var seen: Set<String> = []
            for w in who {
                var person: Person
                switch w {
                case let .existing(id):
                    guard let p = state.people[id] else { continue }
                    person = p
                    if phone != nil || org != nil {
                        if person.phone == nil, let phone { person.phone = phone; person.updated = now; ops.append(.putPerson(person)) }
                        if person.organisation == nil, let org { person.organisation = org; person.updated = now; ops.append(.putPerson(person)) }
                    }
                case let .new(name):
                    let id = OutreachID.make(.person) { taken.contains($0) }
                    taken.insert(id)
                    person = Person(id: id, name: name, phone: phone, organisation: org, registered: now)
                    ops.append(.putPerson(person))
                    warnings.append(L("outreach.registered", ["name": name, "id": id]))
                }
                guard seen.insert(person.id).inserted else { continue }
                if state.participation(ParticipationKey(session: s.id, person: person.id)) != nil {
                    warnings.append(L("outreach.alreadyLogged", ["name": person.name]))
                    continue
                }
                let status: ParticipationStatus
                if s.status == .done || s.start <= now {
                    status = .attended
                } else if let cap = s.capacity, places >= cap {
                    status = .waitlisted
                } else {
                    status = .signedUp
                }
                if status.holdsPlace { places += 1 }
                let p = Participation(session: s.id, person: person.id, role: role ?? (s.lecturers.contains(person.name) ? .lecturer : .volunteer), status: status,
                                      scheduledHours: s.hours, actualHours: hours, note: note, logged: now)
                ops.append(.putParticipation(p))
                logged.append((person, p))
            }
            return ops
        }
        let headers = ["name", "id", "role", "status", "hours"].map { L("field." + $0).text(lang) }
        var blocks: [OutputBlock] = [.paragraph(StyledText(L("outreach.logged", ["count": String(logged.count), "title": session.title]).text(lang), .success))]
        if !logged.isEmpty {
            blocks.append(.table(TextTable(headers: headers, rows: logged.map { person, p in
                [StyledText(person.name), StyledText(person.id, .accent), StyledText(p.role.label.text(lang)), StyledText(p.status.label.text(lang)), StyledText(Outreach.hours(p.actualHours))]
            }, alignments: [.left, .left, .left, .left, .right])))
        }
        return CommandOutput(blocks: blocks, json: .obj([
            ("saved", .bool(commit != nil)), Outreach.saved(commit), ("session", .string(session.id)),
            ("logged", .array(logged.map { person, p in .obj([("person", .string(person.id)), ("name", .string(person.name)), ("status", .string(p.status.rawValue)), ("hours", .number(p.actualHours))]) })),
        ]), warnings: warnings + store.drainWarnings())
    }
}
