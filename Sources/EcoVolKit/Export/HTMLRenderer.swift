/// Writes a `ReportDocument` as one self-contained HTML page: styles inline, charts as
/// inline SVG, no scripts, fonts, images or links to fetch, so it opens offline, can be
/// mailed as a single attachment and prints on A4. The markup is well-formed XML.
public enum HTMLRenderer {
    public static func render(_ document: ReportDocument) -> String {
        var body: [String] = ["<h1>" + XMLText.escape(document.title) + "</h1>"]
        if let subtitle = document.subtitle { body.append("<p class=\"subtitle\">" + XMLText.escape(subtitle) + "</p>") }
        for block in document.blocks {
            switch block {
            case let .heading(text):
                body.append("<h2>" + XMLText.escape(text) + "</h2>")
            case let .paragraph(text, emphasis):
                let cls = emphasis == .warning ? " class=\"warning\"" : emphasis == .note ? " class=\"note\"" : ""
                let marker = emphasis == .warning ? TerminalDocumentRenderer.flagMarker + " " : ""
                body.append("<p\(cls)>" + lines(marker + text) + "</p>")
            case let .fields(pairs):
                body.append("<table class=\"fields\"><tbody>" + pairs.map {
                    "<tr><th scope=\"row\">" + XMLText.escape($0.0) + "</th><td>" + lines($0.1) + "</td></tr>"
                }.joined() + "</tbody></table>")
            case let .table(title, table, flagged):
                body.append(Self.table(title: title, table, flagged: flagged))
            case let .chart(title, items):
                body.append("<figure><figcaption>" + XMLText.escape(title) + "</figcaption>" + SVGBarChart(title: title, items: items).svg() + "</figure>")
            case let .list(items):
                body.append("<ul>" + items.map { "<li>" + lines($0) + "</li>" }.joined() + "</ul>")
            case let .seal(label, sealLines):
                body.append("<div class=\"seal-block\"><div class=\"seal\" aria-label=\"" + XMLText.escape(label) + "\">" + XMLText.escape(label)
                    + "</div><div class=\"signature\">" + sealLines.map { "<p>" + XMLText.escape($0) + "</p>" }.joined() + "</div></div>")
            }
        }
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
        \(document.layout == .certificate ? certificateStyle : reportStyle)
        </style>
        </head>
        <body class="\(document.layout == .certificate ? "certificate" : "report")">
        \(body.joined(separator: "\n"))
        </body>
        </html>

        """
    }

    static func table(title: String?, _ table: DataTable, flagged: Set<Int>) -> String {
        var out = "<table class=\"data\">"
        if let title { out += "<caption>" + XMLText.escape(title) + "</caption>" }
        out += "<thead><tr>" + table.columns.map { "<th scope=\"col\"" + ($0.numeric ? " class=\"num\"" : "") + ">" + XMLText.escape($0.title) + "</th>" }.joined() + "</tr></thead><tbody>"
        for (index, row) in table.textRows.enumerated() {
            let isFlagged = flagged.contains(index)
            out += isFlagged ? "<tr class=\"flagged\">" : "<tr>"
            for (column, text) in row.enumerated() {
                let cls = table.columns[column].numeric ? " class=\"num\"" : ""
                let shown = isFlagged && column == 0 ? TerminalDocumentRenderer.flagMarker + " " + text : text
                out += "<td\(cls)>" + lines(shown) + "</td>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// Escaped text with its line breaks as `<br />`.
    static func lines(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { XMLText.escape(String($0)) }.joined(separator: "<br />")
    }

    static let commonStyle = """
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1d1d1d; line-height: 1.5; }
    h1 { font-size: 1.5em; margin-bottom: 0.2em; }
    h2 { font-size: 1.15em; border-bottom: 1px solid #9bb89f; margin-top: 1.4em; }
    .subtitle, .note { color: #555; }
    .warning { color: #8a4b00; font-weight: bold; }
    table { border-collapse: collapse; margin: 0.6em 0; }
    th, td { border: 1px solid #b9c7bb; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
    th { background: #eef4ef; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
    tr.flagged td { background: #fff3e0; font-weight: bold; }
    figure { margin: 0.8em 0; }
    figcaption { font-weight: bold; }
    """

    static let reportStyle = commonStyle + """

    body { max-width: 60em; margin: 2em auto; padding: 0 1em; }
    @media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } table, figure { page-break-inside: avoid; } }
    """

    static let certificateStyle = commonStyle + """

    @page { size: A4; margin: 20mm; }
    body { max-width: 170mm; margin: 1.5em auto; padding: 0 1em; }
    h1 { text-align: center; letter-spacing: 0.3em; font-size: 1.8em; }
    .subtitle { text-align: center; }
    table.fields { width: 100%; }
    table.fields th { width: 9em; }
    .seal-block { display: flex; justify-content: flex-end; align-items: center; gap: 2em; margin-top: 2.5em; }
    .seal { width: 42mm; height: 42mm; border: 2px dashed #b03030; border-radius: 50%; color: #b03030; display: flex; align-items: center; justify-content: center; text-align: center; font-size: 0.9em; }
    .signature p { margin: 0.3em 0; }
    @media print { body { margin: 0; max-width: none; } .seal { border-color: #999; color: #999; } }
    """
}
