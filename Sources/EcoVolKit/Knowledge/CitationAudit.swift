/// Reads every entry against the instrument register and says where the knowledge has fallen
/// behind the law: an entry that cites a replaced instrument as if it were current, cites an
/// article of a renumbered law without saying which version, was last reviewed before
/// something it cites changed, or cites something the register does not know. The same
/// reading gives `/kb review` its list of entries due for review.
package struct CitationAudit: Sendable {
    package var base: KnowledgeBase
    package var register: InstrumentRegister
    /// Today, ISO `YYYY-MM-DD`: changes after it have not happened yet.
    package var today: String
    /// An entry reviewed longer ago than this is due again even if nothing it cites changed.
    package var reviewIntervalDays: Int

    package init(base: KnowledgeBase, register: InstrumentRegister, today: String, reviewIntervalDays: Int = 365) {
        self.base = base
        self.register = register
        self.today = today
        self.reviewIntervalDays = reviewIntervalDays
    }

    /// Why an entry needs a person to look at it again.
    package enum Reason: Sendable, Hashable {
        case neverReviewed
        case changedSince(instrument: String, date: String, what: LocalizedText)
        case reviewedLongAgo(days: Int)
        case dateNotAnnounced(year: Int)
        case citesReplaced(instrument: String, replacedBy: String, date: String)

        package var text: LocalizedText {
            switch self {
            case .neverReviewed: return L(.kbReviewNeverReviewed)
            case .changedSince(let instrument, let date, let what):
                return CitationAudit.colon(L(.kbReviewChangedSince, ["instrument": instrument, "date": date]), what)
            case .reviewedLongAgo(let days): return L(.kbReviewLongAgo, ["days": String(days)])
            case .dateNotAnnounced(let year): return L(.kbReviewDateNotAnnounced, ["year": String(year)])
            case .citesReplaced(let instrument, let replacedBy, let date):
                return L(.kbReviewCitesReplaced, ["instrument": instrument, "by": replacedBy, "date": date])
            }
        }
    }

    /// "a：b" / "a: b".
    static func colon(_ a: LocalizedText, _ b: LocalizedText) -> LocalizedText {
        LocalizedText(zh: a.zh + "：" + b.zh, en: a.en + ": " + b.en)
    }

    /// An entry with what it cites.
    struct Citations {
        var instruments: [Instrument] = []
        /// Titles and numbers the register does not know.
        var unknownTitles: [String] = []
        var unknownNumbers: [String] = []
        /// Replaced instruments named as current, with the mention.
        var currentMentionsOfReplaced: [(Instrument, CitationScanner.Mention)] = []
        /// Articles of renumbered laws cited without a version.
        var unversionedArticles: [(Instrument, CitationScanner.Mention)] = []
    }

    /// The texts of an entry that may cite something.
    static func texts(of entry: KnowledgeEntry) -> [String] {
        [
            entry.title, entry.source, entry.body, entry.suits ?? "", entry.materials ?? "", entry.titleEn,
            entry.summaryEn,
        ]
    }

    /// The English texts, read for English names too.
    static func englishTexts(of entry: KnowledgeEntry) -> [String] {
        [entry.titleEn, entry.summaryEn]
    }

    func citations(of entry: KnowledgeEntry) -> Citations {
        var result = Citations()
        let texts = Self.texts(of: entry)
        for text in texts {
            for title in CitationScanner.titles(in: text)
            where !register.contains(title: title) && !result.unknownTitles.contains(title) {
                result.unknownTitles.append(title)
            }
            for number in CitationScanner.standardNumbers(in: text)
            where !register.contains(number: number) && !result.unknownNumbers.contains(number) {
                result.unknownNumbers.append(number)
            }
        }
        var cited = Set<Int>()
        let mentions =
            texts.flatMap { CitationScanner.scan($0, register: register) }
            + Self.englishTexts(of: entry).flatMap { CitationScanner.scanEnglish($0, register: register) }
        for (k, mention) in mentions {
            let instrument = register.instruments[k]
            if cited.insert(k).inserted { result.instruments.append(instrument) }
            if instrument.isReplaced(on: today), !isHistorical(mention, of: instrument) {
                result.currentMentionsOfReplaced.append((instrument, mention))
            }
            if instrument.hasRenumberingRevision, citesArticle(mention), !namesVersion(mention) {
                result.unversionedArticles.append((instrument, mention))
            }
        }
        return result
    }

    /// Words before a name that make it a past instrument (原《环境保护法》).
    static let historicalMarkers = ["原", "旧", "以前的", "过去的", "此前的", "原来的", "已废止的", "曾经的", "当时的"]
    /// Words in the sentence that say what became of it (…已编入《生态环境法典》).
    static let transitionWords = ["取代", "不再保留", "废止", "编入", "纳入", "整合进", "替代"]

    /// The same in English: "the former Environmental Protection Law", "… now part of the Code".
    static let historicalMarkersEn = ["former ", "old ", "then ", "repealed ", "earlier "]
    static let transitionWordsEn = [
        "replaced", "merged", "codified", "no longer", "folded into", "now part of", "now in the",
    ]

    func isHistorical(_ mention: CitationScanner.Mention, of instrument: Instrument) -> Bool {
        if mention.isQuestion { return true }
        let beforeLower = mention.before.lowercased()
        if Self.historicalMarkersEn.contains(where: { beforeLower.hasSuffix($0) }) { return true }
        let sentenceLower = mention.sentence.lowercased()
        if mention.text.unicodeScalars.allSatisfy(\.isASCII),
            Self.transitionWordsEn.contains(where: { sentenceLower.contains($0) })
        {
            return true
        }
        let before = mention.before.trimmingCharacters(in: .whitespaces)
        if Self.historicalMarkers.contains(where: { before.hasSuffix($0) }) { return true }
        if Self.transitionWords.contains(where: { mention.sentence.contains($0) }) { return true }
        if let target = instrument.replacedBy.flatMap({ register.instrument(named: $0) }) {
            // A standard's editions share the title, so only the new number counts.
            if let number = target.number {
                return CitationScanner.standardNumbers(in: mention.sentence).contains {
                    InstrumentRegister.normalizedNumber($0) == number
                }
            }
            if register.names(of: target).contains(where: { mention.sentence.contains($0) }) { return true }
            if target.namesEn.contains(where: { mention.sentence.contains($0) }) { return true }
        }
        return false
    }

    /// Whether the mention is followed by 第…条 (after an optional （…） note).
    func citesArticle(_ mention: CitationScanner.Mention) -> Bool {
        var rest = Substring(mention.after)
        if rest.hasPrefix("（") || rest.hasPrefix("(") {
            guard let close = rest.firstIndex(where: { $0 == "）" || $0 == ")" }) else { return false }
            rest = rest[rest.index(after: close)...]
        }
        guard rest.hasPrefix("第") else { return false }
        let digits = rest.dropFirst().prefix { "零〇一二三四五六七八九十百千0123456789".contains($0) }
        return !digits.isEmpty && rest.dropFirst(1 + digits.count).hasPrefix("条")
    }

    /// Whether the mention says which version: 原《…》, 2013年修正的《…》, 《…》（2014年修订）第…条.
    func namesVersion(_ mention: CitationScanner.Mention) -> Bool {
        let before = mention.before
        if Self.historicalMarkers.contains(where: { before.hasSuffix($0) }) { return true }
        if ["修订前的", "修订后的", "新修订的", "修正后的", "修正前的", "现行", "年修订的", "年修正的"].contains(where: { before.hasSuffix($0) }) {
            return true
        }
        if mention.after.hasPrefix("（") || mention.after.hasPrefix("(") {
            let note = mention.after.prefix { $0 != "）" && $0 != ")" }
            if note.contains("修订") || note.contains("修正") || note.contains(where: \.isNumber) && note.contains("年") {
                return true
            }
        }
        return false
    }

    /// Warnings for `knowledge check`, one per problem and entry.
    package func issues() -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        for entry in base.entries {
            let file = entry.file ?? entry.id
            func warn(_ field: String, _ message: LocalizedText) {
                issues.append(KnowledgeIssue(file: file, line: nil, severity: .warning, field: field, message: message))
            }
            let found = citations(of: entry)
            var seen = Set<String>()
            for (instrument, mention) in found.currentMentionsOfReplaced
            where seen.insert("r" + instrument.display).inserted {
                warn(
                    "source",
                    L(
                        .kbIssueCitesReplaced,
                        [
                            "id": entry.id, "instrument": mention.text, "by": instrument.replacedBy ?? "?",
                            "date": instrument.replacedOn ?? "?",
                        ]))
            }
            for (instrument, mention) in found.unversionedArticles
            where seen.insert("v" + instrument.display + mention.after.prefix(8)).inserted {
                warn(
                    "source",
                    L(
                        .kbIssueUnversionedArticle,
                        [
                            "id": entry.id, "instrument": instrument.display,
                            "text": mention.text + mention.after.prefix(10),
                        ]))
            }
            if let reviewed = entry.reviewed, reviewed > today {
                warn(
                    "reviewed", L(.kbIssueReviewedInFuture, ["id": entry.id, "reviewed": reviewed, "today": today]))
            }
            if let reviewed = entry.reviewed {
                for instrument in found.instruments {
                    if let event = instrument.lastEvent(onOrBefore: today), event.date > reviewed {
                        warn(
                            "reviewed",
                            Self.colon(
                                L(
                                    .kbIssueReviewedBeforeChange,
                                    [
                                        "id": entry.id, "reviewed": reviewed, "instrument": instrument.display,
                                        "date": event.date,
                                    ]), event.what))
                    }
                }
            }
            if !register.isEmpty {
                for title in found.unknownTitles {
                    warn("source", L(.kbIssueUnregisteredTitle, ["id": entry.id, "title": "《\(title)》"]))
                }
                for number in found.unknownNumbers {
                    warn("source", L(.kbIssueUnregisteredNumber, ["id": entry.id, "number": number]))
                }
            }
        }
        return issues
    }

    /// An entry due for review and why.
    package struct Due: Sendable {
        package var entry: KnowledgeEntry
        package var reasons: [Reason]
    }

    /// Entries a person should check again, oldest review first.
    package func due() -> [Due] {
        var result: [Due] = []
        let todayDate = EntryParser.isoDate(today)
        for entry in base.entries {
            var reasons: [Reason] = []
            let found = citations(of: entry)
            if let reviewed = entry.reviewed {
                for instrument in found.instruments {
                    if let event = instrument.lastEvent(onOrBefore: today), event.date > reviewed {
                        reasons.append(
                            .changedSince(instrument: instrument.display, date: event.date, what: event.what))
                    }
                }
                if let todayDate, let then = EntryParser.isoDate(reviewed) {
                    let days = EnvironmentalDayRule.days(from: then, to: todayDate)
                    if days > reviewIntervalDays { reasons.append(.reviewedLongAgo(days: days)) }
                }
            } else {
                reasons.append(.neverReviewed)
            }
            var seen = Set<String>()
            for (instrument, _) in found.currentMentionsOfReplaced where seen.insert(instrument.display).inserted {
                reasons.append(
                    .citesReplaced(
                        instrument: instrument.display, replacedBy: instrument.replacedBy ?? "?",
                        date: instrument.replacedOn ?? "?"))
            }
            if case .perYear(let dates, _)? = entry.day, let todayDate,
                !dates.contains(where: { $0.year >= todayDate.year })
            {
                reasons.append(.dateNotAnnounced(year: todayDate.year))
            }
            if !reasons.isEmpty { result.append(Due(entry: entry, reasons: reasons)) }
        }
        return result.sorted { ($0.entry.reviewed ?? "", $0.entry.id) < ($1.entry.reviewed ?? "", $1.entry.id) }
    }

    /// An instrument that changed (or will change) near today, with the entries citing it.
    package struct Change: Sendable {
        package var instrument: Instrument
        package var date: String
        package var what: LocalizedText
        /// Entries citing it, and those of them reviewed before the change.
        package var citing: [String]
        package var reviewedBefore: [String]
    }

    /// Changes from `since` to today (and, separately, those announced for later).
    package func changes(since: String) -> (past: [Change], coming: [Change]) {
        var citingByInstrument: [String: [KnowledgeEntry]] = [:]
        for entry in base.entries {
            for instrument in citations(of: entry).instruments {
                citingByInstrument[instrument.display, default: []].append(entry)
            }
        }
        var past: [Change] = []
        var coming: [Change] = []
        for instrument in register.instruments {
            for event in instrument.events where event.date >= since {
                let citing = citingByInstrument[instrument.display] ?? []
                let change = Change(
                    instrument: instrument, date: event.date, what: event.what, citing: citing.map(\.id),
                    reviewedBefore: citing.filter { ($0.reviewed ?? "") < event.date }.map(\.id)
                )
                if event.date <= today { past.append(change) } else { coming.append(change) }
            }
        }
        return (past.sorted { $0.date > $1.date }, coming.sorted { $0.date < $1.date })
    }
}
