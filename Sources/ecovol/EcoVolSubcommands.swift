import ArgumentParser

/// The subcommands of `ecovol`; the REPL is the default.
enum EcoVolSubcommands {
    static let all: [any ParsableCommand.Type] = [
        ReplCommand.self,
    ]
}
