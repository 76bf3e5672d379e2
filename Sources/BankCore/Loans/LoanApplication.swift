/// A loan application as the desk holds it, from draft to contract. The
/// figures may be incomplete while it is a draft; submission checks them all.
public struct LoanApplication: Sendable, Hashable {
    public enum Status: String, CaseIterable, Sendable, Codable {
        case draft, submitted, referred, committee, approved, declined, contracted, withdrawn

        /// Waiting in the approvers' inbox.
        public var awaitsDecision: Bool { self == .referred || self == .committee }
    }

    public var id: Int64
    /// `LA` + business date + sequence, printed on the slip and the contract.
    public var number: String
    public var customerID: Int64
    public var productCode: String
    public var productVersion: Int
    public var status: Status
    public var amount: Int64
    public var months: Int
    public var method: RepaymentMethod
    public var purpose: String
    public var monthlyIncome: Int64
    public var monthlyObligations: Int64
    public var employer: String
    /// The customer's own account the loan is paid into and repaid from.
    public var accountID: Int64?
    public var ticketID: Int64?
    public var enteredBy: Int64
    public var documentsSeen: Set<LoanDocument>
    public var collateral: [Collateral]
    /// Customers of the bank who guarantee the loan (never the applicant).
    public var guarantorIDs: [Int64]
    /// Approvals a decision needs: 0 the system's, 1 a supervisor's, 2 a committee's.
    public var approvalsNeeded: Int
    public var recommendation: CreditRecommendation?

    public init(id: Int64, number: String, customerID: Int64, productCode: String, productVersion: Int, status: Status,
                amount: Int64, months: Int, method: RepaymentMethod, purpose: String = "", monthlyIncome: Int64 = 0,
                monthlyObligations: Int64 = 0, employer: String = "", accountID: Int64? = nil, ticketID: Int64? = nil,
                enteredBy: Int64, documentsSeen: Set<LoanDocument> = [], collateral: [Collateral] = [], guarantorIDs: [Int64] = [],
                approvalsNeeded: Int = 0, recommendation: CreditRecommendation? = nil) {
        self.id = id
        self.number = number
        self.customerID = customerID
        self.productCode = productCode
        self.productVersion = productVersion
        self.status = status
        self.amount = amount
        self.months = months
        self.method = method
        self.purpose = purpose
        self.monthlyIncome = monthlyIncome
        self.monthlyObligations = monthlyObligations
        self.employer = employer
        self.accountID = accountID
        self.ticketID = ticketID
        self.enteredBy = enteredBy
        self.documentsSeen = documentsSeen
        self.collateral = collateral
        self.guarantorIDs = guarantorIDs
        self.approvalsNeeded = approvalsNeeded
        self.recommendation = recommendation
    }

    /// The appraised value of everything offered as collateral.
    public var collateralValue: Int64 { collateral.reduce(0) { $0 + $1.appraisedValue } }
}

/// Something pledged against a loan, with its appraisal.
public struct Collateral: Sendable, Hashable {
    public enum Status: String, Sendable, Codable { case proposed, pledged, released }

    public var kind: CollateralKind
    public var description: String
    public var appraisedValue: Int64
    public var appraisalDate: BusinessDate
    public var status: Status

    public init(kind: CollateralKind, description: String, appraisedValue: Int64, appraisalDate: BusinessDate,
                status: Status = .proposed) {
        self.kind = kind
        self.description = description
        self.appraisedValue = appraisedValue
        self.appraisalDate = appraisalDate
        self.status = status
    }
}
