/// Why a customer scored risk points; one reason per rule that fired. Shown
/// to the teller and archived with the application so the rating can be
/// explained later.
public enum RiskReason: String, CaseIterable, Sendable {
    /// Politically exposed person: +5, always high.
    case politicallyExposed
    /// Tax residency `other` or `both`: +2.
    case foreignTaxResidency
    /// Occupation contains a keyword from `RiskRating.highRiskOccupationKeywords`: +2.
    case highRiskOccupation
    /// Income `over_1m`: +1.
    case highIncome
    /// Purpose `business`: +1.
    case businessPurpose
    /// Identity document other than the mainland resident ID card: +1.
    case foreignDocument
    /// Under 18 on the business date: +1.
    case minor
    /// 80 or over on the business date: +1.
    case elderly

    /// Points this reason adds to the score.
    public var points: Int {
        switch self {
        case .politicallyExposed: return 5
        case .foreignTaxResidency, .highRiskOccupation: return 2
        case .highIncome, .businessPurpose, .foreignDocument, .minor, .elderly: return 1
        }
    }
}

/// Documented, deterministic risk rating: the level, the score it came from
/// and every reason that added points (in `RiskReason.allCases` order).
public struct RiskAssessment: Sendable, Equatable {
    public var level: RiskLevel
    public var score: Int
    public var reasons: [RiskReason]

    public init(level: RiskLevel, score: Int, reasons: [RiskReason]) {
        self.level = level
        self.score = score
        self.reasons = reasons
    }
}
