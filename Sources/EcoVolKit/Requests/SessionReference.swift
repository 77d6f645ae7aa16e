import Foundation

/// Finds the session a request names by words — 昨天的河道巡护, 周六的讲座, 下周三在遵义的培训,
/// "Saturday's talk" — by scoring the store's sessions on the day, service type, title words,
/// city and audience the words give. Only the sessions the index holds in a window around the
/// day (or around today), of the city when one is named, are looked at, so a large store costs little.
@MainActor
struct SessionReference {
    enum Purpose {
        /// Marking a session done: the recent past.
        case finish
        /// Cancelling or editing: from today on.
        case upcoming
        /// Logging people: the recent past and the near future.
        case any
        /// Someone leaving (李四不去了): as `any`, but one still to come is likelier than one begun.
        case leave
        /// Checking someone in or out: today.
        case today
    }

    struct Candidate {
        var session: Session
        var titleGrams: Set<String>
        var titleWords: Set<String> = []
        var score: Double
    }

    let index: RequestIndex
    let now: Date
    let timeZone: TimeZone

    /// Best candidates first (at most two); empty when nothing fits.
    /// `only` limits the sessions to these ids (those of the volunteer the words name).
    func find(
        _ slots: RequestSlots, _ t: RequestText, purpose: Purpose, only: Set<String>? = nil,
        excluding: Set<Character> = []
    ) -> [Candidate] {
        let window = self.window(slots, purpose: purpose)
        let (lower, upper) = bounds(window)
        let words = Self.words(t)
        let latinWords = Self.latinWords(t)
        let explicitReference = slots.day != nil || slots.span != nil || slots.type != nil
        var out: [Candidate] = []
        for entry in index.sessions(from: lower, to: upper, city: slots.city?.name) {
            let s = entry.session
            guard entry.day >= window.0, entry.day <= window.1 else { continue }
            if let only, !only.contains(s.id) { continue }
            var score = 0.0
            if let type = slots.type { score += type == s.type ? 3 : -2 }
            // The index gave only the named city's sessions.
            if slots.city != nil { score += 3 }
            if let county = slots.county { score += s.county == county.name ? 1 : -0.5 }
            if let a = slots.audience { score += s.audience == a ? 1 : -0.5 }
            if let time = slots.time {
                score += entry.clock == String(format: "%02d:%02d", time.hour, time.minute) ? 2 : -1
            }
            let shared = words.intersection(entry.titleGrams).count
            score += Double(min(shared, 4))
            score += Double(min(latinWords.intersection(entry.titleWords).count, 3))
            if slots.day != nil { score += 2 }
            switch purpose {
            case .finish:
                if s.status == .done { score -= 1.5 }
                if s.start > now { score -= 2 }
            case .upcoming, .leave:
                if s.start < now { score -= 2 }
            case .any, .today: break
            }
            // Nearer in time is likelier, by a little.
            score -= abs(s.start.timeIntervalSince(now)) / 86400 / 100
            out.append(Candidate(session: s, titleGrams: entry.titleGrams, titleWords: entry.titleWords, score: score))
        }
        out.sort { $0.score > $1.score || ($0.score == $1.score && $0.session.id < $1.session.id) }
        guard let top = out.first else { return [] }
        // 取消锦江的净滩 when that clean-up is past: the one upcoming practice session shares no
        // word of it, and proposing it would cancel the wrong session.
        if slots.day == nil, slots.span == nil, only == nil, shared(top, words) == 0,
            latinWords.isDisjoint(with: top.titleWords),
            namedOutsideWindow(slots, t, purpose: purpose) != nil
        {
            return []
        }
        if !explicitReference && only == nil && shared(top, words) == 0 && out.count > 1 { return [] }
        // 红枫湖净滩 when no such clean-up is in the window: a session of another kind, sharing
        // no word of the title, is not what the words name.
        if let type = slots.type, slots.day == nil, slots.span == nil, only == nil, top.session.type != type,
            shared(top, words) == 0
        {
            return []
        }
        if out.count > 1, out[1].score >= top.score - 0.5 { return Array(out.prefix(2)) }
        return [top]
    }

