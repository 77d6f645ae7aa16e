import Foundation
import Testing

/// The record rules on the built binary, as a coordinator types them: each run is a new
/// process on the same temporary store, with the real clock (dates are written relative to
/// today or computed from it, so the tests hold on any day). Warnings may go to either
/// stream, so they are looked for in both.
@Suite("Record rules end to end", .enabled(if: EcoVolBinary.exists, "build the binary first: swift build"))
struct RecordRulesEndToEndTests {
    let home = EcoVolBinary.temporaryDirectory()

    /// Today in Shanghai, and a day `offset` days away, as `yyyy-MM-dd`.
    static func day(_ offset: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let date = calendar.date(byAdding: .day, value: offset, to: Date()) ?? Date()
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    @discardableResult
    func run(_ lines: String..., lang: String = "zh") throws -> EcoVolBinary.Result {
        try EcoVolBinary.run(["--lang", lang] + lines.flatMap { ["-c", $0] }, home: home)
    }

    func json(_ line: String) throws -> [String: Any] {
        let result = try EcoVolBinary.run(["--json", "-c", line], home: home)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return try #require(object, "\(line): \(result.stdout) \(result.stderr)")
    }

    func schedule(_ fields: String) throws -> String {
        let out = try json("/schedule title=T type=education city=贵阳 audience=community " + fields)
        let sessions = try #require(out["sessions"] as? [[String: Any]], "\(out)")
        return try #require(sessions.first?["id"] as? String)
    }

    @Test func datesWithoutAYearAndBackFilledStarts() throws {
        // 6月5日 is the next 5 June: this year's if it is still ahead, else next year's.
        let today = Self.day(0)
        let year = Int(today.prefix(4)) ?? 2026
        let june = today <= "\(year)-06-05" ? year : year + 1
        let out = try json(
            "/schedule title=T type=education city=贵阳 audience=community start=\"6月5日 上午9点半\" duration=2h")
        let start = try #require((out["sessions"] as? [[String: Any]])?.first?["start"] as? String)
        #expect(start == "\(june)-06-05T01:30:00Z")
        let shown = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"6月5日 上午9点半\" duration=2h")
        #expect(shown.stdout.contains("\(june)-06-05"))
        // Yesterday: refused, naming the field and the way to back-fill …
        let refused = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"昨天 9:00\" duration=2h")
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("start") && refused.stderr.contains("past=yes")
                && refused.stderr.contains(Self.day(-1)))
        let english = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"yesterday 9:00\" duration=2h",
            lang: "en")
        #expect(english.status == 1 && english.stderr.contains("start:") && english.stderr.contains("has passed"))
        // … accepted as a deliberate back-filled record, with a warning.
        let back = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"昨天 9:00\" duration=2h past=yes")
        #expect(back.status == 0 && (back.stdout + back.stderr).contains("补录"))
        let withYear = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"\(Self.day(-3)) 9:00\" duration=2h")
        #expect(withYear.status == 0 && (withYear.stdout + withYear.stderr).contains("补录"))
        // Years outside 2000–2100.
        for bad in ["1900-01-01 9:00", "9999-01-01 9:00"] {
            let r = try run("/schedule title=T type=education city=贵阳 audience=community start=\"\(bad)\" duration=2h")
            #expect(r.status != 0 && r.stderr.contains("2000–2100") && !r.stdout.contains("10000"))
        }
    }

    @Test func timesInWordsAndTheEndOfTheDay() throws {
        let tomorrow = Self.day(1)
        for (text, clock) in [
            ("明天 下午两点", "06:00"), ("明天 两点半", "06:30"), ("明天 三点一刻", "07:15"), ("明天 十点", "02:00"),
            ("tomorrow 2pm", "06:00"),
        ] {
            let out = try json(
                "/schedule title=T type=education city=贵阳 audience=community start=\"\(text)\" duration=1h")
            let start = (out["sessions"] as? [[String: Any]])?.first?["start"] as? String
            // Shanghai is UTC+8: 14:00 there is 06:00Z the same day.
            #expect(start?.hasSuffix("T\(clock):00Z") == true, "\(text): \(String(describing: start))")
            #expect(start.map { $0.hasPrefix(tomorrow) || $0.hasPrefix(Self.day(0)) } == true, "\(text)")
        }
        let monthName = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"June 5 9:30\" duration=1h", lang: "en")
        #expect(monthName.status == 0 && monthName.stdout.contains("-06-05"))
        let endFirst = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"明天 14:00\" end=13:00")
        #expect(endFirst.status == 1 && endFirst.stderr.contains("end") && endFirst.stderr.contains("overnight=yes"))
        let overnight = try run(
            "/schedule title=T type=education city=贵阳 audience=community start=\"明天 22:00\" end=01:00 overnight=yes")
        #expect(overnight.status == 0 && overnight.stdout.contains("01:00"))
        let long = try run("/schedule title=T type=education city=贵阳 audience=community start=\"明天 6:00\" duration=14h")
        #expect(long.status == 1 && long.stderr.contains("long=yes"))
        #expect(
            try run(
                "/schedule title=T type=education city=贵阳 audience=community start=\"明天 6:00\" duration=14h long=yes"
            ).status == 0)
    }

    @Test func whoIsWho() throws {
        let id = try schedule("start=\"明天 9:00\" duration=2h")
        #expect(try run("/log \(id) name=张三 phone=13812345678 org=贵州大学").status == 0)
        let other = try run("/log \(id) name=张三 phone=13900001111 org=贵州师范大学")
        #expect(other.status == 0 && (other.stdout + other.stderr).contains("另一个人"))
        let people = try json("/people 张三")
        #expect((people["people"] as? [Any])?.count == 2, "\(people)")
        let taken = try run("/log \(id) name=李四 phone=13812345678")
        #expect(
            taken.status == 1 && taken.stderr.contains("phone") && taken.stderr.contains("138****5678")
                && !taken.stderr.contains("13812345678"))
        let ids = try #require((people["people"] as? [[String: Any]])?.compactMap { $0["id"] as? String })
        let merge = try run("/merge \(ids[0]) \(ids[1])")
        #expect(merge.status == 1 && merge.stderr.contains("confirm=yes") && merge.stderr.contains("org"))
        #expect(try run("/merge \(ids[0]) \(ids[1]) confirm=yes").status == 0)
    }

    @Test func hoursOnlyForWhatHappenedAndOverlapsOnce() throws {
        let ahead = try schedule("start=\"明天 9:00\" duration=2h")
        #expect(try run("/log \(ahead) 王五").status == 0)
        let done = try run("/done \(ahead)")
        #expect(done.status == 1 && done.stderr.contains("id"))
        #expect(try run("/checkin \(ahead) 王五").status == 1)
        // Two back-filled sessions three days ago, 09:00–11:00 and 10:00–12:00.
        let day = Self.day(-3)
        let a = try schedule("start=\"\(day) 9:00\" duration=2h")
        let b = try schedule("start=\"\(day) 10:00\" duration=2h")
        #expect(
            try run(
                "/log \(a) name=赵六 phone=13700001234", "/log \(b) name=赵六 phone=13700001234", "/done \(a)", "/done \(b)"
            ).status == 0)
        let person = try json("/person 赵六")
        #expect(person["hours"] as? Double == 3)
        let refused = try run("/certificate 赵六")
        #expect(refused.status == 1 && refused.stderr.contains("overlaps=once"))
        let cert = try json("/certificate 赵六 overlaps=once")
        #expect(cert["hours"] as? Double == 3)
        let rows = try #require(cert["service"] as? [[String: Any]]).compactMap { $0["hours"] as? Double }
        #expect(rows.reduce(0, +) == 3)
        let record = try run("/record 赵六")
        #expect(record.stdout.contains(a) && record.stdout.contains("重叠"))
        // A done session is cancelled only with force=yes, and its hours leave every total.
        let cancel = try run("/cancel \(b) reason=重复登记")
        #expect(cancel.status == 1 && cancel.stderr.contains("force=yes"))
        #expect(try run("/edit \(a) duration=3h").status == 1)
        let forced = try run("/cancel \(b) reason=重复登记 force=yes")
        #expect(forced.status == 0 && forced.stdout.contains("赵六"))
        #expect(try json("/person 赵六")["hours"] as? Double == 2)
        #expect(try json("/certificate 赵六")["hours"] as? Double == 2)
    }

    @Test func oneNumberAndPlausibility() throws {
        let id = try schedule("start=\"\(Self.day(-2)) 9:00\" duration=2h capacity=5")
        let logged = try run("/log \(id) name=钱七 hours=1.25")
        #expect(logged.status == 0 && logged.stdout.contains("1.25"))
        let cert = try run("/certificate 钱七")
        #expect(cert.stdout.contains("1.25 小时") && !cert.stdout.contains("1.2 小时"))
        let big = try run("/log \(id) name=孙八 hours=24")
        #expect((big.stdout + big.stderr).contains("hours") && (big.stdout + big.stderr).contains("超过活动时长"))
        #expect(try run("/log \(id) 周九 吴十").status == 0)
        let capacity = try run("/edit \(id) capacity=1")
        #expect(capacity.status == 0 && (capacity.stdout + capacity.stderr).contains("少于已报名"))
    }

    @Test func theDemoFollowsTheRules() throws {
        let dir = home + "/demo"
        let made = try EcoVolBinary.run(["--lang", "zh", "demo", dir], home: home)
        #expect(made.status == 0)
        #expect(made.stdout.contains("有意留下"))
        let check = try EcoVolBinary.run(["--json", "--store", dir, "-c", "/check"], home: home)
        let findings = try #require(
            (try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])?["findings"]
                as? [[String: Any]])
        let kinds = Set(findings.compactMap { $0["kind"] as? String })
        #expect(kinds.isSubset(of: ["missing_leader", "missing_recorder", "uninsured"]), "\(kinds)")
        let projects = try EcoVolBinary.run(["--json", "--store", dir, "-c", "/projects"], home: home)
        let list = try #require(
            (try JSONSerialization.jsonObject(with: Data(projects.stdout.utf8)) as? [String: Any])?["projects"]
                as? [[String: Any]])
        let names = list.compactMap { $0["name"] as? String }
        #expect(names.count == Set(names).count && names.count >= 6)
    }
}
