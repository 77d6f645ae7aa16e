import Foundation

/// Turns a line of plain words — 明天下午两点在云岩区讲垃圾分类, "cancel Saturday's talk, heavy
/// rain" — into the command it means, or decides it is a question for the knowledge base.
/// Coordinators should not have to learn `key=value` syntax, and nothing here needs a model:
/// the slots are read by the parsers the commands use, sessions are found by words among the
/// store's sessions, and the result is a canonical command line that is shown for
/// confirmation, never run by the interpreter. On the main actor, where the store's state lives.
@MainActor
public struct RequestInterpreter {
    package var now: Date
    package var timeZone: TimeZone
    package let state: OutreachState?
    /// The look-ups of `state`; pass the one a `RequestIndexCache` keeps, or it is built here.
    package let index: RequestIndex?
    package let registry: CommandRegistry

    public init(
        now: Date, timeZone: TimeZone, state: OutreachState?, index: RequestIndex? = nil,
        registry: CommandRegistry = .standard
    ) {
        self.now = now
        self.timeZone = timeZone
        self.state = state
        self.index = index ?? state.map(RequestIndex.init)
        self.registry = registry
    }

    /// What stands in a proposal for a session the words did not name.
    static let missingSession = "ID"

    /// Changes to a session already in the calendar, which a suggestion may name (应该把周六的讲座取消).
    static let sessionChanges: Set<String> = ["cancel", "edit", "log", "unlog", "done", "mark"]

    /// Lines longer than this are prose, not requests.
    static let maximumLength = 160

    public func interpret(_ line: String) -> RequestInterpretation {
        let trimmed = SelfCorrection.apply(
            line.trimmingCharacters(in: .whitespacesAndNewlines), isName: { Self.looksLikeName($0) })
        guard trimmed.count >= 3, trimmed.count <= Self.maximumLength, !trimmed.hasPrefix("/"), !trimmed.hasPrefix("／")
        else { return .question }
        var t = RequestText(trimmed)
        let people = knownPeople(in: t)
        // A registered name in Latin letters is not a date or a place: Sun Yue, May Chen.
        for k in people where t.chars[k.range.lowerBound].isASCII { t.markUsed(k.range) }
        let parser = DateTimeParser(now: now, timeZone: timeZone)
        let slots = RequestSlots(&t, parser: parser)
        let namedPerson = people.isEmpty && Self.unknownPersonName(t) != nil
        let scores = RequestIntent.scores(
            t, slots: slots, knownPeople: people.count + (namedPerson ? 1 : 0),
            newNames: people.isEmpty ? Self.unknownNames(t).count : 0, today: parser.today)
        // 周六的讲座在哪里举行, where is Saturday's talk held, when is the wetland talk: where or
        // when a session the words name is, read from the calendar (unless the line asks for a
        // change, or when something is best done).
        let asksChange = scores.commands.first.map { $0.1 >= 3 && RequestProposal.changingCommands.contains($0.0) }
        if asksChange != true, slots.day != nil || slots.type != nil,
            RequestIntent.sessionInquiries.contains(where: { RequestIntent.matches($0, t) }),
            !RequestIntent.timingAdvice.contains(where: { RequestIntent.matches($0, t) })
        {
            let found = build("session", t, slots, people, parser)
            if let first = found.first, first.positionals.first != Self.missingSession, !first.missing.contains("id") {
                return RequestInterpretation(decision: .request, proposals: Array(found.prefix(2)))
            }
        }
        guard let (command, score) = scores.commands.first, score >= 3 else { return .question }
        let changing = RequestProposal.changingCommands.contains(command)
        if scores.advice || (scores.knowledge && !scores.polite) {
            // 我觉得应该把周六的讲座取消吧: a change suggested for a session the words find is
            // offered and asked about; one that finds no session stays a question.
            if Self.sessionChanges.contains(command),
                RequestIntent.suggestionMarkers.contains(where: { RequestIntent.matches($0, t) })
            {
                let offered = build(command, t, slots, people, parser)
                if let first = offered.first, !first.missing.contains("id"),
                    first.positionals.first != Self.missingSession
                {
                    return RequestInterpretation(decision: .unsure, proposals: Array(offered.prefix(2)))
                }
            }
            // 怎么取消活动: a question about doing it, not the doing.
            return changing || score < 6
                ? .question
                : RequestInterpretation(decision: .unsure, proposals: build(command, t, slots, people, parser))
        }
        var proposals = build(command, t, slots, people, parser)
        if let readings = otherReading(command, t, slots, people, parser, first: proposals.first) {
            proposals = readings
        } else if proposals.count < 2, let second = scores.commands.dropFirst().first, second.1 >= 3,
            second.1 >= score - 0.5
        {
            proposals += build(second.0, t, slots, people, parser).prefix(1)
        }
        guard !proposals.isEmpty else { return .question }
        if changing, scores.asking, !scores.polite {
            return RequestInterpretation(decision: .unsure, proposals: proposals)
        }
        return RequestInterpretation(decision: .request, proposals: Array(proposals.prefix(2)))
    }

    /// Huang Lei when both 黄磊 and 黄蕾 are registered: the request in each reading, both
    /// offered (nil when the spelling reads as one name, or both readings come out the same).
    private func otherReading(
        _ command: String, _ t: RequestText, _ slots: RequestSlots, _ people: [KnownPerson], _ parser: DateTimeParser,
        first: RequestProposal?
    ) -> [RequestProposal]? {
        guard let i = people.firstIndex(where: { !$0.otherReadings.isEmpty }), var a = first else { return nil }
        var other = people
        other[i] = people[i].otherReadings[0]
        guard var b = build(command, t, slots, other, parser).first, a.line != b.line else { return nil }
        let spelled = t.slice(people[i].range)
        for (p, name) in [(0, people[i].name), (1, other[i].name)] {
            let note = LocalizedText(zh: "\(spelled) 按“\(name)”理解", en: "\(spelled) read as \(name)")
            if p == 0 { a.notes.insert(note, at: 0) } else { b.notes.insert(note, at: 0) }
        }
        a.confidence = 0.5
        b.confidence = 0.5
        return [a, b]
    }

    // MARK: - Building proposals

