import Foundation
import Yams

/// Every instrument the knowledge entries cite (`instruments.yaml` in a knowledge folder),
/// looked up by title (with or without 《》 and the 中华人民共和国 prefix) or by standard
/// number (`GB 3095—2026` and `GB3095-2026` are the same). Loaded only when something asks
/// for it (`knowledge check`, `/kb review`), so starting ecovol never pays for it.
package struct InstrumentRegister: Sendable {
    package private(set) var instruments: [Instrument]
    private var byTitle: [String: [Int]] = [:]
    private var byNumber: [String: Int] = [:]
    /// Law names by their last character, longest first: what the scanner looks for in
    /// running text.
    private(set) var bareLawNames: [Character: [(characters: [Character], index: Int)]] = [:]

    package init(instruments: [Instrument] = []) {
        self.instruments = []
        for instrument in instruments { add(instrument) }
    }

    package static let fileName = "instruments.yaml"

    package var isEmpty: Bool { instruments.isEmpty }

    /// Adds or, for the same number or name, replaces (a user's folder overrides the built-in one).
    package mutating func add(_ instrument: Instrument) {
        if let existing = index(of: instrument) {
            instruments[existing] = instrument
        } else {
            instruments.append(instrument)
        }
        rebuild()
    }

    private func index(of instrument: Instrument) -> Int? {
        if let number = instrument.number { return byNumber[number] }
        return byTitle[Self.titleKey(instrument.name)]?.first { instruments[$0].number == nil }
    }

    private mutating func rebuild() {
        byTitle = [:]
        byNumber = [:]
        bareLawNames = [:]
        for (k, instrument) in instruments.enumerated() {
            for title in [instrument.name] + instrument.aliases {
                byTitle[Self.titleKey(title), default: []].append(k)
            }
            if let number = instrument.number { byNumber[number] = k }
            if instrument.kind == .law {
                for name in names(of: instrument) where name.count >= 3 {
                    let characters = Array(name)
                    if let last = characters.last { bareLawNames[last, default: []].append((characters, k)) }
                }
            }
        }
        for key in bareLawNames.keys { bareLawNames[key]?.sort { $0.characters.count > $1.characters.count } }
    }

    /// Instruments cited by this title (a standard's title may name several editions).
    package func instruments(titled title: String) -> [Instrument] {
        (byTitle[Self.titleKey(title)] ?? []).map { instruments[$0] }
    }

    /// Instruments registered without a number under this title.
    func unnumberedIndices(titled title: String) -> [Int] {
        (byTitle[Self.titleKey(title)] ?? []).filter { instruments[$0].number == nil }
    }

    func index(ofNumber normalized: String) -> Int? { byNumber[normalized] }

    package func instrument(number: String) -> Instrument? {
        Self.normalizedNumber(number).flatMap { byNumber[$0] }.map { instruments[$0] }
    }

    /// By number or by title; for a title naming several editions, the one without a number
    /// or else the first.
    package func instrument(named reference: String) -> Instrument? {
        if let byNumber = instrument(number: reference) { return byNumber }
        let found = instruments(titled: reference)
        return found.first { $0.number == nil } ?? found.first
    }

    /// Whether a title or number appears in the register.
    package func contains(title: String) -> Bool { byTitle[Self.titleKey(title)] != nil }
    package func contains(number: String) -> Bool { instrument(number: number) != nil }

    /// Every name a text may use for `instrument`, longest first (so 中华人民共和国环境保护法
    /// is matched before 环境保护法 inside it).
    package func names(of instrument: Instrument) -> [String] {
        var names = Set([instrument.name] + instrument.aliases)
        for name in Array(names) where !name.hasPrefix(Self.statePrefix) && instrument.kind == .law {
            names.insert(Self.statePrefix + name)
        }
        return names.sorted { $0.count > $1.count }
    }

    static let statePrefix = "中华人民共和国"

    /// The lookup key of a title: without 《》, spaces and the 中华人民共和国 prefix.
    static func titleKey(_ title: String) -> String {
        var t = title.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("《") { t.removeFirst() }
        if t.hasSuffix("》") { t.removeLast() }
        t = t.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{3000}", with: "")
        if t.hasPrefix(statePrefix), t.count > statePrefix.count { t.removeFirst(statePrefix.count) }
        return t
    }

    /// `GB 3095—2026`, `gb3095-2026`, `GB/T 19095－2019` → `GB 3095-2026`, `GB/T 19095-2019`;
    /// nil when the text is not a standard number.
    package static func normalizedNumber(_ text: String) -> String? {
        let dashes: Set<Character> = ["-", "—", "–", "‐", "－", "―"]
        var prefix = ""
        var digits = ""
        var year = ""
        var stage = 0  // 0 prefix, 1 number, 2 year
        for c in text.uppercased() {
            switch stage {
            case 0:
                if c.isLetter || c == "/" {
                    prefix.append(c)
                } else if c.isNumber {
                    digits.append(c)
                    stage = 1
                } else if c != " " {
                    return nil
                }
            case 1:
                if c.isNumber || c == "." {
                    digits.append(c)
                } else if dashes.contains(c) {
                    stage = 2
                } else if c != " " {
                    return nil
                }
            default:
                if c.isNumber { year.append(c) } else if !(c == " " || dashes.contains(c)) { return nil }
            }
        }
        guard !prefix.isEmpty, prefix.allSatisfy({ $0.isASCII }), !digits.isEmpty, year.count == 4 else { return nil }
        return "\(prefix) \(digits)-\(year)"
    }

    // MARK: Loading

    /// Reads `instruments.yaml` from each folder that has one, later folders overriding.
    package static func load(directories: [String]) -> (InstrumentRegister, [KnowledgeIssue]) {
        var register = InstrumentRegister()
        var issues: [KnowledgeIssue] = []
        for directory in directories {
            let path = (directory as NSString).appendingPathComponent(fileName)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else {
                issues.append(KnowledgeIssue(file: path, line: nil, message: L(.kbIssueNotUTF8)))
                continue
            }
            let (found, problems) = parse(text, path: path)
            issues += problems
            for instrument in found { register.add(instrument) }
        }
        issues += register.validateReferences()
        return (register, issues)
    }

    static let knownFields = [
        "name", "aliases", "name_en", "aliases_en", "number", "kind", "adopted", "in_force", "revised", "changes",
        "replaced_by", "replaced_on", "note",
    ]

    /// Parses the register: a YAML list of instruments (see `knowledge/FORMAT.md`).
    package static func parse(_ text: String, path: String) -> ([Instrument], [KnowledgeIssue]) {
        var issues: [KnowledgeIssue] = []
        func issue(
            _ line: Int?, _ message: LocalizedText, field: String? = nil, _ severity: KnowledgeIssue.Severity = .error
        ) {
            issues.append(KnowledgeIssue(file: path, line: line, severity: severity, field: field, message: message))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, problem) = EntryParser.describe(error)
            issue(line, L(.kbIssueYaml, ["problem": problem]))
            return ([], issues)
        } catch {
            issue(nil, L(.kbIssueYaml, ["problem": String(describing: error)]))
            return ([], issues)
        }
        guard let root else { return ([], issues) }
        guard let items = root.sequence else {
            issue(1, L(.kbIssueRegisterShape))
            return ([], issues)
        }
        var result: [Instrument] = []
        for item in items {
            let line = item.mark.map(\.line)
            guard let map = item.mapping else {
                issue(line, L(.kbIssueRegisterShape))
                continue
            }
            for (key, _) in map {
                if let k = key.string, !knownFields.contains(k) {
                    issue(
                        key.mark.map(\.line),
                        L(.kbIssueUnknownField, ["field": k, "accepted": knownFields.joined(separator: " ")]),
                        field: k, .warning)
                }
            }
            func text(_ key: String) -> String? {
                map[key]?.scalar.map { String($0.string.trimmedWhitespace()) }.flatMap { $0.isEmpty ? nil : $0 }
            }
            func date(_ key: String, in node: Node? = nil) -> String? {
                let source = node?.mapping ?? map
                guard let value = source[key]?.scalar.map({ String($0.string.trimmedWhitespace()) }), !value.isEmpty
                else { return nil }
                if EntryParser.isoDate(value) == nil {
                    issue(
                        source[key]?.mark.map(\.line) ?? line, L(.kbIssueBadDate, ["field": key, "value": value]),
                        field: key)
                    return nil
                }
                return value
            }
            guard let name = text("name") else {
                issue(line, L(.kbIssueMissingField, ["field": "name"]), field: "name")
                continue
            }
            let kindText = text("kind") ?? ""
            guard let kind = Instrument.Kind(rawValue: kindText) else {
                issue(
                    line,
                    L(
                        .kbIssueUnknownValue,
                        [
                            "field": "kind", "value": kindText,
                            "accepted": Instrument.Kind.allCases.map(\.rawValue).joined(separator: " "),
                        ]), field: "kind")
                continue
            }
            var number: String?
            if let raw = text("number") {
                number = normalizedNumber(raw)
                if number == nil { issue(line, L(.kbIssueBadNumber, ["value": raw]), field: "number") }
            }
            let aliases = (map["aliases"]?.sequence ?? []).compactMap {
                $0.scalar?.string.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            var revisions: [Instrument.Revision] = []
            for node in map["revised"]?.sequence ?? [] {
                guard let adopted = date("adopted", in: node) else {
                    issue(
                        node.mark.map(\.line) ?? line, L(.kbIssueMissingField, ["field": "revised.adopted"]),
                        field: "revised")
                    continue
                }
                let renumbered = node.mapping?["renumbered"]?.scalar?.string == "true"
                revisions.append(
                    Instrument.Revision(adopted: adopted, inForce: date("in_force", in: node), renumbered: renumbered))
            }
            var changes: [Instrument.Change] = []
            for node in map["changes"]?.sequence ?? [] {
                let zh = node.mapping?["note"]?.scalar?.string ?? ""
                let en = node.mapping?["note_en"]?.scalar?.string ?? ""
                guard let when = date("date", in: node), !zh.isEmpty, !en.isEmpty else {
                    issue(node.mark.map(\.line) ?? line, L(.kbIssueBadChange), field: "changes")
                    continue
                }
                changes.append(Instrument.Change(date: when, note: LocalizedText(zh: zh, en: en)))
            }
            let replacedBy = text("replaced_by")
            let replacedOn = date("replaced_on")
            if (replacedBy == nil) != (replacedOn == nil) {
                issue(line, L(.kbIssueReplacedPair, ["name": name]), field: "replaced_by")
            }
            let namesEn =
                ([text("name_en")].compactMap { $0 }
                + (map["aliases_en"]?.sequence ?? []).compactMap {
                    $0.scalar?.string.trimmingCharacters(in: .whitespaces)
                })
                .filter { !$0.isEmpty }
            result.append(
                Instrument(
                    name: name, aliases: aliases, number: number, kind: kind, adopted: date("adopted"),
                    inForce: date("in_force"),
                    revisions: revisions, changes: changes, replacedBy: replacedBy, replacedOn: replacedOn,
                    note: text("note"), file: path, line: line
                ))
            result[result.count - 1].namesEn = namesEn
        }
        return (result, issues)
    }

    /// `replaced_by` must name something in the register.
    func validateReferences() -> [KnowledgeIssue] {
        instruments.compactMap { item in
            guard let target = item.replacedBy, instrument(named: target) == nil else { return nil }
            return KnowledgeIssue(
                file: item.file ?? Self.fileName, line: item.line, severity: .warning, field: "replaced_by",
                message: L(.kbIssueReplacedByUnknown, ["name": item.display, "target": target]))
        }
    }
}
