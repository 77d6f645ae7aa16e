/// The five kinds of eco-environment volunteer service the provincial plan names (二、十),
/// kept as stable English keys on disk so reports and exports do not depend on wording.
public enum ServiceType: String, Codable, Sendable, CaseIterable {
    case lecture, education, supervision, practice, training

    public var label: LocalizedText {
        switch self {
        case .lecture: return LocalizedText(zh: "理论宣讲", en: "lecture")
        case .education: return LocalizedText(zh: "宣传教育", en: "education")
        case .supervision: return LocalizedText(zh: "社会监督", en: "supervision")
        case .practice: return LocalizedText(zh: "绿色低碳实践", en: "practice")
        case .training: return LocalizedText(zh: "志愿者培训", en: "training")
        }
    }

    /// Accepts the key, the Chinese label or a common short Chinese word.
    public init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let t = ServiceType(rawValue: v) {
            self = t
            return
        }
        switch v {
        case "宣讲", "理论宣讲": self = .lecture
        case "宣传", "教育", "宣传教育", "科普": self = .education
        case "监督", "社会监督": self = .supervision
        case "实践", "绿色低碳实践": self = .practice
        case "培训", "志愿者培训": self = .training
        default: return nil
        }
    }

    public static var acceptedText: String { allCases.map { "\($0.rawValue)(\($0.label.zh))" }.joined(separator: " ") }
}

/// The three training tiers of the plan: pre-service basics, project skills, backbone/management.
public enum TrainingLevel: String, Codable, Sendable, CaseIterable {
    case basic, skills, backbone

    public var label: LocalizedText {
        switch self {
        case .basic: return LocalizedText(zh: "岗前基础培训", en: "basic")
        case .skills: return LocalizedText(zh: "项目技能培训", en: "skills")
        case .backbone: return LocalizedText(zh: "骨干管理培训", en: "backbone")
        }
    }

    public init?(argument: String) {
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