    func build(
        _ command: String, _ text: RequestText, _ slots: RequestSlots, _ people: [KnownPerson], _ parser: DateTimeParser
    ) -> [RequestProposal] {
        var t = text
        var p = RequestProposal(command: command)
        switch command {
        case "schedule": schedule(&p, &t, slots, people, parser)
        case "outline": outline(&p, &t, slots)
        case "report", "stars":
            period(&p, t, slots, positional: true)
            filters(&p, slots, type: command == "report")
            // "as an html file, name it 2026年报.html": the file the words name.
            if command == "report" { p.set("file", Self.namedFile(t, extensions: [".md", ".html", ".json", ".csv"])) }
        case "sessions": sessions(&p, t, slots)
        case "person", "certificate":
            person(&p, t, people)
            // 张伟这个月服务了多少小时: the hours of that month (the stars stay those of all time).
            if let span = slots.span {
                if let code = span.code {
                    p.set("period", code)
                } else {
                    p.set("from", span.first.iso)
                    p.set("to", span.last.iso)
                }
            }
            if command == "certificate" { Self.issuerDetails(&p, t) }
        case "people":
            if let surname = Self.surname(t) { p.positionals = [surname] }
        case "record": person(&p, t, people)
        case "session": return withSession(p, t, slots, purpose: .any) { _ in }
        case "checkin", "checkout":
            return withSession(p, t, slots, purpose: .today, attendedBy: people) { p in
                namedPerson(&p, t, people, slots)
            }
        case "merge":
            var named = p
            names(&named, t, people, slots)
            p.positionals = Array(named.positionals.prefix(2))
            // 两个王芳是同一个人: one name shared by two registered people names both.
            if p.positionals.count < 2, let shared = people.first(where: { $0.people.count >= 2 }) {
                p.positionals = shared.people.prefix(2).map(\.id)
            }
            // 刘小燕就是刘晓燕 (打错字了): the name after 就是 is the right one, kept.
            let ordered = people.filter { $0.people.count == 1 }.sorted { $0.range.lowerBound < $1.range.lowerBound }
            if p.positionals.count == 2, ordered.count == 2,
                ["就是", "其实是", "应该是", "正确的是"].contains(where: { word in
                    t.slice(ordered[0].range.upperBound..<ordered[1].range.lowerBound).contains(word)
                }),
                p.positionals == ordered.map({ $0.people[0].id })
            {
                p.positionals.reverse()
            }
            if p.positionals.count < 2 { p.missing.append("person") }
        case "nominate":
            if let code = slots.span?.code, code.count == 4 {
                p.positionals = [code]
            } else if slots.span == nil, let regex = Self.bareYearPattern, let m = t.matches(regex).first,
                let year = m.groups[1]
            {
                // "the 2027 nomination": a year said as a bare number.
                p.positionals = [year]
            }
            // 先出20个候选人, top 50: how many volunteer candidates.
            if let regex = Self.candidateLimitPattern, let m = t.matches(regex).first,
                let n = Int(m.groups[1] ?? m.groups[2] ?? m.groups[3] ?? ""), (1...100).contains(n)
            {
                p.set("limit", String(n))
            }
            p.set("file", Self.namedFile(t, extensions: [".md", ".html", ".json", ".csv"]))
        case "check", "undo": break
        case "export": export(&p, t, slots)
        case "log": return withSession(p, t, slots, purpose: .any) { p in names(&p, t, people, slots) }
        // Someone leaves a session they are in: theirs are the ones to look among.
        case "unlog":
            return withSession(p, t, slots, purpose: .leave, attendedBy: people) { p in names(&p, t, people, slots) }
        case "done":
            return withSession(p, t, slots, purpose: .finish) { p in
                p.set("reached", slots.headcount.map(String.init))
                p.set("rating", slots.rating.map(String.init))
            }
        case "cancel":
            return withSession(p, t, slots, purpose: .upcoming) { p in p.set("reason", Self.reason(t)) }
        case "mark":
            let marked = withSession(p, t, slots, purpose: .finish, attendedBy: people) { p in
                namedPerson(&p, t, people, slots)
                // How it went: a no-show, a rating, the hours actually served, a note.
                let text = t.text
                let absent =
                    RequestIntent.cues["mark"]?.flatMap(\.words).contains { RequestIntent.matches($0, t) } ?? false
                    || text.hasSuffix(" 缺") || text.hasSuffix("，缺") || text.hasSuffix("缺了")
                if absent { p.set("status", "no-show") }
                p.set("rating", slots.rating.map(String.init))
                if !absent, let h = slots.hours {
                    p.set("hours", Self.durationText(h).replacingOccurrences(of: "h", with: ""))
                } else if !absent, let time = slots.time, let id = p.positionals.first, let s = state?.sessions[id] {
                    // 陈思雨十一点就离开了: the hours from the start to when they left.
                    let left = CalendarDate(s.start, in: s.zone).at(hour: time.hour, minute: time.minute, in: s.zone)
                    let h = left.timeIntervalSince(s.start) / 3600
                    if h > 0, left < s.end {
                        p.set("hours", Self.durationText(h).replacingOccurrences(of: "h", with: ""))
                    }
                }
                p.set("note", Self.note(t))
            }
            return marked.map(loggedIfNotOnTheSession)
        case "edit":
            return edit(p, t, slots, parser)
        default: return []
        }
        p.missing += missingFields(p)
        return [p]
    }

    /// 周建国上周六也去巡河了，干了两个半小时: hours for someone the session's list does not
    /// have yet are logged with them (`/log ID PERSON hours=`); marking changes an attendance
    /// that is there, and would fail when run.
    private func loggedIfNotOnTheSession(_ p: RequestProposal) -> RequestProposal {
        guard let state, p.positionals.count == 2, p.value("status") == nil, let hours = p.value("hours"),
            state.sessions[p.positionals[0]] != nil,
            !state.participations(session: p.positionals[0]).contains(where: { $0.person == p.positionals[1] })
        else { return p }
        var log = RequestProposal(command: "log", positionals: p.positionals, notes: p.notes, confidence: p.confidence)
        log.set("hours", hours + "h")
        return log
    }

