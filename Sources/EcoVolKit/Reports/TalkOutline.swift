/// A talk a lecturer can give tomorrow: an opening, 3–5 key points (each a fact and a
/// plain-words explanation for the audience), tips the audience can act on, an activity or
/// question to involve them, and a closing, with minutes per part adding up to the length
/// asked and the sources of every fact listed at the end.
public struct TalkOutline: Sendable {
    public enum PartKind: String, Sendable, CaseIterable {
        case opening, point, tips, activity, closing
    }

    public struct Part: Sendable, Equatable {
        public var kind: PartKind
        public var title: String
        public var minutes: Int
        public var lines: [String]
        public var entryIDs: [String]
    }

    public struct Source: Sendable, Equatable {
        public var id: String
        public var title: String
        public var source: String
    }

    public var title: String
    public var audience: Audience
    public var minutes: Int
    public var topic: String?
    public var type: ServiceType?
    public var session: String?
    public var seed: UInt64?
    public var parts: [Part]
    public var sources: [Source]

    public var totalMinutes: Int { parts.reduce(0) { $0 + $1.minutes } }

    public func document(_ lang: Language) -> ReportDocument {
        var subtitle = L(.outlineSubtitle, ["audience": audience.label.text(lang), "minutes": String(minutes)]).text(
            lang)
        if let type { subtitle += " · " + type.label.text(lang) }
        if let session { subtitle += " · " + session }
        var blocks: [ReportDocument.Block] = []
        for (i, part) in parts.enumerated() {
            blocks.append(
                .heading(
                    L(
                        .outlinePartHeading,
                        ["n": String(i + 1), "title": part.title, "minutes": String(part.minutes)]
                    ).text(lang)))
            blocks.append(.list(part.lines))
        }
        blocks.append(.heading(L(.outlineSources).text(lang)))
        blocks.append(
            .list(
                sources.map {
                    lang == .zh ? "\($0.title)（\($0.id)）：\($0.source)" : "\($0.title) (\($0.id)): \($0.source)"
                }))
        return ReportDocument(title: title, subtitle: subtitle, language: lang, blocks: blocks)
    }

    public var json: JSONValue {
        .obj([
            ("title", .string(title)), ("audience", .string(audience.rawValue)), ("minutes", .int(minutes)),
            ("topic", topic.map { .string($0) }), ("type", type.map { .string($0.rawValue) }),
            ("session", session.map { .string($0) }),
            ("vary", seed.map { .int(Int(truncatingIfNeeded: $0)) }),
            (
                "parts",
                .array(
                    parts.map { p in
                        .obj([
                            ("kind", .string(p.kind.rawValue)), ("title", .string(p.title)),
                            ("minutes", .int(p.minutes)),
                            ("lines", .array(p.lines.map { .string($0) })),
                            ("entries", .array(p.entryIDs.map { .string($0) })),
                        ])
                    })
            ),
            (
                "sources",
                .array(
                    sources.map {
                        .obj([("id", .string($0.id)), ("title", .string($0.title)), ("source", .string($0.source))])
                    })
            ),
        ])
    }
}
