/// The chat behaviour behind `/ask`, free text, `/more`, numbers and `/show`: answers with
/// the best entry when the match is good, says so (and suggests topics and keywords that
/// exist) when it is not, and keeps the thread in the context for follow-ups.
@MainActor
struct KnowledgeConversation {
    let context: CommandContext
    let service: KnowledgeService

    init(context: CommandContext) {
        self.context = context
        self.service = KnowledgeService.shared(in: context)
    }

    static let pageSize = 5
    static let relatedCount = 4
    /// Closest entries offered with a refusal, when they share at least this much of the question.
    /// The topic of a suggested `/outline`: what the lecturer asked about in their own words
    /// (垃圾分类 of 帮我准备一个给初中生讲垃圾分类的主题班会, the audience words taken out), or, when
    /// that is long or empty, the entry's first keyword in their language.
    static func lectureTopic(asked: String, entry: KnowledgeEntry, lang: Language) -> String {
        var words = asked.lowercased()
        for alias in Audience.aliases.map(\.word).sorted(by: { $0.count > $1.count }) where words.contains(alias) {
            words = words.replacingOccurrences(of: alias, with: " ")
        }
        let own = words.split(separator: " ").map(String.init).filter { $0.count >= 2 }
        if let first = own.first, own.count == 1, first.count <= 12 { return first }
        return entry.keywords.first { $0.unicodeScalars.contains { TextNormalizer.isCJK($0.value) } == (lang == .zh) }
            ?? entry.keywords.first ?? entry.title
    }

    static let suggestionCount = 3
    static let suggestionCoverage = 0.2

