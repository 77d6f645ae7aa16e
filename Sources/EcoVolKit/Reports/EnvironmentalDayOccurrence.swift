/// One environmental day falling inside a report period, with the sessions held or planned
/// on it, so a coordinator sees at a glance whether 六五环境日 had anything on.
package struct EnvironmentalDayOccurrence: Sendable {
    package var entryID: String
    package var title: String
    package var titleEn: String
    /// The first and last day (the same for one-day observances; a month for 宣传月).
    package var first: CalendarDate
    package var last: CalendarDate
    package var sessions: [Session]

    /// Every occurrence of the knowledge base's date entries within `period`, by date.
    package static func occurrences(of entries: [KnowledgeEntry], in period: ReportPeriod, sessions: [Session])
        -> [EnvironmentalDayOccurrence]
    {
        var out: [EnvironmentalDayOccurrence] = []
        for entry in entries {
            guard let rule = entry.day else { continue }
            var cursor = period.first
            var guardCount = 0
            while let next = rule.next(onOrAfter: .init(year: cursor.year, month: cursor.month, day: cursor.day)),
                guardCount < 400
            {
                guardCount += 1
                var first = CalendarDate(year: next.year, month: next.month, day: next.day)
                guard first <= period.last else { break }
                var last = first
                if case .month = rule {
                    first = CalendarDate(year: next.year, month: next.month, day: 1)
                    last = CalendarDate(
                        year: next.year, month: next.month, day: CalendarDate.daysIn(year: next.year, month: next.month)
                    )
                }
                let on = sessions.filter { s in
                    let d = CalendarDate(s.start, in: s.zone)
                    return first <= d && d <= last && s.status != .cancelled
                }
                out.append(
                    EnvironmentalDayOccurrence(
                        entryID: entry.id, title: entry.title, titleEn: entry.titleEn, first: max(first, period.first),
                        last: min(last, period.last), sessions: on))
                cursor = last.adding(days: 1)
            }
        }
        return out.sorted { $0.first != $1.first ? $0.first < $1.first : $0.entryID < $1.entryID }
    }
}
