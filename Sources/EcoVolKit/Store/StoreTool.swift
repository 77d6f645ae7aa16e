import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a `ecovol store …` subcommand printed and how it ended.
package struct StoreToolResult: Sendable {
    /// Plain text, one message per line, in the requested language (no terminal codes).
    package var output: String
    /// 0 all well, 1 problems found or the action failed, 2 a usage mistake.
    package var exitStatus: Int32
    /// The same facts for `--json`.
    package var json: JSONValue
}

/// `ecovol store check|doctor|compact|backup FILE|info`: maintenance run from the shell,
/// outside the REPL, so it can be scripted and used when the REPL itself cannot open the data.
package enum StoreTool {
    /// Dispatches `arguments` (the words after `store`).
    package static func run(arguments: [String], directory: String, language: Language) -> StoreToolResult {
        switch arguments.first {
        case "check"?: return check(directory: directory, language: language)
        case "doctor"?: return doctor(directory: directory, language: language)
        case "compact"?: return compact(directory: directory, language: language)
        case "info"?: return info(directory: directory, language: language)
        case "backup"?:
            guard arguments.count == 2 else { return usage(language) }
            return backup(directory: directory, to: arguments[1], language: language)
        default: return usage(language)
        }
    }

    static func usage(_ language: Language) -> StoreToolResult {
        StoreToolResult(
            output: L(.storeToolUsage).text(language), exitStatus: 2, json: .obj([("error", .string("usage"))]))
    }

    /// Verifies every checksum, sequence number and file mode without changing anything.
    package static func check(directory: String, language: Language) -> StoreToolResult {
        var lines: [String] = []
        func say(_ key: MessageKey, _ args: [String: String] = [:]) { lines.append(L(key, args).text(language)) }
        guard FileManager.default.fileExists(atPath: directory) else {
            say(.storeToolNoStore, ["path": directory])
            return StoreToolResult(
                output: lines.joined(separator: "\n"), exitStatus: 0, json: .obj([("ok", true), ("exists", false)]))
        }
        let r = StoreInspection.inspect(directory: directory, salvage: false)
        var ok = true
        switch r.snapshotStatus {
        case .missing: say(.storeToolSnapshotMissing)
        case .ok:
            say(
                .storeToolSnapshotOK,
                [
                    "generation": String(r.snapshotHeader?.generation ?? 0), "seq": String(r.snapshotHeader?.seq ?? 0),
                    "bytes": String(r.snapshotBytes),
                ])
        case .damaged(let reason):
            ok = false
            say(.storeToolSnapshotDamaged, ["reason": reason.text(language)])
            // Which records the damage costs, as doctor would set them aside.
            if let bytes = try? POSIXFile.readAll(directory + "/outreach.json") {
                let salvage = SnapshotSalvage.salvage(bytes, decoder: RecordCodec.decoder())
                if salvage.header != nil || salvage.verifiedRecords > 0 {
                    say(
                        .storeToolRecordsVerified,
                        [
                            "verified": String(salvage.verifiedRecords),
                            "total": String(salvage.verifiedRecords + salvage.lostRecords.count),
                        ])
                    for piece in salvage.lostRecords {
                        say(
                            .storeToolRecordDamaged,
                            [
                                "kind": L(piece.kind.label).text(language),
                                "guess": piece.guess ?? "?", "line": String(piece.lines.lowerBound),
                            ])
                    }
                }
            }
        }
        if r.journalExists {
            say(.storeToolJournalLines, ["lines": String(r.goodLines), "seq": String(r.lastSeq)])
        }
        for bad in r.badLines {
            ok = false
            say(.storeToolBadLine, ["line": String(bad.number), "reason": bad.reason.text(language)])
        }
        if let torn = r.tornTail { say(.storeToolTornTail, ["bytes": String(torn.bytes)]) }
        if r.staleJournal { say(.storeToolStaleJournal) }
        let modes = StoreInspection.modeProblems(directory: directory)
        for m in modes {
            ok = false
            say(.storeToolBadMode, ["file": m])
        }
        if ok {
            say(.storeToolCounts, counts(r.state))
            say(.storeToolAllGood)
        } else {
            say(.storeToolRunDoctor)
        }
        return StoreToolResult(
            output: lines.joined(separator: "\n"), exitStatus: ok ? 0 : 1,
            json: .obj([
                ("ok", .bool(ok)), ("seq", .int(r.lastSeq)), ("journal_lines", .int(r.goodLines)),
                ("bad_lines", .array(r.badLines.map { .int($0.number) })),
                ("torn_tail_bytes", r.tornTail.map { .int($0.bytes) }),
                (
                    "snapshot",
                    .string(
                        {
                            if case .damaged = r.snapshotStatus { return "damaged" }
                            return r.snapshotStatus == .ok ? "ok" : "missing"
                        }())
                ),
                ("mode_problems", .array(modes.map { .string($0) })),
            ]))
    }

    static func counts(_ s: OutreachState) -> [String: String] {
        [
            "sessions": String(s.sessions.count), "people": String(s.people.count),
            "participations": String(s.participationCount), "projects": String(s.customProjects.count),
        ]
    }

    /// Repairs what can be saved, record by record: a torn tail is set aside, damaged journal
    /// lines are dropped (and listed) while every checksum-valid line is kept, a damaged
    /// snapshot keeps every record whose own checksum verifies (or, when nothing in it can be
    /// read, the newest good backup is used). Every piece that was not kept is named with its
    /// line and copied beside the store, and the damaged files are kept too. It says
    /// "repaired" only when nothing was lost; otherwise it lists the losses and exits 1.
    package static func doctor(directory: String, language: Language) -> StoreToolResult {
        var lines: [String] = []
        func say(_ key: MessageKey, _ args: [String: String] = [:]) { lines.append(L(key, args).text(language)) }
        guard FileManager.default.fileExists(atPath: directory) else {
            say(.storeToolNoStore, ["path": directory])
            return StoreToolResult(
                output: lines.joined(separator: "\n"), exitStatus: 0, json: .obj([("repaired", false)]))
        }
        let lock: FileLock
        do { lock = try FileLock(path: directory + "/store.lock") } catch {
            say(
                .storeToolCannotWrite,
                ["path": directory, "reason": StoreError.errnoText(error.errno).text(language)])
            return StoreToolResult(
                output: lines.joined(separator: "\n"), exitStatus: 1, json: .obj([("repaired", false)]))
        }
        var status: Int32 = 0
        var dropped: [JSONValue] = []
        var setAside: [JSONValue] = []
        var keptFiles: [String] = []
        var lostChanges: JSONValue? = nil
        var lostRecords: [JSONValue] = []
        var complete = true
        var changed = false
        do {
            try lock.withLock {
                var r = StoreInspection.inspect(directory: directory, salvage: true)
                let needsRepair = r.hasCorruption || r.tornTail != nil || r.staleJournal
                guard needsRepair else {
                    say(.storeToolNothingToRepair)
                    return
                }
                changed = true
                let stamp = JSONFileStore.fileStamp(Date())
                func keep(_ bytes: [UInt8], as name: String) {
                    do {
                        try POSIXFile.atomicReplace(directory + "/" + name, with: bytes, directory: directory)
                        keptFiles.append(name)
                    } catch {
                        say(
                            .storeToolKeepFailed,
                            ["file": name, "reason": StoreError.errnoText(error.errno).text(language)])
                    }
                }
                if case .damaged(let reason) = r.snapshotStatus {
                    say(.storeToolSnapshotDamaged, ["reason": reason.text(language)])
                    let damagedName = "outreach.json.damaged-\(stamp)"
                    if let salvage = r.salvage {
                        let total = salvage.verifiedRecords + salvage.lostRecords.count
                        say(
                            .storeToolRecordsVerified,
                            ["verified": String(salvage.verifiedRecords), "total": String(total)])
                        if salvage.header == nil {
                            complete = complete && r.journalHeader != nil
                            say(
                                r.journalHeader != nil ? .storeToolHeaderFromJournal : .storeToolHeaderLost,
                                ["seq": String(r.journalHeader?.baseSeq ?? 0)])
                        }
                        if !salvage.lostRecords.isEmpty {
                            complete = false
                            let piecesName = "outreach.json.set-aside-\(stamp)"
                            var pieces: [UInt8] = []
                            for piece in salvage.lostRecords {
                                let lineText =
                                    piece.lines.count == 1
                                    ? String(piece.lines.lowerBound)
                                    : "\(piece.lines.lowerBound)–\(piece.lines.upperBound)"
                                say(
                                    .storeToolRecordSetAside,
                                    [
                                        "kind": L(piece.kind.label).text(language),
                                        "guess": piece.guess ?? "?",
                                        "line": lineText, "offset": String(piece.offset), "file": piecesName,
                                    ])
                                setAside.append(
                                    .obj([
                                        ("kind", .string(piece.kind.rawValue)), ("id", piece.guess.map { .string($0) }),
                                        ("line", .int(piece.lines.lowerBound)), ("lines", .int(piece.lines.count)),
                                        ("offset", .int(piece.offset)),
                                    ]))
                                pieces.append(contentsOf: piece.bytes)
                                pieces.append(0x0A)
                            }
                            keep(pieces, as: piecesName)
                            if let expected = salvage.expected {
                                let sum = expected.values.reduce(0, +)
                                if sum != total {
                                    say(.storeToolCountsDiffer, ["expected": String(sum), "found": String(total)])
                                }
                            }
                        }
                    } else if r.snapshotHeader == nil {
                        // Not even parseable: fall back to the newest backup that verifies.
                        complete = false
                        let decoder = RecordCodec.decoder()
                        for b in JSONFileStore.backupFiles(in: directory + "/backups") {
                            guard let bytes = try? POSIXFile.readAll(directory + "/backups/" + b.name) else { continue }
                            var s = OutreachState()
                            if let h = try? bytes.withUnsafeBytes({
                                try SnapshotCodec.decode($0, into: &s, verify: true, decoder: decoder)
                            }) {
                                say(.storeToolRestoredBackup, ["file": "backups/" + b.name, "seq": String(h.seq)])
                                // The journal starts where the damaged snapshot ended: what lies
                                // between the backup and it was only in that snapshot.
                                if let base = r.journalHeader?.baseSeq, base > h.seq {
                                    say(
                                        .storeToolBackupGap,
                                        [
                                            "from": String(h.seq + 1), "to": String(base),
                                            "count": String(base - h.seq),
                                        ])
                                    lostChanges = .obj([("from", .int(h.seq + 1)), ("to", .int(base))])
                                }
                                r = reinspect(journalOf: directory, over: s, header: h)
                                break
                            }
                        }
                        if r.snapshotHeader == nil { say(.storeToolNoGoodBackup) }
                        // Records the damaged file still names that the recovery did not bring back.
                        if let bytes = try? POSIXFile.readAll(directory + "/outreach.json") {
                            let missing = SnapshotIDScan.missing(from: bytes, in: r.state)
                            if !missing.isEmpty {
                                let list = missing.prefix(40).map { L($0.kind.label).text(language) + " " + $0.id }
                                say(
                                    .storeToolLostRecords,
                                    [
                                        "count": String(missing.count),
                                        "list": list.joined(separator: language.listSeparator)
                                            + (missing.count > 40 ? " …" : ""),
                                    ])
                                lostRecords = missing.map {
                                    .obj([("kind", .string($0.kind.rawValue)), ("id", .string($0.id))])
                                }
                            }
                        }
                    } else {
                        complete = false
                        say(.storeToolSnapshotSalvaged)
                    }
                    if rename(directory + "/outreach.json", directory + "/" + damagedName) == 0 {
                        keptFiles.append(damagedName)
                        say(.storeToolKeptDamagedSnapshot, ["file": damagedName])
                    }
                }
                for bad in r.badLines {
                    complete = false
                    dropped.append(
                        .obj([
                            ("line", .int(bad.number)), ("offset", .int(bad.offset)),
                            ("change", bad.guess.map { .string($0) }),
                        ]))
                    say(
                        .storeToolDroppedLine,
                        ["line": String(bad.number), "reason": bad.reason.text(language), "guess": bad.guess ?? "?"])
                }
                if r.tornTail != nil || !r.badLines.isEmpty {
                    let name = r.badLines.isEmpty ? "journal.torn-\(stamp)" : "journal.jsonl.damaged-\(stamp)"
                    if let bytes = try? POSIXFile.readAll(directory + "/journal.jsonl") {
                        keep(bytes, as: name)
                        say(.storeToolKeptCopy, ["file": name])
                    }
                    if let torn = r.tornTail, r.badLines.isEmpty {
                        say(.storeToolTornSetAside, ["bytes": String(torn.bytes)])
                    }
                }
                if !complete {
                    // Rows kept for a person or session that was lost: say so, they need re-entering.
                    var orphans: [String: Int] = [:]
                    r.state.forEachParticipation { p in
                        if r.state.people[p.person] == nil { orphans[p.person, default: 0] += 1 }
                        if r.state.sessions[p.session] == nil { orphans[p.session, default: 0] += 1 }
                    }
                    for (id, count) in orphans.sorted(by: { $0.key < $1.key }).prefix(20) {
                        say(.storeToolOrphanRows, ["id": id, "count": String(count)])
                    }
                }
                let generation = max(r.snapshotHeader?.generation ?? 0, r.journalHeader?.generation ?? 0) + 1
                let encoder = RecordCodec.encoder()
                let bytes = try SnapshotCodec.encode(
                    r.state,
                    header: SnapshotHeader(
                        schema: StoreMigration.currentSchema, generation: generation, seq: r.lastSeq,
                        savedAt: ISOTimestamp.normalize(Date())), encoder: encoder)
                do {
                    try POSIXFile.atomicReplace(directory + "/outreach.json", with: bytes, directory: directory)
                    try POSIXFile.atomicReplace(
                        directory + "/journal.jsonl",
                        with: JournalCodec.encodeHeader(
                            JournalHeader(
                                schema: StoreMigration.currentSchema, generation: generation, baseSeq: r.lastSeq)),
                        directory: directory)
                } catch let failure as POSIXFile.Failure {
                    throw StoreError.system(.writeFailed, path: directory, errno: failure.errno)
                }
                let args = counts(r.state).merging([
                    "seq": String(r.lastSeq), "lost": String(setAside.count + dropped.count),
                ]) { a, _ in a }
                say(complete ? .storeToolRepaired : .storeToolRebuiltWithLosses, args)
                if !complete { status = 1 }
            }
        } catch {
            status = 1
            complete = false
            lines.append((error as? any EcoVolError)?.message.text(language) ?? String(describing: error))
        }
        return StoreToolResult(
            output: lines.joined(separator: "\n"), exitStatus: status,
            json: .obj([
                ("repaired", .bool(complete && status == 0)), ("changed", .bool(changed)),
                ("complete", .bool(complete)),
                ("set_aside", .array(setAside)), ("dropped_lines", .array(dropped)),
                ("kept_files", .array(keptFiles.map { .string($0) })),
                ("lost_changes", lostChanges), ("lost_records", .array(lostRecords)),
            ]))
    }

    static func reinspect(journalOf directory: String, over base: OutreachState, header: SnapshotHeader)
        -> StoreInspection
    {
        // Write the backup's state into a scratch inspection: journal lines after its seq apply on top.
        var r = StoreInspection.inspect(directory: directory, salvage: true)
        r.state = base
        r.snapshotHeader = header
        r.lastSeq = header.seq
        let decoder = RecordCodec.decoder()
        if let journal = try? POSIXFile.readAll(directory + "/journal.jsonl") {
            journal.withUnsafeBytes { raw in
                var pos = 0
                while pos < raw.count, let nl = raw[pos...].firstIndex(of: 0x0A) {
                    if let e = try? JournalCodec.decode(
                        UnsafeRawBufferPointer(rebasing: raw[pos..<nl]), decoder: decoder), e.seq > r.lastSeq
                    {
                        for op in e.operations { r.state.apply(op) }
                        r.lastSeq = e.seq
                    }
                    pos = nl + 1
                }
            }
        }
        return r
    }

    /// Folds the journal into a new snapshot now.
    package static func compact(directory: String, language: Language) -> StoreToolResult {
        do {
            let store = try JSONFileStore(directory: directory, options: .init(compactAtOpen: false))
            let report = try store.compact()
            var text = store.drainWarnings().map { $0.text(language) }
            text.append(
                L(
                    .storeToolCompacted,
                    [
                        "generation": String(report.generation), "lines": String(report.journalLinesFolded),
                        "bytes": String(report.snapshotBytes), "ms": String(format: "%.0f", report.seconds * 1000),
                    ]
                ).text(language))
            store.close()
            return StoreToolResult(
                output: text.joined(separator: "\n"), exitStatus: 0,
                json: .obj([
                    ("generation", .int(report.generation)), ("seq", .int(report.seq)),
                    ("snapshot_bytes", .int(report.snapshotBytes)),
                    ("journal_lines_folded", .int(report.journalLinesFolded)),
                ]))
        } catch {
            return failure(error, language)
        }
    }

    /// Writes a consistent copy of the whole store (snapshot form) to `file`, atomically.
    package static func backup(directory: String, to file: String, language: Language) -> StoreToolResult {
        do {
            let store = try JSONFileStore(directory: directory, options: .init(readOnly: true, compactAtOpen: false))
            // A copy of a partial store would pass for a good backup later: refuse, and say why.
            if let damage = store.damage {
                throw StoreError(.backupFailed, damage.joined(with: L(.storeToolBackupDamaged)))
            }
            let bytes = try store.exportSnapshot(to: file)
            return StoreToolResult(
                output: L(
                    .storeToolBackedUp, ["file": file, "bytes": String(bytes), "seq": String(store.statistics.seq)]
                ).text(language), exitStatus: 0,
                json: .obj([("file", .string(file)), ("bytes", .int(bytes)), ("seq", .int(store.statistics.seq))]))
        } catch {
            return failure(error, language)
        }
    }

    /// Where the store is, how big, how many records, whether it can be written.
    package static func info(directory: String, language: Language) -> StoreToolResult {
        do {
            let store = try JSONFileStore(directory: directory, options: .init(readOnly: true, compactAtOpen: false))
            let st = store.statistics
            let s = store.state
            let backups = JSONFileStore.backupFiles(in: store.backupsPath).map(\.name)
            var text = store.drainWarnings().map { $0.text(language) }
            if let damage = store.damage { text.append(damage.text(language)) }
            text.append(
                L(
                    .storeToolInfo,
                    [
                        "path": directory, "schema": String(StoreMigration.currentSchema),
                        "generation": String(st.generation), "seq": String(st.seq),
                        "snapshot": String(st.snapshotBytes), "journal": String(st.journalBytes),
                        "lines": String(st.journalLines), "backups": String(backups.count),
                    ]
                ).text(language))
            text.append(L(.storeToolCounts, counts(s)).text(language))
            return StoreToolResult(
                output: text.joined(separator: "\n"), exitStatus: 0,
                json: .obj([
                    ("path", .string(directory)), ("schema", .int(StoreMigration.currentSchema)),
                    ("generation", .int(st.generation)), ("seq", .int(st.seq)),
                    ("snapshot_bytes", .int(st.snapshotBytes)), ("journal_bytes", .int(st.journalBytes)),
                    ("journal_lines", .int(st.journalLines)),
                    ("sessions", .int(s.sessions.count)), ("people", .int(s.people.count)),
                    ("participations", .int(s.participationCount)),
                    ("projects", .int(s.customProjects.count)), ("backups", .array(backups.map { .string($0) })),
                    ("damaged", .bool(store.isDamaged)),
                    ("warnings", .array(store.damage.map { [.string($0.text(language))] } ?? [])),
                ]))
        } catch {
            return failure(error, language)
        }
    }

    static func failure(_ error: any Error, _ language: Language) -> StoreToolResult {
        let message = (error as? any EcoVolError)?.message.text(language) ?? String(describing: error)
        return StoreToolResult(output: message, exitStatus: 1, json: .obj([("error", .string(message))]))
    }
}
