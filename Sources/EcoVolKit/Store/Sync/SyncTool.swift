import Foundation

/// `ecovol --store DIR sync [URL] | status | conflicts | resolve ID keep=mine|theirs`: the
/// words after `sync`, turned into library calls and bilingual text (and `--json`), so the
/// executable only prints.
@MainActor
package enum SyncTool {
    package static func run(
        arguments: [String], location: StoreLocation, environment: [String: String], language: Language,
        progress: (any ProgressReporter)? = nil, now: @escaping @Sendable () -> Date = { Date() }
    ) async -> StoreToolResult {
        guard case .directory(let directory) = location else {
            return usage(.syncErrorStoreIsServer, ["store": location.displayText], language)
        }
        do {
            switch arguments.first {
            case nil:
                return try await sync(directory, url: nil, environment, language, progress, now)
            case "status"?:
                guard arguments.count == 1 else { return usage(.syncUsage, [:], language) }
                return try status(directory, language)
            case "conflicts"?:
                guard arguments.count == 1 else { return usage(.syncUsage, [:], language) }
                return try conflicts(directory, language)
            case "resolve"?:
                return try await resolve(directory, Array(arguments.dropFirst()), language, now)
            case let word? where StoreLocation.isServerURL(word) && arguments.count == 1:
                return try await sync(directory, url: word, environment, language, progress, now)
            case let word?:
                return usage(
                    .syncErrorUnknownAction, ["word": TerminalSafeText.clip(word, maxLength: 60)], language)
            }
        } catch {
            return StoreTool.failure(error, language)
        }
    }

    static func usage(_ key: MessageKey, _ args: [String: String], _ language: Language) -> StoreToolResult {
        let message = L(key, args).text(language)
        let text = key == .syncUsage ? message : message + "\n" + L(.syncUsage).text(language)
        return StoreToolResult(output: text, exitStatus: 2, json: .obj([("error", .string(message))]))
    }

    // MARK: - sync

    static func sync(
        _ directory: String, url: String?, _ environment: [String: String], _ language: Language,
        _ progress: (any ProgressReporter)?, _ now: @escaping @Sendable () -> Date
    ) async throws -> StoreToolResult {
        let r = try await StoreSync.sync(
            directory: directory, url: url, environment: environment, language: language, progress: progress, now: now)
        var lines = [
            L(
                .syncDone,
                [
                    "link": r.link, "pushed": String(r.pushed), "already": String(r.alreadyThere),
                    "pulled": String(r.pulledChanges), "records": String(r.pulledRecords),
                ]
            ).text(language)
        ]
        if r.refused > 0 { lines.append(L(.syncRefusedCount, ["count": String(r.refused)]).text(language)) }
        if r.openConflicts > 0 {
            lines.append(
                L(.syncConflictsOpen, ["count": String(r.openConflicts), "store": directory]).text(language))
        }
        if r.passwordDropped { lines.append(L(.syncPasswordNotKept).text(language)) }
        return StoreToolResult(
            output: lines.joined(separator: "\n"), exitStatus: 0,
            json: .obj([
                ("link", .string(r.link)), ("pushed", .int(r.pushed)), ("alreadyOnServer", .int(r.alreadyThere)),
                ("refused", .int(r.refused)), ("newConflicts", .int(r.newConflicts)),
                ("pulledChanges", .int(r.pulledChanges)), ("pulledRecords", .int(r.pulledRecords)),
                ("openConflicts", .int(r.openConflicts)),
            ]))
    }

    // MARK: - status

    /// How many local changes wait to be pushed (exact: reads the journal).
    package static func waitingChanges(directory: String, state: SyncState) throws -> Int {
        try SyncOutbox.pending(directory: directory, after: state.pushedThrough).changes.count
    }

    static func status(_ directory: String, _ language: Language) throws -> StoreToolResult {
        guard let state = try SyncState.load(directory: directory), let link = state.link else {
            let text = L(.syncStatusNotLinked, ["store": directory]).text(language)
            return StoreToolResult(output: text, exitStatus: 0, json: .obj([("linked", false)]))
        }
        let waiting = try waitingChanges(directory: directory, state: state)
        let last = state.lastSync.map { ISOTimestamp.format($0) }
        let lines = [
            L(.syncStatusLink, ["link": link]).text(language),
            state.lastSync.map { L(.syncStatusLast, ["time": displayTime($0)]).text(language) }
                ?? L(.syncStatusNever).text(language),
            L(.syncStatusWaiting, ["count": String(waiting)]).text(language),
            L(.syncStatusConflicts, ["count": String(state.openConflicts.count)]).text(language),
        ]
        return StoreToolResult(
            output: lines.joined(separator: "\n"), exitStatus: 0,
            json: .obj([
                ("linked", true), ("link", .string(link)), ("lastSync", last.map { .string($0) } ?? .null),
                ("waiting", .int(waiting)), ("openConflicts", .int(state.openConflicts.count)),
                ("pushedThrough", .int(state.pushedThrough)), ("lastPulled", .int(state.lastPulled)),
            ]))
    }

    /// `2026-12-01 21:40` in China time.
    static func displayTime(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = ChinaTime.zone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }

    // MARK: - conflicts

    static func conflicts(_ directory: String, _ language: Language) throws -> StoreToolResult {
        let open = try SyncState.load(directory: directory)?.openConflicts ?? []
        guard !open.isEmpty else {
            return StoreToolResult(
                output: L(.syncConflictsNone).text(language), exitStatus: 0, json: .obj([("conflicts", .array([]))]))
        }
        var lines: [String] = []
        var items: [JSONValue] = []
        for c in open {
            let (mine, theirs) = try c.versions()
            let record = SyncRecordKey(mine).text
            switch c.kind {
            case .concurrent:
                lines.append(
                    L(
                        .syncConflictsConcurrent,
                        [
                            "id": String(c.id), "record": record, "local": String(c.localSeq),
                            "server": c.theirSeq.map(String.init) ?? "?",
                        ]
                    ).text(language))
            case .refused:
                lines.append(
                    L(
                        .syncConflictsRefused,
                        ["id": String(c.id), "record": record, "local": String(c.localSeq), "reason": c.reason ?? ""]
                    ).text(language))
            }
            let m = value(of: mine)
            let t = value(of: theirs)
            lines.append("  " + L(.syncConflictsMine).text(language) + " " + summary(m, against: t, language))
            lines.append("  " + L(.syncConflictsTheirs).text(language) + " " + summary(t, against: m, language))
            lines.append("  " + L(.syncConflictsHint, ["id": String(c.id)]).text(language))
            items.append(
                .obj([
                    ("id", .int(c.id)), ("kind", .string(c.kind.rawValue)), ("record", .string(record)),
                    ("localSeq", .int(c.localSeq)), ("theirSeq", c.theirSeq.map { .int($0) } ?? .null),
                    ("reason", c.reason.map { .string($0) } ?? .null), ("mine", m), ("theirs", t),
                    ("detected", .string(ISOTimestamp.format(c.detected))),
                ]))
        }
        return StoreToolResult(
            output: TerminalSafeText.sanitize(lines.joined(separator: "\n")), exitStatus: 0,
            json: .obj([("conflicts", .array(items))]))
    }

    /// A version as JSON: the record, or null when that side deleted it (or never had it).
    static func value(of op: StoreOperation) -> JSONValue {
        let v: JSONValue?
        switch op {
        case .putSession(let s): v = try? JSONValue(encoding: s)
        case .putPerson(let p): v = try? JSONValue(encoding: p)
        case .putProject(let p): v = try? JSONValue(encoding: p)
        case .putParticipation(let p): v = try? JSONValue(encoding: p)
        default: v = nil
        }
        return v ?? .null
    }

    /// The fields where `version` differs from `other` (all of it when the other has none).
    static func summary(_ version: JSONValue, against other: JSONValue, _ language: Language) -> String {
        guard case .object(let pairs) = version else { return L(.syncConflictsAbsent).text(language) }
        let differing = pairs.filter { other[$0.0] != $0.1 }
        let shown = (differing.isEmpty ? pairs : differing).prefix(8)
        let text = shown.map { key, value -> String in
            let rendered: String
            if case .string(let s) = value { rendered = s } else { rendered = value.serialized() }
            return key + "=" + TerminalSafeText.clip(rendered, maxLength: 60)
        }
        return text.joined(separator: ", ") + (differing.count > 8 ? " …" : "")
    }

    // MARK: - resolve

    static func resolve(
        _ directory: String, _ arguments: [String], _ language: Language, _ now: @escaping @Sendable () -> Date
    ) async throws -> StoreToolResult {
        guard var state = try SyncState.load(directory: directory) else {
            return usage(.syncConflictsNone, [:], language)
        }
        let open = state.openConflicts.map { "#\($0.id)" }.joined(separator: ", ")
        var idText: String?
        var keep: String?
        for word in arguments {
            let lower = word.lowercased()
            if lower.hasPrefix("keep=") || lower.hasPrefix("保留=") {
                keep = String(lower.drop { $0 != "=" }.dropFirst())
            } else if idText == nil {
                idText = word.hasPrefix("#") ? String(word.dropFirst()) : word
            } else {
                return usage(.syncErrorResolveUsage, [:], language)
            }
        }
        guard let idText else { return usage(.syncErrorResolveUsage, [:], language) }
        guard let id = Int(idText), let index = state.conflicts.firstIndex(where: { $0.id == id && $0.isOpen })
        else {
            return usage(
                .syncErrorUnknownConflict,
                ["id": TerminalSafeText.clip(idText, maxLength: 20), "open": open.isEmpty ? "—" : open], language)
        }
        let side: String
        switch keep {
        case "mine"?, "本机"?: side = "mine"
        case "theirs"?, "对方"?, "服务器"?: side = "theirs"
        default:
            return usage(.syncErrorBadKeep, ["value": TerminalSafeText.clip(keep ?? "", maxLength: 20)], language)
        }
        let (mine, theirs) = try state.conflicts[index].versions()
        let op = side == "mine" ? mine : theirs
        let store = try JSONOutreachStore(directory: directory, options: .init(now: now))
        let commit: StoreCommit?
        do {
            commit = try await store.commit(command: "sync resolve #\(id) keep=\(side)") { _ in [op] }
        } catch {
            await store.close()
            throw error
        }
        await store.close()
        state.conflicts[index].resolution = side
        try state.save(directory: directory)
        let text = L(
            side == "mine" ? .syncResolvedMine : .syncResolvedTheirs,
            ["id": String(id), "record": SyncRecordKey(op).text, "seq": String(commit?.seq ?? 0)]
        ).text(language)
        return StoreToolResult(
            output: text, exitStatus: 0,
            json: .obj([("resolved", .int(id)), ("keep", .string(side)), ("seq", .int(commit?.seq ?? 0))]))
    }
}
