import ArgumentParser
import EcoVolKit
import Foundation

/// `ecovol --store DIR sync [URL] | status | conflicts | resolve ID keep=mine|theirs`.
struct SyncCLI: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "sync",
        abstract: "Sync a local data directory with a shared PostgreSQL store (offline work).",
        discussion: """
            sync URL       push local changes the server lacks, pull the ones this login may see,
                           and remember the server (without its password)
            sync           the same with the remembered server
            status         the server, last sync, changes waiting to push, open conflicts
            conflicts      records changed on both sides or refused by the server, both versions
            resolve ID keep=mine|theirs
                           settle a conflict as a new change (pushed at the next sync)
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A postgresql:// URL, status, conflicts or resolve ID keep=…", valueName: "ARGS"))
    var words: [String] = []

    func run() async throws {
        let status = await Self.perform(global: global, arguments: words)
        if status != 0 { throw ExitCode(status) }
    }

    @MainActor
    private static func perform(global: GlobalOptions, arguments: [String]) async -> Int32 {
        let app = AppSetup(global: global)
        let progress = TerminalInfo.stderrIsTerminal && !global.json ? ProgressBar(language: app.language) : nil
        let result = await SyncTool.run(
            arguments: arguments, location: app.storeLocation, environment: app.environment, language: app.language,
            progress: progress)
        if global.json {
            print(result.json.serialized())
        } else if !result.output.isEmpty {
            print(TerminalSafeText.sanitize(result.output))
        }
        return result.exitStatus
    }
}
