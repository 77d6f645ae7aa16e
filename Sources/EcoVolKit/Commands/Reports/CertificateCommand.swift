/// `/certificate PERSON [from= to=] [file=证明.html]`: a service-hours certificate with the
/// four blocks of 民发〔2015〕149号 and a place for the seal, as Markdown or a printable page.
/// The screen shows the ID number masked; the file handed to the volunteer carries it in full.
package struct CertificateCommand: Command {
    package static let configuration = CommandConfiguration(
        name: "certificate",
        aliases: ["证明", "志愿服务证明", "cert"],
        group: .reports,
        summary: LocalizedText(
            zh: "出具志愿服务证明（时长、内容、出具单位、盖章处）", en: "Issue a service-hours certificate (hours, content, issuer, seal area)"),
        examples: [
            "/certificate 张三", "/证明 张三 period=2026 file=张三证明.html",
            "/certificate p3x8n2bd from=2026-01-01 to=2026-06-30 issuer=贵阳市生态环境志愿服务队 file=cert.md",
        ],
        discussion: LocalizedText(
            zh:
                "出具单位信息也可用环境变量 ECOVOL_ISSUER、ECOVOL_ISSUER_HEAD、ECOVOL_ISSUER_HANDLER、ECOVOL_ISSUER_CONTACT 设置；未填写的项留空线供手写。",
            en:
                "Issuer details can also come from ECOVOL_ISSUER, ECOVOL_ISSUER_HEAD, ECOVOL_ISSUER_HANDLER, ECOVOL_ISSUER_CONTACT; blanks are left as lines to fill in by hand."
        ),
        positionals: [
            OutreachArguments.person.spec
        ],
        keys: [
            SessionFilterArguments.period.spec, SessionFilterArguments.from.spec, SessionFilterArguments.to.spec,
            issuer.spec, head.spec, handler.spec, contact.spec, ReportsSupport.fileKey, ReportsSupport.forceKey,
            overlaps.spec,
        ]
    )

    static let issuer = CommandArgument<String>.key(
        "issuer", aliases: ["出具单位", "单位"], help: LocalizedText(zh: "出具单位名称", en: "issuing organisation"))
    static let head = CommandArgument<String>.key(
        "head", aliases: ["负责人"], help: LocalizedText(zh: "出具单位负责人", en: "the issuer's person in charge"))
    static let handler = CommandArgument<String>.key(
        "handler", aliases: ["经办人"], help: LocalizedText(zh: "经办人", en: "handler"))
    static let contact = CommandArgument<String>.key(
        "contact", aliases: ["联系方式", "电话"], help: LocalizedText(zh: "联系方式", en: "contact"))
    static let overlaps = CommandArgument<OverlapCounting>.key(
        "overlaps", aliases: ["重叠"],
        help: LocalizedText(
            zh: "时间重叠的活动：once（重叠时段只计一次）", en: "overlapping sessions: once (count the overlapping time once)"))

    package init() {}

    package func run(_ invocation: Invocation, context: CommandContext) async throws -> CommandOutput {
        let token = try invocation.required(OutreachArguments.person)
        let store = try await context.outreachStore()
        let filter = try SessionFilterArguments.filter(invocation, context: context, state: store.state)
        var issuer = ServiceCertificate.Issuer.from(environment: context.environment)
        for (argument, path) in [
            (Self.issuer, \ServiceCertificate.Issuer.name), (Self.head, \.head), (Self.handler, \.handler),
            (Self.contact, \.contact),
        ] as [(CommandArgument<String>, WritableKeyPath<ServiceCertificate.Issuer, String?>)] {
            if let v = try invocation.value(argument) {
                issuer[keyPath: path] = try FieldValidator.text(argument.name, v, maxLength: 100)
            }
        }
        let person = try await Outreach.requirePerson(token.text, in: store.state, context: context)
        let once = try invocation.value(Self.overlaps) == .once
        let certificate = try ServiceCertificate.build(
            state: store.state, person: person, period: filter.period, issuer: issuer,
            issued: ReportsSupport.today(context), now: context.now(),
            countOverlapsOnce: once)
        var warnings = store.drainWarnings()
        if !certificate.overlaps.isEmpty {
            warnings.append(L(.certificateOverlapsCounted, ["count": String(certificate.overlaps.count)]))
        }
        if !certificate.pending.isEmpty {
            warnings.append(
                L(
                    .certificatePendingLeftOut,
                    [
                        "count": String(certificate.pending.count),
                        "list": certificate.pending.map(\.session.id).joined(separator: " "),
                        "hours": certificate.pending.reduce(CentiHours(0)) { $0 + $1.recorded }.description,
                    ]))
        }
        if !issuer.missing.isEmpty {
            warnings.append(
                L(.certificateBlankIssuer, ["fields": issuer.missing.map { $0 + "=" }.joined(separator: " ")]))
        }
        return try ReportsSupport.output(
            certificate.document(context.language, revealIdentity: false), json: certificate.json,
            invocation: invocation, context: context,
            allowed: [.html, .md, .json], warnings: warnings,
            fileDocument: certificate.document(context.language, revealIdentity: true))
    }
}

/// How a certificate counts sessions that overlap in time: `once` counts the shared time once.
enum OverlapCounting: String, ArgumentChoice {
    case once

    init?(argument: String) {
        guard ["once", "union", "一次", "合并"].contains(argument.trimmingCharacters(in: .whitespaces).lowercased()) else {
            return nil
        }
        self = .once
    }

    var label: LocalizedText { LocalizedText(zh: "只计一次", en: "once") }

    static var acceptedValues: LocalizedText { L(.certificateAcceptedOverlaps) }
}
