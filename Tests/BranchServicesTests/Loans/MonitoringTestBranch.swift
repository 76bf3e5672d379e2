import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A branch with money (`LedgerBranch`, business date 2026-01-05) and a
/// funded account per customer, on which the monitoring tests make active
/// loans (`LoanMonitoringFixture`) and move the business date as a
/// supervisor closing the day would.
final class MonitoringTestBranch {
    let ledger: LedgerBranch
    let accounts: [AccountRecord]
    var context: BranchContext { ledger.context }
    var fixture: LoanMonitoringFixture { LoanMonitoringFixture(context, operatorID: ledger.teller.id) }
    static let today = BusinessDate("2026-01-05")!

    init(customers: Int = 2) throws {
        let ledger = try LedgerBranch(customers: customers)
        self.ledger = ledger
        accounts = try (0..<customers).map { try ledger.account(customer: $0, balance: 1_000_000) }
    }

    /// CNY 120,000.00 at 6% over 12 months, equal instalments (10,327.97 a month), penalty 18% a year,
    /// whose first instalment is due on `firstDue` (the start is a month earlier).
    @discardableResult
    func loan(firstDue: BusinessDate, customer: Int = 0, penaltyPercent: String = "18") throws -> LoanRecord {
        let loan = try fixture.activeLoan(customerID: accounts[customer].customerID, accountID: accounts[customer].id,
                                          penaltyPercent: penaltyPercent, start: firstDue.adding(months: -1))
        try #require(try fixture.instalments(loan).first?.dueDate == firstDue)
        return loan
    }

    /// Moves the business date to `date` as the supervisor, typing back the days when more than one.
    func move(to date: BusinessDate, context: BranchContext? = nil) throws {
        let days = (context ?? self.context).businessDate.days(until: date)
        try BusinessDayService(context ?? self.context).setBusinessDate(date, confirmingDays: days, by: ledger.supervisor)
    }

    func day(_ offset: Int) -> BusinessDate { Self.today.adding(days: offset) }

    /// The stored loan_overdue care tasks: (loan, status, note, due date).
    func loanTasks() throws -> [(loanID: Int64, status: String, note: String, due: String, outcome: String)] {
        try context.database.query("SELECT * FROM care_tasks WHERE kind = 'loan_overdue' ORDER BY id").map {
            ($0.int("loan_id") ?? 0, $0.string("status") ?? "", $0.string("note") ?? "", $0.string("due_date") ?? "",
             $0.string("outcome") ?? "")
        }
    }
}

/// The first monthly payment of the standard test loan (CNY 120,000.00, 6%, 12 months, equal instalments).
let standardPayment: Int64 = 1_032_797
