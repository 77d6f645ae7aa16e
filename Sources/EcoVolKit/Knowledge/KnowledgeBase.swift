import Foundation
import Yams

/// Every loaded entry with the topic vocabulary and the synonym table: what the index is
/// built from and what `/show`, `/tips` and `/dates` list. Loading never fails as a whole:
/// a bad file is reported and skipped, and the valid entries are still served.
public struct KnowledgeBase: Sendable {
    /// Entries sorted by id.
    public private(set) var entries: [KnowledgeEntry]
    package var topics: [KnowledgeTopic]
    public var synonyms: SynonymTable
    /// The folders loaded, in order.
    package var directories: [String]
    private var byID: [String: Int]
    /// Old id → index of the entry that lists it in `replaces`.
    private var byReplacedID: [String: Int]

    package init(
        entries: [KnowledgeEntry], topics: [KnowledgeTopic] = [], synonyms: SynonymTable = .empty,
        directories: [String] = []
    ) {
        self.entries = entries.sorted { $0.id < $1.id }
        self.topics = topics
        self.synonyms = synonyms
        self.directories = directories
        self.byID = Dictionary(
            self.entries.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { _, last in last })
        var replaced: [String: Int] = [:]
        for (k, entry) in self.entries.enumerated() {
            for old in entry.replaces where replaced[old] == nil { replaced[old] = k }
        }
        self.byReplacedID = replaced
    }

    /// The entry that took over `oldID` (listed it in `replaces`), when `oldID` itself is gone.
    package func replacement(for oldID: String) -> KnowledgeEntry? {
        guard byID[oldID] == nil else { return nil }
        return byReplacedID[oldID].map { entries[$0] }
    }

    /// Problems with `replaces`: an old id that is still an entry, or is claimed twice.
    func replacementIssues() -> [KnowledgeIssue] {
        var issues: [KnowledgeIssue] = []
        var claimed: [String: String] = [:]
        for entry in entries {
            for old in entry.replaces {
                let file = entry.file ?? entry.id
                if byID[old] != nil {
                    issues.append(
                        KnowledgeIssue(
                            file: file, line: nil, severity: .warning, field: "replaces",
                            message: L(.kbIssueReplacedStillExists, ["id": entry.id, "old": old])))
                }
                if let other = claimed[old] {
                    issues.append(
                        KnowledgeIssue(
                            file: file, line: nil, severity: .warning, field: "replaces",
                            message: L(.kbIssueReplacedTwice, ["id": entry.id, "old": old, "other": other])))
                } else {
                    claimed[old] = entry.id
                }
            }
        }
        return issues
    }

    package func entry(id: String) -> KnowledgeEntry? {
        byID[id].map { entries[$0] }
    }

    package func topic(_ slug: String) -> KnowledgeTopic? {
        topics.first { $0.slug == slug }
    }

    /// A topic named by slug, Chinese or English name.
    package func topic(named text: String) -> KnowledgeTopic? {
        topics.first { $0.isNamed(text) }
    }

