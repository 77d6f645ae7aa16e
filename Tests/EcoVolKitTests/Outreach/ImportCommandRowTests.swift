import Foundation
import Testing

@testable import EcoVolKit

/// `/import`: what a good file leaves in the store, whichever language its header is in; what
/// a preview and a result say in `--json`; and that a wrong file is refused naming the row and
/// field in both languages, with nothing written.
@MainActor
@Suite struct ImportCommandRowTests {
    struct Header: CustomTestStringConvertible, Sendable {
        var line: String
        var testDescription: String { line }
    }

    nonisolated static let peopleHeaders: [Header] = [
        Header(line: "name,phone,org,skills,id_number,consent"),
        Header(line: "姓名,电话,单位,技能,身份证号,同意"),
        Header(line: "名字,手机号,工作单位,特长,证件号码,授权"),
        Header(line: "organisation,联系电话,name,skills,身份证,consent"),
    ]

    /// The same row under every header spelling leaves the same person.
    @Test(arguments: peopleHeaders)
    func peopleHeadersInEitherLanguageFillTheSameFields(_ header: Header) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        // Columns in the order the header names them.
        let values: [String: String] = [
            "name": "王一", "phone": "139 0000 1111", "org": "贵州大学", "skills": "讲解、摄影",
            "id": "52010219900101123X", "consent": "书面同意",
        ]
        let order = header.line.split(separator: ",").map { column -> String in
            switch column {
            case "name", "姓名", "名字": return values["name"] ?? ""
            case "phone", "电话", "手机号", "联系电话": return values["phone"] ?? ""
            case "org", "单位", "工作单位", "organisation": return values["org"] ?? ""
            case "skills", "技能", "特长": return values["skills"] ?? ""
            case "id_number", "身份证号", "证件号码", "身份证": return values["id"] ?? ""
            default: return values["consent"] ?? ""
            }
        }
        let file = try writeCSV(besides: dir, "people.csv", header.line + "\n" + order.joined(separator: ",") + "\n")
        let json = await succeededJSON(c, "/import people \(file) --json")
        #expect(json["imported"]?.intValue == 1 && json["skipped"]?.intValue == 0)
        let records = try await StoredRecords.read(dir)
        let person = try #require(records.person(named: "王一"))
        #expect(person.phone == "13900001111")
        #expect(person.organisation == "贵州大学")
        #expect(person.skills == ["讲解", "摄影"])
        #expect(person.idNumber == "52010219900101123X" && person.consent == "书面同意")
        #expect(person.registered == fixedNow)
        // The result lists whom it created, by id, with the phone as stored.
        let created = try #require(json["created"]?.arrayValue)
        #expect(created.count == 1)
        #expect(created.first?["id"]?.stringValue == person.id)
        #expect(created.first?["phone"]?.stringValue == "13900001111")
    }

    nonisolated static let participationHeaders: [Header] = [
        Header(line: "session,name,phone,role,hours"),
        Header(line: "活动编号,姓名,电话,角色,时长"),
        Header(line: "活动,名字,手机,角色,服务时长"),
    ]

    @Test(arguments: participationHeaders)
    func participationHeadersInEitherLanguageLogTheSameRow(_ header: Header) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let file = try writeCSV(
            besides: dir, "attendance.csv", header.line + "\n\(id),赵六,13812345678,讲师,1.5\n\(id),钱七,,,\n")
        let json = await succeededJSON(c, "/import participation \(file) --json")
        #expect(json["imported"]?.intValue == 2)
        let records = try await StoredRecords.read(dir)
        let zhao = try #require(records.participation(id, "赵六"))
        #expect(zhao.role == .lecturer && zhao.actualHours == 1.5 && zhao.scheduledHours == 2)
        #expect(records.person(named: "赵六")?.phone == "13812345678")
        // No role and no hours: a volunteer credited with the session's length.
        let qian = try #require(records.participation(id, "钱七"))
        #expect(qian.role == .volunteer && qian.actualHours == 2)
        // The session lay in the past, so the rows are attendance, not sign-ups.
        #expect(zhao.status == .attended && qian.status == .attended)
    }

    @Test func rowsForASessionStillToComeAreSignUpsAndKnownPeopleAreNotCreatedAgain() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let upcoming = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=3h")
        let earlier = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/log \(earlier) name=张三 phone=13812345678").status == .succeeded)
        #expect(await run(c, "/log \(earlier) 李四").status == .succeeded)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        let file = try writeCSV(
            besides: dir, "attendance.csv",
            """
            session,name,person,phone
            \(upcoming),,\(zhang.id),
            \(upcoming),李四,,
            \(upcoming),王五,,13900002222
            \(earlier),王五,,13900002222

            """)
        let json = await succeededJSON(c, "/import participation \(file) --json")
        #expect(json["imported"]?.intValue == 4)
        // 王五 is new, and the same phone on two rows makes one person, not two.
        let created = try #require(json["created"]?.arrayValue)
        #expect(created.compactMap { $0["name"]?.stringValue } == ["王五"])
        let records = try await StoredRecords.read(dir)
        #expect(records.people.count == 3)
        #expect(records.participation(upcoming, "张三")?.status == .signedUp)
        #expect(records.participation(upcoming, "李四")?.status == .signedUp)
        #expect(records.participation(upcoming, "王五")?.actualHours == 3)
        #expect(records.participation(earlier, "王五")?.status == .attended)
        #expect(json["seq"]?.intValue == records.seq && json["saved"] == .bool(true))
    }

    @Test(arguments: ["/import 人员 {file}", "/导入 people {file}", "/import PEOPLE {file} 预览=no"])
    func chineseKindsAndCommandNamesImportPeople(_ line: String) async throws {
        let dir = temporaryStoreDirectory()
        let file = try writeCSV(besides: dir, "people.csv", "姓名\n王一\n王二\n")
        let outcome = await run(makeContext(dir), line.replacingOccurrences(of: "{file}", with: file))
        #expect(outcome.status == .succeeded, "\(String(describing: outcome.error?.message.zh))")
        #expect(try await StoredRecords.read(dir).people.values.map(\.name).sorted() == ["王一", "王二"])
    }

    @Test func aPreviewListsWhatWouldHappenAndWritesNothing() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let other = try await scheduleSession(c, "start=\"2026-05-21 09:00\" duration=2h")
        #expect(await run(c, "/log \(other) name=张三 phone=13812345678").status == .succeeded)
        let file = try writeCSV(
            besides: dir, "attendance.csv",
            "session,name,phone,hours\n\(id),张三,13812345678,\n\(id),王五,13900002222,30\n\(id),赵六,,\n")
        let before = try await StoredRecords.read(dir)
        let outcome = await run(c, "/import participation \(file) dry-run=yes --json")
        #expect(outcome.status == .succeeded)
        let json = try #require(outcome.output?.json)
        #expect(json["dry_run"] == .bool(true) && json["would_import"]?.intValue == 2)
        // Known people are not listed as new; a new one without a phone has no phone key.
        let wouldCreate = try #require(json["would_create"]?.arrayValue)
        #expect(wouldCreate.compactMap { $0["name"]?.stringValue } == ["赵六"])
        #expect(wouldCreate.first?["phone"] == nil)
        let errors = try #require(json["errors"]?.arrayValue)
        #expect(errors.count == 1)
        #expect(errors.first?["row"]?.intValue == 3 && errors.first?["field"]?.stringValue == "hours")
        #expect(errors.first?["reason"]?.stringValue?.contains("30") == true)
        #expect(try await StoredRecords.read(dir) == before)
        // The screen says the same: how many rows could go in, how many are wrong, nothing written.
        let text = plainText(outcome)
        #expect(text.contains(L(.outreachImportPreview, ["good": "2", "bad": "1"]).en))
        #expect(text.contains("赵六"))
    }

    @Test func skippingBadRowsImportsTheRestAndCountsWhatWasLeft() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let file = try writeCSV(
            besides: dir, "people.csv",
            """
            姓名,电话
            王一,13900001111
            王二,12345
            ,13900003333
            王四,13900001111
            王五,

            """)
        let outcome = await run(c, "/import people \(file) skip-bad=yes --json")
        #expect(outcome.status == .succeeded)
        let json = try #require(outcome.output?.json)
        #expect(json["imported"]?.intValue == 2 && json["skipped"]?.intValue == 3)
        #expect(json["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } == ["phone", "name", "phone"])
        let records = try await StoredRecords.read(dir)
        #expect(records.people.values.map(\.name).sorted() == ["王一", "王五"])
        #expect(plainText(outcome).contains(L(.outreachImportDone, ["good": "2", "bad": "3"]).zh))
    }

    struct BadFile: CustomTestStringConvertible, Sendable {
        var name: String
        var kind: String
        /// The file; `{id}` stands for a scheduled session and `{zhang}` for 张三's id.
        var text: String
        /// The first wrong field, which the refusal names.
        var field: String
        /// What each language's message shows: the row's words and the reason's.
        var zh: [String]
        var en: [String]
        var testDescription: String { name }
    }

    nonisolated static let badFiles: [BadFile] = [
        BadFile(
            name: "a phone already in the store", kind: "people", text: "name,phone\n王一,13812345678\n", field: "phone",
            zh: ["行 2 phone", "已属于 张三"], en: ["Row 2 phone", "already belongs to 张三"]),
        BadFile(
            name: "a phone twice in the file", kind: "people", text: "name,phone\n王一,13900001111\n王二,13900001111\n",
            field: "phone", zh: ["行 3 phone", "与第 2 行重复"], en: ["Row 3 phone", "repeats row 2"]),
        BadFile(
            name: "an ID number without consent", kind: "people", text: "name,id_number\n王一,52010219900101123X\n",
            field: "id_number", zh: ["行 2 id_number", "同意"], en: ["Row 2 id_number", "consent"]),
        BadFile(
            name: "a garbled line", kind: "people", text: "name,org\n王一,\"贵州大学\n", field: "csv",
            zh: ["行 2 csv", "引号"], en: ["Row 2 csv", "quote"]),
        BadFile(
            name: "an unknown role", kind: "participation", text: "session,name,role\n{id},王一,chef\n",
            field: "role", zh: ["行 2 role", "chef", "lecturer"], en: ["Row 2 role", "chef", "lecturer"]),
        BadFile(
            name: "an unknown session", kind: "participation", text: "session,name\nnosuch,王一\n", field: "session",
            zh: ["行 2 session", "nosuch"], en: ["Row 2 session", "nosuch"]),
        BadFile(
            name: "a phone under another name", kind: "participation",
            text: "session,name,phone\n{id},王一,13812345678\n", field: "phone",
            zh: ["行 2 phone", "张三"], en: ["Row 2 phone", "张三"]),
        BadFile(
            name: "the same person twice", kind: "participation",
            text: "session,name\n{id},王一\n{id},王一\n", field: "name",
            zh: ["行 3 name", "第 2 行"], en: ["Row 3 name", "row 2"]),
        BadFile(
            name: "an unknown person id", kind: "participation", text: "session,person,name\n{id},p-nobody,王一\n",
            field: "person", zh: ["行 2 person", "p-nobody"], en: ["Row 2 person", "p-nobody"]),
    ]

    /// A file with a wrong row is refused whole: the good rows beside it are not written.
    @Test(arguments: badFiles)
    func aWrongRowRefusesTheFileNamingRowAndFieldInBothLanguages(_ bad: BadFile) async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/log \(id) name=张三 phone=13812345678").status == .succeeded)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        let header = bad.text.prefix { $0 != "\n" }
        let good = header.split(separator: ",").map { column -> String in
            switch column {
            case "session": return id
            case "name": return "好人"
            default: return ""
            }
        }
        let text =
            bad.text.replacingOccurrences(of: "{id}", with: id).replacingOccurrences(of: "{zhang}", with: zhang.id)
            + good.joined(separator: ",") + "\n"
        let file = try writeCSV(besides: dir, "bad.csv", text)
        let refused = try await refusal(dir, "/import \(bad.kind) \(file)")
        #expect(refused.code == "import.badRows" && refused.field == bad.field)
        #expect(refused.zh.hasPrefix(L(.outreachImportRefused, ["count": "1"]).zh), "\(refused.zh)")
        #expect(refused.en.hasPrefix(L(.outreachImportRefused, ["count": "1"]).en), "\(refused.en)")
        for shown in bad.zh { #expect(refused.zh.contains(shown), "\(refused.zh) lacks \(shown)") }
        for shown in bad.en { #expect(refused.en.contains(shown), "\(refused.en) lacks \(shown)") }
        #expect(try await StoredRecords.read(dir).person(named: "好人") == nil)
    }

    /// The same sheet imported again (or a longer one) must not overwrite what was recorded
    /// since: a person already logged at the session is a wrong row, like a phone already known.
    @Test func aRowForSomeoneAlreadyLoggedAtTheSessionIsAWrongRowNotAnOverwrite() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let id = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let first = try writeCSV(
            besides: dir, "attendance.csv", "session,name,phone\n\(id),张三,13812345678\n\(id),李四,\n")
        #expect(await run(c, "/import participation \(first)").status == .succeeded)
        #expect(await run(c, "/mark \(id) 张三 status=no-show rating=2 note=未到场").status == .succeeded)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        let longer = try writeCSV(
            besides: dir, "attendance-2.csv",
            "session,name,phone,person\n\(id),张三,13812345678,\n\(id),李四,,\n\(id),,,\(zhang.id)\n\(id),王五,,\n")
        let preview = await succeededJSON(c, "/import participation \(longer) dry-run=yes --json")
        let errors = try #require(preview["errors"]?.arrayValue)
        #expect(errors.compactMap { $0["row"]?.intValue } == [2, 3, 4], "\(errors)")
        #expect(errors.compactMap { $0["field"]?.stringValue } == ["name", "name", "person"])
        #expect(errors.first?["reason"]?.stringValue == L(.outreachAlreadyLogged, ["name": "张三"]).en)
        let refused = try await refusal(dir, "/import participation \(longer)")
        #expect(refused.code == "import.badRows")
        #expect(refused.zh.contains(L(.outreachAlreadyLogged, ["name": "李四"]).zh), "\(refused.zh)")
        // Skipping them brings in only the newcomer and leaves 张三's row as marked.
        let json = await succeededJSON(c, "/import participation \(longer) skip-bad=yes --json")
        #expect(json["imported"]?.intValue == 1 && json["skipped"]?.intValue == 3)
        let records = try await StoredRecords.read(dir)
        let row = try #require(records.participation(id, "张三"))
        #expect(row.status == .noShow && row.evaluation == 2 && row.note == "未到场" && row.actualHours == 0)
        #expect(records.participations.count == 3)
    }

    /// One person named twice in a file, once by id and once by phone, is one row too many: the
    /// second would overwrite the first.
    @Test func thePersonByIdAndByPhoneOnTwoRowsIsTheSameRowTwice() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let earlier = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let id = try await scheduleSession(c, "start=\"2026-05-21 09:00\" duration=2h")
        #expect(await run(c, "/log \(earlier) name=张三 phone=13812345678").status == .succeeded)
        let zhang = try #require(try await StoredRecords.read(dir).person(named: "张三"))
        let file = try writeCSV(
            besides: dir, "attendance.csv",
            "session,person,name,phone,hours\n\(id),\(zhang.id),,,1\n\(id),,张三,13812345678,2\n")
        let refused = try await refusal(dir, "/import participation \(file)")
        #expect(refused.field == "name")
        #expect(refused.en.contains("Row 3 name: " + L(.outreachImportDuplicateRow, ["row": "2"]).en), "\(refused.en)")
        #expect(refused.zh.contains("行 3 name：") || refused.zh.contains("行 3 name:"), "\(refused.zh)")
    }

    /// A sheet printed before two records were merged names the duplicate's id: its rows go to
    /// the person kept, not to the record merged away (which no total or certificate reads).
    @Test func aMergedDuplicatesIdLogsThePersonKept() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let earlier = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        let id = try await scheduleSession(c, "start=\"2026-05-21 09:00\" duration=2h")
        #expect(await run(c, "/log \(earlier) name=张三 phone=13812345678").status == .succeeded)
        #expect(await run(c, "/log \(earlier) 张小三").status == .succeeded)
        let before = try await StoredRecords.read(dir)
        let kept = try #require(before.person(named: "张三"))
        let duplicate = try #require(before.person(named: "张小三"))
        #expect(await run(c, "/merge \(kept.id) \(duplicate.id) confirm=yes").status == .succeeded)
        let file = try writeCSV(besides: dir, "attendance.csv", "session,person\n\(id),\(duplicate.id)\n")
        let json = await succeededJSON(c, "/import participation \(file) --json")
        #expect(json["imported"]?.intValue == 1)
        let records = try await StoredRecords.read(dir)
        let rows = records.participations.filter { $0.session == id }
        #expect(rows.map(\.person) == [kept.id], "\(rows)")
        // Imported again, it is the kept person's row already there.
        let again = try await refusal(dir, "/import participation \(file)")
        #expect(again.en.contains(L(.outreachAlreadyLogged, ["name": "张三"]).en), "\(again.en)")
    }

    /// An import is a log by the sheet: a cancelled session takes nobody, and a full one puts
    /// the rest on its waitlist in the order of the rows, as /log does.
    @Test func aCancelledSessionTakesNoRowsAndAFullOneWaitlistsTheRest() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let full = try await scheduleSession(c, "start=\"2026-06-05 09:30\" duration=2h capacity=2")
        let cancelled = try await scheduleSession(c, "start=\"2026-05-20 09:00\" duration=2h")
        #expect(await run(c, "/log \(full) 张三").status == .succeeded)
        #expect(await run(c, "/cancel \(cancelled) reason=暴雨").status == .succeeded)
        let file = try writeCSV(
            besides: dir, "attendance.csv",
            "session,name\n\(full),李四\n\(full),王五\n\(cancelled),赵六\n\(full),钱七\n")
        let preview = await succeededJSON(c, "/import participation \(file) dry-run=yes --json")
        let errors = try #require(preview["errors"]?.arrayValue)
        #expect(errors.compactMap { $0["row"]?.intValue } == [4] && errors.first?["field"] == "session")
        #expect(errors.first?["reason"]?.stringValue == L(.outreachLogCancelled, ["id": cancelled]).en)
        let json = await succeededJSON(c, "/import participation \(file) skip-bad=yes --json")
        #expect(json["imported"]?.intValue == 3)
        let records = try await StoredRecords.read(dir)
        #expect(records.participations.filter { $0.session == cancelled }.isEmpty)
        #expect(records.participation(full, "李四")?.status == .signedUp)
        #expect(records.participation(full, "王五")?.status == .waitlisted)
        #expect(records.participation(full, "钱七")?.status == .waitlisted)
    }

    /// What Excel saves: a UTF-8 file with a byte-order mark, or GB18030. The mark must not
    /// hide the first column; GB18030 is converted, with a word, where this platform reads it.
    @Test func filesAsExcelSavesThemAreRead() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let base = (dir as NSString).deletingLastPathComponent
        let bom = base + "/bom.csv"
        let utf8 = Data([0xEF, 0xBB, 0xBF]) + Data("姓名,电话\n王一,13900001111\n".utf8)
        try utf8.write(to: URL(fileURLWithPath: bom))
        let plain = await run(c, "/import people \(bom)")
        #expect(plain.status == .succeeded, "\(String(describing: plain.error?.message.en))")
        #expect(plain.output?.warnings.contains(L(.outreachImportConverted)) == false)
        #expect(try await StoredRecords.read(dir).person(named: "王一")?.phone == "13900001111")
        // 姓名,电话 / 王二,13900002222 in GB18030.
        let gb = base + "/gb.csv"
        let bytes: [UInt8] = [
            0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB5, 0xE7, 0xBB, 0xB0, 0x0A, 0xCD, 0xF5, 0xB6, 0xFE, 0x2C,
        ]
        try (Data(bytes) + Data("13900002222\n".utf8)).write(to: URL(fileURLWithPath: gb))
        let readsGB = String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)) != nil
        if readsGB {
            let converted = await run(c, "/import people \(gb)")
            #expect(converted.status == .succeeded, "\(String(describing: converted.error?.message.en))")
            #expect(converted.output?.warnings.contains(L(.outreachImportConverted)) == true)
            #expect(try await StoredRecords.read(dir).person(named: "王二")?.phone == "13900002222")
        } else {
            let refused = try await refusal(dir, "/import people \(gb)")
            #expect(refused.en.contains(L(.outreachImportNotUTF8).en), "\(refused.en)")
        }
    }

    /// An ID number in a refusal or a preview is masked: the report may be shown on a projector.
    @Test func aRepeatedIDNumberIsReportedMasked() async throws {
        let dir = temporaryStoreDirectory()
        let c = makeContext(dir, language: .en)
        let file = try writeCSV(
            besides: dir, "people.csv",
            "name,id_number,consent\n王一,52010219900101123X,书面\n王二,52010219900101123X,书面\n")
        let json = await succeededJSON(c, "/import people \(file) dry-run=yes --json")
        let errors = try #require(json["errors"]?.arrayValue)
        #expect(errors.count == 1 && errors.first?["field"]?.stringValue == "id_number")
        let reason = try #require(errors.first?["reason"]?.stringValue)
        #expect(reason.contains(ResidentIDNumber.mask("52010219900101123X")) && reason.contains("row 2"))
        #expect(!reason.contains("52010219900101123X"))
    }

    nonisolated static let badLines: [BadLine] = [
        BadLine(line: "/import volunteers {file}", field: "kind", shown: ["volunteers", "people|participation"]),
        BadLine(line: "/import people", field: "file", shown: ["people|participation"]),
        BadLine(line: "/import people {file} dry-run=perhaps", field: "dry-run", shown: ["perhaps"]),
        BadLine(line: "/import people {nameless}", field: "name", shown: ["name"]),
    ]

    @Test(arguments: badLines)
    func aLineItCannotActOnIsRefusedNamingTheField(_ bad: BadLine) async throws {
        let dir = temporaryStoreDirectory()
        _ = try await scheduleSession(makeContext(dir), "start=\"2026-05-20 09:00\" duration=2h")
        let file = try writeCSV(besides: dir, "people.csv", "name\n王一\n")
        let nameless = try writeCSV(besides: dir, "nameless.csv", "phone,org\n13900001111,x\n")
        try await expectRefusal(bad, in: dir, filling: ["file": file, "nameless": nameless])
    }
}
