import ArgumentParser
import EcoVolKit
import Foundation

/// `ecovol store check|doctor|compact|backup FILE|info`: store maintenance from the shell.
struct StoreCLI: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "store",
        abstract: "Check, repair, compact, back up or describe the data store.",
        discussion: """
            check        verify checksums, sequence numbers, file modes
            doctor       keep what can be saved, set the rest aside
            compact      new snapshot, empty journal (old ones in backups/)
            backup FILE  write a consistent copy of the store to FILE
            info         where the store is, its size and record counts
            init         create or migrate the tables of a shared store (--store postgresql://…)
            totals       a shared store's province-wide figures by city (every office may read them)
            office add NAME --city CITY | office list | office remove NAME
                         logins of city offices on a shared store, confined to their city
            copy FROM TO copy a whole store (directory or postgresql:// URL) into an empty one,
                         keeping ids and history
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp("check, doctor, compact, backup, info, init, totals, office or copy", valueName: "ACTION"))
    var action: String

    @Argument(help: ArgumentHelp("Target file for backup; office: add NAME, list, remove NAME.", valueName: "ARGS"))
    var rest: [String] = []

    @Option(name: .long, help: ArgumentHelp("City of the office (office add).", valueName: "CITY"))
    var city: String?

    func validate() throws {
        guard ["check", "doctor", "compact", "backup", "info", "init", "totals", "office", "copy"].contains(action)
        else {
            throw ValidationError(
                "ACTION must be one of check, doctor, compact, backup, info, init, totals, office, copy (got '\(action)')."
            )
        }
        if action == "copy", rest.count != 2 {
            throw ValidationError("copy needs FROM and TO (each a directory or a postgresql:// URL).")
        }
        if action == "backup", rest.count != 1 { throw ValidationError("backup needs one FILE to write to.") }
        if !["backup", "office", "copy"].contains(action), !rest.isEmpty {
            throw ValidationError("only backup, office and copy take more arguments.")
        }
        if action != "office", city != nil { throw ValidationError("only office add takes --city.") }
    }

    func run() async throws {
        let status = await Self.perform(
            global: global, arguments: [action] + rest + (city.map { ["--city", $0] } ?? []))
        if status != 0 { throw ExitCode(status) }
    }

    @MainActor
    private static func perform(global: GlobalOptions, arguments: [String]) async -> Int32 {
        do {
            let app = AppSetup(global: global)
            let result = await StoreTool.run(
                arguments: arguments, location: app.storeLocation, dataDirectory: app.dataDirectory,
                environment: app.environment, language: app.language,
                progress: TerminalInfo.stderrIsTerminal ? ProgressBar(language: app.language) : nil)
            if global.json {
                print(result.json.serialized())
            } else if !result.output.isEmpty {
                print(TerminalSafeText.sanitize(result.output))
            }
            return result.exitStatus
        }
    }
}
