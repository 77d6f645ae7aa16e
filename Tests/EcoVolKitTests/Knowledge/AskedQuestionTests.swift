import Foundation
import Testing

@testable import EcoVolKit

/// Questions written the way people type them (colloquial, long, lecturers' requests,
/// English, mixed, traditional characters, typos, uncovered-but-environmental and off-topic),
/// written from the domain before the entries were looked at, then labelled with the entries
/// that may answer them (`expect` empty: the knowledge base does not cover it and the
/// question must be refused). Half of each category is the development half the answer
/// decision was fitted and tuned on; the other half is held out and only measured.
///
/// Prints top-1, top-3 and refusal rate per category for both halves, and the precision and
/// recall of the answer decision on the held-out half; fails under the goals below.
@Suite("Asked questions")
struct AskedQuestionTests {
    /// A labelled question (the judged set's items decode too, without a half).
    struct Asked: Decodable {
        var category: String
        var query: String
        var expect: [String]
        var half: String?
    }

    struct Tally {
        var top1 = 0
        var top3 = 0
        var refused = 0
        var count = 0
        mutating func add(ok1: Bool, ok3: Bool, answered: Bool) {
            top1 += ok1 ? 1 : 0
            top3 += ok3 ? 1 : 0
            refused += answered ? 0 : 1
            count += 1
        }
        func share(_ v: Int) -> Double { count == 0 ? 0 : Double(v) / Double(count) }
    }

    /// One labelled set and the floors its run must hold.
    struct LabelledSet: Sendable, CustomTestStringConvertible {
        var file: String
        var minimumCount: Int
        var categories: [String]
        var minimumTop1: Double
        var minimumTop3: Double
        var minimumRefused: Double
        var minimumCategoryTop1: Double
        /// All of it held out (no development half): its misses are counted, never printed,
        /// and a question of any category may turn out uncovered.
        var heldOutOnly = false
        /// Every question of a refusal category must be refused and no other (the older sets'
        /// rule); a set labelled strictly by what the entries hold says false.
        var labelsFollowCategory = true
        /// Questions that must be refused (a small set focused on one category holds fewer).
        var minimumRefusals = 30
        var testDescription: String { file }
    }

