import PropertyBased
import Testing

@testable import EcoVolKit

/// Names, cities and titles in the order Chinese readers look for them: by pinyin, syllable
/// by syllable, with Latin text among the syllables and a fixed order for equal readings.
@Suite struct PinyinSortKeyTests {
    static func sorted(_ names: [String]) -> [String] { names.sorted(by: PinyinOrder.precedes) }

    @Test func aKeyIsTheSyllablesEachClosedByASeparator() {
        #expect(PinyinOrder.key("贵阳") == "gui\u{1}yang\u{1}")
        #expect(PinyinOrder.key("Zunyi") == "zunyi")
        #expect(PinyinOrder.key("张三 Li") == "zhang\u{1}san\u{1} li")
        #expect(PinyinOrder.key("") == "")
    }

    @Test func theProvincesCitiesSortByTheirReading() {
        let names = City.all.map(\.name)
        #expect(
            Self.sorted(names) == [
                "安顺市", "毕节市", "贵安新区", "贵阳市", "六盘水市", "黔东南苗族侗族自治州", "黔南布依族苗族自治州", "黔西南布依族苗族自治州", "铜仁市",
                "遵义市",
            ])
        // The order does not depend on the order they came in.
        #expect(Self.sorted(names.reversed()) == Self.sorted(names))
    }

    /// he (何) ends before heng (衡) starts: the separator sorts before every letter, where the
    /// bare letters "heping" would sort after "hengyang".
    @Test func aSyllableEndsBeforeALongerOneWithTheSamePrefix() {
        #expect(Self.sorted(["衡阳", "何平"]) == ["何平", "衡阳"])
        #expect(Self.sorted(["张三丰", "张三", "章"]) == ["章", "张三", "张三丰"])
        #expect(Self.sorted(["黄河", "华山"]) == ["华山", "黄河"])
    }

    @Test func surnamesSortByPinyinNotByCodePoint() {
        let names = ["王芳", "李娜", "张伟", "陈静", "赵强", "刘洋", "杨磊", "吴敏"]
        #expect(Self.sorted(names) == ["陈静", "李娜", "刘洋", "王芳", "吴敏", "杨磊", "张伟", "赵强"])
        // By code point 陈 (U+9648) would come last.
        #expect(names.sorted().last == "陈静")
    }

    @Test func latinSortsAmongTheSyllablesIgnoringCase() {
        #expect(Self.sorted(["cherry", "Banana", "apple"]) == ["apple", "Banana", "cherry"])
        #expect(Self.sorted(["Zunyi", "贵阳", "anshun", "Bijie", "毕节"]) == ["anshun", "毕节", "Bijie", "贵阳", "Zunyi"])
        // The same letters in Latin come before the syllable, as a word before a longer one.
        #expect(PinyinOrder.precedes("张", "Zhang") == false)
        #expect(PinyinOrder.precedes("Zhang", "张"))
        // Names that read the same apart from case still have one order.
        #expect(Self.sorted(["apple", "Apple"]) == ["Apple", "apple"])
    }

    @Test func theOrderIsTotalAndConsistent() async {
        await propertyCheck(input: TestGen.text(0...6), TestGen.text(0...6)) { a, b in
            let ab = PinyinOrder.precedes(a, b)
            let ba = PinyinOrder.precedes(b, a)
            #expect(!(ab && ba))
            if a != b { #expect(ab || ba, "\(a.debugDescription) \(b.debugDescription)") }
            #expect(!PinyinOrder.precedes(a, a))
        }
    }
}
