import Foundation

/// Lays command output out for a given width: wraps paragraphs by display columns
/// (breaking between CJK characters or at spaces, never before Chinese closing
/// punctuation), aligns tables, draws bar charts, and strips control characters from every
/// piece of text on the way (see `TerminalSafeText`).
package struct TextLayout: Sendable {
    package var width: Int
    /// Without colour, matched terms are shown as 【term】; the brackets are laid out with
    /// the text so wrapped lines still fit.
    package var highlightMarkers: Bool

    package init(width: Int, highlightMarkers: Bool = false) {
        self.width = max(20, width)
        self.highlightMarkers = highlightMarkers
    }

    /// Every block as display lines.
    package func lines(for blocks: [OutputBlock]) -> [StyledText] {
        var out: [StyledText] = []
        for block in blocks {
            out.append(contentsOf: lines(for: block))
        }
        return out
    }

    package func lines(for block: OutputBlock) -> [StyledText] {
        switch block {
        case .heading(let text):
            return [StyledText(TerminalSafeText.singleLine(text), .heading)]
        case .paragraph(let text, let indent):
            return wrap(sanitized(text), width: width, indent: indent, hanging: indent)
        case .preformatted(let lines):
            return lines.map { sanitizedLine($0) }
        case .fields(let pairs):
            let labelWidth = min(pairs.map { DisplayWidth.of(TerminalSafeText.singleLine($0.0)) }.max() ?? 0, width / 3)
            var out: [StyledText] = []
            for (label, value) in pairs {
                let head = StyledText(
                    DisplayWidth.padRight(TerminalSafeText.singleLine(label), to: labelWidth) + "  ", .dim)
                let wrapped = wrap(
                    sanitized(value), width: width, indent: 0, hanging: labelWidth + 2, firstLineUsed: labelWidth + 2)
                if let first = wrapped.first {
                    out.append(head + first)
                    out.append(contentsOf: wrapped.dropFirst())
                } else {
                    out.append(head)
                }
            }
            return out
        case .section(let text):
            return [StyledText("")] + wrap(sanitized(StyledText(text, .bold)), width: width)
        case .table(let table):
            return tableLines(table)
        case .dataTable(let title, let table, let flagged):
            let heading = title.map { wrap(sanitized(StyledText($0, .bold)), width: width) } ?? []
            return heading + tableLines(TextTable(table, flagged: flagged))
        case .list(let items):
            return items.flatMap { wrap(StyledText("• ") + sanitized($0), width: width, indent: 0, hanging: 2) }
        case .barChart(let chart):
            return chartLines(chart)
        case .seal(let label, let lines, _):
            // Signature lines are for paper; the screen shows who issues and when.
            return self.lines(for: .fields([(label, StyledText(lines.joined(separator: "  ")))]))
        case .attachment(let attachment):
            var out = [StyledText("")] + wrap(sanitized(StyledText(attachment.title, .bold)), width: width)
            if let reference = attachment.reference {
                out += wrap(sanitized(StyledText(reference, .dim)), width: width)
            }
            return out + tableLines(TextTable(attachment.tableWithTotal, flagged: attachment.flagged))
        case .blank:
            return [StyledText("")]
        }
    }

    // MARK: - Wrapping

    func sanitized(_ text: StyledText) -> StyledText {
        StyledText(text.spans.map { marked(StyledSpan(TerminalSafeText.sanitize($0.text), $0.style)) })
    }

    func sanitizedLine(_ text: StyledText) -> StyledText {
        StyledText(text.spans.map { marked(StyledSpan(TerminalSafeText.singleLine($0.text), $0.style)) })
    }

    private func marked(_ span: StyledSpan) -> StyledSpan {
        guard highlightMarkers, span.style == .highlight, !span.text.isEmpty else { return span }
        return StyledSpan("【" + span.text + "】", .highlight)
    }

    /// Characters a Chinese line should not start with.
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "」", "』", "》", "”", "’", ",", ".", ";", ":", "?", "!", ")", "…",
    ]

    /// Characters a line should not end with (opening brackets and quotes).
    static let noLineEnd: Set<Character> = ["【", "（", "《", "“", "‘", "「", "『", "(", "["]

    /// Wraps styled text to `width` columns. `indent` applies to the first line, `hanging`
    /// to the following ones; `firstLineUsed` says how many columns the caller already used.
    package func wrap(_ text: StyledText, width: Int, indent: Int = 0, hanging: Int = 0, firstLineUsed: Int? = nil)
        -> [StyledText]
    {
        // Flatten into (character, style) cells, splitting at explicit newlines.
        var paragraphs: [[(Character, TextStyle)]] = [[]]
        for span in text.spans {
            for ch in span.text {
                if ch == "\n" {
                    paragraphs.append([])
                } else {
                    paragraphs[paragraphs.count - 1].append((ch == "\t" ? " " : ch, span.style))
                }
            }
        }
        var result: [StyledText] = []
        var firstLine = true
        for cells in paragraphs {
            var lineCells: [(Character, TextStyle)] = []
            var used = firstLine ? (firstLineUsed ?? indent) : hanging
            var lineStartUsed = used
            var lastBreak: Int? = nil  // index in lineCells after which we may break
            func flush() {
                let prefixWidth = (result.isEmpty && firstLineUsed != nil) ? 0 : lineStartUsed
                result.append(makeLine(lineCells, indent: prefixWidth))
            }
            if cells.isEmpty {
                result.append(StyledText(""))
                firstLine = false
                continue
            }
            for cell in cells {
                let w = DisplayWidth.of(cell.0)
                if used + w > width && !lineCells.isEmpty {
                    var carry: [(Character, TextStyle)] = []
                    let wordBefore = lineCells.last.map { !isWide($0.0) && $0.0 != " " } ?? false
                    // A space past the edge: the line is full, the words on it all fit.
                    let atSpace = cell.0 == " "
                    if atSpace {
                        carry = []
                    } else if TextLayout.noLineStart.contains(cell.0), !wordBefore || lastBreak == nil,
                        let last = lineCells.popLast()
                    {
                        // 。 never starts a line: the character before it goes down with it.
                        carry = [last]
                    } else if let b = lastBreak, b < lineCells.count,
                        !isWide(cell.0) || TextLayout.noLineStart.contains(cell.0)
                    {
                        // A Latin word goes down whole, with the colon or full stop after it.
                        carry = Array(lineCells[b...])
                        lineCells.removeSubrange(b...)
                    }
                    while let last = lineCells.last, TextLayout.noLineEnd.contains(last.0), lineCells.count > 1 {
                        carry.insert(lineCells.removeLast(), at: 0)
                    }
                    while let last = lineCells.last, last.0 == " " { lineCells.removeLast() }
                    flush()
                    lineCells = carry.drop(while: { $0.0 == " " }).map { $0 }
                    used = hanging + lineCells.reduce(0) { $0 + DisplayWidth.of($1.0) }
                    lineStartUsed = hanging
                    lastBreak = nil
                    if atSpace && lineCells.isEmpty { continue }
                }
                if cell.0 == " " && lineCells.isEmpty && !result.isEmpty && !firstLine { continue }
                lineCells.append(cell)
                used += w
                if cell.0 == " " || isWide(cell.0) { lastBreak = lineCells.count }
            }
            flush()
            firstLine = false
        }
        return result
    }

    private func isWide(_ ch: Character) -> Bool { DisplayWidth.of(ch) == 2 }

    private func makeLine(_ cells: [(Character, TextStyle)], indent: Int) -> StyledText {
        var spans: [StyledSpan] = []
        if indent > 0 { spans.append(StyledSpan(String(repeating: " ", count: indent))) }
        for (ch, style) in cells {
            if let last = spans.last, last.style == style, !(spans.count == 1 && indent > 0) {
                spans[spans.count - 1].text.append(ch)
            } else {
                spans.append(StyledSpan(String(ch), style))
            }
        }
        return StyledText(spans)
    }

    // MARK: - Tables

    /// Columns between table cells.
    static let tableGap = 2
    /// A wrapped table row taller than this reads worse than the record layout.
    static let tableRowLineLimit = 3

    /// A table that never splits a token (word, number, date, time, id): when it is too
    /// wide, the widest columns shrink first, down to their longest token, and cells wrap
    /// between tokens; when even that does not fit, or a row would take more than
    /// `tableRowLineLimit` lines, each row becomes a block of `header  value` lines, as
    /// psql's `\x auto` does.
    func tableLines(_ table: TextTable) -> [StyledText] {
        let columns = table.headers.count
        guard columns > 0 else { return [] }
        let headers = table.headers.map { TerminalSafeText.singleLine($0) }
        let rows = table.rows.map { row in
            (0..<columns).map { i in i < row.count ? sanitizedLine(row[i]) : StyledText("") }
        }
        var widths = headers.map { DisplayWidth.of($0) }
        var minimum = headers.map { TokenWrap.longestUnit(StyledText($0)) }
        for row in rows {
            for (i, cell) in row.enumerated() {
                widths[i] = max(widths[i], DisplayWidth.of(cell.plainText))
                minimum[i] = max(minimum[i], TokenWrap.longestUnit(cell))
            }
        }
        let gap = Self.tableGap
        let gaps = gap * (columns - 1)
        while widths.reduce(0, +) + gaps > width,
            let widest = widths.indices.filter({ widths[$0] > minimum[$0] }).max(by: { widths[$0] < widths[$1] })
        {
            widths[widest] -= 1
        }
        guard widths.reduce(0, +) + gaps <= width else { return recordLines(headers: headers, rows: rows) }
        func render(_ cells: [StyledText], header: Bool) -> StyledText {
            var spans: [StyledSpan] = []
            for (i, cell) in cells.enumerated() {
                let pad = max(0, widths[i] - DisplayWidth.of(cell.plainText))
                let alignment = i < table.alignments.count ? table.alignments[i] : .left
                if alignment == .right && pad > 0 { spans.append(StyledSpan(String(repeating: " ", count: pad))) }
                spans.append(contentsOf: header ? [StyledSpan(cell.plainText, .bold)] : cell.spans)
                let isLast = i == cells.count - 1
                if alignment == .left && pad > 0 && !isLast {
                    spans.append(StyledSpan(String(repeating: " ", count: pad)))
                }
                if !isLast { spans.append(StyledSpan(String(repeating: " ", count: gap))) }
            }
            return StyledText(spans)
        }
        /// A row whose cells are wider than their columns wraps inside each column, between tokens.
        func wrapped(_ cells: [StyledText]) -> [[StyledText]] {
            cells.enumerated().map { i, cell in
                DisplayWidth.of(cell.plainText) <= widths[i] ? [cell] : TokenWrap.lines(cell, width: widths[i])
            }
        }
        let headerCells = wrapped(headers.map { StyledText($0) })
        let rowCells = rows.map(wrapped)
        let tallest = ([headerCells] + rowCells).map { $0.map(\.count).max() ?? 1 }.max() ?? 1
        if tallest > Self.tableRowLineLimit { return recordLines(headers: headers, rows: rows) }
        func lines(of cells: [[StyledText]], header: Bool) -> [StyledText] {
            let height = cells.map(\.count).max() ?? 1
            return (0..<height).map { k in render(cells.map { k < $0.count ? $0[k] : StyledText("") }, header: header) }
        }
        var out = lines(of: headerCells, header: true)
        out.append(
            StyledText(
                widths.map { String(repeating: "─", count: $0) }.joined(separator: String(repeating: " ", count: gap)),
                .dim))
        for cells in rowCells { out.append(contentsOf: lines(of: cells, header: false)) }
        return out
    }

    /// The record-per-block layout: a numbered rule, then one `header  value` line per
    /// non-empty cell, values wrapped between tokens under their own column.
    func recordLines(headers: [String], rows: [[StyledText]]) -> [StyledText] {
        let labelWidth = min(headers.map { DisplayWidth.of($0) }.max() ?? 0, max(4, width / 3))
        var out: [StyledText] = []
        for (number, row) in rows.enumerated() {
            let rule = "─[ \(number + 1) ]"
            out.append(
                StyledText(rule + String(repeating: "─", count: max(0, min(width, 40) - DisplayWidth.of(rule))), .dim))
            for (i, cell) in row.enumerated() where !cell.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
                let label = i < headers.count ? headers[i] : ""
                let labelLines =
                    DisplayWidth.of(label) <= labelWidth
                    ? [StyledText(label)] : TokenWrap.lines(StyledText(label), width: labelWidth)
                let valueLines = TokenWrap.lines(cell, width: max(1, width - labelWidth - 2))
                for k in 0..<max(labelLines.count, valueLines.count) {
                    let labelText = k < labelLines.count ? labelLines[k].plainText : ""
                    let head = StyledText(DisplayWidth.padRight(labelText, to: labelWidth) + "  ", .dim)
                    out.append(k < valueLines.count ? head + valueLines[k] : head)
                }
            }
        }
        return out
    }

    // MARK: - Charts

    func chartLines(_ chart: BarChart) -> [StyledText] {
        var out: [StyledText] = [StyledText(TerminalSafeText.singleLine(chart.title), .bold)]
        let labels = chart.items.map { TerminalSafeText.singleLine($0.label) }
        let labelWidth = labels.map { DisplayWidth.of($0) }.max() ?? 0
        let displayWidth = chart.items.map { DisplayWidth.of($0.display) }.max() ?? 0
        let barSpace = max(10, width - labelWidth - displayWidth - 4)
        let maxValue = chart.items.map(\.value).max() ?? 0
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        for (i, item) in chart.items.enumerated() {
            let units = maxValue > 0 ? Int((item.value / maxValue * Double(barSpace * 8)).rounded()) : 0
            let bar = String(repeating: "█", count: units / 8) + eighths[units % 8]
            let barPadded = bar + String(repeating: " ", count: max(0, barSpace - (units + 7) / 8))
            out.append(
                StyledText([
                    StyledSpan(DisplayWidth.padRight(labels[i], to: labelWidth) + " "),
                    StyledSpan(barPadded, .accent),
                    StyledSpan(" " + DisplayWidth.padLeft(item.display, to: displayWidth)),
                ]))
        }
        return out
    }
}
