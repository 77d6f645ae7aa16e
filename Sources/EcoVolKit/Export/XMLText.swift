/// Escaping for HTML written as well-formed XML (XHTML-compatible), so the same file opens
/// in a browser and parses with any XML parser. Only the five XML entities are used —
/// named HTML entities such as `&nbsp;` are not XML.
package enum XMLText {
    /// Text content and attribute values: `& < > " '` escaped, control characters dropped
    /// (XML 1.0 forbids them), tabs and line breaks kept.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE
                    || scalar.value == 0xFFFF
                {
                    continue
                }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
