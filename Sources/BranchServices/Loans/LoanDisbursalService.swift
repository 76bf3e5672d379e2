import BankCore
import Foundation
import Localization

/// Where the money goes or comes from at the counter.
public enum LoanCashSide: Sendable, Equatable {
    /// The customer's own account named on the loan.
    case account
    /// Notes and coins through the teller's open drawer (within the drawer rules).
    case cash(CashBreakdown)
}

/// Pays out a signed loan through the ledger in one transaction (issue 15):
/// the loan receivable is debited and the customer's account (or the drawer)
/// credited, the schedule stored from the disbursal date, the customer notified.
/// OWNER: servicing helper.
public struct LoanDisbursalService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// What the payout still needs (a supervisor for cash above the teller's authority), or the refusal. Writes nothing.
    public func assess(loanID: Int64, payout: LoanCashSide, by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        throw LocalizedMessage(.unexpectedError, "loan disbursal not built yet")
    }

    public func disburse(loanID: Int64, payout: LoanCashSide, key: String, approval: SupervisorApproval? = nil,
                         by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        throw LocalizedMessage(.unexpectedError, "loan disbursal not built yet")
    }
}