    /// A session whose title shares a word with the request but which lies outside the days
    /// `purpose` looks at (a clean-up already over, when cancelling): said to the user when
    /// nothing else fits, instead of a session the words do not name.
    func namedOutsideWindow(_ slots: RequestSlots, _ t: RequestText, purpose: Purpose) -> Session? {
        guard slots.day == nil, slots.span == nil else { return nil }
        let window = self.window(slots, purpose: purpose)
        let today = CalendarDate(now, in: timeZone)
        let (lower, upper) = bounds((today.adding(days: -90), today.adding(days: 180)))
        let words = Self.words(t)
        let latinWords = Self.latinWords(t)
        var best: (session: Session, shared: Int)?
        for entry in index.sessions(from: lower, to: upper, city: slots.city?.name)
        where entry.day < window.0 || entry.day > window.1 {
            let shared = words.intersection(entry.titleGrams).count + latinWords.intersection(entry.titleWords).count
            guard shared > 0 else { continue }
            if let b = best,
                b.shared > shared
                    || (b.shared == shared
                        && abs(b.session.start.timeIntervalSince(now))
                            <= abs(entry.session.start.timeIntervalSince(now)))
            {
                continue
            }
            best = (entry.session, shared)
        }
        return best?.session
    }

    /// The days a purpose looks at, unless the words name a day or a span.
    private func window(_ slots: RequestSlots, purpose: Purpose) -> (CalendarDate, CalendarDate) {
        if let day = slots.day { return (day, day) }
        if let span = slots.span { return (span.first, span.last) }
        let today = CalendarDate(now, in: timeZone)
        switch purpose {
        case .finish: return (today.adding(days: -21), today)
        case .upcoming: return (today, today.adding(days: 90))
        case .any, .leave: return (today.adding(days: -21), today.adding(days: 30))
        case .today: return (today, today)
        }
    }

    /// The instants that hold every session of a window's days, in any zone's reading.
    private func bounds(_ window: (CalendarDate, CalendarDate)) -> (Date, Date) {
        (
            window.0.at(hour: 0, minute: 0, in: timeZone).addingTimeInterval(-14 * 3600),
            window.1.adding(days: 1).at(hour: 0, minute: 0, in: timeZone).addingTimeInterval(14 * 3600)
        )
    }

    private static func words(_ t: RequestText) -> Set<String> {
        bigrams(t.text).union(EnglishTitleWords.grams(t.text))
    }

    private static func latinWords(_ t: RequestText) -> Set<String> {
        Set(t.text.split { !$0.isLetter || !$0.isASCII }.map(String.init).filter { $0.count >= 4 })
    }

    private func shared(_ c: Candidate, _ words: Set<String>) -> Int {
        words.intersection(c.titleGrams).count
    }

    /// Pairs of neighbouring Han characters, the unit titles are compared in.
    static func bigrams(_ text: String) -> Set<String> {
        let han = Array(text)
        var out: Set<String> = []
        guard han.count >= 2 else { return out }
        for i in 0..<(han.count - 1) where RequestText.isHan(han[i]) && RequestText.isHan(han[i + 1]) {
            let g = String([han[i], han[i + 1]])
            if !stopGrams.contains(g) { out.insert(g) }
        }
        return out
    }

    /// Pairs that say what to do, not which session.
    static let stopGrams: Set<String> = [
        "取消", "结束", "登记", "完成", "活动", "今天", "昨天", "明天", "周六", "周日", "下周", "上周", "一下", "那场", "这场", "束了",
        "来了", "参加", "记到", "到昨", "到今", "下雨", "暴雨", "原因", "因为",
    ]
}
