import Foundation

extension Person: ScannedRecord {
    /// The members of a person as its synthesized Codable names them.
    enum ScannedField: String, CaseIterable, Sendable {
        case consent, id, idNumber, mergedInto, name, organisation, phone, registered, skills, updated
    }

    private static let scannedFields = RecordFields<ScannedField>()

    static func scan(_ s: inout ByteScanner) throws(ScanError) -> Person {
        var id: String?
        var name: String?
        var phone: String?
        var organisation: String?
        var skills: [String]?
        var registered: Date?
        var consent: String?
        var idNumber: String?
        var mergedInto: String?
        var updated: Date?
        try scannedFields.members(&s) { field, s throws(ScanError) in
            switch field {
            case .consent?: consent = try s.optionalString()
            case .id?: id = try s.string()
            case .idNumber?: idNumber = try s.optionalString()
            case .mergedInto?: mergedInto = try s.optionalString()
            case .name?: name = try s.string()
            case .organisation?: organisation = try s.optionalString()
            case .phone?: phone = try s.optionalString()
            case .registered?: registered = try s.date("registered")
            case .skills?: skills = try s.stringArray()
            case .updated?: updated = try s.date("updated")
            case nil: return false
            }
            return true
        }
        return Person(
            id: try s.required(id, "id", in: "person"), name: try s.required(name, "name", in: "person"),
            phone: phone, organisation: organisation, skills: try s.required(skills, "skills", in: "person"),
            registered: try s.required(registered, "registered", in: "person"), consent: consent,
            idNumber: idNumber, mergedInto: mergedInto, updated: try s.required(updated, "updated", in: "person"))
    }
}
