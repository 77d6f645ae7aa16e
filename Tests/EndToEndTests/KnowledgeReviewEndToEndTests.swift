import Foundation
import Testing

/// Keeping knowledge current, through the built binary: `ecovol knowledge check` on a folder
/// whose entry cites a replaced law as current, `/kb review`, and `/show OLD-ID`.
@Suite("End to end: knowledge review", .enabled(if: EcoVolBinary.exists, "build the binary first: swift build"))
struct KnowledgeReviewEndToEndTests {
    /// A user folder with a register and two entries, one citing the old law as current and
    /// one that replaced an old id.
    static func folder() throws -> String {
        let dir = EcoVolBinary.temporaryDirectory() + "/kb"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try """
        - name: 中华人民共和国生态环境法典
          aliases: [生态环境法典]
          kind: law
          in_force: 2026-08-15
        - name: 中华人民共和国环境保护法
          aliases: [环境保护法]
          kind: law
          replaced_by: 中华人民共和国生态环境法典
          replaced_on: 2026-08-15
        """.write(toFile: dir + "/instruments.yaml", atomically: true, encoding: .utf8)
        func entry(_ id: String, _ extra: String, _ body: String) -> String {
            """
            ---
            id: \(id)
            kind: tip
            title: 举报的权利
            title_en: The right to report
            summary_en: One sentence.
            topics: [supervision]
            audiences: [community]
            service_types: [education]
            keywords: [举报权利, right to report]
            source: 常识性建议，无具体数据
            updated: 2026-11-29
            reviewed: 2026-11-29
            \(extra)
            ---
            \(body)
            """
        }
        try entry("tip-user-old-law", "", "《环境保护法》规定，公民发现污染可以举报，这是大家都有的权利，记住拨打12369就行了，很方便也很安全，举报人的信息会保密，大家放心。")
            .write(toFile: dir + "/tip-user-old-law.md", atomically: true, encoding: .utf8)
        try entry(
            "tip-user-merged", "replaces: [tip-user-gone]",
            "原《环境保护法》规定公民可以举报，这部法律已编入《生态环境法典》，现在举报照样拨打12369，举报人的信息会保密，大家放心地去反映身边的问题。"
        )
        .write(toFile: dir + "/tip-user-merged.md", atomically: true, encoding: .utf8)
        return dir
    }

    @Test func checkWarnsAboutAReplacedLawCitedAsCurrent() throws {
        let dir = try Self.folder()
        let result = try EcoVolBinary.run(["--lang", "en", "knowledge", "check", dir])
        #expect(result.status == 0, "\(result.stderr)")
        let output = result.stdout + result.stderr
        #expect(output.contains("tip-user-old-law.md: warning: tip-user-old-law cites 环境保护法 as current"))
        #expect(!output.contains("tip-user-merged cites"))
        // The shipped base checks cleanly.
        let shipped = try EcoVolBinary.run(["--lang", "en", "knowledge", "check", "knowledge"])
        #expect(shipped.status == 0)
        #expect((shipped.stdout + shipped.stderr).contains("0 errors, 0 warnings"), "\(shipped.stdout)")
    }

    @Test func reviewAndShowOldIDFromTheCommandLine() throws {
        let dir = try Self.folder()
        let review = try EcoVolBinary.run(["--lang", "zh", "--knowledge", dir, "--no-color", "-c", "/kb review all"])
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("待复核的条目"))
        #expect(review.stdout.contains("tip-user-old-law"))
        let shown = try EcoVolBinary.run([
            "--lang", "zh", "--knowledge", dir, "--no-color", "-c", "/show tip-user-gone",
        ])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("条目 tip-user-gone 已并入 tip-user-merged"))
        let json = try EcoVolBinary.run(["--knowledge", dir, "--json", "-c", "/show tip-user-gone"])
        #expect(json.stdout.contains(#""replaced":"tip-user-gone""#))
    }
}
