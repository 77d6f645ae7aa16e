import Foundation

extension StoreTool {
    /// The file maintenance actions: they work on a store directory's files and mean nothing
    /// for a server (whose administrator backs it up with pg_dump).
    static let fileActions: Set<String> = ["check", "doctor", "compact", "backup"]

    /// Dispatches `ecovol [--store DIR|URL] store ACTION …` to the backend `location` names.
    @MainActor
    package static func run(
        arguments: [String], location: StoreLocation, dataDirectory: DataDirectory, environment: [String: String],
        language: Language, progress: (any ProgressReporter)? = nil
    ) async -> StoreToolResult {
        if arguments.first == "copy" {
            return await copy(
                Array(arguments.dropFirst()), dataDirectory: dataDirectory, environment: environment,
                language: language, progress: progress)
        }
        switch location {
        case .directory(let path):
            if arguments.first == "init" {
                return await initialiseDirectory(path, language: language)
            }
            if arguments.first == "totals" {
                let message = L(.sharedStoreTotalsOnDirectory, ["path": path]).text(language)
                return StoreToolResult(output: message, exitStatus: 2, json: .obj([("error", .string(message))]))
            }
            return run(arguments: arguments, directory: path, language: language)
        case .postgres(let url):
            if let action = arguments.first, fileActions.contains(action) {
                let message = L(
                    .sharedStoreFileActionOnServer, ["action": action, "url": StoreLocation.redacted(url)]
                ).text(language)
                return StoreToolResult(output: message, exitStatus: 2, json: .obj([("error", .string(message))]))
            }
            switch arguments.first {
            case "init"?: return await initialiseServer(url, environment: environment, language: language)
            case "info"?:
                return await serverInfo(url, dataDirectory: dataDirectory, environment: environment, language: language)
            case "totals"? where arguments.count == 1:
                return await provinceTotals(url, environment: environment, language: language)
            case "office"?:
                return await office(
                    Array(arguments.dropFirst()), url: url, environment: environment, language: language)
            default:
                return StoreToolResult(
                    output: L(.sharedStoreServerUsage).text(language), exitStatus: 2,
                    json: .obj([("error", .string("usage"))]))
            }
        }
    }

    /// `store copy FROM TO`.
    @MainActor
    static func copy(
        _ arguments: [String], dataDirectory: DataDirectory, environment: [String: String], language: Language,
        progress: (any ProgressReporter)?
    ) async -> StoreToolResult {
        guard arguments.count == 2 else {
            return StoreToolResult(
                output: L(.storeCopyUsage).text(language), exitStatus: 2, json: .obj([("error", .string("usage"))]))
        }
        let source = StoreLocation.resolve(explicit: arguments[0], environment: environment)
        let target = StoreLocation.resolve(explicit: arguments[1], environment: environment)
        do {
            let r = try await StoreCopy.copy(
                from: source, to: target, dataDirectory: dataDirectory, environment: environment, language: language,
                progress: progress)
            let text = L(
                .storeCopyDone,
                [
                    "source": source.displayText, "target": target.displayText, "changes": String(r.changes),
                    "seq": String(r.seq),
                    "sessions": String(r.sessions), "people": String(r.people),
                    "participations": String(r.participations),
                ])
            return StoreToolResult(
                output: text.text(language), exitStatus: 0,
                json: .obj([
                    ("changes", .int(r.changes)), ("seq", .int(r.seq)), ("sessions", .int(r.sessions)),
                    ("people", .int(r.people)), ("participations", .int(r.participations)),
                ]))
        } catch {
            return failure(error, language)
        }
    }

    /// `store init` on a directory: creates an empty JSON store there (so one script can set
    /// up either kind).
    @MainActor
    static func initialiseDirectory(_ path: String, language: Language) async -> StoreToolResult {
        do {
            let store = try await StoreFactory.open(.directory(path), dataDirectory: DataDirectory(path: path))
            await store.close()
            return info(directory: path, language: language)
        } catch {
            return failure(error, language)
        }
    }

    @MainActor
    static func initialiseServer(_ url: String, environment: [String: String], language: Language) async
        -> StoreToolResult
    {
        do {
            let report = try await PostgresAdministration.initialise(url: url, environment: environment)
            let server = StoreLocation.redacted(url)
            let text =
                report.applied.isEmpty
                ? L(.sharedStoreUpToDate, ["server": server, "version": String(report.version)])
                : L(
                    .sharedStoreInitialised,
                    [
                        "server": server, "applied": report.applied.map(String.init).joined(separator: ", "),
                        "version": String(report.version),
                    ])
            return StoreToolResult(
                output: text.text(language), exitStatus: 0,
                json: .obj([
                    ("applied", .array(report.applied.map { .int($0) })), ("version", .int(report.version)),
                ]))
        } catch {
            return failure(error, language)
        }
    }

