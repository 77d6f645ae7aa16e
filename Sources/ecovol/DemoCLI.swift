import ArgumentParser
import EcoVolKit
import Foundation

/// `ecovol demo [DIR] [--force] [--city NAME]`: a throw-away store with a realistic year of one
/// city's outreach, to try the REPL's lists and reports on.
struct DemoCLI: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a throw-away store with a year of made-up outreach records to try ecovol on.",
        discussion: """
            Writes about 180 sessions, 600 people and 4,500 participation records of one city's year \
            (deterministic: the same every time) into DIR (default ./ecovol-demo), then prints how to open it. \
            A directory that already holds files is refused unless --force is given.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(
        help: ArgumentHelp(
            "Directory for the demo store (default ./ecovol-demo), or a postgresql:// URL.", valueName: "DIR|URL"))
    var directory: String?

    @Flag(name: .long, help: "Write into DIR even though it is not empty.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("City or prefecture (贵阳, 遵义, qdn …; default 贵阳市).", valueName: "NAME"))
    var city: String?

    func run() async throws {
        let status = await Self.fill(global: global, directory: directory, force: force, city: city)
        if status != 0 { throw ExitCode(status) }
    }

    @MainActor
    private static func fill(global: GlobalOptions, directory: String?, force: Bool, city: String?) async -> Int32 {
        do {
            let app = AppSetup(global: global)
            let target = directory ?? DemoTool.defaultDirectory
            let location = StoreLocation.isServerURL(target) ? StoreLocation.postgres(url: target) : .directory(target)
            let result = await DemoTool.run(
                location: location, dataDirectory: app.dataDirectory, environment: app.environment, force: force,
                city: city, language: app.language)
            if global.json {
                print(result.json.serialized())
            } else if !result.output.isEmpty {
                print(TerminalSafeText.sanitize(result.output))
                if result.exitStatus == 0,
                    let seeded = await DemoTool.seededSummary(
                        location: location, dataDirectory: app.dataDirectory, environment: app.environment,
                        language: app.language)
                {
                    print(seeded)
                }
            }
            return result.exitStatus
        }
    }
}
