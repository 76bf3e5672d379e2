/// How a loan is paid back. The codes are stored with each loan and typed on
/// the `teller loan-calc` command line, so they never change.
public enum RepaymentMethod: String, CaseIterable, Sendable, Codable {
    /// 等额本息: the same payment every month; interest falls and principal rises.
    case equalInstalment = "equal-instalment"
    /// 等额本金: the same principal every month plus that month's interest, so payments fall.
    case equalPrincipal = "equal-principal"
    /// 先息后本: interest every month, all the principal with the last payment (short business loans).
    case interestOnly = "interest-only"
}
