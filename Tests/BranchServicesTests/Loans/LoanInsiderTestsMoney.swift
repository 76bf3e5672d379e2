import BankCore
import BankStore
@testable import BranchServices
import Foundation
import Localization
import Testing
import TestSupport

/// A dishonest insider at the payout and the repayment: paying twice, into
/// the wrong hands, past a freeze or a teller's authority, and odd figures.
struct LoanInsiderMoneyTests {
    @Test func aLoanIsPaidOutOnceWhateverTheKey() throws {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.activeLoan()
        let receivable = try desk.receivable()
        #expect(throws: LocalizedMessage(.loanNotSigned, loan.contractNumber, "active")) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.receivable() == receivable && desk.branch.balance(account) == 12_000_000)
    }

    @Test func aLoanMovedToAnotherCustomersAccountIsNotPaidOutAndVerifyNamesIt() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.signedLoan()
        let stranger = try desk.branch.account(customer: 1, balance: 0)
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loans SET account_id = \(stranger.id) WHERE id = \(loan.id)")
        #expect(throws: LocalizedMessage(.loanAccountMissing, loan.contractNumber)) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.branch.balance(stranger) == 0 && desk.stored(loan).status == .signed)
        // Moved with its customer too: the contract's audit line still refuses the payout, and verify names both fields.
        try sqliteCLI(desk.branch.fixture.path, "UPDATE loans SET customer_id = \(desk.branch.customers[1].id) WHERE id = \(loan.id)")
        #expect(throws: LocalizedMessage(.loanApprovalMissing, loan.contractNumber, "0", "1")) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        let found = try LedgerVerifier(db: desk.context.database).verify()
        #expect(found.contains(.loanDiffersFromContract(contract: loan.contractNumber, field: "account", audited: String(loan.accountID),
                                                        found: String(stranger.id))))
        #expect(found.contains { if case .loanDiffersFromContract(_, "customer", _, _) = $0 { true } else { false } })
    }

    @Test func aLoanTypedIntoTheFileIsNeverPaidOut() throws {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.signedLoan()
        let referred = try desk.approvedApplication(account: account, decide: false)
        // A second, bigger loan copied from the real one by hand for an application never approved: no genuine contract line backs it.
        try sqliteCLI(desk.branch.fixture.path, """
            INSERT INTO loans (contract_number, application_id, customer_id, account_id, product_code, product_version, currency,
                principal, annual_rate_ppm, penalty_rate_ppm, method, months, start_date, status, schedule_version,
                outstanding_principal, contract_path, signed_by, signed_at)
            SELECT 'LNFORGED', \(referred), customer_id, account_id, product_code, product_version, currency, principal * 5,
                annual_rate_ppm, penalty_rate_ppm, method, months, start_date, status, schedule_version, principal * 5, '', signed_by,
                signed_at FROM loans WHERE id = \(loan.id);
            """)
        let forged = try #require(try desk.context.database.scalarInt("SELECT id FROM loans WHERE contract_number = 'LNFORGED'"))
        #expect(throws: LocalizedMessage(.loanApprovalMissing, "LNFORGED", "0", "1")) {
            try LoanDisbursalService(desk.context).disburse(loanID: forged, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.branch.balance(account) == 0)
        #expect(try LedgerVerifier(db: desk.context.database).verify().contains(.loanContractNotAudited(contract: "LNFORGED")))
        // The genuine loan still pays out.
        _ = try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        #expect(try desk.branch.balance(account) == 12_000_000)
    }

    @Test func aFrozenOrClosedAccountReceivesNothing() throws {
        let desk = try ServicingBranch()
        let (loan, account) = try desk.signedLoan()
        try AccountStatusService(desk.context).freeze(accountNumber: account.number, reason: "court order 12", by: desk.supervisor)
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        try sqliteCLI(desk.branch.fixture.path, "UPDATE accounts SET status = 'closed' WHERE id = \(account.id)")
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        #expect(try desk.stored(loan).status == .signed && desk.branch.balance(account) == 0)
    }

    @Test func cashAboveAuthorityWithAnApprovalForAnotherMakerOrAnOldOneIsRefused() throws {
        let desk = try ServicingBranch()
        try desk.branch.openDrawer(float: CashBreakdown([.yuan100: 700]))
        let (loan, _) = try desk.signedLoan(amount: 6_000_000)
        let notes = cash(6_000_000)
        let forTeller2 = try desk.branch.approval(for: desk.branch.teller2)
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(notes), key: desk.branch.newKey(),
                                                            approval: forTeller2, by: desk.teller)
        }
        let old = try desk.branch.approval(for: desk.teller)
        desk.branch.clock.advance(by: 6 * 60)
        #expect(throws: LocalizedMessage.self) {
            try LoanDisbursalService(desk.context).disburse(loanID: loan.id, payout: .cash(notes), key: desk.branch.newKey(),
                                                            approval: old, by: desk.teller)
        }
        #expect(try desk.stored(loan).status == .signed)
    }

    @Test func aClosedLoanTakesNoRepaymentAndOddFiguresAreRefused() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.activeLoan(balance: 20_000_000)
        let repayments = LoanRepaymentService(desk.context)
        for amount: Int64 in [0, -1, -100_000, Int64.max, Int64.min] {
            #expect(throws: LocalizedMessage.self) {
                try repayments.repay(loanID: loan.id, amount: amount, from: .account, key: desk.branch.newKey(), by: desk.teller)
            }
        }
        for prepayment: Int64 in [0, -1, Int64.max] {
            #expect(throws: LocalizedMessage.self) {
                try repayments.repayEarly(loanID: loan.id, prepayment: prepayment, choice: .shortenTerm, from: .account,
                                          key: desk.branch.newKey(), by: desk.teller)
            }
        }
        #expect(try desk.count("loan_repayments") == 0)
        _ = try repayments.repayEarly(loanID: loan.id, prepayment: nil, choice: .shortenTerm, from: .account, key: desk.branch.newKey(),
                                      by: desk.teller)
        #expect(throws: LocalizedMessage(.loanNotActive, loan.contractNumber, "closed")) {
            try repayments.repay(loanID: loan.id, amount: 100, from: .account, key: desk.branch.newKey(), by: desk.teller)
        }
        try desk.branch.expectCleanBooks()
    }

    @Test func aRepaymentKeyReusedWithOtherFiguresIsRefused() throws {
        let desk = try ServicingBranch()
        let (loan, _) = try desk.activeLoan(balance: 1_000_000)
        let key = desk.branch.newKey()
        let repayments = LoanRepaymentService(desk.context)
        _ = try repayments.repay(loanID: loan.id, amount: 100_000, from: .account, key: key, by: desk.teller)
        let refused = refusal { _ = try repayments.repay(loanID: loan.id, amount: 200_000, from: .account, key: key, by: desk.teller) }
        #expect(refused?.key == StringKey.idempotencyConflict)
        #expect(refusal { _ = try repayments.repayEarly(loanID: loan.id, prepayment: 100_000, choice: .shortenTerm, from: .account,
                                                       key: key, by: desk.teller) }?.key == StringKey.idempotencyConflict)
        #expect(try desk.count("loan_repayments") == 1)
        try desk.branch.expectCleanBooks()
    }
}
