import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// The loan books edited behind the program's back with the sqlite3 tool:
/// `teller verify` (the ledger verifier) names each breach of the loan facts.
struct ServicingTamperingTests {
    /// A loan paid out and repaid once (interest 600.00, principal 400.00).
    private func books() throws -> (ServicingBranch, LoanRecord, PostedOperation) {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.activeLoan(balance: 1_000_000)
        let repaid = try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: 100_000, from: .account,
                                                                  key: desk.branch.newKey(), by: desk.teller)
        try desk.branch.expectCleanBooks()
        return (desk, loan, repaid)
    }

    private func breaches(_ desk: ServicingBranch) throws -> [LedgerBreach] {
        let report = try BooksService(desk.context).verify(by: nil)
        #expect(!report.isClean)
        return try LedgerVerifier(db: desk.context.database).verify()
    }

    @Test func aChangedOutstandingPrincipalIsNamed() throws {
        let (desk, loan, _) = try books()
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loans SET outstanding_principal = outstanding_principal + 40000 WHERE id = \(loan.id)")
        let found = try breaches(desk)
        #expect(found.contains(.loanOutstandingMismatch(contract: loan.contractNumber, stored: 12_000_000, fromRepayments: 11_960_000)))
        #expect(found.contains(.loanReceivableMismatch(receivable: 11_960_000, outstanding: 12_000_000)))
    }

    @Test func anExtraAllocationIsNamed() throws {
        let (desk, loan, _) = try books()
        let repayment = try desk.context.database.scalarInt("SELECT id FROM loan_repayments")!
        // The whole first instalment's interest applied a second time: paid twice.
        try sqliteCLI(desk.branch.fixture.path, """
            INSERT INTO loan_allocations (repayment_id, loan_id, schedule_version, instalment_number, part, amount)
            VALUES (\(repayment), \(loan.id), NULL, NULL, 'penalty', 60000);
            """)
        var found = try breaches(desk)
        #expect(found.contains(.repaymentAllocationMismatch(repaymentID: repayment, amount: 100_000, allocated: 160_000, entryAmount: 100_000)))
        try sqliteCLI(desk.branch.fixture.path, """
            INSERT INTO loan_allocations (repayment_id, loan_id, schedule_version, instalment_number, part, amount)
            VALUES (\(repayment), \(loan.id), 2, 1, 'interest', 60000);
            """)
        found = try breaches(desk)
        #expect(found.contains(.instalmentOverpaid(contract: loan.contractNumber, version: 2, instalment: 1, part: "interest", due: 0,
                                                   paid: 60_000)))
    }

    @Test func anInstalmentPaidTwiceIsNamed() throws {
        let (desk, loan, _) = try books()
        let amount = 1_032_797 - 100_000
        _ = try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: Int64(amount), from: .account,
                                                         key: desk.branch.newKey(), by: desk.teller)
        let repayment = try desk.context.database.scalarInt("SELECT max(id) FROM loan_repayments")!
        try sqliteCLI(desk.branch.fixture.path, """
            INSERT INTO loan_allocations (repayment_id, loan_id, schedule_version, instalment_number, part, amount)
            VALUES (\(repayment), \(loan.id), 1, 1, 'interest', 60000);
            """)
        let found = try breaches(desk)
        #expect(found.contains(.instalmentOverpaid(contract: loan.contractNumber, version: 1, instalment: 1, part: "interest",
                                                   due: 60_000, paid: 120_000)))
    }

    @Test func aChangedRepaymentPostingIsNamed() throws {
        let (desk, _, repaid) = try books()
        // Ten yuan moved from the receivable to interest income in the repayment's entry, triggers dropped.
        try sqliteCLI(desk.branch.fixture.path, """
            DROP TRIGGER postings_no_update;
            UPDATE postings SET amount = amount + 1000 WHERE entry_id = \(repaid.entryID)
                AND internal_id = (SELECT id FROM internal_accounts WHERE kind = 'loan_receivable');
            UPDATE postings SET amount = amount - 1000 WHERE entry_id = \(repaid.entryID)
                AND internal_id = (SELECT id FROM internal_accounts WHERE kind = 'interest_income');
            """)
        let found = try breaches(desk)
        #expect(found.contains(.repaymentReceivableMismatch(entryID: repaid.entryID, principal: 40_000, posted: 39_000)))
    }

    @Test func aChangedDisbursalPostingIsNamed() throws {
        let (desk, loan, _) = try books()
        let entry = try #require(try desk.stored(loan).disbursalEntryID)
        try sqliteCLI(desk.branch.fixture.path, """
            DROP TRIGGER postings_no_update;
            UPDATE postings SET amount = amount - 500 WHERE entry_id = \(entry)
                AND internal_id = (SELECT id FROM internal_accounts WHERE kind = 'loan_receivable');
            """)
        let found = try breaches(desk)
        #expect(found.contains(.disbursalReceivableMismatch(contract: loan.contractNumber, entryID: entry, principal: 12_000_000,
                                                            posted: 11_999_500)))
    }
}
