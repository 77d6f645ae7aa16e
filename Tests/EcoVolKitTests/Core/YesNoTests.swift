import Testing

@testable import EcoVolKit

/// One reading of yes and no for every flag and confirmation, in Chinese and English.
@Suite struct YesNoReadingTests {
    static let yesWords = [
        "yes", "y", "true", "1", "是", "有", "on", "对", "确认", "是的", "对的", "好", "好的", "行", "可以", "确定", "嗯", "要", "ok",
        "okay", "sure", "yeah", "yep",
    ]
    static let noWords = [
        "no", "n", "false", "0", "否", "无", "没有", "off", "不", "不是", "不对", "不要", "不用", "不行", "算了", "别", "nope",
    ]

    @Test(arguments: yesWords)
    func everyYesWordIsYesInAnyCaseAndWithSpaces(word: String) {
        #expect(YesNo.parse(word) == true)
        #expect(YesNo.parse(word.uppercased()) == true)
        #expect(YesNo.parse(word.capitalized) == true)
        #expect(YesNo.parse("  \(word)\t") == true)
    }

    @Test(arguments: noWords)
    func everyNoWordIsNoInAnyCaseAndWithSpaces(word: String) {
        #expect(YesNo.parse(word) == false)
        #expect(YesNo.parse(word.uppercased()) == false)
        #expect(YesNo.parse(word.capitalized) == false)
        #expect(YesNo.parse("\t\(word)  ") == false)
    }

    @Test func theTwoListsAreExactlyTheDocumentedWordsAndDoNotOverlap() {
        #expect(YesNo.yes == Set(Self.yesWords) && YesNo.no == Set(Self.noWords))
        #expect(YesNo.yes.isDisjoint(with: YesNo.no))
    }

    @Test func anythingElseIsNeither() {
        for word in [
            "", "   ", "maybe", "也许", "随便", "yess", "yes.", "y e s", "ye", "2", "-1", "01", "1.0", "truee", "是否",
            "nein", "？", "yes no", "on off", "nil", "null",
        ] {
            #expect(YesNo.parse(word) == nil, "\(word)")
        }
    }
}
