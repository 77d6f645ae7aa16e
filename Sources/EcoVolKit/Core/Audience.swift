/// Where a session takes the message (进家庭、进社区、进学校、进企业、进机关、进乡村).
package enum Audience: String, Codable, Sendable, CaseIterable {
    case family, community, school, enterprise, agency, village

    package var label: LocalizedText {
        switch self {
        case .family: return LocalizedText(zh: "家庭", en: "family")
        case .community: return LocalizedText(zh: "社区", en: "community")
        case .school: return LocalizedText(zh: "学校", en: "school")
        case .enterprise: return LocalizedText(zh: "企业", en: "enterprise")
        case .agency: return LocalizedText(zh: "机关", en: "agency")
        case .village: return LocalizedText(zh: "乡村", en: "village")
        }
    }

    /// The case for its code, its Chinese name (with or without 进: 进乡村), or any word of
    /// `aliases` (小学生 → school, 村民 → village), case-insensitive.
    package init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let a = Audience(rawValue: v) {
            self = a
            return
        }
        let stripped = v.hasPrefix("进") ? String(v.dropFirst()) : v
        guard
            let a = Audience.allCases.first(where: { $0.label.zh == stripped })
                ?? Audience.aliases.first(where: { $0.word == stripped || $0.word == v })?.audience
        else { return nil }
        self = a
    }

    /// The one table of words that name an audience, besides the codes and the Chinese names:
    /// read by `/schedule audience=`, `/report audience=`, `/ask audience=`, the knowledge
    /// search (a question's 给小学生 boosts school entries) and the request reader
    /// (下周三给村民讲… → village). Words are lower-case.
    package static let aliases: [(word: String, audience: Audience)] = table([
        (
            .family,
            [
                "家庭", "家里", "家长", "家人", "居家", "父母", "老人", "亲子", "family", "families", "parents", "household",
                "households",
            ]
        ),
        (
            .community,
            [
                "社区", "居民", "小区", "街道", "邻居", "社区居民", "community", "communities", "residents", "neighbourhood",
                "neighborhood",
                // The meeting is where the talk is given, not what it is about.
                "community meeting", "residents' meeting", "residents meeting", "neighbourhood meeting",
            ]
        ),
        (
            .school,
            [
                "学校", "学生", "小学生", "中学生", "大学生", "孩子", "孩子们", "儿童", "小朋友", "青少年", "幼儿园", "课堂", "老师", "校园",
                "师生", "小学", "中学", "初中", "高中", "初中生", "高中生", "学生们", "同学们", "进校园", "school", "schools", "students",
                "student", "pupils", "kids", "kid",
                "children", "child", "classroom", "teachers", "primary school", "schoolchildren", "schoolers",
                "middle schoolers", "high schoolers", "middle school", "high school", "teenagers", "teens",
            ]
        ),
        (
            .enterprise,
            [
                "企业", "公司", "工厂", "员工", "职工", "企业员工", "老板", "企业家", "管理者", "老总", "enterprise", "enterprises", "company",
                "companies", "business", "factory", "employees", "staff", "workers",
            ]
        ),
        (
            .agency,
            [
                "机关", "单位", "政府", "机关单位", "公务员", "事业单位", "干部", "机关干部", "党员干部", "公职人员", "agency", "agencies",
                "government", "civil servants", "officials", "public sector",
            ]
        ),
        (
            .village,
            [
                "乡村", "农村", "村民", "村里", "农民", "村寨", "乡镇", "乡亲", "村委", "village", "villages", "villagers", "rural",
                "farmers", "countryside", "village meeting", "villagers' meeting",
            ]
        ),
    ])

    private static func table(_ groups: [(Audience, [String])]) -> [(word: String, audience: Audience)] {
        groups.flatMap { group in group.1.map { (word: $0, audience: group.0) } }
    }

    package static var acceptedText: String { allCases.map { "\($0.rawValue)(\($0.label.zh))" }.joined(separator: " ") }
}
