import Foundation

/// What the report commands share: the `file=`/`force=` arguments and writing a document
/// to a file in the format its extension names, star thresholds, and environmental days.
enum ReportsSupport {
    static let file = CommandArgument<FilePath>.key(
        "file", aliases: ["文件"],
        help: LocalizedText(zh: "写入文件（.md .html .json .csv）", en: "write to a file (.md .html .json .csv)"))
    static let force = CommandArgument<Bool>.key(
        "force", aliases: ["覆盖"], help: LocalizedText(zh: "yes：覆盖已有文件", en: "yes: replace an existing file"))
    static let thresholds = CommandArgument<StarLevel>.key(
        "thresholds", aliases: ["星级标准"],
        help: LocalizedText(
            zh: "一至五星的小时数，如 100,200,500,800,1000", en: "hours for one to five stars, e.g. 100,200,500,800,1000"))
    static var fileKey: ArgumentSpec { file.spec }
    static var forceKey: ArgumentSpec { force.spec }
    static var thresholdsKey: ArgumentSpec { thresholds.spec }

    /// Writes the document when `file=` was given; returns the output with a "written"
    /// line added, or the document on screen otherwise.
    @MainActor
    static func output(
        _ document: ReportDocument, json: JSONValue, invocation: Invocation, context: CommandContext,
        allowed: [ExportFormat] = ExportFormat.documents, warnings: [LocalizedText] = [],
        fileDocument: ReportDocument? = nil
    ) throws -> CommandOutput {
        guard let file = invocation.string("file")?.trimmingCharacters(in: .whitespaces), !file.isEmpty else {
            return CommandOutput(blocks: document.screenBlocks, json: json, warnings: warnings)
        }
        let format = try ExportFormat.of(file, allowed: allowed)
        let data = try format.data(fileDocument ?? document, json: json)
        let path = try write(data, to: file, invocation: invocation)
        return written(path: path, bytes: data.count, json: json, context: context, warnings: warnings)
    }

    @MainActor
    static func write(_ data: Data, to file: String, invocation: Invocation, mode: mode_t = 0o600) throws -> String {
        let force = try invocation.value(Self.force) ?? false
        return try AtomicFileWriter.write(data, to: file, replace: force, mode: mode)
    }

    @MainActor
    static func written(
        path: String, bytes: Int, json: JSONValue, context: CommandContext, warnings: [LocalizedText] = [],
        rows: Int? = nil
    ) -> CommandOutput {
        let message =
            rows.map { L(.exportWrittenRows, ["path": path, "rows": String($0), "bytes": String(bytes)]) }
            ?? L(.exportWritten, ["path": path, "bytes": String(bytes)])
        var pairs: [(String, JSONValue?)] = [
            ("written", .string(path)), ("bytes", .int(bytes)), ("rows", rows.map { .int($0) }),
        ]
        if case .object(let existing) = json {
            pairs += existing.filter { $0.0 != "written" && $0.0 != "bytes" && $0.0 != "rows" }.map { ($0.0, $0.1) }
        }
        return CommandOutput(
            blocks: [.paragraph(StyledText(message.text(context.language), .success))], json: .obj(pairs),
            warnings: warnings)
    }

    /// `thresholds=` when given, else `ECOVOL_STAR_HOURS`, else the standard scale.
    @MainActor
    static func starLevels(_ invocation: Invocation, context: CommandContext) throws -> StarLevel {
        try invocation.value(Self.thresholds) ?? StarLevel.from(environment: context.environment)
    }

    /// The knowledge base's environmental days (empty when it cannot be loaded).
    @MainActor
    static func dayEntries(_ context: CommandContext) -> [KnowledgeEntry] {
        KnowledgeService.shared(in: context).entries(of: .date)
    }

    @MainActor
    static func today(_ context: CommandContext) -> CalendarDate {
        CalendarDate(context.now(), in: context.timeZone)
    }
}
