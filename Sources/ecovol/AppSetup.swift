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
    let knowledgeDirectories: [String]

    init(global: GlobalOptions) {
        self.global = global
        let environment = ProcessInfo.processInfo.environment
        self.environment = environment
        self.language = Language.detect(explicit: global.lang, environment: environment)
        self.dataDirectory = DataDirectory.resolve(explicit: global.store, environment: environment)
        self.knowledgeDirectories = KnowledgeFolders.resolve(explicit: global.knowledge, environment: environment)
    }

    func makeContext(interactive: Bool) -> CommandContext {
        CommandContext(
            language: language,
            environment: environment,
            dataDirectory: dataDirectory,
            knowledgeDirectories: knowledgeDirectories,
            outputWidth: TerminalInfo.stdoutIsTerminal ? TerminalInfo.columns(environment: environment) : 100,
            isInteractive: interactive
        )
    }
}

/// Knowledge folders: the built-in one found near the working directory or the binary,
/// then `$ECOVOL_KNOWLEDGE` (colon-separated), then every `--knowledge`.
enum KnowledgeFolders {
    static func resolve(explicit: [String], environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let builtIn = builtInFolder() { folders.append(builtIn) }
        if let env = environment["ECOVOL_KNOWLEDGE"] {
            folders += env.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        }
        folders += explicit
        return folders
    }

    static func builtInFolder() -> String? {
        let fm = FileManager.default
        let cwd = fm.currentDirectoryPath
        var candidates = [cwd + "/knowledge"]
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        candidates.append(directory.appendingPathComponent("../share/ecovol/knowledge").standardized.path)
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("knowledge").path)
            directory = directory.deletingLastPathComponent()
        }
        return candidates.first { fm.fileExists(atPath: $0 + "/topics.yaml") }
    }
}
