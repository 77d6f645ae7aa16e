import Foundation
import Testing

@testable import EcoVolKit

/// One labelled line of a request set, as written in the JSON files of `Requests/Labelled/`.
///
/// `command` is nil for a question (it must stay a question), a list when two commands are
/// equally right. Positionals are literal words, `a|b` for alternatives, `*` for any word,
/// `session:KEY` for the id of a session of the set's store and `person:NAME|OTHER` for a person
/// given by name (or by their id). Argument values are one string or a list of right ones.
/// `*` accepts any non-empty value. `any` lists keys (or `positionals`) whose presence and
/// value are not judged. `half` splits a set written for both tuning and measuring: `dev`
/// lines may be read while tuning, `held` lines are only scored.
struct RequestLabel: Decodable, Sendable {
    var text: String
    var half: String?
    var commands: [String]?
    var positionals: [String]
    var arguments: [String: [String]]
    var any: Set<String>

    var isQuestion: Bool { commands == nil }
    var expectedCommand: String { commands?.first ?? "question" }

    enum CodingKeys: String, CodingKey { case text, half, command, positionals, arguments, any }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        half = try c.decodeIfPresent(String.self, forKey: .half)
        if let one = try? c.decode(String.self, forKey: .command) {
            commands = [one]
        } else {
            commands = try c.decodeIfPresent([String].self, forKey: .command)
        }
        positionals = try c.decodeIfPresent([String].self, forKey: .positionals) ?? []
        var args: [String: [String]] = [:]
        if let raw = try c.decodeIfPresent([String: OneOrMany].self, forKey: .arguments) {
            for (key, value) in raw { args[key] = value.values }
        }
        arguments = args
        any = Set(try c.decodeIfPresent([String].self, forKey: .any) ?? [])
    }

    struct OneOrMany: Decodable {
        var values: [String]
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let one = try? c.decode(String.self) { values = [one] } else { values = try c.decode([String].self) }
        }
    }
}

/// The records a labelled set refers to, at a fixed moment: sessions (by key) made with
/// ordinary command lines and the people logged into them, or records with fixed ids.
struct RequestSetStore: Decodable {
    struct Entry: Decodable {
        var key: String
        var line: String
        var people: [String]
        var done: String?
    }
    struct Records: Decodable {
        struct SessionRecord: Decodable {
            var id, title, type, start, city: String
            var hours: Double
            var county, audience: String?
        }
        struct PersonRecord: Decodable {
            var id, name, registered: String
        }
        var sessions: [SessionRecord]
        var people: [PersonRecord]
    }
    var now: Date
    var sessions: [Entry]?
    var extraPeople: [String]?
    var records: Records?

    /// The fixed-id records as a state (no store needed).
    func recordState() -> OutreachState {
        var state = OutreachState()
        let zone = ChinaTime.zone
        func at(_ text: String) -> Date {
            let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
            guard parts.count == 5 else { return now }
            return CalendarDate(year: parts[0], month: parts[1], day: parts[2]).at(
                hour: parts[3], minute: parts[4], in: zone)
        }
        let created = at("2026-11-01 09:00")
        for r in records?.sessions ?? [] {
            let start = at(r.start)
            state.apply(
                .putSession(
                    Session(
                        id: r.id, title: r.title, type: ServiceType(rawValue: r.type) ?? .lecture, start: start,
                        end: start.addingTimeInterval(r.hours * 3600), city: r.city, county: r.county,
                        audience: r.audience.flatMap(Audience.init(rawValue:)), created: created)))
        }
        for p in records?.people ?? [] {
            state.apply(.putPerson(Person(id: p.id, name: p.name, registered: at(p.registered))))
        }
        return state
    }
}

