import Foundation

/// The opened store of this REPL, opened on first use so starting ecovol to ask a question
/// never waits for a large store.
package enum OutreachStoreKey: ContextKey {
    package static var defaultValue: (any OutreachStore)? { nil }
}

/// Changes made in this REPL, newest last, for `/undo`.
package enum OutreachUndoKey: ContextKey {
    package static var defaultValue: [StoreCommit] { [] }
}

extension CommandContext {
    /// The store, opened lazily (through `StoreFactory`, from `storeLocation`) and caught up
    /// with other processes before every use.
    package func outreachStore() async throws -> any OutreachStore {
        if let store = self[OutreachStoreKey.self] {
            try await store.refresh()
            return store
        }
        let store = try await StoreFactory.open(
            storeLocation, dataDirectory: dataDirectory, environment: environment, now: now)
        self[OutreachStoreKey.self] = store
        // A server store may still be reading its replica in the background: this waits for it
        // without blocking, and re-reads the server when the replica could not be used.
        if store.kind == .postgres { try await store.refresh() }
        return store
    }

    /// The records as last read, if the store has been opened; never opens, refreshes or locks
    /// anything (completion runs on every Tab and must not wait for a disk or a server).
    package var cachedOutreachState: OutreachState? { self[OutreachStoreKey.self]?.state }

    /// Commits and remembers the change for `/undo`.
    func commitOutreach(
        _ store: any OutreachStore, command: String, _ build: (OutreachState) throws -> [StoreOperation]
    ) async throws -> StoreCommit? {
        let commit = try await store.commit(command: command, undoes: nil, build)
        if let commit { self[OutreachUndoKey.self].append(commit) }
        return commit
    }

    var stamp: Date { ISOTimestamp.normalize(now()) }
}

/// Finding sessions and people from what a user typed, formatting them, and their JSON.
@MainActor
enum Outreach {
    // MARK: Resolving

    /// A session by id or unique prefix; refused under `field`, by default `id`, the name the
    /// commands declare the argument with (`OutreachArguments.session`).
    static func session(_ text: String, in state: OutreachState, field: String = "id") throws -> Session {
        let accepted: LocalizedText
        switch RecordLookup.session(text, in: state) {
        case .found(let s): return s
        case .ambiguous(let ids): accepted = L(.outreachAmbiguousID, ["ids": ids.joined(separator: " ")])
        case .none: accepted = L(.outreachAcceptedSessionID)
        }
        throw CommandFailure(
            code: "session.unknown",
            message: L(.outreachUnknownSession, ["id": TerminalSafeText.clip(text, maxLength: 20)]).joined(
                with: accepted), field: field)
    }

    /// A person by id, exact name or phone; asks which one when a name is shared (or fails
    /// listing them when there is no one to ask).
    static func person(_ text: String, in state: OutreachState, context: CommandContext, field: String = "person")
        async throws -> Person?
    {
        let named = RecordLookup.people(text, in: state)
        if named.count <= 1 { return named.first }
        return try await choose(
            among: named, name: text.trimmingCharacters(in: .whitespaces), state: state, context: context, field: field)
    }

    static func choose(
        among people: [Person], name: String, state: OutreachState, context: CommandContext, field: String
    ) async throws -> Person {
        let list = people.enumerated().map { "\($0.offset + 1)) " + OutreachFormat.describe($0.element) }
        guard let prompter = context.prompter else {
            throw CommandFailure(
                code: "person.ambiguous",
                message: L(.outreachAmbiguousPerson, ["name": name, "list": list.joined(separator: "; ")]),
                field: field)
        }
        prompter.show(context.text(L(.outreachWhichPerson, ["name": name])))
        for line in list { prompter.show("  " + line) }
        while true {
            guard let answer = await prompter.ask(context.text(L(.outreachAskNumber)), defaultValue: "1") else {
                throw CancellationError()
            }
            if let n = Int(NumberText.halfWidth(answer).trimmingCharacters(in: .whitespaces)),
                (1...people.count).contains(n)
            {
                return people[n - 1]
            }
            if let p = people.first(where: { $0.id == answer.trimmingCharacters(in: .whitespaces) }) { return p }
            prompter.show(context.text(L(.outreachPickNumber, ["max": String(people.count)])))
        }
    }

