import Foundation

/// Volunteers by star level (星级认定) from their credited service hours, and who crossed
/// a level within a period — the list a coordinator needs before a recognition meeting.
/// Thresholds come from `StarLevel`, so a jurisdiction's own scale applies everywhere.
package struct StarRoster: Sendable {
    package struct Entry: Sendable, Equatable {
        package var person: Person
        package var hours: Double
        package var stars: Int
        /// Stars at the day before the period began (nil without a period).
        package var starsBefore: Int?
        package var toNext: Double?

        package var crossed: Bool { starsBefore.map { $0 < stars } ?? false }
    }

    package var levels: StarLevel
    package var period: ReportPeriod?
    package var city: String?
    package var entries: [Entry]

    /// Everyone with credited hours (through the period's end), in the city when given —
    /// "in the city" meaning they served at least once at a session there.
    package static func build(
        state: OutreachState, levels: StarLevel, period: ReportPeriod?, city: String?, now: Date
    ) -> StarRoster {
        var entries: [Entry] = []
        for person in state.livePeople {
            let service = state.attendedService(person: person.id)
            guard !service.isEmpty else { continue }
            if let city, !service.contains(where: { $0.session.city == city }) { continue }
            let end = period?.last
            let hours = state.creditedHours(person: person.id, through: end, asOf: now)
            guard hours > 0 else { continue }
            let before = period.map {
                state.creditedHours(person: person.id, through: $0.first.adding(days: -1), asOf: now)
            }
            entries.append(
                Entry(
                    person: person, hours: hours, stars: levels.stars(forHours: hours),
                    starsBefore: before.map { levels.stars(forHours: $0) }, toNext: levels.hoursToNextStar(from: hours))
            )
        }
        entries.sort { a, b in
            a.hours != b.hours
                ? a.hours > b.hours
                : (a.person.name != b.person.name ? a.person.name < b.person.name : a.person.id < b.person.id)
        }
        return StarRoster(levels: levels, period: period, city: city, entries: entries)
    }

    package var crossings: [Entry] { entries.filter(\.crossed) }

    package func document(_ lang: Language) -> ReportDocument {
        func t(_ key: MessageKey, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        let thresholds = levels.thresholds.map { OutreachFormat.hours($0) }.joined(separator: "/")
        var subtitle = t(.reportsStarsScale, ["thresholds": thresholds])
        if let period { subtitle += " · " + period.label }
        if let city { subtitle += " · " + OutreachFormat.cityShort(city, lang) }
        let summary = DataTable(
            columns: [.init("stars", t(.fieldStars)), .init("people", t(.fieldPeople), numeric: true)],
            rows: (0...5).reversed().map { level in
                [.text(StarLevel.display(level)), .number(Double(entries.filter { $0.stars == level }.count))]
            })
        var blocks: [OutputBlock] = [.dataTable(title: t(.reportsStarsByLevel), summary, flagged: [])]
        if entries.isEmpty {
            blocks.append(.note(t(.reportsStarsNone)))
        } else {
            blocks.append(
                .dataTable(
                    title: t(.reportsStarsPeople), table(entries, lang),
                    flagged: Set(entries.indices.filter { entries[$0].crossed })))
        }
        if period != nil {
            blocks.append(.section(t(.reportsStarsCrossed)))
            let crossed = crossings
            blocks.append(
                crossed.isEmpty
                    ? .note(t(.reportsStarsNoneCrossed))
                    : .dataTable(title: nil, table(crossed, lang), flagged: []))
        }
        return ReportDocument(title: t(.reportsStarsTitle), subtitle: subtitle, language: lang, blocks: blocks)
    }

    func table(_ list: [Entry], _ lang: Language) -> DataTable {
        func t(_ key: MessageKey) -> String { L(key).text(lang) }
        return DataTable(
            columns: [
                .init("id", t(.fieldId)), .init("name", t(.fieldName)), .init("org", t(.fieldOrg)),
                .init("hours", t(.fieldHours), numeric: true),
                .init("stars", t(.fieldStars)), .init("before", t(.reportsColBefore)),
                .init("to_next", t(.reportsColToNext), numeric: true),
            ],
            rows: list.map { e in
                [
                    .text(e.person.id), .text(e.person.name), DataTable.Cell(e.person.organisation), .number(e.hours),
                    .text(StarLevel.display(e.stars)),
                    DataTable.Cell(e.starsBefore.map { StarLevel.display($0) }), DataTable.Cell(e.toNext),
                ]
            })
    }

    package var json: JSONValue {
        .obj([
            ("thresholds", .array(levels.thresholds.map { .number($0) })), ("period", period.map { .string($0.label) }),
            ("city", city.map { .string($0) }),
            (
                "levels",
                .array(
                    (0...5).map { level in
                        .obj([("stars", .int(level)), ("people", .int(entries.filter { $0.stars == level }.count))])
                    })
            ),
            (
                "people",
                .array(
                    entries.map { e in
                        .obj([
                            ("id", .string(e.person.id)), ("name", .string(e.person.name)), ("hours", .number(e.hours)),
                            ("stars", .int(e.stars)),
                            ("stars_before", e.starsBefore.map { .int($0) }), ("crossed", .bool(e.crossed)),
                            ("hours_to_next", e.toNext.map { .number($0) }),
                        ])
                    })
            ),
        ])
    }
}
