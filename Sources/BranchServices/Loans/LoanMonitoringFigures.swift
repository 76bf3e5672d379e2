import BankCore
import BankStore

/// One loan's stored schedule and its payments by repayment date, read once,
/// from which the day end works out what was overdue at the end of each past
/// day without asking the store again (a move of several days reads each loan once).
///
/// The rule (README "Loans: the rules", penalty): at the end of business day
/// d an instalment is overdue when it was due on or before d (before d + 1)
/// and the interest and principal paid on it by repayments dated d or
/// earlier do not settle it. The overdue amount is that unpaid interest and
/// principal (never the penalty: penalty does not compound); the days overdue
/// are counted from the oldest such instalment's due date to d + 1, the
/// figure the list shows on the morning of d + 1.
struct LoanMonitoringFigures {
    let loan: LoanRecord
    /// The schedule in force, with every payment made so far.
    let balances: [InstalmentBalance]
    let payments: [DatedInstalmentPayment]

    init(_ loan: LoanRecord, repository: LoanRepository) throws {
        self.loan = loan
        balances = try repository.instalmentBalances(loanID: loan.id, version: loan.scheduleVersion)
        payments = try repository.datedPayments(loanID: loan.id, version: loan.scheduleVersion)
    }

    /// The instalments as they stood at the end of `day`: only payments dated `day` or earlier count.
    func balances(endOf day: BusinessDate) -> [InstalmentBalance] {
        balances.map { row in
            let paid = payments.filter { $0.instalment == row.number && $0.businessDate <= day }
            let instalment = Instalment(number: row.number, dueDate: row.dueDate, principal: row.principal, interest: row.interest,
                                        remaining: 0)
            return InstalmentBalance(instalment, principalPaid: paid.filter(\.isPrincipal).reduce(0) { $0 + $1.amount },
                                     interestPaid: paid.filter { !$0.isPrincipal }.reduce(0) { $0 + $1.amount })
        }
    }

    /// The penalty row the close of `day` owes, or nil when nothing was overdue at its end.
    func penalty(closing day: BusinessDate) -> LoanPenaltyRow? {
        let next = day.adding(days: 1)
        let rows = balances(endOf: day)
        let overdue = Self.overdueAmount(rows, on: next)
        guard overdue > 0 else { return nil }
        return LoanPenaltyRow(loanID: loan.id, accrualDate: day, overdueAmount: overdue, daysOverdue: daysOverdue(rows, on: next),
                              amount: loan.penaltyRate.dailyInterest(on: overdue, days: 1))
    }

    /// Unpaid interest and principal of the instalments overdue on `date` (due before it).
    static func overdueAmount(_ rows: [InstalmentBalance], on date: BusinessDate) -> Int64 {
        rows.filter { $0.isOverdue(on: date) }.reduce(0) { $0 + $1.principalOwed + $1.interestOwed }
    }

    /// What is still owed on the instalments due on `date` itself.
    static func dueOn(_ rows: [InstalmentBalance], _ date: BusinessDate) -> Int64 {
        rows.filter { $0.dueDate == date }.reduce(0) { $0 + $1.principalOwed + $1.interestOwed }
    }
}
