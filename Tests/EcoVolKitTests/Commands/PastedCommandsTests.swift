import Testing

@testable import EcoVolKit

/// A multi-line paste: a list of commands runs one by one, anything else is one question.
@Suite("Pasted commands")
struct PastedCommandsTests {
    @Test func twoOrMoreCommandLinesAreRunInOrder() {
        #expect(PastedCommands.commands(in: "/tip\n/dates 2") == ["/tip", "/dates 2"])
        #expect(
            PastedCommands.commands(in: "/sessions\n/people\n/report 2026-05") == [
                "/sessions", "/people", "/report 2026-05",
            ])
        #expect(PastedCommands.commands(in: "/help\n/help") == ["/help", "/help"])
    }

    @Test func theFullWidthSlashStartsACommandToo() {
        #expect(PastedCommands.commands(in: "／帮助\n/tip") == ["／帮助", "/tip"])
        #expect(PastedCommands.commands(in: "／日子 2\n／帮助") == ["／日子 2", "／帮助"])
    }

    @Test func blankLinesAndSurroundingSpacesAreDropped() {
        #expect(PastedCommands.commands(in: "\n\n  /tip  \n\t\n\t/dates 2\t\n\n") == ["/tip", "/dates 2"])
        // The ideographic space a Chinese input method types is a space too.
        #expect(PastedCommands.commands(in: "\u{3000}/tip\n/help\u{3000}") == ["/tip", "/help"])
        // Spaces inside a line stay.
        #expect(PastedCommands.commands(in: "/ask  垃圾  分类\n/tip") == ["/ask  垃圾  分类", "/tip"])
    }

    @Test func everyKindOfLineBreakSeparatesLines() {
        #expect(PastedCommands.commands(in: "/tip\r\n/help\r\n") == ["/tip", "/help"])
        #expect(PastedCommands.commands(in: "/tip\r/help") == ["/tip", "/help"])
        #expect(PastedCommands.commands(in: "/tip\u{2028}/help") == ["/tip", "/help"])
    }

    @Test func oneCommandIsNotAList() {
        #expect(PastedCommands.commands(in: "/tip") == nil)
        #expect(PastedCommands.commands(in: "/tip\n") == nil)
        #expect(PastedCommands.commands(in: "\n\n/tip\n\n") == nil)
        #expect(PastedCommands.commands(in: "") == nil)
        #expect(PastedCommands.commands(in: "\n \n") == nil)
    }

    @Test func aSingleLineWithoutASlashSpoilsTheList() {
        #expect(PastedCommands.commands(in: "/tip\n垃圾分类怎么分") == nil)
        #expect(PastedCommands.commands(in: "垃圾分类怎么分\n/tip") == nil)
        #expect(PastedCommands.commands(in: "/tip\n/help\nthanks") == nil)
        #expect(PastedCommands.commands(in: "tip/\n/help") == nil)
        #expect(PastedCommands.commands(in: "\\/tip\n/help") == nil)
    }

    @Test func otherTextBecomesOneLineJoinedBySpaces() {
        #expect(PastedCommands.singleLine("垃圾分类\n怎么分") == "垃圾分类 怎么分")
        #expect(PastedCommands.singleLine("  how do I\r\n\n  sort waste?  \n") == "how do I sort waste?")
        #expect(PastedCommands.singleLine("/tip\n垃圾分类怎么分") == "/tip 垃圾分类怎么分")
        #expect(PastedCommands.singleLine("one line") == "one line")
        #expect(PastedCommands.singleLine("") == "")
        #expect(PastedCommands.singleLine("\n\t\n") == "")
    }
}
