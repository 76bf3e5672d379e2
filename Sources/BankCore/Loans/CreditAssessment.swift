/// What the credit assessment recommends.
public enum CreditRecommendation: String, CaseIterable, Sendable, Codable, Comparable {
    case approve, refer, decline

    public static func < (lhs: CreditRecommendation, rhs: CreditRecommendation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The applicant's figures the assessment reads: all as the application and
/// this bank's books hold them, gathered by the service, never read here.
public struct CreditApplicant: Sendable, Hashable {
    public var monthlyIncome: Int64
    public var monthlyObligations: Int64
    public var birthDate: BusinessDate
    /// Appraised value of the collateral pledged (0 when unsecured).
    public var collateralValue: Int64
    /// Days the applicant's worst loan at this bank is overdue today (0: none).
    public var worstDaysOverdue: Int
    public var frozenAccounts: Int
    public var onWatchList: Bool

    public init(monthlyIncome: Int64, monthlyObligations: Int64, birthDate: BusinessDate, collateralValue: Int64 = 0,
                worstDaysOverdue: Int = 0, frozenAccounts: Int = 0, onWatchList: Bool = false) {
        self.monthlyIncome = monthlyIncome
        self.monthlyObligations = monthlyObligations
        self.birthDate = birthDate
        self.collateralValue = collateralValue
        self.worstDaysOverdue = worstDaysOverdue
        self.frozenAccounts = frozenAccounts
        self.onWatchList = onWatchList
    }
}

/// One rule of the assessment, its threshold and the applicant's figure.
/// Figures are in the rule's own unit: basis points (1/100 of a percent)
/// for ratios, years for age, days, counts; `fired` says what it decided.
public struct AssessmentLine: Sendable, Hashable {
    public enum Rule: String, CaseIterable, Sendable, Codable {
        case debtToIncome = "debt-to-income"
        case loanToValue = "loan-to-value"
        case overdueHistory = "overdue-history"
        case frozenAccounts = "frozen-accounts"
        case watchList = "watch-list"
        case ageAtMaturity = "age-at-maturity"
    }
    public let rule: Rule
    /// The applicant's figure.
    public let figure: Int64
    /// The limit that was compared (refer above it, unless `declineAbove` says decline).
    public let referAbove: Int64
    public let declineAbove: Int64
    public let outcome: CreditRecommendation
}

/// The thresholds the assessment applies; the README documents the defaults.
public struct CreditPolicy: Sendable, Hashable {
    /// Debt-to-income after this loan, in basis points: refer above 50%, decline above 60%.
    public var debtToIncomeRefer: Int64 = 5_000
    public var debtToIncomeDecline: Int64 = 6_000
    /// Age at maturity in years: refer above 65, decline above 70.
    public var ageRefer: Int64 = 65
    public var ageDecline: Int64 = 70
    /// Days overdue on an existing loan: refer from 1 day, decline above 90.
    public var overdueDecline: Int64 = 90

    public init() {}
    public static let standard = CreditPolicy()
}

/// The credit assessment of one application, computed and explained line by
/// line: debt-to-income after this loan, loan-to-value of the collateral,
/// history at this bank (overdue loans, frozen accounts, the watch list) and
/// age at maturity. The recommendation is the strictest outcome of any line.
/// A pure function: no clock, no store.
public struct CreditAssessment: Sendable, Hashable {
    public let lines: [AssessmentLine]
    public var recommendation: CreditRecommendation { lines.map(\.outcome).max() ?? .approve }
    /// The lines that did not approve, the reasons a person must read.
    public var fired: [AssessmentLine] { lines.filter { $0.outcome != .approve } }

    /// - Parameters:
    ///   - amount: the principal applied for; `largestPayment` the schedule's biggest instalment.
    ///   - maxLoanToValue: the product's maximum in basis points (nil for an unsecured product).
    ///   - maturity: the last due date of the schedule.
    public init(amount: Int64, largestPayment: Int64, maturity: BusinessDate, maxLoanToValue: Int64?,
                applicant: CreditApplicant, policy: CreditPolicy = .standard) {
        var lines: [AssessmentLine] = []
        func line(_ rule: AssessmentLine.Rule, _ figure: Int64, refer: Int64, decline: Int64) {
            let outcome: CreditRecommendation = figure > decline ? .decline : figure > refer ? .refer : .approve
            lines.append(AssessmentLine(rule: rule, figure: figure, referAbove: refer, declineAbove: decline, outcome: outcome))
        }
        let debt = applicant.monthlyObligations + largestPayment
        let dti = applicant.monthlyIncome > 0 ? Self.basisPoints(debt, of: applicant.monthlyIncome) : Int64.max
        line(.debtToIncome, dti, refer: policy.debtToIncomeRefer, decline: policy.debtToIncomeDecline)
        if let maxLTV = maxLoanToValue {
            let ltv = applicant.collateralValue > 0 ? Self.basisPoints(amount, of: applicant.collateralValue) : Int64.max
            line(.loanToValue, ltv, refer: maxLTV, decline: maxLTV)
        }
        line(.overdueHistory, Int64(applicant.worstDaysOverdue), refer: 0, decline: policy.overdueDecline)
        line(.frozenAccounts, Int64(applicant.frozenAccounts), refer: 0, decline: Int64.max)
        line(.watchList, applicant.onWatchList ? 1 : 0, refer: 0, decline: 0)
        line(.ageAtMaturity, Int64(Self.age(born: applicant.birthDate, on: maturity)), refer: policy.ageRefer, decline: policy.ageDecline)
        self.lines = lines
    }

    /// `part / whole` in basis points, rounded up (a ratio just over a limit is over it).
    static func basisPoints(_ part: Int64, of whole: Int64) -> Int64 {
        let (high, low) = part.multipliedFullWidth(by: 10_000)
        guard high == 0, low <= UInt64(Int64.max) else { return Int64.max }
        let scaled = Int64(low)
        return (scaled + whole - 1) / whole
    }

    /// Whole years from `born` to `date`.
    static func age(born: BusinessDate, on date: BusinessDate) -> Int {
        var years = date.year - born.year
        if (date.month, date.day) < (born.month, born.day) { years -= 1 }
        return years
    }
}
