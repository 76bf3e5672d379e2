import Foundation

/// An account application as stored, with its screening and decision.
public struct ApplicationRecord: Sendable, Equatable {
    public var id: Int64
    public var customerID: Int64
    public var accountType: AccountType
    public var currency: Currency
    public var kycJSON: String
    public var documents: String
    public var riskLevel: RiskLevel
    public var riskScore: Int
    public var riskReasons: String
    public var screeningHit: Bool
    public var screeningDetail: String
    /// As stored, or `declined` / `cancelled` once the application was closed (`application_closures`).
    public var status: String
    public var makerID: Int64
    public var checkerID: Int64?
    public var decisionReason: String
    public var accountID: Int64?
    public var createdAt: Date
    /// The guardian (a customer of the bank) of an applicant under 18.
    public var guardianID: Int64?
    /// Why the application was declined by the customer or cancelled; empty while it is not closed.
    public var closureReason: String

    public init(id: Int64, customerID: Int64, accountType: AccountType, currency: Currency, kycJSON: String, documents: String, riskLevel: RiskLevel, riskScore: Int, riskReasons: String, screeningHit: Bool, screeningDetail: String, status: String, makerID: Int64, checkerID: Int64?, decisionReason: String, accountID: Int64?, createdAt: Date,
                guardianID: Int64? = nil, closureReason: String = "") {
        self.id = id
        self.customerID = customerID
        self.accountType = accountType
        self.currency = currency
        self.kycJSON = kycJSON
        self.documents = documents
        self.riskLevel = riskLevel
        self.riskScore = riskScore
        self.riskReasons = riskReasons
        self.screeningHit = screeningHit
        self.screeningDetail = screeningDetail
        self.status = status
        self.makerID = makerID
        self.checkerID = checkerID
        self.decisionReason = decisionReason
        self.accountID = accountID
        self.createdAt = createdAt
        self.guardianID = guardianID
        self.closureReason = closureReason
    }
}
