import Foundation

/// A registered volunteer (or lecturer, or staff member). Personal data is kept to what the
/// 2012 record rules list, and the ID number only with consent, because the Volunteer
/// Service Regulations forbid disclosing it without one.
public struct Person: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    package var name: String
    /// Digits only (a mainland mobile or a landline with area code); shown masked.
    package var phone: String?
    package var organisation: String?
    package var skills: [String]
    package var registered: Date
    package var consent: String?
    /// 18-character resident ID, only with consent; shown masked except on certificates.
    package var idNumber: String?
    /// Set when `/merge` folded this record into another; kept so old references resolve.
    package var mergedInto: String?
    package var updated: Date

    public init(
        id: String, name: String, phone: String? = nil, organisation: String? = nil, skills: [String] = [],
        registered: Date, consent: String? = nil, idNumber: String? = nil, mergedInto: String? = nil,
        updated: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.phone = phone
        self.organisation = organisation
        self.skills = skills
        self.registered = registered
        self.consent = consent
        self.idNumber = idNumber
        self.mergedInto = mergedInto
        self.updated = updated ?? registered
    }

    package var maskedPhone: String? { phone.map(PhoneNumber.mask) }
    package var maskedIDNumber: String? { idNumber.map(ResidentIDNumber.mask) }
}
