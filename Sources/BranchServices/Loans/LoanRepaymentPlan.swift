import BankCore
import Foundation
import Localization

/// What one repayment will write, worked out from the loan's position before
/// anything is posted: the allocation of what is due now, any principal
/// repaid ahead with the schedule left after it, and what is owed afterwards.
/// Pure: the quote the teller sees and the posting are made from the same plan.
struct LoanRepaymentPlan {
    enum Kind: String { case regular, earlyPartial = "early_partial", earlyFull = "early_full" }

    var amount: Int64
    var allocation: RepaymentAllocation
    var prepayment: Int64 = 0
    var newSchedule: LoanSchedule?
    var kind: Kind
    var choice: EarlyRepaymentChoice?
    var outstandingAfter: Int64
    var closes: Bool { outstandingAfter == 0 }

    var quote: LoanRepaymentQuote {
        LoanRepaymentQuote(amount: amount, allocation: allocation, newSchedule: newSchedule, closesLoan: closes)
    }

    /// A payment of `amount` against what is due now; more than that is refused with the figure.
    static func regular(_ position: LoanPosition, amount: Int64, on date: BusinessDate) throws -> LoanRepaymentPlan {
        guard amount > 0, amount <= AmountParser.maximumMinorUnits else { throw LocalizedMessage(.amountTooLarge) }
        let allocation = RepaymentAllocation(amount: amount, penaltyOwed: position.penaltyOwed, instalments: position.instalments, on: date)
        if allocation.excess > 0 {
            throw LocalizedMessage(.loanRepayAboveDue, AmountParser.format(amount), AmountParser.format(allocation.applied))
        }
        return LoanRepaymentPlan(amount: amount, allocation: allocation, kind: .regular,
                                 outstandingAfter: position.loan.outstandingPrincipal - allocation.principal)
    }

    /// Everything due now, then `prepayment` principal ahead (nil: all of it, closing the loan).
    static func early(_ position: LoanPosition, prepayment: Int64?, choice: EarlyRepaymentChoice,
                      on date: BusinessDate) throws -> LoanRepaymentPlan {
        let loan = position.loan
        let due = dueNow(position, on: date)
        let left = loan.outstandingPrincipal - due.principal
        let ahead = prepayment ?? left
        guard ahead > 0 || prepayment == nil else { throw LocalizedMessage(.loanPrepaymentInvalid, AmountParser.format(left)) }
        guard ahead <= left else {
            throw LocalizedMessage(.loanPrepaymentAboveOutstanding, AmountParser.format(ahead), AmountParser.format(left))
        }
        let paidNow = Set(due.parts.map(\.instalment))
        // What is due now is paid in full, so every instalment it touches is settled.
        let remaining = position.instalments.filter { !$0.isSettled && !paidNow.contains($0.number) }
        let schedule = ahead == left ? nil : remaining.first.flatMap { next in
            EarlyRepayment.reschedule(outstanding: left, prepayment: ahead, remainingMonths: remaining.count, rate: loan.rate,
                                      method: loan.method, choice: choice, loanStart: loan.startDate, nextInstalment: next.number)
        }
        let full = schedule == nil
        return LoanRepaymentPlan(amount: due.applied + (full ? left : ahead), allocation: due, prepayment: full ? left : ahead,
                                 newSchedule: schedule, kind: full ? .earlyFull : .earlyPartial, choice: full ? nil : choice,
                                 outstandingAfter: full ? 0 : left - ahead)
    }

    /// The allocation of everything due now: penalty, all overdue, the current instalment.
    static func dueNow(_ position: LoanPosition, on date: BusinessDate) -> RepaymentAllocation {
        RepaymentAllocation(amount: AmountParser.maximumMinorUnits * 100, penaltyOwed: position.penaltyOwed,
                            instalments: position.instalments, on: date)
    }

}
