import Foundation
import Testing

@testable import EcoVolKit

/// Domain errors carry the message the user sees (both languages, the field and what is
/// accepted); the command boundary turns them into command failures without changing a word.
@MainActor
@Suite struct DomainErrorTests {
    /// The error `body` throws, nil when it does not.
    static func refusal(_ body: () throws(FieldError) -> Void) -> FieldError? {
        do throws(FieldError) {
            try body()
            return nil
        } catch { return error }
    }

    @Test func fieldErrorsReadAsTheCommandFailuresTheyReplace() throws {
        let hours = FieldError.invalid(field: "hours", value: "100", accepted: .hours)
        #expect(hours.code == "value.invalid" && hours.field == "hours")
        #expect(hours.message.zh == "hours 的值“100”无效。应为大于 0、不超过 24 小时的时长，如 2h、1.5小时、90分钟。")
        #expect(
            hours.message.en
                == "hours: \"100\" is not valid. Expected more than 0 and at most 24 hours, e.g. 2h, 1.5h, 90min.")
        #expect(
            hours.message
                == CommandFailure.invalidValue(field: "hours", value: "100", accepted: L(.outreachAcceptedHours))
                .message)
        let missing = FieldError.missing(field: "title", accepted: .text(maxLength: 100))
        #expect(missing.code == "value.missing" && missing.field == "title")
        #expect(missing.message.zh == "缺少 title。应为不超过 100 个字的文字。")
        #expect(missing.message.en == "title is missing. Expected text of at most 100 characters.")
        // The ID number is shown masked, with the reason it was refused.
        let id = try #require(
            Self.refusal { () throws(FieldError) in
                _ = try FieldValidator.idNumber("id_number", "52010119900101001")
            })
        guard case .invalid(let field, let shown, .idNumber(.length)) = id else {
            Issue.record("unexpected \(id)")
            return
        }
        #expect(field == "id_number" && !shown.contains("19900101"))
        #expect(id.message.en.contains("18 characters"))
    }

    @Test func sessionTimeRefusalsSayWhichFlagConfirmsThem() throws {
        let rules = SessionTimeRules()
        let zone = ChinaTime.zone
        let start = fixedNow
        #expect(throws: SessionTimeError.long(field: "duration", hours: CentiHours(hours: 13))) {
            try rules.checkLength(
                start: start, end: start.addingTimeInterval(13 * 3600), field: "duration", text: "13h")
        }
        #expect(throws: SessionTimeError.overMaximum(field: "duration", value: "25h")) {
            try rules.checkLength(
                start: start, end: start.addingTimeInterval(25 * 3600), field: "duration", text: "25h")
        }
        #expect(throws: SessionTimeError.notAfterStart(field: "end", value: "08:00")) {
            try rules.checkLength(start: start, end: start, field: "end", text: "08:00")
        }
        try SessionTimeRules(long: true).checkLength(
            start: start, end: start.addingTimeInterval(13 * 3600), field: "duration", text: "13h")
        let long = SessionTimeError.long(field: "duration", hours: CentiHours(hours: 13))
        #expect(long.code == "session.long" && long.confirmFlag == "long" && long.field == "duration")
        #expect(long.message.zh == "duration：活动长达 13 小时，超过 12 小时。确认无误请加 long=yes。")
        #expect(SessionTimeError.pastStart(value: "x", resolved: "y").confirmFlag == "past")
        #expect(SessionTimeError.pastStart(value: "x", resolved: "y").field == "start")
        #expect(SessionTimeError.endBeforeStart(value: "x", start: "y").confirmFlag == "overnight")
        #expect(SessionTimeError.endBeforeStart(value: "x", start: "y").code == "session.endBeforeStart")
        #expect(SessionTimeError.overMaximum(field: "end", value: "x").confirmFlag == nil)
        #expect(SessionTimeError.notAfterStart(field: "end", value: "x").code == "value.invalid")
        // An end at a time of day before the start: refused, unless overnight is confirmed.
        let startOfDay = CalendarDate(year: 2026, month: 6, day: 5).at(hour: 20, minute: 0, in: zone)
        #expect(throws: SessionTimeError.self) {
            try rules.end(hour: 1, minute: 0, text: "01:00", start: startOfDay, zone: zone)
        }
        let overnight = try SessionTimeRules(overnight: true).end(
            hour: 1, minute: 0, text: "01:00", start: startOfDay, zone: zone)
        #expect(overnight == CalendarDate(year: 2026, month: 6, day: 6).at(hour: 1, minute: 0, in: zone))
        #expect(throws: FieldError.invalid(field: "past", value: "maybe", accepted: .yesNo)) {
            _ = try SessionTimeRules(["past": "maybe"])
        }
    }

    @Test func exportErrorsNameTheFileAndTheAcceptedFormats() {
        #expect(throws: ExportError.unsupportedFormat(field: "file", value: "a.pdf", allowed: [.md, .csv])) {
            _ = try ExportFormat.of("a.pdf", allowed: [.md, .csv])
        }
        let wrong = ExportError.unsupportedFormat(field: "file", value: "a.pdf", allowed: [.md, .csv])
        #expect(wrong.code == "value.invalid" && wrong.field == "file")
        #expect(wrong.message.zh == "file 的值“a.pdf”无效。可用的文件扩展名：.md .csv")
        #expect(wrong.message.en == "file: \"a.pdf\" is not valid. Accepted file extensions: .md .csv")
        #expect((try? ExportFormat.of("报告.MARKDOWN", allowed: [.md])) == .md)
        #expect((try? ExportFormat.of("a.htm", allowed: ExportFormat.documents)) == .html)
    }

    @Test func theWriterRefusesToReplaceAFileOrWriteIntoNowhere() throws {
        let dir = NSTemporaryDirectory() + "ecovol-export-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a.md"
        try AtomicFileWriter.write(Data("one".utf8), to: path, replace: false)
        #expect(throws: ExportError.exists(path: path, field: "file")) {
            try AtomicFileWriter.write(Data("two".utf8), to: path, replace: false)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        #expect(throws: ExportError.noDirectory(directory: dir + "/missing", field: "out")) {
            try AtomicFileWriter.write(Data(), to: dir + "/missing/a.md", replace: false, field: "out")
        }
        #expect(throws: ExportError.notAFile(path: dir, field: "file")) {
            try AtomicFileWriter.write(Data(), to: dir, replace: true)
        }
        #expect(ExportError.exists(path: path, field: "file").code == "export.exists")
        #expect(ExportError.exists(path: path, field: "file").message.en.contains(path))
    }

    @Test func reportErrorsSayWhatWouldMakeTheReportPossible() {
        let none = ReportError.noService(name: "张三", period: nil)
        #expect(none.code == "certificate.noService" && none.field == "person")
        #expect(none.message.zh.hasPrefix("张三 在 — 没有记入的服务时长"))
        #expect(ReportError.noService(name: "张三", period: "2026").field == "from")
        let overlaps = ReportError.overlaps(name: "李四", count: 2, list: "a↔b c↔d")
        #expect(overlaps.code == "certificate.overlaps" && overlaps.field == "overlaps")
        #expect(overlaps.message.zh.contains("a↔b c↔d") && overlaps.message.en.contains("a↔b c↔d"))
        let minutes = ReportError.minutes(500)
        #expect(minutes.code == "value.invalid" && minutes.field == "minutes")
        #expect(minutes.message.en.contains("\"500\""))
        #expect(ReportError.noContent(audience: "学校", topic: nil).field == "topic")
    }

    @Test func theBoundaryKeepsCodeMessageAndField() async {
        let refusal = ReportError.overlaps(name: "李四", count: 1, list: "a↔b")
        let failure = CommandFailure(refusal)
        #expect(failure.code == refusal.code && failure.message == refusal.message && failure.field == "overlaps")
        #expect(failure.column == nil)
        #expect(CommandFailure.presentable(refusal)?.code == "certificate.overlaps")
        #expect(CommandFailure.presentable(CancellationError()) == nil)
        // Through the runner: a domain refusal is the command failing (status 1), in the
        // user's language, with the field named.
        let c = makeContext(temporaryStoreDirectory(), language: .en)
        let long = await run(c, "/project add name=" + String(repeating: "x", count: 101))
        #expect(long.status == .failed)
        #expect(long.error?.code == "value.invalid" && long.error?.field == "name")
        #expect(long.error?.message.en.hasSuffix("Expected text of at most 100 characters.") == true)
        let export = await run(c, "/report 2026 file=report.pdf")
        #expect(export.status == .failed)
        #expect(export.error?.code == "value.invalid" && export.error?.field == "file")
        #expect(export.error?.message.en.contains("Accepted file extensions: .md .html .json .csv") == true)
    }
}

