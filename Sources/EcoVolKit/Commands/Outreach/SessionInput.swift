import Foundation

/// The `key=value` fields of a session, shared by `/schedule` and `/edit` so both accept and
/// check exactly the same things.
enum SessionInput {
    static func key<V: ArgumentValue>(
        _ type: V.Type, _ name: String, _ aliases: [String], _ zh: String, _ en: String,
        _ completion: Completion? = nil,
        accepted: LocalizedText? = nil
    ) -> ArgumentSpec {
        CommandArgument<V>.key(
            name, aliases: aliases, help: LocalizedText(zh: zh, en: en), completion: completion, accepted: accepted
        ).spec
    }

    /// The confirmations a refusal asks for (`past=yes`), read like every yes/no answer.
    static func confirmation(_ name: String, _ aliases: [String], _ zh: String, _ en: String) -> ArgumentSpec {
        key(Bool.self, name, aliases, zh, en, .values(["yes"]), accepted: L(.rulesAcceptedYesNo))
    }

    static let keys: [ArgumentSpec] = [
        key(String.self, "title", ["标题", "主题", "name"], "活动名称", "session title"),
        key(ServiceType.self, "type", ["类型"], "服务类型", "service type"),
        key(TrainingLevel.self, "level", ["培训层级"], "培训层级（仅 training）", "training level (training only)"),
        key(
            DateTimeText.self, "start", ["date", "time", "开始", "时间"], "开始时间，如 2026-06-05 09:30、明天 14:00、下周三 9:30",
            "start, e.g. 2026-06-05 09:30, tomorrow 14:00, next Wednesday 9:30"),
        key(
            String.self, "end", ["结束"], "结束时间（或只写时刻，如 11:30）", "end (or just a time, e.g. 11:30)",
            accepted: L(.outreachAcceptedDate)),
        key(HoursArgument.self, "duration", ["时长", "dur"], "时长，如 2h、90分钟、1.5小时", "length, e.g. 2h, 90min, 1.5h"),
        key(String.self, "venue", ["地点", "place"], "地点", "venue"),
        key(CityName.self, "city", ["城市", "市州"], "市州，如 贵阳、黔东南", "city, e.g. Guiyang, Qiandongnan (or qdn)"),
        key(String.self, "county", ["区县"], "区县", "county or district"),
        key(Audience.self, "audience", ["对象", "进"], "对象", "audience"),
        key(String.self, "project", ["项目"], "所属项目（项目库编号）", "project (id from /projects)", .projects),
        CommandArgument<Int>.key(
            "capacity", aliases: ["名额", "人数上限"], help: LocalizedText(zh: "志愿者名额", en: "volunteer places"),
            in: 1...10_000
        ).spec,
        key(String.self, "lecturer", ["讲师", "lecturers"], "讲师，多人用逗号分隔", "lecturer(s), comma-separated", .people),
        key(String.self, "organiser", ["organizer", "主办", "组织单位"], "组织单位", "organiser"),
        key(String.self, "leader", ["负责人"], "负责人", "person in charge"),
        key(String.self, "recorder", ["记录人"], "记录人", "recorder"),
        key(
            String.self, "support", ["保障"], "保障（逗号分隔）", "support (comma-separated)", SupportKind.completion,
            accepted: SupportKind.acceptedValues),
        key(String.self, "notes", ["备注", "note"], "备注", "notes"),
        key(ZoneArgument.self, "zone", ["时区"], "时区（默认 Asia/Shanghai）", "IANA time zone (default Asia/Shanghai)"),
        confirmation("past", ["补录"], "past=yes：补录已经过去的活动", "past=yes: back-fill a session that already took place"),
        confirmation("overnight", ["跨夜"], "overnight=yes：结束时间在次日", "overnight=yes: the end is on the next day"),
        confirmation("long", ["超长"], "long=yes：确认超过 12 小时的活动", "long=yes: confirm a session longer than 12 hours"),
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
                throw CommandFailure.invalidValue(field: "zone", value: z, accepted: L(.outreachAcceptedZone))
            }
            s.timeZone = z
        }
        let parser = DateTimeParser(now: context.now(), timeZone: s.zone)
        if let v = values["title"] { s.title = try FieldValidator.requiredText("title", v, maxLength: 100) }
        if let v = values["type"] {
            guard let t = ServiceType(argument: v) else {
                throw CommandFailure.invalidValue(
                    field: "type", value: v, accepted: L(.outreachAcceptedType, ["types": ServiceType.acceptedText]))
            }
            s.type = t
            if t != .training { s.trainingLevel = nil }
        }
        if let v = values["level"] {
            guard let l = TrainingLevel(argument: v) else {
                throw CommandFailure.invalidValue(field: "level", value: v, accepted: L(.outreachAcceptedLevel))
            }
            guard s.type == .training else {
                throw CommandFailure.invalidValue(
                    field: "level", value: v, accepted: L(.outreachAcceptedLevelOnlyTraining))
            }
            s.trainingLevel = l
        }
        let oldLength = s.end.timeIntervalSince(s.start)
        let rules = try SessionTimeRules(values)
        if let v = values["start"] {
            let m = try moment("start", v, parser)
            guard m.hasTime else {
                throw CommandFailure.invalidValue(
                    field: "start", value: v, accepted: L(.outreachAcceptedStartNeedsTime))
            }
            warnings += try rules.checkStart(m, text: v, now: parser.now, zone: s.zone)
            s.start = m.date
            if values["end"] == nil, values["duration"] == nil { s.end = s.start.addingTimeInterval(oldLength) }
        }
        if let v = values["duration"] {
            guard values["end"] == nil else {
                throw CommandFailure(
                    code: "value.conflict", message: L(.outreachEndAndDuration), field: "duration")
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
            if !c.known { warnings.append(L(.outreachUnknownCity, ["city": c.name, "cities": City.acceptedText])) }
        }
        if let v = values["county"] { s.county = try FieldValidator.text("county", v, maxLength: 40) }
        if let v = values["audience"] {
            if v.trimmingCharacters(in: .whitespaces).isEmpty {
                s.audience = nil
            } else {
                guard let a = Audience(argument: v) else {
                    throw CommandFailure.invalidValue(
                        field: "audience", value: v,
                        accepted: L(.outreachAcceptedAudience, ["audiences": Audience.acceptedText]))
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
                            .outreachAcceptedProject, ["ids": state.projects.map(\.id).joined(separator: " ")]))
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
                        field: "capacity", value: v, accepted: L(.argIntegerRange, ["min": "1", "max": "10000"]))
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
                        field: "support", value: item, accepted: L(.outreachAcceptedSupport))
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
        CommandFailure.invalidValue(field: field, value: text, accepted: problem.accepted)
    }

    /// Warnings for a venue or lecturer already booked at an overlapping time.
    static func doubleBookings(_ s: Session, state: OutreachState) -> [LocalizedText] {
        var warnings: [LocalizedText] = []
        for other in state.sessions.values where other.id != s.id && other.status != .cancelled && other.overlaps(s) {
            if let v = s.venue, let w = other.venue, v.lowercased() == w.lowercased() {
                warnings.append(L(.outreachVenueBooked, ["venue": v, "id": other.id, "title": other.title]))
            }
            for l in s.lecturers where other.lecturers.contains(l) {
                warnings.append(L(.outreachLecturerBooked, ["lecturer": l, "id": other.id, "title": other.title]))
            }
        }
        return warnings
    }
}