    /// The proposal for each of the (at most two) sessions the words may mean.
    private func withSession(
        _ base: RequestProposal, _ t: RequestText, _ slots: RequestSlots, purpose: SessionReference.Purpose,
        attendedBy people: [KnownPerson] = [], fill: (inout RequestProposal) -> Void
    ) -> [RequestProposal] {
        // A named volunteer narrows the sessions to theirs (刘芳签退: the one she is in today).
        var only: Set<String>? = nil
        if let state, !people.isEmpty {
            only = Set(people.flatMap(\.people).flatMap { state.participations(person: $0.id).map(\.session) })
        }
        // 周六的净滩办完了 said on a Tuesday: the Saturday just past.
        let named = purpose == .finish ? slots.pastDay(today: CalendarDate(now, in: timeZone)) : slots
        var found: [SessionReference.Candidate] = []
        var outside: Session?
        if let index {
            let reference = SessionReference(index: index, now: now, timeZone: timeZone)
            // None of theirs fits the words (they are not logged yet): the session the words name.
            let search = { (words: RequestSlots) in
                let theirs = reference.find(words, t, purpose: purpose, only: only)
                return theirs.isEmpty && only != nil ? reference.find(words, t, purpose: purpose) : theirs
            }
            found = search(named)
            // The coming Saturday only when it fits the words better than the one just past.
            if named.day != slots.day {
                let coming = search(slots)
                if let c = coming.first, found.first.map({ $0.score < c.score }) ?? true { found = coming }
            }
            if found.isEmpty { outside = reference.namedOutsideWindow(named, t, purpose: purpose) }
        }
        var out: [RequestProposal] = []
        for c in found.isEmpty ? [nil] : found.map(Optional.some) {
            var p = base
            if let c {
                p.positionals = [c.session.id]
                p.notes.append(
                    LocalizedText(
                        zh: "活动：\(c.session.title)（\(OutreachFormat.when(c.session, .zh))）",
                        en: "Session: \(c.session.title) (\(OutreachFormat.when(c.session, .en)))"))
            }
            fill(&p)
            if found.count > 1 { p.confidence = 0.5 }
            if c == nil {
                // No session found: the people keep their own places, and the session's holds
                // `ID` for the user to replace — run as it stands, the line says that no
                // session is called ID, where `/unlog p6170x1t` would have read the person as one.
                if !p.positionals.isEmpty { p.positionals.insert(Self.missingSession, at: 0) }
                var placed = p
                if placed.positionals.isEmpty { placed.positionals = [Self.missingSession] }
                p.missing += missingFields(placed)
                if !p.missing.contains("id") { p.missing.insert("id", at: 0) }
                // The words name a session this cannot apply to: say which, and why.
                if let outside {
                    let over = outside.start < now
                    p.notes.append(
                        LocalizedText(
                            zh: "“\(outside.title)”（\(OutreachFormat.when(outside, .zh))）"
                                + (over ? "已经过去，没有相符的活动。" : "还没到，没有相符的活动。"),
                            en: "“\(outside.title)” (\(OutreachFormat.when(outside, .en))) "
                                + (over
                                    ? "has already taken place; no other session fits."
                                    : "is not yet; no other session fits.")))
                }
            } else {
                p.missing += missingFields(p)
            }
            var seen: Set<String> = []
            p.missing = p.missing.filter { seen.insert($0).inserted }
            out.append(p)
        }
        return out
    }

    /// Required fields from the command's own declaration (and `/schedule`'s list).
    func missingFields(_ p: RequestProposal) -> [String] {
        guard let type = registry.command(named: p.command) else { return [] }
        let config = type.configuration
        var missing: [String] = []
        for (i, spec) in config.positionals.enumerated() where spec.isRequired && i >= p.positionals.count {
            missing.append(spec.name)
        }
        for spec in config.keys where spec.isRequired && p.value(spec.name) == nil { missing.append(spec.name) }
        if p.command == "schedule" {
            for key in ScheduleCommand.required where p.value(key) == nil {
                if key == "duration", p.value("end") != nil { continue }
                if key == "audience", p.value("type") == ServiceType.training.rawValue { continue }
                missing.append(key)
            }
        }
        if p.command == "log", p.positionals.count < 2 { missing.append("names") }
        if p.command == "outline", p.positionals.isEmpty {
            for key in ["audience", "minutes"] where p.value(key) == nil { missing.append(key) }
        }
        return missing
    }

    private func schedule(
        _ p: inout RequestProposal, _ t: inout RequestText, _ slots: RequestSlots, _ people: [KnownPerson],
        _ parser: DateTimeParser
    ) {
        let type = slots.type
        // Read before the topic takes the words: 一共4次 is not part of what the session is about.
        let series = SessionSeriesWords(&t)
        // 李娜主讲, 主讲人是张敏 with the name not registered: the lecturer by name.
        var newLecturer: String? = nil
        if !people.contains(where: \.lecturer) {
            for regex in Self.unregisteredLecturerPatterns {
                guard let m = t.matches(regex).first, let name = m.groups[1], Self.looksLikeName(name) else { continue }
                newLecturer = name
                t.markUsed(m.range)
                break
            }
        }
        // 顺便把讲师写成周建国: the lecturer and the words naming them are not the topic.
        for k in people where k.lecturer {
            t.markUsed(k.range)
            for lead in ["顺便把讲师写成", "把讲师写成"] + Self.lecturerLeadIns {
                let from = max(0, k.range.lowerBound - lead.count)
                if t.slice(from..<k.range.lowerBound) == lead { t.markUsed(from..<k.range.lowerBound) }
            }
        }
        let topic = Self.topic(&t)
        p.set("title", Self.title(topic: topic, type: type, t))
        p.set("type", type?.rawValue)
        if type == .training { p.set("level", SessionSeriesWords.trainingLevel(t)?.rawValue) }
        if let time = slots.time {
            var day = slots.day
            if day == nil {
                let today = parser.today
                day = today.at(hour: time.hour, minute: time.minute, in: timeZone) > now ? today : nil
            }
            if let day {
                p.set("start", day.iso + " " + String(format: "%02d:%02d", time.hour, time.minute))
                // 补录：上周六讲了一场: a session that already took place is back-filled.
                if day.at(hour: time.hour, minute: time.minute, in: timeZone) < now { p.set("past", "yes") }
            }
        }
        p.set("repeat", series.repeats?.rawValue)
        if series.repeats != nil { p.set("count", series.count.map(String.init)) }
        if let h = slots.hours {
            p.set("duration", Self.durationText(h))
        } else if let time = slots.time, let end = slots.endTime {
            let minutes = (end.hour * 60 + end.minute) - (time.hour * 60 + time.minute)
            if minutes > 0 { p.set("duration", Self.durationText(Double(minutes) / 60)) }
        }
        p.set("city", slots.city?.name)
        p.set("county", slots.county?.name)
        p.set("audience", slots.audience?.rawValue)
        p.set("capacity", slots.headcount.map(String.init))
        p.set("venue", Self.venue(t))
        let lecturers = people.filter { $0.lecturer }.compactMap { $0.people.count == 1 ? $0.people[0].id : $0.name }
        if !lecturers.isEmpty { p.set("lecturer", lecturers.joined(separator: ",")) }
        p.set("lecturer", newLecturer)
    }

