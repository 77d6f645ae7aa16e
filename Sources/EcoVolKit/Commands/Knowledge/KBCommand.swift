/// `/kb stats`, `/kb check` and `/kb review`: what is loaded from where, how big the index
/// is, the problems found in the knowledge files, and what is due for review because the
/// laws and standards it cites changed.
package struct KBCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "kb",
        aliases: ["知识库"],
        group: .knowledge,
        summary: LocalizedText(zh: "知识库统计与检查", en: "Knowledge base statistics and checks"),
        examples: ["/kb stats", "/kb check", "/kb review", "/kb law 环境保护法", "/kb law GB 3095-2026"],
        positionals: [action.spec, scope.spec]
    )

    static let action = CommandArgument<KBAction>.positional(
        "action",
        help: LocalizedText(
            zh: "stats（统计，默认）、check（检查问题）、review（待复核条目与法规变化）或 law（某部法规）",
            en: "stats (default), check, review (entries due for review and changed laws) or law (one law)"))
    static let scope = CommandArgument<String>.positional(
        "scope",
        help: LocalizedText(
            zh: "review 后加 all 列出全部；law 后写法规名称或标准编号",
            en: "all after review lists every entry; after law, a law's name or a standard number"),
        completion: .values(["all"]), variadic: true, placeholder: "NAME")

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let lang = context.language
        let action = try invocation.value(Self.action) ?? .stats
        let service = KnowledgeService.shared(in: context)
        let review = KBReview(context: context, service: service)
        switch action {
        case .review:
            let scope = invocation.positionals.dropFirst().first?.text.lowercased()
            if let scope, !["all", "全部"].contains(scope) {
                var failure = CommandFailure.invalidValue(
                    field: "scope", value: scope, accepted: L(.kbAcceptedReviewScope))
                failure.column = invocation.positionals.dropFirst().first?.column
                throw failure
            }
            return review.output(all: scope != nil)
        case .law:
            let name = invocation.joinedPositionals(from: 1).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                throw CommandFailure.missing(field: "name", accepted: L(.kbLawAccepted))
            }
            return try review.instrument(named: name, column: invocation.positionals.dropFirst().first?.column)
        case .stats:
            let index = service.index
            let stats = index.statistics
            var fields: [(String, StyledText)] = [
                (L(.kbStatsEntries).text(lang), StyledText(String(service.base.entries.count)))
            ]
            var kindsJSON: [(String, JSONValue?)] = []
            for kind in KnowledgeKind.allCases {
                let n = service.base.entries.filter { $0.kind == kind }.count
                fields.append(("  " + kind.name.text(lang), StyledText(String(n))))
                kindsJSON.append((kind.rawValue, .int(n)))
            }
            // The same problems /kb check lists: loading, the register and the citation audit.
            let (audit, issues) = review.checked()
            let errors = issues.filter { $0.severity == .error }.count
            let dueCount = audit.due().count
            let changeCount = audit.changes(since: review.yearAgo()).past.count
            fields += [
                (L(.kbStatsTopics).text(lang), StyledText(String(service.base.topics.count))),
                (
                    L(.kbStatsSynonyms).text(lang),
                    StyledText(String(service.base.synonyms.groups.count + service.base.synonyms.oneWay.count))
                ),
                (
                    L(.kbStatsDirectories).text(lang),
                    StyledText(
                        service.base.directories.isEmpty ? "-" : service.base.directories.joined(separator: "\n"))
                ),
                (
                    L(.kbStatsIssues).text(lang),
                    StyledText(
                        L(
                            .kbStatsIssueCounts,
                            ["errors": String(errors), "warnings": String(issues.count - errors)]
                        ).text(lang), errors > 0 ? .warning : .plain)
                ),
                (
                    L(.kbStatsDue).text(lang),
                    StyledText(
                        L(.kbStatsDueValue, ["n": String(dueCount)]).text(lang), dueCount > 0 ? .warning : .plain)
                ),
                (
                    L(.kbStatsChanges).text(lang),
                    StyledText(L(.kbStatsChangesValue, ["n": String(changeCount)]).text(lang))
                ),
                (
                    L(.kbStatsIndex).text(lang),
                    StyledText(
                        L(.kbStatsIndexSize, ["tokens": String(stats.tokens), "postings": String(stats.postings)])
                            .text(lang))
                ),
                (
                    L(.kbStatsTiming).text(lang),
                    StyledText(
                        L(
                            .kbStatsTimingValue,
                            ["load": Self.ms(service.loadMilliseconds), "index": Self.ms(service.indexMilliseconds)]
                        ).text(lang), .dim)
                ),
            ]
            let json: JSONValue = .obj([
                ("entries", .int(service.base.entries.count)),
                ("kinds", .obj(kindsJSON)),
                ("topics", .int(service.base.topics.count)),
                ("directories", .array(service.base.directories.map { .string($0) })),
                ("errors", .int(errors)),
                ("warnings", .int(issues.count - errors)),
                ("dueForReview", .int(dueCount)),
                ("instrumentChangesLastYear", .int(changeCount)),
                ("tokens", .int(stats.tokens)),
                ("postings", .int(stats.postings)),
            ])
            return CommandOutput(blocks: [.heading(L(.kbStatsTitle).text(lang)), .fields(fields)], json: json)
        case .check:
            let issues = review.checked().1
            let lines = issues.map { $0.formatted(lang) }
            var blocks: [OutputBlock] =
                lines.isEmpty
                ? [
                    .paragraph(
                        StyledText(
                            L(.kbCheckClean, ["entries": String(service.base.entries.count)]).text(lang), .success))
                ]
                : [.preformatted(lines.map { StyledText($0) })]
            if !lines.isEmpty { blocks.append(.paragraph(StyledText(L(.kbCheckHint).text(lang), .dim))) }
            let json: JSONValue = .obj([
                (
                    "issues",
                    .array(
                        issues.map { issue in
                            .obj([
                                ("file", .string(issue.file)), ("line", issue.line.map { .int($0) } ?? .null),
                                ("severity", .string(issue.severity.rawValue)),
                                ("field", issue.field.map { .string($0) } ?? .null),
                                ("message", .string(issue.message.text(lang))),
                            ])
                        })
                )
            ])
            return CommandOutput(blocks: blocks, json: json)
        }
    }

    static func ms(_ value: Double) -> String {
        String(Int(value.rounded()))
    }
}

/// What `/kb` does.
enum KBAction: String, ArgumentChoice {
    case stats, check, review, law

    init?(argument: String) {
        switch argument.trimmingCharacters(in: .whitespaces).lowercased() {
        case "stats", "统计": self = .stats
        case "check", "检查": self = .check
        case "review", "复核", "待复核": self = .review
        case "law", "instrument", "法规", "标准": self = .law
        default: return nil
        }
    }

    var label: LocalizedText {
        switch self {
        case .stats: return LocalizedText(zh: "统计", en: "stats")
        case .check: return LocalizedText(zh: "检查", en: "check")
        case .review: return LocalizedText(zh: "复核", en: "review")
        case .law: return LocalizedText(zh: "法规", en: "law")
        }
    }

    static var acceptedValues: LocalizedText { L(.kbAcceptedActions) }
}
