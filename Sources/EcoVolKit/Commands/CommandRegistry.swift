/// The commands the REPL knows, looked up by name or alias (case-insensitive, with or
/// without the slash), with "did you mean" for near misses.
public struct CommandRegistry: Sendable {
    package let commands: [any Command.Type]
    /// The command that answers free text (no leading `/`).
    package let freeTextCommand: String?

    package init(commands: [any Command.Type], freeTextCommand: String? = nil) {
        self.commands = commands
        self.freeTextCommand = freeTextCommand
    }

    /// Every command ecovol ships, in `/help` order within each group. Free text goes to
    /// `/do`, which proposes a command for a request and hands questions to `/ask`.
    public static let standard = CommandRegistry(commands: standardCommands, freeTextCommand: "do")

    package func command(named name: String) -> (any Command.Type)? {
        let key = Self.normalize(name)
        return commands.first { type in
            type.configuration.allNames.contains { Self.normalize($0) == key }
        }
    }

    /// Every name and alias with its slash, for completion.
    package var allNames: [String] {
        commands.flatMap { $0.configuration.allNames.map { "/" + $0 } }
    }

    package func suggestion(for name: String) -> String? {
        Suggestions.closest(to: Self.normalize(name), in: commands.flatMap { $0.configuration.allNames }).map {
            "/" + $0
        }
    }

    static func normalize(_ name: String) -> String {
        var n = name.lowercased()
        if n.hasPrefix("/") || n.hasPrefix("／") { n.removeFirst() }
        return n
    }
}
