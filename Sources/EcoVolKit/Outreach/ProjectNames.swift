/// English names of the built-in provincial programmes, so English lists and reports do not
/// fall back to Chinese. A project the user added keeps the name they gave it.
extension Project {
    static let englishNames: [String: String] = [
        "qianxing": "\"Eco-civilisation: Volunteering across Guizhou\" special volunteer action",
        "qingqing": "\"Clear Rivers\" river and lake protection volunteer action",
        "banqian": "Eco-environment volunteer service at relocation resettlement sites",
        "xingdong": "\"Beautiful China, I Am a Doer\" action to raise public eco-civilisation awareness",
    ]

    /// The name to show in `language`.
    package func displayName(_ language: Language) -> String {
        guard language == .en, builtIn, let english = Self.englishNames[id] else { return name }
        return english
    }
}

extension OutreachState {
    /// A project's display name by id, or the id itself when it is unknown.
    package func projectName(_ id: String, _ language: Language) -> String {
        project(id)?.displayName(language) ?? id
    }
}
