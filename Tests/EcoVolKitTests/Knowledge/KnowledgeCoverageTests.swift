import Foundation
import Testing

@testable import EcoVolKit

/// The content bars of the knowledge-content issue, asserted on the entries as LOADED (an
/// entry with an error is not loaded, so a broken file cannot be counted): how many entries
/// of each kind, how many for each audience and service type, and that every entry carries
/// what a lecturer needs (English title and summary, keywords in both languages, audiences,
/// a source) with a body of speakable length.
@Suite("Knowledge coverage")
struct KnowledgeCoverageTests {
    static let minimumByKind: [KnowledgeKind: Int] = [
        .point: 80, .tip: 100, .fact: 50, .date: 20, .qa: 40, .activity: 20, .case: 10,
    ]
    static let minimumTotal = 320
    static let minimumPerAudience = 40
    static let minimumPerServiceType = 20

    static func load() -> (KnowledgeBase, [KnowledgeIssue]) {
        KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
    }

    @Test func theFolderChecksCleanly() {
        let (_, issues) = Self.load()
        #expect(issues.isEmpty, "\(issues.map { $0.formatted(.en) })")
    }

    @Test func countsByKindAndInTotal() {
        let (base, _) = Self.load()
        var byKind: [KnowledgeKind: Int] = [:]
        for entry in base.entries { byKind[entry.kind, default: 0] += 1 }
        print(
            "Knowledge coverage: \(base.entries.count) entries; "
                + KnowledgeKind.allCases.map { "\($0.rawValue) \(byKind[$0] ?? 0)" }.joined(separator: ", "))
        #expect(base.entries.count >= Self.minimumTotal)
        for (kind, minimum) in Self.minimumByKind.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            #expect((byKind[kind] ?? 0) >= minimum, "\(kind.rawValue): \(byKind[kind] ?? 0) < \(minimum)")
        }
    }

    @Test func everyAudienceAndServiceTypeIsCovered() {
        let (base, _) = Self.load()
        var audiences: [String: Int] = [:]
        var services: [String: Int] = [:]
        for entry in base.entries {
            for a in Set(entry.audiences) { audiences[a, default: 0] += 1 }
            for s in Set(entry.serviceTypes) { services[s, default: 0] += 1 }
        }
        print(
            "Knowledge coverage by audience: "
                + KnowledgeVocabulary.audiences.map { "\($0) \(audiences[$0] ?? 0)" }.joined(separator: ", "))
        print(
            "Knowledge coverage by service type: "
                + KnowledgeVocabulary.serviceTypes.map { "\($0) \(services[$0] ?? 0)" }.joined(separator: ", "))
        for a in KnowledgeVocabulary.audiences {
            #expect((audiences[a] ?? 0) >= Self.minimumPerAudience, "\(a): \(audiences[a] ?? 0)")
        }
        for s in KnowledgeVocabulary.serviceTypes {
            #expect((services[s] ?? 0) >= Self.minimumPerServiceType, "\(s): \(services[s] ?? 0)")
        }
    }

    @Test func everyEntryCarriesItsFields() {
        let (base, _) = Self.load()
        #expect(!base.entries.isEmpty)
        for e in base.entries {
            let blank = { (s: String) in s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
            #expect(
                !blank(e.title) && !blank(e.titleEn) && !blank(e.summaryEn), "\(e.id): title, title_en and summary_en")
            #expect(!blank(e.source), "\(e.id): source")
            #expect(!e.audiences.isEmpty, "\(e.id): audiences")
            #expect(!e.serviceTypes.isEmpty, "\(e.id): service_types")
            let chinese = e.keywords.contains { $0.unicodeScalars.contains { TextNormalizer.isCJK($0.value) } }
            let english = e.keywords.contains {
                $0.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            }
            #expect(chinese && english, "\(e.id): keywords in Chinese and English")
            if e.kind == .point { #expect(e.suits.map { !blank($0) } == true, "\(e.id): suits") }
            if e.kind == .activity { #expect(e.materials != nil && e.minutes != nil, "\(e.id): materials and minutes") }
            if e.kind == .date { #expect(e.day != nil, "\(e.id): day") }
        }
    }

    @Test func bodiesAreOfSpeakableLength() {
        let (base, _) = Self.load()
        for e in base.entries {
            guard let range = e.kind.bodyLengthRange else { continue }
            let n = KnowledgeKind.chineseCharacterCount(e.body)
            #expect(range.contains(n), "\(e.id): \(n) Chinese characters, expected \(range)")
        }
    }

    @Test func checkWarnsAboutBodyLength() throws {
        let dir = try KnowledgeFixtures.makeBase()
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-too-short", title: "太短", body: "太短了。"), to: dir + "/tip/tip-too-short.md")
        let long = String(repeating: "这是一段很长的正文，", count: 50)  // 450 characters
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "fact-too-long", kind: "fact", title: "太长", body: long),
            to: dir + "/fact/fact-too-long.md")
        let (base, issues) = KnowledgeBase.load(directories: [dir])
        let warnings = issues.filter { $0.severity == .warning }.map { $0.formatted(.en) }
        #expect(warnings.contains { $0.contains("tip-too-short.md") && $0.contains("60–200") })
        #expect(warnings.contains { $0.contains("fact-too-long.md") && $0.contains("150–400") })
        #expect(base.entry(id: "tip-too-short") != nil, "a warning does not stop an entry from loading")
    }
}
