/// One `key=value` argument of a proposal, kept in the order the command's usage lists them.
package struct RequestArgument: Sendable, Equatable {
    package var key: String
    package var value: String

    package init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// What a plain-words request is taken to mean: a command with resolved, canonical arguments
/// (absolute date-times, enumeration codes, session and person ids), so the line shown for
/// confirmation means the same whenever it is run. Nothing is changed by a proposal; the user
/// runs its `line` (or an edited copy) to make the change.
package struct RequestProposal: Sendable, Equatable {
    /// The command's English name (`schedule`, `log` …).
    package var command: String
    package var positionals: [String]
    package var arguments: [RequestArgument]
    /// Required fields the words did not give (`start`, `id` …), for the guided dialogue.
    package var missing: [String]
    /// A short note on how a session or person was found (shown beside the proposal).
    package var notes: [LocalizedText]
    /// How sure the reading is, 0–1; close seconds make an interpretation unsure.
    package var confidence: Double

    package init(
        command: String, positionals: [String] = [], arguments: [RequestArgument] = [], missing: [String] = [],
        notes: [LocalizedText] = [], confidence: Double = 1
    ) {
        self.command = command
        self.positionals = positionals
        self.arguments = arguments
        self.missing = missing
        self.notes = notes
        self.confidence = confidence
    }

    /// Commands that change records; a proposal of one of these is never run without confirmation.
    package static let changingCommands: Set<String> = [
        "schedule", "log", "done", "cancel", "edit", "unlog", "mark", "checkin", "checkout", "undo", "merge",
    ]

    package var changesRecords: Bool { Self.changingCommands.contains(command) }

    package func value(_ key: String) -> String? { arguments.first { $0.key == key }?.value }

    package mutating func set(_ key: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        if let i = arguments.firstIndex(where: { $0.key == key }) {
            arguments[i].value = value
        } else {
            arguments.append(RequestArgument(key, value))
        }
    }

    /// The canonical command line: `/schedule title=… start="2026-12-03 14:00" …`.
    package var line: String {
        var words = ["/" + command]
        words += positionals.map(Self.quoted)
        words += arguments.map { $0.key + "=" + Self.quoted($0.value) }
        return words.joined(separator: " ")
    }

    /// The form printed in batch mode: `{"proposal": {"command", "line", "arguments", "missing"}}`.
    package var json: JSONValue {
        var args: [(String, JSONValue?)] = []
        if !positionals.isEmpty { args.append(("positionals", .array(positionals.map { .string($0) }))) }
        for a in arguments { args.append((a.key, .string(a.value))) }
        return .obj([
            ("command", .string(command)),
            ("line", .string(line)),
            ("arguments", .obj(args)),
            ("missing", .array(missing.map { .string($0) })),
            ("changes", .bool(changesRecords)),
        ])
    }

    /// Quotes a word the command-line parser would otherwise split or read as `key=value`.
    static func quoted(_ text: String) -> String {
        let needs =
            text.isEmpty || text.contains { $0.isWhitespace || "\"'“”‘’「」『』=＝\\".contains($0) } || text.hasPrefix("--")
        guard needs else { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }
}

/// The reading of one line of free text: a request (with up to two proposals, best first), a
/// question for the knowledge base, or unsure between the two.
public struct RequestInterpretation: Sendable, Equatable {
    package enum Decision: String, Sendable, Equatable {
        case request
        case question
        /// It may be a request; ask before treating it as one.
        case unsure
    }

    package var decision: Decision
    package var proposals: [RequestProposal]

    package init(decision: Decision, proposals: [RequestProposal] = []) {
        self.decision = decision
        self.proposals = proposals
    }

    package static let question = RequestInterpretation(decision: .question)

    package var best: RequestProposal? { proposals.first }
}