/// The data directory's own refusals keep the store codes scripts read.
@Suite struct DataDirectoryFailureTests {
    @Test func aFileWhereTheDirectoryShouldBeIsRefusedByName() throws {
        let file = NSTemporaryDirectory() + "ecovol-notadir-" + UUID().uuidString
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: DataDirectory.Failure.notDirectory(path: file)) { try DataDirectory(path: file).ensureExists() }
        #expect(DataDirectory.Failure.notDirectory(path: file).code == "store.notDirectory")
        #expect(DataDirectory.Failure.notDirectory(path: file).message.en.contains(file))
        let below = file + "/store"
        do throws(DataDirectory.Failure) {
            try DataDirectory(path: below).ensureExists()
            Issue.record("a directory was made under a file")
        } catch {
            guard case .cannotCreate(let path, let reason) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(path == below && !reason.isEmpty && error.code == "store.cannotCreate")
        }
        let fresh = NSTemporaryDirectory() + "ecovol-dir-" + UUID().uuidString + "/a/b"
        try DataDirectory(path: fresh).ensureExists()
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: fresh, isDirectory: &isDirectory) && isDirectory.boolValue)
        let mode = try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        try? FileManager.default.removeItem(atPath: (fresh as NSString).deletingLastPathComponent)
    }
}
