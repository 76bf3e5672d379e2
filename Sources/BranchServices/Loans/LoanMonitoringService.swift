import BankCore
import Foundation
import Localization

/// One loan on the supervisors' monitoring list.
public struct LoanMonitoringLine: Sendable, Equatable {
    public var loan: LoanRecord
    public var customerName: String
    /// Amount of the instalment due today (0: none due today).
    public var dueToday: Int64
    public var daysOverdue: Int
    public var bucket: OverdueBucket?
    public var grade: LoanGrade
    public var overdueAmount: Int64
    public var penaltyOwed: Int64
}

/// The branch's loans at a glance: each loan and the totals by bucket and grade.
public struct LoanPortfolio: Sendable, Equatable {
    public var businessDate: BusinessDate
    public var lines: [LoanMonitoringLine]

    public func count(_ bucket: OverdueBucket) -> Int { lines.filter { $0.bucket == bucket }.count }
    public func count(_ grade: LoanGrade) -> Int { lines.filter { $0.grade == grade }.count }
    public func outstanding(_ grade: LoanGrade) -> Int64 {
        lines.filter { $0.grade == grade }.reduce(0) { $0 + $1.loan.outstandingPrincipal }
    }
}

/// What a day end did to the loans.
public struct LoanDayEndSummary: Sendable, Equatable {
    public var penaltyDays: Int
    public var penaltyTotal: Int64
    public var followUpsCreated: Int
}

/// Loan monitoring (issue 15): due today, overdue buckets and the five-grade
/// classification for supervisors; at each day end the penalty interest of
/// every day passed is accrued exactly once (a primary key per loan and day)
/// and overdue customers become follow-up tasks in customer care.
/// OWNER: monitoring helper.
public struct LoanMonitoringService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    public func portfolio(by actor: Operator) throws(LocalizedMessage) -> LoanPortfolio {
        throw LocalizedMessage(.unexpectedError, "loan monitoring not built yet")
    }

    /// Inside `BusinessDayService.setBusinessDate`'s transaction: accrues each
    /// day from `from` (the day closing) up to but not including `to`.
    func closeDays(from: BusinessDate, to: BusinessDate, by actorID: Int64) throws -> LoanDayEndSummary {
        LoanDayEndSummary(penaltyDays: 0, penaltyTotal: 0, followUpsCreated: 0)
    }
}