    @MainActor
    static func serverInfo(
        _ url: String, dataDirectory: DataDirectory, environment: [String: String], language: Language
    ) async -> StoreToolResult {
        do {
            let store = try await PostgresOutreachStore.open(
                url: url, environment: environment, replicaIn: dataDirectory)
            try await store.refresh()
            var text = store.drainWarnings().map { $0.text(language) }
            text.append(
                L(
                    .sharedStoreInfo,
                    [
                        "server": store.settings.displayName, "schema": String(store.schemaVersion),
                        "seq": String(store.seq),
                        "writable": L(store.isWritable ? .sharedStoreWritable : .sharedStoreReadOnly).text(
                            language),
                    ]
                ).text(language))
            text.append(L(.storeToolCounts, counts(store.state)).text(language))
            let replica = store.replica?.directory
            text.append(
                replica.map { L(.replicaInfo, ["path": $0, "seq": String(store.seq)]) }.map { $0.text(language) }
                    ?? L(.replicaInfoNone).text(language))
            let s = store.state
            let result = StoreToolResult(
                output: text.joined(separator: "\n"), exitStatus: 0,
                json: .obj([
                    ("server", .string(store.settings.displayName)), ("schema", .int(store.schemaVersion)),
                    ("seq", .int(store.seq)),
                    ("writable", .bool(store.isWritable)), ("sessions", .int(s.sessions.count)),
                    ("people", .int(s.people.count)),
                    ("participations", .int(s.participationCount)), ("projects", .int(s.customProjects.count)),
                    ("replica", replica.map { .string($0) } ?? .null),
                ]))
            await store.close()
            return result
        } catch {
            return failure(error, language)
        }
    }

    /// One line of `store office list`. The day an office was created is the programme's day in
    /// China, never the machine's: an office created at 01:00 in Guiyang is listed under that
    /// day on a server set to UTC, and on a machine without tzdata too.
    static func officeLine(_ office: PostgresAdministration.Office, language: Language) -> String {
        L(
            .sharedStoreOfficeLine,
            ["role": office.role, "city": office.city, "created": CalendarDate(office.created, in: ChinaTime.zone).iso]
        ).text(language)
    }

    /// `store office add NAME --city CITY | list | remove NAME` (arguments after `office`;
    /// the city comes as `--city CITY` or `city=CITY`).
    @MainActor
    static func office(_ arguments: [String], url: String, environment: [String: String], language: Language) async
        -> StoreToolResult
    {
        var words: [String] = []
        var city: String?
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--city", i + 1 < arguments.count {
                city = arguments[i + 1]
                i += 2
                continue
            }
            if a.hasPrefix("--city=") {
                city = String(a.dropFirst(7))
            } else if a.hasPrefix("city=") {
                city = String(a.dropFirst(5))
            } else {
                words.append(a)
            }
            i += 1
        }
        let usage = StoreToolResult(
            output: L(.sharedStoreOfficeUsage).text(language), exitStatus: 2,
            json: .obj([("error", .string("usage"))]))
        do {
            switch (words.first, words.count) {
            case ("add"?, 2):
                guard let city else { return usage }
                let (office, password) = try await PostgresAdministration.addOffice(
                    url: url, environment: environment, name: words[1], city: city)
                let officeURL = officeConnectionURL(url, role: office.role)
                return StoreToolResult(
                    output: L(
                        .sharedStoreOfficeAdded,
                        ["role": office.role, "city": office.city, "password": password, "url": officeURL]
                    ).text(language),
                    exitStatus: 0,
                    json: .obj([
                        ("role", .string(office.role)), ("city", .string(office.city)), ("password", .string(password)),
                        ("url", .string(officeURL)),
                    ]))
            case ("list"?, 1):
                let list = try await PostgresAdministration.offices(url: url, environment: environment)
                let lines =
                    list.isEmpty
                    ? [L(.sharedStoreNoOffices).text(language)]
                    : list.map { officeLine($0, language: language) }
                return StoreToolResult(
                    output: lines.joined(separator: "\n"), exitStatus: 0,
                    json: .obj([
                        (
                            "offices",
                            .array(
                                list.map {
                                    .obj([
                                        ("role", .string($0.role)), ("city", .string($0.city)),
                                        ("created", .string(ISOTimestamp.format($0.created))),
                                    ])
                                })
                        )
                    ]))
            case ("remove"?, 2):
                let office = try await PostgresAdministration.removeOffice(
                    url: url, environment: environment, name: words[1])
                return StoreToolResult(
                    output: L(.sharedStoreOfficeRemoved, ["role": office.role, "city": office.city]).text(language),
                    exitStatus: 0,
                    json: .obj([("removed", .string(office.role)), ("city", .string(office.city))]))
            default:
                return usage
            }
        } catch {
            return failure(error, language)
        }
    }

    /// The province's URL with the office's role as user and no password (the office keeps
    /// its password in ~/.pgpass or PGPASSWORD).
    static func officeConnectionURL(_ url: String, role: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.user = role
        parts.password = nil
        parts.queryItems = parts.queryItems?.filter { !["password", "user"].contains($0.name.lowercased()) }
        if parts.queryItems?.isEmpty == true { parts.queryItems = nil }
        return parts.string ?? url
    }
}
