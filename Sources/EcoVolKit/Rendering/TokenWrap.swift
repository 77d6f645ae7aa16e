/// Wraps table cells between tokens, never inside one. A token is a run of non-space
/// characters: an English word, a number, a date, a time, an id, or a short Chinese word
/// such as a header (活动名称). Only a Chinese run longer than `longRunColumns` (a phrase or
/// sentence) may break between its characters, as Chinese text does, and never before
/// closing punctuation. A token wider than the width is kept whole on a line of its own.
package enum TokenWrap {
    /// Chinese runs up to this many columns stay whole.
    package static let longRunColumns = 16

    /// One unbreakable piece and whether a space separated it from the piece before.
    struct Unit {
        var cells: [StyledSpan]
        var width: Int
        var spaceBefore: Bool
    }

    /// The widest unbreakable piece: the narrowest a column holding `text` may become.
    package static func longestUnit(_ text: StyledText) -> Int {
        units(text).map(\.width).max() ?? 0
    }

    /// `text` as lines of at most `width` columns (a single over-wide token excepted).
    package static func lines(_ text: StyledText, width: Int) -> [StyledText] {
        var lines: [StyledText] = []
        var current: [StyledSpan] = []
        var used = 0
        for unit in units(text) {
            let space = unit.spaceBefore && !current.isEmpty ? 1 : 0
            if !current.isEmpty, used + space + unit.width > width {
                lines.append(StyledText(merged(current)))
                current = []
                used = 0
            }
            if unit.spaceBefore && !current.isEmpty {
                current.append(StyledSpan(" "))
                used += 1
            }
            current.append(contentsOf: unit.cells)
            used += unit.width
        }
        if !current.isEmpty || lines.isEmpty { lines.append(StyledText(merged(current))) }
        return lines
    }

    static func units(_ text: StyledText) -> [Unit] {
        // Words: maximal runs of non-space characters, each character with its style.
        var words: [[(Character, TextStyle)]] = []
        var word: [(Character, TextStyle)] = []
        for span in text.spans {
            for ch in span.text {
                if ch == " " || ch == "\u{3000}" || ch == "\t" || ch == "\n" {
                    if !word.isEmpty { words.append(word) }
                    word = []
                } else {
                    word.append((ch, span.style))
                }
            }
        }
        if !word.isEmpty { words.append(word) }
        var result: [Unit] = []
        for (index, characters) in words.enumerated() {
            // Every word after the first was separated from the one before by a space.
            let spaceBefore = index > 0
            let widthOfWord = characters.reduce(0) { $0 + DisplayWidth.of($1.0) }
            let hasWide = characters.contains { DisplayWidth.of($0.0) == 2 }
            if widthOfWord <= longRunColumns || !hasWide {
                result.append(Unit(cells: spans(characters), width: widthOfWord, spaceBefore: spaceBefore))
                continue
            }
            // A long run with Chinese: narrow runs stay whole, wide characters may part,
            // closing punctuation stays with the character before it.
            var pieces: [[(Character, TextStyle)]] = []
            for cell in characters {
                let wide = DisplayWidth.of(cell.0) == 2
                if var last = pieces.last {
                    let lastWide = last.last.map { DisplayWidth.of($0.0) == 2 } ?? false
                    if TextLayout.noLineStart.contains(cell.0) || (!wide && !lastWide)
                        || TextLayout.noLineEnd.contains(last.last?.0 ?? " ")
                    {
                        last.append(cell)
                        pieces[pieces.count - 1] = last
                        continue
                    }
                }
                pieces.append([cell])
            }
            for (k, piece) in pieces.enumerated() {
                result.append(
                    Unit(
                        cells: spans(piece), width: piece.reduce(0) { $0 + DisplayWidth.of($1.0) },
                        spaceBefore: k == 0 && spaceBefore))
            }
        }
        return result
    }

    private static func spans(_ cells: [(Character, TextStyle)]) -> [StyledSpan] {
        var out: [StyledSpan] = []
        for (ch, style) in cells {
            if let last = out.last, last.style == style {
                out[out.count - 1].text.append(ch)
            } else {
                out.append(StyledSpan(String(ch), style))
            }
        }
        return out
    }

    private static func merged(_ spans: [StyledSpan]) -> [StyledSpan] {
        var out: [StyledSpan] = []
        for span in spans {
            if let last = out.last, last.style == span.style {
                out[out.count - 1].text += span.text
            } else {
                out.append(span)
            }
        }
        return out
    }
}
