import ArgumentParser

/// The maintenance subcommands of `ecovol`; without one, ecovol runs the REPL.
enum EcoVolSubcommands {
    static let all: [any ParsableCommand.Type] = [
        KnowledgeCLI.self,
        StoreCLI.self,
        SyncCLI.self,
        CalendarCLI.self,
        DemoCLI.self,
    ]
}
