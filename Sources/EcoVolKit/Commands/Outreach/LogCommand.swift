import Foundation

/// `/log ID 张三 李四 …` or `/log ID name=… phone=… org=… role=… hours=…`: records people at
/// a session. A name nobody has yet registers a new person; a name several people share asks
/// which one. Before the session starts this is a sign-up (waitlisted when full); from its
/// start on it is attendance.
package struct LogCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "log",
        aliases: ["登记", "记录", "签到登记"],
        group: .people,
        summary: LocalizedText(zh: "登记参与人员（报名或出勤）", en: "Log people at a session (sign-up or attendance)"),
        usage: "/log ID NAME… | /log ID name=… [phone=… id_number=… consent=… org=… role=… hours=…]",
        examples: ["/log s7k2m9qa 张三 李四 王五", "/登记 s7k2m9qa name=赵六 phone=13812345678 org=贵州大学 role=lecturer hours=2"],
        positionals: [OutreachArguments.session.spec, names.spec],
        keys: [name, phone, idNumber, consent, org].map(\.spec) + [role.spec, hours.spec, note.spec]
    )

    static let names = CommandArgument<String>.positional(
        "names", help: LocalizedText(zh: "志愿者姓名（可多个）", en: "volunteer names (several allowed)"),
        completion: .people, variadic: true, accepted: L(.outreachAcceptedLogNames))
    static let name = CommandArgument<String>.key(
        "name", aliases: ["姓名"], help: LocalizedText(zh: "姓名", en: "name"), completion: .people,
        accepted: L(.outreachAcceptedName))
    static let phone = CommandArgument<String>.key(
        "phone", aliases: ["电话", "手机"], help: LocalizedText(zh: "手机号（显示时隐去中间四位）", en: "phone (shown masked)"),
        accepted: L(.outreachAcceptedPhone))
    static let idNumber = CommandArgument<String>.key(
        "id_number", aliases: ["身份证号", "idno"],
        help: LocalizedText(zh: "身份证号（须同时写 consent=，显示时隐去）", en: "resident ID number (needs consent=; shown masked)"))
    static let consent = CommandArgument<String>.key(
        "consent", aliases: ["同意"],
        help: LocalizedText(
            zh: "本人同意记录身份证号的方式，如 书面同意", en: "how the person consented to their ID number being kept, e.g. 书面同意"),
        accepted: L(.peopleAcceptedConsent))
    static let org = CommandArgument<String>.key(
        "org", aliases: ["单位", "organisation", "organization"], help: LocalizedText(zh: "单位", en: "organisation"))
    static let role = CommandArgument<ParticipationRole>.key(
        "role", aliases: ["角色"], help: LocalizedText(zh: "角色", en: "role"))
    static let hours = CommandArgument<HoursArgument>.key(
        "hours", aliases: ["时长", "服务时长"],
        help: LocalizedText(
            zh: "实际服务时长（默认为活动时长，不含路途）", en: "actual service hours (default: the session's length, travel excluded)"))
    static let note = CommandArgument<String>.key("note", aliases: ["备注"], help: LocalizedText(zh: "备注", en: "note"))

    package init() {}

    enum Who: Equatable {
        case existing(String)
        case new(name: String)
    }

    /// An identifier typed with a name: a phone or an ID number.
    struct Identifier {
        var field: String
        var value: String
        var masked: String
        var read: @Sendable (Person) -> String?
    }

    /// Who a name (with a phone or ID number) means. A name with an identifier identifies a
    /// person: the same name with another identifier is someone else (asked at the keyboard,
    /// "register a new …" offered; registered new in batch), and an identifier already
    /// registered under another name is flagged and asked (refused in batch) — two
    /// volunteers' hours must never land on one record.
    @MainActor static func identify(
        name: String, identifiers: [Identifier], in state: OutreachState, context: CommandContext
    ) async throws -> (Who, [LocalizedText]) {
        let namesakes = state.people.values.filter { $0.name == name && $0.mergedInto == nil }
            .sorted { $0.registered != $1.registered ? $0.registered < $1.registered : $0.id < $1.id }
        guard !identifiers.isEmpty else {
            if let byID = state.people[name.lowercased()] {
                return (.existing(RecordLookup.current(byID, in: state).id), [])
            }
            if namesakes.count <= 1 { return (namesakes.first.map { .existing($0.id) } ?? .new(name: name), []) }
            let p = try await Outreach.chooseOrNew(
                among: namesakes, name: name, state: state, context: context, field: "names", newIsDefault: false,
                fallback: nil)
            return (p.map { .existing($0.id) } ?? .new(name: name), [])
        }
        for key in identifiers {
            guard let owner = state.people.values.first(where: { key.read($0) == key.value && $0.mergedInto == nil })
            else { continue }
            if owner.name == name { return (.existing(owner.id), []) }
            let taken = L(
                .peopleIdentifierTaken,
                ["field": key.field, "value": key.masked, "name": name, "owner": owner.name, "id": owner.id])
            let refusal = CommandFailure(
                code: key.field == "phone" ? "person.phoneTaken" : "person.idNumberTaken", message: taken,
                field: key.field)
            guard let prompter = context.prompter else { throw refusal }
            prompter.show(context.text(taken))
            guard
                let answer = await prompter.ask(
                    context.text(L(.peopleAskSameOwner, ["owner": owner.name])), defaultValue: "no")
            else { throw CancellationError() }
            guard (try? SessionTimeRules.flag(key.field, answer)) == true else { throw refusal }
            return (
                .existing(owner.id), [L(.peopleLoggedAsOwner, ["owner": owner.name, "id": owner.id, "name": name])]
            )
        }
        guard !namesakes.isEmpty else { return (.new(name: name), []) }
        // A namesake who holds none of the identifiers may be the same person; one who holds
        // another is not (found above otherwise).
        let open = namesakes.filter { p in identifiers.allSatisfy { $0.read(p) == nil } }
        let fallback: () -> Person? = { namesakes.count == 1 && open.count == 1 ? open[0] : nil }
        let chosen = try await Outreach.chooseOrNew(
            among: namesakes, name: name, state: state, context: context, field: "names",
            newIsDefault: open.isEmpty, fallback: fallback)
        let given = identifiers.map(\.masked).joined(separator: " ")
        if let chosen {
            let missing = identifiers.filter { $0.read(chosen) == nil }
            return (
                .existing(chosen.id),
                missing.isEmpty
                    ? []
                    : [
                        L(
                            .peoplePhoneAdded,
                            ["name": name, "id": chosen.id, "phone": missing.map(\.masked).joined(separator: " ")])
                    ]
            )
        }
        let others = namesakes.map { OutreachFormat.describe($0) }.joined(separator: "；")
        return (.new(name: name), [L(.peopleNamesakeNew, ["name": name, "phone": given, "others": others])])
    }

    /// `/log ID Li Na`, `/log ID Emily Carter`: a pinyin surname and the word after it, or a
    /// capitalised given name and a common English surname, neither a registered name, would
    /// register two people where one was meant — and put her hours on neither. Asked at the
    /// keyboard (one person or two); refused in batch, saying how to write each. Two given
    /// names (Tom Jerry) are two people.
    @MainActor static func joinSplitNames(_ names: [String], session: String, context: CommandContext) async throws
        -> [String]
    {
        guard names.count >= 2 else { return names }
        let registered = (try? await context.outreachStore())?.state
        func isRegistered(_ n: String) -> Bool {
            registered.map { s in s.people[n.lowercased()] != nil || s.people.values.contains { $0.name == n } }
                ?? false
        }
        var out: [String] = []
        var i = 0
        while i < names.count {
            let first = names[i]
            if i + 1 < names.count, Self.isLatinWord(first), Self.isLatinWord(names[i + 1]),
                Self.looksLikeOneName(first, names[i + 1]), !isRegistered(first), !isRegistered(names[i + 1])
            {
                let values = ["first": first, "second": names[i + 1], "id": session]
                guard let prompter = context.prompter else {
                    throw CommandFailure(code: "names.split", message: L(.outreachSplitName, values), field: "names")
                }
                guard
                    let answer = await prompter.ask(context.text(L(.outreachAskSplitName, values)), defaultValue: "yes")
                else { throw CancellationError() }
                // Enter alone takes the default, one person.
                let said = answer.trimmingCharacters(in: .whitespaces)
                if said.isEmpty || ((try? SessionTimeRules.flag("names", said)) ?? true) {
                    out.append(first + " " + names[i + 1])
                    i += 2
                    continue
                }
            }
            out.append(first)
            i += 1
        }
        return out
    }

    /// A pinyin surname and a word (li na, wang fang), or a given name and an English surname
    /// both capitalised as names are (Emily Carter).
    static func looksLikeOneName(_ first: String, _ second: String) -> Bool {
        if surnameSyllables.contains(first.lowercased()) { return true }
        func capitalised(_ s: String) -> Bool {
            s.first?.isUppercase == true && s.dropFirst().allSatisfy(\.isLowercase)
        }
        return capitalised(first) && capitalised(second) && englishSurnames.contains(second.lowercased())
    }

    /// Common English-language surnames (the most frequent in the United States and Britain):
    /// enough to catch a foreign volunteer's full name typed unquoted.
    static let englishSurnames: Set<String> = [
        "adams", "aguilar", "alexander", "ali", "allen", "alvarez", "anderson", "andrews", "armstrong", "arnold",
        "bailey", "baker", "barker", "barnes", "begum", "bell", "bennett", "berry", "black", "boyd", "bradley",
        "brooks", "brown", "bryant", "burns", "butler", "campbell", "carpenter", "carroll", "carter", "castillo",
        "castro", "chapman", "chavez", "chen", "clark", "clarke", "cole", "coleman", "collins", "cook", "cooper", "cox",
        "crawford", "cruz", "cunningham", "daniels", "davies", "davis", "diaz", "dixon", "duncan", "dunn", "edwards",
        "elliott", "ellis", "evans", "ferguson", "fernandez", "fisher", "fletcher", "flores", "ford", "foster", "fox",
        "freeman", "garcia", "gardner", "garza", "gibson", "gomez", "gonzales", "gonzalez", "gordon", "graham", "grant",
        "gray", "green", "griffin", "griffiths", "gutierrez", "guzman", "hall", "hamilton", "hansen", "harris",
        "harrison", "hart", "hawkins", "hayes", "henderson", "henry", "hernandez", "herrera", "hicks", "hill",
        "hoffman", "holmes", "howard", "hudson", "hughes", "hunt", "hunter", "hussain", "jackson", "james", "jenkins",
        "jimenez", "johnson", "johnston", "jones", "jordan", "kelley", "kelly", "kennedy", "khan", "kim", "king",
        "knight", "lane", "lawrence", "lee", "lewis", "li", "liu", "lloyd", "long", "lopez", "marshall", "martin",
        "martinez", "mason", "matthews", "mcdonald", "medina", "mendez", "mendoza", "meyer", "miller", "mills",
        "mitchell", "moore", "morales", "moreno", "morgan", "morris", "munoz", "murphy", "murray", "myers", "nelson",
        "nguyen", "nichols", "olson", "ortiz", "owen", "owens", "palmer", "parker", "patel", "patterson", "payne",
        "pena", "perez", "perkins", "perry", "peters", "peterson", "phillips", "pierce", "porter", "powell", "price",
        "ramirez", "ramos", "ray", "reed", "reyes", "reynolds", "rice", "richards", "richardson", "riley", "rivera",
        "roberts", "robertson", "robinson", "rodriguez", "rogers", "romero", "rose", "ross", "ruiz", "russell", "ryan",
        "salazar", "sanchez", "sanders", "sandoval", "santos", "schmidt", "scott", "shaw", "silva", "simmons",
        "simpson", "singh", "smith", "snyder", "soto", "spencer", "stephens", "stevens", "stewart", "stone", "sullivan",
        "taylor", "thomas", "thompson", "torres", "tran", "tucker", "turner", "vargas", "vasquez", "wagner", "walker",
        "wallace", "wang", "ward", "warren", "washington", "watson", "weaver", "webb", "wells", "west", "white",
        "wilkinson", "williams", "willis", "wilson", "wood", "woods", "wright", "young", "zhang",
    ]

    /// Chinese surnames as pinyin syllables (li, wang, zhang …).
    static let surnameSyllables: Set<String> = Set(
        RequestInterpreter.surnames.map { Pinyin.latin(String($0)).lowercased() }.filter { !$0.isEmpty })

    static func isLatinWord(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && $0.isLetter }
    }

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let token = try invocation.required(OutreachArguments.session)
        let role = try invocation.value(Self.role)
        let hours = try invocation.value(Self.hours)?.hours
        let phone = try invocation.value(Self.phone).flatMap { try FieldValidator.phone("phone", $0) }
        let idNumber = try invocation.value(Self.idNumber).flatMap { try FieldValidator.idNumber("id_number", $0) }
        let consent = try invocation.value(Self.consent).flatMap {
            try FieldValidator.text("consent", $0, maxLength: 100)
        }
        var identifiers: [Identifier] = []
        if let idNumber {
            identifiers.append(
                Identifier(
                    field: "id_number", value: idNumber, masked: ResidentIDNumber.mask(idNumber), read: { $0.idNumber })
            )
        }
        if let phone {
            identifiers.append(
                Identifier(field: "phone", value: phone, masked: PhoneNumber.mask(phone), read: { $0.phone }))
        }
        let org = try invocation.value(Self.org).flatMap { try FieldValidator.text("org", $0, maxLength: 100) }
        let note = try invocation.value(Self.note).flatMap { try FieldValidator.text("note", $0, maxLength: 500) }
        var names = try invocation.values(Self.names).map { try FieldValidator.name("names", $0) }
        if let n = try invocation.value(Self.name) { names.append(try FieldValidator.name("name", n)) }
        guard !names.isEmpty else {
            // /log 王五 (a name where the session goes): the unknown session is the mistake to name.
            if let store = try? await context.outreachStore() { _ = try Outreach.session(token.text, in: store.state) }
            throw CommandFailure.missing(field: "names", accepted: L(.outreachAcceptedLogNames))
        }
        names = try await Self.joinSplitNames(names, session: token.text, context: context)
        if phone != nil || org != nil || idNumber != nil, names.count > 1 {
            throw CommandFailure(
                code: "value.conflict", message: L(.outreachOnePersonDetails), field: "phone")
        }
        let store = try await context.outreachStore()
        let before = store.state
        let session = try Outreach.session(token.text, in: before)
        guard session.status != .cancelled else {
            throw CommandFailure(
                code: "session.cancelled", message: L(.outreachLogCancelled, ["id": session.id]), field: "id")
        }
        // Resolve names first: choosing among namesakes may ask the user, which must not happen under the lock.
        var who: [Who] = []
        var notes: [LocalizedText] = []
        for name in names {
            let (w, note) = try await Self.identify(name: name, identifiers: identifiers, in: before, context: context)
            who.append(w)
            notes += note
        }
        var logged: [(Person, Participation)] = []
        var warnings: [LocalizedText] = []
        let now = context.stamp
        // The snapshot ends here, so the commit below changes the store's only copy of the records.
        _ = consume before
        let commit = try await context.commitOutreach(store, command: "log") { state in
            logged = []
            warnings = notes
            let s = try Outreach.session(session.id, in: state)
            var ops: [StoreOperation] = []
            var taken = Set(state.people.keys)
            var places = Waitlist.placesTaken(state.participations(session: s.id))
            var seen: Set<String> = []
            for w in who {
                var person: Person
                switch w {
                case .existing(let id):
                    guard let p = state.people[id] else { continue }
                    person = p
                    if phone != nil || org != nil || idNumber != nil {
                        if person.phone == nil, let phone {
                            person.phone = phone
                            person.updated = now
                            ops.append(.putPerson(person))
                        }
                        if person.idNumber == nil, let idNumber {
                            guard let consent = consent ?? person.consent else {
                                throw CommandFailure.missing(field: "consent", accepted: L(.peopleAcceptedConsent))
                            }
                            person.idNumber = idNumber
                            person.consent = consent
                            person.updated = now
                            ops.append(.putPerson(person))
                        }
                        if person.organisation == nil, let org {
                            person.organisation = org
                            person.updated = now
                            ops.append(.putPerson(person))
                        }
                    }
                case .new(let name):
                    let id = OutreachID.make(.person) { taken.contains($0) }
                    taken.insert(id)
                    if idNumber != nil, consent == nil {
                        throw CommandFailure.missing(field: "consent", accepted: L(.peopleAcceptedConsent))
                    }
                    person = Person(
                        id: id, name: name, phone: phone, organisation: org, registered: now,
                        consent: idNumber == nil ? nil : consent, idNumber: idNumber)
                    ops.append(.putPerson(person))
                    warnings.append(L(.outreachRegistered, ["name": name, "id": id]))
                }
                guard seen.insert(person.id).inserted else { continue }
                if state.participation(ParticipationKey(session: s.id, person: person.id)) != nil {
                    warnings.append(L(.outreachAlreadyLogged, ["name": person.name]))
                    continue
                }
                let status = Waitlist.status(forNewEntryIn: s, placesTaken: places, at: now)
                if status.holdsPlace { places += 1 }
                if let hours, hours > s.hours + 0.005 {
                    warnings.append(
                        L(
                            .rulesHoursAboveLength,
                            [
                                "name": person.name, "hours": OutreachFormat.hours(hours),
                                "length": OutreachFormat.hours(s.hours),
                            ]))
                }
                let p = Participation(
                    session: s.id, person: person.id,
                    role: role ?? (s.lecturers.contains(person.name) ? .lecturer : .volunteer), status: status,
                    scheduledHours: s.hours, actualHours: hours, note: note, logged: now)
                ops.append(.putParticipation(p))
                logged.append((person, p))
            }
            return ops
        }
        let headers = [MessageKey.fieldName, .fieldId, .fieldRole, .fieldStatus, .fieldHours].map { L($0).text(lang) }
        var blocks: [OutputBlock] = [
            .paragraph(
                StyledText(
                    L(.outreachLogged, ["count": String(logged.count), "title": session.title]).text(lang), .success))
        ]
        if !logged.isEmpty {
            blocks.append(
                .table(
                    TextTable(
                        headers: headers,
                        rows: logged.map { person, p in
                            [
                                StyledText(person.name), StyledText(person.id, .accent),
                                StyledText(p.role.label.text(lang)), StyledText(p.status.label.text(lang)),
                                StyledText(OutreachFormat.hours(p.actualHours)),
                            ]
                        }, alignments: [.left, .left, .left, .left, .right])))
        }
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("saved", .bool(commit != nil)), Outreach.saved(commit), ("session", .string(session.id)),
                (
                    "logged",
                    .array(
                        logged.map { person, p in
                            .obj([
                                ("person", .string(person.id)), ("name", .string(person.name)),
                                ("status", .string(p.status.rawValue)), ("hours", .number(p.actualHours)),
                            ])
                        })
                ),
            ]), warnings: warnings + store.drainWarnings())
    }
}
