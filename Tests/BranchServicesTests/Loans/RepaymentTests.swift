import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Repayments at the counter: applied penalty → overdue interest → overdue
/// principal → current instalment; partial accepted, more than is due refused
/// with the figure; receivable and interest income move by the parts.
struct RepaymentTests {
    /// A 120,000.00 loan paid out on 2026-01-05 into an account that then holds 150,000.00.
    private func desk() throws -> (ServicingBranch, LoanRecord, AccountRecord) {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.activeLoan(balance: 3_000_000)
        return (desk, loan, account)
    }

    @Test func aPartialPaymentPaysInterestFirstThenPrincipal() throws {
        let (desk, loan, account) = try desk()
        let service = LoanRepaymentService(desk.context)
        let quote = try service.quote(loanID: loan.id, amount: 100_000, by: desk.teller)
        #expect(quote.allocation.currentInterest == 60_000 && quote.allocation.currentPrincipal == 40_000 && !quote.closesLoan)
        let posted = try service.repay(loanID: loan.id, amount: 100_000, from: .account, key: desk.branch.newKey(), by: desk.teller)
        #expect(try desk.postingsSum(posted.entryID) == 0)
        #expect(try desk.receivable() == 12_000_000 - 40_000)
        #expect(try desk.interestIncome() == -60_000)
        #expect(try desk.branch.balance(account) == 15_000_000 - 100_000)
        #expect(try desk.stored(loan).outstandingPrincipal == 11_960_000)
        let position = try service.position(loanID: loan.id, by: desk.teller)
        #expect(position.next?.number == 1 && position.next?.interestOwed == 0 && position.next?.principalOwed == 932_797)
        try desk.branch.expectCleanBooks()
    }

    @Test func anExactInstalmentSettlesItAndMoreThanIsDueIsRefused() throws {
        let (desk, loan, _) = try desk()
        let service = LoanRepaymentService(desk.context)
        let footprint = try desk.branch.footprint()
        // Only the current instalment is due: 10,327.97.
        #expect(throws: LocalizedMessage(.loanRepayAboveDue, "10,327.98", "10,327.97")) {
            try service.repay(loanID: loan.id, amount: 1_032_798, from: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.branch.footprint() == footprint)
        _ = try service.repay(loanID: loan.id, amount: 1_032_797, from: .account, key: desk.branch.newKey(), by: desk.teller)
        let rows = try service.position(loanID: loan.id, by: desk.teller).instalments
        #expect(rows[0].isSettled && !rows[1].isSettled)
        try desk.branch.expectCleanBooks()
    }

    @Test func overdueInstalmentsAndPenaltyArePaidFirst() throws {
        let (desk, loan, _) = try desk()
        try desk.moveDate(to: "2026-03-10")  // instalments 1 (02-05) and 2 (03-05) overdue
        try desk.context.database.execute("""
            INSERT INTO loan_penalties (loan_id, accrual_date, overdue_amount, days_overdue, amount, at) VALUES (?, '2026-03-09', 2065594, 32, 500, 0)
            """, [.integer(loan.id)])
        let service = LoanRepaymentService(desk.context)
        let position = try service.position(loanID: loan.id, by: desk.teller)
        #expect(position.penaltyOwed == 500 && position.daysOverdue == 33 && position.overdueAmount == 2 * 1_032_797)
        let quote = try service.quote(loanID: loan.id, amount: 200_000, by: desk.teller)
        let allocation = quote.allocation
        #expect(allocation.penalty == 500)
        #expect(allocation.overdueInterest == 60_000 + 55_136)
        #expect(allocation.overduePrincipal == 200_000 - 500 - 115_136)
        #expect(allocation.currentInterest == 0)
        let posted = try service.repay(loanID: loan.id, amount: 200_000, from: .account, key: desk.branch.newKey(), by: desk.teller)
        #expect(try LoanRepository(db: desk.context.database).penaltyOwed(loanID: loan.id) == 0)
        #expect(try desk.interestIncome() == -(500 + 115_136))
        let statement = try service.statement(loanID: loan.id, by: desk.teller)
        #expect(statement.repayments.count == 1 && statement.repayments[0].entryID == posted.entryID)
        #expect(statement.repayments[0].penalty == 500 && statement.penaltyAccrued == 500 && statement.penaltyPaid == 500)
        #expect(statement.lines[0].paidOn == [BusinessDate("2026-03-10")!])
        try desk.branch.expectCleanBooks()
    }

    @Test func aReplayedRepaymentMovesNothingTheSecondTime() throws {
        let (desk, loan, account) = try desk()
        let service = LoanRepaymentService(desk.context)
        let key = desk.branch.newKey()
        let first = try service.repay(loanID: loan.id, amount: 50_000, from: .account, key: key, by: desk.teller)
        let again = try service.repay(loanID: loan.id, amount: 50_000, from: .account, key: key, by: desk.teller)
        #expect(again.replayed && again.entryID == first.entryID)
        #expect(try desk.count("loan_repayments") == 1)
        #expect(try desk.branch.balance(account) == 15_000_000 - 50_000)
        #expect(throws: LocalizedMessage(.idempotencyConflict, String(first.entryID))) {
            try service.repay(loanID: loan.id, amount: 60_000, from: .account, key: key, by: desk.teller)
        }
    }

    @Test func cashRepaymentGoesIntoTheDrawer() throws {
        let (desk, loan, account) = try desk()
        try desk.branch.openDrawer()
        let before = try desk.branch.drawerCash().total
        let posted = try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: 1_032_797, from: .cash(cash(1_032_797)),
                                                                  key: desk.branch.newKey(), by: desk.teller)
        #expect(try desk.postingsSum(posted.entryID) == 0)
        #expect(try desk.branch.drawerCash().total == before + 1_032_797)
        #expect(try desk.branch.balance(account) == 15_000_000)
        try desk.branch.expectCleanBooks()
    }

    @Test func anAccountWithoutTheMoneyIsRefused() throws {
        let desk = try ServicingBranch()
        try desk.branch.openDrawer()
        let (loan, account) = try desk.signedLoan(amount: 1_000_000)
        _ = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(cash(1_000_000)), key: desk.branch.newKey(),
                                                            by: desk.teller)
        #expect(try desk.branch.balance(account) == 0)
        #expect(throws: LocalizedMessage(.insufficientFunds, AccountNumber.masked(account.number), "0.00")) {
            try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: 5_000, from: .account, key: desk.branch.newKey(),
                                                         by: desk.teller)
        }
        #expect(try desk.count("loan_repayments") == 0)
    }

    @Test func aSignedLoanCannotBeRepaid() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.signedLoan()
        #expect(throws: LocalizedMessage(.loanNotActive, loan.contractNumber, "signed")) {
            try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: 100, from: .account, key: desk.branch.newKey(), by: desk.teller)
        }
    }
}
