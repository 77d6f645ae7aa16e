import Foundation

/// Builds a `TalkOutline` from the knowledge base. Entries are ranked by the topic (through
/// the search index, so synonyms, pinyin and English work), kept to the audience and, where
/// enough remain, to the service type. The same request always gives the same outline;
/// `vary` picks differently among the best candidates with a seeded generator, so a
/// lecturer can ask for another version and get the same one again with the same number.
package struct OutlineBuilder {
    package var base: KnowledgeBase
    package var index: SearchIndex

    package init(base: KnowledgeBase, index: SearchIndex) {
        self.base = base
        self.index = index
    }

    package nonisolated static let minuteRange = 10...240

    package struct Request: Sendable {
        package var audience: Audience
        package var minutes: Int
        package var topic: String?
        package var type: ServiceType?
        package var seed: UInt64?
        /// The day the talk is given (for an environmental day to open with).
        package var day: CalendarDate
        package var session: String?

        package init(
            audience: Audience, minutes: Int, topic: String? = nil, type: ServiceType? = nil, seed: UInt64? = nil,
            day: CalendarDate, session: String? = nil
        ) {
            self.audience = audience
            self.minutes = minutes
            self.topic = topic
            self.type = type
            self.seed = seed
            self.day = day
            self.session = session
        }
    }

    package func build(_ request: Request, language lang: Language) throws(ReportError) -> TalkOutline {
        guard Self.minuteRange.contains(request.minutes) else { throw .minutes(request.minutes) }
        var generator = request.seed.map { SeededGenerator(seed: $0) }
        var used: Set<String> = []
        func pick(_ kinds: Set<KnowledgeKind>, _ count: Int) -> [KnowledgeEntry] {
            var ranked = candidates(kinds, request).filter { !used.contains($0.id) }
            if var g = generator {
                var pool = Array(ranked.prefix(max(count * 3, 6)))
                pool.shuffle(using: &g)
                generator = g
                ranked = pool
            }
            let chosen = Array(ranked.prefix(count))
            for e in chosen { used.insert(e.id) }
            return chosen
        }
        let pointCount = request.minutes < 30 ? 3 : request.minutes < 60 ? 4 : 5
        let points = pick([.point, .fact], pointCount)
        guard !points.isEmpty else {
            throw .noContent(audience: request.audience.label.text(lang), topic: request.topic)
        }
        let question = pick([.qa], 1).first
        let tips = pick([.tip], request.minutes < 30 ? 2 : 3)
        let activity = pick([.activity], 1).first
        let closingQuestion = activity == nil ? pick([.qa], 1).first : nil
        let audienceName = request.audience.label.text(lang)
        func t(_ key: MessageKey, _ args: [String: String] = [:]) -> String { L(key, args).text(lang) }
        func title(_ e: KnowledgeEntry) -> String { lang == .zh || e.titleEn.isEmpty ? e.title : e.titleEn }

        // Weights: opening 1, each point 2, tips 1, activity 2 (1 for short talks), closing 1.
        let weights = [1] + Array(repeating: 2, count: points.count) + [1, request.minutes >= 20 ? 2 : 1, 1]
        let minutes = MinuteAllocation.split(request.minutes, weights: weights)

        var opening: [String] = []
        if let day = upcomingDay(from: request.day) {
            opening.append(
                day.days == 0
                    ? t(.outlineOpeningToday, ["day": title(day.entry)])
                    : t(.outlineOpeningDay, ["day": title(day.entry), "days": String(day.days)]))
            used.insert(day.entry.id)
        }
        opening.append(t(.outlineOpeningHook, ["title": title(points[0])]))
        if let question { opening.append(t(.outlineOpeningQuestion, ["question": title(question)])) }
        var parts = [
            TalkOutline.Part(
                kind: .opening, title: t(.outlinePartOpening), minutes: minutes[0], lines: opening,
                entryIDs: [question?.id].compactMap { $0 })
        ]
        for (i, point) in points.enumerated() {
            let (fact, plain) = Self.factAndExplanation(point, lang)
            var lines = [t(.outlineFact, ["fact": fact])]
            if let plain { lines.append(t(.outlinePlain, ["audience": audienceName, "text": plain])) }
            if let suits = point.suits, lang == .zh { lines.append(t(.outlineHowToSay, ["text": suits])) }
            parts.append(
                .init(
                    kind: .point, title: t(.outlinePartPoint, ["n": String(i + 1), "title": title(point)]),
                    minutes: minutes[1 + i], lines: lines, entryIDs: [point.id]))
        }
        parts.append(
            .init(
                kind: .tips, title: t(.outlinePartTips), minutes: minutes[points.count + 1],
                lines: tips.isEmpty
                    ? [t(.outlineNoTips)]
                    : tips.map { tip in
                        let (first, _) = Self.factAndExplanation(tip, lang)
                        return title(tip) + (lang == .zh ? "——" + first : " — " + first)
                    }, entryIDs: tips.map(\.id)))
        let activityMinutes = minutes[points.count + 2]
        if let activity {
            var lines = [
                title(activity) + (lang == .zh ? "：" : ": ")
                    + (lang == .zh ? Self.sentences(activity.body).first ?? "" : activity.summaryEn)
            ]
            if let m = activity.minutes, m > activityMinutes {
                lines.append(t(.outlineActivityShorter, ["full": String(m), "minutes": String(activityMinutes)]))
            }
            if let materials = activity.materials { lines.append(t(.outlineMaterials, ["materials": materials])) }
            parts.append(
                .init(
                    kind: .activity, title: t(.outlinePartActivity), minutes: activityMinutes, lines: lines,
                    entryIDs: [activity.id]))
        } else {
            let ask = closingQuestion.map { title($0) } ?? t(.outlineDefaultQuestion, ["title": title(points[0])])
            parts.append(
                .init(
                    kind: .activity, title: t(.outlinePartQuestion), minutes: activityMinutes,
                    lines: [t(.outlineAskAudience, ["question": ask])],
                    entryIDs: [closingQuestion?.id].compactMap { $0 }))
        }
        var closing = [
            t(.outlineClosingRecap, ["points": points.map(title).joined(separator: lang == .zh ? "、" : "; ")])
        ]
        if let tip = tips.first { closing.append(t(.outlineClosingAction, ["tip": title(tip)])) }
        closing.append(t(.outlineClosingThanks))
        parts.append(
            .init(
                kind: .closing, title: t(.outlinePartClosing), minutes: minutes[points.count + 3], lines: closing,
                entryIDs: []))

        let usedEntries = parts.flatMap(\.entryIDs) + (upcomingDay(from: request.day).map { [$0.entry.id] } ?? [])
        var seen: Set<String> = []
        let sources = usedEntries.compactMap { id -> TalkOutline.Source? in
            guard seen.insert(id).inserted, let e = base.entry(id: id) else { return nil }
            return TalkOutline.Source(id: e.id, title: title(e), source: e.source)
        }
        // A topic slug (`waste`) is titled by its name in the user's language (垃圾分类).
        let topicName = request.topic.map { base.topic(named: $0)?.name.text(lang) ?? $0 }
        let heading =
            topicName.map { t(.outlineTitleTopic, ["topic": $0, "audience": audienceName]) }
            ?? t(.outlineTitle, ["audience": audienceName])
        return TalkOutline(
            title: heading, audience: request.audience, minutes: request.minutes, topic: request.topic,
            type: request.type,
            session: request.session, seed: request.seed, parts: parts, sources: sources)
    }

    /// Entries of `kinds` for the audience, best first: topic matches through the index,
    /// then entries tagged with the topic, then the rest; within the audience, entries made
    /// for fewer audiences (more specific) first, ties by id.
    func candidates(_ kinds: Set<KnowledgeKind>, _ request: Request) -> [KnowledgeEntry] {
        let audience = request.audience.rawValue
        var pool = base.entries.filter { kinds.contains($0.kind) && $0.audiences.contains(audience) }
        if let type = request.type {
            let typed = pool.filter { $0.serviceTypes.contains(type.rawValue) }
            if typed.count >= 3 || (kinds == [.activity] && !typed.isEmpty) { pool = typed }
        }
        pool.sort { $0.audiences.count != $1.audiences.count ? $0.audiences.count < $1.audiences.count : $0.id < $1.id }
        guard let topic = request.topic, !topic.trimmingCharacters(in: .whitespaces).isEmpty else { return pool }
        let allowed = Set(pool.map(\.id))
        let hits = index.search(topic, options: SearchOptions(limit: 60, kinds: kinds, audience: audience)).filter {
            allowed.contains($0.id)
        }
        let slug = base.topic(named: topic)?.slug
        let tagged: (KnowledgeEntry) -> Bool = { e in slug.map { e.topics.contains($0) } ?? false }
        // Tiers: tagged hits, other tagged entries, confident hits, weaker hits, the rest.
        var tiers: [[KnowledgeEntry]] = [[], [], [], [], []]
        var placed: Set<String> = []
        for hit in hits {
            let e = index.entries[hit.entryIndex]
            tiers[tagged(e) ? 0 : hit.isConfident ? 2 : 3].append(e)
            placed.insert(e.id)
        }
        for e in pool where !placed.contains(e.id) { tiers[tagged(e) ? 1 : 4].append(e) }
        let ranked = tiers.flatMap { $0 }
        return ranked
    }

    /// An environmental day on the talk's day or within the next 30 days.
    func upcomingDay(from day: CalendarDate) -> (entry: KnowledgeEntry, days: Int)? {
        let today = EnvironmentalDayRule.YearDate(year: day.year, month: day.month, day: day.day)
        var best: (entry: KnowledgeEntry, days: Int)?
        for entry in base.entries where entry.kind == .date {
            guard case .fixed = entry.day, let next = entry.day?.next(onOrAfter: today) else { continue }
            let days = EnvironmentalDayRule.days(from: today, to: next)
            if days <= 30, best.map({ days < $0.days || (days == $0.days && entry.id < $0.entry.id) }) ?? true {
                best = (entry, days)
            }
        }
        return best
    }

    /// The fact of an entry (its first sentence with a figure, else its first sentence) and a
    /// following sentence in plain words. English gets the English summary as the fact.
    static func factAndExplanation(_ entry: KnowledgeEntry, _ lang: Language) -> (String, String?) {
        let sentences = self.sentences(entry.body)
        // A sentence that ends with a colon introduces a list: keep the list's first item with it.
        var joined: [String] = []
        for sentence in sentences {
            if let last = joined.last, last.hasSuffix("：") || last.hasSuffix(":") {
                joined[joined.count - 1] = last + sentence
            } else {
                joined.append(sentence)
            }
        }
        let fact = joined.first { $0.contains(where: \.isNumber) } ?? joined.first ?? entry.title
        let plain = sentences.first { $0 != fact && $0.count >= 12 && !$0.hasSuffix("：") && !$0.hasSuffix(":") }
        if lang == .en, !entry.summaryEn.isEmpty { return (entry.summaryEn, plain) }
        return (fact, plain)
    }

    /// Sentences of a Markdown body, markers stripped, each ending with its punctuation.
    static func sentences(_ body: String) -> [String] {
        var out: [String] = []
        var current = ""
        func flush() {
            let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if s.count >= 4 { out.append(s) }
            current = ""
        }
        for rawLine in body.split(separator: "\n") {
            var line = MarkdownBlocks.strip(String(rawLine)).trimmingCharacters(in: .whitespaces)
            while let first = line.first, "-*•#>".contains(first) {
                line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            if let dot = line.firstIndex(where: { $0 == "." || $0 == "、" }), line[..<dot].allSatisfy(\.isNumber),
                !line[..<dot].isEmpty
            {
                line = String(line[line.index(after: dot)...]).trimmingCharacters(in: .whitespaces)
            }
            for ch in line {
                current.append(ch)
                if "。！？!?".contains(ch) { flush() }
            }
            flush()
        }
        return out
    }
}