    // What the tests hold: the figures reached when the answer decision was last fitted,
    // less a small margin. Below the goals where the goals are not reached yet; the run
    // prints both, and the gap.
    static let sets: [LabelledSet] = [
        // Reached at the last fit: top-1 86.2 %, top-3 95.3 %, refused 72.7 % (dev 81.5 %, held
        // 64.3 %), weakest category 68.8 % (lecturer, dev) and 76.5 % (English, held).
        LabelledSet(
            file: "AskedQuestions.json", minimumCount: 300,
            categories: [
                "short", "typo", "colloquial", "english", "lecturer", "mixed", "long", "traditional", "uncovered",
                "offtopic",
            ],
            minimumTop1: 0.84, minimumTop3: 0.93, minimumRefused: 0.70, minimumCategoryTop1: 0.65),
        // A second set written later, the same way, before its entries were read: volunteers,
        // lecturers and coordinators; `niche` holds environmental questions written as likely
        // uncovered that the knowledge base turned out to answer. Measured through the binary before
        // any tuning on it: covered top-1 71.8 %, top-3 79.1 %, refused 87.9 %; held-out half
        // 72.7 % / 76.4 % / 87.5 %, weakest category coordinator (held) 16.7 %. Floors are those
        // less a margin, far under the goals (90 / 97 / 90 / 80), which are printed beside them.
        LabelledSet(
            file: "UnseenQuestions.json", minimumCount: 120,
            categories: [
                "colloquial", "lecturer", "coordinator", "english", "mixed", "traditional", "typo", "long", "niche",
                "uncovered", "offtopic",
            ],
            minimumTop1: 0.65, minimumTop3: 0.72, minimumRefused: 0.75, minimumCategoryTop1: 0.15),
        // A third set, all held out: 200 questions written from the policy text alone, before the
        // entries, the code or the other sets were read, then labelled (36 with no entry that
        // answers). Never tuned on; its misses are not printed. First measured through the binary:
        // covered top-1 61.3 %, top-3 73.8 %, refused 90.6 % (32). Reached here once questions
        // stopped being read as commands and the decision was refitted: top-1 65.9 %, top-3
        // 79.3 %, refused 83.3 % of the 36 unanswerable (long questions 40 % top-1, the weakest
        // large category). Floors are those less a margin.
        LabelledSet(
            file: "FreshQuestions.json", minimumCount: 200,
            categories: [
                "short", "colloquial", "long", "lecturer", "english", "mixed", "traditional", "typo", "uncovered",
                "offtopic",
            ],
            minimumTop1: 0.62, minimumTop3: 0.75, minimumRefused: 0.78, minimumCategoryTop1: 0.30,
            heldOutOnly: true),
        // A fourth set (2026-12-03): 180 questions written from the policy text and the domain
        // notes before the knowledge base was opened, then labelled strictly by what the entries
        // hold, whatever the category (46 to refuse at first; two coordinator questions became
        // answerable when their entries were written). First measured through the binary: covered
        // top-1 62.5 % dev / 57.4 % held, refused 60 % / 80 %; lecturers' requests 24 % (most of
        // them are read as /outline requests by the binary). Reached in process after the first
        // tuning on its development half: covered top-1 73.5 %, top-3 86.0 %, refused 68.2 %,
        // weakest category coordinator (held) 40 %. Floors are those less a margin.
        LabelledSet(
            file: "SpokenQuestions.json", minimumCount: 180,
            categories: [
                "colloquial", "long", "lecturer", "coordinator", "english", "mixed", "typo", "traditional",
                "uncovered", "offtopic",
            ],
            minimumTop1: 0.70, minimumTop3: 0.82, minimumRefused: 0.62, minimumCategoryTop1: 0.35,
            labelsFollowCategory: false),
        // A fifth set (2026-12-04): 81 mixed Chinese-English and English questions typed the way
        // volunteers type them (an English word dropped into a Chinese sentence, English framing
        // and audience words), written before the entries were read, then labelled; 16 to refuse.
        // First measured through the binary on its development half: covered top-1 63.6 %, top-3
        // 93.9 %, refused 87.5 %. Floors are those less a margin.
        LabelledSet(
            file: "MixedQuestions.json", minimumCount: 80,
            categories: ["mixed", "english", "uncovered", "offtopic"],
            minimumTop1: 0.60, minimumTop3: 0.85, minimumRefused: 0.75, minimumCategoryTop1: 0.40,
            minimumRefusals: 15),
        // A sixth set (2026-12-07): 160 questions written from the policy text and the README
        // before the entries were opened (a retired teacher, a village cadre, a student, a
        // lecturer, a foreign resident, a county coordinator), then labelled strictly by what the
        // entries hold (30 to refuse, four of them questions that sound covered). First measured
        // through the binary before any change: covered top-1 64.2 % dev / 68.7 % held, top-3
        // 82.1 % / 83.6 %, refused 92.3 % / 76.9 %; lecturers' requests the weakest category
        // (40 % dev, 20 % held: activities, dates and audience entries ahead of talking points).
        // Refitting both models with its development half, and demoting activities and dates for
        // a lecturer's request, each raised the development figures and lowered the held-out
        // ones of the other sets, so neither was kept. Floors are those less a margin.
        LabelledSet(
            file: "AutumnQuestions.json", minimumCount: 160,
            categories: [
                "short", "colloquial", "long", "lecturer", "coordinator", "english", "mixed", "typo", "traditional",
                "uncovered", "offtopic",
            ],
            minimumTop1: 0.62, minimumTop3: 0.79, minimumRefused: 0.78, minimumCategoryTop1: 0.15,
            labelsFollowCategory: false),
    ]

    /// Categories with fewer questions than this are reported but not held to the category
    /// floor: the fresh set's three held "niche" questions (rare covered topics) went from one
    /// answered to none when the refitted decision began refusing weak matches (refusals 86.5 →
    /// 92.4 % over the held halves), one question being 33 points of the category.
    static let smallestFlooredCategory = 5