    static let unregisteredLecturerPatterns: [NSRegularExpression] = [
        "(\\p{Han}{2,3}?)\\s*(?:主讲|来讲课|来主讲)",
        "(?:讲师写成|讲师是|讲师为|主讲人是|主讲人为|主讲人|主讲是|主讲为|由)\\s*(\\p{Han}{2,3}?)(?:主讲|来讲|讲)?(?=[\\s，,。；;]|$)",
    ].compactMap(RequestSlots.regex)

    private func outline(_ p: inout RequestProposal, _ t: inout RequestText, _ slots: RequestSlots) {
        if slots.day != nil, let index {
            let found = SessionReference(index: index, now: now, timeZone: timeZone).find(slots, t, purpose: .any)
            // A talk for another audience that day is another talk (a talk to middle schoolers
            // tomorrow is not tomorrow's session for the agency).
            if found.count == 1, slots.audience == nil || found[0].session.audience == slots.audience {
                p.positionals = [found[0].session.id]
            }
        }
        // 给周五的社区讲座准备个提纲: the session says who hears it; an audience is set only when it differs.
        let sessionAudience = p.positionals.first.flatMap { state?.sessions[$0]?.audience }
        if slots.audience != sessionAudience { p.set("audience", slots.audience?.rawValue) }
        if let h = slots.hours { p.set("minutes", String(Int((h * 60).rounded()))) }
        if p.positionals.isEmpty { p.set("topic", Self.topic(&t)) }
    }

    private func sessions(_ p: inout RequestProposal, _ t: RequestText, _ slots: RequestSlots) {
        let today = CalendarDate(now, in: timeZone)
        var range: (CalendarDate, CalendarDate)? = nil
        if let d = slots.day { range = (d, d) } else if let s = slots.span { range = (s.first, s.last) }
        // 4月份有什么活动, asked in March: this year's April, still to come.
        if slots.day == nil, let mo = slots.bareMonth, mo > today.month {
            let p = ReportPeriod.month(today.year, mo)
            range = (p.first, p.last)
        }
        if let (first, last) = range {
            // 这周还有啥活动, "what's left this week": the span's sessions not over yet.
            let remaining =
                t.containsAny(["还有", "剩下", "接下来", "还剩"]) || t.hasAnyWord(["left", "remaining", "still", "rest"])
            if first <= today { p.positionals = [last < today ? "past" : remaining ? "upcoming" : "all"] }
            p.set("from", first.iso)
            p.set("to", last.iso)
        } else if t.containsAny(Self.pastSessionWords) || t.hasAnyWord(["past", "previous", "earlier"]) {
            p.positionals = ["past"]
        } else if t.containsAny(["所有活动", "全部活动", "所有的活动", "全部的活动"]) || t.hasAnyWord(["all"]) {
            p.positionals = ["all"]
        }
        filters(&p, slots, type: true)
    }

    /// Words that ask for the sessions already held (列一下已经办过的活动).
    static let pastSessionWords = [
        "办过", "搞过", "做过", "举办过", "开展过", "过去的", "以前的", "之前的", "已结束", "已经结束", "结束了的", "已经办", "办完的",
        "以往", "往期", "已开展", "已举办", "已经开展", "已经举办", "历史活动",
    ]

    private func period(
        _ p: inout RequestProposal, _ t: RequestText, _ slots: RequestSlots, positional: Bool
    ) {
        if slots.day == nil, slots.span == nil, let regex = Self.bareYearPattern, let m = t.matches(regex).first,
            let year = m.groups[1]
        {
            p.positionals = [year]
            return
        }
        if let d = slots.day {
            p.set("from", d.iso)
            p.set("to", d.iso)
        } else if let s = slots.span {
            if let code = s.code {
                p.positionals = [code]
            } else {
                p.set("from", s.first.iso)
                p.set("to", s.last.iso)
            }
        }
    }

    private func filters(_ p: inout RequestProposal, _ slots: RequestSlots, type: Bool) {
        p.set("city", slots.city?.name)
        if type { p.set("type", slots.type?.rawValue) }
        if type { p.set("audience", slots.audience?.rawValue) }
    }

    private func export(_ p: inout RequestProposal, _ t: RequestText, _ slots: RequestSlots) {
        let what: String
        if t.containsAny(["时长", "hours"]) {
            what = "hours"
        } else if t.containsAny(["志愿者", "人员", "名单", "people", "volunteer"]) {
            what = "people"
        } else if t.containsAny(["报告", "report"]) {
            what = "report"
        } else if t.containsAny(["日历", "calendar"]) {
            what = "calendar"
        } else if t.containsAny(["参与", "登记", "participation"]) {
            what = "participation"
        } else {
            what = "sessions"
        }
        // The file the words name, as typed (文件名为九月活动.csv: 九月活动.csv), else one named
        // after what is exported.
        let file = Self.namedFile(t, extensions: [".csv", ".json", ".md", ".html", ".ics"])
        p.positionals = [what, file ?? (what + (what == "calendar" ? ".ics" : ".csv"))]
        if let s = slots.span {
            if let code = s.code {
                p.set("period", code)
            } else {
                p.set("from", s.first.iso)
                p.set("to", s.last.iso)
            }
        }
        p.set("city", slots.city?.name)
    }

