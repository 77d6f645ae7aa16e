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
    // outreach
    ScheduleCommand.self,
    SessionsCommand.self,
    SessionCommand.self,
    EditCommand.self,
    CancelCommand.self,
    DoneCommand.self,
    ProjectsCommand.self,
    ProjectCommand.self,
    UndoCommand.self,
    // people
    LogCommand.self,
    CheckInCommand.self,
    CheckOutCommand.self,
    UnlogCommand.self,
    MarkCommand.self,
    PeopleCommand.self,
    PersonCommand.self,
    MergeCommand.self,
    ImportCommand.self,
    // reports
    ReportCommand.self,
    StarsCommand.self,
    NominateCommand.self,
    CheckCommand.self,
    CertificateCommand.self,
    RecordCommand.self,
    OutlineCommand.self,
    ExportCommand.self,
    // plain-words requests (the free-text handler)
    DoCommand.self,
]
