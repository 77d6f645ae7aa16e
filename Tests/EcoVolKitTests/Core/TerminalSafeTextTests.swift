import PropertyBased
import Testing

@testable import EcoVolKit

@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
    @Test func stripsEscapeSequencesAndControls() {
        #expect(TerminalSafeText.sanitize("\u{1B}[2J张三") == "张三")
        #expect(TerminalSafeText.sanitize("a\u{1B}]0;title\u{07}b") == "ab")
        #expect(TerminalSafeText.sanitize("x\u{1B}]8;;http://e\u{1B}\\y") == "xy")
        #expect(TerminalSafeText.sanitize("bell\u{07}del\u{7F}c1\u{9B}31m") == "belldelc1")
        #expect(TerminalSafeText.sanitize("rtl\u{202E}txt") == "rtltxt")
        #expect(TerminalSafeText.sanitize("line1\nline2\ttab\r") == "line1\nline2\ttab")
        #expect(TerminalSafeText.singleLine("a\nb") == "a b")
    }

    @Test func clipLimitsEchoedInput() {
        let long = String(repeating: "很", count: 100_000)
        #expect(TerminalSafeText.clip(long, maxLength: 10).count == 11)
    }

    @Test func outputNeverContainsControlCharacters() async {
        await propertyCheck(input: TestGen.text(0...80)) { text in
            let clean = TerminalSafeText.sanitize(text)
            #expect(!TerminalSafeText.containsControlCharacters(clean))
            #expect(!clean.unicodeScalars.contains { $0.value == 0x1B })
        }
    }

    @Test func layoutSanitizesEveryCell() {
        let table = TextTable(headers: ["名字"], rows: [[StyledText("\u{1B}[2J李四")]])
        let lines = TextLayout(width: 40).lines(for: [.table(table), .paragraph("evil\u{1B}[31m text")])
        for line in lines {
            #expect(!line.plainText.contains("\u{1B}"))
        }
    }

    @Test(arguments: [
        ("\u{1B}[1;31m红\u{1B}[0m", "红"),  // colour on and off
        ("a\u{1B}cb", "ab"),  // reset: ESC and one character
        ("a\u{1B}7b\u{1B}8", "ab"),  // save and restore the cursor
        ("a\u{1B}(Bb", "ab"),  // an intermediate byte, then the final one
        ("x\u{1B}Pq#0;2;0;0;0\u{1B}\\y", "xy"),  // a device control string up to ST
        ("a\u{1B}]0;title\u{9C}b", "ab"),  // OSC ended by the one-byte ST
        ("a\u{9B}2Jb", "ab"),  // the one-byte CSI
        ("a\u{1B}_app\u{07}b", "ab"),  // an application program command ended by BEL
        ("abc\u{1B}", "abc"), ("abc\u{1B}[", "abc"), ("abc\u{1B}[12;", "abc"),
    ])
    func everyKindOfEscapeSequenceIsRemovedWhole(input: String, shown: String) {
        #expect(TerminalSafeText.sanitize(input) == shown, "\(input.debugDescription)")
    }

    /// An unfinished CSI stops at the first character that cannot be part of it, and that
    /// character is kept: a stray ESC [ does not eat the name after it.
    @Test func anUnfinishedSequenceGivesBackTheTextAfterIt() {
        #expect(TerminalSafeText.sanitize("\u{1B}[3张三") == "张三")
        #expect(TerminalSafeText.sanitize("\u{1B}[3\n李四") == "\n李四")
        #expect(TerminalSafeText.sanitize("\u{1B}]0;t\u{1B}Xy") == "Xy")
        // An unterminated string command hides the rest: its text was never meant to show.
        #expect(TerminalSafeText.sanitize("ok\u{1B}]0;rest of line") == "ok")
    }

    @Test func lineBreaksTabsAndJoinersAreKeptOrFlattened() {
        #expect(TerminalSafeText.sanitize("a\r\nb") == "a\nb")
        #expect(TerminalSafeText.singleLine("a\r\nb\tc") == "a b c")
        #expect(TerminalSafeText.sanitize("\u{2066}آب\u{2069} \u{200E}x\u{200F}") == "آب x")
        // Joiners that build one emoji, and variation selectors, are text.
        let family = "👨\u{200D}👩\u{200D}👧 ☺\u{FE0F}"
        #expect(TerminalSafeText.sanitize(family) == family)
        #expect(TerminalSafeText.sanitize("垃圾分类，人人有责。") == "垃圾分类，人人有责。")
    }

    @Test func theCheckAgreesWithWhatSanitizeRemoves() {
        for clean in ["张三", "a\tb\n", "", "🌱 ✅"] { #expect(!TerminalSafeText.containsControlCharacters(clean)) }
        for dirty in ["a\rb", "\u{202E}x", "\u{1B}", "\u{7F}", "\u{85}", "\u{0}"] {
            #expect(TerminalSafeText.containsControlCharacters(dirty), "\(dirty.debugDescription)")
        }
    }

    @Test func clipKeepsShortTextAndCutsLongTextOnOneLine() {
        #expect(TerminalSafeText.clip("short", maxLength: 10) == "short")
        #expect(TerminalSafeText.clip("abcdef", maxLength: 3) == "abc…")
        #expect(TerminalSafeText.clip("a\nb", maxLength: 10) == "a b")
        #expect(TerminalSafeText.clip("张三李四王五", maxLength: 6) == "张三李四王五")
        #expect(TerminalSafeText.clip("\u{1B}[31m张三李四王五\u{1B}[0m", maxLength: 4) == "张三李四…")
    }
}
