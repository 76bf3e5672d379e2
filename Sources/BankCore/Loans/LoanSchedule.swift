import Foundation

/// One month of a loan's schedule: when it is due and how the payment splits.
public struct Instalment: Sendable, Hashable {
    public let number: Int
    public let dueDate: BusinessDate
    public let principal: Int64
    public let interest: Int64
    /// Principal still owed after this instalment is paid.
    public let remaining: Int64
    public var payment: Int64 { principal + interest }

    public init(number: Int, dueDate: BusinessDate, principal: Int64, interest: Int64, remaining: Int64) {
        self.number = number
        self.dueDate = dueDate
        self.principal = principal
        self.interest = interest
        self.remaining = remaining
    }
}

/// Every instalment of a loan and its totals — what the customer sees before
/// agreeing, what the contract prints and what `teller loan-calc` shows. A pure
/// function of the terms: no clock, no store.
///
/// Rounding (exact, documented in the README): the monthly rate is the annual
/// rate ÷ 12; each instalment's interest is the outstanding principal × the
/// monthly rate, rounded half-up to the fen. Equal-instalment payments are the
/// annuity formula P·r(1+r)ⁿ / ((1+r)ⁿ − 1), computed in decimal and rounded
/// half-up to the fen; equal-principal instalments repay P ÷ n rounded down to
/// the fen. In every method the last instalment repays whatever principal is
/// left, so principal sums exactly to the amount lent.
public struct LoanSchedule: Sendable, Hashable {
    public let principal: Int64
    public let rate: AnnualRate
    public let method: RepaymentMethod
    public let instalments: [Instalment]

    public var totalInterest: Int64 { instalments.reduce(0) { $0 + $1.interest } }
    public var totalPayment: Int64 { principal + totalInterest }
    public var months: Int { instalments.count }

    /// The schedule of `principal` fen over `months` months, the first payment
    /// one month after `start` (a loan of 31 January pays on the last day of February).
    /// A schedule recomputed after an early repayment keeps the loan's `start`
    /// and numbers on from `firstNumber`: instalment n is due n months after start.
    public init(principal: Int64, rate: AnnualRate, months: Int, method: RepaymentMethod, start: BusinessDate,
                firstNumber: Int = 1) {
        precondition(principal > 0 && months > 0, "checked by LoanTerms")
        self.principal = principal
        self.rate = rate
        self.method = method
        let level = method == .equalInstalment ? Self.annuityPayment(principal: principal, rate: rate, months: months) : 0
        var outstanding = principal
        var rows: [Instalment] = []
        rows.reserveCapacity(months)
        for index in 1...months {
            let number = firstNumber + index - 1
            let interest = rate.monthlyInterest(on: outstanding)
            let repaid: Int64
            if index == months {
                repaid = outstanding
            } else {
                switch method {
                case .equalInstalment: repaid = min(outstanding, max(0, level - interest))
                case .equalPrincipal: repaid = principal / Int64(months)
                case .interestOnly: repaid = 0
                }
            }
            outstanding -= repaid
            rows.append(Instalment(number: number, dueDate: start.adding(months: number), principal: repaid,
                                   interest: interest, remaining: outstanding))
        }
        instalments = rows
    }

    /// The level monthly payment of an equal-instalment loan, rounded half-up to the fen.
    public static func annuityPayment(principal: Int64, rate: AnnualRate, months: Int) -> Int64 {
        guard rate.partsPerMillion > 0 else { return AnnualRate.halfUp(principal, dividedBy: Int64(months)) }
        let r = Decimal(rate.partsPerMillion) / Decimal(12_000_000)
        let growth = pow(1 + r, months)
        var exact = Decimal(principal) * r * growth / (growth - 1)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &exact, 0, .plain)
        return NSDecimalNumber(decimal: rounded).int64Value
    }
}