    /// Loads `directories` in order: each may hold `topics.yaml`, `synonyms.yaml` and entry
    /// files (`*.md`, in any sub-folder; `FORMAT.md` and `README.md` are documentation).
    /// An entry in a later folder replaces one with the same id from an earlier folder, so
    /// a user's `--knowledge` folder overrides the built-in one.
    public static func load(directories: [String]) -> (KnowledgeBase, [KnowledgeIssue]) {
        var issues: [KnowledgeIssue] = []
        var topics: [KnowledgeTopic] = []
        var synonyms = SynonymTable.empty
        var sawTopics = false
        let fm = FileManager.default
        var existing: [String] = []
        for directory in directories {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                issues.append(KnowledgeIssue(file: directory, line: nil, message: L(.kbIssueNoDirectory)))
                continue
            }
            existing.append(directory)
            let topicsPath = (directory as NSString).appendingPathComponent("topics.yaml")
            if let text = readText(topicsPath, &issues) {
                sawTopics = true
                for topic in parseTopics(text, path: topicsPath, &issues) {
                    if let k = topics.firstIndex(where: { $0.slug == topic.slug }) {
                        topics[k] = topic
                    } else {
                        topics.append(topic)
                    }
                }
            }
            let synonymsPath = (directory as NSString).appendingPathComponent("synonyms.yaml")
            if let text = readText(synonymsPath, &issues) {
                synonyms = synonyms.merged(with: parseSynonyms(text, path: synonymsPath, &issues))
            }
        }
        let parser = EntryParser(knownTopics: sawTopics ? Set(topics.map(\.slug)) : nil)
        var entries: [String: KnowledgeEntry] = [:]
        for directory in existing {
            var seenHere: [String: String] = [:]
            for path in entryFiles(in: directory) {
                guard let text = readText(path, &issues) else { continue }
                let (entry, found) = parser.parse(text: text, path: path)
                issues += found
                guard let entry else { continue }
                if let other = seenHere[entry.id] {
                    issues.append(
                        KnowledgeIssue(
                            file: path, line: 2, field: "id",
                            message: L(.kbIssueDuplicateId, ["id": entry.id, "other": other])))
                    continue
                }
                seenHere[entry.id] = path
                entries[entry.id] = entry
            }
        }
        let base = KnowledgeBase(
            entries: Array(entries.values), topics: topics, synonyms: synonyms, directories: existing)
        return (base, issues + base.replacementIssues())
    }

    /// Entry files under `directory`, sorted so loading and reports are deterministic.
    static func entryFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasSuffix(".md"), !name.hasPrefix("."),
                !["format.md", "readme.md"].contains(name.lowercased())
            else { continue }
            files.append((directory as NSString).appendingPathComponent(relative))
        }
        return files.sorted()
    }

    /// The file as UTF-8 text; nil (and no issue) when it does not exist.
    private static func readText(_ path: String, _ issues: inout [KnowledgeIssue]) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            issues.append(KnowledgeIssue(file: path, line: nil, message: L(.kbIssueUnreadable)))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            issues.append(KnowledgeIssue(file: path, line: nil, message: L(.kbIssueNotUTF8)))
            return nil
        }
        return text
    }

    static func parseTopics(_ text: String, path: String, _ issues: inout [KnowledgeIssue]) -> [KnowledgeTopic] {
        guard let root = composeYAML(text, path: path, &issues) else { return [] }
        guard let mapping = root.mapping else {
            issues.append(KnowledgeIssue(file: path, line: 1, message: L(.kbIssueTopicsShape)))
            return []
        }
        var topics: [KnowledgeTopic] = []
        for (key, value) in mapping {
            let line = key.mark?.line
            guard let slug = key.string, EntryParser.isSlug(slug),
                let zh = value.mapping?["zh"]?.string, let en = value.mapping?["en"]?.string, !zh.isEmpty, !en.isEmpty
            else {
                issues.append(
                    KnowledgeIssue(
                        file: path, line: line, message: L(.kbIssueBadTopic, ["value": key.string ?? "?"])))
                continue
            }
            topics.append(KnowledgeTopic(slug: slug, zh: zh, en: en))
        }
        return topics
    }

    static func parseSynonyms(_ text: String, path: String, _ issues: inout [KnowledgeIssue]) -> SynonymTable {
        guard let root = composeYAML(text, path: path, &issues) else { return .empty }
        guard let mapping = root.mapping else {
            issues.append(KnowledgeIssue(file: path, line: 1, message: L(.kbIssueSynonymsShape)))
            return .empty
        }
        var table = SynonymTable()
        func terms(_ node: Node?) -> [String]? {
            guard let sequence = node?.sequence else { return nil }
            let values = sequence.compactMap { $0.scalar?.string.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            return values.count == sequence.count && !values.isEmpty ? values : nil
        }
        /// An optional `weight` between 0 and 1 (what an expansion counts for).
        func weight(_ node: Node?, line: Int?) -> Double? {
            guard let node else { return SynonymTable.defaultWeight }
            guard let text = node.scalar?.string, let w = Double(text), w > 0, w <= 1 else {
                issues.append(KnowledgeIssue(file: path, line: line, message: L(.kbIssueBadSynonymWeight)))
                return nil
            }
            return w
        }
        for (key, value) in mapping {
            switch key.string {
            case "groups":
                for item in value.sequence ?? [] {
                    // A plain list, or {terms: [...], weight: 0.6}.
                    if let group = terms(item) ?? terms(item.mapping?["terms"]), group.count >= 2 {
                        guard let w = weight(item.mapping?["weight"], line: item.mark?.line) else { continue }
                        table.groups.append(group)
                        table.groupWeights.append(w)
                    } else {
                        issues.append(
                            KnowledgeIssue(file: path, line: item.mark?.line, message: L(.kbIssueBadSynonymGroup)))
                    }
                }
            case "one_way":
                for item in value.sequence ?? [] {
                    if let from = terms(item.mapping?["from"]), let to = terms(item.mapping?["to"]) {
                        guard let w = weight(item.mapping?["weight"], line: item.mark?.line) else { continue }
                        table.oneWay.append(SynonymTable.OneWay(from: from, to: to, weight: w))
                    } else {
                        issues.append(
                            KnowledgeIssue(file: path, line: item.mark?.line, message: L(.kbIssueBadSynonymRule)))
                    }
                }
            default:
                issues.append(
                    KnowledgeIssue(
                        file: path, line: key.mark?.line, severity: .warning,
                        message: L(.kbIssueUnknownField, ["field": key.string ?? "?", "accepted": "groups one_way"]))
                )
            }
        }
        return table
    }

    private static func composeYAML(_ text: String, path: String, _ issues: inout [KnowledgeIssue]) -> Node? {
        do {
            return try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            let (line, problem) = EntryParser.describe(error)
            issues.append(KnowledgeIssue(file: path, line: line, message: L(.kbIssueYaml, ["problem": problem])))
        } catch {
            issues.append(
                KnowledgeIssue(
                    file: path, line: nil, message: L(.kbIssueYaml, ["problem": String(describing: error)])))
        }
        return nil
    }
}
