/// A topic from `knowledge/topics.yaml`: the slug entries use and its names for lists and
/// for `/tips 垃圾分类` as well as `/tips waste`.
package struct KnowledgeTopic: Sendable, Hashable {
    package var slug: String
    package var zh: String
    package var en: String

    package init(slug: String, zh: String, en: String) {
        self.slug = slug
        self.zh = zh
        self.en = en
    }

    package var name: LocalizedText { LocalizedText(zh: zh, en: en) }

    /// True when `text` names this topic by slug, Chinese or English name.
    package func isNamed(_ text: String) -> Bool {
        let t = text.lowercased()
        return t == slug || t == zh || t == en.lowercased()
    }
}
