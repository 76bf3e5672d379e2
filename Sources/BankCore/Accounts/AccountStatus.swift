/// Where an account stands. Anything other than `active` stops ordinary
/// movements and must be explained to the customer with a way forward.
public enum AccountStatus: String, CaseIterable, Sendable, Codable {
    /// Open for deposits, withdrawals and transfers.
    case active
    /// Stopped by the bank or an authority; no movement until a supervisor lifts it.
    case frozen
    /// No customer activity for a long time; reactivated after an identity check.
    case dormant
    /// Closed for good; kept only for history.
    case closed
}
