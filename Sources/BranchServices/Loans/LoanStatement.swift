import BankCore
import Foundation
import Localization

/// A loan's statement (issue 15): every instalment with what was paid, when and how it was applied.
public struct LoanStatement: Sendable, Equatable {
    /// One instalment of the schedule in force, with its payments.
    public struct Line: Sendable, Equatable {
        public var instalment: InstalmentBalance
        public var paidOn: [BusinessDate]
    }

    /// One repayment and the parts it paid.
    public struct Repayment: Sendable, Equatable {
        public var entryID: Int64
        public var businessDate: BusinessDate
        public var amount: Int64
        public var fromCash: Bool
        public var penalty: Int64
        public var interest: Int64
        public var principal: Int64
        /// Principal repaid ahead of the schedule.
        public var prepayment: Int64
    }

    public var loan: LoanRecord
    public var lines: [Line]
    public var repayments: [Repayment]
    public var penaltyAccrued: Int64
    public var penaltyPaid: Int64
}

extension LoanRepaymentService {
    /// Every instalment (for numbers an early repayment rescheduled, the schedule in force;
    /// before it, the version they were paid under) with the dates paid, every repayment with its parts.
    public func statement(loanID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanStatement {
        try context.read {
            _ = try context.requireActor(actor, .loans)
            let loan = try books.parties(loanID: loanID).loan
            let repository = books.loans
            var lines: [Int: LoanStatement.Line] = [:]
            if loan.status != .signed {
                // Newest first: an older version keeps only the instalments before the next version's first.
                var cutoff = Int.max
                for version in (1...loan.scheduleVersion).reversed() {
                    let dates = try repository.paymentDates(loanID: loan.id, version: version)
                    let rows = try repository.instalmentBalances(loanID: loan.id, version: version).filter { $0.number < cutoff }
                    for row in rows { lines[row.number] = LoanStatement.Line(instalment: row, paidOn: dates[row.number] ?? []) }
                    cutoff = rows.map(\.number).min() ?? cutoff
                }
            }
            let repayments = try repository.repayments(loanID: loan.id).map {
                LoanStatement.Repayment(entryID: $0.entryID, businessDate: $0.businessDate, amount: $0.amount, fromCash: $0.fromCash,
                                        penalty: $0.penalty, interest: $0.interest, principal: $0.principal, prepayment: $0.prepayment)
            }
            return LoanStatement(loan: loan, lines: lines.keys.sorted().compactMap { lines[$0] }, repayments: repayments,
                                 penaltyAccrued: try repository.penaltyAccrued(loanID: loan.id),
                                 penaltyPaid: repayments.reduce(0) { $0 + $1.penalty })
        }
    }
}
