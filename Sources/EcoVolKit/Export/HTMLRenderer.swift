/// Writes a `ReportDocument` as one self-contained HTML page: styles inline, charts as
/// inline SVG, no scripts, fonts, images or links to fetch, so it opens offline, can be
/// mailed as a single attachment and prints on A4. The markup is well-formed XML.
///
/// Certificates and service records are documents an office signs and stamps, so they are
/// laid out as Chinese official documents are (GB/T 9704): A4, 宋体/仿宋 with Noto Serif CJK
/// as the fallback every Linux has, the seal over the issuer's name and date at the bottom
/// right, every printed page numbered "第 N 页 共 M 页" through CSS paged media (which
/// Chromium prints, headless or not). Dates, times, figures and ids are never broken across
/// lines.
package enum HTMLRenderer {
    package static func render(_ document: ReportDocument) -> String {
        let layout = document.layout
        let paged = layout != .report
        var body: [String] = []
        if paged { body.append("<section class=\"sheet main\">") }
        body.append("<h1>" + lines(document.title) + "</h1>")
        if let subtitle = document.subtitle { body.append("<p class=\"subtitle\">" + lines(subtitle) + "</p>") }
        var sheetOpen = paged
        for block in document.blocks {
            switch block {
            case .heading(let text), .section(let text):
                body.append("<h2>" + lines(text) + "</h2>")
            case .paragraph(let text, _):
                switch ParagraphEmphasis(text) {
                case .plain: body.append("<p>" + styled(text) + "</p>")
                case .note: body.append("<p class=\"note\">" + lines(text.plainText) + "</p>")
                case .warning:
                    body.append("<p class=\"warning\">" + lines(TextTable.flagMarker + " " + text.plainText) + "</p>")
                }
            case .preformatted(let text):
                body.append("<pre>" + text.map { XMLText.escape($0.plainText) }.joined(separator: "\n") + "</pre>")
            case .fields(let pairs):
                body.append(fields(pairs.map { ($0.0, $0.1.plainText) }, paired: layout == .certificate))
            case .table(let table):
                body.append(Self.table(title: nil, DataTable(table), flagged: []))
            case .dataTable(let title, let table, let flagged):
                body.append(Self.table(title: title, table, flagged: flagged))
            case .barChart(let chart):
                body.append(
                    "<figure><figcaption>" + lines(chart.title) + "</figcaption>" + SVGBarChart(chart).svg()
                        + "</figure>")
            case .list(let items):
                body.append("<ul>" + items.map { "<li>" + styled($0) + "</li>" }.joined() + "</ul>")
            case .seal(let label, let sealLines, let signatures):
                body.append(seal(label: label, lines: sealLines, signatures: signatures))
            case .attachment(let attachment):
                if sheetOpen {
                    body.append("</section>")
                    sheetOpen = false
                }
                body.append(Self.attachment(attachment))
            case .blank:
                continue
            }
        }
        if sheetOpen { body.append("</section>") }
        let lang = document.language == .zh ? "zh-CN" : "en"
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="generator" content="ecovol" />
            <title>\(XMLText.escape(document.title))</title>
            <style>
            \(style(for: document))
            </style>
            </head>
            <body class="\(layout == .certificate ? "certificate" : layout == .record ? "record" : "report")">
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static func table(title: String?, _ table: DataTable, flagged: Set<Int>) -> String {
        var out = "<table class=\"data\">"
        if let title { out += "<caption>" + lines(title) + "</caption>" }
        out += "<thead>" + headerRow(table) + "</thead><tbody>" + bodyRows(table, flagged: flagged) + "</tbody></table>"
        return out
    }

    static func headerRow(_ table: DataTable) -> String {
        "<tr>"
            + table.columns.map {
                "<th scope=\"col\"" + ($0.numeric ? " class=\"num\"" : "") + ">" + lines($0.title) + "</th>"
            }.joined() + "</tr>"
    }

    /// A column whose every cell is a short word or two (`志愿者`, `宣传教育`, `attended`)
    /// is kept on one line: splitting such a word is worse than narrowing a long title.
    static let shortCell = 12

    static func bodyRows(_ table: DataTable, flagged: Set<Int>, rowClass: String? = nil) -> String {
        var out = ""
        let rows = table.textRows
        let short = table.columns.indices.map { column in rows.allSatisfy { DisplayWidth.of($0[column]) <= shortCell } }
        for (index, row) in rows.enumerated() {
            let isFlagged = flagged.contains(index)
            let classes = [isFlagged ? "flagged" : nil, rowClass].compactMap { $0 }
            out += classes.isEmpty ? "<tr>" : "<tr class=\"" + classes.joined(separator: " ") + "\">"
            for (column, text) in row.enumerated() {
                let cls = table.columns[column].numeric ? " class=\"num\"" : short[column] ? " class=\"nw\"" : ""
                let shown = isFlagged && column == 0 ? TextTable.flagMarker + " " + text : text
                out += "<td\(cls)>" + lines(shown) + "</td>"
            }
            out += "</tr>"
        }
        return out
    }

    /// Label–value pairs. On a certificate, short pairs sit two to a row so the four blocks
    /// fit one page; a long value takes the whole row.
    static func fields(_ pairs: [(String, String)], paired: Bool) -> String {
        guard paired else {
            return "<table class=\"fields\"><tbody>"
                + pairs.map {
                    "<tr><th scope=\"row\">" + lines($0.0) + "</th><td>" + lines($0.1) + "</td></tr>"
                }.joined() + "</tbody></table>"
        }
        func isShort(_ pair: (String, String)) -> Bool { DisplayWidth.of(pair.1) <= 24 && !pair.1.contains("\n") }
        var rows: [String] = []
        var pending: (String, String)?
        func cell(_ pair: (String, String), span: Bool) -> String {
            "<th scope=\"row\">" + lines(pair.0) + "</th><td" + (span ? " colspan=\"3\"" : "") + ">" + lines(pair.1)
                + "</td>"
        }
        for pair in pairs {
            if isShort(pair) {
                if let first = pending {
                    rows.append("<tr>" + cell(first, span: false) + cell(pair, span: false) + "</tr>")
                    pending = nil
                } else {
                    pending = pair
                }
            } else {
                if let first = pending {
                    rows.append("<tr>" + cell(first, span: true) + "</tr>")
                    pending = nil
                }
                rows.append("<tr>" + cell(pair, span: true) + "</tr>")
            }
        }
        if let first = pending { rows.append("<tr>" + cell(first, span: true) + "</tr>") }
        return
            "<table class=\"fields paired\"><colgroup><col class=\"label\" /><col /><col class=\"label\" /><col /></colgroup><tbody>"
            + rows.joined() + "</tbody></table>"
    }

    /// The issuer's name and date at the bottom right with the seal's place drawn over them
    /// (印章居中下压署名和日期), and the lines for handwritten signatures to the left.
    static func seal(label: String, lines sealLines: [String], signatures: [String]) -> String {
        var out = "<div class=\"seal-block\">"
        out +=
            "<div class=\"signatures\">"
            + signatures.map { "<p>" + lines($0) + "<span class=\"blank\"></span></p>" }.joined() + "</div>"
        out +=
            "<div class=\"issuer-sign\"><div class=\"seal\" aria-label=\"" + XMLText.escape(label) + "\"><span>"
            + lines(label) + "</span></div>"
        out += sealLines.map { "<p>" + lines($0) + "</p>" }.joined()
        return out + "</div></div>"
    }

    /// The attached list on pages of its own; its title row repeats on every page.
    static func attachment(_ a: OutputBlock.Attachment) -> String {
        let columns = max(a.table.columns.count, 1)
        var head =
            "<tr class=\"running\"><th colspan=\"\(columns)\" scope=\"colgroup\"><span class=\"attachment-title\">"
            + lines(a.title) + "</span>"
        if let reference = a.reference { head += "<span class=\"reference\">" + lines(reference) + "</span>" }
        head += "</th></tr>" + headerRow(a.table)
        var rows = bodyRows(a.table, flagged: a.flagged)
        if let total = a.total {
            rows += bodyRows(DataTable(columns: a.table.columns, rows: [total]), flagged: [], rowClass: "total")
        }
        return "<section class=\"sheet attachment\"><table class=\"data attached\"><thead>" + head + "</thead><tbody>"
            + rows + "</tbody></table></section>"
    }

    /// Running text whose bold and heading spans are `<strong>`; other styles are the screen's.
    static func styled(_ text: StyledText) -> String {
        text.markup(escape: lines, strong: { "<strong>" + $0 + "</strong>" })
    }

    /// Escaped text with its line breaks as `<br />` and every date, time, figure and id
    /// held together on one line.
    static func lines(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { keepTogether(String($0)) }.joined(separator: "<br />")
    }

    /// Characters that join two alphanumerics into one token: `2026-06-05`, `09:30–11:30`,
    /// `1.25`, `0851-12345678`, `EV20261201-3F2A`, `2026年12月1日`.
    static let joiners: Set<Character> = [".", ":", "-", "–", "—", "/", ",", "~", "～", "年", "月", "_"]
    /// Units that stay with the figure before them (`247 小时`, `3 h`).
    static let units = ["小时", "分钟", "日", "号", "次", "人", "页", "%", "hours", "hour", "min", "h"]

    /// Escapes `text`; each run that contains a digit and is made of ASCII letters, digits and
    /// joiners (and a following unit) is wrapped in `<span class="nw">`, which never breaks.
    static func keepTogether(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var plain = ""
        var i = 0
        func isAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        while i < chars.count {
            guard isAlnum(chars[i]) else {
                plain.append(chars[i])
                i += 1
                continue
            }
            var j = i
            var hasDigit = false
            while j < chars.count {
                if isAlnum(chars[j]) {
                    hasDigit = hasDigit || chars[j].isNumber
                    j += 1
                    continue
                }
                if joiners.contains(chars[j]), j + 1 < chars.count, isAlnum(chars[j + 1]) {
                    j += 1
                    continue
                }
                break
            }
            guard hasDigit else {
                plain += String(chars[i..<j])
                i = j
                continue
            }
            // A unit after the figure, with or without one space, when it ends a word.
            var k = j
            if k < chars.count, chars[k] == " " { k += 1 }
            for unit in units {
                let u = Array(unit)
                guard k + u.count <= chars.count, Array(chars[k..<(k + u.count)]) == u else { continue }
                let after = k + u.count
                if after < chars.count, unit.first?.isASCII == true, isAlnum(chars[after]) { continue }
                j = after
                break
            }
            out += XMLText.escape(plain) + "<span class=\"nw\">" + XMLText.escape(String(chars[i..<j])) + "</span>"
            plain = ""
            i = j
        }
        return out + XMLText.escape(plain)
    }

    // MARK: Styles

    /// A CSS string literal.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += " "
            case "<": out += "\\3C "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `content:` for the page number: "第 " counter(page) " 页 共 " counter(pages) " 页".
    static func pageNumberContent(_ language: Language) -> String {
        let template = L(.documentPageOf).text(language)
        var parts: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let literal = String(rest[..<open])
            if !literal.isEmpty { parts.append(cssString(literal)) }
            let name = rest[rest.index(after: open)..<close]
            parts.append(name == "pages" ? "counter(pages)" : "counter(page)")
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(cssString(String(rest))) }
        return parts.joined(separator: " ")
    }

    /// The page: A4, the page number at the bottom centre, and the other margin boxes
    /// declared empty — which is what keeps a browser's own header and footer (date, title,
    /// file path) off the paper even when the print dialogue has them switched on.
    static func style(for document: ReportDocument) -> String {
        let fonts = document.language == .zh ? chineseFonts : englishFonts
        let page = """
            @page { size: \(document.layout == .record ? "A4 landscape" : "A4"); margin: \(document.layout == .report ? "18mm 16mm 20mm" : "25mm 22mm 22mm");
              @top-left { content: ""; } @top-center { content: ""; } @top-right { content: ""; } @bottom-left { content: ""; } @bottom-right { content: ""; }
              @bottom-center { content: \(pageNumberContent(document.language)); font-family: \(fonts.body); font-size: 10.5pt; color: #333; } }
            """
        switch document.layout {
        case .report: return fonts.variables + commonStyle + reportStyle + page
        case .certificate: return fonts.variables + commonStyle + paperStyle + certificateStyle + page
        case .record: return fonts.variables + commonStyle + paperStyle + recordStyle + page
        }
    }

    struct Fonts {
        var variables: String
        var body: String
    }

    /// 宋体 for titles and tables, 仿宋 for running text, as official documents use them;
    /// Noto Serif CJK (Debian's fonts-noto-cjk) wherever the Windows or macOS fonts are missing.
    static let chineseFonts = Fonts(
        variables: """
            :root {
              --title: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "STSong", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif;
              --song: "SimSun", "宋体", "STSong", "Songti SC", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif;
              --fang: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "SimSun", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC", serif;
            }

            """, body: "var(--song)")

    /// The same paper look in English, with a Latin serif first and the CJK serif for names.
    static let englishFonts = Fonts(
        variables: """
            :root {
              --title: "Times New Roman", "Liberation Serif", "Noto Serif", "SimSun", "Noto Serif CJK SC", serif;
              --song: "Times New Roman", "Liberation Serif", "Noto Serif", "SimSun", "STSong", "Noto Serif CJK SC", serif;
              --fang: "Times New Roman", "Liberation Serif", "Noto Serif", "FangSong", "SimSun", "Noto Serif CJK SC", serif;
            }

            """, body: "var(--song)")

    static let commonStyle = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d1d1d; line-height: 1.5; }
        h1 { font-size: 1.5em; margin-bottom: 0.2em; }
        h2 { font-size: 1.15em; border-bottom: 1px solid #9bb89f; margin-top: 1.4em; }
        .subtitle, .note { color: #555; }
        .warning { color: #8a4b00; font-weight: bold; }
        table { border-collapse: collapse; margin: 0.6em 0; }
        th, td { border: 1px solid #b9c7bb; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #eef4ef; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .nw { white-space: nowrap; }
        caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
        tr.flagged td { background: #fff3e0; font-weight: bold; }
        figure { margin: 0.8em 0; }
        figcaption { font-weight: bold; }

        """

    static let reportStyle = """
        body { max-width: 60em; margin: 2em auto; padding: 0 1em; }
        @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } table, figure { page-break-inside: avoid; } }

        """

    /// What certificates and records share: paper sheets on screen, black on white in serif,
    /// thin black rules, headers that never split.
    static let paperStyle = """
        body { font-family: var(--song); color: #000; background: #e9e9e6; margin: 0; padding: 1em 0; line-height: 1.6; font-size: 12pt; }
        .sheet { background: #fff; margin: 0 auto 1.5em; box-shadow: 0 0 0.4em rgba(0, 0, 0, 0.25); box-sizing: border-box; }
        h1 { font-family: var(--title); font-weight: bold; text-align: center; margin: 0 0 0.3em; }
        h2 { font-family: var(--song); font-weight: bold; font-size: 12pt; border: none; margin: 0.9em 0 0.3em; break-after: avoid; }
        .subtitle { text-align: center; color: #000; margin: 0 0 1em; }
        .note { color: #000; font-family: var(--fang); }
        table { width: 100%; margin: 0.3em 0; }
        th, td { border: 0.75pt solid #000; padding: 0.15em 0.45em; }
        th { background: none; font-weight: bold; }
        thead th { white-space: nowrap; text-align: center; }
        tr { break-inside: avoid; }
        tr.flagged td { background: none; }
        @media print {
          body { background: none; padding: 0; }
          .sheet { margin: 0; padding: 0; box-shadow: none; width: auto; min-height: 0; }
        }

        """

    static let certificateStyle = """
        @media screen { .sheet { width: 210mm; padding: 25mm 22mm 22mm; } .main { min-height: 297mm; } }
        h1 { font-size: 22pt; margin-top: 0.2em; }
        html:lang(zh-CN) h1 { letter-spacing: 0.4em; }
        html:lang(en) .main > p { font-size: 13pt; line-height: 1.6; }
        html:lang(en) table.fields, html:lang(en) .signatures p { font-size: 11pt; }
        html:lang(en) .issuer-sign { font-size: 13pt; }
        .subtitle { font-size: 12pt; }
        .main > p { font-family: var(--fang); font-size: 14pt; text-indent: 2em; line-height: 1.6; margin: 0.4em 0; }
        .main > p.note { font-size: 12pt; text-indent: 0; }
        table.fields { font-size: 12pt; line-height: 1.4; }
        .main h2 { margin: 0.7em 0 0.2em; }
        table.fields th { white-space: nowrap; width: 6.5em; }
        html:lang(zh-CN) table.fields th { text-align: justify; text-align-last: justify; }
        table.fields td { font-family: var(--fang); }
        .seal-block { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm; margin-top: 4mm; break-inside: avoid; }
        .signatures { flex: 0 0 auto; }
        .signatures p { margin: 0.5em 0 0; font-size: 12pt; white-space: nowrap; }
        .signatures .blank { display: inline-block; width: 30mm; border-bottom: 0.75pt solid #000; margin-left: 0.3em; }
        .issuer-sign { position: relative; box-sizing: border-box; min-width: 64mm; max-width: 90mm; min-height: 42mm; padding: 5mm 2mm 0;
                       display: flex; flex-direction: column; justify-content: center; text-align: center; font-family: var(--fang); font-size: 14pt; line-height: 1.5; }
        .issuer-sign p { margin: 0.1em 0; }
        .seal { position: absolute; left: 50%; top: 0; width: 42mm; height: 42mm; margin-left: -21mm; box-sizing: border-box;
                border: 1pt dashed #c0392b; border-radius: 50%; color: #c0392b; font-family: var(--song); font-size: 9pt;
                display: flex; align-items: flex-start; justify-content: center; padding-top: 5mm; }
        .attachment { break-before: page; }
        table.attached { font-size: 10pt; line-height: 1.35; margin: 0; }
        table.attached tr.running th { border: none; text-align: left; font-size: 12pt; padding: 0 0 0.4em; }
        .attachment-title { font-weight: bold; }
        .reference { float: right; font-weight: normal; font-size: 10.5pt; }
        tr.total td { font-weight: bold; }

        """

    static let recordStyle = """
        @media screen { .sheet { width: 297mm; padding: 20mm 22mm; } }
        h1 { font-size: 20pt; }
        html:lang(zh-CN) h1 { letter-spacing: 0.2em; }
        table.fields th { white-space: nowrap; width: 8em; }
        table.data { font-size: 10.5pt; }
        table.data td:first-child { white-space: nowrap; }
        .attachment { break-before: page; }

        """
}
