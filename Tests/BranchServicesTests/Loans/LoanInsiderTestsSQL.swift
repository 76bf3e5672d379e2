import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// Someone who can write the branch file but has no branch key, with the
/// sqlite3 tool: each edit is refused by a constraint or trigger, or named
/// by `teller verify` (the loan facts and the keyed audit chain).
struct LoanInsiderSQLTests {
    /// A loan paid out and repaid once, books clean.
    private func books() throws -> (ServicingBranch, LoanRecord) {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.activeLoan(balance: 1_000_000)
        _ = try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: 100_000, from: .account, key: desk.branch.newKey(),
                                                         by: desk.teller)
        try desk.branch.expectCleanBooks()
        return (desk, loan)
    }

    private func refusedByTheStore(_ desk: ServicingBranch, _ sql: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(throws: (any Error).self, sourceLocation: sourceLocation) { _ = try sqliteCLI(desk.branch.fixture.path, sql) }
    }

    private func named(_ desk: ServicingBranch) throws -> [LedgerBreach] {
        #expect(try !BooksService(desk.context).verify(by: nil).isClean)
        return try LedgerVerifier(db: desk.context.database).verify()
    }

    @Test func appendOnlyLoanRowsRefuseEditsAndDeletes() throws {
        let (desk, loan) = try books()
        for sql in ["UPDATE loan_approvals SET decision = 'approve'", "DELETE FROM loan_approvals",
                    "UPDATE loan_instalments SET principal = 0 WHERE loan_id = \(loan.id)",
                    "DELETE FROM loan_instalments WHERE loan_id = \(loan.id)",
                    "UPDATE loan_repayments SET amount = 1", "DELETE FROM loan_repayments",
                    "UPDATE loan_allocations SET amount = 1", "DELETE FROM loan_allocations",
                    "DELETE FROM loans", "UPDATE loan_product_versions SET active = 0",
                    "UPDATE loans SET outstanding_principal = principal + 1 WHERE id = \(loan.id)",
                    "UPDATE loans SET status = 'signed' WHERE id = \(loan.id)",
                    "UPDATE loans SET outstanding_principal = -1 WHERE id = \(loan.id)"] {
            refusedByTheStore(desk, sql)
        }
        // An approval row by the entrant, or naming someone else as the entrant, cannot be stored.
        let application = loan.applicationID
        refusedByTheStore(desk, """
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            VALUES (\(application), \(desk.teller.id), \(desk.teller.id), 'approve', 'my own', 'h', 0)
            """)
        refusedByTheStore(desk, """
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            VALUES (\(application), \(desk.branch.teller2.id), \(desk.teller.id), 'approve', 'swap', 'h', 0)
            """)
        try desk.branch.expectCleanBooks()
    }

    @Test func aRateOrPenaltyRateOrTermLoweredInPlaceIsNamed() throws {
        let (desk, loan) = try books()
        try sqliteCLI(desk.branch.fixture.path, """
            UPDATE loans SET annual_rate_ppm = 1, penalty_rate_ppm = 0, months = 360, method = 'interest-only' WHERE id = \(loan.id)
            """)
        let found = try named(desk)
        for (field, audited, now) in [("rate", "60000", "1"), ("penalty", "90000", "0"), ("months", "12", "360"),
                                      ("method", "equal-instalment", "interest-only")] {
            #expect(found.contains(.loanDiffersFromContract(contract: loan.contractNumber, field: field, audited: audited, found: now)))
        }
    }

    @Test func aProductVersionSwappedInPlaceIsNamed() throws {
        let (desk, loan) = try books()
        var cheaper = ServicingBranch.product
        cheaper.ratePPM = 40_000
        try desk.saveProduct(cheaper, version: 2)
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loans SET product_version = 2 WHERE id = \(loan.id)")
        #expect(try named(desk).contains(.loanDiffersFromContract(contract: loan.contractNumber, field: "version", audited: "1", found: "2")))
    }

    @Test func aLoanMarkedClosedWhileOwingIsNamed() throws {
        let (desk, loan) = try books()
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loans SET status = 'closed' WHERE id = \(loan.id)")
        #expect(try named(desk).contains(.closedLoanOwing(contract: loan.contractNumber, outstanding: 11_960_000)))
        // Closed and zeroed: the receivable and the repayments name it.
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loans SET outstanding_principal = 0 WHERE id = \(loan.id)")
        let found = try named(desk)
        #expect(found.contains(.loanOutstandingMismatch(contract: loan.contractNumber, stored: 0, fromRepayments: 11_960_000)))
        #expect(found.contains(.loanReceivableMismatch(receivable: 11_960_000, outstanding: 0)))
    }

    @Test func aForgedApprovalRowForALoanAlreadySignedIsNamedByTheChain() throws {
        let (desk, loan) = try books()
        try sqliteCLI(desk.branch.fixture.path, """
            INSERT INTO loan_approvals (application_id, entered_by, approver_id, decision, reason, application_hash, at)
            SELECT application_id, entered_by, \(desk.branch.supervisor2.id), 'approve', 'backdated', application_hash, at
            FROM loan_approvals WHERE application_id = \(loan.applicationID) LIMIT 1;
            INSERT INTO audit_log (seq, at, operator_id, terminal, action, subject, detail, prev_hash, hash)
            SELECT max(seq) + 1, 0, \(desk.branch.supervisor2.id), 'x', 'loan.application.decision', 'forged', 'approval',
                (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), printf('%064d', 0) FROM audit_log;
            """)
        let report = try BooksService(desk.context).verify(by: nil)
        #expect(!report.isClean)
    }

    @Test func anInstalmentRewrittenBehindTheDroppedTriggerIsNamed() throws {
        let (desk, loan) = try books()
        // Instalment 1's interest raised behind the triggers: the repayment no longer matches what it paid.
        try sqliteCLI(desk.branch.fixture.path, """
            DROP TRIGGER loan_instalments_no_update;
            UPDATE loan_instalments SET interest = 0 WHERE loan_id = \(loan.id) AND number = 1;
            """)
        #expect(try named(desk).contains(.instalmentOverpaid(contract: loan.contractNumber, version: 1, instalment: 1, part: "interest",
                                                            due: 0, paid: 60_000)))
    }

    @Test func aPenaltyRowDeletedOnceRepaidIsNamed() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.activeLoan(balance: 1_000_000)
        try desk.moveDate(to: "2026-03-10")
        try desk.context.database.execute("""
            INSERT INTO loan_penalties (loan_id, accrual_date, overdue_amount, days_overdue, amount, at) VALUES (?, '2026-03-09', 2065594, 32, 500, 0)
            """, [.integer(loan.id)])
        _ = try LoanRepaymentService(desk.context).repay(loanID: loan.id, amount: 200_000, from: .account, key: desk.branch.newKey(),
                                                         by: desk.teller)
        try desk.branch.expectCleanBooks()
        refusedByTheStore(desk, "DELETE FROM loan_penalties")
        try sqliteCLI(desk.branch.fixture.path, "DROP TRIGGER loan_penalties_no_delete; DELETE FROM loan_penalties WHERE loan_id = \(loan.id)")
        #expect(try named(desk).contains(.penaltyOverpaid(contract: loan.contractNumber, accrued: 0, paid: 500)))
    }
}
