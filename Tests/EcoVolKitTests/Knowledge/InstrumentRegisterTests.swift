import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The instrument register and the citation audit built on it: what `knowledge check`
/// warns about, what `/kb review` lists, and that the shipped register covers every
/// citation in the shipped entries.
@Suite("Instrument register")
struct InstrumentRegisterTests {
    static let register = """
        - name: 中华人民共和国生态环境法典
          aliases: [生态环境法典]
          name_en: Ecological Environment Code
          kind: law
          adopted: 2026-03-12
          in_force: 2026-08-15
        - name: 中华人民共和国环境保护法
          aliases: [环境保护法, 环保法]
          name_en: Environmental Protection Law
          kind: law
          revised:
            - {adopted: 2014-04-24, in_force: 2015-01-01, renumbered: true}
          replaced_by: 中华人民共和国生态环境法典
          replaced_on: 2026-08-15
        - name: 中华人民共和国海洋环境保护法
          aliases: [海洋环境保护法]
          kind: law
        - name: 中华人民共和国渔业法
          aliases: [渔业法]
          kind: law
          revised:
            - {adopted: 2025-12-27, in_force: 2026-05-01, renumbered: true}
        - name: 环境空气质量标准
          number: GB 3095-2012
          kind: standard
          replaced_by: GB 3095-2026
          replaced_on: 2026-03-01
        - name: 环境空气质量标准
          number: GB 3095—2026
          kind: standard
          in_force: 2026-03-01
          changes:
            - {date: 2031-01-01, note: 第二阶段限值, note_en: stage-two limits}
        - name: 志愿服务条例
          kind: regulation
          in_force: 2017-12-01
        """

    /// A folder with the register and the given entries (id → extra front matter and body).
    static func folder(
        _ entries: [(id: String, kind: String, extra: String, body: String)], register: String = register
    ) throws -> String {
        let dir = try KnowledgeFixtures.temporaryDirectory()
        try KnowledgeFixtures.write(KnowledgeFixtures.topics, to: dir + "/topics.yaml")
        try KnowledgeFixtures.write(register, to: dir + "/instruments.yaml")
        for e in entries {
            var text = KnowledgeFixtures.entry(id: e.id, kind: e.kind, title: "标题", extra: e.extra, body: e.body)
            if e.kind == "activity" { text = text.replacingOccurrences(of: "---\n\n---", with: "---") }
            try KnowledgeFixtures.write(text, to: dir + "/\(e.kind)/\(e.id).md")
        }
        return dir
    }

    static func warnings(_ dir: String, today: String = "2026-12-01") -> [String] {
        KnowledgeCheck.issues(directories: [dir], today: today).1.filter { $0.severity == .warning }.map {
            $0.formatted(.en)
        }
    }

    @Test func numbersAreNormalised() {
        #expect(InstrumentRegister.normalizedNumber("GB 3095—2026") == "GB 3095-2026")
        #expect(InstrumentRegister.normalizedNumber("gb3095-2026") == "GB 3095-2026")
        #expect(InstrumentRegister.normalizedNumber("GB/T 19095－2019") == "GB/T 19095-2019")
        #expect(InstrumentRegister.normalizedNumber("HJ 633 - 2012") == "HJ 633-2012")
        #expect(InstrumentRegister.normalizedNumber("GB 3095") == nil)
        #expect(InstrumentRegister.normalizedNumber("环境空气质量标准") == nil)
        #expect(CitationScanner.standardNumbers(in: "按GB 3095—2026和HJ633-2012计算") == ["GB 3095—2026", "HJ633-2012"])
    }

    @Test func titlesAreFoundWithOrWithoutTheStatePrefix() throws {
        let (found, issues) = InstrumentRegister.parse(Self.register, path: "instruments.yaml")
        #expect(issues.isEmpty)
        let register = InstrumentRegister(instruments: found)
        #expect(register.instrument(named: "《环境保护法》")?.name == "中华人民共和国环境保护法")
        #expect(register.instrument(named: "中华人民共和国志愿服务条例") == nil || register.contains(title: "志愿服务条例"))
        #expect(register.contains(title: "中华人民共和国渔业法"))
        #expect(register.instrument(number: "GB 3095-2026")?.changes.count == 1)
        #expect(register.instruments(titled: "环境空气质量标准").count == 2)
        #expect(CitationScanner.titles(in: "依据《关于〈决定〉的说明》和《志愿服务条例》") == ["关于〈决定〉的说明", "志愿服务条例"])
    }

