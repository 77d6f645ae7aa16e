import Foundation

/// A per-REPL value that commands share (the last search thread, the undo stack, a loaded
/// knowledge base), declared by the area that owns it, as SwiftUI's environment keys are.
package protocol ContextKey {
    associatedtype Value
    static var defaultValue: Value { get }
}

/// True once the user chose the message language (`--lang`, `/lang`): then every answer is in
/// it. Until then the language comes from the locale, and a knowledge answer follows the
/// language the question was asked in (a Chinese question under an English locale is
/// answered in Chinese).
package enum LanguageChosenKey: ContextKey {
    package static var defaultValue: Bool { false }
}

/// How a command asks the user something mid-run (the guided `/schedule` dialogue, "which
/// 张三 did you mean?"). The REPL answers through the line editor; pipes and `-c` have no
/// prompter, so a command must then fail with a message naming what is missing.
@MainActor
package protocol UserPrompter: AnyObject {
    /// Asks one question. Returns nil when the user cancels (Ctrl-C) or input ends.
    func ask(_ question: String, defaultValue: String?) async -> String?
    /// Shows a line of text while a dialogue runs (re-ask reasons, choices).
    func show(_ text: String)
    /// Asks for the value of `key` of `command`: Tab then completes that field's values,
    /// not the command line.
    func ask(_ question: String, defaultValue: String?, field key: String, of command: String) async -> String?
}

extension UserPrompter {
    package func ask(_ question: String, defaultValue: String?, field key: String, of command: String) async -> String?
    {
        await ask(question, defaultValue: defaultValue)
    }
}

/// Reports progress of long work (an import of thousands of rows) to whoever is watching.
public protocol ProgressReporter: Sendable {
    func update(label: String, done: Int, total: Int)
    func finish()
}

/// Everything a command may use: the user's language, where data lives, the clock, shared
/// per-REPL state and the services each area registers. Confined to the main actor: the
/// REPL runs one command at a time.
@MainActor
package final class CommandContext {
    package var language: Language
    package let environment: [String: String]
    package let dataDirectory: DataDirectory
    /// Where the records live (a directory or a server URL); the data directory by default.
    package let storeLocation: StoreLocation
    /// Knowledge folders in load order: built-in first, then `--knowledge` ones.
    package let knowledgeDirectories: [String]
    /// Columns available for output.
    package var outputWidth: Int
    /// True for the interactive REPL (a terminal on both ends).
    package let isInteractive: Bool
    /// The clock; tests fix it.
    package var now: @Sendable () -> Date
    package var timeZone: TimeZone
    package weak var prompter: (any UserPrompter)?
    package var progress: (any ProgressReporter)?
    package let registry: CommandRegistry
    private var values: [ObjectIdentifier: Any] = [:]

    package init(
        language: Language,
        environment: [String: String] = [:],
        dataDirectory: DataDirectory,
        knowledgeDirectories: [String] = [],
        outputWidth: Int = 80,
        isInteractive: Bool = false,
        now: @escaping @Sendable () -> Date = { Date() },
        timeZone: TimeZone = ChinaTime.zone,
        registry: CommandRegistry = .standard,
        storeLocation: StoreLocation? = nil
    ) {
        self.language = language
        self.environment = environment
        self.dataDirectory = dataDirectory
        self.storeLocation = storeLocation ?? .directory(dataDirectory.path)
        self.knowledgeDirectories = knowledgeDirectories
        self.outputWidth = outputWidth
        self.isInteractive = isInteractive
        self.now = now
        self.timeZone = timeZone
        self.registry = registry
    }

    package subscript<Key: ContextKey>(_ key: Key.Type) -> Key.Value {
        get { values[ObjectIdentifier(key)] as? Key.Value ?? Key.defaultValue }
        set { values[ObjectIdentifier(key)] = newValue }
    }

    /// The text of a message in the current language.
    package func text(_ message: LocalizedText) -> String {
        message.text(language)
    }

    /// The language to answer `question` in: the one the user chose, else the question's own
    /// (see `LanguageChosenKey`), else the current one.
    package func answerLanguage(for question: String) -> Language {
        guard !self[LanguageChosenKey.self], let asked = Language.of(question: question) else { return language }
        return asked
    }
}