    static func load(_ file: String = "AskedQuestions.json") throws -> [Asked] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(file)
        return try JSONDecoder().decode([Asked].self, from: Data(contentsOf: url))
    }

    static let refusalCategories: Set<String> = ["uncovered", "offtopic"]

    // The goals (issue 12): covered questions top-1 and top-3 over both halves; uncovered and
    // off-topic questions refused; no category under the last figure.
    static let goalTop1 = 0.90
    static let goalTop3 = 0.97
    static let goalRefused = 0.90
    static let goalCategoryTop1 = 0.80
    @Test(arguments: AskedQuestionTests.sets) func theSetIsWrittenAsPeopleAskAndSplitInHalves(_ labelled: LabelledSet)
        throws
    {
        let asked = try Self.load(labelled.file)
        #expect(asked.count >= labelled.minimumCount)
        #expect(
            asked.filter { $0.expect.isEmpty }.count >= labelled.minimumRefusals,
            "at least \(labelled.minimumRefusals) questions must be refused")
        let categories = Set(asked.map(\.category))
        for c in labelled.categories {
            #expect(categories.contains(c), "category \(c)")
            let items = asked.filter { $0.category == c }
            let dev = items.filter { $0.half == "dev" }.count
            #expect(labelled.heldOutOnly ? dev == 0 : abs(dev * 2 - items.count) <= 1, "\(c) is split in halves")
        }
        for item in asked {
            if !labelled.labelsFollowCategory {
                // Labelled by what the entries hold: any category may be either way.
            } else if labelled.heldOutOnly {
                #expect(!Self.refusalCategories.contains(item.category) || item.expect.isEmpty, "\(item.query)")
            } else {
                #expect(
                    item.expect.isEmpty == Self.refusalCategories.contains(item.category),
                    "\(item.query): labels match its category")
            }
            #expect(["dev", "held"].contains(item.half ?? ""))
        }
        #expect(Set(asked.map(\.query)).count == asked.count, "no question twice")
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        guard !base.entries.isEmpty else { return }
        for item in asked {
            let missing = item.expect.filter { base.entry(id: $0) == nil }
            #expect(missing.isEmpty, "\(item.query): unknown ids \(missing)")
        }
    }

    @Test(arguments: AskedQuestionTests.sets) func answersAndRefusalsOnBothHalves(_ labelled: LabelledSet) throws {
        let asked = try Self.load(labelled.file)
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        guard !base.entries.isEmpty else {
            print("Asked questions: no entries in \(KnowledgeFixtures.repositoryKnowledge); nothing to judge")
            return
        }
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        var tallies: [String: [String: Tally]] = [:]
        var covered: [String: Tally] = [:]
        var refusals: [String: Tally] = [:]
        // Answer decision on the held-out half: answered and right / answered / should answer.
        var answeredRight = 0
        var answeredAll = 0
        var shouldAnswer = 0
        var misses: [String] = []
        var heldMisses = 0
        for item in asked {
            let hits = index.search(item.query, options: SearchOptions(limit: 3))
            let answered = hits.first?.isConfident ?? false
            let ok1: Bool
            let ok3: Bool
            if item.expect.isEmpty {
                ok1 = !answered
                ok3 = !answered
                refusals[item.half ?? "dev", default: Tally()].add(ok1: ok1, ok3: ok3, answered: answered)
            } else {
                ok1 = answered && item.expect.contains(hits[0].id)
                ok3 = answered && hits.contains { item.expect.contains($0.id) }
                covered[item.half ?? "dev", default: Tally()].add(ok1: ok1, ok3: ok3, answered: answered)
            }
            let half = item.half ?? "dev"
            tallies[half, default: [:]][item.category, default: Tally()].add(ok1: ok1, ok3: ok3, answered: answered)
            if item.half == "held" {
                if answered { answeredAll += 1 }
                if answered, !item.expect.isEmpty, hits.contains(where: { item.expect.contains($0.id) }) {
                    answeredRight += 1
                }
                if !item.expect.isEmpty { shouldAnswer += 1 }
            }
            if !ok1, half == "held", !labelled.heldOutOnly {
                heldMisses += 1
            } else if !ok1 {
                let shown = hits.map { String(format: "%@ %.2f", $0.id, $0.score) }
                misses.append(
                    "\(ok3 ? "top-3" : "miss ") [\(item.category)/\(half)] \(item.query) → \(answered ? "answered" : "refused") \(shown) expected \(item.expect.prefix(3))"
                )
            }
        }
        var weakest: [String: (String, Double)] = [:]
        for half in ["dev", "held"] {
            print("\(labelled.file), \(half) half: category top-1 / top-3 / refused / n")
            for (category, t) in (tallies[half] ?? [:]).sorted(by: { $0.key < $1.key }) {
                print(
                    "  " + category.padding(toLength: 12, withPad: " ", startingAt: 0)
                        + String(
                            format: " %5.1f%% %5.1f%% %5.1f%% %3d", t.share(t.top1) * 100, t.share(t.top3) * 100,
                            t.share(t.refused) * 100, t.count))
                // A category of a handful of questions moves a third at a time: reported, not floored.
                if !Self.refusalCategories.contains(category), t.count >= Self.smallestFlooredCategory,
                    t.share(t.top1) < (weakest[half]?.1 ?? 2)
                {
                    weakest[half] = (category, t.share(t.top1))
                }
            }
            let c = covered[half] ?? Tally()
            let r = refusals[half] ?? Tally()
            print(
                String(
                    format: "  covered: top-1 %.1f%%, top-3 %.1f%% (%d); uncovered and off-topic refused %.1f%% (%d)",
                    c.share(c.top1) * 100, c.share(c.top3) * 100, c.count, r.share(r.refused) * 100, r.count))
        }
        let precision = answeredAll == 0 ? 0 : Double(answeredRight) / Double(answeredAll)
        let recall = shouldAnswer == 0 ? 0 : Double(answeredRight) / Double(shouldAnswer)
        print(
            String(
                format:
                    "Answer decision on the held-out half: precision %.1f%% (%d/%d answered with a right entry in the top 3), recall %.1f%% (%d/%d)",
                precision * 100, answeredRight, answeredAll, recall * 100, answeredRight, shouldAnswer))
        // Held-out misses are counted, never printed: reading them would make them a tuning set.
        if labelled.heldOutOnly {
            print("  \(misses.count) misses (a held-out set: not printed)")
        } else {
            for line in misses { print("  " + line) }
            print("  \(heldMisses) held-out misses (counted above, not printed)")
        }

        var all = Tally()
        var allRefused = Tally()
        for half in ["dev", "held"] {
            let c = covered[half] ?? Tally()
            all.top1 += c.top1
            all.top3 += c.top3
            all.count += c.count
            let r = refusals[half] ?? Tally()
            allRefused.refused += r.refused
            allRefused.count += r.count
        }
        print(
            String(
                format:
                    "Both halves: covered top-1 %.1f%% (goal %.0f%%), top-3 %.1f%% (goal %.0f%%), refused %.1f%% (goal %.0f%%)",
                all.share(all.top1) * 100, Self.goalTop1 * 100, all.share(all.top3) * 100, Self.goalTop3 * 100,
                allRefused.share(allRefused.refused) * 100, Self.goalRefused * 100))
        for half in ["dev", "held"] {
            if let (category, share) = weakest[half] {
                print(
                    "  \(half) half: weakest category \(category) at "
                        + String(format: "%.1f%% top-1 (goal %.0f%%)", share * 100, Self.goalCategoryTop1 * 100))
            }
        }
        #expect(all.share(all.top1) >= labelled.minimumTop1, "covered top-1 \(all.share(all.top1))")
        #expect(all.share(all.top3) >= labelled.minimumTop3, "covered top-3 \(all.share(all.top3))")
        #expect(
            allRefused.share(allRefused.refused) >= labelled.minimumRefused,
            "refused \(allRefused.share(allRefused.refused))")
        for half in ["dev", "held"] {
            if let (category, share) = weakest[half] {
                #expect(share >= labelled.minimumCategoryTop1, "\(half): weakest category \(category) at \(share)")
            }
        }
    }
}

