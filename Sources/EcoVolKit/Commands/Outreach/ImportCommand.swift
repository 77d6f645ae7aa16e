import Foundation

/// `/import people|participation FILE.csv [dry-run=yes] [skip-bad=yes]`: brings in people or
/// attendance kept in spreadsheets. Every row is checked first; if any is wrong nothing is
/// imported (unless asked to skip bad rows) and the report names row, field and reason.
public struct ImportCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "import",
        aliases: ["导入"],
        group: .people,
        summary: LocalizedText(zh: "从 CSV 导入人员或参与记录", en: "Import people or participation from CSV"),
        usage: "/import people|participation FILE.csv [dry-run=yes] [skip-bad=yes]",
        examples: ["/import people volunteers.csv dry-run=yes", "/导入 participation 签到表.csv skip-bad=yes"],
        discussion: LocalizedText(
            zh: "人员表列：姓名/name、电话/phone、单位/org、技能/skills、身份证号/id_number、同意/consent。参与表列：活动编号/session、姓名/name 或 人员编号/person、电话/phone、角色/role、时长/hours。",
            en: "People columns: name, phone, org, skills, id_number, consent (Chinese headers work too). Participation columns: session, name or person, phone, role, hours."),
        positionals: [
            ArgumentSpec("kind", help: LocalizedText(zh: "people 或 participation", en: "people or participation"), completion: .values(["people", "participation"]), required: true),
            ArgumentSpec("file", help: LocalizedText(zh: "CSV 文件", en: "CSV file"), completion: .files, required: true),
        ],
        keys: [
            ArgumentSpec("dry-run", aliases: ["预览"], help: LocalizedText(zh: "只预览，不写入", en: "preview only"), completion: .values(["yes", "no"])),
            ArgumentSpec("skip-bad", aliases: ["跳过错误"], help: LocalizedText(zh: "跳过有错的行，导入其余", en: "skip wrong rows, import the rest"), completion: .values(["yes", "no"])),
        ]
    )

    public init() {}

    static let aliases: [String: [String]] = [
        "name": ["name", "姓名", "名字"], "phone": ["phone", "电话", "手机", "手机号", "联系电话"], "org": ["org", "organisation", "organization", "单位", "工作单位"],
        "skills": ["skills", "技能", "特长"], "id_number": ["id_number", "身份证号", "身份证", "证件号码"], "consent": ["consent", "同意", "授权"],
        "session": ["session", "活动编号", "活动"], "person": ["person", "人员编号"], "role": ["role", "角色"], "hours": ["hours", "时长", "服务时长"],
    ]

    struct RowError { var row: Int; var field: String; var reason: String }

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        guard invocation.positionals.count == 2 else { throw CommandFailure.missing(field: invocation.positionals.isEmpty ? "kind" : "file", accepted: L("outreach.accepted.import")) }
        let kind = invocation.positionals[0].text.lowercased()
        guard ["people", "participation", "人员", "参与"].contains(kind) else { throw CommandFailure.invalidValue(field: "kind", value: kind, accepted: L("outreach.accepted.import")) }
        let isPeople = kind == "people" || kind == "人员"
        let dryRun = try invocation.bool("dry-run") ?? false
        let skipBad = try invocation.bool("skip-bad") ?? false
        let table = try CSVImportReader.read(path: invocation.positionals[1].text)
        func column(_ key: String) -> Int? { table.headers.firstIndex { Self.aliases[key]!.contains($0) } }
        guard column("name") != nil || (!isPeople && column("person") != nil) else {
            throw CommandFailure.missing(field: "name", accepted: L("outreach.import.headers"))
        }
        let store = try await context.outreachStore()
        let state = store.state
        var errors: [RowError] = []
        var people: [Person] = []
        var parts: [(session: String, personID: String?, name: String, phone: String?, role: ParticipationRole, hours: Double?)] = []
        let now = context.stamp
        for (i, row) in table.rows.enumerated() {
            let rowNumber = i + 2
            if i % 500 == 0 { context.progress?.update(label: "import", done: i, total: table.rows.count) }
            func value(_ key: String) -> String { column(key).flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
            func check<T>(_ field: String, _ body: () throws -> T) -> T? {
                do { return try body() } catch let e as any EcoVolError { errors.append(RowError(row: rowNumber, field: field, reason: e.message.text(lang))); return nil } catch { return nil }
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let before = errors.count
            let phone = check("phone") { try FieldValidator.phone("phone", value("phone")) } ?? nil
            if isPeople {
                let name = check("name") { try FieldValidator.name("name", value("name")) }
                let org = check("org") { try FieldValidator.text("org", value("org"), maxLength: 100) } ?? nil
                let idn = check("id_number") { try FieldValidator.idNumber("id_number", value("id_number")) } ?? nil
                let consent = check("consent") { try FieldValidator.text("consent", value("consent"), maxLength: 200) } ?? nil
                if idn != nil, consent == nil { errors.append(RowError(row: rowNumber, field: "id_number", reason: L("outreach.import.idNeedsConsent").text(lang))) }
                if errors.count == before, let name {
                    people.append(Person(id: "", name: name, phone: phone, organisation: org, skills: SessionInput.list(value("skills")), registered: now, consent: consent, idNumber: idn))
                }
            } else {
                let session = check("session") { try Outreach.session(value("session"), in: state, field: "session") }
                let personID = value("person").isEmpty ? nil : check("person") { () throws -> String in
                    guard let p = state.people[value("person")] else { throw CommandFailure(code: "person.unknown", message: L("outreach.unknownPerson", ["person": value("person")]), field: "person") }
                    return p.id
                }
                let name = personID != nil ? "" : (check("name") { try FieldValidator.name("name", value("name")) } ?? "")
                let role = value("role").isEmpty ? .volunteer : check("role") { () throws -> ParticipationRole in
                    guard let r = ParticipationRole(argument: value("role")) else { throw CommandFailure.invalidValue(field: "role", value: value("role"), accepted: L("outreach.accepted.role")) }
                    return r
                } ?? .volunteer
                let hours = value("hours").isEmpty ? nil : check("hours") { try FieldValidator.hours("hours", value("hours")) }
                if errors.count == before, let session {
                    if personID == nil, state.people.values.filter({ $0.name == name && $0.mergedInto == nil }).count > 1 && phone == nil {
                        errors.append(RowError(row: rowNumber, field: "name", reason: L("outreach.import.ambiguousName", ["name": name]).text(lang)))
                    } else {
                        parts.append((session.id, personID, name, phone, role, hours))
                    }
                }
            }
        }
        context.progress?.finish()
        let good = isPeople ? people.count : parts.count
        var blocks: [OutputBlock] = []
        var warnings: [LocalizedText] = table.convertedFromGB18030 ? [L("outreach.import.converted")] : []
        if !errors.isEmpty {
            let headers = ["row", "field", "reason"].map { L("field." + $0).text(lang) }
            let report = TextTable(headers: headers, rows: errors.prefix(200).map { [StyledText(String($0.row)), StyledText($0.field), StyledText($0.reason)] }, alignments: [.right, .left, .left])
            if !skipBad && !dryRun {
                let lines = errors.prefix(20).map { "\(L("field.row").text(lang)) \($0.row) \($0.field): \($0.reason)" }.joined(separator: "\n")
                throw CommandFailure(code: "import.badRows", message: L("outreach.import.refused", ["count": String(errors.count)]).joined(with: LocalizedText(verbatim: "\n" + lines)), field: errors[0].field)
            }
            blocks.append(.table(report))
        }
        if dryRun {
            blocks.insert(.paragraph(StyledText(L("outreach.import.preview", ["good": String(good), "bad": String(errors.count)]).text(lang), .accent)), at: 0)
            return CommandOutput(blocks: blocks, json: .obj([("dry_run", true), ("would_import", .int(good)), ("errors", .array(errors.map { .obj([("row", .int($0.row)), ("field", .string($0.field)), ("reason", .string($0.reason))]) }))]), warnings: warnings)
        }
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
                for part in parts {
                    guard let s = state.sessions[part.session] else { continue }
                    var pid = part.personID
                    if pid == nil, let phone = part.phone { pid = state.people.values.first { $0.phone == phone && $0.mergedInto == nil }?.id }
                    if pid == nil { pid = state.people.values.first { $0.name == part.name && $0.mergedInto == nil }?.id ?? created[part.name] }
                    if pid == nil {
                        let id = OutreachID.make(.person) { taken.contains($0) }
                        taken.insert(id)
                        created[part.name] = id
                        ops.append(.putPerson(Person(id: id, name: part.name, phone: part.phone, registered: now)))
                        pid = id
                    }
                    ops.append(.putParticipation(Participation(session: s.id, person: pid!, role: part.role, status: s.start <= now || s.status == .done ? .attended : .signedUp,
                                                               scheduledHours: s.hours, actualHours: part.hours, logged: now)))
                }
            }
            return ops
        }
        warnings += store.drainWarnings()
        blocks.insert(.paragraph(StyledText(L("outreach.import.done", ["good": String(good), "bad": String(errors.count)]).text(lang), .success)), at: 0)
        return CommandOutput(blocks: blocks, json: .obj([("saved", .bool(commit != nil)), Outreach.saved(commit), ("imported", .int(good)), ("skipped", .int(errors.count))]), warnings: warnings)
    }
}
