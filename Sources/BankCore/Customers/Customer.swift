import Foundation

/// Identity document kinds accepted at the counter.
public enum IDDocumentType: String, CaseIterable, Sendable, Codable {
    /// Mainland resident identity card (18 characters).
    case residentID = "resident_id"
    case passport
    /// Mainland travel permit for Hong Kong and Macau residents.
    case hongKongMacauPermit = "hk_macau_permit"
    /// Mainland travel permit for Taiwan residents.
    case taiwanPermit = "taiwan_permit"
    /// Foreigner's permanent residence ID card.
    case foreignPermanentResidence = "foreign_permanent_residence"
}

/// Help a customer needs in the branch; any value other than `none` makes
/// them eligible for priority service and a dedicated account manager.
public enum AssistanceNeed: String, CaseIterable, Sendable, Codable {
    case none
    case elderly
    case wheelchair
    case hearing
    case visual
    case interpreter
}

/// Customer risk rating (filled by account opening, shown on the panel).
public enum RiskLevel: String, CaseIterable, Sendable, Codable {
    case unrated
    case low
    case medium
    case high
}

/// A person the branch serves.
public struct Customer: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var name: String
    public var idType: IDDocumentType
    public var idNumber: String
    /// Last valid day of the document; nil for a long-term resident ID card.
    public var idExpiry: BusinessDate?
    public var phone: String
    public var address: String
    public var birthDate: BusinessDate
    public var preferredLanguage: String
    public var assistance: AssistanceNeed
    public var riskLevel: RiskLevel
    public var accountManagerID: Int64?

    public init(id: Int64, name: String, idType: IDDocumentType, idNumber: String, idExpiry: BusinessDate? = nil, phone: String, address: String,
                birthDate: BusinessDate, preferredLanguage: String, assistance: AssistanceNeed = .none,
                riskLevel: RiskLevel = .unrated, accountManagerID: Int64? = nil) {
        self.id = id
        self.name = name
        self.idType = idType
        self.idNumber = idNumber
        self.idExpiry = idExpiry
        self.phone = phone
        self.address = address
        self.birthDate = birthDate
        self.preferredLanguage = preferredLanguage
        self.assistance = assistance
        self.riskLevel = riskLevel
        self.accountManagerID = accountManagerID
    }
}

/// Hides most of an identifier on screen; a deliberate, audited reveal shows it whole.
public enum Masking {
    /// `110105********1234`: first 6 and last 4 kept (ID numbers).
    public static func idNumber(_ text: String) -> String { keep(text, first: min(6, max(0, text.count - 8)), last: 4) }
    /// `138****5678`: first 3 and last 4 kept.
    public static func phone(_ text: String) -> String { keep(text, first: 3, last: 4) }
    /// `622202******1234`: first 6 and last 4 kept (bank card numbers).
    public static func card(_ text: String) -> String { keep(text, first: 6, last: 4) }

    static func keep(_ text: String, first: Int, last: Int) -> String {
        let characters = Array(text)
        guard characters.count > first + last else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(first)) + String(repeating: "*", count: characters.count - first - last)
            + String(characters.suffix(last))
    }
}
