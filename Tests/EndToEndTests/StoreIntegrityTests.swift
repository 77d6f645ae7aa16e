import Foundation
import JSONTestSupport
import Testing

@testable import EcoVolKit

/// Damaged stores and imports, on the built binary as a coordinator meets them: what every
/// command says, which commands refuse to hand out a partial document, what `store doctor`
/// saves and says, and what an import reports before anything is written.
@Suite(.serialized) struct StoreIntegrityTests {
    static let zh: [String: String?] = ["LANG": "zh_CN.UTF-8", "ECOVOL_LANG": "zh"]
    static let en: [String: String?] = ["LANG": "en_US.UTF-8", "ECOVOL_LANG": "en"]

    /// A store under `home` with one past session, `people` people logged to it, and three
    /// more single-change journal lines after it (each one a new person).
    static func store(home: String, people: Int = 5, compact: Bool = false) throws -> String {
        let dir = home + "/store"
        _ = try seededStore(dir, people: people)
        let store = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
        if compact { try store.compact() }
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for i in 0..<3 {
            try store.append(
                command: "seed", [.putPerson(Person(id: "q000000\(i)", name: "Later \(i)", registered: start))])
        }
        store.close()
        return dir
    }

    /// Changes one digit inside journal line `line` (1-based; line 1 is the header).
    static func damageJournal(_ dir: String, line: Int) throws {
        let path = dir + "/journal.jsonl"
        var bytes = try #require(try POSIXFile.readAll(path))
        var seen = 1
        var i = 0
        while seen < line, i < bytes.count {
            if bytes[i] == 0x0A { seen += 1 }
            i += 1
        }
        let digit = try #require(bytes[i...].firstIndex { $0 >= 0x30 && $0 <= 0x39 })
        bytes[digit] = bytes[digit] == 0x39 ? 0x38 : bytes[digit] + 1
        try POSIXFile.atomicReplace(path, with: bytes, directory: dir)
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func damagedJournalIsAnnouncedByEveryCommandAndReportsFail() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let dir = try Self.store(home: home)
        // Journal: header, session, people+rows, Later 0, Later 1, Later 2 → damage "Later 0".
        try Self.damageJournal(dir, line: 4)

        let sessions = try EcoVolBinary.run(["-c", "/sessions"], home: home, environment: Self.en)
        #expect(sessions.status == 0)
        #expect(sessions.stderr.contains("ecovol store doctor"), "\(sessions.stderr)")
        #expect(sessions.stderr.contains("after no. 2"), "\(sessions.stderr)")
        #expect(!sessions.stdout.contains("store doctor"))

        let json = try EcoVolBinary.run(["--json", "-c", "/people"], home: home, environment: Self.en)
        let document = try JSONValue.parse(json.stdout.split(separator: "\n").first.map(String.init) ?? "")
        let warnings = document["warnings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(warnings.contains { $0.contains("store doctor") }, "\(json.stdout)")
        #expect(json.stderr.contains("store doctor"))
        // A failed command says it too, in its JSON error document.
        let failed = try EcoVolBinary.run(["--json", "-c", "/person q0000000"], home: home, environment: Self.en)
        #expect(failed.status != 0)
        let error = try JSONValue.parse(failed.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(error["warnings"]?.arrayValue?.first?.stringValue?.contains("store doctor") == true, "\(failed.stdout)")

        for line in ["/report", "/export people \(home)/people.csv", "/record p0000001"] {
            let r = try EcoVolBinary.run(["-c", line], home: home, environment: Self.zh)
            #expect(r.status == 1, "\(line) exited \(r.status): \(r.stdout) \(r.stderr)")
            #expect(r.stderr.contains("ecovol store doctor"), "\(line): \(r.stderr)")
            #expect(r.stderr.contains("第 2 号之后的修改"), "\(line): \(r.stderr)")
        }
        // The calendar export from the shell is a document too: no partial calendar goes out.
        let calendar = try EcoVolBinary.run(["calendar"], home: home, environment: Self.zh)
        #expect(calendar.status == 1, "calendar exited \(calendar.status)")
        #expect(!calendar.stdout.contains("BEGIN:VCALENDAR"))
        #expect((calendar.stdout + calendar.stderr).contains("ecovol store doctor"), "\(calendar.stderr)")
        // Writes stay refused; the doctor then repairs and names the lost line.
        let write = try EcoVolBinary.run(["-c", "/log s0000001 name=新人"], home: home, environment: Self.zh)
        #expect(write.status != 0)
        let doctor = try EcoVolBinary.run(["store", "doctor"], home: home, environment: Self.zh)
        #expect(doctor.status == 1, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("日志第 4 行"), "\(doctor.stdout)")
        #expect(!doctor.stdout.contains("已修复："))
        #expect(!doctor.stdout.contains("checksum"))
        let after = try EcoVolBinary.run(["-c", "/report"], home: home, environment: Self.zh)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(!after.stderr.contains("store doctor"))
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func doctorSavesEveryRecordButTheDamagedOne() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let dir = try Self.store(home: home, people: 40, compact: true)
        let store = try JSONFileStore(directory: dir, options: .init(compactAtOpen: false))
        try store.compact()
        store.close()
        // Flip one digit of person p0000017's line: valid JSON, wrong only by its checksum.
        let path = dir + "/outreach.json"
        var bytes = try #require(try POSIXFile.readAll(path))
        let text = String(decoding: bytes, as: UTF8.self)
        let line = try #require(text.range(of: "\"p0000017\":{"))
        let name = try #require(text.range(of: "Seed 17", range: line.upperBound..<text.endIndex))
        let offset = text.utf8.distance(from: text.startIndex, to: name.lowerBound) + 5
        bytes[offset] = 0x39
        try POSIXFile.atomicReplace(path, with: bytes, directory: dir)

        let people = try EcoVolBinary.run(["--json", "-c", "/people"], home: home, environment: Self.en)
        #expect(people.stderr.contains("p0000017"), "\(people.stderr)")
        let certificate = try EcoVolBinary.run(["-c", "/certificate p0000001"], home: home, environment: Self.en)
        #expect(certificate.status == 1)

        let doctor = try EcoVolBinary.run(["store", "doctor"], home: home, environment: Self.zh)
        #expect(doctor.status == 1, "\(doctor.stdout)")
        #expect(doctor.stdout.contains("p0000017"))
        #expect(doctor.stdout.contains("已搁置"))
        #expect(doctor.stdout.contains("outreach.json.set-aside-"))
        #expect(!doctor.stdout.contains("已修复："))
        #expect(!doctor.stdout.lowercased().contains("checksum"))
        let info = try EcoVolBinary.run(["--json", "store", "info"], home: home, environment: Self.en)
        let document = try JSONValue.parse(info.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(document["people"]?.intValue == 40 + 3 - 1, "\(info.stdout)")
        #expect(document["participations"]?.intValue == 40)
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func schemaOneStoreIsUpgradedWithABackup() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let dir = home + "/store"
        try FileManager.default.createDirectory(
            atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // A snapshot as the first release wrote it: no per-record checksums.
        let body = """
            {"format":"ecovol-outreach","schema":1,"generation":1,"seq":2,"saved_at":"2026-11-01T00:00:00Z","counts":{"sessions":0,"people":1,"projects":0,"participations":0},
            "projects":{
            },
            "people":{
            "p0000001":{"id":"p0000001","name":"旧格式","registered":"2026-11-01T00:00:00Z","skills":[],"updated":"2026-11-01T00:00:00Z"}
            },
            "sessions":{
            },
            "participation_columns":["session","person","role","status","scheduled","actual","check_in","check_out","evaluation","note","logged"],
            "participations":[
            ],

            """
        var bytes = Array(body.utf8)
        let crc = CRC32.checksum(bytes)
        bytes += Array("\"checksum\":{\"crc32\":\"\(CRC32.hex(crc))\",\"bytes\":\(bytes.count)}}\n".utf8)
        try POSIXFile.atomicReplace(dir + "/outreach.json", with: bytes, directory: dir)
        let r = try EcoVolBinary.run(["-c", "/people"], home: home, environment: Self.en)
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        #expect(r.stdout.contains("旧格式"))
        #expect((r.stdout + r.stderr).contains("upgraded from version 1 to 2"), "\(r.stdout) \(r.stderr)")
        let text = try String(contentsOfFile: dir + "/outreach.json", encoding: .utf8)
        #expect(text.contains("\"schema\":2"))
        #expect(text.contains("\"_crc\":\""))
        #expect(FileManager.default.fileExists(atPath: dir + "/backups/outreach-1.json"))
        let check = try EcoVolBinary.run(["store", "check"], home: home, environment: Self.en)
        #expect(check.status == 0, "\(check.stdout)")
    }

    // MARK: - Import

    static func write(_ text: String, _ name: String, in home: String) throws -> String {
        let path = home + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func emptyImportFileGetsAPlainMessage() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let file = try Self.write("", "empty.csv", in: home)
        let zh = try EcoVolBinary.run(["-c", "/import people \(file)"], home: home, environment: Self.zh)
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("文件是空的"), "\(zh.stderr)")
        #expect(!zh.stderr.contains("cannotReadHeaderRow"))
        #expect(!zh.stderr.contains("内部错误"))
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func importPreviewListsMalformedRowsDuplicatesAndNewPeople() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let store = try JSONFileStore(directory: home + "/store")
        try store.append(
            command: "seed",
            [
                .putPerson(
                    Person(
                        id: "p0000001", name: "老王", phone: "13900000001",
                        registered: Date(timeIntervalSince1970: 1_700_000_000)))
            ])
        store.close()
        let csv = """
            姓名,电话,单位
            张三,13800000001,环保局
            "未闭合,13800000002,单位
            李四,13800000003,"环""保"
            王五,13800000001,重复电话
            赵六,13900000001,库里已有
            钱七,138"00000004,引号
            孙八,13800000005
            周\u{200B}九,13800000006,零宽
            """
        let file = try Self.write(csv, "people.csv", in: home)
        let r = try EcoVolBinary.run(
            ["--json", "-c", "/import people \(file) dry-run=yes"], home: home, environment: Self.zh)
        #expect(r.status == 0, "\(r.stdout) \(r.stderr)")
        let doc = try JSONValue.parse(r.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let errors = doc["errors"]?.arrayValue ?? []
        let rows = errors.compactMap { $0["row"]?.intValue }
        #expect(rows == [3, 5, 6, 7, 8], "\(r.stdout)")
        let reasons = errors.compactMap { $0["reason"]?.stringValue }
        #expect(reasons.contains { $0.contains("引号没有闭合") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("第 2 行") }, "\(reasons)")
        let created = doc["would_create"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        #expect(created == ["张三", "李四", "周九"], "\(created)")
        // Nothing was written by the preview.
        let people = try EcoVolBinary.run(["--json", "-c", "/people"], home: home, environment: Self.zh)
        #expect(!people.stdout.contains("张三"))
        // skip-bad imports the good rows and lists who was created.
        let done = try EcoVolBinary.run(
            ["-c", "/import people \(file) skip-bad=yes"], home: home, environment: Self.zh)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("张三") && done.stdout.contains("周九"), "\(done.stdout)")
        #expect(!done.stdout.contains("周\u{200B}九"))
    }

    @Test(.enabled(if: EcoVolBinary.exists, EcoVolBinary.skipMessage))
    func participationImportNamesEveryNewPerson() throws {
        let home = EcoVolBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let session = try seededStore(home + "/store", people: 2)
        let csv = """
            活动编号,姓名,电话
            \(session),Seed 0,
            \(session),新面孔,13700000001
            \(session),新面孔,13700000001
            \(session),Seed 1,13700000002
            \(session),另一个,13700000003
            """
        let file = try Self.write(csv, "part.csv", in: home)
        let preview = try EcoVolBinary.run(
            ["--json", "-c", "/import participation \(file) dry-run=yes"], home: home, environment: Self.en)
        let doc = try JSONValue.parse(preview.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
        let created = doc["would_create"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
        // Seed 1 has no phone in the store, so the row's phone does not make them someone else.
        #expect(created == ["新面孔", "另一个"], "\(preview.stdout)")
        // Row 4 repeats row 3; rows 2 and 5 are people the seed already logged at the session.
        #expect(doc["errors"]?.arrayValue?.compactMap { $0["row"]?.intValue } == [2, 4, 5], "\(preview.stdout)")
        let done = try EcoVolBinary.run(
            ["-c", "/import participation \(file) skip-bad=yes"], home: home, environment: Self.en)
        #expect(done.status == 0, "\(done.stderr)")
        #expect(done.stdout.contains("Created 2 people"), "\(done.stdout)")
        #expect(done.stdout.contains("新面孔") && done.stdout.contains("另一个"))
    }
}

extension JSONValue {
    fileprivate var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .number(let d): return Int(exactly: d)
        default: return nil
        }
    }

    fileprivate var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}
