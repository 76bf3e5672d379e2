/// Annual income bands asked on the application form (CNY equivalent).
public enum IncomeRange: String, CaseIterable, Sendable, Codable {
    /// Below 50,000.
    case under50k = "under_50k"
    /// 50,000 to below 200,000.
    case from50kTo200k = "50k_200k"
    /// 200,000 to 1,000,000.
    case from200kTo1m = "200k_1m"
    /// Above 1,000,000.
    case over1m = "over_1m"
}

/// Why the customer wants the account; part of KYC and of the risk rating.
public enum AccountPurpose: String, CaseIterable, Sendable, Codable {
    case salary
    case savings
    case investment
    case business
    case other
}

/// Where the customer is resident for tax (CRS self-certification).
public enum TaxResidency: String, CaseIterable, Sendable, Codable {
    /// Mainland China only.
    case china
    /// Another jurisdiction only.
    case other
    /// China and at least one other jurisdiction.
    case both
}

/// KYC answers collected on the application form. Checked by `KYCRules`,
/// rated by `RiskRating`, and archived with the application.
public struct KYCProfile: Sendable, Equatable, Codable {
    public var occupation: String
    /// Empty only for occupations in `KYCRules.noEmployerOccupations`.
    public var employer: String
    public var income: IncomeRange
    public var address: String
    public var purpose: AccountPurpose
    public var taxResidency: TaxResidency
    /// Politically exposed person (or a close relative or associate of one).
    public var politicallyExposed: Bool

    public init(occupation: String, employer: String, income: IncomeRange, address: String,
                purpose: AccountPurpose, taxResidency: TaxResidency, politicallyExposed: Bool) {
        self.occupation = occupation
        self.employer = employer
        self.income = income
        self.address = address
        self.purpose = purpose
        self.taxResidency = taxResidency
        self.politicallyExposed = politicallyExposed
    }
}
