import ArgumentParser

/// Options every ecovol invocation accepts.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Data directory, or a postgresql:// URL of a shared store (also $ECOVOL_STORE).", valueName: "DIR|URL"))
    var store: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Extra knowledge folder; repeatable (also $ECOVOL_KNOWLEDGE, colon-separated).", valueName: "DIR"))
    var knowledge: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp("Message language: zh or en (default from LC_ALL / LC_MESSAGES / LANG).", valueName: "zh|en")
    )
    var lang: String?

    @Flag(name: .long, help: "Print one JSON document per command (errors as {\"error\": …}).")
    var json = false

    @Flag(name: .customLong("no-color"), help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .customLong("no-pager"), help: "Never send long output through $PAGER.")
    var noPager = false

    @Flag(name: .long, help: "Run the command proposed for a plain-words request instead of only printing it.")
    var yes = false

    func validate() throws {
        if let lang, lang != "zh", lang != "en" {
            throw ValidationError("--lang accepts zh or en (got '\(lang)').")
        }
    }
}
