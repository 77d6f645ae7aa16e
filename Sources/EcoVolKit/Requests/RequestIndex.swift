import Foundation

/// What reading a request needs from the records, arranged for look-ups: registered names →
/// people, and the sessions a request can name by start (and by city), each with its day,
/// clock and title words worked out once. Walking every person and every session per request
/// costs tens of milliseconds at a province's size; this is built once per store revision
/// (see `RequestIndexCache`) and then each request only looks up its own words and days.
public final class RequestIndex: Sendable {
    /// One session a request may name (cancelled ones are never named), with what scoring reads.
    struct SessionEntry: Sendable {
        let session: Session
        let zone: TimeZone
        let day: CalendarDate
        let clock: String
        let cityName: String
        let titleGrams: Set<String>
        let titleWords: Set<String>
    }

    /// Registered (not merged) people by exact name, oldest registration first.
    let peopleByName: [String: [Person]]
    /// Names written in Latin letters (four or more), matched as words of the text.
    let latinNames: [(name: String, people: [Person])]
    /// Han names by their pinyin without spaces (zhangsan, wangxiaoming), for requests in English;
    /// one spelling may be several names, earliest registered first.
    let peopleByPinyin: [String: [Person]]
    /// Sessions by start, earliest first.
    let sessions: [SessionEntry]
    /// The same sessions by city (full name), each list by start.
    let sessionsByCity: [String: [SessionEntry]]

    @MainActor public init(_ state: OutreachState) {
        var byName: [String: [Person]] = [:]
        for p in state.people.values where p.mergedInto == nil { byName[p.name, default: []].append(p) }
        for (name, list) in byName where list.count > 1 {
            byName[name] = list.sorted(by: Self.registeredFirst)
        }
        peopleByName = byName
        var byPinyin: [String: [Person]] = [:]
        for (name, list) in byName where name.count >= 2 && name.count <= 4 && name.allSatisfy(RequestText.isHan) {
            let key = Pinyin.latin(name).replacingOccurrences(of: " ", with: "")
            if key.count >= 4 { byPinyin[key, default: []].append(contentsOf: list) }
        }
        // One spelling, several names (黄磊, 黄蕾): the name with the most service first (the
        // likelier reading), then the earliest registered, then by name, so the order is fixed.
        peopleByPinyin = byPinyin.mapValues { list in
            let sorted = list.sorted(by: Self.registeredFirst)
            guard Set(sorted.map(\.name)).count > 1 else { return sorted }
            var service: [String: Int] = [:]
            for p in sorted { service[p.name, default: 0] += state.participations(person: p.id).count }
            let names = Dictionary(grouping: sorted, by: \.name).values.compactMap(\.first).sorted {
                let (a, b) = (service[$0.name] ?? 0, service[$1.name] ?? 0)
                if a != b { return a > b }
                if $0.registered != $1.registered { return $0.registered < $1.registered }
                return $0.name < $1.name
            }.map(\.name)
            return names.flatMap { n in sorted.filter { $0.name == n } }
        }
        latinNames = byName.filter { $0.key.first?.isASCII == true && $0.key.count >= 4 }
            .map { (name: $0.key, people: $0.value) }.sorted { $0.name < $1.name }
        var zones: [String: TimeZone] = [:]
        var entries: [SessionEntry] = []
        entries.reserveCapacity(state.sessions.count)
        for s in state.sessions.values where s.status != .cancelled {
            let zone = zones[s.timeZone] ?? s.zone
            zones[s.timeZone] = zone
            let title = s.title.lowercased()
            entries.append(
                SessionEntry(
                    session: s, zone: zone, day: CalendarDate(s.start, in: zone),
                    clock: OutreachFormat.clock(s.start, zone),
                    cityName: City.find(s.city)?.name ?? s.city, titleGrams: SessionReference.bigrams(title),
                    titleWords: Set(title.split { !$0.isLetter || !$0.isASCII }.map(String.init))))
        }
        entries.sort {
            $0.session.start < $1.session.start
                || ($0.session.start == $1.session.start && $0.session.id < $1.session.id)
        }
        sessions = entries
        sessionsByCity = Dictionary(grouping: entries, by: \.cityName)
    }

    /// Earliest registration first, then by id: the order namesakes are offered in.
    static func registeredFirst(_ a: Person, _ b: Person) -> Bool {
        a.registered < b.registered || (a.registered == b.registered && a.id < b.id)
    }

    /// The sessions starting in `lower..<upper`, of one city when `city` is given.
    func sessions(from lower: Date, to upper: Date, city: String?) -> ArraySlice<SessionEntry> {
        let list = city.map { sessionsByCity[$0] ?? [] } ?? sessions
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].session.start < lower { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < list.count, list[end].session.start < upper { end += 1 }
        return list[lo..<end]
    }
}

/// The index of the records last read, kept while the store's revision (its `seq`) and state
/// are the same, so a REPL builds it once per change instead of once per request.
@MainActor
public final class RequestIndexCache {
    private weak var lineage: StateLineage?
    private var revision = -1
    private var cached: RequestIndex?

    public init() {}

    /// The index of `state` at `revision`, built only when either differs from the last call.
    public func index(for state: OutreachState, revision: Int) -> RequestIndex {
        if let cached, lineage === state.lineage, self.revision == revision { return cached }
        let index = RequestIndex(state)
        (lineage, self.revision, cached) = (state.lineage, revision, index)
        return index
    }
}
