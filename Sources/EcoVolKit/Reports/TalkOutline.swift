/// A talk a lecturer can give tomorrow: an opening, 3–5 key points (each a fact and a
/// plain-words explanation for the audience), tips the audience can act on, an activity or
/// question to involve them, and a closing, with minutes per part adding up to the length
/// asked and the sources of every fact listed at the end.
package struct TalkOutline: Sendable {
    package enum PartKind: String, Sendable, CaseIterable {
        case opening, point, tips, activity, closing
    }

    package struct Part: Sendable, Equatable {
        package var kind: PartKind
        package var title: String
        package var minutes: Int
        package var lines: [String]
        package var entryIDs: [String]
    }

    package struct Source: Sendable, Equatable {
        package var id: String
        package var title: String
        package var source: String
    }

    package var title: String
    package var audience: Audience
    package var minutes: Int
    package var topic: String?
    package var type: ServiceType?
    package var session: String?
    package var seed: UInt64?
    package var parts: [Part]
    package var sources: [Source]

    package var totalMinutes: Int { parts.reduce(0) { $0 + $1.minutes } }

    package func document(_ lang: Language) -> ReportDocument {
        var subtitle = L(.outlineSubtitle, ["audience": audience.label.text(lang), "minutes": String(minutes)]).text(
            lang)
        if let type { subtitle += " · " + type.label.text(lang) }
        if let session { subtitle += " · " + session }
        var blocks: [OutputBlock] = []
        for (i, part) in parts.enumerated() {
            blocks.append(
                .section(
                    L(
                        .outlinePartHeading,
                        ["n": String(i + 1), "title": part.title, "minutes": String(part.minutes)]
                    ).text(lang)))
            blocks.append(.items(part.lines))
        }
        blocks.append(.section(L(.outlineSources).text(lang)))
        blocks.append(
            .items(
                sources.map {
                    lang == .zh ? "\($0.title)（\($0.id)）：\($0.source)" : "\($0.title) (\($0.id)): \($0.source)"
                }))
        return ReportDocument(title: title, subtitle: subtitle, language: lang, blocks: blocks)
    }

    package var json: JSONValue {
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
