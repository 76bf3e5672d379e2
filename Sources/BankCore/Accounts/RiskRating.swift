/// The automatic customer risk rating at account opening: a documented
/// points table, deterministic, so the same answers always give the same
/// level and the reasons can be shown and archived.
///
/// Rules (points):
/// - politically exposed person → +5, and the level is always high;
/// - tax residency `other` or `both` → +2;
/// - occupation containing a high-risk keyword (`highRiskOccupationKeywords`,
///   case-insensitive) → +2;
/// - income `over_1m` → +1;
/// - purpose `business` → +1;
/// - identity document other than the mainland resident ID card → +1;
/// - under 18 on `today` → +1;
/// - 80 or over on `today` → +1 (ages count whole years, see `CustomerAge`:
///   a customer turns 18 or 80 on the birthday itself).
///
/// Levels: score ≥ 4 → high, 2–3 → medium, 0–1 → low.
///
/// Keyword matching: a Chinese keyword (赌, 珠宝, 贵金属, 货币兑换, 加密, 军火,
/// 典当) matches anywhere in the occupation. A Latin keyword matches only at
/// the start of a word (the character before it is not a letter), so
/// "jeweller", "pawnbroker" and "arms dealer" match while "alarms
/// technician" and "farms" do not. Because of that, "firearm" is in the list
/// too, so "firearms dealer" still matches.
public enum RiskRating {
    /// Keywords that mark a cash-intensive or otherwise high-risk occupation.
    public static let highRiskOccupationKeywords: [String] = [
        "casino", "gambling", "jewel", "precious metal", "money exchange", "crypto", "arms", "firearm",
        "pawn", "real estate agent",
        "赌", "珠宝", "贵金属", "货币兑换", "加密", "军火", "典当",
    ]

    /// Score at or above which the level is high.
    public static let highThreshold = 4
    /// Score at or above which the level is medium (below `highThreshold`).
    public static let mediumThreshold = 2
    /// Younger than this (in whole years) counts as a minor.
    public static let adultAge = 18
    /// This age or older counts as elderly.
    public static let elderlyAge = 80

    /// Rates a profile on the business date `today` by the points table
    /// above: the score is the sum of the points of every rule that fires,
    /// the reasons list those rules in `RiskReason.allCases` order, and the
    /// level follows `level(score:politicallyExposed:)`.
    public static func assess(_ profile: KYCProfile, idType: IDDocumentType, birthDate: BusinessDate,
                              today: BusinessDate) -> RiskAssessment {
        let age = CustomerAge.years(birthDate: birthDate, on: today)
        var reasons: [RiskReason] = []
        if profile.politicallyExposed { reasons.append(.politicallyExposed) }
        if profile.taxResidency != .china { reasons.append(.foreignTaxResidency) }
        if isHighRiskOccupation(profile.occupation) { reasons.append(.highRiskOccupation) }
        if profile.income == .over1m { reasons.append(.highIncome) }
        if profile.purpose == .business { reasons.append(.businessPurpose) }
        if idType != .residentID { reasons.append(.foreignDocument) }
        if age < adultAge { reasons.append(.minor) }
        if age >= elderlyAge { reasons.append(.elderly) }
        let score = reasons.reduce(0) { $0 + $1.points }
        return RiskAssessment(level: level(score: score, politicallyExposed: profile.politicallyExposed),
                              score: score, reasons: reasons)
    }

    /// The level for a score; a politically exposed person is high whatever the score.
    public static func level(score: Int, politicallyExposed: Bool = false) -> RiskLevel {
        if politicallyExposed || score >= highThreshold { return .high }
        return score >= mediumThreshold ? .medium : .low
    }

    /// True when the occupation contains one of `highRiskOccupationKeywords`
    /// (Latin keywords at the start of a word, Chinese ones anywhere).
    public static func isHighRiskOccupation(_ occupation: String) -> Bool {
        let text = Array(occupation.lowercased())
        return highRiskOccupationKeywords.contains { keyword in
            let needle = Array(keyword.lowercased())
            let wordStartOnly = needle.first.map { $0.isASCII } ?? false
            return contains(text, needle, atWordStart: wordStartOnly)
        }
    }

    private static func contains(_ text: [Character], _ needle: [Character], atWordStart: Bool) -> Bool {
        guard !needle.isEmpty, text.count >= needle.count else { return false }
        for start in 0...(text.count - needle.count) {
            if atWordStart && start > 0 && text[start - 1].isLetter { continue }
            if text[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
