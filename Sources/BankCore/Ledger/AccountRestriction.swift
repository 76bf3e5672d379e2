/// Which way money moves on a customer account.
public enum MovementDirection: String, Sendable {
    case credit
    case debit
}

/// Why an account cannot take a movement, and so what the teller can offer.
public enum AccountRefusal: String, Error, Equatable, Sendable {
    /// Frozen: a supervisor must lift the freeze first.
    case frozen
    /// Dormant: reactivate after checking the customer's identity.
    case dormant
    /// Closed: nothing can be done on this account.
    case closed
    /// Not enough available balance; the customer may take less.
    case insufficientFunds = "insufficient_funds"
    /// Cash and transfers are in one currency per operation.
    case currencyMismatch = "currency_mismatch"
}

/// The status rule for movements: only active accounts move money.
public enum AccountRestriction {
    public static func refusal(status: AccountStatus, direction: MovementDirection) -> AccountRefusal? {
        switch status {
        case .active: return nil
        case .frozen: return .frozen
        case .dormant: return .dormant
        case .closed: return .closed
        }
    }

    /// What may be paid out: the balance plus any agreed overdraft.
    public static func available(balance: Int64, overdraftLimit: Int64) -> Int64 { balance + overdraftLimit }
}