    /// Asks which of `people` is meant, offering "register a new NAME" as the last choice
    /// (the default when `newIsDefault`). Returns nil for a new person. Without someone to ask,
    /// `fallback` decides (nil fallback: refuse, listing them).
    static func chooseOrNew(
        among people: [Person], name: String, state: OutreachState, context: CommandContext, field: String,
        newIsDefault: Bool, fallback: (() -> Person?)?
    ) async throws -> Person? {
        let list = people.enumerated().map { "\($0.offset + 1)) " + OutreachFormat.describe($0.element) }
        guard let prompter = context.prompter else {
            if let fallback { return fallback() }
            throw CommandFailure(
                code: "person.ambiguous",
                message: L(.outreachAmbiguousPerson, ["name": name, "list": list.joined(separator: "; ")]),
                field: field)
        }
        prompter.show(context.text(L(.peopleWhichOrNew, ["name": name])))
        for line in list { prompter.show("  " + line) }
        let newChoice = people.count + 1
        prompter.show("  \(newChoice)) " + context.text(L(.peopleRegisterNew, ["name": name])))
        while true {
            guard
                let answer = await prompter.ask(
                    context.text(L(.outreachAskNumber)), defaultValue: String(newIsDefault ? newChoice : 1))
            else { throw CancellationError() }
            let text = NumberText.halfWidth(answer).trimmingCharacters(in: .whitespaces)
            if let n = Int(text), (1...people.count).contains(n) { return people[n - 1] }
            if Int(text) == newChoice { return nil }
            if let p = people.first(where: { $0.id == text }) { return p }
            prompter.show(context.text(L(.outreachPickNumber, ["max": String(newChoice)])))
        }
    }

    static func requirePerson(
        _ text: String, in state: OutreachState, context: CommandContext, field: String = "person"
    ) async throws -> Person {
        guard let p = try await person(text, in: state, context: context, field: field) else {
            throw CommandFailure(
                code: "person.unknown",
                message: L(.outreachUnknownPerson, ["person": TerminalSafeText.clip(text, maxLength: 30)]),
                field: field)
        }
        return p
    }

    // MARK: Formatting

    static func sessionFields(_ s: Session, _ state: OutreachState, _ lang: Language) -> [(String, StyledText)] {
        func f(_ key: MessageKey, _ value: String?) -> (String, StyledText)? {
            guard let value, !value.isEmpty else { return nil }
            return (L(key).text(lang), StyledText(value))
        }
        var type = s.type.label.text(lang)
        if let level = s.trainingLevel { type += lang.parenthesized(level.label.text(lang)) }
        var status = s.status.label.text(lang)
        if let r = s.cancelReason { status += (lang == .zh ? "：" : ": ") + r }
        let rows: [(String, StyledText)?] = [
            (L(.fieldId).text(lang), StyledText(s.id, .accent)),
            f(.fieldTitle, s.title), f(.fieldWhen, OutreachFormat.when(s, lang) + " (\(s.timeZone))"),
            f(.fieldType, type),
            f(.fieldCity, [OutreachFormat.cityShort(s.city, lang), s.county].compactMap { $0 }.joined(separator: " ")),
            f(.fieldVenue, s.venue),
            f(.fieldAudience, s.audience?.label.text(lang)),
            f(.fieldProject, s.project.map { state.projectName($0, lang) }),
            f(.fieldCapacity, s.capacity.map(String.init)),
            f(.fieldLecturer, s.lecturers.joined(separator: lang.listSeparator)),
            f(.fieldOrganiser, s.organiser), f(.fieldLeader, s.leader), f(.fieldRecorder, s.recorder),
            f(.fieldSupport, s.support.map { $0.label.text(lang) }.joined(separator: lang.listSeparator)),
            f(.fieldStatus, status),
            f(.fieldReached, s.reached.map(String.init)),
            f(.fieldRating, s.rating.map { String(repeating: "★", count: $0) }),
            f(.fieldNotes, s.notes),
        ]
        return rows.compactMap { $0 }
    }

    // MARK: JSON

    static func json(_ s: Session, _ state: OutreachState) -> JSONValue {
        let people = state.participations(session: s.id)
        return .obj([
            ("id", .string(s.id)), ("title", .string(s.title)), ("type", .string(s.type.rawValue)),
            ("training_level", s.trainingLevel.map { .string($0.rawValue) }),
            ("start", .string(ISOTimestamp.format(s.start))), ("end", .string(ISOTimestamp.format(s.end))),
            ("time_zone", .string(s.timeZone)),
            ("hours", .number(s.hours)), ("venue", s.venue.map { .string($0) }), ("city", .string(s.city)),
            ("county", s.county.map { .string($0) }),
            ("audience", s.audience.map { .string($0.rawValue) }), ("project", s.project.map { .string($0) }),
            ("capacity", s.capacity.map { .int($0) }), ("lecturers", .array(s.lecturers.map { .string($0) })),
            ("organiser", s.organiser.map { .string($0) }), ("leader", s.leader.map { .string($0) }),
            ("recorder", s.recorder.map { .string($0) }),
            ("support", .array(s.support.map { .string($0.rawValue) })), ("status", .string(s.status.rawValue)),
            ("cancel_reason", s.cancelReason.map { .string($0) }), ("reached", s.reached.map { .int($0) }),
            ("rating", s.rating.map { .int($0) }),
            ("notes", s.notes.map { .string($0) }), ("series", s.series.map { .string($0) }),
            ("signed_up", .int(people.filter { $0.status.holdsPlace }.count)),
            ("waitlisted", .int(people.filter { $0.status == .waitlisted }.count)),
        ])
    }

