import Foundation

extension Session: ScannedRecord {
    /// The members of a session as its synthesized Codable names them.
    enum ScannedField: String, CaseIterable, Sendable {
        case audience, cancelReason, capacity, city, county, created, end, id, leader, lecturers, notes, organiser
        case project, rating, reached, recorder, series, start, status, support, timeZone, title, trainingLevel
        case type, updated, venue
    }

    private static let scannedFields = RecordFields<ScannedField>()

    static func scan(_ s: inout ByteScanner) throws(ScanError) -> Session {
        var id: String?
        var title: String?
        var type: ServiceType?
        var trainingLevel: TrainingLevel?
        var start: Date?
        var end: Date?
        var timeZone: String?
        var venue: String?
        var city: String?
        var county: String?
        var audience: Audience?
        var project: String?
        var capacity: Int?
        var lecturers: [String]?
        var organiser: String?
        var leader: String?
        var recorder: String?
        var support: [SupportKind]?
        var status: SessionStatus?
        var cancelReason: String?
        var reached: Int?
        var rating: Int?
        var notes: String?
        var series: String?
        var created: Date?
        var updated: Date?
        try scannedFields.members(&s) { field, s throws(ScanError) in
            switch field {
            case .audience?: audience = try s.optionalCode(Audience.self, "audience")
            case .cancelReason?: cancelReason = try s.optionalString()
            case .capacity?: capacity = try s.optionalInt()
            case .city?: city = try s.string()
            case .county?: county = try s.optionalString()
            case .created?: created = try s.date("created")
            case .end?: end = try s.date("end")
            case .id?: id = try s.string()
            case .leader?: leader = try s.optionalString()
            case .lecturers?: lecturers = try s.stringArray()
            case .notes?: notes = try s.optionalString()
            case .organiser?: organiser = try s.optionalString()
            case .project?: project = try s.optionalString()
            case .rating?: rating = try s.optionalInt()
            case .reached?: reached = try s.optionalInt()
            case .recorder?: recorder = try s.optionalString()
            case .series?: series = try s.optionalString()
            case .start?: start = try s.date("start")
            case .status?: status = try s.code(SessionStatus.self, "status")
            case .support?:
                var kinds: [SupportKind] = []
                try s.expect(0x5B)
                if !s.take(0x5D) {
                    repeat { kinds.append(try s.code(SupportKind.self, "support")) } while s.take(0x2C)
                    try s.expect(0x5D)
                }
                support = kinds
            case .timeZone?: timeZone = try s.string()
            case .title?: title = try s.string()
            case .trainingLevel?: trainingLevel = try s.optionalCode(TrainingLevel.self, "trainingLevel")
            case .type?: type = try s.code(ServiceType.self, "type")
            case .updated?: updated = try s.date("updated")
            case .venue?: venue = try s.optionalString()
            case nil: return false
            }
            return true
        }
        return Session(
            id: try s.required(id, "id", in: "session"), title: try s.required(title, "title", in: "session"),
            type: try s.required(type, "type", in: "session"), trainingLevel: trainingLevel,
            start: try s.required(start, "start", in: "session"), end: try s.required(end, "end", in: "session"),
            timeZone: try s.required(timeZone, "timeZone", in: "session"), venue: venue,
            city: try s.required(city, "city", in: "session"), county: county, audience: audience, project: project,
            capacity: capacity, lecturers: try s.required(lecturers, "lecturers", in: "session"),
            organiser: organiser, leader: leader, recorder: recorder,
            support: try s.required(support, "support", in: "session"),
            status: try s.required(status, "status", in: "session"), cancelReason: cancelReason, reached: reached,
            rating: rating, notes: notes, series: series, created: try s.required(created, "created", in: "session"),
            updated: try s.required(updated, "updated", in: "session"))
    }
}
