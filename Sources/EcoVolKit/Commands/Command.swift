/// A REPL command, declared the way swift-argument-parser declares one: a static
/// configuration (name, aliases, help, arguments with their completions) and a `run` that
/// returns structured output. `/help`, completion and argument checking are all generated
/// from the configuration, so adding a command means adding one file and listing its type in
/// `CommandRegistry.standard`.
package protocol Command: Sendable {
    static var configuration: CommandConfiguration { get }
    init()
    @MainActor func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput
}

/// Groups in `/help`, in the order users meet them.
package enum CommandGroup: String, Sendable, CaseIterable {
    case knowledge
    case outreach
    case people
    case reports
    case general

    package var title: LocalizedText {
        switch self {
        case .knowledge: return L(.groupKnowledge)
        case .outreach: return L(.groupOutreach)
        case .people: return L(.groupPeople)
        case .reports: return L(.groupReports)
        case .general: return L(.groupGeneral)
        }
    }
}

/// Everything a command declares about itself.
package struct CommandConfiguration: Sendable {
    /// The English name, typed after `/`.
    package var name: String
    /// Other names, Chinese first (`安排`), then short forms.
    package var aliases: [String]
    package var group: CommandGroup
    /// One line, both languages.
    package var summary: LocalizedText
    /// e.g. `/schedule title=… type=… start=… [end=…]`; generated from the arguments when
    /// the declaration gives none (see `generatedUsage`).
    package var usage: String
    /// Lines a user can copy.
    package var examples: [String]
    /// Longer help, both languages (optional).
    package var discussion: LocalizedText?
    /// Positional arguments in order; the last may be variadic.
    package var positionals: [ArgumentSpec]
    /// `key=value` arguments.
    package var keys: [ArgumentSpec]
    /// When true, keys not declared are allowed (the command checks them itself).
    package var acceptsUndeclaredKeys: Bool
    /// Keys the command does not take but users type, each with what to write instead
    /// (`/export format=` → the extension picks the format). Refused like any unknown key, but
    /// with this text in place of a "did you mean" that would point at an unrelated key.
    package var misplacedKeys: [String: LocalizedText]

    package init(
        name: String,
        aliases: [String] = [],
        group: CommandGroup = .general,
        summary: LocalizedText,
        usage: String? = nil,
        examples: [String] = [],
        discussion: LocalizedText? = nil,
        positionals: [ArgumentSpec] = [],
        keys: [ArgumentSpec] = [],
        acceptsUndeclaredKeys: Bool = false,
        misplacedKeys: [String: LocalizedText] = [:]
    ) {
        self.name = name
        self.aliases = aliases
        self.group = group
        self.summary = summary
        self.usage = ""
        self.examples = examples
        self.discussion = discussion
        self.positionals = positionals
        self.keys = keys
        self.acceptsUndeclaredKeys = acceptsUndeclaredKeys
        self.misplacedKeys = misplacedKeys
        self.usage = usage ?? generatedUsage
    }

    /// All names the command answers to.
    package var allNames: [String] { [name] + aliases }

    /// Names offered by Tab: the English name and the Chinese aliases (short ASCII forms
    /// such as `h` or `q` still work when typed, but would only clutter the list).
    package var completableNames: [String] { [name] + aliases.filter { !$0.allSatisfy(\.isASCII) } }

    /// The key spec for a name or one of its aliases.
    package func keySpec(_ key: String) -> ArgumentSpec? {
        let k = key.lowercased()
        return keys.first { $0.name == k || $0.aliases.contains(k) }
    }
}

/// One argument a command takes, with what to complete for it.
package struct ArgumentSpec: Sendable {
    package var name: String
    package var aliases: [String]
    package var help: LocalizedText
    package var completion: Completion
    package var isRequired: Bool
    /// Positional only: takes all remaining positional words.
    package var isVariadic: Bool
    /// Asked for by a dialogue when missing: required in usage, not refused up front.
    package var isPrompted: Bool = false
    /// The value type's accepted values, placeholder and check (typed arguments only).
    package var value: ArgumentValueInfo?

    package init(
        _ name: String,
        aliases: [String] = [],
        help: LocalizedText,
        completion: Completion = .none,
        required: Bool = false,
        variadic: Bool = false
    ) {
        self.name = name
        self.aliases = aliases
        self.help = help
        self.completion = completion
        self.isRequired = required
        self.isVariadic = variadic
    }
}

/// One completion offered: the text to insert and an optional description shown in lists.
package struct CompletionCandidate: Sendable, Hashable {
    package var value: String
    package var description: String?

    package init(_ value: String, description: String? = nil) {
        self.value = value
        self.description = description
    }
}

/// Where the candidates for an argument come from. Static lists are plain values; dynamic
/// ones (session ids, people, knowledge topics) read the context when Tab is pressed. Each
/// area adds its sources in an extension (`.cities`, `.sessionIDs`, `.topics` …).
package struct Completion: Sendable {
    package let candidates: @MainActor @Sendable (CommandContext) -> [CompletionCandidate]

    package init(_ candidates: @escaping @MainActor @Sendable (CommandContext) -> [CompletionCandidate]) {
        self.candidates = candidates
    }

    package static let none = Completion { _ in [] }

    package static func values(_ values: [String]) -> Completion {
        let list = values.map { CompletionCandidate($0) }
        return Completion { _ in list }
    }

    package static func candidates(_ list: [CompletionCandidate]) -> Completion {
        Completion { _ in list }
    }

    /// Files and folders in the working directory (for `file=` and import paths).
    package static let files = Completion { _ in
        FileCompletion.entries(in: ".").map { CompletionCandidate($0) }
    }
}

extension CommandConfiguration {
    /// The examples to show in `language`: in English, those written without Chinese when
    /// there are any (Chinese examples show the Chinese aliases and values, for Chinese users).
    package func examples(for language: Language) -> [String] {
        guard language == .en else { return examples }
        let english = examples.filter { !$0.unicodeScalars.contains { DisplayWidth.of($0) == 2 } }
        return english.isEmpty ? examples : english
    }
}
