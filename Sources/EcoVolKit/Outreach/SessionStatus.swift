/// Where a session is in its life: planned, held (done) or called off (cancelled, with a reason kept on the session).
public enum SessionStatus: String, Codable, Sendable, CaseIterable {
    case planned, done, cancelled

    package var label: LocalizedText {
        switch self {
        case .planned: return LocalizedText(zh: "计划中", en: "planned")
        case .done: return LocalizedText(zh: "已完成", en: "done")
        case .cancelled: return LocalizedText(zh: "已取消", en: "cancelled")
        }
    }
}

/// Support a session gives its volunteers (《志愿服务条例》 art. 17 asks for insurance).
package enum SupportKind: String, Codable, Sendable, CaseIterable {
    case insurance, transport, meals

    package var label: LocalizedText {
        switch self {
        case .insurance: return LocalizedText(zh: "保险", en: "insurance")
        case .transport: return LocalizedText(zh: "交通", en: "transport")
        case .meals: return LocalizedText(zh: "就餐", en: "meals")
        }
    }

    package init?(argument: String) {
        let v = argument.trimmingCharacters(in: .whitespaces).lowercased()
        if let s = SupportKind(rawValue: v) {
            self = s
            return
        }
        switch v {
        case "保险": self = .insurance
        case "交通", "车辆": self = .transport
        case "就餐", "餐", "用餐", "meal": self = .meals
        default: return nil
        }
    }
}