    /// The file the words name, as typed, with one of `extensions`.
    static func namedFile(_ t: RequestText, extensions: [String]) -> String? {
        t.typed.split(whereSeparator: { $0.isWhitespace || "，,、。；;：:“”\"".contains($0) }).lazy
            .map { word -> String in
                var name = String(word)
                for lead in Self.fileNameLeadIns {
                    if let r = name.range(of: lead) { name = String(name[r.upperBound...]) }
                }
                return name
            }
            .first { w in extensions.contains { w.lowercased().hasSuffix($0) && w.count > $0.count } }
    }

    /// Who issues a certificate, as the words give it (出具单位写…, 负责人张三, 经办人李四, 联系电话…,
    /// "issued by …"), and the file it is written to.
    static func issuerDetails(_ p: inout RequestProposal, _ t: RequestText) {
        let typed = t.typed
        func first(_ regex: NSRegularExpression) -> String? {
            guard let m = regex.firstMatch(in: typed, range: NSRange(typed.startIndex..., in: typed)),
                let r = Range(m.range(at: 1), in: typed)
            else { return nil }
            let value = typed[r].trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            return value.isEmpty ? nil : value
        }
        for (key, patterns) in issuerFields { p.set(key, patterns.lazy.compactMap(first).first) }
        p.set("file", namedFile(t, extensions: [".md", ".html", ".json", ".csv"]))
    }

    /// Each certificate detail and the patterns that find it, tried in order and compiled once
    /// (group 1 is the value, as typed): the label, how it is said to be (写成, 是, ：), the value.
    static let issuerFields: [(key: String, patterns: [NSRegularExpression])] = {
        let said = "\\s*(?:写成|写|是|为|填|用|:|：)"
        let name = "(\\p{Han}{2,4}?)"
        return [
            (
                "issuer",
                [
                    "(?:出具单位|盖章单位|开具单位|落款单位|落款|单位)" + said + "\\s*([^\\s，,。；;]{2,40})",
                    // 出具单位 贵州大学环保协会: said with a pause for the 是.
                    "(?:出具单位|盖章单位|开具单位|落款单位)\\s+([^\\s，,。；;]{2,40})",
                    "(?i)\\bissued by\\s+(?:the\\s+)?([A-Za-z][A-Za-z' -]{2,60}?)\\s*(?:,|\\.|;|$|\\s+for\\b|\\s+covering\\b)",
                    // "issuer 贵州大学环境保护协会 pls", "issued by 贵阳市志愿者协会", "issuer: Green Guizhou".
                    "(?i)\\b(?:issuer|issued by|issuing (?:body|organi[sz]ation))\\s*(?:is|should be|:|：|=)?\\s*(\\p{Han}[^\\s,，。；;]{1,39})",
                    "(?i)\\b(?:issuer|issuing (?:body|organi[sz]ation))\\s*(?:is|should be|:|：|=)?\\s*([A-Za-z][A-Za-z' -]{2,60}?)\\s*(?:,|\\.|;|$|\\s+pls\\b|\\s+please\\b|\\s+for\\b)",
                ]
            ),
            ("head", ["负责人" + said + "?\\s*" + name + "(?=[\\s，,。；;]|$|经办|联系)"]),
            ("handler", ["经办人" + said + "?\\s*" + name + "(?=[\\s，,。；;]|$|负责|联系)"]),
            ("contact", ["(?:联系电话|联系方式|电话)" + said + "?\\s*(\\+?[0-9][0-9 -]{5,20}[0-9])"]),
        ].map { ($0.0, $0.1.compactMap(RequestSlots.regex)) }
    }()

    /// "the 2027 nomination", "the 2026 report": a year as a bare number (not part of a file
    /// name, a date or a phone number).
    static let bareYearPattern = RequestSlots.regex("(?<![A-Za-z0-9._/-])(20[2-9]\\d)(?![0-9年._/-])")

    static let candidateLimitPattern = RequestSlots.regex(
        "(\\d{1,3})\\s*(?:个|名|位)?\\s*(?:候选人|候选|人选|志愿者候选)|\\btop\\s+(\\d{1,3})\\b|前\\s*(\\d{1,3})\\s*(?:个|名|位)")

    /// Words that say a file's name comes next (文件名为, 保存为, 存成).
    static let fileNameLeadIns = [
        "文件名为", "文件名叫", "文件名是", "文件名", "命名为", "名为", "保存为", "保存成", "存为", "存成", "导出为", "导出成", "導出成", "導出為",
    ]

    private func person(_ p: inout RequestProposal, _ t: RequestText, _ people: [KnownPerson]) {
        if let known = people.first {
            p.positionals = [known.people.count == 1 ? known.people[0].id : known.name]
            if known.people.count == 1 { p.notes.append(LocalizedText(verbatim: known.name)) }
        } else if let name = Self.unknownPersonName(t) {
            p.positionals = [name]
        }
    }

    /// The one person named after the session (check-in, check-out, a mark), or `person` missing.
    private func namedPerson(
        _ p: inout RequestProposal, _ t: RequestText, _ people: [KnownPerson], _ slots: RequestSlots
    ) {
        var named = p
        names(&named, t, people, slots)
        if let who = named.positionals.dropFirst(p.positionals.count).first {
            p.positionals.append(who)
        } else {
            p.missing.append("person")
        }
    }

    private func names(_ p: inout RequestProposal, _ t: RequestText, _ people: [KnownPerson], _ slots: RequestSlots) {
        // In the order they were said, registered people by id.
        var found: [(Int, String)] = people.map {
            ($0.range.lowerBound, $0.people.count == 1 ? $0.people[0].id : $0.name)
        }
        for n in Self.unknownNames(t) where !people.contains(where: { $0.name.lowercased() == n.lowercased() }) {
            let at = t.range(of: n.lowercased())
            // Zhang San read as 张三 already.
            if let at, people.contains(where: { $0.range.overlaps(at) }) { continue }
            found.append((at?.lowerBound ?? t.count, n))
        }
        var out: [String] = []
        for (_, n) in found.sorted(by: { $0.0 < $1.0 }) where !out.contains(n) { out.append(n) }
        p.positionals += out
        if let h = slots.hours { p.set("hours", Self.durationText(h)) }
        if t.containsAny(["讲师", "主讲"]) || t.hasWord("lecturer") { p.set("role", "lecturer") }
    }

