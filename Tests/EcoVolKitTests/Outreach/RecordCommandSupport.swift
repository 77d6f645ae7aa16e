import Foundation
import Testing

@testable import EcoVolKit

/// Everything a record command can change, read afresh from the store's files: two values are
/// equal only when no session, person or participation differs and no change was committed.
struct StoredRecords: Equatable {
    var seq: Int
    var sessions: [String: Session]
    var people: [String: Person]
    var participations: [Participation]

    @MainActor static func read(_ dir: String) async throws -> StoredRecords {
        let store = try await makeContext(dir).outreachStore()
        let state = store.state
        return StoredRecords(
            seq: store.seq, sessions: state.sessions, people: state.people,
            participations: state.allParticipations.sorted {
                ($0.session, $0.person) < ($1.session, $1.person)
            })
    }

    func person(named name: String) -> Person? {
        people.values.first { $0.name == name && $0.mergedInto == nil }
    }

    /// The participation of the person called `name` at `session`.
    func participation(_ session: String, _ name: String) -> Participation? {
        guard let person = person(named: name) else { return nil }
        return participations.first { $0.session == session && $0.person == person.id }
    }
}

/// One refused line as both languages see it.
struct Refusal {
    var code: String
    var field: String?
    var zh: String
    var en: String
}

/// Runs `line` against the store in `dir` once in Chinese and once in English, expects both
/// refused with the same code and field, and checks that nothing in the store changed.
@MainActor
func refusal(_ dir: String, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Refusal {
    let before = try await StoredRecords.read(dir)
    var texts: [Language: String] = [:]
    var codes: Set<String> = []
    var fields: Set<String?> = []
    for language in [Language.zh, .en] {
        let outcome = await run(makeContext(dir, language: language), line)
        #expect(outcome.status == .failed || outcome.status == .usageError, "\(line)", sourceLocation: sourceLocation)
        let error = try #require(outcome.error, "\(language) \(line)", sourceLocation: sourceLocation)
        texts[language] = error.message.text(language)
        codes.insert(error.code)
        fields.insert(error.field)
    }
    #expect(codes.count == 1 && fields.count == 1, "\(line): \(codes) \(fields)", sourceLocation: sourceLocation)
    #expect(texts[.zh] != texts[.en], "\(line) reads the same in both languages", sourceLocation: sourceLocation)
    #expect(try await StoredRecords.read(dir) == before, "\(line) changed the store", sourceLocation: sourceLocation)
    return Refusal(
        code: codes.first ?? "", field: fields.first ?? nil, zh: texts[.zh] ?? "", en: texts[.en] ?? "")
}

/// The succeeded outcome's JSON document; records an issue (with the error's text) otherwise.
@MainActor
func succeededJSON(
    _ context: CommandContext, _ line: String, sourceLocation: SourceLocation = #_sourceLocation
) async -> JSONValue {
    let outcome = await run(context, line)
    #expect(
        outcome.status == .succeeded, "\(line): \(String(describing: outcome.error?.message.en))",
        sourceLocation: sourceLocation)
    return outcome.output?.json ?? .null
}

/// Writes `text` to a file named `name` beside the store directory and returns its path.
func writeCSV(besides dir: String, _ name: String, _ text: String) throws -> String {
    let path = (dir as NSString).deletingLastPathComponent + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// A line a record command must refuse, for a table of cases: `{name}` placeholders are filled
/// by the test (`{id}`, `{cancelled}` …), and the refusal must carry the code (when given), the
/// field and every `shown` text in both languages.
struct BadLine: CustomTestStringConvertible, Sendable {
    var line: String
    var code: String? = nil
    var field: String
    /// Text both languages show.
    var shown: [String]
    var testDescription: String { line }
}

/// Runs `bad` against the store in `dir` with its placeholders filled from `values`, and checks
/// the refusal as `refusal` does (both languages, nothing stored) and as `bad` says.
@MainActor
func expectRefusal(
    _ bad: BadLine, in dir: String, filling values: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    func fill(_ text: String) -> String {
        values.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
    let line = fill(bad.line)
    let refused = try await refusal(dir, line, sourceLocation: sourceLocation)
    if let code = bad.code {
        #expect(refused.code == code, "\(line): \(refused.code)", sourceLocation: sourceLocation)
    }
    #expect(refused.field == bad.field, "\(line): \(String(describing: refused.field))", sourceLocation: sourceLocation)
    for shown in bad.shown.map(fill) {
        #expect(refused.zh.contains(shown), "\(refused.zh) lacks \(shown)", sourceLocation: sourceLocation)
        #expect(refused.en.contains(shown), "\(refused.en) lacks \(shown)", sourceLocation: sourceLocation)
    }
}
