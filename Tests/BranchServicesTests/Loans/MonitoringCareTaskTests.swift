import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Overdue loans become follow-up tasks in customer care: one open task per
/// overdue loan, opened once by the day end, due the next business day,
/// naming the contract, the days overdue and the amount; closed by the day end
/// when the loan is no longer overdue; never added by hand.
@Suite struct MonitoringCareTaskTests {
    @Test func anOverdueLoanGetsOneTaskHoweverManyDaysPass() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        try branch.loan(firstDue: branch.day(10), customer: 1)
        try branch.move(to: branch.day(1))
        var tasks = try branch.loanTasks()
        #expect(tasks.count == 1)
        let task = try #require(tasks.first)
        #expect(task.loanID == loan.id && task.status == "open" && task.due == "2026-01-06")
        #expect(task.note.hasPrefix("Loan \(loan.contractNumber): 1 day overdue, CNY 10,327.97 unpaid / "), "\(task.note)")
        #expect(task.note.contains("逾期 1 天"))

        try branch.move(to: branch.day(2))
        try branch.move(to: branch.day(6))
        tasks = try branch.loanTasks()
        #expect(tasks.count == 1)

        // Customer care lists it with its loan, customer and kind.
        let open = try CareService(branch.context).openTasks(by: branch.ledger.teller)
        let listed = try #require(open.first { $0.kind == .loanOverdue })
        #expect(listed.loanID == loan.id && listed.customerID == loan.customerID && listed.accountID == loan.accountID)
        #expect(try branch.context.auditActions().filter { $0 == "care.task" }.count == 1)
    }

    /// Once paid, the next day end closes the task as done, saying so; overdue again later, a new one opens.
    @Test func aLoanNoLongerOverdueHasItsTaskClosedByTheDayEnd() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        try branch.move(to: branch.day(2))
        let first = try #require(try branch.fixture.instalments(loan).first)
        try branch.fixture.repay(loan, on: branch.day(2), parts: [(1, first.interest, first.principal)])
        try branch.move(to: branch.day(3))
        var tasks = try branch.loanTasks()
        #expect(tasks.count == 1)
        #expect(tasks.first?.status == "done")
        #expect(tasks.first?.outcome.hasPrefix("No longer overdue on 2026-01-08") == true)
        #expect(try CareService(branch.context).openTasks(by: branch.ledger.teller).isEmpty)

        // The second instalment (due 2026-02-05) unpaid: a new task.
        try branch.move(to: BusinessDate("2026-02-06")!)
        tasks = try branch.loanTasks()
        #expect(tasks.map(\.status) == ["done", "open"])
        #expect(tasks.last?.due == "2026-02-06")
        try branch.ledger.expectCleanBooks()
    }

    /// The database allows one open loan task per loan whatever a caller does.
    @Test func theStoreAllowsOneOpenTaskPerLoan() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        let loans = LoanRepository(db: branch.context.database)
        _ = try loans.insertOverdueTask(loan, note: "first", due: branch.day(1), by: branch.ledger.supervisor.id, at: Date())
        #expect(throws: (any Error).self) {
            try loans.insertOverdueTask(loan, note: "second", due: branch.day(1), by: branch.ledger.supervisor.id, at: Date())
        }
    }

    @Test func aLoanTaskCannotBeAddedByHand() throws {
        let branch = try MonitoringTestBranch()
        let refused = failure {
            try CareService(branch.context).addTask(kind: .loanOverdue, customerID: branch.accounts[0].customerID, note: "call",
                                                    due: branch.day(1), by: branch.ledger.teller)
        }
        #expect(refused?.key == .loanOverdueTaskAutomatic)
        #expect(!CareTaskKind.byHand.contains(.loanOverdue))
        #expect(CareTaskKind.byHand.count == CareTaskKind.allCases.count - 1)
        #expect(try branch.context.count("care_tasks") == 0)
    }
}
