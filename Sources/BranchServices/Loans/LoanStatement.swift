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
    /// OWNER: servicing helper.
    public func statement(loanID: Int64, by actor: Operator) throws(LocalizedMessage) -> LoanStatement {
        throw LocalizedMessage(.unexpectedError, "loan statement not built yet")
    }
}
