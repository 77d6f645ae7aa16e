import Foundation

/// The `key=value` fields of a session, shared by `/schedule` and `/edit` so both accept and
/// check exactly the same things.
enum SessionInput {
    static func spec(_ name: String, _ aliases: [String], _ zh: String, _ en: String, _ completion: Completion = .none)
        -> ArgumentSpec
    {
        ArgumentSpec(name, aliases: aliases, help: LocalizedText(zh: zh, en: en), completion: completion)
    }

    static let keys: [ArgumentSpec] = [
        spec("title", ["标题", "主题", "name"], "活动名称", "session title"),
        spec(
            "type", ["类型"], "服务类型：lecture education supervision practice training",
            "service type: lecture education supervision practice training", .serviceTypes),
        spec(
            "level", ["培训层级"], "培训层级：basic skills backbone（仅 training）",
            "training level: basic skills backbone (training only)", .trainingLevels),
        spec(
            "start", ["date", "time", "开始", "时间"], "开始时间，如 2026-06-05 09:30、明天 14:00、下周三 9:30",
            "start, e.g. 2026-06-05 09:30, tomorrow 14:00, next Wednesday 9:30", .dateExamples),
        spec("end", ["结束"], "结束时间（或只写时刻，如 11:30）", "end (or just a time, e.g. 11:30)"),
        spec("duration", ["时长", "dur"], "时长，如 2h、90分钟、1.5小时", "length, e.g. 2h, 90min, 1.5h", .durationExamples),
        spec("venue", ["地点", "place"], "地点", "venue"),
        spec("city", ["城市", "市州"], "市州，如 贵阳、黔东南", "city, e.g. Guiyang, Qiandongnan (or qdn)", .cities),
        spec("county", ["区县"], "区县", "county or district"),
        spec(
            "audience", ["对象", "进"], "对象：family community school enterprise agency village",
            "audience: family community school enterprise agency village", .audiences),
        spec("project", ["项目"], "所属项目（项目库编号）", "project (id from /projects)", .projects),
        spec("capacity", ["名额", "人数上限"], "志愿者名额", "volunteer places"),
        spec("lecturer", ["讲师", "lecturers"], "讲师，多人用逗号分隔", "lecturer(s), comma-separated", .people),
        spec("organiser", ["organizer", "主办", "组织单位"], "组织单位", "organiser"),
        spec("leader", ["负责人"], "负责人", "person in charge"),
        spec("recorder", ["记录人"], "记录人", "recorder"),
        spec(
            "support", ["保障"], "保障：insurance transport meals（逗号分隔）",
            "support: insurance transport meals (comma-separated)", .supportKinds),
        spec("notes", ["备注", "note"], "备注", "notes"),
        spec("zone", ["时区"], "时区（默认 Asia/Shanghai）", "IANA time zone (default Asia/Shanghai)"),
        spec(
            "past", ["补录"], "past=yes：补录已经过去的活动", "past=yes: back-fill a session that already took place",
            .values(["yes"])),
        spec(
            "overnight", ["跨夜"], "overnight=yes：结束时间在次日", "overnight=yes: the end is on the next day", .values(["yes"])),
        spec(
            "long", ["超长"], "long=yes：确认超过 12 小时的活动", "long=yes: confirm a session longer than 12 hours",
            .values(["yes"])),
    ]

    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { ",，、;；".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    /// Applies `values` to `s`. Returns warnings (an unknown city) — invalid values throw.
    @MainActor static func apply(
        _ values: [String: String], to s: inout Session, context: CommandContext, state: OutreachState, isNew: Bool
    ) throws -> [LocalizedText] {
        var warnings: [LocalizedText] = []
        if let z = values["zone"] {
            guard TimeZone(identifier: z) != nil else {
                throw CommandFailure.invalidValue(field: "zone", value: z, accepted: L("outreach.accepted.zone"))
            }
            s.timeZone = z
        }
        let parser = DateTimeParser(now: context.now(), timeZone: s.zone)
        if let v = values["title"] { s.title = try FieldValidator.requiredText("title", v, maxLength: 100) }
        if let v = values["type"] {
            guard let t = ServiceType(argument: v) else {
                throw CommandFailure.invalidValue(
                    field: "type", value: v, accepted: L("outreach.accepted.type", ["types": ServiceType.acceptedText]))
            }
            s.type = t
            if t != .training { s.trainingLevel = nil }
        }
        if let v = values["level"] {
            guard let l = TrainingLevel(argument: v) else {
                throw CommandFailure.invalidValue(field: "level", value: v, accepted: L("outreach.accepted.level"))
            }
            guard s.type == .training else {
                throw CommandFailure.invalidValue(
                    field: "level", value: v, accepted: L("outreach.accepted.levelOnlyTraining"))
            }
            s.trainingLevel = l
        }
        let oldLength = s.end.timeIntervalSince(s.start)
        let rules = try SessionTimeRules(values)
        if let v = values["start"] {
            let m = try moment("start", v, parser)
            guard m.hasTime else {
                throw CommandFailure.invalidValue(
                    field: "start", value: v, accepted: L("outreach.accepted.startNeedsTime"))
            }
            warnings += try rules.checkStart(m, text: v, now: parser.now, zone: s.zone)
            s.start = m.date
            if values["end"] == nil, values["duration"] == nil { s.end = s.start.addingTimeInterval(oldLength) }
        }
        if let v = values["duration"] {
            guard values["end"] == nil else {
                throw CommandFailure(
                    code: "value.conflict", message: L("outreach.endAndDuration"), field: "duration", usage: true)
            }
            let h = try FieldValidator.hours("duration", v)
            s.end = s.start.addingTimeInterval(h * 3600)
        }
        if let v = values["end"] {
            if let t = try timeOnly("end", v, parser) {
                s.end = try rules.end(hour: t.hour, minute: t.minute, text: v, start: s.start, zone: s.zone)
            } else {
                let m = try moment("end", v, parser)
                s.end = m.date
            }
        }
        if values["start"] != nil || values["end"] != nil || values["duration"] != nil {
            try rules.checkLength(
                start: s.start, end: s.end,
                field: values["end"] != nil ? "end" : (values["duration"] != nil ? "duration" : "start"),
                text: values["end"] ?? values["duration"] ?? values["start"] ?? "")
        }
        if let v = values["venue"] { s.venue = try FieldValidator.text("venue", v, maxLength: 100) }
        if let v = values["city"] {
            let c = try FieldValidator.city("city", v)
            s.city = c.name
            if !c.known { warnings.append(L("outreach.unknownCity", ["city": c.name, "cities": City.acceptedText])) }
        }
        if let v = values["county"] { s.county = try FieldValidator.text("county", v, maxLength: 40) }
        if let v = values["audience"] {
            if v.trimmingCharacters(in: .whitespaces).isEmpty {
                s.audience = nil
            } else {
                guard let a = Audience(argument: v) else {
                    throw CommandFailure.invalidValue(
                        field: "audience", value: v,
                        accepted: L("outreach.accepted.audience", ["audiences": Audience.acceptedText]))
                }
                s.audience = a
            }
        }
        if let v = values["project"] {
            let id = v.trimmingCharacters(in: .whitespaces)
            if id.isEmpty {
                s.project = nil
            } else {
                guard
                    let p = state.project(id) ?? state.projects.first(where: { $0.name == id || $0.name.contains(id) })
                else {
                    throw CommandFailure.invalidValue(
                        field: "project", value: v,
                        accepted: L(
                            "outreach.accepted.project", ["ids": state.projects.map(\.id).joined(separator: " ")]))
                }
                s.project = p.id
            }
        }
        if let v = values["capacity"] {
            if v.trimmingCharacters(in: .whitespaces).isEmpty {
                s.capacity = nil
            } else {
                guard let n = Int(NumberText.halfWidth(v).trimmingCharacters(in: .whitespaces)),
                    (1...10_000).contains(n)
                else {
                    throw CommandFailure.invalidValue(
                        field: "capacity", value: v, accepted: L("arg.integerRange", ["min": "1", "max": "10000"]))
                }
                s.capacity = n
            }
        }
        if let v = values["lecturer"] {
            s.lecturers = try list(v).map { try FieldValidator.name("lecturer", $0) }
        }
        if let v = values["organiser"] { s.organiser = try FieldValidator.text("organiser", v, maxLength: 100) }
        if let v = values["leader"] { s.leader = try FieldValidator.text("leader", v, maxLength: 40) }
        if let v = values["recorder"] { s.recorder = try FieldValidator.text("recorder", v, maxLength: 40) }
        if let v = values["support"] {
            s.support = try list(v).map { item in
                guard let k = SupportKind(argument: item) else {
                    throw CommandFailure.invalidValue(
                        field: "support", value: item, accepted: L("outreach.accepted.support"))
                }
                return k
            }
        }
        if let v = values["notes"] { s.notes = try FieldValidator.text("notes", v, maxLength: 1000) }
        return warnings
    }

    static func moment(_ field: String, _ text: String, _ parser: DateTimeParser) throws -> ParsedMoment {
        do {
            return try parser.parse(text)
        } catch {
            throw dateFailure(field, text, error)
        }
    }

    static func timeOnly(_ field: String, _ text: String, _ parser: DateTimeParser) throws -> (hour: Int, minute: Int)?
    {
        do {
            return try parser.parseTimeOnly(text)
        } catch {
            throw dateFailure(field, text, error)
        }
    }

    static func dateFailure(_ field: String, _ text: String, _ problem: DateTimeProblem) -> CommandFailure {
        switch problem {
        case .impossibleDate(let d):
            return CommandFailure.invalidValue(
                field: field, value: text, accepted: L("outreach.accepted.impossibleDate", ["date": d]))
        case .impossibleTime(let t):
            return CommandFailure.invalidValue(
                field: field, value: text, accepted: L("outreach.accepted.impossibleTime", ["time": t]))
        case .unrecognised:
            return CommandFailure.invalidValue(field: field, value: text, accepted: L("outreach.accepted.date"))
        case .yearOutOfRange(let y):
            return CommandFailure.invalidValue(
                field: field, value: text, accepted: L("rules.accepted.year", ["year": String(y)]))
        }
    }

    /// Warnings for a venue or lecturer already booked at an overlapping time.
    static func doubleBookings(_ s: Session, state: OutreachState) -> [LocalizedText] {
        var warnings: [LocalizedText] = []
        for other in state.sessions.values where other.id != s.id && other.status != .cancelled && other.overlaps(s) {
            if let v = s.venue, let w = other.venue, v.lowercased() == w.lowercased() {
                warnings.append(L("outreach.venueBooked", ["venue": v, "id": other.id, "title": other.title]))
            }
            for l in s.lecturers where other.lecturers.contains(l) {
                warnings.append(L("outreach.lecturerBooked", ["lecturer": l, "id": other.id, "title": other.title]))
            }
        }
        return warnings
    }
}
