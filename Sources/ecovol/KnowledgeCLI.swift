import ArgumentParser
import EcoVolKit
import Foundation

/// `ecovol knowledge check [DIR…]`: validates knowledge folders and reports `file:line: problem`.
struct KnowledgeCLI: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "knowledge",
        abstract: "Maintain knowledge folders.",
        subcommands: [Check.self]
    )

    struct Check: AsyncParsableCommand {
        static let configuration = ArgumentParser.CommandConfiguration(
            commandName: "check",
            abstract: "Validate knowledge entries (exit 1 when any file has errors)."
        )

        @OptionGroup var global: GlobalOptions

        @Argument(
            help: ArgumentHelp(
                "Folders to check (default: the built-in one and --knowledge folders).", valueName: "DIR"))
        var directories: [String] = []

        func run() async throws {
            let status = await MainActor.run { () -> Int32 in
                let app = AppSetup(global: global)
                let folders = directories.isEmpty ? app.knowledgeDirectories : directories
                let report = KnowledgeCheck.run(directories: folders, language: app.language)
                print(report.lines.map { TerminalSafeText.sanitize($0) }.joined(separator: "\n"))
                return report.hasErrors ? 1 : 0
            }
            if status != 0 { throw ExitCode(status) }
        }
    }
}
