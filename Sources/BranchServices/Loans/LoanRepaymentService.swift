import BankCore
import BankStore
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
    /// What a regular repayment may pay today: penalty, everything overdue and the current instalment.
    public var dueNow: Int64 = 0
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
    let books: LoanServicingBooks

    public init(_ context: BranchContext) {
        self.context = context
        books = LoanServicingBooks(context)
    }

    public func loans(customerID: Int64, by actor: Operator) throws(LocalizedMessage) -> [LoanRecord] {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try books.loans.loans(customerID: customerID)
        }
    }

    public func position(loanID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanPosition {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try position(try books.parties(loanID: loanID).loan)
        }
    }

    public func quote(loanID: Int64, amount: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanRepaymentQuote {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try LoanRepaymentPlan.regular(try activePosition(loanID), amount: amount, on: context.businessDate).quote
        }
    }

    /// What a repayment still needs (a supervisor for cash above the teller's authority), or the refusal. Writes nothing.
    public func assess(loanID: Int64, amount: Int64, from source: LoanCashSide,
                       by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try context.read {
            let clerk = try context.requireActor(actor, .loans)
            let plan = try LoanRepaymentPlan.regular(try activePosition(loanID), amount: amount, on: context.businessDate)
            return try prepare(loanID: loanID, plan: plan, source: source, clerk: clerk, approval: nil, enforce: false).0
        }
    }

    public func repay(loanID: Int64, amount: Int64, from source: LoanCashSide, key: String, approval: SupervisorApproval? = nil,
                      by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        let request = "loan_repayment|\(loanID)|regular|\(amount)|\(LoanServicingBooks.fingerprint(source))"
        return try books.posting.perform(key: key, request: request, actor: actor, permission: .loans) { clerk in
            let plan = try LoanRepaymentPlan.regular(try activePosition(loanID), amount: amount, on: books.posting.today)
            return try prepare(loanID: loanID, plan: plan, source: source, clerk: clerk, approval: approval, enforce: true).1!
        }
    }

    /// An early repayment of `prepayment` principal (nil: the whole loan), after what is due now.
    public func earlyQuote(loanID: Int64, prepayment: Int64?, choice: EarlyRepaymentChoice,
                           by actor: Operator) throws(LocalizedMessage) -> LoanRepaymentQuote {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            return try LoanRepaymentPlan.early(try activePosition(loanID), prepayment: prepayment, choice: choice,
                                               on: context.businessDate).quote
        }
    }

    public func assessEarly(loanID: Int64, prepayment: Int64?, choice: EarlyRepaymentChoice, from source: LoanCashSide,
                            by actor: Operator) throws(LocalizedMessage) -> OperationRequirements {
        try context.read {
            let clerk = try context.requireActor(actor, .loans)
            let plan = try LoanRepaymentPlan.early(try activePosition(loanID), prepayment: prepayment, choice: choice,
                                                   on: context.businessDate)
            return try prepare(loanID: loanID, plan: plan, source: source, clerk: clerk, approval: nil, enforce: false).0
        }
    }

    public func repayEarly(loanID: Int64, prepayment: Int64?, choice: EarlyRepaymentChoice, from source: LoanCashSide, key: String,
                           approval: SupervisorApproval? = nil, by actor: Operator) throws(LocalizedMessage) -> PostedOperation {
        let request = "loan_repayment|\(loanID)|early|\(prepayment.map(String.init) ?? "full")|\(choice.rawValue)|"
            + LoanServicingBooks.fingerprint(source)
        return try books.posting.perform(key: key, request: request, actor: actor, permission: .loans) { clerk in
            let plan = try LoanRepaymentPlan.early(try activePosition(loanID), prepayment: prepayment, choice: choice,
                                                   on: books.posting.today)
            return try prepare(loanID: loanID, plan: plan, source: source, clerk: clerk, approval: approval, enforce: true).1!
        }
    }

    // MARK: Reading the loan

    func activePosition(_ loanID: Int64) throws -> LoanPosition {
        let loan = try books.parties(loanID: loanID).loan
        guard loan.status == .active else { throw LocalizedMessage(.loanNotActive, loan.contractNumber, loan.status.rawValue) }
        return try position(loan)
    }

    func position(_ loan: LoanRecord) throws -> LoanPosition {
        let today = context.businessDate
        let rows = loan.status == .signed ? [] : try books.loans.instalmentBalances(loanID: loan.id, version: loan.scheduleVersion)
        let penalty = try books.loans.penaltyOwed(loanID: loan.id)
        let overdue = rows.filter { $0.isOverdue(on: today) }.reduce(0) { $0 + $1.principalOwed + $1.interestOwed }
        var position = LoanPosition(loan: loan, instalments: rows, penaltyOwed: penalty, overdueAmount: overdue,
                                    daysOverdue: daysOverdue(rows, on: today), next: rows.first { !$0.isSettled },
                                    payoffAmount: 0)
        guard loan.status == .active else { return position }
        let due = LoanRepaymentPlan.dueNow(position, on: today)
        position.dueNow = due.applied
        position.payoffAmount = due.applied + loan.outstandingPrincipal - due.principal
        return position
    }
}
