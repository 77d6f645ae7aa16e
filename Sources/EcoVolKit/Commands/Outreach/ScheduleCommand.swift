import Foundation

/// `/schedule`: plans a session from `key=value` pairs; when required fields are missing and
/// someone is at the keyboard, asks for each (with a default, re-asking on a bad answer);
/// Ctrl-C abandons the dialogue and nothing is saved.
package struct ScheduleCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "schedule",
        aliases: ["安排", "新活动", "sch"],
        group: .outreach,
        summary: LocalizedText(zh: "安排一场活动（缺少的信息会逐项询问）", en: "Schedule a session (asks for anything missing)"),
        examples: [
            "/schedule title=垃圾分类进社区 type=education start=\"明天 14:00\" duration=2h city=贵阳 audience=community venue=云岩区文化站",
            "/安排 title=河湖巡护 type=supervision start=\"下周六 9:00\" end=12:00 city=黔东南 audience=village project=qingqing",
            "/schedule title=\"Volunteer basics\" type=training level=basic start=\"next Wednesday 9:30\" duration=3h city=gy repeat=weekly count=4",
        ],
        keys: SessionInput.keys.map { spec in
            var spec = spec
            // Asked for by the dialogue when missing, so required in usage but not refused up front.
            spec.isPrompted = ScheduleCommand.required.contains(spec.name)
            return spec
        } + [repeatRule.spec, count.spec]
    )

    static let repeatRule = CommandArgument<RepeatRule>.key(
        "repeat", aliases: ["重复"], help: LocalizedText(zh: "重复", en: "repeat"))
    static let count = CommandArgument<Int>.key(
        "count", aliases: ["次数"], help: LocalizedText(zh: "重复次数（2–52）", en: "number of sessions in the series (2–52)"),
        in: 1...52)

    package init() {}

    static let required = ["title", "type", "start", "duration", "city", "audience"]

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        var values: [String: String] = [:]
        for (k, t) in invocation.options { values[k] = t.text }
        var missing = Self.required.filter { key in
            if key == "duration" { return values["duration"] == nil && values["end"] == nil }
            if key == "audience" {
                return values["audience"] == nil && ServiceType(argument: values["type"] ?? "") != .training
            }
            return (values[key] ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        }
        let store = try await context.outreachStore()
        // Check what was given before asking for more.
        var draft = Self.blank(context: context)
        var early = values
        if missing.contains("start") {
            early["end"] = nil
            early["duration"] = nil
        }
        _ = try SessionInput.apply(early, to: &draft, context: context, state: store.state, isNew: true)
        if !missing.isEmpty {
            guard let prompter = context.prompter else {
                throw CommandFailure(
                    code: "value.missing",
                    message: L(.outreachScheduleMissing, ["fields": missing.map { $0 + "=" }.joined(separator: " ")])
                        .joined(with: L(.outreachScheduleExample)), field: missing[0])
            }
            prompter.show(context.text(L(.outreachDialogueIntro)))
            var unknownCityOffered: String?
            var confirmed: String? = nil
            while let field = missing.first {
                let fallback = Self.defaultValue(field, values, lang)
                let asked: String?
                if let again = confirmed {
                    asked = again
                } else {
                    asked = await prompter.ask(
                        Self.question(field, lang), defaultValue: fallback, field: field, of: Self.configuration.name)
                }
                confirmed = nil
                guard let answer = asked else {
                    throw DialogueAbandoned()
                }
                var attempt = values
                attempt[field] = answer.isEmpty ? (fallback ?? "") : answer
                do {
                    // The same checks as the one-line form, on what is known so far.
                    var probe = Self.blank(context: context)
                    let warnings = try SessionInput.apply(
                        attempt.filter { !missing.dropFirst().contains($0.key) }, to: &probe, context: context,
                        state: store.state, isNew: true)
                    if field == "city", !warnings.isEmpty, let typed = attempt["city"], unknownCityOffered != typed {
                        // 90分钟 is not a city: ask again, and accept an unknown place only when repeated.
                        unknownCityOffered = typed
                        prompter.show(
                            L(.outreachUnknownCityAgain, ["city": typed, "cities": City.acceptedText]).text(lang))
                        continue
                    }
                    if field == "start" {
                        let day = CalendarDate(probe.start, in: probe.zone)
                        let when =
                            "\(day.iso) \(OutreachFormat.weekday(day, lang)) \(OutreachFormat.clock(probe.start, probe.zone))"
                        prompter.show(L(.outreachResolvedStart, ["when": when]).text(lang))
                    }
                    values = attempt
                    missing.removeFirst()
                } catch let refusal as SessionTimeError where refusal.confirmQuestion != nil {
                    // A past start, an overnight end or a long session: ask instead of refusing.
                    prompter.show(refusal.message.text(lang))
                    if let flag = refusal.confirmFlag, let question = refusal.confirmQuestion,
                        let yes = await prompter.ask(context.text(L(question)), defaultValue: "no"),
                        (try? SessionTimeRules.flag(flag, yes)) == true
                    {
                        values[flag] = "yes"
                        confirmed = answer
                    }
                } catch let failure as any EcoVolError {
                    prompter.show(failure.message.text(lang))
                } catch let refusal as any DomainError {
                    prompter.show(refusal.message.text(lang))
                }
            }
        }
        values["repeat"] = nil
        values["count"] = nil
        let givenCount = try invocation.value(Self.count)
        let count = givenCount ?? 1
        let step = try invocation.value(Self.repeatRule)?.step
        if step != nil {
            if givenCount == nil {
                throw CommandFailure.missing(
                    field: "count", accepted: L(.argIntegerRange, ["min": "2", "max": "52"]))
            }
        } else if count > 1 {
            throw CommandFailure.missing(field: "repeat", accepted: L(.outreachAcceptedRepeat))
        }
        var warnings: [LocalizedText] = []
        var created: [Session] = []
        let commit = try await context.commitOutreach(store, command: "schedule") { state in
            created = []
            warnings = []
            var base = Self.blank(context: context)
            warnings = try SessionInput.apply(values, to: &base, context: context, state: state, isNew: true)
            let series = count > 1 ? OutreachID.make(.series) : nil
            let length = base.end.timeIntervalSince(base.start)
            let zone = base.zone
            let day0 = CalendarDate(base.start, in: zone)
            let (h, m) = {
                var c = Calendar(identifier: .gregorian)
                c.timeZone = zone
                return (c.component(.hour, from: base.start), c.component(.minute, from: base.start))
            }()
            var taken = Set(state.sessions.keys)
            for i in 0..<count {
                var s = base
                s.id = OutreachID.make(.session) { taken.contains($0) }
                taken.insert(s.id)
                s.series = series
                if let step, i > 0 {
                    var d = day0.adding(days: step.days * i)
                    if step.months > 0 {
                        let total = day0.month - 1 + step.months * i
                        let y = day0.year + total / 12
                        let mo = total % 12 + 1
                        d = CalendarDate(
                            year: y, month: mo, day: min(day0.day, CalendarDate.daysIn(year: y, month: mo)))
                    }
                    s.start = d.at(hour: h, minute: m, in: zone)
                    s.end = s.start.addingTimeInterval(length)
                }
                warnings += SessionInput.doubleBookings(s, state: state)
                created.append(s)
            }
            return created.map { .putSession($0) }
        }
        let state = store.state
        var blocks: [OutputBlock] = [
            .paragraph(
                StyledText([StyledSpan(L(.outreachScheduled, ["count": String(created.count)]).text(lang), .success)])
            )
        ]
        if created.count == 1 {
            blocks.append(.fields(Outreach.sessionFields(created[0], state, lang)))
        } else {
            blocks.append(
                .table(
                    TextTable(
                        headers: [L(.fieldId).text(lang), L(.fieldWhen).text(lang), L(.fieldTitle).text(lang)],
                        rows: created.map {
                            [
                                StyledText($0.id, .accent), StyledText(OutreachFormat.when($0, lang)),
                                StyledText($0.title),
                            ]
                        })))
        }
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("saved", true), Outreach.saved(commit), ("sessions", .array(created.map { Outreach.json($0, state) })),
            ]),
            warnings: warnings + store.drainWarnings())
    }

    @MainActor static func blank(context: CommandContext) -> Session {
        let now = context.stamp
        return Session(
            id: "", title: "", type: .education, start: now, end: now.addingTimeInterval(7200),
            timeZone: context.timeZone.identifier,
            city: "", created: now)
    }

    static func defaultValue(_ field: String, _ values: [String: String], _ lang: Language) -> String? {
        switch field {
        case "type": return "education"
        case "duration": return "2h"
        case "city": return lang == .zh ? "贵阳" : "Guiyang"
        case "audience": return "community"
        case "start": return lang == .zh ? "明天 9:30" : "tomorrow 9:30"
        default: return nil
        }
    }

    /// The question for a field; for a choice, the accepted codes (with their Chinese names
    /// in Chinese), so nobody has to guess what `supervision` means.
    static func question(_ field: String, _ lang: Language) -> String {
        func choices(_ items: [(code: String, label: LocalizedText)]) -> String {
            items.map { lang == .zh ? $0.code + " " + $0.label.zh : $0.code }.joined(separator: " / ")
        }
        switch field {
        case "type":
            return L(.outreachAskChoiceType).text(lang)
                + lang.parenthesized(choices(ServiceType.allCases.map { ($0.rawValue, $0.label) }))
        case "audience":
            return L(.outreachAskChoiceAudience).text(lang)
                + lang.parenthesized(choices(Audience.allCases.map { ($0.rawValue, $0.label) }))
        case "city":
            let names = City.all.map { lang == .zh ? $0.shortName : $0.english }
            return L(.outreachAskChoiceCity).text(lang)
                + lang.parenthesized(names.joined(separator: lang == .zh ? " " : ", "))
        case "title": return L(.outreachAskTitle).text(lang)
        case "start": return L(.outreachAskStart).text(lang)
        case "duration": return L(.outreachAskDuration).text(lang)
        default: return field
        }
    }
}
