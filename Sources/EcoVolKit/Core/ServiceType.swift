/// The five kinds of eco-environment volunteer service the provincial plan names (二、十),
/// kept as stable English keys on disk so reports and exports do not depend on wording.
package enum ServiceType: String, Codable, Sendable, CaseIterable {
    case lecture, education, supervision, practice, training

    package var label: LocalizedText {
        switch self {
        case .lecture: return LocalizedText(zh: "理论宣讲", en: "lecture")
        case .education: return LocalizedText(zh: "宣传教育", en: "education")
        case .supervision: return LocalizedText(zh: "社会监督", en: "supervision")
        case .practice: return LocalizedText(zh: "绿色低碳实践", en: "practice")
        case .training: return LocalizedText(zh: "志愿者培训", en: "training")
        }
    }

    /// Accepts the code, the Chinese name or a word of `aliases`, case-insensitive.
    package init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        guard
            let t = ServiceType(rawValue: v) ?? ServiceType.allCases.first(where: { $0.label.zh == v })
                ?? ServiceType.aliases.first(where: { $0.word == v })?.type
        else { return nil }
        self = t
    }

    /// The one table of words that name a service type besides its code and Chinese name,
    /// read by every `type=` argument and by the knowledge search (讲座 in a question asks
    /// for lecture material). Words are lower-case.
    package static let aliases: [(word: String, type: ServiceType)] = [
        ("宣讲", .lecture), ("讲座", .lecture), ("理论宣讲", .lecture), ("lecture", .lecture), ("talk", .lecture),
        ("宣传", .education), ("教育", .education), ("科普", .education), ("宣传教育", .education),
        ("科学普及", .education), ("education", .education),
        ("监督", .supervision), ("社会监督", .supervision), ("supervision", .supervision),
        ("实践", .practice), ("实践活动", .practice), ("绿色低碳实践", .practice), ("practice", .practice),
        ("hands-on", .practice),
        ("培训", .training), ("志愿者培训", .training), ("training", .training),
    ]

    package static var acceptedText: String { allCases.map { "\($0.rawValue)(\($0.label.zh))" }.joined(separator: " ") }
}

/// The three training tiers of the plan: pre-service basics, project skills, backbone/management.
package enum TrainingLevel: String, Codable, Sendable, CaseIterable {
    case basic, skills, backbone

    package var label: LocalizedText {
        switch self {
        case .basic: return LocalizedText(zh: "岗前基础培训", en: "basic")
        case .skills: return LocalizedText(zh: "项目技能培训", en: "skills")
        case .backbone: return LocalizedText(zh: "骨干管理培训", en: "backbone")
        }
    }

    package init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let t = TrainingLevel(rawValue: v) {
            self = t
            return
        }
        switch v {
        case "基础", "岗前", "岗前基础培训": self = .basic
        case "技能", "项目技能", "项目技能培训": self = .skills
        case "骨干", "管理", "骨干管理培训": self = .backbone
        default: return nil
        }
    }
}
