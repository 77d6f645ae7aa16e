import Foundation

/// One outreach activity (活动): what, when, where, for whom, and what came of it. Times are
/// absolute instants plus the IANA zone they were planned in, so a session that runs past
/// midnight or is viewed from another zone keeps its meaning.
public struct Session: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var type: ServiceType
    public var trainingLevel: TrainingLevel?
    public var start: Date
    public var end: Date
    public var timeZone: String
    public var venue: String?
    /// The canonical city name (贵阳市 …) or, for places outside the list, the text as given.
    public var city: String
    public var county: String?
    public var audience: Audience?
    /// A project id from the project library.
    public var project: String?
    public var capacity: Int?
    public var lecturers: [String]
    public var organiser: String?
    /// 负责人
    public var leader: String?
    /// 记录人
    public var recorder: String?
    public var support: [SupportKind]
    public var status: SessionStatus
    public var cancelReason: String?
    /// Members of the public reached (not named).
    public var reached: Int?
    public var rating: Int?
    public var notes: String?
    /// Shared by the sessions of one `repeat=` series.
    public var series: String?
    public var created: Date
    public var updated: Date

    public init(
        id: String, title: String, type: ServiceType, trainingLevel: TrainingLevel? = nil,
        start: Date, end: Date, timeZone: String = "Asia/Shanghai", venue: String? = nil,
        city: String, county: String? = nil, audience: Audience? = nil, project: String? = nil,
        capacity: Int? = nil, lecturers: [String] = [], organiser: String? = nil, leader: String? = nil,
        recorder: String? = nil, support: [SupportKind] = [], status: SessionStatus = .planned,
        cancelReason: String? = nil, reached: Int? = nil, rating: Int? = nil, notes: String? = nil,
        series: String? = nil, created: Date, updated: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.type = type
        self.trainingLevel = trainingLevel
        self.start = start
        self.end = end
        self.timeZone = timeZone
        self.venue = venue
        self.city = city
        self.county = county
        self.audience = audience
        self.project = project
        self.capacity = capacity
        self.lecturers = lecturers
        self.organiser = organiser
        self.leader = leader
        self.recorder = recorder
        self.support = support
        self.status = status
        self.cancelReason = cancelReason
        self.reached = reached
        self.rating = rating
        self.notes = notes
        self.series = series
        self.created = created
        self.updated = updated ?? created
    }

    /// Scheduled length in hours (the default service time of each participant).
    public var hours: Double { (end.timeIntervalSince(start) / 3600 * 100).rounded() / 100 }

    public var zone: TimeZone { ChinaTime.zone(identifier: timeZone) }

    /// True when the two sessions' times overlap (touching ends do not count).
    public func overlaps(_ other: Session) -> Bool {
        start < other.end && other.start < end
    }
}