    private func edit(_ base: RequestProposal, _ t: RequestText, _ slots: RequestSlots, _ parser: DateTimeParser)
        -> [RequestProposal]
    {
        // The session is named before 改/推迟/move …; the new values after it.
        var cut = t.count
        for w in [
            "改到", "改成", "改为", "推迟到", "推迟", "延期到", "延期", "提前到", "提前", "挪到", "换到", "换成", "改在", "调整到", "改期到", "延后到",
            "往后推到", "往后推", "推到", "调到", "延到", "改至", "调至", "推迟至", "提前至", "延至", "挪至", "换至", "改期至", "调整至", "加到",
            "增加到", "扩到", "扩大到", "减到", "减少到", " to ", " forward", " back ", " by ",
        ] {
            if let r = t.range(of: w), r.lowerBound < cut { cut = r.lowerBound }
        }
        var before = RequestText(t.slice(0..<cut))
        var after = RequestText(t.slice(cut..<t.count))
        var refSlots = RequestSlots(&before, parser: parser)
        var newSlots = RequestSlots(&after, parser: parser)
        // 名额改成20个，就是铜仁梵净山那个研学: said after its new value, the session is what
        // follows the value's clause — when the words before the change name no session (only
        // the field changed), or none that is found.
        var field = before.text
        for w in ["名额", "人数", "容量", "地点", "场地", "时间", "时长", "把", "将", "那个", "就是", "capacity", "venue", "change", "the"]
        {
            field = field.replacingOccurrences(of: w, with: "")
        }
        let namesNoSession = field.filter { !$0.isWhitespace && !$0.isPunctuation }.count < 2
        if cut < t.count, let rest = Self.afterTheValue(t, from: cut),
            namesNoSession
                || withSession(base, before, refSlots, purpose: .upcoming, fill: { _ in }).first?.missing.contains(
                    "id") ?? true
        {
            let joined = RequestText(t.slice(0..<cut) + " " + t.slice(rest..<t.count))
            var reference = joined
            let slots = RequestSlots(&reference, parser: parser)
            if withSession(base, reference, slots, purpose: .upcoming, fill: { _ in }).first?.missing.contains("id")
                == false
            {
                before = reference
                refSlots = slots
                // The new values are the value's clause alone.
                after = RequestText(t.slice(cut..<rest))
                newSlots = RequestSlots(&after, parser: parser)
            }
        }
        return withSession(base, before, refSlots, purpose: .upcoming) { p in
            guard let id = p.positionals.first, let s = state?.sessions[id] else { return }
            let zone = s.zone
            let oldDay = CalendarDate(s.start, in: zone)
            let clock = OutreachFormat.clock(s.start, zone)
            if let minutes = RequestSlots.shiftMinutes(in: t), newSlots.day == nil, newSlots.time == nil {
                // 推迟一个小时: the same day (or the next), that many minutes on.
                let moved = s.start.addingTimeInterval(Double(minutes) * 60)
                p.set("start", CalendarDate(moved, in: zone).iso + " " + OutreachFormat.clock(moved, zone))
                return
            }
            if let shift = RequestSlots.shiftDays(in: t), newSlots.day == nil {
                // 推迟一周: the same clock, that many days on.
                let time = newSlots.time.map { String(format: "%02d:%02d", $0.hour, $0.minute) } ?? clock
                p.set("start", oldDay.adding(days: shift).iso + " " + time)
                return
            }
            if newSlots.day != nil || newSlots.time != nil {
                let day = newSlots.day ?? oldDay
                let time = newSlots.time.map { String(format: "%02d:%02d", $0.hour, $0.minute) } ?? clock
                p.set("start", day.iso + " " + time)
            }
            if let h = newSlots.hours { p.set("duration", Self.durationText(h)) }
            if let n = newSlots.headcount {
                p.set("capacity", String(n))
            } else if before.containsAny(["人数", "名额"]) || before.hasWord("capacity"),
                let n = after.chars.split(whereSeparator: { !$0.isNumber || !$0.isASCII }).first.flatMap({
                    Int(String($0))
                })
            {
                // 人数改成50: the number after the change is the new capacity.
                p.set("capacity", String(n))
            }
            if let c = newSlots.city { p.set("city", c.name) }
            if let c = newSlots.county { p.set("county", c.name) }
            // 地点改成市图书馆: the words after the change are the new place.
            if before.containsAny(["地点", "场地", "地方", "会场"]) || before.hasWord("venue") {
                let place = after.leftovers().joined().trimmingCharacters(in: .whitespaces)
                var v = place
                for w in ["改到", "改成", "改为", "换到", "换成", "改在", "挪到", " to "] where v.hasPrefix(w) {
                    v.removeFirst(w.count)
                }
                v = v.trimmingCharacters(in: CharacterSet(charactersIn: " 。.!！了吧"))
                if !v.isEmpty { p.set("venue", v) }
            }
        }
    }

    /// Where the words after a change's new value begin (past the value and the separator
    /// that ends it: 改成20个，| 改成 20个 |), or nil when nothing follows.
    static func afterTheValue(_ t: RequestText, from cut: Int) -> Int? {
        let separators: Set<Character> = ["，", ",", "。", "；", ";", "、", " "]
        func run(from start: Int) -> Int {
            var k = start
            while k < t.count, separators.contains(t.chars[k]) { k += 1 }
            while k < t.count, !separators.contains(t.chars[k]) { k += 1 }
            return k
        }
        // The change word and the value (改成20个), or the word alone and the value after a
        // space (改成 20个).
        var k = run(from: cut)
        if !t.chars[cut..<k].contains(where: \.isNumber), k < t.count, t.chars[k] == " " { k = run(from: k) }
        while k < t.count, separators.contains(t.chars[k]) { k += 1 }
        for filler in ["就是", "是", "那个"] where t.slice(k..<t.count).hasPrefix(filler) { k += filler.count }
        return k < t.count ? k : nil
    }

    // MARK: - Words

    /// 姓王的志愿者 → 王.
    static func surname(_ t: RequestText) -> String? {
        for i in t.chars.indices where t.chars[i] == "姓" && i + 1 < t.count && RequestText.isHan(t.chars[i + 1]) {
            return String(t.chars[i + 1])
        }
        return nil
    }

    static func durationText(_ hours: Double) -> String {
        if hours == hours.rounded() { return String(Int(hours)) + "h" }
        let minutes = Int((hours * 60).rounded())
        return minutes % 30 == 0 ? String(format: "%.1fh", hours) : "\(minutes)min"
    }

