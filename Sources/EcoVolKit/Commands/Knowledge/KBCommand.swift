/// `/kb stats` and `/kb check`: what is loaded from where, how big the index is, and the
/// problems found in the knowledge files.
public struct KBCommand: Command {
    public static let configuration = CommandConfiguration(
        name: "kb",
        aliases: ["知识库"],
        group: .knowledge,
        summary: LocalizedText(zh: "知识库统计与检查", en: "Knowledge base statistics and checks"),
        usage: "/kb [stats|check]",
        examples: ["/kb stats", "/kb check"],
        positionals: [
            ArgumentSpec("action", help: LocalizedText(zh: "stats（统计，默认）或 check（检查问题）", en: "stats (default) or check"), completion: .values(["stats", "check"]))
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let action = invocation.positionals.first?.text.lowercased() ?? "stats"
        let service = KnowledgeService.shared(in: context)
        switch action {
        case "stats", "统计":
            let index = service.index
            let stats = index.statistics
            var fields: [(String, StyledText)] = [
                (L("kb.stats.entries").text(lang), StyledText(String(service.base.entries.count))),
            ]
            var kindsJSON: [(String, JSONValue?)] = []
            for kind in KnowledgeKind.allCases {
                let n = service.base.entries.filter { $0.kind == kind }.count
                fields.append(("  " + kind.name.text(lang), StyledText(String(n))))
                kindsJSON.append((kind.rawValue, .int(n)))
            }
            let errors = service.issues.filter { $0.severity == .error }.count
            fields += [
                (L("kb.stats.topics").text(lang), StyledText(String(service.base.topics.count))),
                (L("kb.stats.synonyms").text(lang), StyledText(String(service.base.synonyms.groups.count + service.base.synonyms.oneWay.count))),
                (L("kb.stats.directories").text(lang), StyledText(service.base.directories.isEmpty ? "-" : service.base.directories.joined(separator: "\n"))),
                (L("kb.stats.issues").text(lang), StyledText(L("kb.stats.issueCounts", ["errors": String(errors), "warnings": String(service.issues.count - errors)]).text(lang), errors > 0 ? .warning : .plain)),
                (L("kb.stats.index").text(lang), StyledText(L("kb.stats.indexSize", ["tokens": String(stats.tokens), "postings": String(stats.postings)]).text(lang))),
                (L("kb.stats.timing").text(lang), StyledText(L("kb.stats.timingValue", ["load": Self.ms(service.loadMilliseconds), "index": Self.ms(service.indexMilliseconds)]).text(lang), .dim)),
            ]
            let json: JSONValue = .obj([
                ("entries", .int(service.base.entries.count)),
                ("kinds", .obj(kindsJSON)),
                ("topics", .int(service.base.topics.count)),
                ("directories", .array(service.base.directories.map { .string($0) })),
                ("errors", .int(errors)),
                ("warnings", .int(service.issues.count - errors)),
                ("tokens", .int(stats.tokens)),
                ("postings", .int(stats.postings)),
            ])
            return CommandOutput(blocks: [.heading(L("kb.stats.title").text(lang)), .fields(fields)], json: json)
        case "check", "检查":
            let lines = service.issues.map { $0.formatted(lang) }
            var blocks: [OutputBlock] = lines.isEmpty
                ? [.paragraph(StyledText(L("kb.check.clean", ["entries": String(service.base.entries.count)]).text(lang), .success))]
                : [.preformatted(lines.map { StyledText($0) })]
            if !lines.isEmpty { blocks.append(.paragraph(StyledText(L("kb.check.hint").text(lang), .dim))) }
            let json: JSONValue = .obj([("issues", .array(service.issues.map { issue in
                .obj([("file", .string(issue.file)), ("line", issue.line.map { .int($0) } ?? .null), ("severity", .string(issue.severity.rawValue)),
                      ("field", issue.field.map { .string($0) } ?? .null), ("message", .string(issue.message.text(lang)))])
            }))])
            return CommandOutput(blocks: blocks, json: json)
        default:
            var failure = CommandFailure.invalidValue(field: "action", value: action, accepted: L("kb.accepted.actions"))
            failure.column = invocation.positionals.first?.column
            throw failure
        }
    }

    static func ms(_ value: Double) -> String {
        String(Int(value.rounded()))
    }
}
