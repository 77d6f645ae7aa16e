import EcoVolKit
import Foundation
import JSONTestSupport
import Testing

/// One JSON convention everywhere: UTF-8 text unescaped (only control characters escaped),
/// enumerations as codes rather than labels, whatever `--lang` says; every exported file 0600.
@Suite("JSON convention and export modes", .enabled(if: EcoVolBinary.exists, "needs the built binary"))
struct JSONConventionTests {
    @Test func jsonIsUnescapedUTF8AndUsesCodes() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let store = home + "/demo"
        #expect(try EcoVolBinary.run(["demo", store], home: home).status == 0)
        let lines = [
            "/sessions all", "/people", "/report 2026", "/stars", "/tip", "/dates", "/topics", "/check", "/projects",
            "/lang",
        ]
        for lang in ["zh", "en"] {
            for line in lines {
                let result = try EcoVolBinary.run(["--store", store, "--lang", lang, "--json", "-c", line], home: home)
                #expect(result.status == 0, "\(line): \(result.stderr)")
                // \u escapes only for control characters (U+0000–U+001F).
                let escapes = result.stdout.components(separatedBy: "\\u").dropFirst().map { String($0.prefix(4)) }
                #expect(
                    escapes.allSatisfy {
                        $0.hasPrefix("00") && ($0.dropFirst(2).first.map { "01".contains($0) } ?? false)
                    }, "\(line) escapes \(escapes.prefix(3))")
            }
        }
        let zh = try JSONValue.parse(
            try EcoVolBinary.run(["--store", store, "--lang", "zh", "--json", "-c", "/sessions all"], home: home).stdout
        )
        let session = try #require(zh["sessions"]?.arrayValue?.first)
        #expect(
            ServiceType(rawValue: session["type"]?.stringValue ?? "") != nil,
            "type is not a code: \(String(describing: session["type"]))")

        // Exports: codes in JSON, labels in CSV; every file 0600, the calendar included.
        let out = home + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let export = try EcoVolBinary.run(
            [
                "--store", store, "--lang", "zh",
                "-c", "/export sessions \(out)/s.json period=2026", "-c", "/export sessions \(out)/s.csv period=2026",
                "-c", "/export calendar \(out)/c.ics", "-c", "/export people \(out)/p.csv",
            ], home: home)
        #expect(export.status == 0, "\(export.stderr)")
        let json = try JSONValue.parse(try String(contentsOfFile: out + "/s.json", encoding: .utf8))
        let row = try #require(json["rows"]?.arrayValue?.first)
        #expect(ServiceType(rawValue: row["type"]?.stringValue ?? "") != nil, "\(String(describing: row["type"]))")
        #expect(
            SessionStatus(rawValue: row["status"]?.stringValue ?? "") != nil, "\(String(describing: row["status"]))")
        let csv = try String(contentsOfFile: out + "/s.csv", encoding: .utf8)
        #expect(ServiceType.allCases.contains { csv.contains("," + $0.label.zh + ",") })
        let calendar = home + "/calendar.ics"
        #expect(try EcoVolBinary.run(["--store", store, "calendar", calendar], home: home).status == 0)
        for file in ["s.json", "s.csv", "c.ics", "p.csv"].map({ out + "/" + $0 }) + [calendar] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) mode \(String(describing: mode.map { String($0, radix: 8) }))")
        }
    }
}
