import Foundation
import Testing

@testable import EcoVolKit

#if canImport(FoundationXML)
    import FoundationXML
#endif

@MainActor
@Suite struct CertificateTests {
    @Test func certificateHasTheFourBlocksAndTheSeal() async throws {
        let f = try await ReportFixture()
        // 张三's hour at s6 lies inside s1: never certified silently.
        let refused = await f.run("/certificate 张三 from=2026-05-01 to=2026-05-31")
        #expect(refused.status == .failed && refused.error?.field == "overlaps")
        #expect(refused.error?.message.en.contains("overlaps=once") == true)
        let c = try await f.json(
            "/certificate 张三 from=2026-05-01 to=2026-05-31 overlaps=once issuer=贵阳市生态环境志愿服务队 head=王主任 handler=李四 contact=0851-12345678"
        )
        #expect(c["hours"]?.doubleValue == 5)  // s1 2 h, s2 3 h, s6's 1 h counted once (inside s1)
        #expect(c["sessions"]?.intValue == 3)
        #expect(c["overlaps_counted_once"] == .bool(true))
        let rows = try #require(c["service"]?.arrayValue)
        #expect(rows.compactMap { $0["hours"]?.doubleValue }.reduce(0, +) == 5)
        #expect(
            rows.first { $0["session"]?.stringValue == f.ids["s6"] }?["overlaps"] == .array([.string(f.ids["s1"]!)]))
        #expect(c["from"]?.stringValue == "2026-05-01" && c["to"]?.stringValue == "2026-05-31")
        let number = try #require(c["number"]?.stringValue)
        #expect(number.hasPrefix("EV20260529-"))
        // The same request gives the same number.
        #expect(
            try await f.json("/certificate 张三 from=2026-05-01 to=2026-05-31 overlaps=once")["number"]?.stringValue
                == number)

        let dir = try f.exportDirectory()
        try await f.expectSuccess("/certificate 钱七 file=\(dir)/证明.html issuer=贵阳市生态环境志愿服务队")
        let html = try String(contentsOfFile: dir + "/证明.html", encoding: .utf8)
        let (ok, check, error) = HTMLCheck.parse(html)
        #expect(ok, "\(error ?? "")")
        #expect(check.isSelfContained)
        for block in ["一、志愿者身份信息", "二、志愿服务信息", "三、出具单位信息", "四、其他信息", "证件号码", "志愿者编号", "证明编号", "出具日期", "（单位公章）"] {
            #expect(check.text.contains(block), "missing \(block)")
        }
        #expect(html.contains("class=\"seal\""))
        #expect(html.contains("@page { size: A4"))
        // The file given to the volunteer has the full ID number; the screen and JSON do not.
        #expect(check.text.contains("520102199003071236"))
        let screen = try await f.expectSuccess("/certificate 钱七")
        let lines = TextLayout(width: 100).lines(for: screen.blocks).map(\.plainText).joined(separator: "\n")
        #expect(!lines.contains("520102199003071236") && lines.contains("5201**********1236"))
        #expect(screen.warnings.contains { $0.zh.contains("head=") })

        try await f.expectSuccess("/certificate 张三 file=\(dir)/证明.md overlaps=once")
        let md = try String(contentsOfFile: dir + "/证明.md", encoding: .utf8)
        #expect(md.hasPrefix("# 志愿服务证明"))
        #expect(md.contains("## 四、其他信息"))
    }

    @Test func nothingToCertifyIsRefusedWithTheReason() async throws {
        let f = try await ReportFixture(language: .en)
        let none = await f.run("/certificate 李四 from=2026-01-01 to=2026-01-31")
        #expect(none.status == .failed)
        #expect(none.error?.code == "certificate.noService")
        let unknown = await f.run("/certificate 无名氏")
        #expect(unknown.error?.field == "person")
        let wrongExt = await f.run("/certificate 钱七 file=\(try f.exportDirectory())/c.csv")
        #expect(wrongExt.error?.field == "file")
    }

    @Test func recordHasTheRecordRulesFields() async throws {
        let f = try await ReportFixture()
        let r = try await f.json("/record 钱七")
        #expect(r["sex"]?.stringValue == "male")
        #expect(r["birth_month"]?.stringValue == "1990-03")
        #expect(r["id_number"]?.stringValue == "5201**********1236")
        #expect(r["phone"]?.stringValue == "139****1111")
        let zhang = try await f.json("/record 张三")
        let service = try #require(zhang["service"]?.arrayValue)
        #expect(service.count == 4)
        #expect(service.map { $0["date"]?.stringValue } == ["2026-03-10", "2026-05-10", "2026-05-10", "2026-05-20"])
        let s1 = try #require(service.first { $0["session"]?.stringValue == f.ids["s1"] })
        #expect(s1["leader"]?.stringValue == "王主任" && s1["recorder"]?.stringValue == "李记录")
        #expect(zhang["hours"]?.doubleValue == 8)  // s6's hour lies inside s1 and is counted once
        #expect(
            service.first { $0["session"]?.stringValue == f.ids["s6"] }?["overlaps"] == .array([.string(f.ids["s1"]!)]))
        let screen = try await f.expectSuccess("/record 张三")
        let text = TextLayout(width: 160).lines(for: screen.blocks).map(\.plainText).joined(separator: "\n")
        for heading in ["个人基本信息", "服务记录", "培训记录", "负责人", "记录人", "岗前基础培训"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
    }
}
