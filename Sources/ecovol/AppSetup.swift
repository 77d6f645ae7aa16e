import EcoVolKit
import Foundation

/// What every mode shares: language, data directory, knowledge folders, colour and pager
/// decisions, all taken from the options and the environment once.
@MainActor
struct AppSetup {
    let global: GlobalOptions
    let environment: [String: String]
    let language: Language
    let dataDirectory: DataDirectory
    /// Where the records live: `--store` / `$ECOVOL_STORE` as a directory or a server URL.
    let storeLocation: StoreLocation
    let knowledgeDirectories: [String]

    init(global: GlobalOptions) {
        self.global = global
        let environment = ProcessInfo.processInfo.environment
        self.environment = environment
        self.language = Language.detect(explicit: global.lang, environment: environment)
        self.storeLocation = StoreLocation.resolve(explicit: global.store, environment: environment)
        self.dataDirectory = StoreLocation.localDirectory(explicit: global.store, environment: environment)
        self.knowledgeDirectories = KnowledgeLocator.directories(
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: environment,
            executablePath: Bundle.main.executablePath ?? CommandLine.arguments.first,
            explicit: global.knowledge
        )
    }

    func makeContext(interactive: Bool) -> CommandContext {
        let context = CommandContext(
            language: language,
            environment: environment,
            dataDirectory: dataDirectory,
            knowledgeDirectories: knowledgeDirectories,
            outputWidth: TerminalInfo.stdoutIsTerminal || environment["COLUMNS"] != nil
                ? TerminalInfo.columns(environment: environment) : 100,
            isInteractive: interactive,
            storeLocation: storeLocation
        )
        context[LanguageChosenKey.self] = global.lang != nil
        context[RunsProposalsKey.self] = global.yes && !interactive
        context[GreetingSectionsKey.self] = [
            { context in KnowledgeGreeting.blocks(context: context) },
            { context in await OutreachGreeting.upcomingSessions(context: context) },
            { context in await SyncGreeting.blocks(context: context) },
        ]
        return context
    }

    /// Releases the store (compacting it if its journal has grown) before the process ends.
    func finish(_ context: CommandContext) async {
        await context[OutreachStoreKey.self]?.close()
    }

    /// A short name of the store for the prompt: the directory's last component, or the
    /// server's database name.
    var storeDisplayName: String {
        switch storeLocation {
        case .directory: return dataDirectory.displayName
        case .postgres(let url): return URLComponents(string: url).map { ($0.host ?? "") + $0.path } ?? "postgresql"
        }
    }
}
