import Testing

@testable import EcoVolKit

@Suite("REPL input: pasted blocks and history search")
struct ReplInputTests {
    @Test func aBlockOfCommandsIsSplitIntoCommands() {
        #expect(PastedCommands.commands(in: "/tip\n/dates 2\n") == ["/tip", "/dates 2"])
        #expect(PastedCommands.commands(in: "  /tip \r\n\n／日子 2") == ["/tip", "／日子 2"])
    }

    @Test func anythingElseIsOneQuestion() {
        #expect(PastedCommands.commands(in: "/tip") == nil)
        #expect(PastedCommands.commands(in: "/tip\n垃圾分类怎么分") == nil)
        #expect(PastedCommands.commands(in: "垃圾分类\n怎么分") == nil)
        #expect(PastedCommands.singleLine("垃圾分类\n  怎么分\n\n") == "垃圾分类 怎么分")
    }

    @Test func searchFindsTheNewestMatchAndGoesFurtherBack() {
        let search = HistorySearch(entries: ["垃圾分类怎么分", "/help", "厨余垃圾分类", "/lang", "厨余垃圾分类"])
        #expect(search.find("分类") == 4)
        // Identical entries are skipped when going further back.
        #expect(search.older(than: 4, "分类") == 0)
        #expect(search.older(than: 0, "分类") == nil)
        // A longer pattern keeps the match while it still contains it.
        #expect(search.find("厨余", from: 2) == 2)
        #expect(search.find("HELP") == 1)
        #expect(search.find("") == nil)
        #expect(search.find("湿地") == nil)
        #expect(HistorySearch.matchOffset(of: "分类", in: "厨余垃圾分类") == 4)
        #expect(HistorySearch(entries: []).find("x") == nil)
    }
}

@Suite("Pinyin order")
struct PinyinOrderTests {
    @Test func citiesAndNamesSortByPinyin() {
        let cities = ["六盘水市", "安顺市", "毕节市", "贵阳市", "遵义市", "铜仁市"]
        #expect(cities.sorted(by: PinyinOrder.precedes) == ["安顺市", "毕节市", "贵阳市", "六盘水市", "铜仁市", "遵义市"])
        #expect(
            ["张三", "何伟辉", "何伟", "李四", "Alice"].sorted(by: PinyinOrder.precedes) == ["Alice", "何伟", "何伟辉", "李四", "张三"])
        // Equal readings still have a fixed order.
        #expect(PinyinOrder.precedes("何", "贺") != PinyinOrder.precedes("贺", "何"))
    }
}
