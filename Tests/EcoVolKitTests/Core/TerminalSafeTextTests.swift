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
}