    /// Words that say what to do, stripped from the ends of a leftover to find the topic.
    static let fillers: [String] = [
        "帮我", "帮忙", "麻烦", "请", "一下", "一场", "一个", "一次", "一期", "安排", "组织", "举办", "开展", "办一场", "搞一场", "办", "搞", "在", "给",
        "为", "跟", "和", "对",
        "的", "讲讲", "讲", "关于", "有关", "主题是", "主题为", "主题", "大概", "大约", "左右", "约", "预计", "时长", "名额", "对象", "面向", "针对", "准备",
        "想", "要",
        "我们", "咱们", "出一份", "出个", "出", "写一份", "写个", "写", "生成", "做一份", "做个", "做", "一份", "份", "个", "场", "次", "去", "来", "到",
        "上", "进", "人", "吧",
        "要准备1个", "准备1个", "要准备", "1个", "1份", "1场", "1次", "上一堂", "一堂", "一节课", "们", "单位",
        "列个", "列一个", "列一份", "帮我列", "整1场", "整一场", "整场", "弄1场", "弄一场", "啊", "呀", "了", "提纲", "大纲", "讲稿", "稿子", "课件", "宣讲",
        "讲座", "活动", "小时", "分钟", "就", "共",
        "计划", "弄", "一节", "的课", "集合", "出发", "参与", "参加",
    ].sorted { $0.count > $1.count }

    /// Fillers that also end a phrase (垃圾分类的, 节水宣讲吧); the rest only begin one.
    static let suffixFillers: Set<String> = [
        "的", "吧", "啊", "呀", "了", "宣讲", "讲座", "活动", "提纲", "大纲", "讲稿", "稿子", "课件", "一下", "左右", "的课", "课", "一节",
        "小时", "分钟", "人", "一场", "一次", "一个", "要准备1个", "准备1个", "要准备", "1个", "1份", "1场", "1次",
    ]

    /// What the talk or session is about: `关于X的`, `on X`, or the longest leftover words.
    static func topic(_ t: inout RequestText) -> String? {
        if let regex = topicPattern, let m = t.matches(regex).first, let g = m.groups[1] {
            t.markUsed(m.range)
            return g.trimmingCharacters(in: .whitespaces)
        }
        if let regex = themePattern, let m = t.matches(regex).first, let g = m.groups[1] {
            let theme = g.trimmingCharacters(in: .whitespaces)
            if theme.count >= 2 {
                t.markUsed(m.range)
                return theme
            }
        }
        var best: (topic: String, rank: Int)? = nil
        let pieces = t.leftovers().flatMap { chunk in
            ["搞", "开展", "组织", "举办", "安排"].reduce([chunk]) { parts, verb in
                parts.flatMap { $0.components(separatedBy: verb) }
            }
        }
        for chunk in pieces {
            var c = chunk
            var changed = true
            while changed {
                changed = false
                for f in fillers {
                    if c == f {
                        c = ""
                        changed = false
                        break
                    }
                    if c.hasPrefix(f), c.count > f.count {
                        c.removeFirst(f.count)
                        changed = true
                    }
                    if suffixFillers.contains(f), c.hasSuffix(f), c.count > f.count {
                        c.removeLast(f.count)
                        changed = true
                    }
                }
            }
            c = c.trimmingCharacters(in: .whitespaces)
            guard c.filter(RequestText.isHan).count >= 2, !c.contains(where: { $0.isASCII && $0.isLetter }) else {
                continue
            }
            // 给村民讲垃圾分类: what follows the verb is the topic, not who hears it; a clause that
            // only qualifies the talk (最好有互动, 听众是车间主任) is the topic only when nothing
            // else is left.
            var rank = asideOpeners.contains { c.hasPrefix($0) } ? 0 : 1
            // 做环保法规宣讲: the words before the kind of talk are its topic.
            if lessonEndings.contains(where: { chunk.hasSuffix($0) }) { rank = 2 }
            // 讲讲节约用水: the filler 讲讲 is the verb that says what follows is told.
            let opening = chunk.trimmingCharacters(in: .whitespaces)
            if let told = Self.told(c) ?? (opening.hasPrefix("讲") ? Self.told(opening) : nil) {
                c = told
                rank = 2
            }
            // On a tie the later words win: what is done comes after where (公园搞净山活动).
            if let b = best, rank < b.rank || (rank == b.rank && c.count < b.topic.count) { continue }
            best = (c, rank)
        }
        return best?.topic ?? englishActivity(t)
    }

    /// An English topic keeps an English title: River cleanup, Straw burning talk.
    static func englishTitle(topic: String, type: ServiceType?) -> String {
        let last = topic.split(separator: " ").last.map(String.init) ?? ""
        var title = topic
        if !englishActivityNouns.contains(last) {
            switch type {
            case .lecture?, nil: title += " talk"
            case .training?: title += " training"
            case .supervision?: title += " patrol"
            case .education?: title += " session"
            case .practice?: title += " activity"
            }
        }
        return title.prefix(1).uppercased() + title.dropFirst()
    }

    /// The words an English request calls the outing by (a river cleanup, a tree planting walk):
    /// a leftover run of words that ends in an activity noun, without the words around it.
    static func englishActivity(_ t: RequestText) -> String? {
        for chunk in t.leftovers() where chunk.contains(where: { $0.isASCII && $0.isLetter }) {
            var words = chunk.split(separator: " ").map(String.init)
            guard let end = words.lastIndex(where: { englishActivityNouns.contains($0) }) else { continue }
            words = Array(words[...end])
            let start = words.lastIndex(where: { englishTitleBreaks.contains($0) }).map { $0 + 1 } ?? 0
            let title = words[start...].filter { $0.allSatisfy { $0.isLetter || $0 == "-" } }
            guard (1...5).contains(title.count), !(title.count == 1 && genericActivityNouns.contains(title[0]))
            else { continue }
            return title.joined(separator: " ")
        }
        return nil
    }

    static let englishActivityNouns: Set<String> = [
        "cleanup", "clean-up", "patrol", "talk", "lecture", "workshop", "training", "planting", "walk", "fair",
        "exhibition", "competition", "contest", "campaign", "drive", "tour", "class", "seminar", "session", "event",
        "survey", "watch", "count", "pick", "day",
    ]

