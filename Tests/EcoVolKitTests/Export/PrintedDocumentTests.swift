import Foundation
import PropertyBased
import Testing

@testable import EcoVolKit

/// The HTML of documents meant for paper: dates and figures held together, the page
/// number in the paged-media footer, the attachment on pages of its own with its heading
/// row repeated, the seal over the issuer's name and date. What Chromium makes of it is
/// tested on the printed PDF in the end-to-end suite.
@MainActor
@Suite struct PrintedDocumentTests {
    /// The text `keepTogether` shows, tags removed and entities decoded.
    static func visible(_ html: String) -> String {
        // By scalar: a combining mark after `>` would otherwise hide the end of the tag.
        var out = String.UnicodeScalarView()
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" {
                inTag = true
            } else if scalar == ">" {
                inTag = false
            } else if !inTag {
                out.append(scalar)
            }
        }
        let text = String(out)
        return text.replacingOccurrences(of: "&lt;", with: "<", options: .literal).replacingOccurrences(
            of: "&gt;", with: ">", options: .literal
        ).replacingOccurrences(of: "&quot;", with: "\"", options: .literal)
            .replacingOccurrences(of: "&#39;", with: "'", options: .literal).replacingOccurrences(
                of: "&amp;", with: "&", options: .literal)
    }

    /// The runs held on one line.
    static func kept(_ html: String) -> [String] { split(html).kept }

    /// The kept runs and the text outside them, found by scalar (`.literal`), so a combining
    /// mark after a tag cannot hide it.
    static func split(_ html: String) -> (kept: [String], outside: String) {
        let open = "<span class=\"nw\">"
        let close = "</span>"
        var kept: [String] = []
        var outside = ""
        var rest = html[...]
        while let start = rest.range(of: open, options: .literal) {
            outside += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: close, options: .literal) else { break }
            kept.append(visible(String(rest[start.upperBound..<end.lowerBound])))
            rest = rest[end.upperBound...]
        }
        outside += rest
        return (kept, visible(outside))
    }

    @Test func datesTimesFiguresAndIdsAreHeldTogether() {
        let html = HTMLRenderer.keepTogether(
            "于 2026-01-05 09:30–11:30 服务 1.25 小时，电话 0851-12345678，编号 EV20261201-3F2A，2026年12月1日出具，共 101 次")
        #expect(
            Self.kept(html) == [
                "2026-01-05", "09:30–11:30", "1.25 小时", "0851-12345678", "EV20261201-3F2A", "2026年12月1日", "101 次",
            ])
        // Words without digits are left to the browser; a unit is only a whole word.
        #expect(Self.kept(HTMLRenderer.keepTogether("river patrol for 3 hours, 2 hello")) == ["3 hours", "2"])
        #expect(
            HTMLRenderer.keepTogether("<b>1</b> & 2")
                == "&lt;b&gt;<span class=\"nw\">1</span>&lt;/b&gt; &amp; <span class=\"nw\">2</span>")
    }

    @Test func aCombiningMarkAfterAKeptRunSurvives() {
        let html = HTMLRenderer.keepTogether("2\u{7}\u{369}")
        #expect(html == "<span class=\"nw\">2</span>\u{369}")
        #expect(Self.visible(html) == "2\u{369}")
    }

    @Test func keepingTogetherNeverChangesTheText() async {
        await propertyCheck(input: TestGen.text(0...40)) { text in
            let html = HTMLRenderer.keepTogether(text)
            #expect(Self.visible(html) == Self.visible(XMLText.escape(text)))
            // Every digit run sits whole inside one kept span.
            for run in Self.kept(html) { #expect(run.contains { $0.isASCII && $0.isNumber }) }
            let outside = Self.split(html).outside
            #expect(!outside.contains { $0.isASCII && $0.isNumber })
        }
    }

    @Test func pageNumbersComeFromTheCatalogueAsPagedMediaCounters() {
        #expect(HTMLRenderer.pageNumberContent(.zh) == "\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\"")
        #expect(HTMLRenderer.pageNumberContent(.en) == "\"Page \" counter(page) \" of \" counter(pages)")
        #expect(HTMLRenderer.cssString("a\"b\\c<") == "\"a\\\"b\\\\c\\3C \"")
    }

    static func document(_ layout: ReportDocument.Layout, language: Language = .zh) -> ReportDocument {
        let table = DataTable(
            columns: [
                .init("date", "日期"), .init("title", "活动名称"), .init("role", "身份"), .init("hours", "时长", numeric: true),
            ],
            rows: [
                [.text("2026-01-05"), .text("河湖巡护与水质监测宣传"), .text("志愿者"), .number(1.5)],
                [.text("2026-01-06"), .text("垃圾分类"), .text("讲师"), .number(2.25)],
            ])
        return ReportDocument(
            title: "志愿服务证明", subtitle: "证明编号：EV1", language: language, layout: layout,
            blocks: [
                .text("兹证明……"),
                .pairs([("姓名", "张三"), ("志愿者编号", "p1"), ("服务内容", String(repeating: "宣传教育 3 次 6 小时；", count: 4))]),
                .seal(label: "（单位公章）", lines: ["贵阳市生态环境志愿服务队", "2026年12月1日"], signatures: ["经办人（签字）"]),
                .attachment(
                    .init(
                        title: "附表：志愿服务明细", reference: "张三 · EV1", table: table,
                        total: [.text("合计"), .empty, .empty, .number(3.75)])),
            ])
    }

    @Test func certificateIsOneSheetThenItsAttachmentWithARepeatedHeading() throws {
        let html = HTMLRenderer.render(Self.document(.certificate))
        let (ok, check, error) = HTMLCheck.parse(html)
        #expect(ok, "\(error ?? "")")
        #expect(check.isSelfContained)
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@bottom-center { content: \"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\""))
        #expect(
            html.contains("@top-left { content: \"\"; } @top-center { content: \"\"; } @top-right { content: \"\"; }"))
        for font in ["\"SimSun\"", "\"FangSong\"", "\"STSong\"", "\"Noto Serif CJK SC\""] {
            #expect(html.contains(font), "font stack lacks \(font)")
        }
        // The certificate sheet closes before the attachment; the attachment starts a page.
        let main = try #require(html.range(of: "<section class=\"sheet main\">"))
        let attachment = try #require(html.range(of: "<section class=\"sheet attachment\">"))
        #expect(main.upperBound < attachment.lowerBound)
        #expect(html[main.upperBound..<attachment.lowerBound].contains("</section>"))
        #expect(html.contains(".attachment { break-before: page; }"))
        // Its title row is in <thead>, which Chromium repeats on every printed page.
        let thead = try #require(
            html.components(separatedBy: "<thead>").last?.components(separatedBy: "</thead>").first)
        #expect(Self.visible(thead).contains("附表：志愿服务明细张三 · EV1") && thead.contains(">日期<"))
        #expect(html.contains("<tr class=\"total\"><td class=\"nw\">合计</td>"))
        // Short words and figures stay on one line; a long title may wrap.
        #expect(
            html.contains("<td class=\"nw\">志愿者</td>")
                && html.contains("<td class=\"num\"><span class=\"nw\">2.25</span></td>"))
        #expect(html.contains("<td class=\"nw\"><span class=\"nw\">2026-01-05</span></td>"))
        #expect(html.contains("<td>河湖巡护与水质监测宣传</td>"))
        // Short pairs two to a row, a long value across the row.
        #expect(
            html.contains(
                "<tr><th scope=\"row\">姓名</th><td>张三</td><th scope=\"row\">志愿者编号</th><td><span class=\"nw\">p1</span></td></tr>"
            ))
        #expect(html.contains("<tr><th scope=\"row\">服务内容</th><td colspan=\"3\">"))
        // The seal is drawn over the issuer's name and date, with the signature lines beside.
        let seal = try #require(html.components(separatedBy: "<div class=\"issuer-sign\">").last)
        #expect(
            seal.hasPrefix("<div class=\"seal\" aria-label=\"（单位公章）\"><span>（单位公章）</span></div><p>贵阳市生态环境志愿服务队</p><p>"))
        #expect(html.contains("<div class=\"signatures\"><p>经办人（签字）<span class=\"blank\"></span></p></div>"))
    }

    @Test func recordIsLandscapeAndReportsKeepTheirScreenLayout() {
        let record = HTMLRenderer.render(Self.document(.record, language: .en))
        #expect(record.contains("@page { size: A4 landscape;"))
        #expect(record.contains("\"Page \" counter(page) \" of \" counter(pages)"))
        #expect(record.contains("--song: \"Times New Roman\""))
        let report = HTMLRenderer.render(Self.document(.report))
        #expect(
            report.contains("max-width: 60em") && !report.contains("sheet main")
                && !report.contains("@page { size: A4 landscape"))
    }

    @Test func markdownAndTerminalCarryTheAttachmentAndItsTotal() {
        let md = MarkdownRenderer.render(Self.document(.certificate))
        #expect(md.contains("## 附表：志愿服务明细"))
        #expect(md.contains("| 合计 |  |  | 3.75 |"))
        #expect(md.contains("经办人（签字）：" + String(repeating: "\\_", count: 16)))
        let text = TextLayout(width: 100).lines(for: Self.document(.certificate).screenBlocks).map(
            \.plainText
        ).joined(separator: "\n")
        #expect(text.contains("附表：志愿服务明细") && text.contains("3.75") && text.contains("2026年12月1日"))
    }

    @Test func officialDatesHaveNoLeadingZerosAndDoNotBreak() {
        #expect(ServiceCertificate.longDate(CalendarDate(year: 2026, month: 6, day: 5), .zh) == "2026年6月5日")
        #expect(
            ServiceCertificate.longDate(CalendarDate(year: 2026, month: 12, day: 1), .en)
                == "1\u{00A0}December\u{00A0}2026")
    }
}
