import Foundation

/// `/do REQUEST` and every line of free text: a request in plain words becomes the command it
/// means, shown for confirmation (pre-filled on the next line in the REPL, printed in batch
/// mode) and never run here; a question goes on to the knowledge base exactly as `/ask`.
/// When it is unclear whether a line is a request, the user is asked (or, with no one to
/// ask, it is answered as a question and the possible command is mentioned).
/// True when batch mode runs each proposal after printing it (`--yes`): the proposal then says
/// it is being run instead of telling the user how to run it.
package enum RunsProposalsKey: ContextKey {
    package static var defaultValue: Bool { false }
}

package struct DoCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "do",
        aliases: ["办", "请求", "propose"],
        group: .general,
        summary: LocalizedText(
            zh: "用平常的话说要做什么，给出对应的命令供确认", en: "Say what to do in plain words; get the command it means to confirm"),
        examples: [
            "/do 明天下午两点在云岩区社区讲垃圾分类，大概30人", "/办 取消周六的讲座，下暴雨", "/do \"cancel Saturday's talk because of the storm\"",
        ],
        discussion: LocalizedText(
            zh: "不以 / 开头的话也会先这样理解：是请求就给出命令（回车执行，可先修改，Ctrl-C 放弃），是问题就照常回答。",
            en:
                "Lines without a leading / are read this way first: a request gets its command (Enter runs it, edit first, Ctrl-C drops it); a question is answered as before."
        ),
        positionals: [
            CommandArgument<String>.positional(
                "request", help: LocalizedText(zh: "要做的事", en: "what to do"), required: true, variadic: true,
                accepted: L(.requestAccepted), placeholder: "REQUEST"
            ).spec
        ]
    )

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let text = invocation.joinedPositionals().trimmingCharacters(in: .whitespaces)
        let reading = await Self.read(text, context: context)
        switch reading.decision {
        case .question:
            return try await answer(
                invocation, context: context, note: invocation.isFreeText ? nil : L(.requestNotUnderstood))
        case .unsure:
            guard let best = reading.best else { return try await answer(invocation, context: context, note: nil) }
            guard let prompter = context.prompter else {
                return try await answer(invocation, context: context, note: L(.requestMaybe, ["line": best.line]))
            }
            prompter.show(context.text(L(.requestOrQuestion)) + " " + best.line)
            guard let choice = await Self.pick(prompter, context: context, question: L(.requestAskKind)) else {
                throw CancellationError()
            }
            if choice == 2 { return try await answer(invocation, context: context, note: nil) }
            return propose(best, context: context)
        case .request:
            guard let best = reading.best else { return try await answer(invocation, context: context, note: nil) }
            if reading.proposals.count > 1 {
                if let prompter = context.prompter {
                    prompter.show(context.text(L(.requestReadings)))
                    // Ids alone do not tell two sessions apart: each reading says which one it means.
                    for (i, p) in reading.proposals.enumerated() {
                        let which = p.notes.first.map { "  " + context.text($0) } ?? ""
                        prompter.show("  \(i + 1)) " + p.line + which)
                    }
                    guard let choice = await Self.pick(prompter, context: context, question: L(.requestPick)) else {
                        throw CancellationError()
                    }
                    return propose(reading.proposals[choice - 1], context: context)
                }
                return propose(best, alternatives: Array(reading.proposals.dropFirst()), context: context)
            }
            if Self.answeredToo.contains(best.command) {
                // The answer's own outline hint shows this line, which read the length and topic.
                context[ProposedOutlineKey.self] = best.line
                defer { context[ProposedOutlineKey.self] = nil }
                var output = try await answer(invocation, context: context, note: nil)
                if output.json["answered"] == .bool(false), let topic = best.value("topic") {
                    // "make me a 30-minute talk outline on plastics for a community meeting":
                    // the framing sank the line, but the request read its topic — answer that.
                    var byTopic = invocation
                    byTopic.positionals = [ArgumentToken(text: topic, column: 0)]
                    let second = try await answer(byTopic, context: context, note: nil)
                    if second.json["answered"] == .bool(true) { output = second }
                }
                if output.json["answered"] == .bool(false) {
                    // No answer to hang the hint on: the proposal says itself.
                    output.blocks += propose(best, context: context).blocks
                }
                output.proposedLine = best.line
                if case .object(var fields) = output.json {
                    fields.append(("proposal", best.json))
                    output.json = .object(fields)
                }
                return output
            }
            return propose(best, context: context)
        }
    }

    /// Read-only proposals that still get the knowledge answer above them: a lecturer who
    /// asks 给村民讲二十分钟垃圾分类，帮我准备个提纲 wants the material now, and the `/outline`
    /// line that builds the talk, pre-filled for Enter.
    static let answeredToo: Set<String> = ["outline"]

    /// Reads the line against the records. A question is not held up by opening a slow store (a
    /// server, or years of records): such a store is opened (or refreshed) only when the words
    /// look like a request, and the line read again against what it holds now. A small local
    /// store is opened at once, because many requests are requests only through the names and
    /// sessions it holds: 张三昨天巡河干了两个半小时 said in `-c` before anything opened the store.
    /// The records' look-ups are built once per store revision and kept in the context.
    @MainActor static func read(_ text: String, context: CommandContext) async -> RequestInterpretation {
        let cache = context.requestIndexCache
        let interpreter = { (store: (any OutreachStore)?) in
            RequestInterpreter(
                now: context.now(), timeZone: context.timeZone, state: store?.state,
                index: store.map { cache.index(for: $0.state, revision: $0.seq) }, registry: context.registry
            )
            .interpret(text)
        }
        let opened = context[OutreachStoreKey.self]
        if opened == nil, Self.opensAtOnce(context.storeLocation), let store = try? await context.outreachStore() {
            return interpreter(store)
        }
        let first = interpreter(opened)
        guard first.decision != .question, let store = try? await context.outreachStore() else { return first }
        return interpreter(store)
    }

    /// A local store that already exists and opens in a blink. A question never creates the
    /// data directory, and never waits for a server or a store of many years.
    @MainActor static func opensAtOnce(_ location: StoreLocation) -> Bool {
        guard case .directory(let path) = location, FileManager.default.fileExists(atPath: path) else { return false }
        return StoreFactory.opensQuickly(location)
    }

    /// The question path, exactly as `/ask` would answer it.
    @MainActor private func answer(_ invocation: Invocation, context: CommandContext, note: LocalizedText?) async throws
        -> CommandOutput
    {
        var ask = invocation
        ask.commandName = AskCommand.configuration.name
        var output = try await AskCommand().run(ask, context: context)
        if let note { output.warnings.append(note) }
        return output
    }

    @MainActor static func pick(_ prompter: any UserPrompter, context: CommandContext, question: LocalizedText) async
        -> Int?
    {
        while true {
            guard let answer = await prompter.ask(context.text(question), defaultValue: "1") else { return nil }
            if let n = Int(NumberText.halfWidth(answer).trimmingCharacters(in: .whitespaces)), (1...2).contains(n) {
                return n
            }
            prompter.show(context.text(L(.requestPickAgain)))
        }
    }

    @MainActor func propose(_ p: RequestProposal, alternatives: [RequestProposal] = [], context: CommandContext)
        -> CommandOutput
    {
        let lang = context.language
        var blocks: [OutputBlock] = [
            .paragraph(
                StyledText([StyledSpan(L(.requestUnderstood).text(lang) + " ", .bold), StyledSpan(p.line, .accent)]))
        ]
        for alt in alternatives {
            blocks.append(
                .paragraph(
                    StyledText([
                        StyledSpan(L(.requestReadings).text(lang) + " ", .dim), StyledSpan(alt.line, .accent),
                    ])))
        }
        var notes = p.notes.map { StyledText($0.text(lang), .dim) }
        if !p.missing.isEmpty {
            let fields = p.missing.map { $0 + "=" }.joined(separator: " ")
            notes.append(
                StyledText(
                    L(context.prompter == nil ? .requestMissingBatch : .requestMissing, ["fields": fields]).text(
                        lang), .warning))
        }
        if !p.changesRecords { notes.append(StyledText(L(.requestReadOnly).text(lang), .dim)) }
        let confirmation: MessageKey =
            context.isInteractive ? .requestConfirm : context[RunsProposalsKey.self] ? .requestRunning : .requestNotRun
        notes.append(StyledText(L(confirmation).text(lang), .dim))
        blocks.append(.list(notes))
        var json: [(String, JSONValue?)] = [("proposal", p.json)]
        if !alternatives.isEmpty { json.append(("alternatives", .array(alternatives.map(\.json)))) }
        var output = CommandOutput(blocks: blocks, json: .obj(json))
        output.proposedLine = p.line
        return output
    }
}

/// The `/outline` line a lecturer's request was read as, while its question is answered: the
/// answer's outline hint shows it instead of guessing the length and topic again.
package enum ProposedOutlineKey: ContextKey {
    package static var defaultValue: String? { nil }
}

/// The request index of this REPL's store, rebuilt only when the store's revision changes.
package enum RequestIndexCacheKey: ContextKey {
    package static var defaultValue: RequestIndexCache? { nil }
}

extension CommandContext {
    /// This context's request index cache, made on first use.
    package var requestIndexCache: RequestIndexCache {
        if let cache = self[RequestIndexCacheKey.self] { return cache }
        let cache = RequestIndexCache()
        self[RequestIndexCacheKey.self] = cache
        return cache
    }
}
