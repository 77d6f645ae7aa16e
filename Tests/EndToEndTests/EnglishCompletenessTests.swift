import EcoVolKit
import Foundation
import JSONTestSupport
import Testing

/// English mode is complete: every command run with `--lang en` on a demo store prints no
/// Chinese text or full-width punctuation except what the user typed or stored (names,
/// titles, organisations, venues), the Chinese knowledge bodies, and the Chinese command and
/// key aliases that help lists on purpose.
@Suite(
    "English mode is complete",
    .serialized,
    .enabled(if: EcoVolBinary.exists, "needs the built binary")
)
struct EnglishCompletenessTests {
    /// Ideographs, CJK punctuation and full-width forms.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x3000...0x303F).contains(v) || (0x3400...0x9FFF).contains(v) || (0xFF00...0xFFEF).contains(v)
    }

    /// The maximal runs of CJK characters in `text`.
    static func cjkRuns(_ text: String) -> [String] {
        var runs: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                current.append(scalar)
            } else if !current.isEmpty {
                runs.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { runs.append(String(current)) }
        return runs
    }

    /// Every string value in a JSON document, except under `skipping` keys.
    static func strings(in value: JSONValue, skipping: Set<String>) -> [String] {
        switch value {
        case .string(let s): return [s]
        case .array(let items): return items.flatMap { strings(in: $0, skipping: skipping) }
        case .object(let pairs):
            return pairs.filter { !skipping.contains($0.0) }.flatMap { strings(in: $0.1, skipping: skipping) }
        default: return []
        }
    }

    /// The knowledge files with their `title:` lines removed: bodies, sources, materials and
    /// the topic vocabulary may be Chinese, the heading of an English answer may not.
    static func knowledgeText() throws -> String {
        let root = EcoVolBinary.packageRoot.appendingPathComponent("knowledge")
        var text = ""
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".md") || file.hasSuffix(".yaml") {
            guard file != "FORMAT.md" else { continue }
            let content = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            text += content.split(separator: "\n").filter { !$0.hasPrefix("title:") }.joined(separator: "\n") + "\n"
        }
        return text
    }

    @Test func everyCommandInEnglishShowsNoChineseOfItsOwn() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let store = home + "/demo"
        let demo = try EcoVolBinary.run(["demo", store], home: home)
        #expect(demo.status == 0, "\(demo.stderr)")
        func json(_ line: String) throws -> JSONValue {
            let result = try EcoVolBinary.run(["--store", store, "--json", "-c", line], home: home)
            return try JSONValue.parse(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        // What the user stored (cities excepted: those have English names).
        let people = try json("/people")
        let sessions = try json("/sessions all")
        let projects = try json("/projects")
        let ownProjects = projects["projects"]?.arrayValue?.filter { $0["built_in"] == .bool(false) } ?? []
        var exempt =
            Self.strings(in: people, skipping: ["city"])
            + Self.strings(in: sessions, skipping: ["city", "type", "status", "audience"])
        exempt += ownProjects.flatMap { Self.strings(in: $0, skipping: ["city"]) }
        // Counties and districts are typed by the user beside the city.
        exempt += sessions["sessions"]?.arrayValue?.compactMap { $0["county"]?.stringValue } ?? []
        // The Chinese aliases of commands and keys, listed by help on purpose.
        let help = try json("/help")
        exempt += Self.strings(in: help, skipping: ["summary", "group", "title"])
        for type in CommandRegistry.standard.commands {
            exempt += type.configuration.aliases
            exempt += type.configuration.keys.flatMap(\.aliases)
        }
        let corpus = exempt.joined(separator: "\u{0}") + "\u{0}" + (try Self.knowledgeText())

        let sessionIDs = (sessions["sessions"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        let personID = try #require(people["people"]?.arrayValue?.first?["id"]?.stringValue)
        let first = try #require(sessionIDs.first)
        let last = try #require(sessionIDs.last)
        var lines = [
            "how to sort waste", "/ask wetland protection", "/show fact-wetlands", "/topics", "/tips", "/points",
            "/tip", "/dates",
            "/kb stats", "/kb check", "/sessions", "/sessions all", "/session \(first)", "/session \(last)",
            "/projects", "/people",
            "/person \(personID)", "/report 2026", "/stars", "/nominate 2026", "/check", "/certificate \(personID)",
            "/record \(personID)",
            "/outline \(first)", "/lang", "/help",
            // Refusals: each names the field and what is accepted, in English.
            "/schedule title=Test start=2026-13-01 type=lecture city=Guiyang duration=2h",
            "/schedule title=Test start=tomorrow type=party city=Guiyang duration=2h",
            "/schedule title=Test start=\"tomorrow 9:30\" type=lecture city=nowhere duration=2h",
            "/edit \(last) duration=1.5x", "/done \(last) reached=abc", "/mark \(last) nobody rating=9", "/show nosuch",
            "/session nosuch",
            "/report 2026-13", "/stars thresholds=1,2,3", "/lang fr", "/nosuch", "/help nosuch",
        ]
        lines += CommandRegistry.standard.commands.map { "/help " + $0.configuration.name }
        let cityNames = Set(City.all.flatMap { [$0.name, $0.shortName] + $0.aliases })
        var violations: [String] = []
        for line in lines {
            let result = try EcoVolBinary.run(
                ["--store", store, "--lang", "en", "-c", line], home: home, environment: ["COLUMNS": "100"])
            for outputLine in (result.stdout + "\n" + result.stderr).split(separator: "\n") {
                // Without colour, matched terms are marked 【…】 inside the (Chinese) body.
                let unmarked = outputLine.replacingOccurrences(of: "【", with: "").replacingOccurrences(
                    of: "】", with: "")
                // A city alone is never user data: it has an English name.
                for run in Self.cjkRuns(unmarked) where cityNames.contains(run) || !corpus.contains(run) {
                    violations.append("\(line) → \(run) in: \(outputLine)")
                }
            }
        }
        let report = TerminalSafeText.sanitize(violations.prefix(60).joined(separator: "\n"))
        if !violations.isEmpty { print("English mode shows Chinese:\n" + report) }
        #expect(violations.isEmpty, "\(violations.count) Chinese pieces in English mode:\n\(report)")
    }
}