    static func json(_ p: Person, _ state: OutreachState, stars: StarLevel, now: Date) -> JSONValue {
        let hours = state.serviceHours(person: p.id, asOf: now).hours
        return .obj([
            ("id", .string(p.id)), ("name", .string(p.name)), ("phone", p.maskedPhone.map { .string($0) }),
            ("organisation", p.organisation.map { .string($0) }), ("skills", .array(p.skills.map { .string($0) })),
            ("registered", .string(ISOTimestamp.format(p.registered))), ("consent", p.consent.map { .string($0) }),
            ("id_number", p.maskedIDNumber.map { .string($0) }), ("hours", .number(hours)),
            ("stars", .int(stars.stars(forHours: hours))),
        ])
    }

    static func json(_ p: Participation) -> JSONValue {
        .obj([
            ("session", .string(p.session)), ("person", .string(p.person)), ("role", .string(p.role.rawValue)),
            ("status", .string(p.status.rawValue)),
            ("scheduled_hours", .number(p.scheduledHours)), ("actual_hours", .number(p.actualHours)),
            ("check_in", p.checkIn.map { .string(ISOTimestamp.format($0)) }),
            ("check_out", p.checkOut.map { .string(ISOTimestamp.format($0)) }),
            ("evaluation", p.evaluation.map { .int($0) }), ("note", p.note.map { .string($0) }),
        ])
    }

    static func saved(_ commit: StoreCommit?) -> (String, JSONValue?) {
        ("seq", commit.map { .int($0.seq) })
    }
}

extension Completion {
    /// Session ids, upcoming first, with their date and title.
    package static let sessionIDs = Completion { context in
        guard let state = context.cachedOutreachState else { return [] }
        let now = context.now()
        let sorted = state.sessions.values.sorted { a, b in
            let ua = a.end >= now
            let ub = b.end >= now
            return ua != ub ? ua : (ua ? a.start < b.start : a.start > b.start)
        }
        return sorted.prefix(200).map {
            CompletionCandidate($0.id, description: CalendarDate($0.start, in: $0.zone).iso + " " + $0.title)
        }
    }

    /// Names (and ids) of people.
    package static let people = Completion { context in
        guard let state = context.cachedOutreachState else { return [] }
        return state.people.values.filter { $0.mergedInto == nil }.sorted { $0.name < $1.name }.prefix(500).map {
            CompletionCandidate(
                $0.name, description: [$0.id, $0.organisation].compactMap { $0 }.joined(separator: " "))
        }
    }

    /// Cities by the name the user reads: Chinese short names in Chinese, English names in
    /// English (one word each, so the completed line still parses).
    package static let cities = Completion { context in
        City.all.map { city in
            context.language == .zh
                ? CompletionCandidate(city.shortName, description: city.english)
                : CompletionCandidate(city.completionName, description: city.shortName)
        }
    }
    package static let serviceTypes = Completion.candidates(
        ServiceType.allCases.map { CompletionCandidate($0.rawValue, description: $0.label.zh) })
    package static let audiences = Completion.candidates(
        Audience.allCases.map { CompletionCandidate($0.rawValue, description: $0.label.zh) })
    package static let trainingLevels = Completion.candidates(
        TrainingLevel.allCases.map { CompletionCandidate($0.rawValue, description: $0.label.zh) })
    package static let roles = Completion.candidates(
        ParticipationRole.allCases.map { CompletionCandidate($0.rawValue, description: $0.label.zh) })
    package static let supportKinds = Completion.candidates(
        SupportKind.allCases.map { CompletionCandidate($0.rawValue, description: $0.label.zh) })
    package static let dateExamples = Completion.values([
        "明天 9:30", "下周三 14:00", "tomorrow 9:30", "next Wednesday 14:00",
    ])
    package static let durationExamples = Completion.values(["1h", "1.5h", "2h", "90分钟", "3小时"])
    package static let projects = Completion { context in
        let list = context.cachedOutreachState?.projects ?? Project.builtIns
        return list.map { CompletionCandidate($0.id, description: $0.name) }
    }
}
