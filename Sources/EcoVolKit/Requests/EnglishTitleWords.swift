/// The Chinese title words an English request means, so "the wetland talk" or "the water
/// saving event" finds 湿地保护讲座 or 节约用水进校园: sessions are titled in Chinese, and a
/// volunteer who asks in English names them by what they are about. Each English word gives
/// the character pairs (the unit `SessionReference` compares titles in) a Chinese title for it
/// would hold; a pair shared with a title counts as a shared title word.
enum EnglishTitleWords {
    /// The pairs the English words of `text` stand for.
    static func grams(_ text: String) -> Set<String> {
        var out: Set<String> = []
        let words = text.lowercased().split { !($0.isASCII && $0.isLetter) }
        for word in words {
            if let grams = lookup(String(word)) { out.formUnion(grams) }
        }
        return out
    }

    /// The word as written, or without a plural or verb ending (patrols, planting, cleaned).
    static func lookup(_ word: String) -> [String]? {
        if let grams = table[word] { return grams }
        for suffix in ["ing", "es", "ed", "s"] where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            if let grams = table[String(word.dropLast(suffix.count))] { return grams }
        }
        return nil
    }

    static let table: [String: [String]] = [
        "river": ["河道", "河湖", "巡河", "河流"], "rivers": ["河道", "河湖"], "patrol": ["巡护", "巡河", "巡查"],
        "lake": ["湖泊", "河湖"], "wetland": ["湿地"], "wetlands": ["湿地"],
        "waste": ["垃圾", "废物"], "garbage": ["垃圾"], "rubbish": ["垃圾"], "trash": ["垃圾"], "litter": ["垃圾"],
        "sort": ["分类"], "sorting": ["分类"], "classification": ["分类"], "recycl": ["回收"], "recycle": ["回收"],
        "water": ["用水", "节水", "水资", "水源"], "save": ["节约", "节水", "节能"], "saving": ["节约", "节水", "节能"],
        "school": ["校园", "学校", "进校"], "campus": ["校园", "进校"], "community": ["社区", "进社"],
        "tree": ["植树", "树木"], "plant": ["植树"], "green": ["绿色", "护绿"],
        "clean": ["清洁", "净滩", "清理"], "cleanup": ["清洁", "净滩", "清理"], "beach": ["净滩"],
        "shore": ["净滩"], "riverbank": ["净滩", "河岸"],
        "training": ["培训"], "induction": ["岗前"], "orientation": ["岗前"], "volunteer": ["志愿"],
        "village": ["乡村", "进村"], "rural": ["乡村"], "countryside": ["乡村"],
        "carbon": ["低碳", "减碳"], "agency": ["机关"], "agencies": ["机关"], "government": ["机关"],
        "ecological": ["生态"], "ecology": ["生态"], "civilization": ["文明"], "civilisation": ["文明"],
        "protect": ["保护"], "protection": ["保护"], "conservation": ["保护"],
        "biodiversity": ["多样", "生物"], "air": ["空气", "大气"], "noise": ["噪声"], "plastic": ["塑料"],
        "energy": ["节能", "能源"], "forest": ["森林"], "soil": ["土壤"], "wildlife": ["动物"], "bird": ["鸟类"],
        "environment": ["环境"], "environmental": ["环境", "环保"], "science": ["科普"], "exhibition": ["展览"],
        "thought": ["思想"], "enterprise": ["企业"], "company": ["企业"], "factory": ["企业", "工厂"], "business": ["企业"],
        "family": ["家庭", "亲子"], "home": ["家庭"],
        "resettlement": ["安置", "搬迁"], "relocation": ["安置", "搬迁"], "office": ["办公"], "parent": ["亲子"],
        "kids": ["亲子", "少儿"], "backbone": ["骨干"], "leader": ["骨干"], "code": ["法典"], "law": ["法典", "法治"],
        "household": ["入户", "家庭"], "door": ["入户"], "straw": ["秸秆"], "burning": ["禁烧"],
    ]
}
