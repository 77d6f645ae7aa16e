/// Every command ecovol ships. A new command is one file plus one line here.
let standardCommands: [any Command.Type] = [
    // general
    HelpCommand.self,
    LanguageCommand.self,
    QuitCommand.self,
]
