import Foundation
import Testing

@testable import EcoVolKit

/// `/import`: every wrong row is reported by row, field and reason before anything is written.
@MainActor
@Suite struct ImportCommandTests {
    private func csv(_ dir: String, _ name: String, _ text: String) throws -> String {
        let path = (dir as NSString).deletingLastPathComponent + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// (row, field) of each error in a dry run's JSON.
    private func errors(_ outcome: LineOutcome) -> [String] {
        (outcome.output?.json["errors"]?.arrayValue ?? []).map {
            "\($0["row"]?.intValue ?? -1) \($0["field"]?.stringValue ?? "?")"
        }
    }

    @Test func participationRowsAreCheckedAgainstTheStoreAndEachOther() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        // Two people called 李四, neither with a phone.
        let people = try csv(dir, "people.csv", "name,org\n李四,甲单位\n李四,乙单位\n")
        #expect(await run(c, "/import people \(people)").status == .succeeded)
        let file = try csv(
            dir, "attendance.csv",
            """
            session,name,person,phone,role,hours
            \(id),王五,,,volunteer,2
            nosuch,王六,,,,
            \(id),,p-nobody,,,
            \(id),赵七,,,chef,
            \(id),钱八,,,,lots
            \(id),王五,,,,
            \(id),孙九,,13812345678,,
            \(id),李四,,,,
            ,,,,,
            \(id),周十,,,lecturer,1.5

            """)
        let preview = await run(c, "/import participation \(file) dry-run=yes --json")
        #expect(preview.status == .succeeded, "\(String(describing: preview.error?.message.en))")
        #expect(
            // Row 4: the person id is unknown, and without it the row has no name either.
            errors(preview) == [
                "3 session", "4 person", "4 name", "5 role", "6 hours", "7 name", "8 phone", "9 name",
            ],
            "\(errors(preview))")
        // The good rows: 王五 (row 2) and 周十; the blank row 10 is no row at all.
        #expect(preview.output?.json["would_import"] == .int(2))
        #expect(try await c.outreachStore().state.participations(session: id).count == 1)
        // Without dry-run or skip-bad nothing is written and the first wrong field is named.
        let refused = await run(c, "/import participation \(file)")
        #expect(refused.status == .failed)
        #expect(refused.error?.code == "import.badRows" && refused.error?.field == "session")
        #expect(refused.error?.message.en.hasPrefix(L(.outreachImportRefused, ["count": "7"]).en) == true)
        #expect(
            refused.error?.message.en.contains("Row 8 phone:") == true,
            "\(String(describing: refused.error?.message.en))")
        #expect(try await c.outreachStore().state.participations(session: id).count == 1)
        // Seven rows are wrong (row 4 twice over); skip-bad imports the other two and says so.
        let skipped = await run(c, "/import participation \(file) skip-bad=yes --json")
        #expect(skipped.status == .succeeded, "\(String(describing: skipped.error?.message.en))")
        #expect(skipped.output?.json["skipped"] == .int(7))
        #expect(try await c.outreachStore().state.participations(session: id).count == 3)
    }

    @Test func peopleRowsNeedConsentForAnIDNumberAndUniquePhones() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        let file = try csv(
            dir, "people.csv",
            """
            姓名,电话,身份证号,同意
            王一,13900001111,,
            王二,13900001111,,
            王三,13812345678,,
            王四,,520102199001011234,
            王五,,,

            """)
        let preview = await run(c, "/import people \(file) dry-run=yes --json")
        #expect(errors(preview) == ["3 phone", "4 phone", "5 id_number"], "\(errors(preview))")
        #expect(preview.output?.json["would_import"] == .int(2))
        let names = (preview.output?.json["would_create"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
        #expect(names == ["王一", "王五"])
    }

    @Test func aFileWithoutANameColumnIsRefusedBeforeAnyRow() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let file = try csv(dir, "nameless.csv", "phone,org\n13900001111,x\n")
        let outcome = await run(c, "/import people \(file)")
        #expect(outcome.status == .failed)
        #expect(outcome.error?.code == "value.missing" && outcome.error?.field == "name")
        #expect(try await c.outreachStore().state.people.isEmpty)
    }
}
