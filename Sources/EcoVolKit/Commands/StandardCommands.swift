/// Every command ecovol ships. A new command is one file plus one line here.
let standardCommands: [any Command.Type] = [
    // knowledge
    AskCommand.self,
    ShowCommand.self,
    MoreCommand.self,
    TopicsCommand.self,
    TipsCommand.self,
    PointsCommand.self,
    TipCommand.self,
    DatesCommand.self,
    KBCommand.self,
    // general
    HelpCommand.self,
    LanguageCommand.self,
    QuitCommand.self,
]
