import BankCore
import BankStore
import Foundation
import Localization

/// One loan on the supervisors' monitoring list.
public struct LoanMonitoringLine: Sendable, Equatable {
    public var loan: LoanRecord
    /// Masked as every list masks customers (`Masking.name`).
    public var customerName: String
    /// Still owed on the instalment due today (0: none due today, or already paid).
    public var dueToday: Int64
    public var daysOverdue: Int
    /// Never nil from `LoanMonitoringService`: `.current` when nothing is overdue.
    public var bucket: OverdueBucket?
    public var grade: LoanGrade
    /// Unpaid interest and principal of the instalments due before today.
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

extension LoanPortfolio {
    /// Loans with something still owed on an instalment due today.
    public var dueTodayCount: Int { lines.filter { $0.dueToday > 0 }.count }
    public var dueTodayTotal: Int64 { lines.reduce(0) { $0 + $1.dueToday } }
    /// Overdue interest and principal of the loans in `bucket`.
    public func overdue(_ bucket: OverdueBucket) -> Int64 {
        lines.filter { $0.bucket == bucket }.reduce(0) { $0 + $1.overdueAmount }
    }
    public func outstanding(_ bucket: OverdueBucket) -> Int64 {
        lines.filter { $0.bucket == bucket }.reduce(0) { $0 + $1.loan.outstandingPrincipal }
    }
    public var penaltyOwed: Int64 { lines.reduce(0) { $0 + $1.penaltyOwed } }
}

/// What a day end did to the loans.
public struct LoanDayEndSummary: Sendable, Equatable {
    /// Penalty rows written now (loan-days); days already accrued with the same figures are skipped.
    public var penaltyDays: Int
    public var penaltyTotal: Int64
    public var followUpsCreated: Int
    /// Overdue follow-ups closed because the loan is no longer overdue.
    public var followUpsClosed: Int = 0
    /// Loan-days found already accrued with the same figures (a repeated close after a crash).
    public var alreadyAccrued: Int = 0

    /// For the day-end audit detail.
    var auditText: String {
        "loans: penalty \(penaltyDays) loan-days CNY \(AmountParser.format(penaltyTotal)), already accrued \(alreadyAccrued), "
            + "follow-ups opened \(followUpsCreated) closed \(followUpsClosed)"
    }
}

/// Loan monitoring (issue 15): due today, overdue buckets and the five-grade
/// classification for supervisors; at each day end the penalty interest of
/// every day passed is accrued exactly once (a primary key per loan and day)
/// and overdue customers become follow-up tasks in customer care.
/// OWNER: monitoring helper.
public struct LoanMonitoringService {
    let context: BranchContext

    public init(_ context: BranchContext) { self.context = context }

    /// Supervisors (approve) and those who read the dashboard may see the portfolio.
    public static func mayView(_ role: Role) -> Bool { role.may(.approve) || role.may(.viewDashboard) }

    /// Every active loan with its figures on the branch's business date.
    public func portfolio(by actor: Operator) throws(LocalizedMessage) -> LoanPortfolio {
        try context.read {
            try requireViewer(actor)
            let today = context.businessDate
            let loans = LoanRepository(db: context.database)
            let customers = CustomerRepository(db: context.database)
            var names: [Int64: String] = [:]
            let lines = try loans.activeLoans().map { loan in
                let rows = try loans.instalmentBalances(loanID: loan.id, version: loan.scheduleVersion)
                let days = daysOverdue(rows, on: today)
                if names[loan.customerID] == nil {
                    names[loan.customerID] = try customers.find(id: loan.customerID).map { Masking.name($0.name) } ?? "?"
                }
                return LoanMonitoringLine(loan: loan, customerName: names[loan.customerID] ?? "?",
                                          dueToday: LoanMonitoringFigures.dueOn(rows, today), daysOverdue: days,
                                          bucket: OverdueBucket(daysOverdue: days), grade: LoanGrade(daysOverdue: days),
                                          overdueAmount: LoanMonitoringFigures.overdueAmount(rows, on: today),
                                          penaltyOwed: try loans.penaltyOwed(loanID: loan.id))
            }
            return LoanPortfolio(businessDate: today, lines: lines)
        }
    }

    /// One loan's schedule in force with what was paid on each instalment, for the list's Enter.
    public func instalments(loanID: Int64, by actor: Operator) throws(LocalizedMessage) -> [InstalmentBalance] {
        try context.read {
            try requireViewer(actor)
            let loans = LoanRepository(db: context.database)
            guard let loan = try loans.loan(id: loanID) else { throw LocalizedMessage(.unexpectedError, "loan \(loanID)") }
            return try loans.instalmentBalances(loanID: loan.id, version: loan.scheduleVersion)
        }
    }

    private func requireViewer(_ actor: Operator) throws {
        let current = try context.requireActor(actor, nil)
        guard Self.mayView(current.role) else { throw LocalizedMessage(.errorForbidden, Permission.viewDashboard.rawValue) }
    }
}
