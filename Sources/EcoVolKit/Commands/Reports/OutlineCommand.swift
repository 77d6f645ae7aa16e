/// `/outline audience=… minutes=… [topic=…] [type=…]` or `/outline SESSION`: a talk built
/// from the knowledge base, with minutes per part adding up to the length asked. The same
/// request gives the same outline; `vary=N` gives another, repeatable, version.
public struct OutlineCommand: Command {
    public static let configuration = CommandConfiguration(
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
        positionals: [
            ArgumentSpec(
                "session",
                help: LocalizedText(
                    zh: "已安排活动的编号（使用其对象、时长和类型）", en: "a scheduled session's id (uses its audience, length and type)"),
                completion: .sessionIDs)
        ],
        keys: [
            ArgumentSpec(
                "audience", aliases: ["对象"],
                help: LocalizedText(
                    zh: "对象：family community school enterprise agency village",
                    en: "audience: family community school enterprise agency village"), completion: .audiences),
            ArgumentSpec(
                "minutes", aliases: ["时长", "分钟"],
                help: LocalizedText(zh: "总时长（分钟，10–240）", en: "length in minutes (10–240)"),
                completion: .values(["20", "30", "45", "60", "90"])),
            ArgumentSpec(
                "topic", aliases: ["主题"],
                help: LocalizedText(
                    zh: "主题，如 垃圾分类、节约用水、碳达峰", en: "topic, e.g. waste sorting, saving water, carbon peak"),
                completion: .knowledgeTopics),
            ArgumentSpec(
                "type", aliases: ["类型"], help: LocalizedText(zh: "服务类型", en: "service type"), completion: .serviceTypes),
            ArgumentSpec(
                "vary", aliases: ["换一版", "版本"],
                help: LocalizedText(
                    zh: "换一个版本（数字；同一数字得到同一版本）", en: "another version (a number; the same number gives the same version)"
                ), completion: .values(["1", "2", "3"])),
            ArgumentSpec(
                "file", aliases: ["文件"],
                help: LocalizedText(zh: "写入文件（.md .html .json）", en: "write to a file (.md .html .json)"),
                completion: .files),
            ReportsSupport.forceKey,
        ]
    )

    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        var audience: Audience?
        var minutes: Int?
        var type: ServiceType?
        var topic = try invocation.string("topic").flatMap { try FieldValidator.text("topic", $0, maxLength: 60) }
        var day = ReportsSupport.today(context)
        var sessionID: String?
        var warnings: [LocalizedText] = []
        if let token = invocation.positionals.first {
            let store = try await context.outreachStore()
            let session = try Outreach.session(token.text, in: store.state)
            sessionID = session.id
            audience = session.audience
            type = session.type
            topic = topic ?? session.title
            day = CalendarDate(session.start, in: session.zone)
            let length = Int((session.end.timeIntervalSince(session.start) / 60).rounded())
            let clamped = min(max(length, OutlineBuilder.minuteRange.lowerBound), OutlineBuilder.minuteRange.upperBound)
            minutes = clamped
            if clamped != length {
                warnings.append(L("outline.lengthClamped", ["length": String(length), "minutes": String(clamped)]))
            }
        }
        if let a = invocation.string("audience") {
            guard
                let parsed = Audience(argument: a)
                    ?? KnowledgeVocabulary.audience(named: a).flatMap(Audience.init(rawValue:))
            else {
                throw CommandFailure.invalidValue(
                    field: "audience", value: a,
                    accepted: L("outreach.accepted.audience", ["audiences": Audience.acceptedText]))
            }
            audience = parsed
        }
        if let t = invocation.string("type") {
            guard let parsed = ServiceType(argument: t) else {
                throw CommandFailure.invalidValue(
                    field: "type", value: t, accepted: L("outreach.accepted.type", ["types": ServiceType.acceptedText]))
            }
            type = parsed
        }
        if let m = try invocation.int("minutes", in: OutlineBuilder.minuteRange) { minutes = m }
        guard let audience else {
            throw CommandFailure.missing(
                field: "audience", accepted: L("outreach.accepted.audience", ["audiences": Audience.acceptedText]))
        }
        guard let minutes else {
            throw CommandFailure.missing(
                field: "minutes", accepted: L("arg.integerRange", ["min": "10", "max": "240"]))
        }
        let seed = try invocation.int("vary", in: 0...999_999).map { UInt64($0) }
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