/// Loads the labelled request sets and their store, and judges an interpreter's readings of them.
enum RequestLabelSet {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Labelled")
    }

    static func labels(_ name: String) throws -> [RequestLabel] {
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
        return try JSONDecoder().decode([RequestLabel].self, from: data)
    }

    static func storeDescription(_ name: String) throws -> RequestSetStore {
        let data = try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(RequestSetStore.self, from: data)
    }

    /// Builds the described store in a temporary directory; returns its state and the session ids by key.
    @MainActor
    static func build(_ description: RequestSetStore) async throws -> (OutreachState, [String: String]) {
        if description.records != nil { return (description.recordState(), [:]) }
        let context = makeContext(temporaryStoreDirectory(), now: description.now)
        var ids: [String: String] = [:]
        for entry in description.sessions ?? [] {
            let made = await run(context, entry.line + " --json")
            let id = try #require(
                made.output?.json["sessions"]?.arrayValue?.first?["id"]?.stringValue,
                "\(entry.key): \(String(describing: made.error?.message.en))")
            ids[entry.key] = id
            if !entry.people.isEmpty {
                let logged = await run(context, "/log \(id) " + entry.people.joined(separator: " "))
                #expect(logged.status == .succeeded, "\(entry.key): \(String(describing: logged.error?.message.en))")
            }
            if let done = entry.done {
                let marked = await run(context, "/done \(id) \(done)")
                #expect(marked.status == .succeeded, "\(entry.key): \(String(describing: marked.error?.message.en))")
            }
        }
        if let extra = description.extraPeople, !extra.isEmpty, let host = ids.values.sorted().first {
            for name in extra {
                // "Emily Carter" is one person: as positionals she would be two.
                let spaced = name.contains(" ")
                _ = await run(context, "/log \(host) " + (spaced ? "name=\"\(name)\"" : name))
                _ = await run(context, "/unlog \(host) " + (spaced ? "\"\(name)\"" : name))
            }
        }
        return (try await context.outreachStore().state, ids)
    }

    /// How one reading fared against its label.
    struct Verdict {
        var commandRight: Bool
        var argumentsRight: Bool
        var questionTurnedIntoChange: Bool
        var unsure: Bool
        var got: String
    }

    static func judge(
        _ label: RequestLabel, _ reading: RequestInterpretation, state: OutreachState, ids: [String: String]
    ) -> Verdict {
        let unsure = reading.decision == .unsure
        let got: String
        switch reading.decision {
        case .question: got = "question"
        case .unsure: got = "unsure " + (reading.best?.line ?? "")
        case .request: got = reading.best?.line ?? ""
        }
        guard let commands = label.commands else {
            let change = reading.decision == .request && (reading.best?.changesRecords ?? false)
            let right = reading.decision == .question
            return Verdict(
                commandRight: right, argumentsRight: right, questionTurnedIntoChange: change, unsure: unsure, got: got)
        }
        guard reading.decision == .request, let best = reading.best, commands.contains(best.command) else {
            return Verdict(
                commandRight: false, argumentsRight: false, questionTurnedIntoChange: false, unsure: unsure, got: got)
        }
        let right = positionalsMatch(label, best, state: state, ids: ids) && argumentsMatch(label, best, state: state)
        return Verdict(
            commandRight: true, argumentsRight: right, questionTurnedIntoChange: false, unsure: unsure, got: got)
    }

    static func positionalsMatch(
        _ label: RequestLabel, _ proposal: RequestProposal, state: OutreachState, ids: [String: String]
    ) -> Bool {
        if label.any.contains("positionals") { return true }
        guard label.positionals.count == proposal.positionals.count else { return false }
        var remaining = proposal.positionals
        for word in label.positionals {
            let accepted = acceptedWords(word, state: state, ids: ids)
            guard let i = remaining.firstIndex(where: { word == "*" || accepted.contains($0) }) else { return false }
            remaining.remove(at: i)
        }
        return true
    }

    static func acceptedWords(_ word: String, state: OutreachState, ids: [String: String]) -> Set<String> {
        if word.hasPrefix("session:") {
            return Set([ids[String(word.dropFirst(8))]].compactMap { $0 })
        }
        if word.hasPrefix("person:") {
            let names = word.dropFirst(7).split(separator: "|").map(String.init)
            let personIDs = state.people.values.filter { names.contains($0.name) }.map(\.id)
            return Set(names + personIDs)
        }
        return Set(word.split(separator: "|").map(String.init))
    }

    static func argumentsMatch(_ label: RequestLabel, _ proposal: RequestProposal, state: OutreachState) -> Bool {
        for (key, labelled) in label.arguments {
            // A lecturer is a person: by name (as labelled) or by the id the proposal carries.
            var accepted = labelled.map { $0.hasPrefix("person:") ? String($0.dropFirst(7)) : $0 }
            if key == "lecturer" {
                accepted += state.people.values.filter { accepted.contains($0.name) }.map(\.id)
            }
            if key == "duration" {
                guard let wanted = accepted.first.flatMap(DurationParser.hours), let got = duration(of: proposal),
                    abs(wanted - got) < 0.01
                else { return false }
                continue
            }
            // Hours served are a length too: hours=2 is 2h.
            if key == "hours", let wanted = accepted.first.flatMap(DurationParser.hours),
                let got = proposal.value("hours").flatMap(DurationParser.hours)
            {
                guard abs(wanted - got) < 0.01 else { return false }
                continue
            }
            guard let value = proposal.value(key), accepted.contains(value) || accepted == ["*"] && !value.isEmpty
            else { return false }
        }
        for argument in proposal.arguments where label.arguments[argument.key] == nil {
            if label.any.contains(argument.key) { continue }
            if argument.key == "end", label.arguments["duration"] != nil { continue }
            return false
        }
        return true
    }

    /// The proposal's length in hours, from `duration=` or from `start=` and `end=`.
    static func duration(of proposal: RequestProposal) -> Double? {
        if let d = proposal.value("duration") { return DurationParser.hours(d) }
        guard let start = proposal.value("start"), let end = proposal.value("end") else { return nil }
        func minutes(_ text: String) -> Int? {
            let clock = text.split(separator: " ").last.map(String.init) ?? text
            let parts = clock.split(separator: ":").compactMap { Int($0) }
            return parts.count == 2 ? parts[0] * 60 + parts[1] : nil
        }
        guard let s = minutes(start), let e = minutes(end) else { return nil }
        return Double(e - s) / 60
    }

    /// Accuracy by expected command: (lines, right command, right arguments), and the report text.
    struct Score {
        var lines = 0
        var commandRight = 0
        var argumentsRight = 0
        var requests = 0
        var requestArgumentsRight = 0
        var questionsTurnedIntoChanges: [String] = []
        var unsure = 0
        var byCommand: [String: (lines: Int, command: Int, arguments: Int)] = [:]
        var misses: [String] = []

        var commandAccuracy: Double { lines == 0 ? 0 : Double(commandRight) / Double(lines) }
        var argumentAccuracy: Double { requests == 0 ? 0 : Double(requestArgumentsRight) / Double(requests) }

        mutating func add(_ label: RequestLabel, _ verdict: Verdict) {
            lines += 1
            if verdict.commandRight { commandRight += 1 }
            if verdict.argumentsRight { argumentsRight += 1 }
            if verdict.unsure { unsure += 1 }
            if !label.isQuestion {
                requests += 1
                if verdict.argumentsRight { requestArgumentsRight += 1 }
            }
            if verdict.questionTurnedIntoChange { questionsTurnedIntoChanges.append(label.text) }
            var row = byCommand[label.expectedCommand] ?? (0, 0, 0)
            row.lines += 1
            if verdict.commandRight { row.command += 1 }
            if verdict.argumentsRight { row.arguments += 1 }
            byCommand[label.expectedCommand] = row
            if !verdict.argumentsRight {
                misses.append("\(label.text)\n    want \(label.expectedCommand), got \(verdict.got)")
            }
        }

        var report: String { summary + "misses:\n  " + misses.joined(separator: "\n  ") }

        /// The figures, overall and per command, without the lines.
        var summary: String {
            var text = String(
                format:
                    "%d lines: command %.1f %%, arguments %.1f %% of %d requests, %d unsure, %d questions turned into changes\n",
                lines, commandAccuracy * 100, argumentAccuracy * 100, requests, unsure,
                questionsTurnedIntoChanges.count)
            for (command, row) in byCommand.sorted(by: { $0.key < $1.key }) {
                text += "  \(command.padding(toLength: 12, withPad: " ", startingAt: 0)) \(row.lines) lines, "
                text += "command \(row.command)/\(row.lines), arguments \(row.arguments)/\(row.lines)\n"
            }
            return text
        }
    }

    /// Reads every line of a set (or of one of its halves) with an interpreter over the set's
    /// store and scores it.
    @MainActor
    static func score(labels: String, store: String, half: String? = nil) async throws -> Score {
        let description = try storeDescription(store)
        let (state, ids) = try await build(description)
        let interpreter = RequestInterpreter(now: description.now, timeZone: ChinaTime.zone, state: state)
        var score = Score()
        for label in try Self.labels(labels) where half == nil || label.half == half {
            score.add(label, judge(label, interpreter.interpret(label.text), state: state, ids: ids))
        }
        return score
    }
}
