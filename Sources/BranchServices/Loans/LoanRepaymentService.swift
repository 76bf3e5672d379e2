import BankCore
import Foundation
import Localization

/// Where a loan stands today: what is owed now, overdue and to pay it off.
public struct LoanPosition: Sendable, Equatable {
    public var loan: LoanRecord
    public var instalments: [InstalmentBalance]
    public var penaltyOwed: Int64
    public var overdueAmount: Int64
    public var daysOverdue: Int
    /// The next instalment not yet settled.
    public var next: InstalmentBalance?
    /// Everything owed if the customer repaid in full today (penalty, overdue, outstanding principal, interest due).
    public var payoffAmount: Int64
}

/// What a repayment would do, shown before the teller confirms.
public struct LoanRepaymentQuote: Sendable, Equatable {
    public var amount: Int64
    public var allocation: RepaymentAllocation
    /// After an early repayment in part: the schedule left; nil otherwise.
    public var newSchedule: LoanSchedule?
    /// Repaid in full: the loan closes.
    public var closesLoan: Bool
}

/// Repayments at the counter (issue 15): from the account or in cash, applied
/// penalty → overdue interest → overdue principal → current instalment;
/// partial payments accepted; early repayment in part (shorter term or lower
/// instalment) or in full, with the new schedule shown first. One journal
/// entry per repayment with its allocation, under an idempotency key.
/// OWNER: servicing helper.
public struct LoanRepaymentService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    public func loans(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanRecord] {
        throw LocalizedMessage(.unexpectedError, "loan repayment not built yet")
    }

    public func position(loanID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanPosition {
        throw LocalizedMessage(.unexpectedError, "loan repayment not built yet")
    }

    public func quote(loanID: Int64, amount: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanRepaymentQuote {
        throw LocalizedMessage(.unexpectedError, "loan repayment not built yet")
    }

    public func repay(loanID: Int64, amount: Int64, from source: LoanCashSide, key: String,
                      by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        throw LocalizedMessage(.unexpectedError, "loan repayment not built yet")
    }

    /// An early repayment of `prepayment` principal (nil: the whole loan), after what is due now.
    public func earlyQuote(loanID: Int64, prepayment: Int64?, choice: EarlyRepaymentChoice,
                           by actor: Operator) throws(LocalizedMessage) -> LoanRepaymentQuote {
        throw LocalizedMessage(.unexpectedError, "loan repayment not built yet")
    }

    public func repayEarly(loanID: Int64, prepayment: Int64?, choice: EarlyRepaymentChoice, from source: LoanCashSide, key: String,
                           by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        throw LocalizedMessage(.unexpectedError, "loan repayment not built yet")
    }
}
