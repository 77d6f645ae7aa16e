import Foundation

/// An entry of the project library (项目库): the four provincial programmes are built in,
/// each city adds its own with `/project add`.
public struct Project: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    package var name: String
    package var city: String?
    package var note: String?
    package var builtIn: Bool
    package var created: Date

    public init(
        id: String, name: String, city: String? = nil, note: String? = nil, builtIn: Bool = false, created: Date
    ) {
        self.id = id
        self.name = name
        self.city = city
        self.note = note
        self.builtIn = builtIn
        self.created = created
    }

    /// The programmes named in section 十一 of the provincial plan, with fixed ids so every
    /// store agrees on them.
    package static let builtIns: [Project] = [
        Project(
            id: "qianxing", name: "「生态文明·志愿黔行」志愿服务专项行动", builtIn: true,
            created: Date(timeIntervalSince1970: 1_645_401_600)),
        Project(
            id: "qingqing", name: "「青清河」保护河湖志愿服务行动", builtIn: true, created: Date(timeIntervalSince1970: 1_645_401_600)),
        Project(
            id: "banqian", name: "易地扶贫搬迁安置点生态环境志愿服务", builtIn: true, created: Date(timeIntervalSince1970: 1_645_401_600)
        ),
        Project(
            id: "xingdong", name: "「美丽中国，我是行动者」提升公民生态文明意识行动", builtIn: true,
            created: Date(timeIntervalSince1970: 1_645_401_600)),
    ]
}
