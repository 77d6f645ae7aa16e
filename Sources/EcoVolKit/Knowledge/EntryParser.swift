import Foundation
import Yams

/// Reads one entry file: splits the front matter from the body, parses the YAML with Yams
/// (keeping node positions so every problem names its line) and checks every field against
/// `knowledge/FORMAT.md`. Returns the entry when it has no errors, plus every issue found.
struct EntryParser {
    /// Topic slugs that exist; nil skips the check (no topics.yaml was found).
    var knownTopics: Set<String>?

    static let knownFields: [String] = [
        "id", "kind", "title", "title_en", "summary_en", "topics", "audiences", "service_types", "keywords",
        "asks", "source", "updated", "reviewed", "replaces", "suits", "materials", "minutes", "day", "month",
        "nth_weekday",
        "years", "rule",
    ]

    func parse(text: String, path: String) -> (KnowledgeEntry?, [KnowledgeIssue]) {
        var issues: [KnowledgeIssue] = []
        func issue(
            _ line: Int?, _ message: LocalizedText, field: String? = nil, _ severity: KnowledgeIssue.Severity = .error
        ) {
            issues.append(KnowledgeIssue(file: path, line: line, severity: severity, field: field, message: message))
        }
        guard let parts = FrontMatter.split(text) else {
            issue(1, L(.kbIssueNoFrontMatter))
            return (nil, issues)
        }
        guard parts.closed else {
            issue(1, L(.kbIssueUnclosedFrontMatter))
            return (nil, issues)
        }
        let offset = 1  // YAML line 1 is file line 2
        let root: Node?
        do {
            // UTF-8 given explicitly: `.default` reads the environment on every call.
            root = try Yams.compose(yaml: parts.yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, problem) = Self.describe(error)
            issue(line.map { $0 + offset }, L(.kbIssueYaml, ["problem": problem]))
            return (nil, issues)
        } catch {
            issue(nil, L(.kbIssueYaml, ["problem": String(describing: error)]))
            return (nil, issues)
        }
        guard let root, let mapping = root.mapping else {
            issue(2, L(.kbIssueNotMapping))
            return (nil, issues)
        }
        var fields: [String: Node] = [:]
        var lines: [String: Int] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = (keyNode.mark?.line ?? 0) + offset
            if fields[key] != nil {
                issue(line, L(.kbIssueDuplicateField, ["field": key]), field: key)
            }
            fields[key] = value
            lines[key] = line
            if !Self.knownFields.contains(key) {
                issue(
                    line,
                    L(.kbIssueUnknownField, ["field": key, "accepted": Self.knownFields.joined(separator: " ")]),
                    field: key, .warning)
            }
        }
        let endLine = parts.bodyLine - 1

        func textField(_ key: String, required: Bool = true) -> String? {
            guard let node = fields[key] else {
                if required { issue(endLine, L(.kbIssueMissingField, ["field": key]), field: key) }
                return nil
            }
            guard let scalar = node.scalar else {
                issue(lines[key], L(.kbIssueNotText, ["field": key]), field: key)
                return nil
            }
            let value = String(scalar.string.trimmedWhitespace())
            if value.isEmpty {
                if required { issue(lines[key], L(.kbIssueEmptyField, ["field": key]), field: key) }
                return nil
            }
            return value
        }
        func list(_ key: String, required: Bool = true) -> [String] {
            guard let node = fields[key] else {
                if required { issue(endLine, L(.kbIssueMissingField, ["field": key]), field: key) }
                return []
            }
            var values: [String] = []
            if let sequence = node.sequence {
                for item in sequence {
                    guard let s = item.scalar.map({ String($0.string.trimmedWhitespace()) }) else {
                        issue(
                            item.mark.map { $0.line + offset } ?? lines[key], L(.kbIssueNotList, ["field": key]),
                            field: key)
                        continue
                    }
                    if !s.isEmpty { values.append(s) }
                }
            } else if let scalar = node.scalar, !scalar.string.isEmpty {
                values = [scalar.string]
            } else if node.scalar == nil {
                issue(lines[key], L(.kbIssueNotList, ["field": key]), field: key)
                return []
            }
            if values.isEmpty, required { issue(lines[key], L(.kbIssueEmptyField, ["field": key]), field: key) }
            return values
        }
        func checkValues(_ key: String, _ values: [String], accepted: [String]) -> [String] {
            values.filter { value in
                if accepted.contains(value) { return true }
                issue(
                    lines[key],
                    L(
                        .kbIssueUnknownValue,
                        ["field": key, "value": value, "accepted": accepted.joined(separator: " ")]), field: key)
                return false
            }
        }

