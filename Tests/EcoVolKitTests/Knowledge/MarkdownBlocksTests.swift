import Testing

@testable import EcoVolKit

/// An entry's Markdown body as terminal blocks: paragraphs, lists, headings and bold.
@Suite struct MarkdownBlocksTests {
    /// Each block in a line: `P:` a paragraph, `L:` a list (items split by `|`), `-` a blank;
    /// bold spans are written `*so*`.
    private func read(_ markdown: String) -> [String] {
        func text(_ styled: StyledText) -> String {
            styled.spans.map { $0.style == .bold ? "*\($0.text)*" : $0.text }.joined()
        }
        return MarkdownBlocks.blocks(markdown, terms: []).map { block in
            switch block {
            case .paragraph(let styled, _): return "P:" + text(styled)
            case .list(let items): return "L:" + items.map(text).joined(separator: "|")
            case .blank: return "-"
            default: return "?"
            }
        }
    }

    @Test func linesOfAParagraphJoinWithASpaceOnlyBetweenLatinText() {
        #expect(read("第一行\n第二行") == ["P:第一行第二行"])
        #expect(read("Sort waste\nat home.") == ["P:Sort waste at home."])
        #expect(read("垃圾分类\nat home") == ["P:垃圾分类at home"])
        #expect(read("一段\n\n\n二段") == ["P:一段", "-", "P:二段"])
        #expect(read("").isEmpty)
        #expect(read("\n  \n").isEmpty)
    }

    @Test func bulletsAndNumbersOfEitherScriptAreListItems() {
        #expect(read("- 甲\n* 乙\n• 丙") == ["L:甲|乙|丙"])
        #expect(read("1. 甲\n2、乙\n3）丙\n10. 丁") == ["L:1. 甲|2. 乙|3. 丙|10. 丁"])
        // Not items: three digits, no space after the dash, a number without its mark.
        #expect(read("123. 甲") == ["P:123. 甲"])
        #expect(read("-甲") == ["P:-甲"])
        #expect(read("2026 年") == ["P:2026 年"])
    }

    @Test func aListAndAParagraphNextToEachOtherAreTwoBlocks() {
        #expect(read("要点：\n- 甲\n- 乙\n结尾") == ["P:要点：", "-", "L:甲|乙", "-", "P:结尾"])
    }

    @Test func anIndentedLineContinuesTheItemAsAParagraphLineWould() {
        #expect(read("- 第一项\n  接着写") == ["L:第一项接着写"])
        #expect(read("- Rinse the bottle\n  before recycling") == ["L:Rinse the bottle before recycling"])
        // Not indented: a new paragraph.
        #expect(read("- 第一项\n接着写") == ["L:第一项", "-", "P:接着写"])
    }

    @Test func headingsAreBoldAndBoldAndBackticksAreMarkup() {
        #expect(read("## **湿地** 是什么") == ["P:*湿地 是什么*"])
        #expect(read("普通**粗体**普通") == ["P:普通*粗体*普通"])
        // An unclosed ** makes the rest bold rather than showing the stars.
        #expect(read("a**b") == ["P:a*b*"])
        #expect(read("输入 `/ask 湿地`") == ["P:输入 /ask 湿地"])
        #expect(read("- **先**分类") == ["L:*先*分类"])
    }

    @Test func theQuestionsTermsAreHighlightedInsideTheText() {
        let terms = Set(Tokenizer.tokenize("湿地", mode: .query).map(\.value))
        let blocks = MarkdownBlocks.blocks("保护湿地很重要", terms: terms)
        guard case .paragraph(let styled, _)? = blocks.first else {
            Issue.record("no paragraph: \(blocks)")
            return
        }
        #expect(styled.spans.map(\.text).joined() == "保护湿地很重要")
        #expect(styled.spans.contains { $0.style == .highlight && $0.text.contains("湿地") })
    }
}
