import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// A minimal RFC 5545 reader for the tests: checks every physical line (CRLF, ≤ 75 octets,
/// continuation lines start with one space, valid UTF-8 after unfolding) and returns the
/// content lines as name, parameters and unescaped value.
struct ICSContentLine: Equatable {
    var name: String
    var parameters: [String: String]
    var value: String
}

enum ICSReader {
    enum Failure: Error, Equatable {
        case bareLF, noFinalCRLF, splitUTF8
        case tooLong(String)
        case malformed(String)
    }

    static func read(_ text: String) throws -> [ICSContentLine] {
        let bytes = Array(text.utf8)
        guard bytes.suffix(2) == [0x0D, 0x0A] else { throw Failure.noFinalCRLF }
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                physical.append(current)
                current = []
                i += 2
                continue
            }
            if bytes[i] == 0x0A || bytes[i] == 0x0D { throw Failure.bareLF }
            current.append(bytes[i])
            i += 1
        }
        var logical: [[UInt8]] = []
        for line in physical {
            guard line.count <= 75 else { throw Failure.tooLong(String(decoding: line, as: UTF8.self)) }
            // Each physical line must itself be whole UTF-8 (folding never splits a character).
            guard String(validating: line, as: UTF8.self) != nil else { throw Failure.splitUTF8 }
            if line.first == 0x20, !logical.isEmpty {
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        return try logical.map { raw in
            let line = String(decoding: raw, as: UTF8.self)
            guard let colon = firstColonOutsideQuotes(line) else { throw Failure.malformed(line) }
            let head = line[..<colon].split(separator: ";").map(String.init)
            var parameters: [String: String] = [:]
            for p in head.dropFirst() {
                let kv = p.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { throw Failure.malformed(line) }
                parameters[kv[0]] = kv[1]
            }
            return ICSContentLine(
                name: head[0], parameters: parameters, value: String(line[line.index(after: colon)...]))
        }
    }

    static func firstColonOutsideQuotes(_ s: String) -> String.Index? {
        var quoted = false
        for i in s.indices {
            if s[i] == "\"" { quoted.toggle() }
            if s[i] == ":", !quoted { return i }
        }
        return nil
    }

    /// TEXT value unescaped (RFC 5545 3.3.11); fails on an escape the RFC does not define.
    static func unescape(_ value: String) throws -> String {
        var out = String.UnicodeScalarView()
        var escaping = false
        for c in value.unicodeScalars {
            if escaping {
                switch c {
                case "\\": out.append("\\")
                case ";": out.append(";")
                case ",": out.append(",")
                case "n", "N": out.append("\n")
                default: throw Failure.malformed("\\" + String(c))
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                guard c != ";", c != "," else { throw Failure.malformed(value) }
                out.append(c)
            }
        }
        return String(out)
    }

    /// The properties of each VEVENT.
    static func events(_ lines: [ICSContentLine]) -> [[String: ICSContentLine]] {
        var out: [[String: ICSContentLine]] = []
        var current: [String: ICSContentLine]? = nil
        for line in lines {
            if line.name == "BEGIN", line.value == "VEVENT" {
                current = [:]
                continue
            }
            if line.name == "END", line.value == "VEVENT", let c = current {
                out.append(c)
                current = nil
                continue
            }
            current?[line.name] = line
        }
        return out
    }
}

@MainActor
@Suite struct ICalendarTests {
    func export(_ f: ReportFixture, _ extra: String = "") async throws -> String {
        let path = try f.exportDirectory() + "/活动.ics"
        try await f.expectSuccess("/export calendar \(path) \(extra)")
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func calendarFollowsRFC5545LineByLine() async throws {
        let f = try await ReportFixture()
        let long = String(repeating: "生态环境志愿服务；河湖,巡护\\", count: 6)
        let id = try await f.schedule(
            "/schedule title=\"\(long.replacingOccurrences(of: "\\", with: "\\\\"))\" type=education start=\"2026-07-01 23:30\" end=01:30 overnight=yes city=贵阳 audience=community venue=\"市民中心; 3楼, A厅\""
        )
        let text = try await export(f)
        let lines = try ICSReader.read(text)
        #expect(lines.first == ICSContentLine(name: "BEGIN", parameters: [:], value: "VCALENDAR"))
        #expect(lines.last == ICSContentLine(name: "END", parameters: [:], value: "VCALENDAR"))
        #expect(lines.contains { $0.name == "VERSION" && $0.value == "2.0" })
        #expect(lines.contains { $0.name == "PRODID" })
        // One VTIMEZONE for Asia/Shanghai, fixed at +08:00.
        let tz = lines.drop { !($0.name == "BEGIN" && $0.value == "VTIMEZONE") }.prefix {
            !($0.name == "END" && $0.value == "VTIMEZONE")
        }
        #expect(tz.contains { $0.name == "TZID" && $0.value == "Asia/Shanghai" })
        #expect(tz.contains { $0.name == "TZOFFSETTO" && $0.value == "+0800" })
        #expect(tz.contains { $0.name == "DTSTART" })
        let events = ICSReader.events(lines)
        #expect(events.count == (try await f.state.sessions.count))
        for e in events {
            for required in ["UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "STATUS", "SEQUENCE"] {
                #expect(e[required] != nil, "\(required) missing")
            }
            #expect(e["DTSTART"]?.parameters["TZID"] == "Asia/Shanghai")
            #expect(e["DTSTAMP"]?.value.hasSuffix("Z") == true)
            #expect(try ICSReader.unescape(e["DESCRIPTION"]?.value ?? "").isEmpty == false)
        }
        // Round trip: the long title with ; , and \ comes back exactly; times are local, past midnight.
        let event = try #require(events.first { $0["UID"]?.value == "\(id)@ecovol" })
        #expect(try ICSReader.unescape(event["SUMMARY"]!.value) == long)
        #expect(try ICSReader.unescape(event["LOCATION"]!.value) == "市民中心; 3楼, A厅, 贵阳市")
        #expect(event["DTSTART"]?.value == "20260701T233000")
        #expect(event["DTEND"]?.value == "20260702T013000")
        #expect(text.contains("\r\n "))  // the long title was folded
        // The cancelled session is kept, marked cancelled, so calendars remove it.
        let cancelled = try #require(events.first { $0["UID"]?.value == "\(f.ids["s5"]!)@ecovol" })
        #expect(cancelled["STATUS"]?.value == "CANCELLED")
        #expect(events.filter { $0["STATUS"]?.value == "CANCELLED" }.count == 1)
    }

    @Test func reExportKeepsUIDsAndRaisesTheSequence() async throws {
        let f = try await ReportFixture()
        let first = ICSReader.events(try ICSReader.read(try await export(f)))
        let s4 = f.ids["s4"]!
        // A later edit (the clock moves on) must update, not duplicate, the event.
        f.context.now = { fixedNow.addingTimeInterval(3600) }
        try await f.expectSuccess("/edit \(s4) venue=遵义市第一中学")
        let second = ICSReader.events(try ICSReader.read(try await export(f, "force=yes")))
        #expect(Set(first.compactMap { $0["UID"]?.value }) == Set(second.compactMap { $0["UID"]?.value }))
        let before = try #require(first.first { $0["UID"]?.value == "\(s4)@ecovol" })
        let after = try #require(second.first { $0["UID"]?.value == "\(s4)@ecovol" })
        #expect(Int(after["SEQUENCE"]!.value)! > Int(before["SEQUENCE"]!.value)!)
        #expect(after["LOCATION"]?.value.hasPrefix("遵义市第一中学") == true)
    }

    @Test func filtersApplyToTheCalendar() async throws {
        let f = try await ReportFixture()
        let events = ICSReader.events(try ICSReader.read(try await export(f, "city=贵阳 period=2026-05")))
        #expect(
            Set(events.compactMap { $0["UID"]?.value }) == Set([f.ids["s1"]!, f.ids["s6"]!].map { $0 + "@ecovol" }))
        let wrong = await f.run("/export calendar \(try f.exportDirectory())/x.csv")
        #expect(wrong.error?.field == "file")
    }

    @Test func foldingAndEscapingHoldForAnyText() async {
        await propertyCheck(input: TestGen.text(0...120)) { text in
            let escaped = ICalendarWriter.escape(text)
            let folded = ICalendarWriter.fold("SUMMARY:" + escaped)
            // Physical lines by bytes (a continuation line may start with a combining mark,
            // which String would glue onto the folding space).
            var physical: [[UInt8]] = [[]]
            let bytes = Array(folded.utf8)
            var i = 0
            while i < bytes.count {
                if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                    physical.append([])
                    i += 2
                    continue
                }
                physical[physical.count - 1].append(bytes[i])
                i += 1
            }
            #expect(physical.allSatisfy { $0.count <= 75 && String(validating: $0, as: UTF8.self) != nil })
            #expect(physical.dropFirst().allSatisfy { $0.first == 0x20 })
            let unfolded = physical.enumerated().flatMap { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }
            #expect(unfolded == Array(("SUMMARY:" + escaped).utf8))
            // Escaped text has no raw separators or controls, and unescapes to the text minus controls.
            #expect(!escaped.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
            var expected = String.UnicodeScalarView()
            var previousCR = false
            for c in text.unicodeScalars {
                defer { previousCR = c == "\r" }
                if c == "\n" {
                    if !previousCR { expected.append("\n") }
                    continue
                }
                if c == "\r" {
                    expected.append("\n")
                    continue
                }
                if c == "\t" {
                    expected.append(" ")
                    continue
                }
                if c.value < 0x20 || c.value == 0x7F { continue }
                expected.append(c)
            }
            #expect(
                (try? ICSReader.unescape(escaped))?.unicodeScalars.elementsEqual(expected) == true,
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @MainActor @Test func commandLineCalendarTool() async throws {
        let dir = temporaryStoreDirectory()
        let store = try JSONFileStore(directory: dir, options: .init(now: { fixedNow }))
        try store.append(
            command: "test", [.putSession(sampleSession("s1aaaaaa")), .putSession(sampleSession("s2bbbbbb"))])
        store.close()
        let out = await CalendarTool.run(
            location: .directory(dir), file: nil, force: false, language: .zh, now: fixedNow)
        #expect(out.exitStatus == 0)
        let events = ICSReader.events(try ICSReader.read(try #require(out.calendar)))
        #expect(events.count == 2)
        let file = (dir as NSString).deletingLastPathComponent + "/cal.ics"
        #expect(
            await CalendarTool.run(location: .directory(dir), file: file, force: false, language: .zh, now: fixedNow)
                .exitStatus == 0)
        let again = await CalendarTool.run(
            location: .directory(dir), file: file, force: false, language: .en, now: fixedNow)
        #expect(again.exitStatus == 1)
        #expect(again.message.contains("force"))
        #expect(
            await CalendarTool.run(location: .directory(dir), file: file, force: true, language: .zh, now: fixedNow)
                .exitStatus == 0)
        #expect(
            await CalendarTool.run(
                location: .directory(dir), file: file + ".txt", force: true, language: .zh, now: fixedNow
            ).exitStatus == 1)  // an invalid value, not a usage error
        let empty = await CalendarTool.run(
            location: .directory(dir + "-missing"), file: nil, force: false, language: .zh, now: fixedNow)
        #expect(ICSReader.events(try ICSReader.read(try #require(empty.calendar))).isEmpty)
    }
}

/// The text of an event: the session's facts, labelled in the export's language.
@Suite struct ICalendarDescriptionTests {
    @Test func givenFactsAreLabelledAndMissingOnesLeftOut() {
        var s = sampleSession("S1")
        s.type = .training
        s.trainingLevel = .basic
        s.lecturers = ["刘老师", "王老师"]
        s.capacity = 30
        s.status = .cancelled
        s.cancelReason = "暴雨"
        s.project = nil
        let state = OutreachState()
        let zh = ICalendarWriter(now: fixedNow, calendarName: "x", language: .zh).description(s, state: state)
        #expect(zh.split(separator: "\n").first?.hasPrefix(L(.fieldType).zh + "：") == true)
        #expect(zh.contains(L(.fieldLecturer).zh + "：刘老师、王老师"))
        #expect(zh.contains(L(.fieldCapacity).zh + "：30"))
        #expect(zh.contains(L(.fieldStatus).zh + "：" + SessionStatus.cancelled.label.zh + "：暴雨"))
        #expect(zh.hasSuffix(L(.fieldId).zh + "：S1"))
        // No project, organiser, leader or notes: no line for them.
        for key in [MessageKey.fieldProject, .fieldOrganiser, .fieldLeader, .fieldNotes] {
            #expect(!zh.contains(L(key).zh + "："), "\(key)")
        }
        let en = ICalendarWriter(now: fixedNow, calendarName: "x", language: .en).description(s, state: state)
        #expect(en.contains(L(.fieldStatus).en + ": " + SessionStatus.cancelled.label.en + ": 暴雨"), "\(en)")
        #expect(!en.contains("："))
    }
}
