/// What `/people QUERY` matches — part of a name or organisation, the start of an id, or
/// phone digits — shared with `/export people` so an export holds exactly the listing.
package struct PersonQuery: Sendable, Equatable {
    package var text: String
    var digits: String?

    package init(_ text: String) {
        let query = text.trimmingCharacters(in: .whitespaces).lowercased()
        self.text = query
        self.digits = PhoneNumber.normalize(query) ?? (query.allSatisfy(\.isNumber) && query.count >= 4 ? query : nil)
    }

    package func matches(_ p: Person) -> Bool {
        guard p.mergedInto == nil else { return false }
        if text.isEmpty { return true }
        return p.name.lowercased().contains(text) || p.id.hasPrefix(text)
            || (p.organisation?.lowercased().contains(text) ?? false)
            || (digits.map { d in p.phone?.hasSuffix(d) ?? false || p.phone == d } ?? false)
    }

    /// Matching people by name, then id.
    package func people(in state: OutreachState) -> [Person] {
        // By pinyin (keys computed once per person), then name, then id.
        state.people.values.filter(matches).map { (key: PinyinOrder.key($0.name), person: $0) }
            .sorted { ($0.key, $0.person.name, $0.person.id) < ($1.key, $1.person.name, $1.person.id) }
            .map(\.person)
    }
}