        // kind and id
        let kindText = textField("kind")
        var kind: KnowledgeKind?
        if let kindText {
            kind = KnowledgeKind(rawValue: kindText)
            if kind == nil {
                issue(
                    lines["kind"],
                    L(
                        .kbIssueUnknownValue,
                        [
                            "field": "kind", "value": kindText,
                            "accepted": KnowledgeKind.allCases.map(\.rawValue).joined(separator: " "),
                        ]), field: "kind")
            }
        }
        let id = textField("id")
        if let id {
            if !Self.isSlug(id) {
                issue(lines["id"], L(.kbIssueBadId, ["value": id]), field: "id")
            } else if let kind, !id.hasPrefix(kind.rawValue + "-") {
                issue(lines["id"], L(.kbIssueIdPrefix, ["id": id, "kind": kind.rawValue]), field: "id", .warning)
            }
            let fileName = (path as NSString).lastPathComponent
            if fileName != id + ".md" {
                issue(lines["id"], L(.kbIssueIdFileMismatch, ["id": id, "file": fileName]), field: "id", .warning)
            }
        }
        let title = textField("title")
        let titleEn = textField("title_en")
        let summaryEn = textField("summary_en")
        var topics = list("topics")
        if let knownTopics {
            topics = topics.filter { topic in
                if knownTopics.contains(topic) { return true }
                issue(
                    lines["topics"],
                    L(
                        .kbIssueUnknownTopic,
                        ["value": topic, "accepted": knownTopics.sorted().joined(separator: " ")]), field: "topics")
                return false
            }
        }
        let audiences = checkValues("audiences", list("audiences"), accepted: KnowledgeVocabulary.audiences)
        let serviceTypes = checkValues(
            "service_types", list("service_types"), accepted: KnowledgeVocabulary.serviceTypes)
        let keywords = list("keywords")
        if !keywords.isEmpty {
            let hasChinese = keywords.contains { $0.unicodeScalars.contains { TextNormalizer.isCJK($0.value) } }
            let hasLatin = keywords.contains { $0.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }
            if !hasChinese || !hasLatin {
                issue(lines["keywords"], L(.kbIssueKeywordLanguages), field: "keywords", .warning)
            }
        }
        let asks = list("asks", required: false)
        let source = textField("source")
        let updated = textField("updated")
        if let updated, Self.isoDate(updated) == nil {
            issue(lines["updated"], L(.kbIssueBadDate, ["field": "updated", "value": updated]), field: "updated")
        }
        // Missing `reviewed` is a warning, not an error: the entry is still served, and `/kb review`
        // lists it as never checked.
        let reviewed = textField("reviewed", required: false)
        if fields["reviewed"] == nil {
            issue(endLine, L(.kbIssueMissingReviewed), field: "reviewed", .warning)
        } else if let reviewed {
            // Later than `updated` is normal: a check that finds nothing to change edits nothing.
            if Self.isoDate(reviewed) == nil {
                issue(
                    lines["reviewed"], L(.kbIssueBadDate, ["field": "reviewed", "value": reviewed]),
                    field: "reviewed")
            }
        }
        var replaces: [String] = []
        for old in list("replaces", required: false) {
            if !Self.isSlug(old) {
                issue(lines["replaces"], L(.kbIssueBadReplaces, ["value": old]), field: "replaces")
            } else if old == id {
                issue(lines["replaces"], L(.kbIssueReplacesItself, ["id": old]), field: "replaces")
            } else if !replaces.contains(old) {
                replaces.append(old)
            }
        }
        let suits = textField("suits", required: kind == .point)
        let materials = textField("materials", required: kind == .activity)
        var minutes: Int?
        if let node = fields["minutes"] {
            if let m = Self.int(node), m > 0, m <= 24 * 60 {
                minutes = m
            } else {
                issue(
                    lines["minutes"], L(.kbIssueBadMinutes, ["value": node.scalar?.string ?? "?"]), field: "minutes")
            }
        } else if kind == .activity {
            issue(endLine, L(.kbIssueMissingField, ["field": "minutes"]), field: "minutes")
        }