    @Test func registerProblemsNameTheLineAndField() {
        let text = """
            - name: 某法
              kind: statute
            - kind: law
            - name: 某标准
              number: ABC
              kind: standard
            - name: 某办法
              kind: rule
              replaced_by: 另一办法
            - name: 某条例
              kind: regulation
              in_force: 2026-13-01
            """
        let (found, issues) = InstrumentRegister.parse(text, path: "instruments.yaml")
        let messages = issues.map { $0.formatted(.en) }
        #expect(
            messages.contains {
                $0.contains("instruments.yaml:1") && $0.contains("statute") && $0.contains("law draft regulation")
            }, "\(messages)")
        #expect(messages.contains { $0.contains("instruments.yaml:3") && $0.contains("name") }, "\(messages)")
        #expect(messages.contains { $0.contains("ABC") })
        #expect(messages.contains { $0.contains("replaced_by and replaced_on go together") })
        #expect(messages.contains { $0.contains("2026-13-01") })
        #expect(found.map(\.name) == ["某标准", "某办法", "某条例"])
        let (_, notAList) = InstrumentRegister.parse("name: 某法", path: "instruments.yaml")
        #expect(notAList.count == 1)
    }

    @Test func aReplacementMissingFromTheRegisterIsNamedWithItsFile() throws {
        let dir = try Self.folder(
            [], register: "- name: 旧办法\n  kind: rule\n  replaced_by: 新办法\n  replaced_on: 2025-01-01\n")
        let (_, issues) = InstrumentRegister.load(directories: [dir])
        #expect(
            issues.map { $0.formatted(.en) } == [
                "\(dir)/instruments.yaml:1: warning: 《旧办法》: replaced_by \"新办法\" is not in the register."
            ])
    }

    @Test func replacedInstrumentsCitedAsCurrentAreFlagged() throws {
        let dir = try Self.folder([
            ("tip-current", "tip", "", "《环境保护法》规定，一切单位和个人都有保护环境的义务。"),
            ("tip-bare", "tip", "", "环保法要求大家保护环境。"),
            ("tip-former", "tip", "", "原《环境保护法》规定，一切单位和个人都有保护环境的义务。"),
            ("tip-same-sentence", "tip", "", "《环境保护法》的这些规定现在都在《生态环境法典》里。"),
            ("tip-question", "tip", "", "还能引用环境保护法吗？"),
            ("tip-marine", "tip", "", "海洋环境保护法保护海洋。"),
            ("tip-law-word", "tip", "", "生态环境保护法律越来越严。"),
            ("tip-old-standard", "tip", "", "PM2.5二级限值按GB 3095-2012是35微克。"),
            ("tip-new-standard", "tip", "", "GB 3095—2026取代GB 3095-2012，二级限值收严。"),
        ])
        let english = dir + "/tip/tip-english.md"
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(
                id: "tip-english", title: "标题", titleEn: "What the Environmental Protection Law says"), to: english)
        let formerly = dir + "/tip/tip-english-former.md"
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(
                id: "tip-english-former", title: "标题", titleEn: "What the former Environmental Protection Law said"),
            to: formerly)
        let codified = dir + "/tip/tip-english-codified.md"
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(
                id: "tip-english-codified", title: "标题",
                titleEn: "The Environmental Protection Law is now part of the Ecological Environment Code"),
            to: codified)
        let warnings = Self.warnings(dir)
        func flagged(_ id: String) -> Bool {
            warnings.contains { $0.contains("\(id) cites") && $0.contains("as current") }
        }
        #expect(flagged("tip-english"))
        #expect(!flagged("tip-english-former"))
        #expect(!flagged("tip-english-codified"))
        #expect(flagged("tip-current"))
        #expect(flagged("tip-bare"))
        #expect(flagged("tip-old-standard"))
        for id in ["tip-former", "tip-same-sentence", "tip-question", "tip-marine", "tip-law-word", "tip-new-standard"]
        {
            #expect(!flagged(id), "\(id): \(warnings)")
        }
        // Before the Code took effect the same entry was current.
        #expect(
            !Self.warnings(dir, today: "2026-08-14").contains {
                $0.contains("tip-current cites") && $0.contains("as current")
            })
    }

    @Test func articlesOfRenumberedLawsNeedAVersion() throws {
        let dir = try Self.folder([
            ("tip-unversioned", "tip", "", "《渔业法》第三十条禁止电鱼。"),
            ("tip-year", "tip", "", "《中华人民共和国渔业法》（2013年修正）第三十条禁止电鱼。"),
            ("tip-before", "tip", "", "修订前的《渔业法》第三十条禁止电鱼。"),
            ("tip-no-article", "tip", "", "《渔业法》禁止电鱼。"),
        ])
        let warnings = Self.warnings(dir)
        func flagged(_ id: String) -> Bool { warnings.contains { $0.contains("\(id) cites an article") } }
        #expect(flagged("tip-unversioned"))
        #expect(!flagged("tip-year"))
        #expect(!flagged("tip-before"))
        #expect(!flagged("tip-no-article"))
    }

    @Test func reviewsOlderThanAChangeAreFlaggedAndFutureChangesAreNot() throws {
        let dir = try Self.folder([
            ("tip-stale", "tip", "", "现行标准是GB 3095—2026。")
        ])
        let stale = dir + "/tip/tip-stale.md"
        try String(contentsOfFile: stale, encoding: .utf8).replacingOccurrences(
            of: "reviewed: 2026-11-29", with: "reviewed: 2026-02-01"
        )
        .write(toFile: stale, atomically: true, encoding: .utf8)
        #expect(
            Self.warnings(dir).contains {
                $0.contains("tip-stale was last reviewed on 2026-02-01") && $0.contains("2026-03-01")
            })
        try String(contentsOfFile: stale, encoding: .utf8).replacingOccurrences(
            of: "reviewed: 2026-02-01", with: "reviewed: 2026-12-01"
        )
        .write(toFile: stale, atomically: true, encoding: .utf8)
        #expect(!Self.warnings(dir).contains { $0.contains("tip-stale was last reviewed") })
        #expect(
            Self.warnings(dir, today: "2026-11-30").contains {
                $0.contains("tip-stale: reviewed (2026-12-01) is after today")
            })
        // The second stage counts once it has come.
        #expect(
            Self.warnings(dir, today: "2031-01-02").contains {
                $0.contains("tip-stale was last reviewed") && $0.contains("stage-two limits")
            })
    }

    @Test func citationsMissingFromTheRegisterAreFlagged() throws {
        let dir = try Self.folder([("tip-unknown", "tip", "", "参见《不存在的办法》和GB 9999-2020。")])
        let warnings = Self.warnings(dir)
        #expect(warnings.contains { $0.contains("《不存在的办法》") && $0.contains("not in the instruments.yaml register") })
        #expect(warnings.contains { $0.contains("GB 9999-2020") })
    }

    @Test func dueForReviewSaysWhy() throws {
        let dir = try Self.folder([
            ("tip-fresh", "tip", "", "《志愿服务条例》规定了志愿者的权利。"),
            ("tip-old-law", "tip", "", "《环境保护法》规定了举报。"),
            ("date-moving", "date", "years: {2025: \"2025-06-25\"}\nrule: 每年公布", "日期每年公布。"),
        ])
        let never = dir + "/tip/tip-fresh-never.md"
        try KnowledgeFixtures.write(
            KnowledgeFixtures.entry(id: "tip-fresh-never", title: "标题", body: "正文。").replacingOccurrences(
                of: "reviewed: 2026-11-29\n", with: ""), to: never)
        let (base, _) = KnowledgeBase.load(directories: [dir])
        let (register, _) = InstrumentRegister.load(directories: [dir])
        let audit = CitationAudit(base: base, register: register, today: "2026-12-01")
        let due = Dictionary(uniqueKeysWithValues: audit.due().map { ($0.entry.id, $0.reasons) })
        #expect(due["tip-fresh"] == nil)
        #expect(
            due["tip-old-law"]?.contains { if case .citesReplaced = $0 { return true } else { return false } } == true)
        #expect(due["date-moving"] == [.dateNotAnnounced(year: 2026)])
        #expect(due["tip-fresh-never"] == [.neverReviewed])
        let later = CitationAudit(base: base, register: register, today: "2028-01-01")
        #expect(
            later.due().first { $0.entry.id == "tip-fresh" }?.reasons.contains {
                if case .reviewedLongAgo = $0 { return true } else { return false }
            } == true)
        let (past, coming) = audit.changes(since: "2025-12-01")
        #expect(
            past.contains {
                $0.instrument.name == "中华人民共和国环境保护法" && $0.date == "2026-08-15" && $0.citing == ["tip-old-law"]
            })
        #expect(coming.contains { $0.date == "2031-01-01" })
    }

    /// The shipped base: every 《…》 title and every standard number in a title, body or
    /// source is in the register (extracted here with its own patterns, not the scanner's).
    @Test func everyCitationInTheShippedEntriesIsRegistered() throws {
        let folder = KnowledgeFixtures.repositoryKnowledge
        let (base, _) = KnowledgeBase.load(directories: [folder])
        let (register, issues) = InstrumentRegister.load(directories: [folder])
        #expect(issues.isEmpty, "\(issues.map { $0.formatted(.en) })")
        let titlePattern = try NSRegularExpression(pattern: "《([^《》\\n]+)》")
        let numberPattern = try NSRegularExpression(
            pattern: "\\b(GB/T|GB|HJ/T|HJ)\\s?\\d+(\\.\\d+)?\\s?[-—–－]\\s?\\d{4}")
        var missing: [String] = []
        for entry in base.entries {
            for text in [entry.title, entry.source, entry.body] {
                let whole = NSRange(text.startIndex..., in: text)
                for match in titlePattern.matches(in: text, range: whole) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    let title = String(text[range])
                    if !register.contains(title: title) { missing.append("\(entry.id): 《\(title)》") }
                }
                for match in numberPattern.matches(in: text, range: whole) {
                    guard let range = Range(match.range, in: text) else { continue }
                    let number = String(text[range])
                    if !register.contains(number: number) { missing.append("\(entry.id): \(number)") }
                }
            }
        }
        #expect(missing.isEmpty, "not in knowledge/instruments.yaml: \(missing)")
        #expect(register.instruments.count >= 100)
    }

    /// The shipped base passes the full check (format, register, audit) on the day it was last
    /// checked: the latest `reviewed` date in it, so that a review today neither fails as
    /// "after today" nor lets the audit's sense of today drift away from the entries.
    @Test func theShippedBaseAuditsCleanly() throws {
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        let lastChecked = try #require(base.entries.compactMap(\.reviewed).max())
        #expect(lastChecked >= "2026-12-02")
        let (_, issues) = KnowledgeCheck.issues(
            directories: [KnowledgeFixtures.repositoryKnowledge], today: lastChecked)
        #expect(issues.isEmpty, "\(issues.prefix(10).map { $0.formatted(.en) })")
    }

    @Test func scannerSurvivesAnyText() async throws {
        let (found, _) = InstrumentRegister.parse(Self.register, path: "instruments.yaml")
        let register = InstrumentRegister(instruments: found)
        await propertyCheck(count: 200, input: TestGen.text(0...80)) { text in
            let noisy = "《环境保护法》a" + text + "。GB 3095-2012"
            let mentions = CitationScanner.scan(noisy, register: register)
            #expect(mentions.count >= 2)
            for (k, mention) in mentions {
                #expect(register.instruments.indices.contains(k))
                #expect(mention.sentence.contains(mention.text))
            }
            _ = InstrumentRegister.normalizedNumber(text)
            _ = CitationScanner.titles(in: text)
        }
    }
}
