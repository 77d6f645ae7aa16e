import Foundation

extension StoreTool {
    /// `ecovol --store URL store totals`: the province-wide figures by city, as the views
    /// `ecovol.city_totals` and `ecovol.city_volunteers` give them to every office — so a city
    /// office sees the province without psql, and without any other city's names.
    static func provinceTotals(_ url: String, environment: [String: String], language: Language, now: Date = Date())
        async -> StoreToolResult
    {
        do {
            let totals = try await PostgresAdministration.cityTotals(url: url, environment: environment)
            let server =
                (try? PostgresSettings.parse(url, environment: environment).displayName) ?? StoreLocation.redacted(url)
            return provinceTotals(totals, server: server, language: language, now: now)
        } catch {
            return failure(error, language)
        }
    }

    static func provinceTotals(
        _ totals: [PostgresAdministration.CityTotal], server: String, language: Language, now: Date
    ) -> StoreToolResult {
        func t(_ key: MessageKey) -> String { L(key).text(language) }
        let time = CalendarDate(now, in: ChinaTime.zone).iso + " " + OutreachFormat.clock(now, ChinaTime.zone)
        var lines = [L(.sharedStoreTotalsTitle, ["server": server, "time": time]).text(language)]
        let json = JSONValue.obj([
            ("server", .string(server)), ("as_of", .string(ISOTimestamp.format(now))),
            ("cities", .array(totals.map(totalJSON))),
        ])
        guard !totals.isEmpty else {
            lines.append(t(.sharedStoreTotalsNone))
            return StoreToolResult(output: lines.joined(separator: "\n"), exitStatus: 0, json: json)
        }
        func row(_ label: String, _ c: PostgresAdministration.CityTotal, volunteers: String) -> [StyledText] {
            [
                label, String(c.sessions), String(c.sessionsDone), String(c.sessionsCancelled), String(c.reached),
                String(c.attendances), CentiHours(hours: c.hours).description, volunteers,
            ].map { StyledText($0) }
        }
        var rows = totals.map {
            row(OutreachFormat.cityShort($0.city, language), $0, volunteers: String($0.volunteers))
        }
        // The province's row: counts added up, hours added in hundredths (as every figure is).
        var sum = PostgresAdministration.CityTotal(
            city: "", sessions: 0, sessionsDone: 0, sessionsCancelled: 0, reached: 0, attendances: 0, hours: 0,
            volunteers: 0)
        var centi = CentiHours(0)
        for c in totals {
            sum.sessions += c.sessions
            sum.sessionsDone += c.sessionsDone
            sum.sessionsCancelled += c.sessionsCancelled
            sum.reached += c.reached
            sum.attendances += c.attendances
            centi = centi + CentiHours(hours: c.hours)
        }
        sum.hours = centi.hours
        rows.append(row(t(.sharedStoreTotalsProvince), sum, volunteers: "—"))
        let table = TextTable(
            headers: [
                t(.fieldCity), t(.reportsColSessions), t(.sharedStoreColDone), t(.sharedStoreColCancelled),
                t(.reportsReached), t(.sharedStoreColAttendances), t(.reportsColHours), t(.sharedStoreColVolunteers),
            ], rows: rows, alignments: [.left] + Array(repeating: .right, count: 7))
        lines += TextLayout(width: 120).tableLines(table).map(\.plainText)
        lines.append(t(.sharedStoreTotalsNote))
        return StoreToolResult(output: lines.joined(separator: "\n"), exitStatus: 0, json: json)
    }

    private static func totalJSON(_ c: PostgresAdministration.CityTotal) -> JSONValue {
        .obj([
            ("city", .string(c.city)), ("sessions", .int(c.sessions)), ("sessions_done", .int(c.sessionsDone)),
            ("sessions_cancelled", .int(c.sessionsCancelled)), ("reached", .int(c.reached)),
            ("attendances", .int(c.attendances)), ("hours", .number(CentiHours(hours: c.hours).hours)),
            ("volunteers", .int(c.volunteers)),
        ])
    }
}
