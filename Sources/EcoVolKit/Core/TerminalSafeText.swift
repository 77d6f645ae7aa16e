/// Text from users and from the store is data, never terminal instructions: a volunteer
/// named `"\u{1B}[2J"` must not clear a coordinator's screen. Every string that reaches the
/// terminal passes through `sanitize` (the layout does it), which removes escape sequences
/// and control characters and neutralises bidirectional overrides.
package enum TerminalSafeText {
    /// Removes ESC-introduced sequences (CSI, OSC, and two-byte escapes), C0 and C1 control
    /// characters other than newline and tab, DEL, and bidi override/isolate controls.
    package static func sanitize(_ text: String, keepNewlines: Bool = true) -> String {
        // Fast path: nothing to strip.
        if !text.unicodeScalars.contains(where: needsWork) { return text }
        var out = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return iterator.next()
        }
        while let scalar = next() {
            let v = scalar.value
            if v == 0x1B || v == 0x9B || v == 0x9D {
                skipEscape(introducer: v, next: next, putBack: { pending = $0 })
                continue
            }
            if v == 0x0A {
                out.append(keepNewlines ? scalar : " ")
                continue
            }
            if v == 0x09 {
                out.append(keepNewlines ? scalar : " ")
                continue
            }
            if v == 0x0D { continue }
            if v < 0x20 || (v >= 0x7F && v < 0xA0) { continue }
            if isBidiControl(v) { continue }
            out.append(scalar)
        }
        return String(out)
    }

    /// A single-line version for table cells and prompts.
    package static func singleLine(_ text: String) -> String {
        sanitize(text, keepNewlines: false)
    }

    /// Shortens user input quoted back in messages, so a 100 KB field does not flood the screen.
    package static func clip(_ text: String, maxLength: Int) -> String {
        let clean = singleLine(text)
        if clean.count <= maxLength { return clean }
        return String(clean.prefix(maxLength)) + "…"
    }

    /// True when the text holds anything `sanitize` would remove.
    package static func containsControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return v != 0x0A && v != 0x09 && needsWork(scalar)
        }
    }

    static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || isBidiControl(v)
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F
    }

    private static func skipEscape(
        introducer: UInt32,
        next: () -> Unicode.Scalar?,
        putBack: (Unicode.Scalar) -> Void
    ) {
        var kind = introducer
        if introducer == 0x1B {
            guard let second = next() else { return }
            switch second.value {
            case 0x5B: kind = 0x9B  // CSI
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: kind = 0x9D  // OSC, DCS, SOS, PM, APC: string until ST/BEL
            default:
                // Two-byte escape (ESC + one character), e.g. ESC c (reset). Drop both,
                // unless the next character is ordinary text after an intermediate.
                if second.value >= 0x20 && second.value <= 0x2F {
                    // Intermediate bytes, then one final byte.
                    while let s = next() {
                        if s.value >= 0x30 { break }
                    }
                }
                return
            }
        }
        if kind == 0x9B {
            // Parameter and intermediate bytes, then a final byte 0x40–0x7E.
            while let s = next() {
                if s.value >= 0x40 && s.value <= 0x7E { return }
                if s.value < 0x20 || s.value > 0x7E {
                    putBack(s)
                    return
                }
            }
        } else {
            // String commands end at BEL or ST (ESC \ or 0x9C).
            while let s = next() {
                if s.value == 0x07 || s.value == 0x9C { return }
                if s.value == 0x1B {
                    if let t = next(), t.value != 0x5C { putBack(t) }
                    return
                }
            }
        }
    }
}
