/// What a person did at a session. Lecturers and staff are recorded like volunteers so a
/// certificate can say what each one did.
public enum ParticipationRole: String, Codable, Sendable, CaseIterable {
    case lecturer, volunteer, staff

    package var label: LocalizedText {
        switch self {
        case .lecturer: return LocalizedText(zh: "讲师", en: "lecturer")
        case .volunteer: return LocalizedText(zh: "志愿者", en: "volunteer")
        case .staff: return LocalizedText(zh: "工作人员", en: "staff")
        }
    }

    package init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let r = ParticipationRole(rawValue: v) {
            self = r
            return
        }
        switch v {
        case "讲师", "宣讲员", "主讲": self = .lecturer
        case "志愿者", "队员": self = .volunteer
        case "工作人员", "员工", "staff member": self = .staff
        default: return nil
        }
    }
}

/// Where a person stands for one session. Only `attended` counts toward service hours.
public enum ParticipationStatus: String, Codable, Sendable, CaseIterable {
    case signedUp = "signed_up"
    case waitlisted
    case attended
    case noShow = "no_show"

    package var label: LocalizedText {
        switch self {
        case .signedUp: return LocalizedText(zh: "已报名", en: "signed up")
        case .waitlisted: return LocalizedText(zh: "候补", en: "waitlisted")
        case .attended: return LocalizedText(zh: "已参加", en: "attended")
        case .noShow: return LocalizedText(zh: "缺席", en: "no-show")
        }
    }

    /// Takes a place within the session's capacity.
    package var holdsPlace: Bool { self == .signedUp || self == .attended }
}