/// Writes what the answer decision reads for every question of the development halves (asked,
/// unseen, spoken, winter and dawn sets) and of the judged set, for `Scripts/fit-answer-decision.py`; only when
/// `ECOVOL_DECISION_FEATURES` names the file to write (a run of the suite writes nothing).
@Suite("Answer decision features")
struct AnswerDecisionFeatureDump {
    typealias Judged = AskedQuestionTests.Asked

    @Test func writeFeaturesWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["ECOVOL_DECISION_FEATURES"], !path.isEmpty else { return }
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let asked = try JSONDecoder().decode(
            [Judged].self, from: Data(contentsOf: folder.appendingPathComponent("AskedQuestions.json")))
        let unseen = try JSONDecoder().decode(
            [Judged].self, from: Data(contentsOf: folder.appendingPathComponent("UnseenQuestions.json")))
        let spoken = try JSONDecoder().decode(
            [Judged].self, from: Data(contentsOf: folder.appendingPathComponent("SpokenQuestions.json")))
        let winter = try JSONDecoder().decode(
            [Judged].self, from: Data(contentsOf: folder.appendingPathComponent("WinterQuestions.json")))
        let dawn = try JSONDecoder().decode(
            [Judged].self, from: Data(contentsOf: folder.appendingPathComponent("DawnQuestions.json")))
        let judged = try JSONDecoder().decode(
            [Judged].self, from: Data(contentsOf: folder.appendingPathComponent("JudgedQueries.json")))
        let (base, _) = KnowledgeBase.load(directories: [KnowledgeFixtures.repositoryKnowledge])
        let index = SearchIndex(entries: base.entries, synonyms: base.synonyms)
        var lines = [
            "source\thalf\tcategory\tquery\tlabel\ttop1\trefuse\t" + AnswerFeatures.names.joined(separator: "\t")
        ]
        let sets = [
            ("asked", asked), ("unseen", unseen), ("spoken", spoken), ("winter", winter), ("dawn", dawn),
            ("judged", judged),
        ]
        for (source, items) in sets {
            // The held-out halves stay out of the file, not only out of the fit.
            for item in items where item.half != "held" {
                let hits = index.search(item.query, options: SearchOptions(limit: 3))
                guard let best = hits.first, let features = best.features else { continue }
                let right = !item.expect.isEmpty && hits.contains { item.expect.contains($0.id) }
                let top1 = !item.expect.isEmpty && item.expect.contains(best.id)
                let row =
                    [
                        source, item.half ?? "dev", item.category, item.query, right ? "1" : "0", top1 ? "1" : "0",
                        item.expect.isEmpty ? "1" : "0",
                    ] + features.vector.map { String($0) }
                lines.append(row.joined(separator: "\t"))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
