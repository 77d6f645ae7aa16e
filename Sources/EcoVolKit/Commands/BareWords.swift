import Foundation

/// Words a shell user types on their own at a prompt — `clear`, `exit`, `help`, `history` — and
/// the command each means. Such a line is run as that command, never read as a request or
/// answered from the knowledge base (where `clear` found a resettlement site's entry).
enum BareWords {
    static let commands: [String: String] = [
        "clear": "clear", "cls": "clear", "reset": "clear", "清屏": "clear",
        "exit": "quit", "quit": "quit", "q": "quit", ":q": "quit", "bye": "quit", "logout": "quit", "退出": "quit",
        "help": "help", "?": "help", "？": "help", "man": "help", "帮助": "help",
        "history": "history", "历史": "history", "历史记录": "history",
    ]

    /// The command line a bare word means (`help log` and `history 50` keep their one argument
    /// when it is a command's name or a number), or nil when the line is not one.
    static func line(for text: String, registry: CommandRegistry) -> String? {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "。.!！"))
        }
        guard let first = words.first, let command = commands[first] else { return nil }
        if words.count == 1 { return "/" + command }
        guard words.count == 2 else { return nil }
        switch command {
        case "help" where registry.command(named: words[1]) != nil: return "/help " + words[1]
        case "history" where Int(words[1]) != nil: return "/history " + words[1]
        default: return nil
        }
    }
}
