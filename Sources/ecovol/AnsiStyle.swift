import EcoVolKit

/// Maps the kit's semantic text styles to ANSI SGR sequences, or to nothing when colour is off.
struct AnsiStyle {
    var enabled: Bool

    func code(for style: TextStyle) -> String {
        switch style {
        case .plain: return ""
        case .bold: return "\u{1B}[1m"
        case .heading: return "\u{1B}[1;36m"
        case .highlight: return "\u{1B}[1;33m"
        case .dim: return "\u{1B}[2m"
        case .accent: return "\u{1B}[32m"
        case .success: return "\u{1B}[1;32m"
        case .warning: return "\u{1B}[33m"
        case .error: return "\u{1B}[1;31m"
        }
    }

    /// One display line as text. Without colour, the layout has already marked highlighted
    /// terms with 【…】 so a pipe or `NO_COLOR` user still sees what matched.
    func render(_ line: StyledText) -> String {
        var out = ""
        for span in line.spans {
            if enabled, span.style != .plain {
                out += code(for: span.style) + span.text + "\u{1B}[0m"
            } else {
                out += span.text
            }
        }
        // Trailing spaces from padding are noise in pipes and files.
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// A prompt for libedit's EL_PROMPT_ESC: each run of escape sequences is wrapped in one
    /// pair of \u{1} so it takes no columns (adjacent pairs confuse libedit's prompt width).
    func prompt(_ segments: [(String, TextStyle)]) -> String {
        guard enabled else { return segments.map(\.0).joined() }
        var out = ""
        var pendingEscape = ""
        for (text, style) in segments {
            pendingEscape += "\u{1B}[0m" + code(for: style)
            out += "\u{1}" + pendingEscape + "\u{1}" + text
            pendingEscape = ""
        }
        return out + "\u{1}\u{1B}[0m\u{1}"
    }
}
