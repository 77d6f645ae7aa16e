import Foundation

/// One person at one session. Scheduled hours (the session's length) and actual service
/// hours are kept apart because certificates must state actual service time, without travel.
public struct Participation: Codable, Sendable, Equatable {
    public var session: String
    public var person: String
    public var role: ParticipationRole
    public var status: ParticipationStatus
    public var scheduledHours: Double
    public var actualHours: Double
    package var checkIn: Date?
    package var checkOut: Date?
    /// 1–5
    package var evaluation: Int?
    package var note: String?
    public var logged: Date

    public init(
        session: String, person: String, role: ParticipationRole = .volunteer, status: ParticipationStatus,
        scheduledHours: Double, actualHours: Double? = nil, checkIn: Date? = nil, checkOut: Date? = nil,
        evaluation: Int? = nil, note: String? = nil, logged: Date
    ) {
        self.session = session
        self.person = person
        self.role = role
        self.status = status
        self.scheduledHours = scheduledHours
        self.actualHours = actualHours ?? scheduledHours
        self.checkIn = checkIn
        self.checkOut = checkOut
        self.evaluation = evaluation
        self.note = note
        self.logged = logged
    }

    package var key: ParticipationKey { ParticipationKey(session: session, person: person) }

    /// Hours that count toward stars and certificates.
    public var creditedHours: Double { status == .attended ? actualHours : 0 }
}

/// A person appears at most once per session.
public struct ParticipationKey: Hashable, Sendable, Codable {
    public var session: String
    public var person: String

    public init(session: String, person: String) {
        self.session = session
        self.person = person
    }
}