        // The day of a date entry.
        var day: EnvironmentalDayRule?
        let dayFields = ["day", "month", "nth_weekday", "years"].filter { fields[$0] != nil }
        if kind == .date {
            if dayFields.count != 1 {
                issue(dayFields.count > 1 ? lines[dayFields[1]] : endLine, L(.kbIssueDateRuleCount), field: "day")
            } else {
                day = parseDay(
                    dayFields[0], fields, lines, rule: textField("rule", required: false),
                    issue: { issue($0, $1, field: $2) })
            }
        } else if let extra = dayFields.first, kind != nil {
            issue(lines[extra], L(.kbIssueDayOnOtherKind, ["field": extra]), field: extra, .warning)
        }

        let body = String(parts.body.trimmedWhitespace())
        if body.isEmpty {
            issue(parts.bodyLine, L(.kbIssueEmptyBody), .warning)
        } else if let kind, let range = kind.bodyLengthRange {
            let length = KnowledgeKind.chineseCharacterCount(body)
            if !range.contains(length) {
                issue(
                    parts.bodyLine,
                    L(
                        .kbIssueBodyLength,
                        [
                            "kind": kind.rawValue, "count": String(length),
                            "min": String(range.lowerBound), "max": String(range.upperBound),
                        ]), field: "body", .warning)
            }
        }

        guard !issues.contains(where: { $0.severity == .error }),
            let id, let kind, let title, let titleEn, let summaryEn, let source, let updated
        else {
            return (nil, issues)
        }
        let entry = KnowledgeEntry(
            id: id, kind: kind, title: title, titleEn: titleEn, summaryEn: summaryEn, topics: topics,
            audiences: audiences, serviceTypes: serviceTypes, keywords: keywords, asks: asks, source: source,
            updated: updated, reviewed: reviewed.flatMap { Self.isoDate($0) == nil ? nil : $0 }, replaces: replaces,
            suits: suits,
            materials: materials, minutes: minutes, day: day, body: body, file: path
        )
        return (entry, issues)
    }

    private func parseDay(
        _ key: String, _ fields: [String: Node], _ lines: [String: Int], rule: String?,
        issue: (Int?, LocalizedText, String) -> Void
    ) -> EnvironmentalDayRule? {
        guard let node = fields[key] else { return nil }
        let line = lines[key]
        switch key {
        case "day":
            let value = node.scalar?.string ?? ""
            let parts = value.split(separator: "-").map { Int($0) }
            if parts.count == 2, let m = parts[0], let d = parts[1], Self.isValid(month: m, day: d) {
                return .fixed(month: m, day: d)
            }
            issue(line, L(.kbIssueBadDay, ["value": value]), key)
        case "month":
            if let m = Self.int(node), (1...12).contains(m) { return .month(m) }
            issue(line, L(.kbIssueBadMonth, ["value": node.scalar?.string ?? "?"]), key)
        case "nth_weekday":
            if let map = node.mapping, let m = Self.int(map["month"]), let w = Self.int(map["weekday"]),
                let n = Self.int(map["n"]),
                (1...12).contains(m), (1...7).contains(w), (1...5).contains(n)
            {
                return .nthWeekday(month: m, weekday: w, n: n)
            }
            issue(line, L(.kbIssueBadNthWeekday), key)
        default:  // years
            guard let map = node.mapping, !map.isEmpty else {
                issue(line, L(.kbIssueBadYears), key)
                return nil
            }
            var dates: [EnvironmentalDayRule.YearDate] = []
            for (yearNode, dateNode) in map {
                let itemLine = yearNode.mark.map { $0.line + 1 } ?? line
                guard let year = Self.int(yearNode), let date = dateNode.scalar.flatMap({ Self.isoDate($0.string) }),
                    date.year == year
                else {
                    issue(
                        itemLine,
                        L(
                            .kbIssueBadYearDate,
                            ["value": "\(yearNode.scalar?.string ?? "?"): \(dateNode.scalar?.string ?? "?")"]), key)
                    return nil
                }
                dates.append(date)
            }
            if rule == nil { issue(line, L(.kbIssueYearsWithoutRule), "rule") }
            return .perYear(dates.sorted(), rule: rule)
        }
        return nil
    }

    /// An integer scalar (parsed here: the basic resolver does not type scalars, which
    /// makes Yams several times faster on Linux).
    static func int(_ node: Node?) -> Int? {
        node?.scalar.flatMap { Int($0.string.trimmingCharacters(in: .whitespaces)) }
    }

    static func isSlug(_ s: String) -> Bool {
        guard let first = s.utf8.first, first != UInt8(ascii: "-") else { return false }
        return s.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    static func isValid(month: Int, day: Int) -> Bool {
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...12).contains(month) && day >= 1 && day <= days[month - 1]
    }

    /// `YYYY-MM-DD`, checked against the calendar.
    static func isoDate(_ s: String) -> EnvironmentalDayRule.YearDate? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), isValid(month: m, day: d)
        else { return nil }
        if m == 2, d == 29, !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) { return nil }
        return EnvironmentalDayRule.YearDate(year: y, month: m, day: d)
    }

    /// The line and problem of a Yams error.
    static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return (mark.line, detail + problem)
        default:
            return (nil, String(describing: error))
        }
    }
}

