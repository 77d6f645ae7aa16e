import Foundation

/// One outreach activity (活动): what, when, where, for whom, and what came of it. Times are
/// absolute instants plus the IANA zone they were planned in, so a session that runs past
/// midnight or is viewed from another zone keeps its meaning.
public struct Session: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    package var title: String
    package var type: ServiceType
    package var trainingLevel: TrainingLevel?
    package var start: Date
    package var end: Date
    package var timeZone: String
    package var venue: String?
    /// The canonical city name (贵阳市 …) or, for places outside the list, the text as given.
    public var city: String
    package var county: String?
    package var audience: Audience?
    /// A project id from the project library.
    package var project: String?
    package var capacity: Int?
    package var lecturers: [String]
    package var organiser: String?
    /// 负责人
    package var leader: String?
    /// 记录人
    package var recorder: String?
    package var support: [SupportKind]
    public var status: SessionStatus
    package var cancelReason: String?
    /// Members of the public reached (not named).
    public var reached: Int?
    package var rating: Int?
    package var notes: String?
    /// Shared by the sessions of one `repeat=` series.
    package var series: String?
    package var created: Date
    package var updated: Date

    package init(
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
    package var hours: Double { (end.timeIntervalSince(start) / 3600 * 100).rounded() / 100 }

    package var zone: TimeZone { ChinaTime.zone(identifier: timeZone) }

    /// True when the two sessions' times overlap (touching ends do not count).
    package func overlaps(_ other: Session) -> Bool {
        start < other.end && other.start < end
    }
}
