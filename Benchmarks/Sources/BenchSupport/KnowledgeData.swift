import EcoVolKit
import Foundation

/// The real knowledge base and the synthetic ones built from it, plus the fixed questions.
public enum KnowledgeData {
    public static func realBase() -> KnowledgeBase {
        let (base, issues) = KnowledgeBase.load(directories: [BenchPaths.knowledge])
        precondition(!base.entries.isEmpty, "no knowledge entries under \(BenchPaths.knowledge): \(issues.count) issues")
        return base
    }

    /// `count` entries (0 = the real size), recombined from the real ones with a fixed seed.
    public static func entries(_ count: Int, from base: KnowledgeBase) -> [KnowledgeEntry] {
        count == 0 ? base.entries : SyntheticKnowledge.entries(from: base.entries, count: count)
    }

    /// The questions asked at every size (the same list for ecovol and SQLite).
    public static func queries(from base: KnowledgeBase) -> [String] {
        SyntheticKnowledge.queries(from: base.entries, count: 400)
    }
}