    /// Nouns that say only that something happens (an event, a session): not a title on their own.
    static let genericActivityNouns: Set<String> = ["session", "event", "day", "class", "talk", "drive"]

    /// Words an English title starts after: the request's verbs and articles.
    static let englishTitleBreaks: Set<String> = [
        "a", "an", "the", "our", "schedule", "organise", "organize", "hold", "run", "plan", "book", "set", "up",
        "arrange", "add", "have", "do", "host", "please", "let's", "we", "i", "want", "to", "need", "new", "for",
        "in", "at", "on", "with", "and", "next", "this", "tomorrow", "today",
    ]

    /// The words after the last 讲 that tells (讲, 讲讲, 来讲), not the 讲 of a noun (讲座, 讲稿).
    static func told(_ chunk: String) -> String? {
        let chars = Array(chunk)
        guard
            let i = chars.indices.last(where: {
                chars[$0] == "讲" && ($0 + 1 >= chars.count || !"座稿解义堂台师".contains(chars[$0 + 1]))
            }), i > 0
        else { return nil }
        var tail = String(chars[(i + 1)...])
        for lead in ["讲", "一讲", "一下", "一些", "些", "点", "新的", "下"] where tail.hasPrefix(lead) {
            tail.removeFirst(lead.count)
        }
        for end in suffixFillers.sorted(by: { $0.count > $1.count }) where tail.hasSuffix(end) && tail.count > end.count
        {
            tail.removeLast(end.count)
        }
        return tail.filter(RequestText.isHan).count >= 2 ? tail : nil
    }

    /// What a talk or an outing is called, ending the words that name its topic (环保法规宣讲,
    /// 观鸟活动).
    static let lessonEndings = ["宣讲", "讲座", "讲稿", "科普", "的课", "培训", "提纲", "大纲", "活动"]

    /// Clauses that say how the talk should be, not what it is about.
    static let asideOpeners = [
        "最好", "有没有", "听众", "包括", "要通俗", "通俗", "别太", "不要太", "重点", "内容", "要求", "求", "结合", "需要", "希望", "尽量",
    ]

    /// 主题是低碳生活, 主题 low carbon life, 课外讲座：喀斯特地貌: the topic named outright, in
    /// either language.
    static let themePattern = RequestSlots.regex(
        "(?:主题(?!班会|课|活动|日|党日|教育|宣传|演讲|讲座)(?:是|为|[:：])?|(?:讲座|宣讲|讲稿|课|培训)[:：])\\s*([^，,。；;！!？?]{2,40})")

    /// "on plastics for …", "about saving water".
    static let topicPattern = RequestSlots.regex(
        "\\b(?:on|about|regarding|covering)\\s+([a-z][a-z' -]{1,40}?)(?=\\s+(?:for|to|at|in|with|next|this|on|tomorrow|today)\\b|[,.;]|$)"
    )

    static func title(topic: String?, type: ServiceType?, _ t: RequestText) -> String? {
        let nouns = ["河道巡护", "巡河", "巡护", "讲座", "宣讲", "培训", "科普", "植树", "清洁", "活动", "巡查", "展览", "竞赛"]
        let noun = nouns.first { t.contains($0) }
        guard let topic else { return noun }
        if topic.contains(where: { $0.isASCII && $0.isLetter }) { return englishTitle(topic: topic, type: type) }
        if nouns.contains(where: { topic.hasSuffix($0) }) { return topic }
        if let noun { return topic + noun }
        switch type {
        case .lecture?: return topic + "宣讲"
        case .training?: return topic + "培训"
        case .supervision?: return topic + "监督"
        case .education?: return topic + "科普"
        case .practice?: return topic + "活动"
        case nil: return topic
        }
    }

    /// 地点在花果园社区服务中心 / 地点：区政府三楼会议室 / venue: the library.
    static func venue(_ t: RequestText) -> String? {
        guard let regex = venuePattern, let m = t.matches(regex).first, let g = m.groups[1]
        else { return nil }
        let v = g.trimmingCharacters(in: CharacterSet(charactersIn: " 。.!！"))
        return v.isEmpty ? nil : String(v.prefix(60))
    }

    static let venuePattern = RequestSlots.regex("(?:地点|场地|地址|venue)\\s*(?:在|是|为|:|：)?\\s*([^，,。；;]+)")

    /// 备注：带队认真 / note: led the group.
    static func note(_ t: RequestText) -> String? {
        guard let regex = notePattern, let m = t.matches(regex).first,
            let g = m.groups[1]
        else { return nil }
        return cleanReason(g)
    }

    static let notePattern = RequestSlots.regex("(?:备注|注明|note)\\s*[:：]\\s*(.+)$")

    static let reasonPattern = RequestSlots.regex(
        "(?:因为|由于|原因是|原因：|理由是|because of|because|due to|owing to)\\s*[:：]?\\s*(.+)$")

    static func reason(_ t: RequestText) -> String? {
        if let regex = reasonPattern, let m = t.matches(regex).first, let g = m.groups[1] {
            return cleanReason(g)
        }
        // 荔波那个科普取消 下大雨: typed on a phone, a space ends a Chinese clause.
        let chinese = t.text.contains { RequestText.isHan($0) } && !t.text.contains { $0.isASCII && $0.isLetter }
        let separators = chinese ? "，,；;。— " : "，,；;。—"
        let clauses = t.text.split(whereSeparator: { separators.contains($0) }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        guard clauses.count >= 2 else { return nil }
        let cancelWords = RequestIntent.cues["cancel"]?.flatMap(\.words) ?? []
        let rest = clauses.dropFirst().filter { c in !cancelWords.contains { c.contains($0) } }
        return rest.isEmpty ? nil : cleanReason(rest.joined(separator: "，"))
    }

    static func cleanReason(_ s: String) -> String? {
        var r = s.trimmingCharacters(in: CharacterSet(charactersIn: " 。.!！"))
        for p in ["因为", "由于", "说是"] where r.hasPrefix(p) { r.removeFirst(p.count) }
        for suffix in ["了吧", "吧"] where r.hasSuffix(suffix) && r.count > suffix.count + 1 { r.removeLast(suffix.count) }
        return r.isEmpty ? nil : String(r.prefix(100))
    }
}
