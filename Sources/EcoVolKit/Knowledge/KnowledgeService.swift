import Foundation

/// The loaded knowledge base and its index, kept in the REPL's context so loading happens
/// once, on first use (start-up stays fast; `/help` never pays for it).
@MainActor
package final class KnowledgeService {
    package let base: KnowledgeBase
    package let issues: [KnowledgeIssue]
    package let loadMilliseconds: Double
    private var cachedIndex: SearchIndex?
    package private(set) var indexMilliseconds: Double = 0

    package init(base: KnowledgeBase, issues: [KnowledgeIssue] = [], loadMilliseconds: Double = 0) {
        self.base = base
        self.issues = issues
        self.loadMilliseconds = loadMilliseconds
    }

    /// Loads the folders (see `KnowledgeBase.load`).
    package convenience init(directories: [String]) {
        let start = Date()
        let (base, issues) = KnowledgeBase.load(directories: directories)
        self.init(base: base, issues: issues, loadMilliseconds: Date().timeIntervalSince(start) * 1000)
    }

    /// The search index, built on first use.
    package var index: SearchIndex {
        if let cachedIndex { return cachedIndex }
        let start = Date()
        let built = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        indexMilliseconds = Date().timeIntervalSince(start) * 1000
        cachedIndex = built
        return built
    }

    /// The service of this REPL, loaded from `context.knowledgeDirectories` the first time
    /// (or, when none were given, from the folders `KnowledgeLocator` finds).
    package static func shared(in context: CommandContext) -> KnowledgeService {
        if let service = context[KnowledgeServiceKey.self] { return service }
        var directories = context.knowledgeDirectories
        if directories.isEmpty {
            directories = KnowledgeLocator.directories(
                workingDirectory: FileManager.default.currentDirectoryPath, environment: context.environment,
                executablePath: CommandLine.arguments.first, explicit: []
            )
        }
        let service = KnowledgeService(directories: directories)
        context[KnowledgeServiceKey.self] = service
        return service
    }

    /// Sets what Tab offers in free text (topics and keywords), loading lazily on first Tab.
    package static func installCompletion(in context: CommandContext) {
        context[FreeTextVocabularyKey.self] = .knowledgeVocabulary
    }

    // MARK: - Lists

    package func entries(of kind: KnowledgeKind, topic: String? = nil) -> [KnowledgeEntry] {
        base.entries.filter { $0.kind == kind && (topic.map($0.topics.contains) ?? true) }
    }

    /// The tip of the day: the same all day, a different one each day, cycling through
    /// every tip in id order.
    package func tipOfTheDay(_ today: EnvironmentalDayRule.YearDate) -> KnowledgeEntry? {
        let tips = entries(of: .tip)
        guard !tips.isEmpty else { return nil }
        let day = EnvironmentalDayRule.days(from: .init(year: 2000, month: 1, day: 1), to: today)
        return tips[((day % tips.count) + tips.count) % tips.count]
    }

    /// Upcoming environmental days from `today`, soonest first (ties by id).
    package func upcomingDays(from today: EnvironmentalDayRule.YearDate, limit: Int) -> [(
        entry: KnowledgeEntry, date: EnvironmentalDayRule.YearDate, days: Int
    )] {
        var list: [(entry: KnowledgeEntry, date: EnvironmentalDayRule.YearDate, days: Int)] = []
        for entry in entries(of: .date) {
            guard let next = entry.day?.next(onOrAfter: today) else { continue }
            list.append((entry, next, EnvironmentalDayRule.days(from: today, to: next)))
        }
        list.sort { $0.days != $1.days ? $0.days < $1.days : $0.entry.id < $1.entry.id }
        return Array(list.prefix(limit))
    }

    /// Entries sharing the most topics with `entry` (for "related" when there is no search).
    package func related(to entry: KnowledgeEntry, limit: Int) -> [KnowledgeEntry] {
        let topics = Set(entry.topics)
        var scored: [(entry: KnowledgeEntry, shared: Int)] = []
        for other in base.entries where other.id != entry.id {
            let shared = other.topics.filter { topics.contains($0) }.count
            if shared > 0 { scored.append((other, shared)) }
        }
        scored.sort { a, b in a.shared != b.shared ? a.shared > b.shared : a.entry.id < b.entry.id }
        return scored.prefix(limit).map { $0.entry }
    }
}

/// The loaded knowledge service of a REPL.
package enum KnowledgeServiceKey: ContextKey {
    package static var defaultValue: KnowledgeService? { nil }
}

/// The conversation so far: the last question and its ranked results, the entries already
/// shown (further results never repeat them), and the numbered entries a bare number opens.
package struct KnowledgeThread: Sendable {
    package var question: String
    package var options: SearchOptions
    package var hits: [SearchHit]
    package var displayed: Set<String>
    package var numbered: [String]
    package var highlight: Set<UInt64>
    /// The language the thread was answered in: further results and opened entries keep it.
    package var language: Language?

    package init(
        question: String, options: SearchOptions, hits: [SearchHit], displayed: Set<String>, numbered: [String],
        highlight: Set<UInt64>, language: Language? = nil
    ) {
        self.question = question
        self.options = options
        self.hits = hits
        self.displayed = displayed
        self.numbered = numbered
        self.highlight = highlight
        self.language = language
    }
}

package enum KnowledgeThreadKey: ContextKey {
    package static var defaultValue: KnowledgeThread? { nil }
}

extension Completion {
    /// Entry ids, with titles, for `/show`.
    package static let knowledgeEntryIDs = Completion { context in
        KnowledgeService.shared(in: context).base.entries.map {
            CompletionCandidate($0.id, description: context.language == .zh ? $0.title : $0.titleEn)
        }
    }

    /// Topic slugs and Chinese names, for `/tips` and `/points`.
    package static let knowledgeTopics = Completion { context in
        KnowledgeService.shared(in: context).base.topics.flatMap { topic in
            [
                CompletionCandidate(topic.slug, description: topic.name.text(context.language)),
                CompletionCandidate(topic.zh, description: topic.en),
            ]
        }
    }

    /// Topics and keywords, for Tab in free text.
    package static let knowledgeVocabulary = Completion { context in
        let base = KnowledgeService.shared(in: context).base
        var seen: Set<String> = []
        var out: [CompletionCandidate] = []
        for topic in base.topics where seen.insert(topic.zh).inserted { out.append(CompletionCandidate(topic.zh)) }
        for entry in base.entries {
            for keyword in entry.keywords where !keyword.contains(" ") && seen.insert(keyword).inserted {
                out.append(CompletionCandidate(keyword))
            }
        }
        return out
    }

    /// Kinds, for `kind=`.
    package static let knowledgeKinds = Completion.values(KnowledgeKind.allCases.map(\.rawValue))

    /// Audiences, for `audience=`.
    package static let knowledgeAudiences = Completion { context in
        KnowledgeVocabulary.audiences.map {
            CompletionCandidate($0, description: KnowledgeVocabulary.audienceName($0).text(context.language))
        }
    }
}
