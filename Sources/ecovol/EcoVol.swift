import ArgumentParser
import EcoVolKit
import Foundation

/// The `ecovol` command line: the REPL by default, plus maintenance subcommands.
@main
struct EcoVol: AsyncParsableCommand {
    static let configuration = ArgumentParser.CommandConfiguration(
        commandName: "ecovol",
        abstract: "生态环境志愿服务助手 · eco-environment volunteer service assistant.",
        discussion: """
            Without arguments on a terminal, ecovol opens an interactive REPL: type a question to search the \
            knowledge base, or a /command (type /help). With piped input, -c or --script, it runs the lines \
            without prompts and exits: 0 when every line succeeded, 1 when a command failed, 2 for a usage error, \
            130 when interrupted by Ctrl-C.
            """,
        version: EcoVolVersion.current,
        subcommands: EcoVolSubcommands.all
    )

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .customShort("c"), help: ArgumentHelp("Run LINE and exit; repeatable, run in order.", valueName: "LINE"))
    var commands: [String] = []

    @Option(name: .long, help: ArgumentHelp("Run the lines of FILE and exit.", valueName: "FILE"))
    var script: String?

    func run() async throws {
        let status = await ReplCommand.start(global: global, commands: commands, script: script)
        if status != 0 { throw ExitCode(status) }
    }

    /// ArgumentParser exits 64 on a usage error; ecovol promises 2, like most Unix tools.
    /// Process-wide signals are set here, never in the library: under `ulimit -f` a `write` must fail
    /// with EFBIG (the store reports it and rolls back) instead of SIGXFSZ killing ecovol mid-commit.
    static func main() async {
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            EcoVol.exit(withError: error)
        }
    }
}

/// The version printed by `--version`.
enum EcoVolVersion {
    static let current = "0.1.0"
}
