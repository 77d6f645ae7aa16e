import Testing

@testable import EcoVolKit

/// One reading of yes and no for every flag and confirmation, in Chinese and English.
@Suite struct YesNoReadingTests {
    @Test(arguments: ["yes", "y", "true", "1", "是", "有", "on", "对", "确认"])
    func everyYesWordIsYesInAnyCaseAndWithSpaces(word: String) {
        #expect(YesNo.parse(word) == true)
        #expect(YesNo.parse(word.uppercased()) == true)
        #expect(YesNo.parse(word.capitalized) == true)
        #expect(YesNo.parse("  \(word)\t") == true)
    }

    @Test(arguments: ["no", "n", "false", "0", "否", "无", "没有", "off", "不"])
    func everyNoWordIsNoInAnyCaseAndWithSpaces(word: String) {
        #expect(YesNo.parse(word) == false)
        #expect(YesNo.parse(word.uppercased()) == false)
        #expect(YesNo.parse(word.capitalized) == false)
        #expect(YesNo.parse("\t\(word)  ") == false)
    }

    @Test func theTwoListsAreExactlyTheDocumentedWordsAndDoNotOverlap() {
        #expect(YesNo.yes == ["yes", "y", "true", "1", "是", "有", "on", "对", "确认"])
        #expect(YesNo.no == ["no", "n", "false", "0", "否", "无", "没有", "off", "不"])
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
