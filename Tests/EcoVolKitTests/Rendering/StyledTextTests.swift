import Foundation
import Testing

@testable import EcoVolKit

/// Styled text says what each piece means; its plain text is what a pipe or `NO_COLOR` shows.
@Suite struct StyledTextTests {
    @Test func plainTextIsTheSpansInOrder() {
        let text = StyledText([StyledSpan("已保存 "), StyledSpan("s7k2m9qa", .accent), StyledSpan("。", .plain)])
        #expect(text.plainText == "已保存 s7k2m9qa。")
        #expect(StyledText([]).plainText == "")
        #expect(StyledText("张三", .success).spans == [StyledSpan("张三", .success)])
    }

    @Test func aLiteralIsOnePlainSpanAndJoiningKeepsEverySpan() {
        let literal: StyledText = "贵阳"
        #expect(literal == StyledText("贵阳", .plain))
        let joined = literal + StyledText("市", .bold) + " "
        #expect(joined.spans == [StyledSpan("贵阳"), StyledSpan("市", .bold), StyledSpan(" ")])
        #expect(joined.plainText == "贵阳市 ")
        // Equal text in other styles is other styled text.
        #expect(StyledText("x", .dim) != StyledText("x", .plain))
        #expect(StyledText([StyledSpan("a"), StyledSpan("b")]) != StyledText("ab"))
    }

    @Test func stylesAreKeptByTheirNames() throws {
        let styles: [TextStyle] = [.plain, .bold, .heading, .highlight, .dim, .accent, .success, .warning, .error]
        let data = try JSONEncoder().encode(styles)
        #expect(
            String(decoding: data, as: UTF8.self)
                == #"["plain","bold","heading","highlight","dim","accent","success","warning","error"]"#)
        #expect(try JSONDecoder().decode([TextStyle].self, from: data) == styles)
    }
}
