/// The kinds of account a branch opens. The type is part of the account
/// number (one digit), so a number alone tells the counter what it is.
public enum AccountType: String, CaseIterable, Sendable, Codable {
    /// Demand deposit account used for everyday payments.
    case current
    /// Demand savings account.
    case savings
    /// Fixed-term deposit.
    case timeDeposit = "time_deposit"

    /// The digit used inside account numbers (position 7): current `1`,
    /// savings `2`, time deposit `3`.
    public var numberDigit: Character {
        switch self {
        case .current: return "1"
        case .savings: return "2"
        case .timeDeposit: return "3"
        }
    }

    /// The type whose `numberDigit` is `digit`; nil for any other character.
    init?(numberDigit digit: Character) {
        guard let type = AccountType.allCases.first(where: { $0.numberDigit == digit }) else { return nil }
        self = type
    }
}
