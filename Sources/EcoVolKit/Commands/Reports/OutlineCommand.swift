/// `/outline audience=… minutes=… [topic=…] [type=…]` or `/outline SESSION`: a talk built
/// from the knowledge base, with minutes per part adding up to the length asked. The same
/// request gives the same outline; `vary=N` gives another, repeatable, version.
package struct OutlineCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "outline",
        aliases: ["提纲", "宣讲提纲", "讲稿"],
        group: .reports,
        summary: LocalizedText(
            zh: "生成宣讲提纲（开场、要点、小贴士、互动、结尾，分钟数合计准确）",
            en: "Build a talk outline (opening, points, tips, activity, closing; minutes add up)"),
        usage: "/outline [SESSION] audience=… minutes=… [topic=…] [type=…] [vary=N] [file=talk.md]",
        examples: [
            "/outline audience=village minutes=30 topic=垃圾分类", "/提纲 对象=学校 时长=45 主题=节约用水",
            "/outline s7k2m9qa file=talk.md", "/outline audience=agency minutes=20 topic=碳达峰 vary=2",
        ],
        positionals: [session.spec],
        keys: [audience.spec, minutes.spec, topic.spec, type.spec, vary.spec, file.spec, ReportsSupport.forceKey]
    )

    static let session = CommandArgument<SessionIDArgument>.positional(
        "session",
        help: LocalizedText(
            zh: "已安排活动的编号（使用其对象、时长和类型）", en: "a scheduled session's id (uses its audience, length and type)"))
    static let audience = CommandArgument<Audience>.key(
        "audience", aliases: ["对象"], help: LocalizedText(zh: "对象", en: "audience"))
    static let minutes = CommandArgument<Int>.key(
        "minutes", aliases: ["时长", "分钟"], help: LocalizedText(zh: "总时长（分钟）", en: "length in minutes"),
        completion: .values(["20", "30", "45", "60", "90"]), in: OutlineBuilder.minuteRange)
    static let topic = CommandArgument<String>.key(
        "topic", aliases: ["主题"],
        help: LocalizedText(zh: "主题，如 垃圾分类、节约用水、碳达峰", en: "topic, e.g. waste sorting, saving water, carbon peak"),
        completion: .knowledgeTopics)
    static let type = CommandArgument<ServiceType>.key(
        "type", aliases: ["类型"], help: LocalizedText(zh: "服务类型", en: "service type"))
    static let vary = CommandArgument<Int>.key(
        "vary", aliases: ["换一版", "版本"],
        help: LocalizedText(
            zh: "换一个版本（数字；同一数字得到同一版本）", en: "another version (a number; the same number gives the same version)"),
        completion: .values(["1", "2", "3"]), in: 0...999_999)
    static let file = ReportsSupport.file.with(
        help: LocalizedText(zh: "写入文件（.md .html .json）", en: "write to a file (.md .html .json)"))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        var audience: Audience?
        var minutes: Int?
        var type: ServiceType?
        var topic = try invocation.value(Self.topic).flatMap { try FieldValidator.text("topic", $0, maxLength: 60) }
        var day = ReportsSupport.today(context)
        var sessionID: String?
        var warnings: [LocalizedText] = []
        if let token = try invocation.value(Self.session) {
            let store = try await context.outreachStore()
            let session = try Outreach.session(token.text, in: store.state, field: "session")
            sessionID = session.id
            audience = session.audience
            type = session.type
            topic = topic ?? session.title
            day = CalendarDate(session.start, in: session.zone)
            let length = Int((session.end.timeIntervalSince(session.start) / 60).rounded())
            let clamped = min(max(length, OutlineBuilder.minuteRange.lowerBound), OutlineBuilder.minuteRange.upperBound)
            minutes = clamped
            if clamped != length {
                warnings.append(L(.outlineLengthClamped, ["length": String(length), "minutes": String(clamped)]))
            }
        }
        if let a = try invocation.value(Self.audience) { audience = a }
        if let t = try invocation.value(Self.type) { type = t }
        if let m = try invocation.value(Self.minutes) { minutes = m }
        // Required unless a session gives them: not a framework rule, so checked here.
        guard let audience else {
            throw CommandFailure.missing(field: "audience", accepted: Self.audience.spec.accepted)
        }
        guard let minutes else {
            throw CommandFailure.missing(field: "minutes", accepted: Self.minutes.spec.accepted)
        }
        let seed = try invocation.value(Self.vary).map { UInt64($0) }
        let service = KnowledgeService.shared(in: context)
        let builder = OutlineBuilder(base: service.base, index: service.index)
        let outline = try builder.build(
            .init(
                audience: audience, minutes: minutes, topic: topic, type: type, seed: seed, day: day, session: sessionID
            ), language: context.language)
        return try ReportsSupport.output(
            outline.document(context.language), json: outline.json, invocation: invocation, context: context,
            allowed: [.md, .html, .json], warnings: warnings)
    }
}
