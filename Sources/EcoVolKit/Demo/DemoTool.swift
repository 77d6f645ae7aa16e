import Foundation

/// `ecovol demo [DIR]`: fills a throw-away store with a realistic year of one city's outreach
/// so a new user can try `/sessions`, `/people`, `/person` and the reports without typing data
/// in. It refuses a directory that already holds files unless `force` is set, so it never
/// mixes made-up records into real ones by accident; with `force` it adds to what is there
/// (the records are deterministic for a given day, so running it twice that day changes nothing).
@MainActor
package enum DemoTool {
    /// Where the demo store goes when no directory is given.
    package static let defaultDirectory = "ecovol-demo"

    /// The kinds of `/check` finding the demo leaves in on purpose, so there is something to
    /// fix: sessions without a 负责人 or 记录人, and sessions without insurance. Anything else
    /// a fresh demo store shows in `/check` is a fault of the generator.
    package static let seededFindings: [RecordCheck.Kind] = [.missingLeader, .missingRecorder, .uninsured]

    /// A line naming the findings `/check` will show on the demo store in `directory` and that
    /// they were seeded on purpose (nil when the store cannot be read or has none).
    @MainActor
    package static func seededSummary(directory: String, now: Date = Date(), language: Language) async -> String? {
        await seededSummary(location: .directory(directory), now: now, language: language)
    }

    /// The same for the store at `location`, opened through the store factory (a directory or
    /// a server), only to read it.
    @MainActor
    package static func seededSummary(
        location: StoreLocation, dataDirectory: DataDirectory? = nil, environment: [String: String] = [:],
        now: Date = Date(), language: Language
    ) async -> String? {
        let local = dataDirectory ?? DataDirectory(path: location.displayText)
        guard
            let opened = try? await StoreFactory.openForReading(
                location, dataDirectory: local, environment: environment, now: { now })
        else { return nil }
        let state = opened.state
        await opened.close()
        let findings = RecordCheck.run(state: state, now: now).findings
        let counts = seededFindings.compactMap { kind -> String? in
            let n = findings.filter { $0.kind == kind }.count
            return n == 0 ? nil : kind.title.text(language) + " " + String(n)
        }
        guard !counts.isEmpty else { return nil }
        return L(.demoSeeded, ["findings": counts.joined(separator: language == .zh ? "、" : ", ")]).text(language)
    }

    /// Fills `directory` (created when missing). `city` is any name or alias `City.find`
    /// accepts (default 贵阳市).
    /// The sessions fall on the 365 days up to a month after `now`, so recent ones are done and
    /// the last month's are still planned.
    package static func run(
        directory: String, force: Bool = false, city: String? = nil, seed: UInt64 = 20_250_605,
        now: Date = Date(), language: Language
    ) async -> StoreToolResult {
        await run(location: .directory(directory), force: force, city: city, seed: seed, now: now, language: language)
    }

    /// Fills the store at `location` (a directory or a server); a store that already holds
    /// changes is refused unless `force`.
    package static func run(
        location: StoreLocation, dataDirectory: DataDirectory? = nil, environment: [String: String] = [:],
        force: Bool = false,
        city: String? = nil, seed: UInt64 = 20_250_605, now: Date = Date(), language: Language
    ) async -> StoreToolResult {
        let directory = location.displayText
        let cityName: String
        if let city {
            guard let found = City.find(city) else {
                let message = L(.demoBadCity, ["value": city, "accepted": City.acceptedText]).text(language)
                return StoreToolResult(
                    output: message, exitStatus: 2,
                    json: .obj([("error", .string(message)), ("field", .string("city"))]))
            }
            cityName = found.name
        } else {
            cityName = City.all[0].name
        }
        var isDirectory: ObjCBool = false
        if case .directory = location, FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                let message = L(.errorNotDirectory, ["path": directory]).text(language)
                return StoreToolResult(output: message, exitStatus: 1, json: .obj([("error", .string(message))]))
            }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if !contents.isEmpty, !force {
                let message = L(.demoNotEmpty, ["path": directory]).text(language)
                return StoreToolResult(
                    output: message, exitStatus: 1,
                    json: .obj([("error", .string(message)), ("field", .string("DIR"))]))
            }
        }
        do {
            let store = try await StoreFactory.open(
                location, dataDirectory: dataDirectory ?? DataDirectory(path: directory), environment: environment,
                now: { now })
            if store.seq > 0, !force {
                await store.close()
                let message = L(.demoNotEmpty, ["path": directory]).text(language)
                return StoreToolResult(
                    output: message, exitStatus: 1,
                    json: .obj([("error", .string(message)), ("field", .string("DIR"))]))
            }
            let generator = SyntheticOutreach(
                scale: .cityYear, cities: [cityName], start: now.addingTimeInterval(-334 * 86_400), now: now, seed: seed
            )
            let filled: Result<SyntheticOutreach.Summary, any Error>
            do { filled = .success(try await generator.fill(store)) } catch { filled = .failure(error) }
            await store.close()
            let summary = try filled.get()
            let args = [
                "path": directory, "city": cityName,
                "sessions": String(summary.sessions), "people": String(summary.people),
                "participations": String(summary.participations), "projects": String(summary.projects),
                "hours": String(format: "%.0f", summary.attendedHours),
            ]
            let lines = [L(.demoFilled, args), L(.demoTry, args)].map { $0.text(language) }
            return StoreToolResult(
                output: lines.joined(separator: "\n"), exitStatus: 0,
                json: .obj([
                    ("path", .string(directory)), ("city", .string(cityName)),
                    ("sessions", .int(summary.sessions)), ("people", .int(summary.people)),
                    ("participations", .int(summary.participations)), ("projects", .int(summary.projects)),
                    ("attended_hours", .number(summary.attendedHours)),
                ]))
        } catch {
            return StoreTool.failure(error, language)
        }
    }
}
