import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The day end's penalty interest: one row per loan and business day passed,
/// figures checked by hand, a day never accrued twice (the same day again, a
/// multi-day move, a stored day with other figures, a failure half-way).
@Suite struct PenaltyAccrualTests {
    /// 10,327.97 overdue one day at 18% a year over a 360-day year: 1,032,797 × 0.18 ÷ 360 = 516.3985 fen → 516.
    @Test func closingTheDueDayAccruesOneDayOfPenaltyAsComputedByHand() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        try branch.move(to: branch.day(1))
        let rows = try branch.fixture.penalties()
        #expect(rows.count == 1)
        #expect(rows.first?.loanID == loan.id)
        #expect(rows.first?.date == "2026-01-05")
        #expect(rows.first?.overdue == standardPayment)
        #expect(rows.first?.days == 1)
        #expect(rows.first?.amount == 516)
        #expect(AnnualRate(percent: "18")!.dailyInterest(on: standardPayment, days: 1) == 516)
        #expect(try LoanRepository(db: branch.context.database).penaltyOwed(loanID: loan.id) == 516)
        let detail = try branch.context.database.queryOne(
            "SELECT detail FROM audit_log WHERE action = 'branch.business_date' ORDER BY seq DESC")?.string("detail") ?? ""
        #expect(detail.contains("loans: penalty 1 loan-days CNY 5.16"), "\(detail)")
        try branch.ledger.expectCleanBooks()
    }

    @Test func aDayBeforeTheDueDateOrALoanPaidOnTimeAccruesNothing() throws {
        let branch = try MonitoringTestBranch()
        let early = try branch.loan(firstDue: branch.day(1))
        let paid = try branch.loan(firstDue: branch.day(0), customer: 1)
        let first = try #require(try branch.fixture.instalments(paid).first)
        try branch.fixture.repay(paid, on: branch.day(0), parts: [(1, first.interest, first.principal)])
        try branch.move(to: branch.day(1))
        #expect(try branch.fixture.penalties().isEmpty)
        try branch.move(to: branch.day(2))
        #expect(try branch.fixture.penalties().map(\.loanID) == [early.id])
    }

    /// A move of four days accrues each of them once, the days overdue growing; a payment of the
    /// interest only leaves the principal overdue, on which the next day is charged.
    @Test func aMultiDayMoveAccruesEachDayOnceAndAPartPaymentLowersTheNextDay() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        try branch.move(to: branch.day(4))
        var rows = try branch.fixture.penalties()
        #expect(rows.map(\.date) == ["2026-01-05", "2026-01-06", "2026-01-07", "2026-01-08"])
        #expect(rows.map(\.days) == [1, 2, 3, 4])
        #expect(rows.allSatisfy { $0.overdue == standardPayment && $0.amount == 516 })

        let first = try #require(try branch.fixture.instalments(loan).first)
        try branch.fixture.repay(loan, on: branch.day(4), parts: [(1, first.interest, 0)])
        try branch.move(to: branch.day(5))
        rows = try branch.fixture.penalties()
        #expect(rows.count == 5)
        // 972,797 × 0.18 ÷ 360 = 486.3985 → 486.
        #expect(rows.last?.overdue == first.principal)
        #expect(rows.last?.amount == AnnualRate(percent: "18")!.dailyInterest(on: first.principal, days: 1))
        #expect(rows.last?.amount == 486)
        #expect(rows.last?.days == 5)
        try branch.ledger.expectCleanBooks()
    }

    /// Closing the same day twice (as a second terminal or a repeated close would) writes no second row.
    @Test func theSameDayClosedTwiceIsAccruedOnce() throws {
        let branch = try MonitoringTestBranch()
        try branch.loan(firstDue: branch.day(0))
        let service = LoanMonitoringService(branch.context)
        let first = try branch.context.write { try service.closeDays(from: branch.day(0), to: branch.day(1), by: branch.ledger.supervisor.id) }
        let second = try branch.context.write { try service.closeDays(from: branch.day(0), to: branch.day(1), by: branch.ledger.supervisor.id) }
        #expect(first.penaltyDays == 1 && first.penaltyTotal == 516 && first.alreadyAccrued == 0)
        #expect(second.penaltyDays == 0 && second.penaltyTotal == 0 && second.alreadyAccrued == 1)
        #expect(try branch.fixture.penalties().count == 1)
        // The date itself cannot be moved to the same day again.
        try branch.move(to: branch.day(1))
        #expect(failure { try branch.move(to: branch.day(1)) }?.key == .businessDateBackwards)
        #expect(try branch.fixture.penalties().count == 1)
    }

    /// The primary key is the last guard: a second row for one loan and day fails whatever the figures.
    @Test func theStoreRefusesASecondRowForOneLoanAndDay() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        let loans = LoanRepository(db: branch.context.database)
        let row = LoanPenaltyRow(loanID: loan.id, accrualDate: branch.day(0), overdueAmount: 100, daysOverdue: 1, amount: 0)
        try loans.insertPenalty(row, at: Date())
        #expect(throws: (any Error).self) { try loans.insertPenalty(row, at: Date()) }
        #expect(throws: (any Error).self) { try branch.context.database.execute("UPDATE loan_penalties SET amount = 1") }
    }

    /// A day already stored with other figures refuses the whole move, naming the loan, the day and both
    /// figures; the same figures are skipped, not written again.
    @Test func aStoredDayWithOtherFiguresRefusesTheMoveAndTheSameFiguresAreSkipped() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        let loans = LoanRepository(db: branch.context.database)
        try loans.insertPenalty(LoanPenaltyRow(loanID: loan.id, accrualDate: branch.day(1), overdueAmount: standardPayment,
                                               daysOverdue: 2, amount: 999), at: Date())
        let refused = failure { try branch.move(to: branch.day(3)) }
        #expect(refused?.key == .loanPenaltyDiffers)
        #expect(refused?.text(in: Strings(.english)).contains("9.99") == true)
        #expect(refused?.text(in: Strings(.english)).contains("5.16") == true)
        #expect(refused?.text(in: Strings(.english)).contains(loan.contractNumber) == true)
        #expect(branch.context.businessDate == branch.day(0))
        #expect(try branch.fixture.penalties().count == 1)
        #expect(try branch.loanTasks().isEmpty)

    }

    @Test func aStoredDayWithTheSameFiguresIsSkippedNotWrittenAgain() throws {
        let branch = try MonitoringTestBranch()
        let loan = try branch.loan(firstDue: branch.day(0))
        try LoanRepository(db: branch.context.database).insertPenalty(
            LoanPenaltyRow(loanID: loan.id, accrualDate: branch.day(1), overdueAmount: standardPayment, daysOverdue: 2, amount: 516),
            at: Date())
        try branch.move(to: branch.day(3))
        let rows = try branch.fixture.penalties()
        #expect(rows.map(\.date) == ["2026-01-05", "2026-01-06", "2026-01-07"])
        #expect(rows.map(\.days) == [1, 2, 3])
        let detail = try branch.context.database.queryOne(
            "SELECT detail FROM audit_log WHERE action = 'branch.business_date' ORDER BY seq DESC")?.string("detail") ?? ""
        #expect(detail.contains("penalty 2 loan-days CNY 10.32, already accrued 1"), "\(detail)")
    }

    /// A failure while accruing (here the store refusing day three's row, as a full disk or a killed
    /// process would stop it) rolls the whole move back: no date change, no penalty, no task, no audit.
    /// Run again after the fault, every day is accrued once.
    @Test func aFailureBetweenDaysRollsTheMoveBackAndTheRerunAccruesEachDayOnce() throws {
        let branch = try MonitoringTestBranch()
        try branch.loan(firstDue: branch.day(0))
        try branch.loan(firstDue: branch.day(-10), customer: 1)
        let db = branch.context.database
        let auditBefore = try branch.context.count("audit_log")
        try db.execute("""
            CREATE TRIGGER test_fault BEFORE INSERT ON loan_penalties WHEN NEW.accrual_date = '2026-01-07'
            BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END
            """)
        #expect(failure { try branch.move(to: branch.day(4)) } != nil)
        #expect(branch.context.businessDate == branch.day(0))
        #expect(try branch.fixture.penalties().isEmpty)
        #expect(try branch.loanTasks().isEmpty)
        #expect(try branch.context.count("audit_log") == auditBefore)

        try db.execute("DROP TRIGGER test_fault")
        try branch.move(to: branch.day(4))
        let rows = try branch.fixture.penalties()
        #expect(rows.count == 8)
        #expect(Set(rows.map { "\($0.loanID) \($0.date)" }).count == 8)
        #expect(rows.filter { $0.days == 14 }.count == 1)
        #expect(try branch.loanTasks().count == 2)
        try branch.ledger.expectCleanBooks()
    }

    /// The day-close checklist names the loans overdue at the close (not a blocker).
    @Test func theDayCloseChecklistShowsTheLoansOverdueAtTheClose() throws {
        let branch = try MonitoringTestBranch()
        try branch.loan(firstDue: branch.day(0))
        try branch.loan(firstDue: branch.day(1), customer: 1)
        let list = try BusinessDayService(branch.context).checklist(to: branch.day(1), by: branch.ledger.supervisor)
        #expect(list.overdueLoans == 1 && list.overdueAmount == standardPayment)
        #expect(list.blockers.isEmpty)
    }
}
