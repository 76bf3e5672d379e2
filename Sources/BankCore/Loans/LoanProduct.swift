/// What a branch can lend: a loan product as the administrator defines it.
/// Stored as a versioned whole; an application and a loan keep the version
/// they were made under, so a later change never alters a signed loan.
public struct LoanProduct: Sendable, Hashable, Codable {
    public var code: String
    public var nameEnglish: String
    public var nameChinese: String
    public var purpose: String
    /// Amount range, fen, both ends included.
    public var minimumAmount: Int64
    public var maximumAmount: Int64
    /// Term range in months, both ends included.
    public var minimumMonths: Int
    public var maximumMonths: Int
    /// Contract rate, in millionths (`AnnualRate.partsPerMillion`).
    public var ratePPM: Int64
    /// How the contract rate was set; the schedule is always fixed at signing.
    public var rateBasis: RateBasis
    public var methods: [RepaymentMethod]
    public var secured: Bool
    /// Collateral accepted and the highest loan-to-value for each; empty when unsecured.
    public var collateral: [CollateralRule]
    /// An appraisal older than this many days on the application date is refused.
    public var appraisalMaximumAgeDays: Int
    public var documents: [LoanDocument]
    /// Penalty rate on overdue principal and interest, millionths a year, accrued daily over 360 days.
    public var penaltyRatePPM: Int64
    /// At or below this amount, an application the assessment approves is approved by the system.
    public var automaticApprovalLimit: Int64
    /// Above this amount two different approvers decide (a committee); at or below, one.
    public var committeeThreshold: Int64
    public var active: Bool

    public init(code: String, nameEnglish: String, nameChinese: String, purpose: String, minimumAmount: Int64,
                maximumAmount: Int64, minimumMonths: Int, maximumMonths: Int, ratePPM: Int64, rateBasis: RateBasis = .fixed,
                methods: [RepaymentMethod], secured: Bool, collateral: [CollateralRule] = [], appraisalMaximumAgeDays: Int = 180,
                documents: [LoanDocument], penaltyRatePPM: Int64, automaticApprovalLimit: Int64, committeeThreshold: Int64,
                active: Bool = true) {
        self.code = code
        self.nameEnglish = nameEnglish
        self.nameChinese = nameChinese
        self.purpose = purpose
        self.minimumAmount = minimumAmount
        self.maximumAmount = maximumAmount
        self.minimumMonths = minimumMonths
        self.maximumMonths = maximumMonths
        self.ratePPM = ratePPM
        self.rateBasis = rateBasis
        self.methods = methods
        self.secured = secured
        self.collateral = collateral
        self.appraisalMaximumAgeDays = appraisalMaximumAgeDays
        self.documents = documents
        self.penaltyRatePPM = penaltyRatePPM
        self.automaticApprovalLimit = automaticApprovalLimit
        self.committeeThreshold = committeeThreshold
        self.active = active
    }

    public var rate: AnnualRate { AnnualRate(partsPerMillion: ratePPM) ?? AnnualRate(partsPerMillion: 0)! }
    public var penaltyRate: AnnualRate { AnnualRate(partsPerMillion: penaltyRatePPM) ?? AnnualRate(partsPerMillion: 0)! }

    /// The highest loan-to-value (basis points) accepted for `kind`, nil when the kind is not accepted.
    public func maximumLoanToValue(for kind: CollateralKind) -> Int64? {
        collateral.first { $0.kind == kind }?.maximumLoanToValue
    }
}

/// How a product's rate is set.
public enum RateBasis: String, CaseIterable, Sendable, Codable {
    /// Fixed for the life of the loan.
    case fixed
    /// Set at signing from the loan prime rate plus the product's margin, then fixed for the loan.
    case primeRatePlusMargin = "prime_rate_plus_margin"
}

/// A kind of collateral and how much may be lent against it.
public struct CollateralRule: Sendable, Hashable, Codable {
    public var kind: CollateralKind
    /// Basis points: 7_000 lends at most 70% of the appraised value.
    public var maximumLoanToValue: Int64

    public init(kind: CollateralKind, maximumLoanToValue: Int64) {
        self.kind = kind
        self.maximumLoanToValue = maximumLoanToValue
    }
}

/// What can be pledged.
public enum CollateralKind: String, CaseIterable, Sendable, Codable {
    case realEstate = "real_estate"
    case vehicle
    case timeDeposit = "time_deposit"
    case securities
    case equipment
}

/// The papers a product requires, ticked on the application as each is seen.
public enum LoanDocument: String, CaseIterable, Sendable, Codable {
    case identityDocument = "identity_document"
    case proofOfIncome = "proof_of_income"
    case employmentLetter = "employment_letter"
    case bankStatements = "bank_statements"
    case collateralTitle = "collateral_title"
    case appraisalReport = "appraisal_report"
    case businessLicence = "business_licence"
    case purchaseContract = "purchase_contract"
}