/// The `---` fenced YAML at the top of a Markdown file.
enum FrontMatter {
    struct Parts {
        var yaml: String
        var body: String
        /// 1-based line where the body starts.
        var bodyLine: Int
        var closed: Bool
    }

    /// Scans lines by their UTF-8 newlines only as far as the closing fence and takes the body
    /// as one slice (splitting and re-joining every line by `Character` was a fifth of the
    /// knowledge base's load time). `\r\n` endings are accepted.
    static func split(_ text: String) -> Parts? {
        let utf8 = text.utf8
        var position = text.hasPrefix("\u{FEFF}") ? text.unicodeScalars.index(after: text.startIndex) : text.startIndex
        /// The next line without its `\n` (and `\r`), and where the line after it starts.
        func line(at start: String.Index) -> (Substring, String.Index?) {
            guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return (text[start...], nil) }
            var end = newline
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            return (text[start..<end], utf8.index(after: newline))
        }
        let (first, afterFirst) = line(at: position)
        guard first.trimmedWhitespace(newlines: false) == "---" else { return nil }
        var yaml: [Substring] = []
        var lineCount = 1
        var next = afterFirst
        while let start = next {
            position = start
            let (current, following) = line(at: position)
            lineCount += 1
            if current.trimmedWhitespace(newlines: false) == "---" || current == "..." {
                var body = following.map { String(text[$0...]) } ?? ""
                if body.utf8.contains(0x0D) { body = body.replacingOccurrences(of: "\r\n", with: "\n") }
                return Parts(yaml: yaml.joined(separator: "\n"), body: body, bodyLine: lineCount + 1, closed: true)
            }
            yaml.append(current)
            next = following
        }
        return Parts(yaml: "", body: "", bodyLine: lineCount, closed: false)
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (or `.whitespaces` with `newlines`
    /// false) without bridging through NSString: on Linux that bridge was a quarter of the
    /// time to load the knowledge base, which every `ecovol -c` and the greeting pay.
    func trimmedWhitespace(newlines: Bool = true) -> SubSequence {
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            guard s.properties.isWhitespace else { return false }
            if newlines { return true }
            switch s.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return false
            default: return true
            }
        }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard isSpace(scalars[before]) else { break }
            end = before
        }
        return self[start..<end]
    }
}
