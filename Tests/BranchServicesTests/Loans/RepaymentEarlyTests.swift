import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Early repayment: what is due now first, then principal ahead with a new
/// schedule version (shorter term or lower instalment, the customer's
/// choice), or everything and the loan closes with its collateral released.
struct RepaymentEarlyTests {
    private func desk() throws -> (ServicingBranch, LoanRecord, AccountRecord) {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.activeLoan(balance: 3_000_000)
        return (desk, loan, account)
    }

    @Test func inPartShorteningTheTermKeepsThePaymentAndEndsSooner() throws {
        let (desk, loan, _) = try desk()
        let service = LoanRepaymentService(desk.context)
        let quote = try service.earlyQuote(loanID: loan.id, prepayment: 5_000_000, choice: .shortenTerm, by: desk.teller)
        #expect(quote.amount == 1_032_797 + 5_000_000 && !quote.closesLoan)
        let schedule = try #require(quote.newSchedule)
        #expect(schedule.instalments.first?.number == 2)
        #expect(schedule.months < 11)
        #expect(schedule.instalments.allSatisfy { $0.payment <= 1_032_797 || $0 == schedule.instalments.last })
        let posted = try service.repayEarly(loanID: loan.id, prepayment: 5_000_000, choice: .shortenTerm, from: .account,
                                            key: desk.branch.newKey(), by: desk.teller)
        #expect(try desk.postingsSum(posted.entryID) == 0)
        let stored = try desk.stored(loan)
        #expect(stored.scheduleVersion == 2)
        #expect(stored.outstandingPrincipal == 12_000_000 - 972_797 - 5_000_000)
        #expect(try desk.receivable() == stored.outstandingPrincipal)
        // The first schedule stays as it was; the new one is stored beside it.
        let db = desk.context.database
        #expect(try db.scalarInt("SELECT count(*) FROM loan_instalments WHERE loan_id = ? AND schedule_version = 1", [.integer(loan.id)]) == 12)
        let position = try service.position(loanID: loan.id, by: desk.teller)
        #expect(position.instalments.map(\.number) == schedule.instalments.map(\.number))
        #expect(position.instalments.reduce(0) { $0 + $1.principal } == stored.outstandingPrincipal)
        let statement = try service.statement(loanID: loan.id, by: desk.teller)
        #expect(statement.lines.count == 1 + schedule.months)
        #expect(statement.lines[0].instalment.isSettled && statement.repayments[0].prepayment == 5_000_000)
        #expect(try db.scalarInt("SELECT count(*) FROM loan_allocations WHERE part = 'prepayment'") == 1)
        try desk.branch.expectCleanBooks()
    }

    @Test func inPartLoweringTheInstalmentKeepsTheEndDate() throws {
        let (desk, loan, _) = try desk()
        let service = LoanRepaymentService(desk.context)
        let quote = try service.earlyQuote(loanID: loan.id, prepayment: 5_000_000, choice: .lowerInstalment, by: desk.teller)
        let schedule = try #require(quote.newSchedule)
        #expect(schedule.months == 11 && schedule.instalments.last?.dueDate == BusinessDate("2027-01-05"))
        #expect(schedule.instalments[0].payment < 1_032_797)
        _ = try service.repayEarly(loanID: loan.id, prepayment: 5_000_000, choice: .lowerInstalment, from: .account,
                                   key: desk.branch.newKey(), by: desk.teller)
        let next = try service.position(loanID: loan.id, by: desk.teller).next
        #expect(next?.number == 2 && next.map { $0.principal + $0.interest } == schedule.instalments[0].payment)
        try desk.branch.expectCleanBooks()
    }

    @Test func inFullClosesTheLoanAndReleasesTheCollateral() throws {
        let (desk, loan, account) = try desk()
        let service = LoanRepaymentService(desk.context)
        // One regular payment first, so the payoff starts from instalment 2.
        _ = try service.repay(loanID: loan.id, amount: 1_032_797, from: .account, key: desk.branch.newKey(), by: desk.teller)
        let position = try service.position(loanID: loan.id, by: desk.teller)
        let quote = try service.earlyQuote(loanID: loan.id, prepayment: nil, choice: .shortenTerm, by: desk.teller)
        #expect(quote.closesLoan && quote.newSchedule == nil && quote.amount == position.payoffAmount)
        let outstanding = try desk.stored(loan).outstandingPrincipal
        #expect(quote.amount == outstanding + quote.allocation.interest)
        let before = try desk.branch.balance(account)
        _ = try service.repayEarly(loanID: loan.id, prepayment: nil, choice: .shortenTerm, from: .account, key: desk.branch.newKey(),
                                   by: desk.teller)
        let closed = try desk.stored(loan)
        #expect(closed.status == .closed && closed.outstandingPrincipal == 0)
        #expect(try desk.branch.balance(account) == before - quote.amount)
        #expect(try desk.receivable() == 0)
        #expect(try desk.context.database.queryOne("SELECT status FROM loan_collateral")?.string("status") == "released")
        #expect(throws: LocalizedMessage(.loanNotActive, loan.contractNumber, "closed")) {
            try service.repay(loanID: loan.id, amount: 100, from: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        try desk.branch.expectCleanBooks()
    }

    @Test func payingEveryInstalmentClosesTheLoan() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.activeLoan(amount: 1_200_000, months: 3, method: .equalPrincipal, balance: 100_000)
        let service = LoanRepaymentService(desk.context)
        for _ in 1...3 {
            let due = try service.position(loanID: loan.id, by: desk.teller).dueNow
            _ = try service.repay(loanID: loan.id, amount: due, from: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.stored(loan).status == .closed)
        #expect(try desk.receivable() == 0)
        #expect(try desk.interestIncome() == -(6_000 + 4_000 + 2_000))
        try desk.branch.expectCleanBooks()
    }

    @Test func aPrepaymentAboveWhatIsOwedIsRefusedWithTheFigure() throws {
        let (desk, loan, _) = try desk()
        let service = LoanRepaymentService(desk.context)
        let left = 12_000_000 - 972_797
        #expect(throws: LocalizedMessage(.loanPrepaymentAboveOutstanding, "120,000.00", AmountParser.format(Int64(left)))) {
            try service.earlyQuote(loanID: loan.id, prepayment: 12_000_000, choice: .shortenTerm, by: desk.teller)
        }
        #expect(throws: LocalizedMessage(.loanPrepaymentInvalid, AmountParser.format(Int64(left)))) {
            try service.earlyQuote(loanID: loan.id, prepayment: 0, choice: .shortenTerm, by: desk.teller)
        }
    }
}