    /// `更多`, `more`, `下一页`, `next` on their own.
    static func isMoreRequest(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)).lowercased()
        return ["更多", "more", "下一页", "next", "再来", "还有吗", "继续"].contains(t)
    }

    /// A bare number (`2`, `２`, `#2`) that opens a numbered entry.
    static func number(_ text: String) -> Int? {
        var t = NumberText.halfWidth(text.trimmingCharacters(in: .whitespaces))
        if t.hasPrefix("#") { t.removeFirst() }
        guard let n = Int(t), (1...99).contains(n) else { return nil }
        return n
    }

    func ask(_ question: String, options: SearchOptions) -> CommandOutput {
        let index = service.index
        let lang = context.answerLanguage(for: question)
        var query = index.compile(question)
        var options = options
        var isFollowUp = false
        var shownQuestion = question
        // A follow-up about the audience re-ranks the last question's results.
        if query.isAudienceOnly, let thread = context[KnowledgeThreadKey.self], !thread.question.isEmpty {
            isFollowUp = true
            options = thread.options
            options.boostAudiences = query.audiences
            shownQuestion = thread.question
            query = index.compile(thread.question)
        }
        if let said = SmallTalk.reading(question) {
            let key: MessageKey =
                switch said {
                case .thanks: .kbSmallTalkThanks
                case .greeting: .kbSmallTalkGreeting
                case .acknowledgement: .kbSmallTalkAcknowledgement
                }
            let reply = L(key).text(lang)
            return CommandOutput(
                blocks: [.paragraph(StyledText(reply))],
                json: .obj([("question", .string(question)), ("answered", .bool(false)), ("reply", .string(reply))]))
        }
        var hits = index.search(query, options: options)
        if isFollowUp, let audience = query.audiences.first ?? options.boostAudiences.first {
            var filtered = options
            filtered.audience = audience
            let narrowed = index.search(query, options: filtered)
            if narrowed.contains(where: \.isConfident) { hits = narrowed }
        }
        guard let best = hits.first, best.isConfident else {
            // Refused: say what was understood, and offer the closest entries as suggestions
            // (numbers open them), never as the answer.
            let nearHits = hits.prefix(Self.suggestionCount).filter { $0.coverage >= Self.suggestionCoverage }
            let near = nearHits.map { index.entries[$0.entryIndex] }
            context[KnowledgeThreadKey.self] =
                near.isEmpty
                ? nil
                : KnowledgeThread(
                    question: shownQuestion, options: options, hits: hits, displayed: Set(near.map(\.id)),
                    numbered: near.map(\.id), highlight: query.highlight, language: lang
                )
            let understood = query.understood.isEmpty ? question : query.understood
            let json: JSONValue = .obj([
                ("question", .string(question)), ("answered", .bool(false)),
                ("understood", .string(understood)),
                ("suggestions", .array(nearHits.map { hitJSON($0, query.highlight) })),
                ("results", .array(hits.prefix(Self.pageSize).map { hitJSON($0, query.highlight) })),
                ("topics", .array(service.base.topics.map { .string($0.slug) })),
            ])
            return CommandOutput(
                blocks: KnowledgeAnswer.noMatchBlocks(
                    understood: understood, service: service, near: near, context: context, language: lang),
                json: json)
        }
        let entry = index.entries[best.entryIndex]
        let related = hits.dropFirst().prefix(Self.relatedCount).filter(\.isConfident).map {
            index.entries[$0.entryIndex]
        }
        context[KnowledgeThreadKey.self] = KnowledgeThread(
            question: shownQuestion, options: options, hits: hits, displayed: Set([entry.id] + related.map(\.id)),
            numbered: related.map(\.id), highlight: query.highlight, language: lang
        )
        var blocks: [OutputBlock] = []
        if isFollowUp {
            let names = options.boostAudiences.map { KnowledgeVocabulary.audienceName($0).text(lang) }.joined(
                separator: lang == .zh ? "、" : ", ")
            blocks.append(
                .paragraph(
                    StyledText(L(.kbAskFollowUp, ["question": shownQuestion, "audience": names]).text(lang), .dim)))
        }
        blocks += KnowledgeAnswer.entryBlocks(
            entry, service: service, highlight: query.highlight, related: related, context: context, language: lang)
        // A lecturer's request (给小学生讲…, 宣讲): the talking points, and the line that
        // drafts a whole talk.
        var outline: String?
        if query.isLectureRequest || context[ProposedOutlineKey.self] != nil {
            let audience = (options.boostAudiences + query.audiences).first ?? entry.audiences.first ?? "community"
            let topic = Self.lectureTopic(asked: query.understood, entry: entry, lang: lang)
            let line =
                context[ProposedOutlineKey.self]
                ?? "/outline audience=\(audience) minutes=40 topic=\(topic.contains(" ") ? "\"\(topic)\"" : topic)"
            outline = line
            blocks.append(.blank)
            blocks.append(.paragraph(StyledText(L(.kbAskOutlineHint, ["line": line]).text(lang), .dim)))
        }
        let json: JSONValue = .obj([
            ("question", .string(shownQuestion)),
            ("answered", .bool(true)),
            (
                "audiences",
                .array(
                    options.boostAudiences.isEmpty
                        ? query.audiences.map { .string($0) } : options.boostAudiences.map { .string($0) })
            ),
            ("answer", KnowledgeAnswer.json(entry, score: best.score, full: true)),
            ("results", .array(hits.prefix(1 + Self.relatedCount).map { hitJSON($0, query.highlight) })),
            ("outline", outline.map { .string($0) }),
        ])
        return CommandOutput(blocks: blocks, json: json)
    }

    func more() throws -> CommandOutput {
        guard var thread = context[KnowledgeThreadKey.self], !thread.question.isEmpty else {
            throw CommandFailure(code: "knowledge.noThread", message: L(.kbMoreNoThread))
        }
        let lang = thread.language ?? context.language
        let index = service.index
        let displayed = thread.displayed
        let page = Array(
            thread.hits.lazy.filter { !displayed.contains($0.id) && $0.coverage >= 0.3 }.prefix(Self.pageSize))
        guard !page.isEmpty else {
            return .message(
                StyledText(L(.kbMoreNone, ["question": thread.question]).text(lang), .dim),
                json: .obj([("question", .string(thread.question)), ("results", .array([]))]))
        }
        thread.displayed.formUnion(page.map(\.id))
        thread.numbered = page.map(\.id)
        context[KnowledgeThreadKey.self] = thread
        var items: [StyledText] = []
        for (k, hit) in page.enumerated() {
            let entry = index.entries[hit.entryIndex]
            let head = StyledText([
                StyledSpan("\(k + 1). ", .bold), StyledSpan(lang == .zh ? entry.title : entry.titleEn, .bold),
                StyledSpan("  "), StyledSpan(entry.id, .accent),
            ])
            items.append(head)
            items.append(
                StyledText(
                    [StyledSpan("   ")] + Highlighter.snippet(entry.body, terms: thread.highlight, length: 60).spans))
        }
        let blocks: [OutputBlock] = [
            .paragraph(StyledText(L(.kbMoreTitle, ["question": thread.question]).text(lang), .dim)),
            .preformatted(items),
            .paragraph(StyledText(L(.kbAnswerRelatedHint).text(lang), .dim)),
        ]
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("question", .string(thread.question)),
                ("results", .array(page.map { hitJSON($0, thread.highlight) })),
            ]))
    }

    func open(number: Int) throws -> CommandOutput {
        guard let thread = context[KnowledgeThreadKey.self], !thread.numbered.isEmpty else {
            throw CommandFailure(code: "knowledge.noList", message: L(.kbOpenNoList))
        }
        guard number <= thread.numbered.count else {
            throw CommandFailure.invalidValue(
                field: "number", value: String(number),
                accepted: L(.argIntegerRange, ["min": "1", "max": String(thread.numbered.count)]))
        }
        return try show(
            id: thread.numbered[number - 1], column: nil, highlight: thread.highlight, language: thread.language)
    }

    func show(id: String, column: Int?, highlight: Set<UInt64> = [], language: Language? = nil) throws -> CommandOutput
    {
        // An id that another entry took over opens that entry, saying so.
        if service.base.entry(id: id) == nil, let replacement = service.base.replacement(for: id) {
            var output = try show(id: replacement.id, column: column, highlight: highlight, language: language)
            let note = L(.kbShowReplaced, ["old": id, "id": replacement.id]).text(language ?? context.language)
            output.blocks.insert(.paragraph(StyledText(note, .dim)), at: 0)
            if case .object(let fields) = output.json { output.json = .object([("replaced", .string(id))] + fields) }
            return output
        }
        guard let entry = service.base.entry(id: id) else {
            let ids = service.base.entries.map(\.id)
            var message = L(.kbShowUnknown, ["id": TerminalSafeText.clip(id, maxLength: 60)])
            if let suggestion = Suggestions.closest(to: id, in: ids) {
                message = message.joined(with: L(.argDidYouMean, ["suggestion": suggestion]))
            } else {
                message = message.joined(with: L(.kbShowAccepted))
            }
            throw CommandFailure(
                code: "knowledge.unknownID", message: message, field: "id", column: column)
        }
        let related = service.related(to: entry, limit: Self.relatedCount)
        var thread =
            context[KnowledgeThreadKey.self]
            ?? KnowledgeThread(
                question: "", options: SearchOptions(), hits: [], displayed: [], numbered: [], highlight: [])
        thread.numbered = related.map(\.id)
        context[KnowledgeThreadKey.self] = thread
        let blocks = KnowledgeAnswer.entryBlocks(
            entry, service: service, highlight: highlight, related: related, context: context, language: language)
        return CommandOutput(
            blocks: blocks,
            json: .obj([
                ("entry", KnowledgeAnswer.json(entry, full: true)),
                ("related", .array(related.map { .string($0.id) })),
            ]))
    }

    private func hitJSON(_ hit: SearchHit, _ highlight: Set<UInt64>) -> JSONValue {
        let entry = service.index.entries[hit.entryIndex]
        return KnowledgeAnswer.json(
            entry, score: hit.score, snippet: Highlighter.snippet(entry.body, terms: highlight, length: 60).plainText)
    }
}
