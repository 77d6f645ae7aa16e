import ArgumentParser
import EcoVolKit
import Foundation

/// `ecovol calendar [FILE]`: every session as an RFC 5545 calendar, to a file or stdout.
struct CalendarCLI: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "calendar",
        abstract: "Write every session as an iCalendar (.ics) file, or to stdout.",
        discussion: """
            Events keep stable UIDs, so importing a newer file updates them; cancelled
            sessions are marked STATUS:CANCELLED. An existing FILE is replaced only with --force.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Replace FILE if it exists.")
    var force = false

    @Argument(help: ArgumentHelp("Target .ics file (default: stdout).", valueName: "FILE"))
    var file: String?

    func run() async throws {
        let status = await Self.export(global: global, file: file, force: force)
        if status != 0 { throw ExitCode(status) }
    }

    @MainActor
    private static func export(global: GlobalOptions, file: String?, force: Bool) async -> Int32 {
        do {
            let app = AppSetup(global: global)
            let result = await CalendarTool.run(
                location: app.storeLocation, dataDirectory: app.dataDirectory, environment: app.environment,
                file: file, force: force, language: app.language)
            if let calendar = result.calendar {
                FileHandle.standardOutput.write(Data(calendar.utf8))
            } else if global.json {
                print(result.json.serialized())
            } else if !result.message.isEmpty {
                let text = TerminalSafeText.sanitize(result.message)
                if result.exitStatus == 0 {
                    print(text)
                } else {
                    FileHandle.standardError.write(Data((text + "\n").utf8))
                }
            }
            return result.exitStatus
        }
    }
}
