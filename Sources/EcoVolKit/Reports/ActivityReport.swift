import Foundation

/// The figures a coordinator reports upward by city and by month: sessions by service type,
/// audience setting, city and month; people reached; distinct volunteers and their service
/// hours; the average rating; trainings per city this year (the programme asks each 市州
/// for at least one); sessions that took volunteers without insurance; environmental days
/// and what was on. Computed from the store alone, so the numbers can be re-derived by anyone.
package struct ActivityReport: Sendable {
    package struct Count: Sendable, Equatable {
        package var key: String
        package var label: String
        package var sessions: Int
        package var hours: Double
    }

    package struct MonthFigure: Sendable, Equatable {
        package var year: Int
        package var month: Int
        package var sessions: Int
        package var hours: Double
        package var label: String { String(format: "%04d-%02d", year, month) }
    }

    package struct TrainingFigure: Sendable, Equatable {
        package var city: String
        package var held: Int
        package var planned: Int
        /// Below one training held this year.
        package var isBelowQuota: Bool { held < 1 }
    }

    package var filter: SessionFilter
    package var heading: String
    /// Sessions counted: matching, not cancelled.
    package var sessionCount: Int
    package var doneCount: Int
    package var plannedCount: Int
    package var cancelledCount: Int
    package var byType: [Count]
    package var byAudience: [Count]
    package var byCity: [Count]
    package var byMonth: [MonthFigure]
    package var reached: Int
    package var volunteers: Int
    package var hours: Double
    package var averageRating: Double?
    package var ratedSessions: Int
    package var trainingYear: Int
    package var trainings: [TrainingFigure]
    package var uninsured: [Session]
    package var environmentalDays: [EnvironmentalDayOccurrence]

    /// Builds the report. `dayEntries` are the knowledge base's environmental days; `today`
    /// picks the training year when the period does not.
    package static func build(
        state: OutreachState, filter: SessionFilter, dayEntries: [KnowledgeEntry], today: CalendarDate,
        language: Language, now: Date
    ) -> ActivityReport {
        let matching = filter.sessions(in: state)
        let counted = matching.filter { $0.status != .cancelled }
        // Hundredths of an hour, from each person's ledger, so a person in two overlapping
        // sessions is counted once here as on their certificate.
        var centiBySession: [String: Int] = [:]
        var people: Set<String> = []
        var ledgers: [String: HoursLedger] = [:]
        for s in counted {
            let attended = state.participations(session: s.id).filter { $0.status == .attended }
            var sum = 0
            for p in attended {
                people.insert(p.person)
                let ledger = ledgers[p.person] ?? HoursLedger.build(state: state, person: p.person, asOf: now)
                ledgers[p.person] = ledger
                sum += ledger.row(session: s.id)?.credited.value ?? 0
            }
            centiBySession[s.id] = sum
        }
        func count<K: Hashable>(_ key: (Session) -> K) -> [(K, Int, Double)] {
            var sessions: [K: Int] = [:]
            var hours: [K: Int] = [:]
            for s in counted {
                sessions[key(s), default: 0] += 1
                hours[key(s), default: 0] += centiBySession[s.id] ?? 0
            }
            return sessions.map { ($0.key, $0.value, Double(hours[$0.key] ?? 0) / 100) }
        }
        let byType = count { $0.type }.sorted {
            (ServiceType.allCases.firstIndex(of: $0.0) ?? 0) < (ServiceType.allCases.firstIndex(of: $1.0) ?? 0)
        }
        .map { Count(key: $0.0.rawValue, label: $0.0.label.text(language), sessions: $0.1, hours: $0.2) }
        let audienceOrder: (Audience?) -> Int = {
            $0.flatMap { Audience.allCases.firstIndex(of: $0) } ?? Audience.allCases.count
        }
        let byAudience = count { $0.audience }.sorted { audienceOrder($0.0) < audienceOrder($1.0) }
            .map {
                Count(
                    key: $0.0?.rawValue ?? "none",
                    label: $0.0?.label.text(language) ?? L(.reportsUnspecified).text(language), sessions: $0.1,
                    hours: $0.2)
            }
        let cityOrder: (String) -> Int = { name in City.all.firstIndex { $0.name == name } ?? City.all.count }
        let byCity = count { $0.city }.sorted { (cityOrder($0.0), $0.0) < (cityOrder($1.0), $1.0) }
            .map { Count(key: $0.0, label: OutreachFormat.cityShort($0.0, language), sessions: $0.1, hours: $0.2) }
        var months: [(year: Int, month: Int)]
        if let period = filter.period, period.first.year > 1970, period.last.year < 2999 {
            months = period.months
        } else {
            let days = counted.map { CalendarDate($0.start, in: $0.zone) }
            if let lo = days.min(), let hi = days.max() {
                months = ReportPeriod(first: lo, last: hi, label: "").months
            } else {
                months = []
            }
        }
        let byMonth = months.map { ym in
            let inMonth = counted.filter {
                let d = CalendarDate($0.start, in: $0.zone)
                return d.year == ym.year && d.month == ym.month
            }
            return MonthFigure(
                year: ym.year, month: ym.month, sessions: inMonth.count,
                hours: Double(inMonth.reduce(0) { $0 + (centiBySession[$1.id] ?? 0) }) / 100)
        }
        let rated = counted.compactMap(\.rating)
        // Trainings: the year of the period's end (or this year), every city of the province
        // (or the one asked for), counting held and still-planned trainings apart.
        let year = filter.period.map { $0.last.year < 2999 ? $0.last.year : today.year } ?? today.year
        let yearTrainings = state.sessions.values.filter { s in
            s.type == .training && s.status != .cancelled && CalendarDate(s.start, in: s.zone).year == year
                && (filter.city == nil || s.city == filter.city)
        }
        var cities = filter.city.map { [$0] } ?? City.all.map(\.name)
        for s in yearTrainings where !cities.contains(s.city) { cities.append(s.city) }
        let trainings = cities.map { city in
            TrainingFigure(
                city: city, held: yearTrainings.filter { $0.city == city && $0.status == .done }.count,
                planned: yearTrainings.filter { $0.city == city && $0.status == .planned }.count)
        }
        let dayPeriod =
            filter.period
            ?? {
                let days = counted.map { CalendarDate($0.start, in: $0.zone) }
                return ReportPeriod(first: days.min() ?? today, last: days.max() ?? today, label: "")
            }()
        let clampedDays = ReportPeriod(
            first: max(dayPeriod.first, CalendarDate(year: 1990, month: 1, day: 1)),
            last: min(dayPeriod.last, today.adding(days: 3 * 366)), label: "")
        return ActivityReport(
            filter: filter, heading: filter.describe(language, state: state),
            sessionCount: counted.count, doneCount: counted.filter { $0.status == .done }.count,
            plannedCount: counted.filter { $0.status == .planned }.count,
            cancelledCount: matching.count - counted.count,
            byType: byType, byAudience: byAudience, byCity: byCity, byMonth: byMonth,
            reached: counted.reduce(0) { $0 + ($1.reached ?? 0) }, volunteers: people.count,
            hours: Double(centiBySession.values.reduce(0, +)) / 100,
            averageRating: rated.isEmpty ? nil : Double(rated.reduce(0, +)) / Double(rated.count),
            ratedSessions: rated.count,
            trainingYear: year, trainings: trainings, uninsured: counted.filter { state.lacksInsurance($0) },
            environmentalDays: clampedDays.first <= clampedDays.last
                ? EnvironmentalDayOccurrence.occurrences(of: dayEntries, in: clampedDays, sessions: counted) : []
        )
    }
}
