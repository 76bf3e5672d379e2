/// What the customer chooses when they repay part of a loan early.
public enum EarlyRepaymentChoice: String, CaseIterable, Sendable, Codable {
    /// Keep the monthly payment about the same and finish sooner.
    case shortenTerm = "shorten-term"
    /// Keep the end date and pay less each month.
    case lowerInstalment = "lower-instalment"
}

/// The schedule left after an early repayment, computed before the customer
/// confirms. The repayment itself goes wholly to principal (interest of the
/// current period is paid first, through the normal allocation); the new
/// schedule numbers on from the next instalment and counts its due dates from
/// the loan's start, so they keep their day of the month. A pure function.
public enum EarlyRepayment {
    /// The remaining schedule after `prepayment` fen of principal is repaid.
    /// `outstanding` is the principal owed before it; `remainingMonths` the
    /// instalments not yet due, the first of them numbered `nextInstalment`;
    /// `loanStart` the date the loan was disbursed. Returns nil when the
    /// prepayment repays everything (the loan is closed: no schedule remains).
    public static func reschedule(outstanding: Int64, prepayment: Int64, remainingMonths: Int, rate: AnnualRate,
                                  method: RepaymentMethod, choice: EarlyRepaymentChoice,
                                  loanStart: BusinessDate, nextInstalment: Int) -> LoanSchedule? {
        let principal = outstanding - prepayment
        guard principal > 0, remainingMonths > 0 else { return nil }
        let months: Int
        switch choice {
        case .lowerInstalment:
            months = remainingMonths
        case .shortenTerm:
            months = shortenedMonths(outstanding: outstanding, principal: principal, remainingMonths: remainingMonths,
                                     rate: rate, method: method)
        }
        return LoanSchedule(principal: principal, rate: rate, months: months, method: method, start: loanStart,
                            firstNumber: nextInstalment)
    }

    /// The fewest months whose regular payment does not exceed today's: the
    /// level payment for equal instalments, the monthly principal for equal
    /// principal. An interest-only loan keeps its end date (its principal is due then).
    static func shortenedMonths(outstanding: Int64, principal: Int64, remainingMonths: Int, rate: AnnualRate,
                                method: RepaymentMethod) -> Int {
        switch method {
        case .interestOnly:
            return remainingMonths
        case .equalPrincipal:
            let monthly = max(1, outstanding / Int64(remainingMonths))
            return min(remainingMonths, Int((principal + monthly - 1) / monthly))
        case .equalInstalment:
            let level = LoanSchedule.annuityPayment(principal: outstanding, rate: rate, months: remainingMonths)
            var low = 1, high = remainingMonths
            while low < high {
                let mid = (low + high) / 2
                if LoanSchedule.annuityPayment(principal: principal, rate: rate, months: mid) <= level { high = mid } else { low = mid + 1 }
            }
            return low
        }
    }
}
