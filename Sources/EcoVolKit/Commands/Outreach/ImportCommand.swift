import Foundation

/// `/import people|participation FILE.csv [dry-run=yes] [skip-bad=yes]`: brings in people or
/// attendance kept in spreadsheets. Every row is checked first; if any is wrong nothing is
/// imported (unless asked to skip bad rows) and the report names row, field and reason.
/// Rows the file itself garbles (a quote left open, a stray quote, a wrong number of columns)
/// and phone or ID numbers that repeat within the file or belong to someone already in the
/// store are wrong rows too; every person the import would create is listed, in the preview
/// and in the result, so nobody appears in the store without a word.
package struct ImportCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "import",
        aliases: ["导入"],
        group: .people,
        summary: LocalizedText(zh: "从 CSV 导入人员或参与记录", en: "Import people or participation from CSV"),
        examples: ["/import people volunteers.csv dry-run=yes", "/导入 participation 签到表.csv skip-bad=yes"],
        discussion: LocalizedText(
            zh:
                "人员表列：姓名/name、电话/phone、单位/org、技能/skills、身份证号/id_number、同意/consent。参与表列：活动编号/session、姓名/name 或 人员编号/person、电话/phone、角色/role、时长/hours。",
            en:
                "People columns: name, phone, org, skills, id_number, consent (Chinese headers work too). Participation columns: session, name or person, phone, role, hours."
        ),
        positionals: [kind.spec, file.spec],
        keys: [dryRun.spec, skipBad.spec]
    )

    static let kind = CommandArgument<ImportKind>.positional(
        "kind", help: LocalizedText(zh: "导入什么", en: "what to import"), required: true)
    static let file = CommandArgument<FilePath>.positional(
        "file", help: LocalizedText(zh: "CSV 文件", en: "CSV file"), required: true,
        accepted: L(.outreachAcceptedImport))
    static let dryRun = CommandArgument<Bool>.key(
        "dry-run", aliases: ["预览"], help: LocalizedText(zh: "只预览，不写入", en: "preview only"))
    static let skipBad = CommandArgument<Bool>.key(
        "skip-bad", aliases: ["跳过错误"], help: LocalizedText(zh: "跳过有错的行，导入其余", en: "skip wrong rows, import the rest"))

    package init() {}

    static let aliases: [String: [String]] = [
        "name": ["name", "姓名", "名字"], "phone": ["phone", "电话", "手机", "手机号", "联系电话"],
        "org": ["org", "organisation", "organization", "单位", "工作单位"],
        "skills": ["skills", "技能", "特长"], "id_number": ["id_number", "身份证号", "身份证", "证件号码"],
        "consent": ["consent", "同意", "授权"],
        "session": ["session", "活动编号", "活动"], "person": ["person", "人员编号"], "role": ["role", "角色"],
        "hours": ["hours", "时长", "服务时长"],
    ]

    struct RowError {
        var row: Int
        var field: String
        var reason: String
    }

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let isPeople = try invocation.required(Self.kind) == .people
        let dryRun = try invocation.value(Self.dryRun) ?? false
        let skipBad = try invocation.value(Self.skipBad) ?? false
        let table = try CSVImportReader.read(path: try invocation.required(Self.file).path)
        func column(_ key: String) -> Int? {
            table.headers.firstIndex { Self.aliases[key, default: [key]].contains($0) }
        }
        guard column("name") != nil || (!isPeople && column("person") != nil) else {
            throw CommandFailure.missing(field: "name", accepted: L(.outreachImportHeaders))
        }
        let store = try await context.outreachStore()
        let state = store.state
        var errors: [RowError] = []
        var people: [Person] = []
        var parts:
            [(
                session: String, personID: String?, name: String, phone: String?, role: ParticipationRole,
                hours: Double?
            )] = []
        let now = context.stamp
        for problem in table.problems {
            errors.append(RowError(row: problem.line, field: "csv", reason: problem.message.text(lang)))
        }
        let existingByPhone = Dictionary(
            state.people.values.filter { $0.mergedInto == nil && $0.phone != nil }.map { ($0.phone ?? "", $0) },
            uniquingKeysWith: { a, b in a.id < b.id ? a : b })
        let existingByID = Dictionary(
            state.people.values.filter { $0.mergedInto == nil && $0.idNumber != nil }.map { ($0.idNumber ?? "", $0) },
            uniquingKeysWith: { a, b in a.id < b.id ? a : b })
        var phoneRows: [String: Int] = [:]
        var idRows: [String: Int] = [:]
        /// An identifier seen earlier in the file or held by someone in the store: a wrong row.
        func checkUnique(
            _ value: String, shown: String, field: String, row rowNumber: Int, seen: inout [String: Int],
            existing: [String: Person]
        ) {
            if let first = seen[value] {
                errors.append(
                    RowError(
                        row: rowNumber, field: field,
                        reason: L(.outreachImportDuplicateInFile, ["value": shown, "row": String(first)]).text(lang))
                )
            } else if let other = existing[value] {
                errors.append(
                    RowError(
                        row: rowNumber, field: field,
                        reason: L(
                            .outreachImportDuplicateInStore, ["value": shown, "name": other.name, "id": other.id]
                        )
                        .text(lang)))
            }
            seen[value] = seen[value] ?? rowNumber
        }
        var pairRows: [String: Int] = [:]
        for (i, row) in table.rows.enumerated() {
            let rowNumber = i < table.rowLines.count ? table.rowLines[i] : i + 2
            if i % 500 == 0 { context.progress?.update(label: "import", done: i, total: table.rows.count) }
            func value(_ key: String) -> String { column(key).flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            func check<T>(_ field: String, _ body: () throws -> T) -> T? {
                do { return try body() } catch {
                    if let failure = CommandFailure.presentable(error) {
                        errors.append(RowError(row: rowNumber, field: field, reason: failure.message.text(lang)))
                    }
                    return nil
                }
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let before = errors.count
            let phone = check("phone") { try FieldValidator.phone("phone", value("phone")) } ?? nil
            if isPeople {
                let name = check("name") { try FieldValidator.name("name", value("name")) }
                let org = check("org") { try FieldValidator.text("org", value("org"), maxLength: 100) } ?? nil
                let idn = check("id_number") { try FieldValidator.idNumber("id_number", value("id_number")) } ?? nil
                let consent =
                    check("consent") { try FieldValidator.text("consent", value("consent"), maxLength: 200) } ?? nil
                if idn != nil, consent == nil {
                    errors.append(
                        RowError(
                            row: rowNumber, field: "id_number", reason: L(.outreachImportIdNeedsConsent).text(lang)))
                }
                if let phone {
                    checkUnique(
                        phone, shown: phone, field: "phone", row: rowNumber, seen: &phoneRows, existing: existingByPhone
                    )
                }
                if let idn {
                    checkUnique(
                        idn, shown: ResidentIDNumber.mask(idn), field: "id_number", row: rowNumber, seen: &idRows,
                        existing: existingByID)
                }
                if errors.count == before, let name {
                    people.append(
                        Person(
                            id: "", name: name, phone: phone, organisation: org,
                            skills: SessionInput.list(value("skills")), registered: now, consent: consent, idNumber: idn
                        ))
                }
            } else {
                let session = check("session") { () throws -> Session in
                    let s = try Outreach.session(value("session"), in: state, field: "session")
                    guard s.status != .cancelled else {
                        throw CommandFailure(
                            code: "session.cancelled", message: L(.outreachLogCancelled, ["id": s.id]), field: "session"
                        )
                    }
                    return s
                }
                let personID =
                    value("person").isEmpty
                    ? nil
                    : check("person") { () throws -> String in
                        guard let p = state.people[value("person")] else {
                            throw CommandFailure(
                                code: "person.unknown",
                                message: L(.outreachUnknownPerson, ["person": value("person")]), field: "person")
                        }
                        // A duplicate's id (a sheet printed before a merge) means the person kept.
                        return RecordLookup.current(p, in: state).id
                    }
                let name =
                    personID != nil ? "" : (check("name") { try FieldValidator.name("name", value("name")) } ?? "")
                let role =
                    value("role").isEmpty
                    ? .volunteer
                    : check("role") { () throws -> ParticipationRole in
                        guard let r = ParticipationRole(argument: value("role")) else {
                            throw CommandFailure.invalidValue(
                                field: "role", value: value("role"), accepted: L(.outreachAcceptedRole))
                        }
                        return r
                    } ?? .volunteer
                let hours =
                    value("hours").isEmpty ? nil : check("hours") { try FieldValidator.hours("hours", value("hours")) }
                if errors.count == before, let phone, personID == nil, let other = existingByPhone[phone],
                    other.name != name
                {
                    errors.append(
                        RowError(
                            row: rowNumber, field: "phone",
                            reason: L(
                                .outreachImportPhoneOtherName, ["phone": phone, "name": other.name, "id": other.id]
                            ).text(lang)))
                }
                if errors.count == before, let session {
                    let known = Self.knownPerson(id: personID, name: name, phone: phone, in: state)
                    if personID == nil,
                        state.people.values.filter({ $0.name == name && $0.mergedInto == nil }).count > 1
                            && phone == nil
                    {
                        errors.append(
                            RowError(
                                row: rowNumber, field: "name",
                                reason: L(.outreachImportAmbiguousName, ["name": name]).text(lang)))
                    } else if let known,
                        state.participation(ParticipationKey(session: session.id, person: known)) != nil
                    {
                        // Writing the row again would undo what was recorded since (a no-show, a rating).
                        errors.append(
                            RowError(
                                row: rowNumber, field: personID != nil ? "person" : "name",
                                reason: L(.outreachAlreadyLogged, ["name": state.people[known]?.name ?? name]).text(
                                    lang)))
                    } else {
                        // One person twice (by id on one row, by phone on another) is one row too many.
                        let who = known ?? (phone.map { "tel:" + $0 } ?? "name:" + name)
                        let pair = session.id + "|" + who
                        if let first = pairRows[pair] {
                            errors.append(
                                RowError(
                                    row: rowNumber, field: personID != nil ? "person" : "name",
                                    reason: L(.outreachImportDuplicateRow, ["row": String(first)]).text(lang)))
                        } else {
                            pairRows[pair] = rowNumber
                            parts.append((session.id, personID, name, phone, role, hours))
                        }
                    }
                }
            }
        }
        context.progress?.finish()
        errors.sort { $0.row < $1.row }
        // Rows, not problems: a row can be wrong in more than one field.
        let badRowCount = Set(errors.map(\.row)).count
        let badRows = String(badRowCount)
        let good = isPeople ? people.count : parts.count
        let newcomers = Self.newcomers(isPeople: isPeople, people: people, parts: parts, state: state)
        var blocks: [OutputBlock] = []
        var warnings: [LocalizedText] = table.convertedFromGB18030 ? [L(.outreachImportConverted)] : []
        if !errors.isEmpty {
            let headers = [MessageKey.fieldRow, .fieldField, .fieldReason].map { L($0).text(lang) }
            let report = TextTable(
                headers: headers,
                rows: errors.prefix(200).map {
                    [StyledText(String($0.row)), StyledText($0.field), StyledText($0.reason)]
                }, alignments: [.right, .left, .left])
            if !skipBad && !dryRun {
                let lines = errors.prefix(20).map { "\(L(.fieldRow).text(lang)) \($0.row) \($0.field): \($0.reason)" }
                    .joined(separator: "\n")
                throw CommandFailure(
                    code: "import.badRows",
                    message: L(.outreachImportRefused, ["count": badRows]).joined(
                        with: LocalizedText(verbatim: "\n" + lines)), field: errors[0].field)
            }
            blocks.append(.table(report))
        }
        let errorsJSON = JSONValue.array(
            errors.map { .obj([("row", .int($0.row)), ("field", .string($0.field)), ("reason", .string($0.reason))]) })
        if dryRun {
            blocks.insert(
                .paragraph(
                    StyledText(
                        L(.outreachImportPreview, ["good": String(good), "bad": badRows]).text(lang),
                        .accent)), at: 0)
            blocks += Self.newcomerBlocks(
                newcomers.map { ($0.name, $0.phone, nil) }, key: .outreachImportWouldCreate, lang: lang)
            return CommandOutput(
                blocks: blocks,
                json: .obj([
                    ("dry_run", true), ("would_import", .int(good)), ("errors", errorsJSON),
                    (
                        "would_create",
                        .array(
                            newcomers.map {
                                .obj([("name", .string($0.name)), ("phone", $0.phone.map { .string($0) })])
                            })
                    ),
                ]), warnings: warnings)
        }
        let known = Set(state.people.keys)
        // The snapshot ends here, so the commit below changes the store's only copy of the records.
        _ = consume state
        let commit = try await context.commitOutreach(store, command: "import") { state in
            var ops: [StoreOperation] = []
            var taken = Set(state.people.keys)
            if isPeople {
                for var p in people {
                    p.id = OutreachID.make(.person) { taken.contains($0) }
                    taken.insert(p.id)
                    ops.append(.putPerson(p))
                }
            } else {
                var created: [String: String] = [:]
                // Places held per session, so a full session waitlists the rest in row order.
                var places: [String: Int] = [:]
                for part in parts {
                    guard let s = state.sessions[part.session], s.status != .cancelled else { continue }
                    let pid =
                        Self.knownPerson(id: part.personID, name: part.name, phone: part.phone, in: state)
                        ?? created[part.name + "|" + (part.phone ?? "")]
                    // Logged from another window since the rows were checked: keep what it recorded.
                    if let pid, state.participation(ParticipationKey(session: s.id, person: pid)) != nil { continue }
                    let person: String
                    if let pid {
                        person = pid
                    } else {
                        let id = OutreachID.make(.person) { taken.contains($0) }
                        taken.insert(id)
                        created[part.name + "|" + (part.phone ?? "")] = id
                        ops.append(.putPerson(Person(id: id, name: part.name, phone: part.phone, registered: now)))
                        person = id
                    }
                    let held = places[s.id] ?? Waitlist.placesTaken(state.participations(session: s.id))
                    let status = Waitlist.status(forNewEntryIn: s, placesTaken: held, at: now)
                    places[s.id] = held + (status.holdsPlace ? 1 : 0)
                    ops.append(
                        .putParticipation(
                            Participation(
                                session: s.id, person: person, role: part.role, status: status,
                                scheduledHours: s.hours, actualHours: part.hours, logged: now)))
                }
            }
            return ops
        }
        warnings += store.drainWarnings()
        let created: [Person] = (commit?.operations ?? []).compactMap { op in
            if case .putPerson(let p) = op, !known.contains(p.id) { return p }
            return nil
        }
        blocks.insert(
            .paragraph(
                StyledText(
                    L(.outreachImportDone, ["good": String(good), "bad": badRows]).text(lang), .success)
            ), at: 0)
        blocks += Self.newcomerBlocks(
            created.map { ($0.name, $0.phone, $0.id) }, key: .outreachImportCreated, lang: lang)
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("saved", .bool(commit != nil)), Outreach.saved(commit), ("imported", .int(good)),
                ("skipped", .int(badRowCount)), ("errors", errorsJSON),
                (
                    "created",
                    .array(
                        created.map {
                            .obj([
                                ("id", .string($0.id)), ("name", .string($0.name)),
                                ("phone", $0.phone.map { .string($0) }),
                            ])
                        })
                ),
            ]), warnings: warnings)
    }

    /// Who a row means among the people already in `state`: the person id it gives, else the
    /// one holding its phone, else someone of its name — without a phone, when the row has one:
    /// the same name with another phone is another person (a phone is who someone is). Nil when
    /// the row is someone new.
    static func knownPerson(id: String?, name: String, phone: String?, in state: OutreachState) -> String? {
        if let id { return id }
        if let phone, let p = state.people.values.first(where: { $0.phone == phone && $0.mergedInto == nil }) {
            return p.id
        }
        return state.people.values.first {
            $0.name == name && $0.mergedInto == nil && (phone == nil || $0.phone == nil)
        }?.id
    }

    /// The people an import would create: every row of a people file; for participation, each
    /// name (and phone) that matches nobody in the store, once.
    static func newcomers(
        isPeople: Bool, people: [Person],
        parts: [(
            session: String, personID: String?, name: String, phone: String?, role: ParticipationRole, hours: Double?
        )], state: OutreachState
    ) -> [(name: String, phone: String?)] {
        if isPeople { return people.map { ($0.name, $0.phone) } }
        var seen: Set<String> = []
        var out: [(name: String, phone: String?)] = []
        for part in parts where part.personID == nil {
            if let phone = part.phone,
                state.people.values.contains(where: { $0.phone == phone && $0.mergedInto == nil })
            {
                continue
            }
            if part.phone == nil, state.people.values.contains(where: { $0.name == part.name && $0.mergedInto == nil })
            {
                continue
            }
            if part.phone != nil,
                state.people.values.contains(where: { $0.name == part.name && $0.mergedInto == nil && $0.phone == nil })
            {
                continue
            }
            if seen.insert(part.name + "|" + (part.phone ?? "")).inserted { out.append((part.name, part.phone)) }
        }
        return out
    }

    static func newcomerBlocks(_ list: [(String, String?, String?)], key: MessageKey, lang: Language) -> [OutputBlock] {
        guard !list.isEmpty else { return [] }
        return [
            .paragraph(StyledText(L(key, ["count": String(list.count)]).text(lang), .accent)),
            .list(
                list.map { name, phone, id in StyledText([id, name, phone].compactMap { $0 }.joined(separator: "  ")) }),
        ]
    }
}

/// What `/import` reads: people, or participation rows.
enum ImportKind: String, ArgumentChoice {
    case people, participation

    init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "people", "人员": self = .people
        case "participation", "参与": self = .participation
        default: return nil
        }
    }

    var label: LocalizedText {
        self == .people ? LocalizedText(zh: "人员", en: "people") : LocalizedText(zh: "参与记录", en: "participation")
    }

    static var acceptedValues: LocalizedText { L(.outreachAcceptedImport) }
}
