/// Where a session takes the message (进家庭、进社区、进学校、进企业、进机关、进乡村).
public enum Audience: String, Codable, Sendable, CaseIterable {
    case family, community, school, enterprise, agency, village

    public var label: LocalizedText {
        switch self {
        case .family: return LocalizedText(zh: "家庭", en: "family")
        case .community: return LocalizedText(zh: "社区", en: "community")
        case .school: return LocalizedText(zh: "学校", en: "school")
        case .enterprise: return LocalizedText(zh: "企业", en: "enterprise")
        case .agency: return LocalizedText(zh: "机关", en: "agency")
        case .village: return LocalizedText(zh: "乡村", en: "village")
        }
    }

    public init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let a = Audience(rawValue: v) {
            self = a
            return
        }
        let stripped = v.hasPrefix("进") ? String(v.dropFirst()) : v
        guard let a = Audience.allCases.first(where: { $0.label.zh == stripped }) ?? (stripped == "农村" ? .village : nil)
        else { return nil }
        self = a
    }

    public static var acceptedText: String { allCases.map { "\($0.rawValue)(\($0.label.zh))" }.joined(separator: " ") }
}
