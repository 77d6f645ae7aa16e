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
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("check, doctor, compact, backup or info", valueName: "ACTION"))
    var action: String

    @Argument(help: ArgumentHelp("Target file for backup.", valueName: "FILE"))
    var rest: [String] = []

    func validate() throws {
        guard ["check", "doctor", "compact", "backup", "info"].contains(action) else {
            throw ValidationError("ACTION must be one of check, doctor, compact, backup, info (got '\(action)').")
        }
        if action == "backup", rest.count != 1 { throw ValidationError("backup needs one FILE to write to.") }
        if action != "backup", !rest.isEmpty { throw ValidationError("only backup takes a FILE.") }
    }

    func run() async throws {
        let status = await Self.perform(global: global, arguments: [action] + rest)
        if status != 0 { throw ExitCode(status) }
    }

    @MainActor
    private static func perform(global: GlobalOptions, arguments: [String]) async -> Int32 {
        do {
            let app = AppSetup(global: global)
            let result = await StoreTool.run(arguments: arguments, location: app.storeLocation, dataDirectory: app.dataDirectory,
                                             environment: app.environment, language: app.language)
            if global.json {
                print(result.json.serialized())
            } else if !result.output.isEmpty {
                print(TerminalSafeText.sanitize(result.output))
            }
            return result.exitStatus
        }
    }
}
